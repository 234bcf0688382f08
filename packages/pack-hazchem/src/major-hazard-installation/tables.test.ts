import { describe, expect, it } from "vitest"
import {
  alphaBands,
  alphaFor,
  hazardCategories,
  hazardCategory,
  identifiableCategoryIds,
  isNamedSubstanceId,
  namedSubstance,
  namedSubstanceIds,
  namedSubstances,
  toxicGasBetaOf,
  toxicGasBetas
} from "./tables.ts"

describe("GB 18218-2018 表1 as recorded in gb18218-tables.md", () => {
  it("has the corrected critical quantities (not the obsolete 2000 values or the OCR-garbled copy)", () => {
    expect(namedSubstance("ammonia").criticalQuantity).toBe(10) // not 50 (GB 18218-2000)
    expect(namedSubstance("chlorine").criticalQuantity).toBe(5)
    expect(namedSubstance("gasoline").criticalQuantity).toBe(200) // not 500
    expect(namedSubstance("gasoline").cas).toBe("86290-81-5")
    expect(namedSubstance("hydrogen").criticalQuantity).toBe(5) // not 200 (garbled copy)
    expect(namedSubstance("methanol").criticalQuantity).toBe(500) // not 5 (garbled copy)
    expect(namedSubstance("phosgene").criticalQuantity).toBe(0.3)
    expect(namedSubstance("methyl-isocyanate").criticalQuantity).toBe(0.75)
    expect(namedSubstance("oxygen").criticalQuantity).toBe(200)
    expect(namedSubstance("guanidine-nitrate").criticalQuantity).toBe(50)
    expect(namedSubstance("ammonium-nitrate-combustible-over-0.2pct").criticalQuantity).toBe(5)
    expect(namedSubstance("ammonium-nitrate-combustible-max-0.2pct").criticalQuantity).toBe(50)
    expect(namedSubstance("ammonium-nitrate-fertiliser-combustible-max-0.4pct").criticalQuantity).toBe(200)
  })

  it("has unique ids and a source naming its 序号 on every row; CAS on every row but 序号 13, 45 and 74", () => {
    expect(new Set(namedSubstanceIds).size).toBe(namedSubstanceIds.length)
    expect(namedSubstances.map((s) => s.id)).toEqual([...namedSubstanceIds])
    for (const s of namedSubstances) expect(s.source).toMatch(new RegExp(`^gb18218-tables\\.md §1 表1 序号 ${s.seq};`))
    expect(namedSubstances.filter((s) => s.cas === undefined).map((s) => s.seq)).toEqual([13, 45, 74])
  })

  it("does not list 石脑油 (naphtha): it is not a 表1 substance", () => {
    expect(isNamedSubstanceId("naphtha")).toBe(false)
    expect(namedSubstances.some((s) => s.zh.includes("石脑油") || s.aliases.includes("石脑油"))).toBe(false)
  })
})

describe("表2 / 表4 categories", () => {
  it("has every 表2 critical quantity (24 rows), J4 50 t, J5 500 t, W5.1–W5.4 10/50/1000/5000 t", () => {
    // copied by hand from GB 18218-2018 表2 as gb18218-tables.md §2 prints it
    const q = Object.fromEntries(hazardCategories.flatMap((c) => (c.criticalQuantity === undefined ? [] : [[c.id, c.criticalQuantity]])))
    expect(q).toEqual({
      J1: 5, J2: 50, J3: 50, J4: 50, J5: 500,
      "W1.1": 1, "W1.2": 10, "W1.3": 50,
      W2: 10, W3: 150, W4: 50,
      "W5.1": 10, "W5.2": 50, "W5.3": 1000, "W5.4": 5000,
      "W6.1": 10, "W6.2": 50, "W7.1": 10, "W7.2": 50,
      W8: 50, "W9.1": 50, "W9.2": 200, W10: 200, W11: 200
    })
    expect(Object.keys(q)).toEqual([...identifiableCategoryIds])
    expect(hazardCategory("W3").criticalQuantityNote).toMatch(/净重/)
  })

  it("has the 表4 β values", () => {
    const beta = Object.fromEntries(hazardCategories.map((c) => [c.id, c.beta]))
    expect(beta).toEqual({
      J1: 4, J2: 1, J3: 2, J4: 2, J5: 1,
      "W1.1": 2, "W1.2": 2, "W1.3": 2,
      W2: 1.5, W3: 1, W4: 1,
      "W5.1": 1.5, "W5.2": 1, "W5.3": 1, "W5.4": 1,
      "W6.1": 1.5, "W6.2": 1, "W7.1": 1.5, "W7.2": 1,
      W8: 1, W9: 1, "W9.1": 1, "W9.2": 1, W10: 1, W11: 1
    })
    expect(hazardCategory("W9").criticalQuantity).toBeUndefined() // legacy "some W9.x": β only
  })
})

describe("表3 toxic-gas β", () => {
  it("gives the table values", () => {
    const beta = Object.fromEntries(toxicGasBetas.map((g) => [g.zh, g.beta]))
    expect(beta).toEqual({
      一氧化碳: 2, 二氧化硫: 2, 氨: 2, 环氧乙烷: 2,
      氯化氢: 3, 溴甲烷: 3,
      氯: 4,
      硫化氢: 5, 氟化氢: 5,
      二氧化氮: 10, 氰化氢: 10,
      碳酰氯: 20, 磷化氢: 20, 异氰酸甲酯: 20
    })
  })

  it("links the toxic gases that have a 表1 row, and only those", () => {
    expect(toxicGasBetaOf("hydrogen-sulfide")?.beta).toBe(5)
    expect(toxicGasBetaOf("phosgene")?.beta).toBe(20)
    expect(toxicGasBetaOf("methanol")).toBeUndefined()
    expect(toxicGasBetaOf("phosphine")?.beta).toBe(20)
    expect(toxicGasBetaOf("hydrogen-chloride")?.beta).toBe(3)
    // 一氧化碳 has no 表1 row of its own (表1 names CO only inside 序号 13 煤气)
    expect(toxicGasBetas.filter((g) => g.namedSubstance === undefined).map((g) => g.zh)).toEqual(["一氧化碳"])
  })
})

describe("表5 α", () => {
  it.each([
    [0, 0.5],
    [1, 1],
    [29, 1],
    [30, 1.2],
    [49, 1.2],
    [50, 1.5],
    [99, 1.5],
    [100, 2],
    [100_000, 2]
  ])("%i people → α %d", (people, alpha) => {
    expect(alphaFor(people).alpha).toBe(alpha)
  })

  it("covers every non-negative head-count with exactly one band", () => {
    for (let n = 0; n <= 150; n++) {
      expect(alphaBands.filter((b) => n >= b.min && (b.max === undefined || n <= b.max))).toHaveLength(1)
    }
  })

  it("rejects negative and fractional head-counts", () => {
    expect(() => alphaFor(-1)).toThrow(RangeError)
    expect(() => alphaFor(2.5)).toThrow(RangeError)
  })
})
