export * as CalendarDate from "./CalendarDate.ts"
export { DateWindow } from "./CalendarDate.ts"
