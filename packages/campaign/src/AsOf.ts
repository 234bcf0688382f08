/**
 * 截至日期 — the as-of date of every computation of this package, and its default from the `Clock`.
 *
 * The plain functions take the as-of date as an argument (a UTC-midnight `Date`, as core's
 * `CalendarDate` uses). The Effect entries accept a `Date`, a `YYYY-MM-DD` string or an ISO
 * instant with an offset, and default to today in Beijing time (UTC+8) by effect's `Clock`, so
 * tests pin it with `TestClock`.
 *
 * @since 0.1.0
 */
import { CalendarDate, parseIsoInstant } from "@anquan/core"
import { Clock, Data, Effect } from "effect"

/**
 * 北京时间偏移 — UTC+8, in minutes.
 *
 * @since 0.1.0
 */
export const CHINA_UTC_OFFSET_MINUTES = 480

/**
 * 截至日期无效 — an as-of string that is neither `YYYY-MM-DD` nor an ISO instant with an offset.
 *
 * @since 0.1.0
 */
export class InvalidAsOfError extends Data.TaggedError("InvalidAsOfError")<{
  readonly input: string
  readonly message: string
}> {}

/**
 * The calendar day (UTC-midnight `Date`) on which `instant` falls at `offsetMinutes` from UTC.
 *
 * @since 0.1.0
 */
export const calendarDayOf = (instant: Date, offsetMinutes: number = CHINA_UTC_OFFSET_MINUTES): Date =>
  CalendarDate.fromInstant(instant.getTime() + offsetMinutes * 60_000)

/**
 * The as-of calendar day: a `Date` as given, a `YYYY-MM-DD` day, the Beijing-time day of an ISO
 * instant, or today (Beijing time) by the `Clock` when absent.
 *
 * @since 0.1.0
 */
export const resolveAsOfDate = (
  asOf: Date | string | undefined,
  offsetMinutes: number = CHINA_UTC_OFFSET_MINUTES
): Effect.Effect<Date, InvalidAsOfError> => {
  if (asOf === undefined) return Effect.map(Clock.currentTimeMillis, (ms) => calendarDayOf(new Date(ms), offsetMinutes))
  if (asOf instanceof Date) return Effect.succeed(asOf)
  const day = CalendarDate.parse(asOf)
  if (day !== undefined) return Effect.succeed(day)
  const instant = parseIsoInstant(asOf)
  return instant === undefined
    ? Effect.fail(new InvalidAsOfError({
      input: asOf,
      message: `not an as-of date: ${JSON.stringify(asOf)} (expected YYYY-MM-DD or an ISO date-time with an offset)`
    }))
    : Effect.succeed(calendarDayOf(instant, offsetMinutes))
}
