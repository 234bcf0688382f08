/**
 * 北京时间 — re-exported from `@anquan/core` (where every package shares it).
 *
 * @since 0.1.0
 */
export { calendarDayOf, CHINA_UTC_OFFSET_MINUTES, endOfDay, isInstantWithin, startOfDay } from "@anquan/core"
