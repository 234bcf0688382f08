import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { generateTable1 } from "./table1.generate.ts"
import { namedSubstance, namedSubstances } from "./tables.ts"
import { isValidCas } from "./Unit.ts"

/**
 * 临界量 of 表1 序号 1–85, typed by hand from GB 18218-2018 表1 as gb18218-tables.md §1 prints it —
 * an independent copy, not read from the markdown the data is generated from.
 */
const HAND_COPIED_Q = `
  10 1 1 20 1 0.3 10 5 1 5
  20 5 20 1 1 1 10 20 20 1
  20 20 100 1 1 75 20 20 20 0.75
  0.5 0.5 0.5 5 5 1 1 1 10 50
  50 50 5 50 200 1000 5 50 50 50
  5 50 5 1 50 200 50 500 500 50
  50 500 10 500 500 200 500 10 500 500
  10 10 50 1 1 20 20 100 100 20
  100 50 100 1 10
`.trim().split(/\s+/).map(Number)

describe("GB 18218-2018 表1 — all 85 rows", () => {
  it("has 85 rows numbered 1–85 in order", () => {
    expect(namedSubstances).toHaveLength(85)
    expect(namedSubstances.map((s) => s.seq)).toEqual(Array.from({ length: 85 }, (_, i) => i + 1))
  })

  it.each(namedSubstances.map((s) => [s.seq, s.zh, s] as const))("序号 %i %s has the 临界量 of the hand-copied table", (seq, _zh, s) => {
    expect(HAND_COPIED_Q).toHaveLength(85)
    expect(s.criticalQuantity).toBe(HAND_COPIED_Q[seq - 1])
  })

  it("has the hand-copied rows (name, CAS, 临界量)", () => {
    const row = (id: Parameters<typeof namedSubstance>[0]) => {
      const s = namedSubstance(id)
      return [s.seq, s.zh, s.casNumbers, s.criticalQuantity]
    }
    expect(row("ammonia")).toEqual([1, "氨", ["7664-41-7"], 10])
    expect(row("phosgene")).toEqual([6, "碳酰氯", ["75-44-5"], 0.3])
    expect(row("coal-gas")).toEqual([13, "煤气(CO,CO和H₂、CH₄的混合物等)", [], 20])
    expect(row("allylamine")).toEqual([27, "3-氨基丙烯", ["107-11-9"], 20]) // D3: 20, not [NEAU]'s 75
    expect(row("methyl-isocyanate")).toEqual([30, "异氰酸甲酯", ["624-83-9"], 0.75])
    expect(row("barium-azide")).toEqual([31, "叠氮化钡", ["18810-58-7"], 0.5])
    expect(row("nitrocellulose-solution")).toEqual([42, "硝化纤维素溶液(含氮量≤12.6%,含硝化纤维素≤55%)", ["9004-70-0"], 50]) // D4: ≤55 %
    expect(row("ammonium-nitrate-fertiliser-combustible-max-0.4pct")).toEqual([45, "硝酸铵肥料(含可燃物≤0.4%)", [], 200])
    expect(row("potassium-nitrate")).toEqual([46, "硝酸钾", ["7757-79-1"], 1000])
    expect(row("methane")).toEqual([49, "甲烷,天然气", ["74-82-8", "8006-14-2"], 50])
    expect(row("liquefied-petroleum-gas")).toEqual([52, "液化石油气(含丙烷、丁烷及其混合物)", ["68476-85-7", "74-98-6", "106-97-8"], 50])
    expect(row("gasoline")).toEqual([66, "汽油(乙醇汽油、甲醇汽油)", ["86290-81-5"], 200])
    expect(row("sodium")).toEqual([85, "钠", ["7440-23-5"], 10])
    expect(namedSubstance("stibine").aliases).toEqual(["三氢化锑", "锑化三氢", "䏲"]) // D1
    expect(namedSubstance("gasoline").aliases).toEqual(["汽油", "乙醇汽油", "甲醇汽油"])
  })

  it("has valid CAS check digits; only 9004-70-0 (six rows) and 6484-52-2 (two) are shared", () => {
    const rowsByCas = new Map<string, Array<number>>()
    for (const s of namedSubstances) {
      for (const cas of s.casNumbers) {
        expect(isValidCas(cas), `${s.seq} ${cas}`).toBe(true)
        rowsByCas.set(cas, [...(rowsByCas.get(cas) ?? []), s.seq])
      }
    }
    expect(rowsByCas.size).toBe(79) // "All 79 distinct CAS numbers" (gb18218-tables.md §1)
    expect([...rowsByCas].filter(([, rows]) => rows.length > 1)).toEqual([
      ["9004-70-0", [37, 38, 39, 40, 41, 42]],
      ["6484-52-2", [43, 44]]
    ])
  })

  it("marks the conditioned rows of gb18218-tables.md §3.4 (8, 11, 37–45, 56, 72, 81)", () => {
    expect(namedSubstances.filter((s) => s.conditioned).map((s) => s.seq)).toEqual([8, 11, 37, 38, 39, 40, 41, 42, 43, 44, 45, 56, 72, 81])
  })

  it("does not list 石脑油, 柴油, 煤油 or 原油", () => {
    for (const name of ["石脑油", "柴油", "煤油", "原油"]) {
      expect(namedSubstances.some((s) => s.zh.includes(name) || s.aliases.includes(name))).toBe(false)
    }
  })

  it("table1.generated.ts is what table1.generate.ts makes of data/gb18218-tables.md", () => {
    const markdown = readFileSync(new URL("../../data/gb18218-tables.md", import.meta.url), "utf8")
    const committed = readFileSync(new URL("./table1.generated.ts", import.meta.url), "utf8")
    expect(committed, "stale: run node packages/pack-hazchem/src/major-hazard-installation/table1.generate.ts").toBe(generateTable1(markdown))
  })
})
