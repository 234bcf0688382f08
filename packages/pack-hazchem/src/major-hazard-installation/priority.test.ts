import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { grade, type GradeResult } from "./grade.ts"
import { identify } from "./identify.ts"
import { lookupByCas, lookupByName } from "./lookup.ts"
import { gradeOf, isMajorHazard } from "./quick.ts"
import { resolve } from "./resolve.ts"
import { hazardCategories, namedSubstances } from "./tables.ts"
import { HazardUnit, type SubstanceEntry } from "./Unit.ts"

const storage = (...substances: ReadonlyArray<SubstanceEntry>): HazardUnit => ({ kind: "storage", substances })
const decode = (u: unknown) => Schema.decodeUnknownResult(HazardUnit)(u, { errors: "all" })
const errorOf = (r: Result.Result<unknown, Schema.SchemaError>): string => (Result.isFailure(r) ? r.failure.message : "(decoded)")
const graded = (r: GradeResult) => {
  if (r._tag !== "Graded") throw new Error(`expected Graded, got ${r._tag}`)
  return r
}

const naphtha = (hazard: object, quantityTonnes = 500): SubstanceEntry =>
  ({ kind: "classified", name: "石脑油", quantityTonnes, hazards: [hazard] }) as SubstanceEntry

describe("石脑油 (naphtha): not in 表1, so by its 易燃液体 row (4.1.2 b)", () => {
  it("500 t of 类别1 → W5.1 (10 t): S = 50, a major hazard on its own; R = 75α", () => {
    const unit = storage(naphtha({ flammableLiquid: 1 }))
    expect(Result.isSuccess(decode(unit))).toBe(true)
    const r = identify(unit)
    expect(r).toMatchObject({ S: 50, isMajorHazard: true, open: [] })
    expect(r.contributions[0]).toMatchObject({ basis: "category", category: "W5.1", criticalQuantity: 10, ratio: 50 })
    expect(graded(grade(unit, { exposedPeople: 10 }))).toMatchObject({ R: 75, grade: 2 }) // α 1, β 1.5
    expect(graded(grade(unit, { exposedPeople: 100 }))).toMatchObject({ R: 150, grade: 1 }) // α 2
  })

  it("500 t of plain 类别2 (not above its boiling point, no special conditions) → W5.3 (1000 t): S = 0.5", () => {
    const unit = storage(naphtha({ flammableLiquid: 2, workingTemperatureAboveBoilingPoint: false, specialProcessConditions: false }))
    expect(identify(unit)).toMatchObject({ S: 0.5, isMajorHazard: false, open: [] })
    expect(grade(unit, { exposedPeople: 10 })._tag).toBe("NotMajorHazard")
  })

  it.each([
    [{ flammableLiquid: 2, workingTemperatureAboveBoilingPoint: true }, "W5.1", 10, 1.5],
    [{ flammableLiquid: 3, workingTemperatureAboveBoilingPoint: true, specialProcessConditions: false }, "W5.1", 10, 1.5],
    [{ flammableLiquid: 2, workingTemperatureAboveBoilingPoint: false, specialProcessConditions: true }, "W5.2", 50, 1],
    [{ flammableLiquid: 3, workingTemperatureAboveBoilingPoint: false, specialProcessConditions: true }, "W5.2", 50, 1],
    [{ flammableLiquid: 3, workingTemperatureAboveBoilingPoint: false, specialProcessConditions: false }, "W5.4", 5000, 1],
    [{ flammableLiquid: 1, workingTemperatureAboveBoilingPoint: false, specialProcessConditions: false }, "W5.1", 10, 1.5]
  ] as const)("%j → %s (Q %d t, β %d)", (hazard, category, Q, beta) => {
    const r = resolve(naphtha(hazard))
    expect(r).toMatchObject({ _tag: "Resolved", choice: { category, criticalQuantity: Q, beta } })
  })

  it("missing conditions are never guessed: 类别2 with none known is W5.1, W5.2 or W5.3", () => {
    const unit = storage(naphtha({ flammableLiquid: 2 }))
    const r = identify(unit)
    expect(r.isMajorHazard).toBeUndefined()
    expect(r).toMatchObject({ S: 0.5, SMax: 50, contributions: [] })
    expect(r.open).toEqual([{
      index: 0,
      missing: ["hazards[0].workingTemperatureAboveBoilingPoint", "hazards[0].specialProcessConditions"],
      criticalQuantities: [10, 50, 1000]
    }])
    // if it is a major hazard at all (W5.1: S = 50), R is 75 (二级); as W5.2, S = 10 and R = 10 (三级)
    expect(grade(unit, { exposedPeople: 10 })).toMatchObject({ _tag: "Indeterminate", missing: [{ index: 0 }], grades: { mostSevere: 2, leastSevere: 4 } })
    expect(isMajorHazard("storage", unit.substances)).toBeUndefined()
    expect(gradeOf("storage", unit.substances, 10)).toBe("Indeterminate")
  })

  it("but decided when every possibility agrees: 5 t of 类别2 is below 1 even at W5.1 (S ≤ 0.5)", () => {
    expect(identify(storage(naphtha({ flammableLiquid: 2 }, 5))).isMajorHazard).toBe(false)
    // 2 000 t: at least 2 (W5.3), a major hazard whatever the conditions; the grade stays open
    const big = storage(naphtha({ flammableLiquid: 2 }, 2000))
    expect(identify(big).isMajorHazard).toBe(true)
    expect(grade(big, { exposedPeople: 10 })).toMatchObject({ _tag: "Indeterminate", grades: { mostSevere: 1, leastSevere: 4 } })
  })

  it("rejects GHS 类别4, which has no 表2 row, at its path", () => {
    expect(errorOf(decode(storage(naphtha({ flammableLiquid: 4 }))))).toContain(`at ["substances"][0]["hazards"][0]["flammableLiquid"]`)
    expect(errorOf(decode(storage(naphtha({ flammableLiquid: 4 }))))).toContain("GHS category 4 has no GB 18218-2018 表2 row")
  })
})

