/**
 * 时间 — the time shapes hazchem facts use.
 *
 * Calendar days (certificate expiry) are `@anquan/core`'s `CalendarDate` (ISO `YYYY-MM-DD` at the
 * boundary, a UTC-midnight `Date` inside), and instants (permit windows, gas-analysis records) are
 * core's `IsoInstant` (an ISO-8601 date-time with an explicit offset at the boundary, a `Date`
 * inside, encoded as UTC). This module adds the one shape core does not have: a closed interval of
 * instants (a pause in the work).
 *
 * @since 0.1.0
 */
import { IsoInstant } from "@anquan/core"
import { Schema } from "effect"

/**
 * 时段 — a closed interval of time (`from` ≤ `to`), e.g. a pause in the work.
 *
 * @since 0.1.0
 */
export const Interval = Schema.Struct({
  from: IsoInstant,
  to: IsoInstant
}).pipe(
  Schema.check(Schema.makeFilter((i) => i.from.getTime() <= i.to.getTime() || { path: ["to"], issue: "Expected `to` not before `from`" }))
).annotate({ identifier: "Interval", description: "时段 — from ≤ to" })

/** @since 0.1.0 */
export type Interval = typeof Interval.Type

/** Hours from `from` to `to` (fractional). @since 0.1.0 */
export const hoursBetween = (from: Date, to: Date): number => (to.getTime() - from.getTime()) / 3_600_000
