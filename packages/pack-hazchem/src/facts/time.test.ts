import { IsoInstant } from "@anquan/core"
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { hoursBetween, Interval } from "./time.ts"

describe("time", () => {
  it("instants are core's IsoInstant: an offset is required, the value is UTC inside", () => {
    expect(Schema.decodeUnknownSync(IsoInstant)("2024-05-01T08:30:00+08:00")).toEqual(new Date("2024-05-01T00:30:00Z"))
    expect(Result.isFailure(Schema.decodeUnknownResult(IsoInstant)("2024-05-01T08:30:00"))).toBe(true)
  })

  it("an interval must not end before it starts", () => {
    const decode = Schema.decodeUnknownResult(Interval)
    expect(Result.isSuccess(decode({ from: "2024-05-01T12:00:00+08:00", to: "2024-05-01T13:00:00+08:00" }))).toBe(true)
    const r = decode({ from: "2024-05-01T13:00:00+08:00", to: "2024-05-01T12:00:00+08:00" })
    expect(Result.isFailure(r) && r.failure.message).toBe("Expected `to` not before `from`\n  at [\"to\"]")
  })

  it("measures hours", () => {
    expect(hoursBetween(new Date("2024-05-01T00:00:00Z"), new Date("2024-05-01T08:00:00Z"))).toBe(8)
  })
})