describe("a substance named in 表1 takes its 表1 临界量 (4.1.2 a)", () => {
  it("汽油 200 t by its 表1 row (序号 66): S = 1, not W5.1's 10 t", () => {
    const r = identify(storage({ kind: "named", substance: "gasoline", quantityTonnes: 200 }))
    expect(r).toMatchObject({ S: 1, isMajorHazard: true })
    expect(r.contributions[0]).toMatchObject({ basis: "named", substance: "gasoline", criticalQuantity: 200 })
  })

  it("rejects 汽油 entered by category or hazards, by name, alias or CAS, pointing to its 表1 row", () => {
    const message = errorOf(decode(storage(
      { kind: "classified", name: "汽油", quantityTonnes: 1, hazards: [{ flammableLiquid: 1 }] },
      { kind: "category", category: "W5.1", quantityTonnes: 1, name: "乙醇汽油" },
      { kind: "classified", cas: "86290-81-5", quantityTonnes: 1, hazards: [{ flammableLiquid: 2 }] },
      { kind: "category", category: "J3", quantityTonnes: 1, name: "光气" }
    )))
    expect(message).toContain(`"汽油" is the GB 18218-2018 表1 substance "gasoline": enter it as { kind: "named", substance: "gasoline" }`)
    expect(message).toContain(`at ["substances"][0]["name"]`)
    expect(message).toContain(`at ["substances"][1]["name"]`)
    expect(message).toContain(`CAS 86290-81-5 is the GB 18218-2018 表1 substance "gasoline"`)
    expect(message).toContain(`at ["substances"][2]["cas"]`)
    expect(message).toContain(`"光气" is the GB 18218-2018 表1 substance "phosgene"`)
  })

  it("accepts a material outside a conditioned row (硝酸 ≤ 70 %, CAS 7697-37-2) by its 表2 hazards", () => {
    expect(Result.isSuccess(decode(storage({ kind: "classified", name: "硝酸(含硝酸65%)", cas: "7697-37-2", quantityTonnes: 10, hazards: [{ category: "W9.2" }] })))).toBe(true)
  })
})

