import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { betaOf, grade, gradeFor, type GradeResult } from "./grade.ts"
import { GradableHazardUnit, type HazardUnit } from "./Unit.ts"

const storage = (...substances: HazardUnit["substances"]): HazardUnit => ({ kind: "storage", substances })

const graded = (r: GradeResult) => {
  if (r._tag !== "Graded") throw new Error(`expected Graded, got ${r._tag}`)
  return r
}

describe("gradeFor — 表6 thresholds", () => {
  it.each([
    [100, 1], [1000, 1], [99.99, 2], [50, 2], [49.99, 3], [10, 3], [9.99, 4], [0, 4]
  ] as const)("R = %d → grade %i", (R, g) => {
    expect(gradeFor(R)).toBe(g)
  })
})

describe("grade — R = α Σ β q/Q", () => {
  // 氯: Q = 5 t, β = 4 (表3). 10 people → α = 1. R = 4 · q / 5.
  const chlorine = (q: number) => storage({ kind: "named", substance: "chlorine", quantityTonnes: q })

  it.each([
    [125, 100, 1],
    [124.99, 99.992, 2],
    [62.5, 50, 2],
    [62.49, 49.992, 3],
    [12.5, 10, 3],
    [12.49, 9.992, 4]
  ] as const)("氯 %d t, α 1 → R %d, grade %i", (q, R, g) => {
    const r = graded(grade(chlorine(q), { exposedPeople: 10 }))
    expect(r.R).toBeCloseTo(R, 9)
    expect(r.grade).toBe(g)
    expect(r.alpha).toBe(1)
  })

  it("R = 10, 50 and 100 exactly sit in the higher grade", () => {
    expect(graded(grade(chlorine(12.5), { exposedPeople: 1 }))).toMatchObject({ R: 10, grade: 3 })
    expect(graded(grade(chlorine(62.5), { exposedPeople: 29 }))).toMatchObject({ R: 50, grade: 2 })
    expect(graded(grade(chlorine(125), { exposedPeople: 5 }))).toMatchObject({ R: 100, grade: 1 })
  })

  it("decides R = 100 exactly where floating point gives 99.99999999999999", () => {
    // α = 1.5 (50 people). 异氰酸甲酯 1.75 t: β 20 × 1.75/0.75 = 140/3. 光气 0.3 t: β 20 × 0.3/0.3 = 20.
    // Σ = 200/3; R = 1.5 × 200/3 = 100 → 一级. Naive floating point: 99.99999999999999.
    expect(1.5 * (20 * 1.75 / 0.75 + 20 * 0.3 / 0.3)).toBeLessThan(100)
    const r = graded(grade(storage(
      { kind: "named", substance: "methyl-isocyanate", quantityTonnes: 1.75 },
      { kind: "named", substance: "phosgene", quantityTonnes: 0.3 }
    ), { exposedPeople: 50 }))
    expect(r.R).toBe(100)
    expect(r.grade).toBe(1)
  })

  it.each([
    [0, 0.5], [1, 1], [29, 1], [30, 1.2], [49, 1.2], [50, 1.5], [99, 1.5], [100, 2]
  ] as const)("α at the band edges: %i people → α %d", (people, alpha) => {
    // 液氨 20 t: S = 2, Σ β q/Q = 2 × 2 = 4, R = 4α.
    const r = graded(grade(storage({ kind: "named", substance: "ammonia", quantityTonnes: 20 }), { exposedPeople: people }))
    expect(r.alpha).toBe(alpha)
    expect(r.R).toBeCloseTo(4 * alpha, 12)
  })

  it("takes β of a toxic gas from 表3 (硫化氢 5), ignoring a declared hazard class", () => {
    const unit = storage({ kind: "named", substance: "hydrogen-sulfide", quantityTonnes: 5, hazardClass: "W2" })
    expect(betaOf(unit, 0)).toEqual({ beta: 5, basis: "toxic-gas-table" })
    const r = graded(grade(unit, { exposedPeople: 0 }))
    expect(r.contributions[0]).toMatchObject({ beta: 5, betaBasis: "toxic-gas-table", ratio: 1, weighted: 5 })
    expect(r.R).toBe(2.5) // α 0.5 × 5
    expect(r.grade).toBe(4)
  })

  it("grades a worked mixed example", () => {
    // A 储存单元 with 120 people within 500 m of the plant boundary (α = 2, ≥ 100):
    //   液氨 60 t:        q/Q = 60/10 = 6,  β = 2 (表3 toxic gas)          → β q/Q = 12
    //   液化石油气 100 t: q/Q = 100/50 = 2, β = 1.5 (declared W2, 表4)     → β q/Q = 3
    //   J1 gas 5 t:       q/Q = 5/5 = 1,    β = 4 (category J1, 表4)       → β q/Q = 4
    // S = 6 + 2 + 1 = 9 ≥ 1 → 重大危险源.  R = 2 × (12 + 3 + 4) = 38 → 10 ≤ 38 < 50 → 三级.
    const r = graded(grade({
      id: "tank-farm-A",
      kind: "storage",
      substances: [
        { kind: "named", substance: "ammonia", quantityTonnes: 60 },
        { kind: "named", substance: "liquefied-petroleum-gas", quantityTonnes: 100, hazardClass: "W2" },
        { kind: "category", category: "J1", quantityTonnes: 5, name: "毒性气体 X" }
      ]
    }, { exposedPeople: 120 }))
    expect(r.identification.S).toBe(9)
    expect(r.identification.isMajorHazard).toBe(true)
    expect(r.contributions.map((c) => [c.ratio, c.beta, c.betaBasis, c.weighted])).toEqual([
      [6, 2, "toxic-gas-table", 12],
      [2, 1.5, "hazard-class", 3],
      [1, 4, "category", 4]
    ])
    expect(r.alpha).toBe(2)
    expect(r.alphaBand.zh).toBe("100人以上")
    expect(r.R).toBe(38)
    expect(r.grade).toBe(3)
  })

  it("does not grade a unit that is not a major hazard", () => {
    const r = grade(chlorine(4.99), { exposedPeople: 500 })
    expect(r._tag).toBe("NotMajorHazard")
    expect(r.identification.isMajorHazard).toBe(false)
  })

  it("reports BetaUnknown for a named non-toxic-gas substance without a hazard class", () => {
    const unit = storage(
      { kind: "named", substance: "methanol", quantityTonnes: 600 },
      { kind: "named", substance: "ammonia", quantityTonnes: 1 }
    )
    expect(grade(unit, { exposedPeople: 10 })).toMatchObject({ _tag: "BetaUnknown", missing: [0] })
    const r = Schema.decodeUnknownResult(GradableHazardUnit)(unit)
    expect(r._tag).toBe("Failure")
    if (r._tag === "Failure") {
      expect(r.failure.message).toContain(`at ["substances"][0]["hazardClass"]`)
    }
  })

  it("rejects a bad head-count", () => {
    expect(() => grade(chlorine(125), { exposedPeople: -3 })).toThrow(RangeError)
  })
})
