import { describe, expect, it } from "vitest"
import { ConfigError } from "../src/config/EvaluationConfig.ts"
import * as Engine from "../src/evaluation/Engine.ts"
import { isCodeWithin, jurisdictionLevelOfCode } from "../src/jurisdiction/Jurisdiction.ts"
import { code, demoPack, record } from "./fixtures.ts"

// 浙江 (330000) and 江苏 (320000) in one config: each province layer applies only to its own enterprises.
const layers = [
  { name: "国家", level: "national" as const, rules: { "demo/headcount": { params: { limit: 100 } } } },
  // laxer than national: a limit of 200 where national law says 100, and a lower severity
  { name: "浙江省", level: "province" as const, jurisdiction: "330000", rules: { "demo/headcount": { params: { limit: 200 }, severity: "general" as const } } },
  // stricter than national: 50
  { name: "江苏省", level: "province" as const, jurisdiction: "320000", rules: { "demo/headcount": { params: { limit: 50 } } } },
  {
    name: "杭州市西湖区",
    level: "county" as const,
    jurisdiction: "330106",
    waivers: [{ rule: "demo/headcount", subject: code(3), reason: "扩建期间临时超员，已报批", expires: "2030-12-31" }]
  }
]
const engine = Engine.make({ packs: [demoPack], config: layers })

const zhejiang = record(1, { jurisdiction: "330106", employees: 150 })
const jiangsu = record(2, { jurisdiction: "320116", employees: 150 })
const jiangsuWaiverSubject = record(3, { jurisdiction: "320116", employees: 300 })
const elsewhere = record(4, { jurisdiction: "110101", employees: 75 })

describe("config layers by jurisdiction", () => {
  const report = engine.evaluate([zhejiang, jiangsu, jiangsuWaiverSubject, elsewhere], { asOf: "2023-01-01", include: "all" })
  const headcountOf = (i: number) => report.enterprises[i]!.findings.find((f) => f.ruleId === "demo/headcount")

  it("applies a province layer to its own enterprises only", () => {
    // 浙江: 150 ≤ 200 under the 浙江 layer
    expect(headcountOf(0)).toMatchObject({ outcome: "compliant", severity: "general" })
    // 江苏 (320116): the 浙江 layer does not apply; the 江苏 layer's 50 does
    expect(headcountOf(1)).toMatchObject({ outcome: "violation", severity: "major" })
    expect(report.enterprises[1]!.verdict).toBe("major-hazard")
    // 北京: national only
    expect(headcountOf(3)).toMatchObject({ outcome: "compliant", severity: "major" })
  })

  it("applies a county layer's waivers within the county only", () => {
    const f = headcountOf(2)
    expect(f).toMatchObject({ outcome: "violation", severity: "major" })
    expect(f?.waiver).toBeUndefined()
    expect(report.byOutcome.waived).toBe(0)
  })

  it("says a layer loosened national law only for the records it applied to", () => {
    const lax = [
      { kind: "severity", rule: "demo/headcount", national: "major", effective: "general", layer: "浙江省" },
      { kind: "param", rule: "demo/headcount", param: "limit", national: 100, effective: 200, layer: "浙江省" }
    ]
    expect(report.enterprises[0]!.laxerThanNational).toEqual(lax)
    expect(report.enterprises[1]!.laxerThanNational).toBeUndefined()
    expect(report.enterprises[3]!.laxerThanNational).toBeUndefined()
    expect(report.laxerThanNational).toEqual(lax)
    // a batch without a 浙江 enterprise reports nothing laxer
    expect(engine.evaluate([jiangsu, elsewhere], { asOf: "2023-01-01" }).laxerThanNational).toEqual([])
  })

  it("gives the same answers one record at a time, in any order, streamed or summarised", async () => {
    const plan = engine.plan("2023-01-01")
    const one = engine.evaluateRecord(jiangsu, 0, plan, "all")
    expect(one._tag === "evaluated" && one.findings.find((f) => f.ruleId === "demo/headcount")?.outcome).toBe("violation")
    const summary = await engine.summarize([elsewhere, zhejiang, jiangsu], { asOf: "2023-01-01" })
    expect(summary.verdicts["major-hazard"]).toBe(1)
    expect(summary.laxerThanNational).toHaveLength(2)
  })

  it("resolves each distinct jurisdiction once and shares the selection of equal layer sets", () => {
    const plan = engine.plan("2023-01-01")
    expect(plan.forJurisdiction("320116")).toBe(plan.forJurisdiction("320116"))
    // two 江苏 counties: the same layers apply, so the same selection
    expect(plan.forJurisdiction("320116")).toBe(plan.forJurisdiction("320506"))
    // outside every bound layer: the plan itself
    expect(plan.forJurisdiction("110101")).toBe(plan)
    expect(plan.forJurisdiction("330106")).not.toBe(plan.forJurisdiction("330102"))
  })

  it("rejects a jurisdiction that does not fit its layer", () => {
    const make = () =>
      Engine.make({
        packs: [demoPack],
        config: [
          { name: "国家", level: "national", jurisdiction: "100000" },
          { name: "某省", level: "province", jurisdiction: "330100" },
          { name: "某县", level: "county", jurisdiction: "33x" }
        ]
      })
    expect(make).toThrow(ConfigError)
    try {
      make()
    } catch (e) {
      const p = (e as ConfigError).problems
      expect(p).toContainEqual(expect.stringContaining("national layer applies everywhere and takes no jurisdiction"))
      expect(p).toContainEqual(expect.stringContaining("a province (省) code must end in 0000, got 330100"))
      expect(p).toContainEqual(expect.stringContaining('Expected a jurisdiction code (行政区划代码) of 6, 9 or 12 digits, got "33x"'))
    }
  })
})

describe("jurisdiction codes", () => {
  it("reads a level from a code's shape", () => {
    expect(["330000", "330100", "330106", "330106001", "330106001001", "33"].map(jurisdictionLevelOfCode))
      .toEqual(["province", "city", "county", "township", "village", undefined])
  })
  it("says whether a code lies within another", () => {
    expect(isCodeWithin("330106", "330000")).toBe(true)
    expect(isCodeWithin("330106001", "330100")).toBe(true)
    expect(isCodeWithin("330000", "330000")).toBe(true)
    expect(isCodeWithin("320116", "330000")).toBe(false)
    expect(isCodeWithin("330100", "330106")).toBe(false)
    expect(isCodeWithin("330000", "330100")).toBe(false)
    expect(isCodeWithin("330106", "330106001")).toBe(false)
  })
})