describe("lookup by name, alias and CAS", () => {
  it("a named entry may give its 表1 row by id, name, alias or CAS; it decodes to the id", () => {
    const r = decode({
      kind: "storage",
      substances: [
        { kind: "named", substance: "液氨", quantityTonnes: 1 },
        { kind: "named", substance: "光气", quantityTonnes: 1 },
        { kind: "named", substance: "86290-81-5", quantityTonnes: 1 },
        { kind: "named", substance: "甲醛（含量＞90％）", quantityTonnes: 1 }
      ]
    })
    expect(Result.isSuccess(r) && r.success.substances.map((e) => (e.kind === "named" ? e.substance : e.kind))).toEqual([
      "ammonia", "phosgene", "gasoline", "formaldehyde-over-90pct"
    ])
  })

  it("a named entry by a CAS or name several rows share fails: the description decides, and the rows are listed", () => {
    const message = errorOf(decode({
      kind: "storage",
      substances: [
        { kind: "named", substance: "9004-70-0", quantityTonnes: 1 },
        { kind: "named", substance: "硝酸铵", quantityTonnes: 1 },
        { kind: "named", substance: "石脑油", quantityTonnes: 1 }
      ]
    }))
    expect(message).toContain("CAS 9004-70-0 matches GB 18218-2018 表1 only under the condition in the row's name")
    expect(message).toContain(`序号 37 硝化纤维素[干的或含水(或乙醇)<25%]`)
    expect(message).toContain(`at ["substances"][0]["substance"]`)
    expect(message).toContain(`"硝酸铵" matches GB 18218-2018 表1 only under the condition`)
    expect(message).toContain(`at ["substances"][1]["substance"]`)
    expect(message).toContain(`"石脑油" is in no row`)
    expect(message).toContain(`at ["substances"][2]["substance"]`)
  })

  it("finds a row by name, alias or CAS, full-width brackets or not", () => {
    expect(lookupByName("液氨")).toMatchObject({ _tag: "Found", row: { id: "ammonia" } })
    expect(lookupByName("TNT")).toMatchObject({ _tag: "Found", row: { seq: 35 } })
    expect(lookupByName("甲醛（含量＞90％）")).toMatchObject({ _tag: "Found", row: { id: "formaldehyde-over-90pct" } })
    expect(lookupByName("天然气")).toMatchObject({ _tag: "Found", row: { id: "methane" } })
    expect(lookupByCas("8006-14-2")).toMatchObject({ _tag: "Found", row: { id: "methane" } })
    expect(lookupByCas("106-97-8")).toMatchObject({ _tag: "Found", row: { id: "liquefied-petroleum-gas" } })
    expect(lookupByName("石脑油")).toEqual({ _tag: "NotFound" })
  })

  it("a CAS shared by several rows needs the description to choose, and says so", () => {
    const nc = lookupByCas("9004-70-0")
    expect(nc._tag).toBe("Conditioned")
    if (nc._tag !== "Conditioned") return
    expect(nc.rows.map((r) => r.seq)).toEqual([37, 38, 39, 40, 41, 42])
    expect(nc.message).toContain("CAS 9004-70-0 matches GB 18218-2018 表1 only under the condition in the row's name")
    expect(nc.message).toContain(`序号 39 硝化纤维素(含乙醇≥25%) ("nitrocellulose-ethanol-min-25pct", 10 t)`)
    const an = lookupByCas("6484-52-2")
    expect(an._tag === "Conditioned" && an.rows.map((r) => r.criticalQuantity)).toEqual([5, 50])
    expect(lookupByName("硝酸铵")).toMatchObject({ _tag: "Conditioned" })
    expect(lookupByName("硝化棉")._tag).toBe("Conditioned")
  })
})

describe("several 表2 hazards: the lowest 临界量 (4.1.2 b)", () => {
  it("a 类别2 flammable liquid that is also 急性毒性 J5 takes J5's 500 t (not W5.3's 1000 t), with J5's β", () => {
    const entry = {
      kind: "classified", name: "某有毒易燃液体", quantityTonnes: 500,
      hazards: [{ flammableLiquid: 2, workingTemperatureAboveBoilingPoint: false, specialProcessConditions: false }, { category: "J5" }]
    } as const
    expect(resolve(entry)).toMatchObject({ _tag: "Resolved", choice: { category: "J5", criticalQuantity: 500, beta: 1 } })
    expect(identify(storage(entry))).toMatchObject({ S: 1, isMajorHazard: true })
  })

  it("a 类别1 liquid that is also J2 takes W5.1's 10 t and β 1.5", () => {
    const r = resolve({ kind: "classified", quantityTonnes: 1, hazards: [{ category: "J2" }, { flammableLiquid: 1 }] })
    expect(r).toMatchObject({ _tag: "Resolved", choice: { category: "W5.1", criticalQuantity: 10, beta: 1.5 } })
  })

  it("decides despite missing flammable-liquid facts when another hazard is lower anyway (J1 gas 5 t)", () => {
    const r = resolve({ kind: "classified", quantityTonnes: 1, hazards: [{ flammableLiquid: 2 }, { category: "J1" }] })
    expect(r).toMatchObject({ _tag: "Resolved", choice: { category: "J1", criticalQuantity: 5, beta: 4 } })
  })

  it("leaves β unknown when the lowest Q is shared by rows of different β (J3 β 2, W4 β 1, both 50 t)", () => {
    const unit = storage({ kind: "classified", quantityTonnes: 100, hazards: [{ category: "J3" }, { category: "W4" }] })
    expect(identify(unit)).toMatchObject({ S: 2, isMajorHazard: true })
    expect(grade(unit, { exposedPeople: 10 })).toMatchObject({ _tag: "BetaUnknown", missing: [0] })
  })
})

