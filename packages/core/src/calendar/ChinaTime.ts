/**
 * 北京时间 — mapping instants to calendar days in China Standard Time.
 *
 * Accidents and reports happen at instants; statistics, windows and deadlines are counted in
 * calendar days. China has one time zone, UTC+8, so by default an instant belongs to the calendar
 * day it falls on in Beijing: 2024-04-01T02:00+08:00 is a 1 April accident (second quarter), even
 * though it is still 31 March in UTC. Every function takes the offset as a parameter for the rare
 * deployment that needs another.
 *
 * @since 0.1.0
 */
import * as CalendarDate from "./CalendarDate.ts"

/**
 * 北京时间偏移 — UTC+8, in minutes.
 *
 * @since 0.1.0
 */
export const CHINA_UTC_OFFSET_MINUTES = 480

const MINUTE = 60_000
const DAY = 86_400_000

/**
 * The calendar day (UTC-midnight `Date`, as `CalendarDate` uses) on which `instant` falls at
 * `offsetMinutes` from UTC (default UTC+8).
 *
 * @example
 * ```ts
 * calendarDayOf(new Date("2024-03-31T18:00:00Z")) // 2024-04-01 (02:00 in Beijing)
 * ```
 * @since 0.1.0
 */
export const calendarDayOf = (instant: Date, offsetMinutes: number = CHINA_UTC_OFFSET_MINUTES): Date =>
  CalendarDate.fromInstant(instant.getTime() + offsetMinutes * MINUTE)

/**
 * The first instant of a calendar day at `offsetMinutes` from UTC (default UTC+8): 00:00 Beijing time.
 *
 * @since 0.1.0
 */
export const startOfDay = (day: Date, offsetMinutes: number = CHINA_UTC_OFFSET_MINUTES): Date =>
  new Date(day.getTime() - offsetMinutes * MINUTE)

/**
 * The first instant after a calendar day (00:00 of the next day) at `offsetMinutes` from UTC:
 * "on or before day D" means "before `endOfDay(D)`".
 *
 * @since 0.1.0
 */
export const endOfDay = (day: Date, offsetMinutes: number = CHINA_UTC_OFFSET_MINUTES): Date =>
  new Date(day.getTime() + DAY - offsetMinutes * MINUTE)

/**
 * Whether `instant` falls on a calendar day inside `window` (both ends inclusive; no `to` = open).
 *
 * @since 0.1.0
 */
export const isInstantWithin = (
  window: { readonly from: Date; readonly to?: Date | undefined },
  instant: Date,
  offsetMinutes: number = CHINA_UTC_OFFSET_MINUTES
): boolean => CalendarDate.isWithin(window, calendarDayOf(instant, offsetMinutes))

/**
 * An instant as the date and time it is in Beijing (or at `offsetMinutes` from UTC), with the zone
 * shown: ISO 8601 with its offset, to the second, e.g. `2026-12-07T08:27:21+08:00` for
 * `2026-12-07T00:27:21.884Z`. What a person reads beside calendar days counted in Beijing time.
 *
 * @example
 * ```ts
 * formatChinaTime(new Date("2024-03-31T18:00:00Z")) // "2024-04-01T02:00:00+08:00"
 * ```
 * @since 0.1.0
 */
export const formatChinaTime = (instant: Date, offsetMinutes: number = CHINA_UTC_OFFSET_MINUTES): string => {
  const local = new Date(instant.getTime() + offsetMinutes * MINUTE).toISOString().slice(0, 19)
  const abs = Math.abs(offsetMinutes)
  const zone = offsetMinutes === 0 ? "Z" : `${offsetMinutes < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`
  return local + zone
}
