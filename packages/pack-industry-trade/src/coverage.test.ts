import { PackTester } from "@anquan/testing"
import { describe, expect, it } from "vitest"
import { industryTradePack } from "./index.ts"
import { items } from "./rules/items.ts"

/**
 * 令第10号's numbering: 第三条 3; 第四–十条 8, 13, 8, 7, 7, 2, 2 (47); 第十一–十三条 10, 2, 2 (14) — 64
 * items — plus 第十四条 (a general rule, its own provision) and 第十五条 (in force from 2023-05-15,
 * cited by the note rule for earlier dates).
 */
const articles = { 3: 3, 4: 8, 5: 13, 6: 8, 7: 7, 8: 7, 9: 2, 10: 2, 11: 10, 12: 2, 13: 2, 14: 0, 15: 0 }

PackTester.coverage(industryTradePack, { document: "industry-trade-major-hazard-2023", articles })

describe("the 64 items", () => {
  it("one rule each: 3 management + 47 by industry + 14 special", () => {
    expect(items.length).toBe(64)
    const count = (from: number, to: number) => items.filter((i) => i.spec.article >= from && i.spec.article <= to).length
    expect([count(3, 3), count(4, 10), count(11, 13)]).toEqual([3, 47, 14])
    expect(new Set(items.map((i) => `${i.spec.article}.${i.spec.item}`)).size).toBe(64)
  })
  it("every rule is a 重大事故隐患 in force from 2023-05-15 for 工贸 enterprises", () => {
    for (const rule of industryTradePack.rules) {
      expect(rule.severity).toBe("major")
      expect(rule.appliesTo.sectors).toEqual(["industry-trade"])
    }
    for (const it of items) expect(it.rule.effective.from.toISOString().slice(0, 10)).toBe("2023-05-15")
  })
})
