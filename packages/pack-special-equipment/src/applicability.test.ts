/**
 * Who is judged (issue 17): GB 45067-2024 binds every user of special equipment, so a 工贸 or
 * hazchem enterprise's register is judged here like a 特种设备使用单位's. Without a register the pack
 * names the missing register once (4.1 a), indeterminate) for a unit known or expected to use
 * special equipment, and says nothing (not applicable) for any other unit — never 47 duplicates.
 */
import { Engine } from "@anquan/core"
import { fixtures } from "@anquan/testing"
import { describe, expect, it } from "vitest"
import { specialEquipmentPack } from "./pack.ts"
import { entries } from "./testEntries.ts"
import { asOf } from "./testSupport.ts"

const engine = Engine.make({ packs: [specialEquipmentPack] })
const failedValve = { ...entries.boiler, reliefDevice: "failed" }

/** A unit of `sectors` whose section is `section` (absent when `undefined`). */
const unitOf = (sectors: ReadonlyArray<string>, section?: Record<string, unknown>) =>
  fixtures.enterprise({ sectors: sectors as any, facts: section === undefined ? undefined : { specialEquipment: section } })

const judge = (record: unknown, e: Engine.Engine = engine) => {
  const report = e.evaluate([record], { asOf, include: "all" })
  expect(report.totals.rejected).toBe(0)
  const findings = report.enterprises[0]!.findings
  const kept = findings.filter((f) => f.outcome === "violation" || f.outcome === "indeterminate")
  return {
    kept: kept.map((f) => ({ rule: f.ruleId, outcome: f.outcome, ...(f.outcome === "indeterminate" ? { missing: f.missing } : {}) })),
    notApplicable: findings.filter((f) => f.outcome === "not-applicable").length,
    total: findings.length
  }
}

const REGISTER_MISSING = [{ rule: "special-equipment/unlicensed-banned-or-scrapped", outcome: "indeterminate", missing: ["facts.equipment"] }]

describe("a unit that gives a register is judged by it, whatever its sectors", () => {
  for (const sectors of [["special-equipment"], ["industry-trade"], ["hazardous-chemicals"], ["metal-smelting"], ["construction"]]) {
    it(`${sectors.join(", ")}: a boiler whose safety valve failed is a 4.2 c) violation`, () => {
      const r = judge(unitOf(sectors, { equipment: [failedValve] }))
      expect(r.kept).toEqual([{ rule: "special-equipment/boiler-safety-valve", outcome: "violation" }])
      expect(r.total).toBe(47)
    })
  }
  it("an empty register is a known none: not applicable, nothing to name", () => {
    const r = judge(unitOf(["special-equipment"], { equipment: [] }))
    expect(r).toEqual({ kept: [], notApplicable: 47, total: 47 })
  })
  it("kinds in use beside a register are not read: the register decides", () => {
    const r = judge(unitOf(["industry-trade"], { equipment: [entries.boiler], kindsInUse: ["boiler", "crane"] }))
    expect(r.kept).toEqual([])
  })
})

describe("no register", () => {
  it("a 特种设备使用单位 (sector special-equipment): one indeterminate finding naming the register, not 47", () => {
    const r = judge(unitOf(["industry-trade", "special-equipment"]))
    expect(r.kept).toEqual(REGISTER_MISSING)
    expect(r.notApplicable).toBe(46)
  })
  it("the one finding names the register by its label", () => {
    const report = engine.evaluate([unitOf(["special-equipment"])], { asOf })
    const f = report.enterprises[0]!.findings
    expect(f.length).toBe(1)
    const d = specialEquipmentPack.rules[0]!.factDeclarations!["facts.equipment"]!
    expect(d.label).toEqual({ "zh-CN": "特种设备台账", en: "special-equipment register" })
  })
  it("a 工贸 enterprise whose section records boilers in use (no register): the same one finding — never a silent pass", () => {
    expect(judge(unitOf(["industry-trade"], { kindsInUse: ["boiler", "pressure-vessel"] })).kept).toEqual(REGISTER_MISSING)
    expect(judge(unitOf(["hazardous-chemicals"], { kindsInUse: ["pressure-vessel"] })).kept).toEqual(REGISTER_MISSING)
  })
  it("a 工贸 or hazchem enterprise not known to use special equipment: not applicable, no finding", () => {
    for (const sectors of [["industry-trade"], ["hazardous-chemicals"], ["coal-mine"]]) {
      expect(judge(unitOf(sectors))).toEqual({ kept: [], notApplicable: 47, total: 47 })
      expect(judge(unitOf(sectors, { kindsInUse: [] })).kept).toEqual([])
    }
  })
  it("config expects a register of every unit (registerExpected): the one finding for any sector; the national default does not", () => {
    const expecting = Engine.make({
      packs: [specialEquipmentPack],
      config: [{ name: "某省工贸专项", level: "province", rules: { "special-equipment/unlicensed-banned-or-scrapped": { params: { registerExpected: true } } } }]
    })
    expect(judge(unitOf(["industry-trade"]), expecting).kept).toEqual(REGISTER_MISSING)
    expect(judge(unitOf(["hazardous-chemicals"]), expecting).kept).toEqual(REGISTER_MISSING)
    expect(judge(unitOf(["industry-trade"])).kept).toEqual([])
    // a register given is judged as ever
    expect(judge(unitOf(["industry-trade"], { equipment: [failedValve] }), expecting).kept.map((k) => k.rule)).toEqual(["special-equipment/boiler-safety-valve"])
  })
  it("the not-applicable reasons say why", () => {
    const report = engine.evaluate([unitOf(["industry-trade"])], { asOf, include: "all" })
    const reasons = new Set(report.enterprises[0]!.findings.map((f) => (f.outcome === "not-applicable" ? JSON.stringify(f.reason ?? f.details) : "")))
    expect([...reasons].join("\n")).toContain("未提供特种设备台账")
  })
})
