// A rule of kind `reporting` (a breach of a reporting duty) is not an accident hazard: its findings
// say so, and its violations do not make the verdict, whatever their severity.
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import * as Engine from "../src/evaluation/Engine.ts"
import { findingKindOf } from "../src/evaluation/Finding.ts"
import * as Pack from "../src/pack/Pack.ts"
import * as Outcome from "../src/rule/Outcome.ts"
import * as Rule from "../src/rule/Rule.ts"
import { record } from "./fixtures.ts"

const text = (zh: string, en: string) => ({ "zh-CN": zh, en })
const Facts = Schema.Struct({ enterprise: Schema.Struct({ employees: Schema.optionalKey(Schema.Int) }) })
const base = {
  title: text("测试规则", "Test rule"),
  message: text("违反测试规则", "Breaks the test rule"),
  remediation: text("整改", "Fix it"),
  citation: { document: "industry-trade-major-hazard-2023", article: 3, item: 1, verified: true },
  severity: "major" as const,
  effective: { from: "2020-01-01" },
  facts: Facts,
  reads: ["enterprise.employees"]
}
const lateFiling = Rule.define({
  ...base,
  id: "kinds/late-filing",
  kind: "reporting",
  evaluate: (f) => (f.enterprise.employees ?? 0) > 100 ? Outcome.violation([]) : Outcome.compliant()
})
const bigHazard = Rule.define({
  ...base,
  id: "kinds/big-hazard",
  evaluate: (f) => (f.enterprise.employees ?? 0) > 1000 ? Outcome.violation([]) : Outcome.compliant()
})
const pack = Pack.define({ id: "kinds", name: text("类别", "Kinds"), version: "1.0.0", rules: [lateFiling, bigHazard] })
const engine = Engine.make({ packs: [pack] })

describe("finding kind", () => {
  it("defaults to hazard", () => {
    expect(bigHazard.kind).toBe("hazard")
    expect(lateFiling.kind).toBe("reporting")
  })

  it("marks a reporting rule's findings and keeps them out of the verdict", () => {
    const report = engine.evaluate([record(1, { employees: 500 }), record(2, { employees: 5000 })], { asOf: "2023-01-01" })
    const [reportingOnly, both] = report.enterprises
    expect(reportingOnly!.findings).toEqual([expect.objectContaining({ ruleId: "kinds/late-filing", outcome: "violation", severity: "major", kind: "reporting" })])
    expect(reportingOnly!.verdict).toBe("no-violation")
    expect(both!.verdict).toBe("major-hazard")
    const hazard = both!.findings.find((f) => f.ruleId === "kinds/big-hazard")!
    expect(hazard.kind).toBeUndefined()
    expect(findingKindOf(hazard)).toBe("hazard")
    expect(report.verdicts).toMatchObject({ "major-hazard": 1, "no-violation": 1 })
  })
})
