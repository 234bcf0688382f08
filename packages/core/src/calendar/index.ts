export * as CalendarDate from "./CalendarDate.ts"
export { DateWindow } from "./CalendarDate.ts"
export { calendarDayOf, CHINA_UTC_OFFSET_MINUTES, endOfDay, isInstantWithin, startOfDay } from "./ChinaTime.ts"
export { InvalidAsOfError, resolveAsOfDate, resolveAsOfInstant } from "./AsOf.ts"
