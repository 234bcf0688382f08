import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit } from "effect"
import { InvalidInput } from "@anquan/hazard-ledger"
import { defaultRiskConfig, riskMetrics, riskMetricsEffect } from "../src/index.ts"
import { ENT_B, point } from "./fixtures.ts"

describe("risk metrics", () => {
  const points = [
    point({ id: "RP-1", assessment: { method: "lec", L: 6, E: 6, C: 15 }, responsible: undefined as never }), // 540 major, no responsible
    point({ id: "RP-2", assessment: { method: "matrix", L: 4, S: 4 } }), // 16 significant
    point({ id: "RP-3", assessment: { method: "matrix", L: 3, S: 3 }, controls: [] }), // 9 general, no controls
    point({ id: "RP-4", jurisdiction: "330102", enterprise: ENT_B }), // 4 low
    point({ id: "RP-5", assessment: undefined as never, assessedOn: undefined as never }) // unassessed
  ].map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)))

  it("counts points by grade and by jurisdiction", () => {
    const m = riskMetrics(points, { asOf: "2026-01-02" })
    expect(m.total).toBe(5)
    expect(m.byGrade).toEqual({ major: 1, significant: 1, general: 1, low: 1, unassessed: 1 })
    expect(m.byJurisdiction).toEqual({
      "330381": { major: 1, significant: 1, general: 1, low: 0, unassessed: 1 },
      "330102": { major: 0, significant: 0, general: 0, low: 1, unassessed: 0 }
    })
  })

  it("a review is overdue the day after it is due, by the grade's interval", () => {
    // major: 30 days after 2026-01-01 = 2026-01-31
    expect(riskMetrics(points, { asOf: "2026-01-31" }).reviewsOverdue.count).toBe(0)
    const m = riskMetrics(points, { asOf: "2026-02-01" })
    expect(m.reviewsOverdue.points).toEqual([
      { id: "RP-1", name: "风险点 RP-1", enterprise: "91330381MA2L9RT6N9", jurisdiction: "330381", grade: "major", dueOn: "2026-01-31", daysOverdue: 1 }
    ])
    // significant: 90 days → 2026-04-01; a later review moves the due day
    expect(riskMetrics(points, { asOf: "2026-04-02" }).reviewsOverdue.points.map((p) => p.id)).toEqual(["RP-1", "RP-2"])
    const reviewed = points.map((p) => (p.id === "RP-1" ? { ...p, review: { lastReviewedOn: "2026-01-20" } } : p))
    expect(riskMetrics(reviewed, { asOf: "2026-02-01" }).reviewsOverdue.count).toBe(0)
    expect(riskMetrics(reviewed, { asOf: "2026-02-20" }).reviewsOverdue.points[0]).toMatchObject({ id: "RP-1", dueOn: "2026-02-19", daysOverdue: 1 })
    const own = points.map((p) => (p.id === "RP-4" ? { ...p, review: { intervalDays: 10 } } : p))
    expect(riskMetrics(own, { asOf: "2026-01-12" }).reviewsOverdue.points.map((p) => p.id)).toEqual(["RP-4"])
  })

  it("lists controls missing and 重大 risks without a responsible person", () => {
    const m = riskMetrics(points, { asOf: "2026-01-02" })
    expect(m.controlsMissing.points).toEqual([{ id: "RP-3", name: "风险点 RP-3", grade: "general", none: true, missingKinds: [] }])
    expect(m.majorWithoutResponsible.points).toEqual([{ id: "RP-1", name: "风险点 RP-1" }])
    const strict = { ...defaultRiskConfig, requiredControls: { ...defaultRiskConfig.requiredControls, significant: ["engineering", "emergency"] as const } }
    expect(riskMetrics(points, { asOf: "2026-01-02", config: strict }).controlsMissing.points.map((p) => [p.id, p.missingKinds])).toEqual([
      ["RP-2", ["emergency"]],
      ["RP-3", []]
    ])
  })

  it("lists the re-assessments a trigger after the assessment calls for", () => {
    const withTriggers = points.map((p) =>
      p.id === "RP-2"
        ? { ...p, triggers: [{ kind: "process-change", on: "2025-12-01" }, { kind: "hazard-found", on: "2026-03-01", ref: "YH-7" }] }
        : p
    )
    expect(riskMetrics(withTriggers, { asOf: "2026-02-01" }).reassessmentDue.count).toBe(0)
    expect(riskMetrics(withTriggers, { asOf: "2026-03-01" }).reassessmentDue.points).toEqual([
      { id: "RP-2", name: "风险点 RP-2", triggers: [{ kind: "hazard-found", on: "2026-03-01", ref: "YH-7" }] }
    ])
  })

  it("lists an assessment the configuration cannot grade instead of dropping it", () => {
    const m = riskMetrics([point({ id: "RP-9", assessment: { method: "lec", L: 2, E: 6, C: 7 } })], { asOf: "2026-01-02" })
    expect(m.ungradable).toEqual([{ id: "RP-9", issues: [{ path: ["L"], message: "L must be one of 10, 6, 3, 1, 0.5, 0.2, 0.1; got 2" }] }])
    expect(m.total).toBe(1)
  })

  it("rejects bad input with every problem and its path (Effect and plain)", () => {
    const bad = { riskPoints: [point({ id: "RP-1" }), { ...point({ id: "RP-1" }), kind: "room", enterprise: "123" }] }
    const exit = Effect.runSyncExit(riskMetricsEffect(bad, { asOf: "2026-01-02" }))
    expect(Exit.isFailure(exit)).toBe(true)
    let thrown: unknown
    try {
      riskMetrics(bad, { asOf: "2026-01-02" })
    } catch (e) {
      thrown = e
    }
    expect(thrown).toBeInstanceOf(InvalidInput)
    const paths = (thrown as InvalidInput).issues.map((i) => i.path.join("."))
    expect(paths).toContain("riskPoints.1.kind")
    expect(paths).toContain("riskPoints.1.enterprise")
    // duplicates are reported once the records decode
    expect(() => riskMetrics({ riskPoints: [point({ id: "RP-1" }), point({ id: "RP-1" })] }, { asOf: "2026-01-02" })).toThrow(/listed twice/)
    expect(() => riskMetrics([], { asOf: "2026-13-01" })).toThrow(/asOf/)
  })
})
