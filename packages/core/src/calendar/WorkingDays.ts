/**
 * 工作日 — working days, in one place for every package that counts them (安全生产法 第七十八条's
 * 7 working days in `@anquan/enforcement`, an investigation counted in working days in
 * `@anquan/accident`, …).
 *
 * A working day is Monday to Friday, minus the public holidays (法定节假日) and plus the adjusted
 * working days (调休上班日, a Saturday or Sunday worked) of the calendar given. The State Council's
 * holiday arrangement changes every year and is not in the SDK's sources: no holiday calendar is
 * built in. Without one only weekends are skipped, and whoever counts that way must say so.
 *
 * @since 0.2.0
 */
import { Schema } from "effect"
import { addDays, CalendarDate } from "./CalendarDate.ts"

/**
 * 工作日历 — the public holidays (法定节假日, days off even on a weekday) and the adjusted working
 * days (调休上班日, a weekend day worked) of the years concerned, as `YYYY-MM-DD`.
 *
 * @since 0.2.0
 */
export const WorkingDayCalendar = Schema.Struct({
  holidays: Schema.Array(CalendarDate),
  workdays: Schema.optionalKey(Schema.Array(CalendarDate))
}).annotate({ identifier: "WorkingDayCalendar", description: "工作日历 — holidays (法定节假日), workdays (调休上班日)" })
/** @since 0.2.0 */
export type WorkingDayCalendar = typeof WorkingDayCalendar.Type

/**
 * Whether a calendar day (a UTC-midnight `Date`) is a working day: an adjusted working day is one; a
 * holiday is not; otherwise Monday to Friday.
 *
 * @since 0.2.0
 */
export const isWorkingDay = (day: Date, calendar?: WorkingDayCalendar): boolean => {
  const t = day.getTime()
  if (calendar?.workdays?.some((d) => d.getTime() === t) === true) return true
  if (calendar?.holidays.some((d) => d.getTime() === t) === true) return false
  const wd = day.getUTCDay()
  return wd !== 0 && wd !== 6
}

/** The `n`-th working day after `day` (`n` ≥ 1). @since 0.2.0 */
export const addWorkingDays = (day: Date, n: number, calendar?: WorkingDayCalendar): Date => {
  let d = day
  let left = n
  while (left > 0) {
    d = addDays(d, 1)
    if (isWorkingDay(d, calendar)) left -= 1
  }
  return d
}

/** The working days in (`from`, `to`]: 0 when `to` is not after `from`. @since 0.2.0 */
export const workingDaysBetween = (from: Date, to: Date, calendar?: WorkingDayCalendar): number => {
  let n = 0
  for (let d = addDays(from, 1); d.getTime() <= to.getTime(); d = addDays(d, 1)) {
    if (isWorkingDay(d, calendar)) n += 1
  }
  return n
}
