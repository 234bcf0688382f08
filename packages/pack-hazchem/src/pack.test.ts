import { Registry } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { hazchemPack } from "./pack.ts"
import { majorHazardItemRules, permitRules } from "./rules/index.ts"

describe("hazchemPack metadata", () => {
  it("registers without problems", () => {
    expect(Registry.validate([hazchemPack])).toEqual([])
  })

  it("has the 20 items in order, each major, hazardous-chemicals, from 2017-11-13 with no end", () => {
    expect(majorHazardItemRules.map((r) => r.citation.item)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    for (const r of majorHazardItemRules) {
      expect(r.id).toMatch(/^hazchem\/[a-z0-9]+(?:-[a-z0-9]+)*$/)
      expect(r.severity).toBe("major")
      expect(r.appliesTo).toEqual({ sectors: ["hazardous-chemicals"] })
      expect(r.effective).toEqual({ from: new Date("2017-11-13T00:00:00Z") })
      expect(r.citation.document).toBe("hazchem-major-hazard-2017")
    }
  })

  it("marks items 1–15 verified and 16–20 unverified (secondary sources only)", () => {
    expect(majorHazardItemRules.map((r) => r.citation.verified)).toEqual([
      ...Array<boolean>(15).fill(true),
      ...Array<boolean>(5).fill(false)
    ])
  })

  it("cites 危险化学品安全法 only as an unverified legal basis, and only the articles regulations.md §7b gives", () => {
    const cited = hazchemPack.rules.flatMap((r) => [r.citation, ...r.legalBases, ...r.penalties]).filter((c) => c.document === "hazchem-safety-law-2026")
    expect(cited.every((c) => c.verified === false)).toBe(true)
    expect([...new Set(cited.map((c) => c.article))].sort((a, b) => a! - b!)).toEqual([5, 34, 36, 37, 38])
    const byItem = Object.fromEntries(
      majorHazardItemRules.map((r) => [r.citation.item, r.legalBases.filter((c) => c.document === "hazchem-safety-law-2026").map((c) => c.article)])
    )
    expect(byItem).toEqual({
      1: [], 2: [], 3: [], 4: [36], 5: [36], 6: [], 7: [], 8: [], 9: [], 10: [],
      11: [34], 12: [37, 38], 13: [], 14: [], 15: [37, 38], 16: [5], 17: [], 18: [], 19: [], 20: []
    })
  })

  it("exposes every item to 安全生产法 第一百零二条 (未采取措施消除事故隐患)", () => {
    for (const r of majorHazardItemRules) {
      expect(r.penalties).toContainEqual({ document: "work-safety-law-2021", article: 102, verified: true })
    }
  })

  it("has the GB 30871-2022 permit rules: general, from 2022-10-01, citing the document alone", () => {
    expect(permitRules.length).toBe(10)
    for (const r of permitRules) {
      expect(r.id).toMatch(/^hazchem\/permit-/)
      expect(r.severity).toBe("general")
      expect(r.effective).toEqual({ from: new Date("2022-10-01T00:00:00Z") })
      expect(r.citation).toEqual({ document: "special-operations-gb30871-2022", verified: true })
      expect(r.penalties).toEqual([])
    }
  })

  it("lists its rules once each", () => {
    const ids = hazchemPack.rules.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.length).toBe(30)
  })
})
