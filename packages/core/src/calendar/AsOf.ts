/**
 * 截至时间 — the as-of instant or date of a computation, and its default from effect's `Clock`.
 *
 * Every computation of the SDK is a pure function of its inputs and an as-of value. The plain functions take it as an argument; the Effect entries
 * default it to "now" by the `Clock` service (so tests pin it with `TestClock`) and accept a
 * `Date` or a string: an ISO instant with an offset (`2024-05-01T10:00:00+08:00`) or a calendar
 * date (`2024-05-01`, meaning the end of that day in Beijing time).
 *
 * @since 0.1.0
 */
import { parseIsoInstant } from "../accident/Accident.ts"
import * as CalendarDate from "./CalendarDate.ts"
import { Clock, Data, Effect } from "effect"
import { calendarDayOf, CHINA_UTC_OFFSET_MINUTES, endOfDay } from "./ChinaTime.ts"

/**
 * 截至时间无效 — an as-of string that is neither an ISO instant with an offset nor a `YYYY-MM-DD` date.
 *
 * @since 0.1.0
 */
export class InvalidAsOfError extends Data.TaggedError("InvalidAsOfError")<{
  readonly input: string
  readonly message: string
}> {}

const invalid = (input: string) =>
  new InvalidAsOfError({
    input,
    message: `not an as-of date or instant: ${JSON.stringify(input)} (expected YYYY-MM-DD or an ISO date-time with an offset)`
  })

/**
 * The as-of instant: `asOf` itself, the last millisecond of a `YYYY-MM-DD` day (Beijing time by
 * default), or now by the `Clock` when absent.
 *
 * @since 0.1.0
 */
export const resolveAsOfInstant = (
  asOf: Date | string | undefined,
  offsetMinutes: number = CHINA_UTC_OFFSET_MINUTES
): Effect.Effect<Date, InvalidAsOfError> => {
  if (asOf === undefined) return Effect.map(Clock.currentTimeMillis, (ms) => new Date(ms))
  if (asOf instanceof Date) return Effect.succeed(asOf)
  const instant = parseIsoInstant(asOf)
  if (instant !== undefined) return Effect.succeed(instant)
  const day = CalendarDate.parse(asOf)
  return day === undefined ? Effect.fail(invalid(asOf)) : Effect.succeed(new Date(endOfDay(day, offsetMinutes).getTime() - 1))
}

/**
 * The as-of calendar day (UTC-midnight `Date`): `asOf` itself when a `Date`, a `YYYY-MM-DD` day,
 * the Beijing-time day of an ISO instant, or today (Beijing time) by the `Clock` when absent.
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
  return instant === undefined ? Effect.fail(invalid(asOf)) : Effect.succeed(calendarDayOf(instant, offsetMinutes))
}