describe("mixtures (4.2.3)", () => {
  it("of the pure substance's hazard category: the whole mixture counts as the pure substance (汽油 blend, 200 t)", () => {
    const entry = { kind: "mixture", name: "调和汽油", quantityTonnes: 100, pure: { substance: "gasoline", hazardClass: "W5.1" }, sameHazardCategoryAsPure: true } as const
    expect(Result.isSuccess(decode(storage(entry)))).toBe(true)
    expect(identify(storage(entry))).toMatchObject({ S: 0.5, contributions: [{ substance: "gasoline", criticalQuantity: 200 }] })
    expect(graded(grade(storage({ ...entry, quantityTonnes: 400 }), { exposedPeople: 10 }))).toMatchObject({ R: 3, grade: 4 })
  })

  it("of another category: its new category's 临界量", () => {
    const entry = {
      kind: "mixture", quantityTonnes: 100, pure: { substance: "methanol" }, sameHazardCategoryAsPure: false,
      hazards: [{ flammableLiquid: 3, workingTemperatureAboveBoilingPoint: false, specialProcessConditions: false }]
    } as const
    expect(identify(storage(entry))).toMatchObject({ S: 0.02, contributions: [{ category: "W5.4", criticalQuantity: 5000 }] })
  })

  it("unknown whether it keeps the pure substance's category: indeterminate, unless both ways agree", () => {
    // pure methanol 500 t (表1) or the mixture's own J1 5 t
    const open = identify(storage({ kind: "mixture", quantityTonnes: 100, pure: { substance: "methanol" }, hazards: [{ category: "J1" }] }))
    expect(open.isMajorHazard).toBeUndefined()
    expect(open.open[0]).toMatchObject({ missing: ["sameHazardCategoryAsPure"], criticalQuantities: [5, 500] })
    const agreeing = identify(storage({ kind: "mixture", quantityTonnes: 1000, pure: { substance: "methanol" }, hazards: [{ category: "J1" }] }))
    expect(agreeing.isMajorHazard).toBe(true) // 1000/500 = 2 or 1000/5 = 200: a major hazard either way
    const noOwn = identify(storage({ kind: "mixture", quantityTonnes: 1, pure: { substance: "methanol" }, sameHazardCategoryAsPure: false }))
    expect(noOwn.open[0]).toMatchObject({ missing: ["hazards"] })
  })
})

