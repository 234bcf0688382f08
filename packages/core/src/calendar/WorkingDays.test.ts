import { describe, expect, it } from "vitest"
import { CalendarDate } from "../index.ts"
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "./WorkingDays.ts"

const d = CalendarDate.make
// a fictional calendar: a weekday off and a Saturday worked
const calendar = { holidays: [d("2026-10-01"), d("2026-10-02")], workdays: [d("2026-10-10")] }

describe("working days", () => {
  it("Monday to Friday, minus the holidays, plus the adjusted working days", () => {
    expect([d("2026-09-30"), d("2026-10-01"), d("2026-10-03"), d("2026-10-10")].map((x) => isWorkingDay(x, calendar))).toEqual([true, false, false, true])
    // without a calendar: weekends only
    expect([d("2026-10-01"), d("2026-10-10")].map((x) => isWorkingDay(x))).toEqual([true, false])
  })

  it("counts forward and between, the start day not counted", () => {
    // from Wed 09-30: Thu/Fri off, Mon 10-05 … Fri 10-09 are 1–5, Sat 10-10 is 6, Mon 10-12 is 7
    expect(CalendarDate.format(addWorkingDays(d("2026-09-30"), 7, calendar))).toBe("2026-10-12")
    expect(CalendarDate.format(addWorkingDays(d("2026-09-30"), 7))).toBe("2026-10-09")
    expect(workingDaysBetween(d("2026-09-30"), d("2026-10-12"), calendar)).toBe(7)
    expect(workingDaysBetween(d("2026-10-12"), d("2026-09-30"), calendar)).toBe(0)
  })
})
