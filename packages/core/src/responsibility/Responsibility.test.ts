import { Result, Schema, SchemaIssue } from "effect"
import { describe, expect, it } from "vitest"
import * as CalendarDate from "../calendar/CalendarDate.ts"
import { ResponsibilityAgreement, signingStatus } from "./index.ts"

const issues = (u: unknown) => {
  const r = Schema.decodeUnknownResult(ResponsibilityAgreement, { errors: "all" })(u)
  return Result.isFailure(r) ? SchemaIssue.makeFormatterStandardSchemaV1()(r.failure.issue).issues : []
}

// Seed 000: the district signs with townships by the end of March; targets: deaths −3%, no accident with ≥3 deaths.
const agreement = {
  id: "ZRS-2024-001",
  title: "2024年度安全生产目标责任书",
  period: { from: "2024-01-01", to: "2024-12-31" },
  parties: {
    upper: { level: "government", unit: "某区人民政府", principal: { name: "区长某" }, jurisdiction: "320506" },
    lower: { level: "township", unit: "某镇人民政府", principal: { name: "镇长某" }, jurisdiction: "320506101" }
  },
  targets: [
    { metric: "deaths", bound: "reduction-at-least-percent", value: 3 },
    { metric: "max-deaths-per-accident", bound: "at-most", value: 2 },
    { metric: "road-deaths-per-10k-vehicles", bound: "at-most", value: 2.1 }
  ],
  duties: ["落实属地监管责任"],
  signingDeadline: "2024-03-31"
}

describe("ResponsibilityAgreement", () => {
  it("decodes", () => {
    const a = Schema.decodeUnknownSync(ResponsibilityAgreement)(agreement)
    expect(a.signingDeadline).toEqual(CalendarDate.make("2024-03-31"))
    expect(a.targets).toHaveLength(3)
  })

  it("rejects unknown metrics and negative values with paths", () => {
    expect(issues({ ...agreement, targets: [{ metric: "injuries", bound: "at-most", value: -1 }] })).toEqual([
      { path: ["targets", 0, "metric"], message: expect.stringContaining("Expected a control metric (控制指标): \"deaths\"") },
      { path: ["targets", 0, "value"], message: "Expected a value greater than or equal to 0" }
    ])
    expect(issues({ ...agreement, parties: { ...agreement.parties, lower: { level: "township", unit: "某镇" } } })).toEqual([
      { path: ["parties", "lower", "principal"], message: "Missing key" }
    ])
  })

  it("signing status as of a date", () => {
    const a = Schema.decodeUnknownSync(ResponsibilityAgreement)(agreement)
    const d = CalendarDate.make
    expect(signingStatus(a, d("2024-03-31"))).toBe("pending")
    expect(signingStatus(a, d("2024-04-01"))).toBe("overdue")
    expect(signingStatus({ ...a, signedOn: d("2024-03-20") }, d("2024-04-01"))).toBe("signed")
    expect(signingStatus({ ...a, signedOn: d("2024-04-10") }, d("2024-04-20"))).toBe("signed-late")
    expect(signingStatus({ ...a, signedOn: d("2024-04-10") }, d("2024-04-05"))).toBe("overdue")
    expect(signingStatus({ ...a, signedOn: d("2024-03-20") }, d("2024-03-10"))).toBe("pending")
  })
})
