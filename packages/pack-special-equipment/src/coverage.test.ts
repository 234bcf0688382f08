import { PackTester } from "@anquan/testing"
import { describe, expect, it } from "vitest"
import { specialEquipmentPack } from "./index.ts"
import { items } from "./rules/items.ts"

/**
 * GB 45067-2024's numbering: 4.1 to 4.10 with 4, 7, 6, 2, 3, 5, 5, 5, 5, 5 lettered items — 47
 * (sector-criteria.md §15; 4.1 d) is the pointer to 4.2–4.10 and has its rule).
 */
const clauses = { "4.1": 4, "4.2": 7, "4.3": 6, "4.4": 2, "4.5": 3, "4.6": 5, "4.7": 5, "4.8": 5, "4.9": 5, "4.10": 5 }

PackTester.coverage(specialEquipmentPack, { document: "special-equipment-major-hazard-gb45067-2024", clauses })

describe("the 47 items", () => {
  it("one rule each, cited by clause and letter", () => {
    expect(items.length).toBe(47)
    const cited = items.map((r) => `${r.citation.clause} ${r.citation.letter})`)
    expect(new Set(cited).size).toBe(47)
    expect(cited.slice(0, 5)).toEqual(["4.1 a)", "4.1 b)", "4.1 c)", "4.1 d)", "4.2 a)"])
    expect(cited.at(-1)).toBe("4.10 e)")
    for (const r of items) expect([r.citation.article, r.citation.item]).toEqual([undefined, undefined])
  })
  it("a missing item or one outside the numbering fails the coverage check", () => {
    const without = { ...specialEquipmentPack, rules: specialEquipmentPack.rules.filter((r) => !(r.citation.clause === "4.6" && r.citation.letter === "e")) }
    const covered = PackTester.coveredProvisions(without, "special-equipment-major-hazard-gb45067-2024")
    const expected = PackTester.expectedProvisions({ document: "special-equipment-major-hazard-gb45067-2024", clauses })
    expect(expected.length).toBe(47)
    expect(expected.filter((p) => !covered.has(p))).toEqual(["clause 4.6 e)"])
    expect(PackTester.expectedProvisions({ document: "x", clauses: { "4.6": 4 } })).not.toContain("clause 4.6 e)")
  })
  it("every rule is a 重大事故隐患 in force from 2024-12-01 for units of every sector (the register decides), its wording verified", () => {
    for (const rule of specialEquipmentPack.rules) {
      expect(rule.severity).toBe("major")
      expect(rule.appliesTo.sectors).toBeUndefined()
      expect(rule.effective.from.toISOString().slice(0, 10)).toBe("2024-12-01")
      expect(rule.citation.verified).toBe(true)
    }
  })
  it("仍继续使用 is read by every item except 4.5 a) and b)", () => {
    const without = specialEquipmentPack.rules.filter((r) => !r.reads.some((p) => p === "facts.equipment[].inUse" || p.endsWith(".inUse") || p === "inUse"))
    expect(without.map((r) => `${r.citation.clause} ${r.citation.letter})`)).toEqual(["4.5 a)", "4.5 b)"])
  })
})
