/**
 * 截至日期 — re-exported from `@anquan/core` (where every package shares it): the plain functions take
 * a UTC-midnight `Date`; the Effect entries accept a `Date`, `YYYY-MM-DD` or an ISO instant and default
 * to today in Beijing time by effect's `Clock`.
 *
 * @since 0.1.0
 */
export { calendarDayOf, CHINA_UTC_OFFSET_MINUTES, InvalidAsOfError, resolveAsOfDate } from "@anquan/core"
