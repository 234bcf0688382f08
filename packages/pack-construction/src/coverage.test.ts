/**
 * Every numbered provision of both editions has a rule, and no rule cites a provision the text
 * does not have.
 *
 * 2024 (§3b): 53 items in 第四–十七条 — 5, 4, 4, 3, 9, 5, 2, 4, 2, 7, 3, 3, 1, 1. 第十六条 and
 * 第十七条 are the single-item articles, cited as item 1.
 *
 * 2022 (§3): 34 provisions in 第四–十五条 — 4, 4, 3, 5, 7, 3, 1, 2, 1, 2, 1, 1. 第十条, 第十二条,
 * 第十四条 and 第十五条 are single provisions, cited as item 1 like the 2024 single-item articles.
 */
import { PackTester } from "@anquan/testing"
import { describe, expect, it } from "vitest"
import { constructionPack } from "./pack.ts"

const spec2024 = { 4: 5, 5: 4, 6: 4, 7: 3, 8: 9, 9: 5, 10: 2, 11: 4, 12: 2, 13: 7, 14: 3, 15: 3, 16: 1, 17: 1 }
const spec2022 = { 4: 4, 5: 4, 6: 3, 7: 5, 8: 7, 9: 3, 10: 1, 11: 2, 12: 1, 13: 2, 14: 1, 15: 1 }

PackTester.coverage(constructionPack, { document: "construction-major-hazard-2024", articles: spec2024 })
PackTester.coverage(constructionPack, { document: "construction-major-hazard-2022", articles: spec2022 })

const versions = (document: string) => constructionPack.rules.filter((r) => r.citation.document === document)

describe("the two editions", () => {
  it("2024 has 53 items, one rule version each", () => {
    expect(Object.values(spec2024).reduce((a, b) => a + b, 0)).toBe(53)
    expect(versions("construction-major-hazard-2024")).toHaveLength(53)
  })

  it("2022 has 34 provisions, one rule version each", () => {
    expect(Object.values(spec2022).reduce((a, b) => a + b, 0)).toBe(34)
    expect(versions("construction-major-hazard-2022")).toHaveLength(34)
  })

  it("every 2024 version is major from 2024-12-13, except the catch-all (advisory)", () => {
    for (const r of versions("construction-major-hazard-2024")) {
      expect(r.effective.from.toISOString().slice(0, 10), r.id).toBe("2024-12-13")
      expect(r.effective.to, r.id).toBeUndefined()
      expect(r.citation.verified, r.id).toBe(true)
      expect(r.severity, r.id).toBe(r.citation.article === 17 ? "advisory" : "major")
    }
  })

  it("every 2022 version is in force 2022-04-19 to 2024-12-12", () => {
    for (const r of versions("construction-major-hazard-2022")) {
      expect(r.effective.from.toISOString().slice(0, 10), r.id).toBe("2022-04-19")
      expect(r.effective.to?.toISOString().slice(0, 10), r.id).toBe("2024-12-12")
      expect(r.severity, r.id).toBe(r.citation.article === 15 ? "advisory" : "major")
    }
  })

  it("2022 citations are verified exactly where §3 tags the text verified", () => {
    const unverified = versions("construction-major-hazard-2022")
      .filter((r) => !r.citation.verified)
      .map((r) => `${r.citation.article}.${r.citation.item}`)
      .sort()
    expect(unverified).toEqual(["12.1", "14.1", "15.1", "5.4", "6.1", "6.2", "6.3", "7.1", "7.2", "7.3", "7.4", "7.5"].sort())
  })

  it("56 rule ids: 31 carry over (two versions), 22 are 2024-only, 3 are 2022-only", () => {
    const byId = new Map<string, Array<string>>()
    for (const r of constructionPack.rules) byId.set(r.id, [...(byId.get(r.id) ?? []), r.citation.document])
    expect(byId.size).toBe(56)
    const both = [...byId.values()].filter((d) => d.length === 2)
    const only2024 = [...byId.entries()].filter(([, d]) => d.length === 1 && d[0] === "construction-major-hazard-2024")
    const only2022 = [...byId.entries()].filter(([, d]) => d.length === 1 && d[0] === "construction-major-hazard-2022").map(([id]) => id).sort()
    expect(both).toHaveLength(31)
    expect(only2024).toHaveLength(22)
    expect(only2022).toEqual(["construction/attached-scaffold-acceptance", "construction/attached-scaffold-cantilever-height", "construction/hoist-fall-arrester-and-mast-bolts"])
  })
})
