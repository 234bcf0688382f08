import { readFileSync } from "node:fs"
import { Engine } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { coalMinePack } from "./index.ts"

const json: unknown = JSON.parse(readFileSync(new URL("../sample/coal-mines.json", import.meta.url), "utf8"))
const engine = Engine.make({ packs: [coalMinePack] })
const report = engine.evaluate(json, { asOf: "2026-11-23" })

/** The findings kept (problems only), reduced to what the sample is about. */
const findingsOf = (index: number) =>
  report.enterprises[index]!.findings.map((f) => ({ ruleId: f.ruleId, outcome: f.outcome, citation: f.citation, evidence: f.evidence }))

describe("the bundled sample (sample/coal-mines.json), as of 2026-11-23", () => {
  it("evaluates both mines: two major hazards, nothing undecided", () => {
    expect(report.totals).toEqual({ records: 2, evaluated: 2, rejected: 0, findings: 246 })
    expect(report.verdicts).toEqual({ "major-hazard": 2, "general-hazard": 0, advisory: 0, "no-violation": 0 })
    expect(report.byPack["coal-mine"]).toEqual({ violation: 5, waived: 0, indeterminate: 0, error: 0, compliant: 98, "not-applicable": 143 })
  })

  it("the underground high-gas mine: a quarter over 30 %, CH₄ 1.0 % in a return without stopping work, a coal heading without dual fans", () => {
    const mine = report.enterprises[0]!
    expect(mine.subject.name).toBe("泽州县示例晋丰煤业有限公司")
    expect(mine.counts).toEqual({ violation: 3, waived: 0, indeterminate: 0, error: 0, compliant: 83, "not-applicable": 37 })
    expect(findingsOf(0)).toEqual([
      {
        ruleId: "coal-mine/output-over-capacity",
        outcome: "violation",
        citation: { document: "coal-major-hazard-2026", article: 4, item: 1, verified: true },
        evidence: [{ path: "facts.mineType", value: "underground" }, { path: "facts.quarterlyOutputs[1].rawCoal", value: 36.5 }, { path: "facts.ratedCapacity", value: 120 }]
      },
      {
        ruleId: "coal-mine/return-air-gas-not-acted-on",
        outcome: "violation",
        citation: { document: "coal-major-hazard-2026", article: 5, item: 1, verified: true },
        evidence: [{ path: "facts.gasReadings[0].place", value: "face-return" }, { path: "facts.gasReadings[0].ch4", value: 1 }, { path: "facts.gasReadings[0].workStopped", value: false }]
      },
      {
        ruleId: "coal-mine/auxiliary-fan-dual-supply",
        outcome: "violation",
        citation: { document: "coal-major-hazard-2026", article: 8, item: 14, verified: true },
        evidence: [{ path: "facts.headings[0].kind", value: "coal" }, { path: "facts.headings[0].auxiliaryFan", value: true }, { path: "facts.headings[0].dualFansDualPowerAutoSwitch", value: false }]
      }
    ])
  })

  it("the open-pit mine: a final wall steeper than designed, stripping let to 2 contractors; the underground-only 情形 not applicable", () => {
    const mine = report.enterprises[1]!
    expect(mine.counts).toEqual({ violation: 2, waived: 0, indeterminate: 0, error: 0, compliant: 15, "not-applicable": 106 })
    expect(findingsOf(1).map((f) => [f.ruleId, f.citation.article, f.citation.item])).toEqual([
      ["coal-mine/final-wall-too-steep", 15, 1],
      ["coal-mine/stripping-contracting", 20, 1]
    ])
  })

  it("every finding is major and cites the 2026 text; every rule also cites 《煤矿安全生产条例》第三十六条", () => {
    const full = engine.evaluate(json, { asOf: "2026-11-23", include: "all" })
    for (const e of full.enterprises) {
      for (const f of e.findings) {
        expect(f.severity).toBe("major")
        expect(f.citation.document).toBe("coal-major-hazard-2026")
      }
    }
    for (const rule of coalMinePack.rules.filter((r) => r.citation.document === "coal-major-hazard-2026")) {
      expect(rule.legalBases).toEqual([{ document: "coal-safety-regulation-2024", article: 36, item: rule.citation.article! - 3, verified: true }])
    }
  })

  it("as of 2026-06-30 the 17 items of 《煤矿安全生产条例》第三十六条 apply instead: the sample records no 第三十六条 findings, so they are undecided, except the open-pit wall steeper than designed (第三十六条(十二) in its own words)", () => {
    const before = engine.evaluate(json, { asOf: "2026-06-30" })
    expect(before.byPack["coal-mine"]).toEqual({ violation: 1, waived: 0, indeterminate: 29, error: 0, compliant: 0, "not-applicable": 4 })
    expect(before.enterprises[1]!.findings.find((f) => f.outcome === "violation")).toMatchObject({
      ruleId: "coal-mine/regulation-36-slope",
      citation: { document: "coal-safety-regulation-2024", article: 36, item: 12, verified: true },
      evidence: [{ path: "facts.finalWalls[0].slopeAngle", value: 39.5 }, { path: "facts.finalWalls[0].designMaxAngle", value: 38 }]
    })
    expect(engine.evaluate(json, { asOf: "2026-07-01" }).byPack["coal-mine"]!.violation).toBeGreaterThan(0)
  })
})
