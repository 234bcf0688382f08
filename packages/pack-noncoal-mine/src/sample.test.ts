import { readFileSync } from "node:fs"
import { Engine } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { noncoalMinePack } from "./index.ts"

const json: unknown = JSON.parse(readFileSync(new URL("../sample/noncoal-mines.json", import.meta.url), "utf8"))
const engine = Engine.make({ packs: [noncoalMinePack] })
const report = engine.evaluate(json, { asOf: "2026-11-23" })

/** The findings kept (problems only), reduced to what the sample is about. */
const findingsOf = (index: number) =>
  report.enterprises[index]!.findings.map((f) => ({ ruleId: f.ruleId, outcome: f.outcome, citation: f.citation, evidence: f.evidence }))

describe("the bundled sample (sample/noncoal-mines.json), as of 2026-11-23", () => {
  it("evaluates both mines: two major hazards, nothing undecided", () => {
    expect(report.totals).toEqual({ records: 2, evaluated: 2, rejected: 0, findings: 144 })
    expect(report.verdicts).toEqual({ "major-hazard": 2, "general-hazard": 0, advisory: 0, "no-violation": 0 })
    expect(report.byPack["noncoal-mine"]).toEqual({ violation: 4, waived: 0, indeterminate: 0, error: 0, compliant: 54, "not-applicable": 86 })
  })

  it("the underground iron mine with its tailings pond: no ventilation test for 13 months without online monitoring, a phreatic line 0.4 m too shallow, fuel 35 m from an intake (补充情形)", () => {
    const mine = report.enterprises[0]!
    expect(mine.subject.name).toBe("滦平县示例铁矿有限公司")
    expect(mine.counts).toEqual({ violation: 3, waived: 0, indeterminate: 0, error: 0, compliant: 41, "not-applicable": 28 })
    expect(findingsOf(0)).toEqual([
      {
        ruleId: "noncoal-mine/ventilation",
        outcome: "violation",
        citation: { document: "noncoal-major-hazard-2022", article: 1, item: 20, verified: true },
        evidence: [{ path: "facts.underground.ventilation.onlineMonitoring", value: false }, { path: "facts.underground.ventilation.systemTests", value: ["2025-10-15"] }]
      },
      {
        ruleId: "noncoal-mine/phreatic-line",
        outcome: "violation",
        citation: { document: "noncoal-major-hazard-2022", article: 3, item: 7, verified: true },
        evidence: [{ path: "facts.tailingsPond.phreaticDepthM", value: 5.6 }, { path: "facts.tailingsPond.controlPhreaticDepthM", value: 6 }]
      },
      {
        ruleId: "noncoal-mine/flammables-near-intakes",
        outcome: "violation",
        citation: { document: "noncoal-major-hazard-supplement-2024", article: 1, item: 1, verified: false },
        evidence: [{ path: "facts.underground.flammablesStoredAtSurface", value: true }, { path: "facts.underground.flammablesDistanceM", value: 35 }]
      }
    ])
  })

  it("the open-pit limestone quarry: a 210 m pit slope without online monitoring; the underground and tailings-pond items not applicable", () => {
    const mine = report.enterprises[1]!
    expect(mine.counts).toEqual({ violation: 1, waived: 0, indeterminate: 0, error: 0, compliant: 13, "not-applicable": 58 })
    expect(findingsOf(1)).toEqual([{
      ruleId: "noncoal-mine/slope-monitoring",
      outcome: "violation",
      citation: { document: "noncoal-major-hazard-2022", article: 2, item: 7, verified: true },
      evidence: [{ path: "facts.openPit.pitSlopes[0].heightM", value: 210 }, { path: "facts.openPit.pitSlopes[0].onlineMonitoring", value: false }]
    }])
    expect(report.enterprises[1]!.findings[0]!.details?.["zh-CN"]).toBe("1. 采场边坡「北帮」：边坡高度为210m，不小于200m；设置边坡在线监测系统：否")
  })

  it("as of 2024-04-22 the supplement is not yet in force: the fuel store is no finding", () => {
    const before = engine.evaluate(json, { asOf: "2024-04-22" })
    expect(before.enterprises[0]!.findings.map((f) => f.ruleId)).not.toContain("noncoal-mine/flammables-near-intakes")
    expect(engine.evaluate(json, { asOf: "2024-04-23" }).enterprises[0]!.findings.map((f) => f.ruleId)).toContain("noncoal-mine/flammables-near-intakes")
  })
})
