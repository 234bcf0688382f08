import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { CalendarDay, hoursBetween, Instant, parseDay, parseInstant } from "./time.ts"

describe("time", () => {
  it("parses real calendar days only", () => {
    expect(parseDay("2024-02-29")).toEqual(new Date("2024-02-29T00:00:00Z"))
    expect(parseDay("2023-02-29")).toBeUndefined()
    expect(parseDay("2024-2-1")).toBeUndefined()
    expect(Schema.decodeUnknownSync(CalendarDay)("2026-05-01")).toEqual(new Date("2026-05-01T00:00:00Z"))
  })

  it("parses instants that carry an offset, and nothing else", () => {
    expect(parseInstant("2024-05-01T08:30:00+08:00")).toEqual(new Date("2024-05-01T00:30:00Z"))
    expect(parseInstant("2024-05-01T00:30Z")).toEqual(new Date("2024-05-01T00:30:00Z"))
    expect(parseInstant("2024-05-01T08:30:00.250+08:00")).toEqual(new Date("2024-05-01T00:30:00.250Z"))
    expect(parseInstant("2024-05-01T08:30:00")).toBeUndefined()
    expect(parseInstant("2024-05-01")).toBeUndefined()
    expect(parseInstant("2024-02-30T08:00:00Z")).toBeUndefined()
    expect(parseInstant("2024-05-01T24:00:00Z")).toBeUndefined()
    expect(Schema.encodeSync(Instant)(new Date("2024-05-01T00:30:00Z"))).toBe("2024-05-01T00:30:00.000Z")
  })

  it("measures hours", () => {
    expect(hoursBetween(new Date("2024-05-01T00:00:00Z"), new Date("2024-05-01T08:00:00Z"))).toBe(8)
  })
})
