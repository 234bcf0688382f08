import { Effect, Exit } from "effect"
import { describe, expect, it } from "vitest"
import { resolveAsOfDate, resolveAsOfInstant } from "./AsOf.ts"
import * as CalendarDate from "./CalendarDate.ts"
import { calendarDayOf, endOfDay, startOfDay } from "./ChinaTime.ts"

describe("Beijing-time days and as-of values", () => {
  it("puts an instant on its Beijing calendar day", () => {
    expect(CalendarDate.format(calendarDayOf(new Date("2024-03-31T15:59:59Z")))).toBe("2024-03-31")
    expect(CalendarDate.format(calendarDayOf(new Date("2024-03-31T16:00:00Z")))).toBe("2024-04-01")
    expect(startOfDay(CalendarDate.make("2024-04-01")).toISOString()).toBe("2024-03-31T16:00:00.000Z")
    expect(endOfDay(CalendarDate.make("2024-04-01")).toISOString()).toBe("2024-04-01T16:00:00.000Z")
  })
  it("resolves as-of strings and rejects bad ones with a typed error", () => {
    expect(CalendarDate.format(Effect.runSync(resolveAsOfDate("2024-04-01T02:00:00+08:00")))).toBe("2024-04-01")
    expect(CalendarDate.format(Effect.runSync(resolveAsOfDate("2024-04-01")))).toBe("2024-04-01")
    expect(Effect.runSync(resolveAsOfInstant("2024-04-01")).toISOString()).toBe("2024-04-01T15:59:59.999Z")
    const exit = Effect.runSyncExit(resolveAsOfDate("April 1"))
    expect(Exit.isFailure(exit)).toBe(true)
  })
})