describe("the thresholds stay exact for every 表1 and 表2 row", () => {
  const entries: ReadonlyArray<readonly [string, (q: number) => SubstanceEntry, number]> = [
    ...namedSubstances.map((s) => [`表1 ${s.seq} ${s.zh}`, (q: number) => ({ kind: "named", substance: s.id, quantityTonnes: q, hazardClass: "W2" }) as SubstanceEntry, s.criticalQuantity] as const),
    ...hazardCategories.flatMap((c) =>
      c.criticalQuantity === undefined ? [] : [[`表2 ${c.id}`, (q: number) => ({ kind: "category", category: c.id, quantityTonnes: q }) as SubstanceEntry, c.criticalQuantity] as const]
    )
  ]

  it.each(entries)("%s: S = 1 at q = Q, in three parts (0.7 + 0.2 + 0.1) too; not a hair below", (_, make, Q) => {
    const part = (f: number) => Number((f * Q).toPrecision(12))
    for (const unit of [storage(make(Q)), storage(make(part(0.7)), make(part(0.2)), make(part(0.1)))]) {
      expect(identify(unit).isMajorHazard).toBe(true)
      expect(isMajorHazard(unit.kind, unit.substances)).toBe(true)
    }
    const below = storage(make(part(0.7)), make(part(0.2)), make(Number((0.1 * Q - Q * 1e-12).toPrecision(15))))
    expect(identify(below).isMajorHazard).toBe(false)
    expect(isMajorHazard(below.kind, below.substances)).toBe(false)
  })

  it("R = 10, 50 and 100 sit in the higher grade on a new row (W1.1: Q 1 t, β 2; α 1)", () => {
    const w11 = (q: number) => storage({ kind: "category", category: "W1.1", quantityTonnes: q })
    for (const [q, R, g] of [[5, 10, 3], [25, 50, 2], [50, 100, 1], [4.99, 9.98, 4]] as const) {
      expect(graded(grade(w11(q), { exposedPeople: 10 }))).toMatchObject({ R, grade: g })
      expect(gradeOf("storage", w11(q).substances, 10)).toBe(g)
    }
  })
})

describe("R = 10, 50 and 100 exactly, for every row whose β and an α allow a decimal q", () => {
  // q = R · Q / (α β) exactly, when that is a short decimal (never for β 1.5 or 3: every α β then has a factor 3)
  const decimalOf = (n: number, d: number): number | undefined => {
    for (let places = 0; places <= 6; places++) {
      const scaled = (n * 10 ** places) / d
      if (Number.isInteger(scaled) && Number.isSafeInteger(scaled)) return Number(`${scaled}e-${places}`)
    }
    return undefined
  }
  const alphas = [[0, 0.5], [10, 1], [30, 1.2], [50, 1.5], [100, 2]] as const
  const rows: ReadonlyArray<readonly [string, (q: number) => SubstanceEntry, number]> = [
    ...namedSubstances.map((s) => [`表1 ${s.seq}`, (q: number) => ({ kind: "named", substance: s.id, quantityTonnes: q, hazardClass: "W5.3" }) as SubstanceEntry, s.criticalQuantity] as const),
    ...hazardCategories.flatMap((c) =>
      c.criticalQuantity === undefined ? [] : [[`表2 ${c.id}`, (q: number) => ({ kind: "category", category: c.id, quantityTonnes: q }) as SubstanceEntry, c.criticalQuantity] as const]
    )
  ]

  it("sits in the higher grade at the threshold and the lower one a hair below, exactly and quickly", () => {
    const covered = new Set<string>()
    for (const [label, make, Q] of rows) {
      const beta = graded(grade(storage(make(Q * 1000)), { exposedPeople: 10 })).contributions[0]!.beta
      for (const [people, alpha] of alphas) {
        for (const [R, g] of [[10, 3], [50, 2], [100, 1]] as const) {
          // integers: R·Q·1000 / (α·β·1000), all three scaled to integers by 100
          const q = decimalOf(Math.round(R * Q * 1e4), Math.round(alpha * beta * 1e4))
          if (q === undefined || !(q > 0)) continue
          const at = storage(make(q))
          const atGrade = grade(at, { exposedPeople: people })
          if (atGrade._tag !== "Graded") continue // S < 1: not graded at all
          expect(atGrade.grade, `${label} α ${alpha} R ${R}`).toBe(g)
          expect(gradeOf("storage", at.substances, people)).toBe(g)
          const below = storage(make(Number((q - q * 1e-12).toPrecision(15))))
          const belowGrade = grade(below, { exposedPeople: people })
          // just below R = 10 can also be just below S = 1 (β α = 10): then it is no major hazard at all
          const expected = q === Q ? "NotMajorHazard" : g + 1
          expect(belowGrade._tag === "Graded" ? belowGrade.grade : belowGrade._tag, `${label} α ${alpha} just below R ${R}`).toBe(expected)
          expect(gradeOf("storage", below.substances, people)).toBe(expected)
          covered.add(label)
        }
      }
    }
    // every row but those whose β has a factor 3: 表1 11 氯化氢 and 17 溴甲烷 (表3 β 3), and the 表2 rows of β 1.5
    expect(rows.map(([l]) => l).filter((l) => !covered.has(l))).toEqual(["表1 11", "表1 17", "表2 W2", "表2 W5.1", "表2 W6.1", "表2 W7.1"])
  })
})
