/**
 * The sample file `sample/hazchem-enterprises.json` (three fictional enterprises, wire shape) through
 * the real engine, as of 2026-11-23: exactly these findings, no more.
 */
import { readFileSync } from "node:fs"
import { Engine } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { hazchemPack } from "./pack.ts"

const sample: unknown = JSON.parse(readFileSync(new URL("../sample/hazchem-enterprises.json", import.meta.url), "utf8"))
const report = Engine.make({ packs: [hazchemPack] }).evaluate(sample, { asOf: "2026-11-23" })
const byName = (name: string) => {
  const e = report.enterprises.find((x) => x.subject.name === name)
  if (e === undefined) throw new Error(`no enterprise ${name} in the report`)
  return e
}
const findings = (name: string) =>
  byName(name).findings.map((f) => `${f.outcome} ${f.ruleId}`).sort()

describe("sample/hazchem-enterprises.json as of 2026-11-23", () => {
  it("decodes every record", () => {
    expect(report.rejected).toEqual([])
    expect(report.totals).toEqual({ records: 3, evaluated: 3, rejected: 0, findings: 90 })
  })

  it("宁江氯碱: uncertified operator, ESD not in use, grade-1 chlorine farm without SIS, two permit faults", () => {
    const e = byName("宁江氯碱化工有限公司（示例）")
    expect(e.subject.creditCode).toBe("91320116MA1XK3T27K")
    expect(findings(e.subject.name)).toEqual([
      "violation hazchem/key-process-automation",
      "violation hazchem/major-hazard-tank-farm-shutoff",
      "violation hazchem/permit-confined-space-gas-detection",
      "violation hazchem/permit-hot-work-validity",
      "violation hazchem/special-operator-certificate"
    ])
    expect(e.verdict).toBe("major-hazard")
    expect(e.complete).toBe(true)
    const farm = e.findings.find((f) => f.ruleId === "hazchem/major-hazard-tank-farm-shutoff")!
    // 150 t chlorine: q/Q = 30, β = 4, α = 1.5 (60 people) → R = 180, 一级 (no recorded grade: computed).
    expect(farm.details?.["zh-CN"]).toContain("R=180，为一级")
    expect(farm.evidence).toContainEqual({ path: "facts.majorHazardInstallations[0].tankFarm.hasIndependentSis", value: false })
    const gap = e.findings.find((f) => f.ruleId === "hazchem/permit-confined-space-gas-detection")!
    expect(gap.details?.["zh-CN"]).toContain("检测记录间隔2.5h，超过2h")
    expect(gap.severity).toBe("general")
  })

  it("临齐液化气: a safety officer failed the assessment, a hose loading point, mixed storage, holiday hot work", () => {
    const e = byName("临齐液化气储运有限公司（示例）")
    expect(findings(e.subject.name)).toEqual([
      "violation hazchem/key-personnel-assessment",
      "violation hazchem/liquefied-gas-loading-arm",
      "violation hazchem/permit-hot-work-upgraded-management",
      "violation hazchem/storage-segregation"
    ])
    expect(e.verdict).toBe("major-hazard")
    expect(e.complete).toBe(true)
    expect(e.findings.find((f) => f.ruleId === "hazchem/key-personnel-assessment")!.evidence).toEqual([
      { path: "enterprise.keyPeople[1].roles", value: ["safety-officer"] },
      { path: "enterprise.keyPeople[1].assessment.passed", value: false }
    ])
  })

  it("甬海精细: only permit grading faults (general) and an unrecorded fact (indeterminate, never a pass)", () => {
    const e = byName("甬海精细化工有限公司（示例）")
    expect(findings(e.subject.name)).toEqual([
      "indeterminate hazchem/overhead-power-line-crossing",
      "violation hazchem/permit-lifting-grade",
      "violation hazchem/permit-work-at-height-grade"
    ])
    expect(e.findings.find((f) => f.ruleId === "hazchem/overhead-power-line-crossing")!.missing).toEqual(["facts.overheadPowerLines"])
    expect(e.verdict).toBe("general-hazard")
    expect(e.complete).toBe(false)
  })

  it("sums up", () => {
    expect(report.verdicts).toEqual({ "major-hazard": 2, "general-hazard": 1, "advisory": 0, "no-violation": 0 })
    expect(report.bySeverity).toEqual({ major: 6, general: 5, advisory: 0 })
    expect(report.byOutcome.violation).toBe(11)
    expect(report.byOutcome.indeterminate).toBe(1)
  })
})
