import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { FireworksFacts } from "./FireworksFacts.ts"

const decode = (u: unknown) => Schema.decodeUnknownResult(FireworksFacts)(u, { errors: "all" })
const messages = (u: unknown): Array<string> => {
  const r = decode(u)
  return Result.isFailure(r) ? r.failure.message.split(/\n(?! {2}at )/).sort() : []
}

describe("FireworksFacts", () => {
  it("decodes an empty section: every fact unknown, nothing defaulted", () => {
    const r = decode({})
    expect(Result.isSuccess(r) && r.success).toEqual({})
  })

  it("decodes dates of suspensions to UTC-midnight dates", () => {
    const r = decode({ suspensions: [{ reason: "rectification", from: "2026-11-01", to: "2026-11-30", operatedDuring: false }] })
    expect(Result.isSuccess(r)).toBe(true)
    if (Result.isSuccess(r)) {
      expect(r.success.suspensions?.[0]?.from.toISOString()).toBe("2026-11-01T00:00:00.000Z")
      expect(r.success.suspensions?.[0]?.to?.toISOString()).toBe("2026-11-30T00:00:00.000Z")
    }
  })

  it("rejects negative head-counts and quantities, fractional head-counts, unknown statuses and bad dates, with paths", () => {
    expect(messages({
      workshops: [{ approvedHeadCount: -1, actualHeadCount: 1.5, actualExplosiveKg: -2, protectiveBarrier: "ok" }],
      suspensions: [{ reason: "holiday", from: "2026-02-30" }]
    })).toEqual([
      "Expected a barrier status (防护屏障): \"compliant\" | \"missing\" | \"substandard\" | \"not-required\"\n  at [\"workshops\"][0][\"protectiveBarrier\"]",
      "Expected a suspension reason (停产停业原因): \"licence-expired\" | \"rectification\" | \"severe-weather\" | \"ordered\" | \"other\"\n  at [\"suspensions\"][0][\"reason\"]",
      "Expected a calendar date YYYY-MM-DD\n  at [\"suspensions\"][0][\"from\"]",
      "Expected a head-count ≥ 0\n  at [\"workshops\"][0][\"approvedHeadCount\"]",
      "Expected a quantity in kg ≥ 0\n  at [\"workshops\"][0][\"actualExplosiveKg\"]",
      "Expected an integer\n  at [\"workshops\"][0][\"actualHeadCount\"]"
    ].sort())
  })

  it("rejects an explicit undefined (optionalKey): absent and unknown are the same thing", () => {
    expect(Result.isFailure(decode({ inOperation: undefined }))).toBe(true)
  })

  it("requires the key that says what a list entry is", () => {
    expect(messages({ outsourcedFacilities: [{ arrangement: "lease" }], suspensions: [{ from: "2026-01-01" }] })).toHaveLength(2)
  })
})
