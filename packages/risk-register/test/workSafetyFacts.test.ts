import { describe, expect, it } from "@effect/vitest"
import { Engine } from "@anquan/core"
import { InvalidInput } from "@anquan/hazard-ledger"
import { workSafetyLaw } from "@anquan/pack-work-safety-law"
import { Effect, Exit } from "effect"
import { defaultRiskConfig, riskRegisterFacts, riskRegisterFactsEffect } from "../src/index.ts"
import { ENT_A, ENT_B, point } from "./fixtures.ts"

const defined = <T extends object>(p: T): T => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as T

describe("riskRegisterFacts (the facts the work-safety-law dual-prevention rule reads)", () => {
  const points = [
    point({ id: "RP-1", name: "液氨储罐区", assessment: { method: "lec", L: 6, E: 6, C: 15 } }), // 540 major, one control
    point({ id: "RP-2", name: "氨压缩机房", assessment: { method: "direct", grade: "major", basis: "重大危险源" }, controls: [] }), // major, none
    point({ id: "RP-3", assessment: { method: "matrix", L: 3, S: 3 }, controls: [] }), // general, none: not a 重大 risk
    defined(point({ id: "RP-4", assessment: undefined as never, assessedOn: undefined as never })), // unassessed
    point({ id: "RP-5", enterprise: ENT_B, jurisdiction: "330102" }) // low, another enterprise
  ]

  it("lists each enterprise's 重大 risk points with their number of controls", () => {
    expect(riskRegisterFacts(points)).toEqual({
      [ENT_A]: {
        riskPoints: 4,
        unassessedRiskPoints: 1,
        majorRiskPoints: [{ id: "RP-1", name: "液氨储罐区", controls: 1 }, { id: "RP-2", name: "氨压缩机房", controls: 0 }]
      },
      [ENT_B]: { riskPoints: 1, unassessedRiskPoints: 0, majorRiskPoints: [] }
    })
  })

  it("grades under the configuration given", () => {
    // a stricter band: 重大 only above D = 600, so RP-1 (540) is 较大 and only RP-2 (direct) stays 重大
    const lec = { ...defaultRiskConfig.lec, bands: [{ grade: "major", above: 600 }, ...defaultRiskConfig.lec.bands.slice(1)] }
    const facts = riskRegisterFacts(points, { config: { ...defaultRiskConfig, lec } as never })
    expect(facts[ENT_A]?.majorRiskPoints).toEqual([{ id: "RP-2", name: "氨压缩机房", controls: 0 }])
  })

  it("refuses a point the configuration cannot grade, naming it, rather than leaving it out", () => {
    const bad = [point({ id: "RP-9", assessment: { method: "lec", L: 7, E: 6, C: 15 } })]
    expect(() => riskRegisterFacts(bad)).toThrow(InvalidInput)
    expect(() => riskRegisterFacts(bad)).toThrow(/RP-9 cannot be graded/)
  })

  it("refuses bad input with its path", () => {
    const exit = Effect.runSyncExit(riskRegisterFactsEffect({ riskPoints: [{ id: "RP-1" }] }))
    expect(Exit.isFailure(exit)).toBe(true)
    expect(String(exit)).toContain("riskPoints")
  })
})

describe("the facts in the work-safety-law pack's dual-prevention rule", () => {
  const rule = "work-safety-law/dual-prevention"
  const inPlace = { riskControlSystem: true, controlsByRiskLevel: true, hazardInvestigationSystem: true, hazardRecordsTruthful: true, hazardRecordsNotified: true }
  const record = (riskRegister: unknown) => ({
    creditCode: ENT_A,
    name: "瑞安某冷链物流有限公司",
    jurisdiction: "330381",
    sectors: ["industry-trade"],
    facts: { workSafety: { dualPrevention: riskRegister === undefined ? inPlace : { ...inPlace, riskRegister } } }
  })
  const finding = (riskRegister: unknown) =>
    Engine.make({ packs: [workSafetyLaw] }).evaluate([record(riskRegister)], { asOf: "2026-11-23", include: "all" }).enterprises[0]!.findings.find((f) => f.ruleId === rule)

  it("a 重大 risk point without controls is a violation", () => {
    const facts = riskRegisterFacts([
      point({ id: "RP-1", name: "液氨储罐区", assessment: { method: "lec", L: 6, E: 6, C: 15 } }),
      point({ id: "RP-2", name: "氨压缩机房", assessment: { method: "direct", grade: "major", basis: "重大危险源" }, controls: [] })
    ])
    const f = finding(facts[ENT_A])
    expect(f?.outcome).toBe("violation")
    expect(f?.details?.["zh-CN"]).toBe("重大风险点氨压缩机房（RP-2）未采取管控措施")
  })

  it("a register whose 重大 risks all have controls, and no register at all, leave the other facts to decide", () => {
    const facts = riskRegisterFacts([point({ id: "RP-1", assessment: { method: "lec", L: 6, E: 6, C: 15 } })])
    expect(finding(facts[ENT_A])?.outcome).toBe("compliant")
    expect(finding(undefined)?.outcome).toBe("compliant")
  })
})
