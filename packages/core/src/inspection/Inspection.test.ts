import { Result, Schema, SchemaIssue } from "effect"
import { describe, expect, it } from "vitest"
import * as CalendarDate from "../calendar/CalendarDate.ts"
import { countOutcomes, Inspection } from "./index.ts"

const issues = (u: unknown) => {
  const r = Schema.decodeUnknownResult(Inspection, { errors: "all" })(u)
  return Result.isFailure(r) ? SchemaIssue.makeFormatterStandardSchemaV1()(r.failure.issue).issues : []
}

const inspection = {
  id: "JC-2022-031",
  subject: "914403001922038216",
  inspectedOn: "2022-05-10",
  inspectorKind: "government",
  department: "emergency-management",
  inspectors: [{ name: "周某", unit: "区应急管理局" }],
  campaignId: "2022-15-measures",
  results: [
    { itemId: "1", outcome: "pass" },
    { itemId: "2", outcome: "fail", hazardIds: ["YH-2022-0101"], note: "未开展全员培训" },
    { itemId: "3", outcome: "not-applicable" }
  ]
}

describe("Inspection", () => {
  it("decodes and counts outcomes", () => {
    const i = Schema.decodeUnknownSync(Inspection)(inspection)
    expect(i.inspectedOn).toEqual(CalendarDate.make("2022-05-10"))
    expect(countOutcomes(i)).toEqual({ pass: 1, fail: 1, "not-applicable": 1, "not-checked": 0 })
  })

  it("rejects unknown inspector kinds and outcomes, duplicate items", () => {
    expect(issues({
      ...inspection,
      inspectorKind: "police",
      results: [{ itemId: "1", outcome: "ok" }, { itemId: "2", outcome: "pass" }, { itemId: "2", outcome: "fail" }]
    })).toEqual([
      { path: ["inspectorKind"], message: 'Expected an inspector kind (检查主体): "self" | "government" | "expert"' },
      { path: ["results", 0, "outcome"], message: 'Expected a checklist outcome (检查结论): "pass" | "fail" | "not-applicable" | "not-checked"' }
    ])
    expect(issues({ ...inspection, results: [{ itemId: "2", outcome: "pass" }, { itemId: "2", outcome: "fail" }] })).toEqual([
      { path: ["results", 1, "itemId"], message: "checklist item 2 appears twice" }
    ])
  })
})
