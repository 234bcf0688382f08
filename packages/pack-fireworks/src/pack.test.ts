import { Registry } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { fireworksPack } from "./index.ts"

describe("fireworksPack metadata", () => {
  const rules = fireworksPack.rules

  it("registers without problems", () => {
    expect(Registry.validate([fireworksPack])).toEqual([])
  })

  it("has one rule per item, in order, each a major hazard in force from 2017-11-13 with no end", () => {
    expect(rules.map((r) => r.citation.item)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    for (const r of rules) {
      expect(r.id).toMatch(/^fireworks\/[a-z0-9-]+$/)
      expect(r.severity).toBe("major")
      expect(r.citation.document).toBe("fireworks-major-hazard-2017")
      expect(r.effective.from.toISOString().slice(0, 10)).toBe("2017-11-13")
      expect(r.effective.to).toBeUndefined()
      expect(r.penalties).toContainEqual({ document: "work-safety-law-2021", article: 102, verified: true })
    }
  })

  it("marks items 1–2 verified (verbatim official source) and items 3–20 unverified (secondary copies only)", () => {
    expect(rules.filter((r) => r.citation.verified).map((r) => r.citation.item)).toEqual([1, 2])
  })

  it("confines item 20 to retail points and the production-only items 9–12 to producers", () => {
    const kinds = Object.fromEntries(rules.map((r) => [r.citation.item!, r.appliesTo.unitKinds]))
    expect(kinds[20]).toEqual(["retail-point"])
    for (const item of [9, 10, 11, 12]) expect(kinds[item]).toEqual(["production"])
    for (const item of [1, 2, 3, 4, 5, 6, 7, 8, 13, 14, 15, 16, 17, 18, 19]) expect(kinds[item]).toBeUndefined()
    for (const r of rules) expect(r.appliesTo.sectors).toEqual(["fireworks"])
  })
})
