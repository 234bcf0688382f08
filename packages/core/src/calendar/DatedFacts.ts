/**
 * 截至判定日的事实 — dated facts as of a date.
 *
 * An evaluation as of a day judges what was true on that day. A fact dated after it — a permit, a
 * drill, an inspection, a certificate issued, a training, an assessment passed — had not happened
 * yet: it is not evidence of the past, and every rule treats it as not existing on that day (a
 * drill held in 2026 does not satisfy "a drill within the last year" as of 2023; a certificate
 * issued in 2026 is not valid as of 2023). Undated facts are taken as they are: their date is
 * unknown, not later.
 *
 * Calendar days (`CalendarDate`, UTC midnight) compare by day: a fact dated on the as-of day
 * counts. Instants (`IsoInstant`) count up to the end of the as-of day in Beijing time (UTC+8, or
 * the offset given). Every function is allocation-free, for the rules' hot paths.
 *
 * @since 0.1.0
 */
import { CHINA_UTC_OFFSET_MINUTES } from "./ChinaTime.ts"

const DAY = 86_400_000
const MINUTE = 60_000

/**
 * Whether a fact dated `day` (a calendar day) had happened by `asOf`: dated on or before it.
 * `true` for an undated fact (`undefined`): its date is unknown, not later.
 *
 * @since 0.1.0
 */
export const isDatedByAsOf = (day: Date | undefined, asOf: Date): boolean => day === undefined || day.getTime() <= asOf.getTime()

/**
 * Whether a fact dated `day` lies after `asOf`: it had not happened yet on that day. `false` when undated.
 *
 * @since 0.1.0
 */
export const isDatedAfterAsOf = (day: Date | undefined, asOf: Date): boolean => day !== undefined && day.getTime() > asOf.getTime()

/**
 * Whether a fact at `instant` had happened by the as-of day `asOf` (a calendar day): before the end
 * of that day at `offsetMinutes` from UTC (default Beijing time). `true` when the instant is unknown.
 *
 * @since 0.1.0
 */
export const isInstantByAsOf = (
  instant: Date | undefined,
  asOf: Date,
  offsetMinutes: number = CHINA_UTC_OFFSET_MINUTES
): boolean => instant === undefined || instant.getTime() < asOf.getTime() + DAY - offsetMinutes * MINUTE

/**
 * Whether a fact at `instant` lies after the as-of day `asOf` (at or after the end of that day,
 * default Beijing time). `false` when unknown.
 *
 * @since 0.1.0
 */
export const isInstantAfterAsOf = (
  instant: Date | undefined,
  asOf: Date,
  offsetMinutes: number = CHINA_UTC_OFFSET_MINUTES
): boolean => instant !== undefined && !isInstantByAsOf(instant, asOf, offsetMinutes)

/**
 * The latest date of `items` on or before `asOf` (`dateOf` gives an item's calendar day, or
 * `undefined` when undated, which is skipped); `undefined` when none. A loop: no temporaries.
 *
 * @since 0.1.0
 */
export const latestByAsOf = <A>(items: ReadonlyArray<A>, dateOf: (item: A) => Date | undefined, asOf: Date): Date | undefined => {
  let latest: Date | undefined
  const t = asOf.getTime()
  for (let i = 0; i < items.length; i++) {
    const d = dateOf(items[i]!)
    if (d !== undefined && d.getTime() <= t && (latest === undefined || d.getTime() > latest.getTime())) latest = d
  }
  return latest
}

/**
 * Whether a certificate, licence or other document with a validity is valid on `asOf`: issued (or
 * valid from) on or before it — a document issued later did not exist yet — and not expired before
 * it (the expiry day itself is valid). Absent bounds do not restrict.
 *
 * @since 0.1.0
 */
export const isValidOnAsOf = (
  document: { readonly issuedOn?: Date | undefined; readonly validUntil?: Date | undefined },
  asOf: Date
): boolean =>
  (document.issuedOn === undefined || document.issuedOn.getTime() <= asOf.getTime()) &&
  (document.validUntil === undefined || document.validUntil.getTime() >= asOf.getTime())
