import { describe, expect, it } from "vitest"
import { progress } from "../src/progress.ts"

describe("the 100-day campaign (seed 004) against the sample ledger", () => {
  it("as of 2024-09-10: in 集中整治, 5 of 6 units covered, 7 hazards found, 4 fixed, 2 overdue, targets not met", async () => {
    const { progress: p, text } = await progress("2024-09-10")
    expect(p.status).toBe("running")
    expect(p.currentPhases.map((x) => x.name)).toEqual(["集中整治"])
    expect([p.units.covered, p.units.inScope]).toEqual([5, 6])
    expect(p.hazards.total).toMatchObject({ found: 7, fixed: 4, overdue: 2 })
    expect(p.phases.map((ph) => [ph.name, ph.hazards.found, ph.hazards.fixed, ph.hazards.overdue])).toEqual([
      ["部署动员", 1, 1, 0],
      ["集中整治", 6, 3, 2],
      ["总结提高", 0, 0, 0]
    ])
    expect(p.targets.map((t) => [t.metric, t.numerator, t.denominator, t.met])).toEqual([
      ["inspection-coverage", 3, 4, false],
      ["rectification-rate", 3, 5, false]
    ])
    expect(text).toContain("uncovered: 样例铝业有限公司")
  })
})
