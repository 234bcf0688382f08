/**
 * 时间 — the two time shapes hazchem facts use: a calendar day (certificate expiry) and an
 * instant with an explicit UTC offset (permit windows, gas-analysis records).
 *
 * `CalendarDay` has the contract of `@anquan/core`'s `CalendarDate` (ISO `YYYY-MM-DD` at the
 * boundary, a UTC-midnight `Date` inside); it lives here until core exports that module, and should
 * then be replaced by it.
 *
 * @since 0.1.0
 */
import { Schema, SchemaTransformation } from "effect"

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/

const isRealDay = (year: number, month: number, day: number): boolean => {
  const d = new Date(Date.UTC(year, month - 1, day))
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
}

/**
 * Parses `YYYY-MM-DD` into a UTC-midnight `Date`; `undefined` when it is not a real day.
 *
 * @since 0.1.0
 */
export const parseDay = (iso: string): Date | undefined => {
  const m = ISO_DAY.exec(iso)
  if (m === null) return undefined
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3])
  return isRealDay(y, mo, d) ? new Date(Date.UTC(y, mo - 1, d)) : undefined
}

/**
 * Parses an ISO-8601 instant that carries its offset (`Z` or `±hh:mm`), e.g.
 * `2024-05-01T08:30:00+08:00`; `undefined` for anything else, including a local time without an
 * offset (ambiguous: a permit written in 北京时间 must say `+08:00`).
 *
 * @since 0.1.0
 */
export const parseInstant = (iso: string): Date | undefined => {
  const m = ISO_INSTANT.exec(iso)
  if (m === null) return undefined
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0"].map(Number) as [number, number, number, number, number, number]
  if (!isRealDay(y, mo, d) || h > 23 || mi > 59 || s > 59) return undefined
  if (m[7] !== undefined && (Number(m[8]) > 14 || Number(m[9]) > 59)) return undefined
  const t = Date.parse(iso)
  return Number.isNaN(t) ? undefined : new Date(t)
}

/**
 * 日期 — ISO `YYYY-MM-DD` at the boundary, a UTC-midnight `Date` inside.
 *
 * @since 0.1.0
 */
export const CalendarDay = Schema.String.pipe(
  Schema.check(Schema.makeFilter((s: string) => parseDay(s) !== undefined, {
    message: "Expected a calendar date YYYY-MM-DD",
    expected: "a calendar date YYYY-MM-DD"
  })),
  Schema.decodeTo(
    Schema.Date,
    SchemaTransformation.transform({
      decode: (s: string) => parseDay(s)!,
      encode: (d: Date) => d.toISOString().slice(0, 10)
    })
  )
).annotate({ description: "日期 — ISO-8601 calendar date YYYY-MM-DD" })

/** @since 0.1.0 */
export type CalendarDay = typeof CalendarDay.Type

/**
 * 时刻 — an ISO-8601 instant with an explicit offset at the boundary (`2024-05-01T08:30:00+08:00`),
 * a `Date` inside; encodes as UTC (`…Z`).
 *
 * @since 0.1.0
 */
export const Instant = Schema.String.pipe(
  Schema.check(Schema.makeFilter((s: string) => parseInstant(s) !== undefined, {
    message: "Expected an ISO-8601 date-time with an offset, e.g. 2024-05-01T08:30:00+08:00",
    expected: "an ISO-8601 date-time with an offset"
  })),
  Schema.decodeTo(
    Schema.Date,
    SchemaTransformation.transform({
      decode: (s: string) => parseInstant(s)!,
      encode: (d: Date) => d.toISOString()
    })
  )
).annotate({ description: "时刻 — ISO-8601 date-time with Z or ±hh:mm" })

/** @since 0.1.0 */
export type Instant = typeof Instant.Type

/**
 * 时段 — a closed interval of time (`from` ≤ `to`), e.g. a pause in the work.
 *
 * @since 0.1.0
 */
export const Interval = Schema.Struct({
  from: Instant,
  to: Instant
}).pipe(
  Schema.check(Schema.makeFilter((i) => i.from.getTime() <= i.to.getTime() || { path: ["to"], issue: "Expected `to` not before `from`" }))
).annotate({ identifier: "Interval", description: "时段 — from ≤ to" })

/** @since 0.1.0 */
export type Interval = typeof Interval.Type

/** Hours from `from` to `to` (fractional). @since 0.1.0 */
export const hoursBetween = (from: Date, to: Date): number => (to.getTime() - from.getTime()) / 3_600_000
