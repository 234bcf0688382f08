import { describe, expect, it } from "vitest"
import { identify } from "./identify.ts"
import type { HazardUnit } from "./Unit.ts"

const storage = (...substances: HazardUnit["substances"]): HazardUnit => ({ kind: "storage", substances })

describe("identify — S = Σ q/Q, major hazard when S ≥ 1", () => {
  it("S exactly 1 is a major hazard (液氨 10 t, Q = 10 t)", () => {
    const r = identify(storage({ kind: "named", substance: "ammonia", quantityTonnes: 10 }))
    expect(r.S).toBe(1)
    expect(r.isMajorHazard).toBe(true)
  })

  it("just under 1 is not (液氨 9.999 t)", () => {
    const r = identify(storage({ kind: "named", substance: "ammonia", quantityTonnes: 9.999 }))
    expect(r.S).toBeCloseTo(0.9999, 12)
    expect(r.isMajorHazard).toBe(false)
  })

  it("decides S = 1 exactly when floating point would say 0.9999999999999999", () => {
    // 氯 3.5 t / 5 t = 0.7; 氢 1 t / 5 t = 0.2; 氨 1 t / 10 t = 0.1. In floating point 0.7 + 0.2 + 0.1 < 1.
    const r = identify(storage(
      { kind: "named", substance: "chlorine", quantityTonnes: 3.5 },
      { kind: "named", substance: "hydrogen", quantityTonnes: 1 },
      { kind: "named", substance: "ammonia", quantityTonnes: 1 }
    ))
    expect(r.S).toBe(1)
    expect(r.isMajorHazard).toBe(true)
  })

  it("uses the 表2 critical quantity for a category entry (J4 50 t, J5 500 t)", () => {
    const r = identify(storage(
      { kind: "category", category: "J4", quantityTonnes: 25 },
      { kind: "category", category: "J5", quantityTonnes: 250 }
    ))
    expect(r.contributions.map((c) => [c.criticalQuantity, c.ratio])).toEqual([[50, 0.5], [500, 0.5]])
    expect(r.S).toBe(1)
    expect(r.isMajorHazard).toBe(true)
  })

  it("reports each substance's contribution", () => {
    const r = identify({
      id: "T-1",
      kind: "storage",
      substances: [
        { kind: "named", substance: "gasoline", quantityTonnes: 150, label: "V-101" },
        { kind: "category", category: "J1", quantityTonnes: 1 }
      ]
    })
    expect(r).toEqual({
      unitKind: "storage",
      unitId: "T-1",
      S: 0.95,
      isMajorHazard: false,
      contributions: [
        { index: 0, basis: "named", substance: "gasoline", zh: "汽油(乙醇汽油、甲醇汽油)", quantityTonnes: 150, criticalQuantity: 200, ratio: 0.75 },
        {
          index: 1, basis: "category", category: "J1", zh: "J1 急性毒性 类别1,所有暴露途径,气体",
          quantityTonnes: 1, criticalQuantity: 5, ratio: 0.2
        }
      ],
      open: []
    })
  })

  it("an empty unit has S = 0", () => {
    expect(identify({ kind: "production", substances: [] })).toEqual({ unitKind: "production", S: 0, isMajorHazard: false, contributions: [], open: [] })
  })

  it("throws on input the schema would have rejected", () => {
    expect(() => identify(storage({ kind: "named", substance: "ammonia", quantityTonnes: -1 }))).toThrow(RangeError)
    expect(() => identify(storage({ kind: "category", category: "W9" as never, quantityTonnes: 1 }))).toThrow(/no critical quantity/)
  })
})
