/**
 * 日历日期 — calendar dates.
 *
 * A calendar date is a JavaScript `Date` at UTC midnight inside the SDK and an ISO-8601
 * `YYYY-MM-DD` string at every boundary (JSON, CSV, SQL). Effective windows, deadlines,
 * as-of dates and licence expiries are all calendar dates: "today" is a date like any other.
 *
 * @since 0.1.0
 */
import { Schema, SchemaTransformation } from "effect"

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u

/**
 * Parses `YYYY-MM-DD` into a UTC-midnight `Date`, or returns `undefined` when the string is
 * not a real calendar date (`2023-02-30`, `2023-13-01`, `23-1-1` are all rejected).
 *
 * @since 0.1.0
 */
export const parse = (iso: string): Date | undefined => {
  const t = parseTime(iso)
  return t === undefined ? undefined : new Date(t)
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * Whether `day` exists in `month` (1–12) of `year` in the proleptic Gregorian calendar (29 February
 * only in leap years). Shared by the date and date-time parsers.
 *
 * @since 0.1.0
 */
export const isCalendarDay = (year: number, month: number, day: number): boolean => {
  if (month < 1 || month > 12 || day < 1) return false
  const leap = month === 2 && (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))
  return day <= DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0)
}

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48
  return c >= 0 && c <= 9 ? c : -1
}

/**
 * The UTC-midnight epoch milliseconds of a `YYYY-MM-DD` string, or `undefined` when it is not a
 * real calendar date — {@link parse} without allocating a `Date` (a hot path of decoding).
 *
 * @since 0.1.0
 */
export const parseTime = (iso: string): number | undefined => {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return undefined
  const y0 = digit(iso, 0), y1 = digit(iso, 1), y2 = digit(iso, 2), y3 = digit(iso, 3)
  const m0 = digit(iso, 5), m1 = digit(iso, 6), d0 = digit(iso, 8), d1 = digit(iso, 9)
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return undefined
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3
  const month = m0 * 10 + m1
  const day = d0 * 10 + d1
  if (!isCalendarDay(year, month, day)) return undefined
  // Years 0000–0099 are not accepted (Date.UTC would read them as 1900–1999).
  if (year < 100) return undefined
  return Date.UTC(year, month - 1, day)
}

/**
 * Parses `YYYY-MM-DD`, throwing a `RangeError` naming the bad input. For literals in code and tests.
 *
 * @example
 * ```ts
 * import { CalendarDate } from "@anquan/core"
 * CalendarDate.make("2021-09-01").toISOString() // "2021-09-01T00:00:00.000Z"
 * ```
 * @since 0.1.0
 */
export const make = (iso: string): Date => {
  const date = parse(iso)
  if (date === undefined) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(iso)}`)
  return date
}

/** Formats a date as `YYYY-MM-DD` (its UTC calendar day). @since 0.1.0 */
export const format = (date: Date): string => {
  const t = date.getTime()
  const day = t / 86_400_000 - FIRST_CACHED_DAY
    // days at UTC midnight from 1900 to 2173 are cached by day number (a small integer key)
  if (day >= 0 && day < CACHED_DAYS && Number.isInteger(day)) {
    const cached = formatted.get(day)
    if (cached !== undefined) return cached
    const iso = date.toISOString().slice(0, 10)
    formatted.set(day, iso)
    return iso
  }
  return date.toISOString().slice(0, 10)
}

// Formatting is on the hot path of rules (evidence, messages) and the same few thousand days recur.
const FIRST_CACHED_DAY = Date.UTC(1900, 0, 1) / 86_400_000
const CACHED_DAYS = 100_000
const formatted = new Map<number, string>()

/** The UTC calendar day of an instant (drops the time of day). @since 0.1.0 */
export const fromInstant = (millis: number): Date => {
  const d = new Date(millis)
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))
}

/** Adds whole days (negative to go back). @since 0.1.0 */
export const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * 86_400_000)

/** Whole days from `from` to `to` (positive when `to` is later). @since 0.1.0 */
export const daysBetween = (from: Date, to: Date): number => Math.round((to.getTime() - from.getTime()) / 86_400_000)

/** `-1`, `0` or `1`. @since 0.1.0 */
export const compare = (a: Date, b: Date): -1 | 0 | 1 => {
  const x = a.getTime(), y = b.getTime()
  return x < y ? -1 : x > y ? 1 : 0
}

/**
 * Schema: an ISO `YYYY-MM-DD` string at the boundary, a UTC-midnight `Date` inside.
 * Decoding rejects anything that is not a real calendar date with the message
 * `Expected a calendar date YYYY-MM-DD`.
 *
 * @since 0.1.0
 */
export const CalendarDate = Schema.String.pipe(
  Schema.check(Schema.isPattern(ISO_DATE, { message: "Expected a calendar date YYYY-MM-DD", messageZh: "应为日期 YYYY-MM-DD" })),
  Schema.check(Schema.makeFilter((s: string) => parseTime(s) !== undefined, {
    message: "Expected a calendar date YYYY-MM-DD",
    messageZh: "应为日期 YYYY-MM-DD",
    expected: "a calendar date YYYY-MM-DD"
  })),
  Schema.decodeTo(
    Schema.Date,
    SchemaTransformation.transform({
      decode: (s: string) => make(s),
      encode: (d: Date) => format(d)
    })
  )
).annotate({ identifier: "CalendarDate", description: "日历日期 — ISO-8601 calendar date YYYY-MM-DD" })

/** @since 0.1.0 */
export type CalendarDate = typeof CalendarDate.Type

/**
 * 有效期 — a closed window of calendar days: `from` inclusive, `to` inclusive, `to` absent = open-ended.
 *
 * @since 0.1.0
 */
export const DateWindow = Schema.Struct({
  from: CalendarDate,
  to: Schema.optionalKey(CalendarDate)
}).annotate({ identifier: "DateWindow", description: "有效期 — from and to inclusive; no `to` means open-ended" })

/** @since 0.1.0 */
export type DateWindow = typeof DateWindow.Type

/** Whether `date` lies inside `window` (both ends inclusive). @since 0.1.0 */
export const isWithin = (window: { readonly from: Date; readonly to?: Date | undefined }, date: Date): boolean => {
  const t = date.getTime()
  return t >= window.from.getTime() && (window.to === undefined || t <= window.to.getTime())
}

/** Whether two windows share at least one day. @since 0.1.0 */
export const overlaps = (
  a: { readonly from: Date; readonly to?: Date | undefined },
  b: { readonly from: Date; readonly to?: Date | undefined }
): boolean => {
  const aEnd = a.to?.getTime() ?? Number.POSITIVE_INFINITY
  const bEnd = b.to?.getTime() ?? Number.POSITIVE_INFINITY
  return a.from.getTime() <= bEnd && b.from.getTime() <= aEnd
}
