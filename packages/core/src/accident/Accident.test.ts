import { Result, Schema, SchemaIssue } from "effect"
import { describe, expect, it } from "vitest"
import { Yuan } from "../money/index.ts"
import { Accident, accidentGradeOf, IsoInstant, parseIsoInstant } from "./index.ts"

const issues = (u: unknown) => {
  const r = Schema.decodeUnknownResult(Accident, { errors: "all" })(u)
  return Result.isFailure(r) ? SchemaIssue.makeFormatterStandardSchemaV1()(r.failure.issue).issues : []
}

const accident = {
  id: "SG-2024-001",
  occurredAt: "2024-05-01T08:30:00+08:00",
  jurisdiction: "320571",
  subject: "914403001922038216",
  sector: "hazardous-chemicals",
  kind: "workplace",
  deaths: 1,
  seriousInjuries: 2,
  directLossYuan: 1_200_000,
  description: "储罐区闪爆"
}

describe("IsoInstant", () => {
  it("parses strict ISO date-times with an offset", () => {
    expect(parseIsoInstant("2024-05-01T08:30:00+08:00")?.toISOString()).toBe("2024-05-01T00:30:00.000Z")
    expect(parseIsoInstant("2024-05-01T00:30Z")?.toISOString()).toBe("2024-05-01T00:30:00.000Z")
    expect(parseIsoInstant("2024-05-01T00:30:15.123456Z")?.toISOString()).toBe("2024-05-01T00:30:15.123Z")
    expect(parseIsoInstant("2024-12-31T23:00:00-05:00")?.toISOString()).toBe("2025-01-01T04:00:00.000Z")
  })

  it("rejects lenient and ambiguous forms", () => {
    for (const bad of ["May 1, 2024", "2024-05-01", "2024-05-01T08:30:00", "2024-02-30T00:00:00Z", "2024-05-01T24:00:00Z", "2024-05-01 08:30:00Z"]) {
      expect(parseIsoInstant(bad)).toBeUndefined()
    }
    const r = Schema.decodeUnknownResult(IsoInstant)("2024-05-01 08:30")
    expect(Result.isFailure(r) && r.failure.message).toBe("Expected an ISO-8601 date-time with an offset, e.g. 2024-05-01T08:30:00+08:00")
  })

  it("round-trips through UTC", () => {
    const d = Schema.decodeUnknownSync(IsoInstant)("2024-05-01T08:30:00+08:00")
    expect(Schema.encodeSync(IsoInstant)(d)).toBe("2024-05-01T00:30:00.000Z")
  })
})

describe("Accident", () => {
  it("decodes", () => {
    const a = Schema.decodeUnknownSync(Accident)(accident)
    expect(a.occurredAt).toEqual(new Date("2024-05-01T00:30:00.000Z"))
    expect(a.directLossYuan).toBe(1_200_000)
  })

  it("rejects negative counts, fractional yuan, reports before the accident", () => {
    expect(issues({ ...accident, deaths: -1, directLossYuan: 10.5, reportedAt: "2024-05-01T08:00:00+08:00" })).toEqual([
      { path: ["deaths"], message: "Expected a value greater than or equal to 0" },
      { path: ["directLossYuan"], message: "Expected an integer" }
    ])
    expect(issues({ ...accident, reportedAt: "2024-05-01T08:00:00+08:00" })).toEqual([
      { path: ["reportedAt"], message: "an accident cannot be reported before it occurred" }
    ])
    expect(issues({ ...accident, kind: "traffic" })[0]?.path).toEqual(["kind"])
  })

  it("grades by 493 第三条, bounds inclusive", () => {
    const g = (deaths: number, seriousInjuries: number, yuan: number) =>
      accidentGradeOf({ deaths, seriousInjuries, directLossYuan: Yuan.make(yuan) })
    expect(g(0, 0, 0)).toBe("general")
    expect(g(2, 9, 9_999_999)).toBe("general")
    expect(g(3, 0, 0)).toBe("relatively-serious")
    expect(g(0, 10, 0)).toBe("relatively-serious")
    expect(g(0, 0, 10_000_000)).toBe("relatively-serious")
    expect(g(10, 0, 0)).toBe("serious")
    expect(g(29, 0, 0)).toBe("serious")
    expect(g(0, 50, 0)).toBe("serious")
    expect(g(0, 0, 50_000_000)).toBe("serious")
    expect(g(30, 0, 0)).toBe("especially-serious")
    expect(g(0, 100, 0)).toBe("especially-serious")
    expect(g(1, 0, 100_000_000)).toBe("especially-serious")
  })
})
