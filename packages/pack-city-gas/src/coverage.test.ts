import { Engine } from "@anquan/core"
import { PackTester } from "@anquan/testing"
import { describe, expect, it } from "vitest"
import { cityGasPack } from "./index.ts"
import { items } from "./rules/items.ts"

/**
 * 建城规〔2023〕4号's numbering: 第四–七条 5, 5, 3, 3 items; 第八条 a single-article criterion; 第九条 4
 * items; 第十条 a single-article criterion (the catch-all) — 22 judgement items. 第一–三条 (basis,
 * definition, who judges) and 第十一条 (applied from issue) state no hazard.
 */
const articles = { 4: 5, 5: 5, 6: 3, 7: 3, 8: 0, 9: 4, 10: 0 }

PackTester.coverage(cityGasPack, { document: "city-gas-major-hazard-2023", articles })

describe("the 22 items", () => {
  it("one rule each: 20 listed items and two single-article criteria", () => {
    expect(items.length).toBe(22)
    expect(items.filter((i) => i.spec.item === undefined).map((i) => i.spec.article)).toEqual([8, 10])
    expect(new Set(items.map((i) => `${i.spec.article}.${i.spec.item ?? 0}`)).size).toBe(22)
  })
  it("every rule is a 重大隐患 of the gas sector, applied from 2023-09-21, with a verified citation", () => {
    for (const rule of cityGasPack.rules) {
      expect(rule.severity).toBe("major")
      expect(rule.appliesTo.sectors).toEqual(["gas"])
      expect(rule.effective.from.toISOString().slice(0, 10)).toBe("2023-09-21")
      expect(rule.effective.to).toBeUndefined()
      expect(rule.citation.verified).toBe(true)
    }
  })
  it("the document is in core's catalogue, its issue date marked secondary (verified: false)", () => {
    const doc = Engine.make({ packs: [cityGasPack] }).registry.documents.get("city-gas-major-hazard-2023")
    expect(doc).toMatchObject({ title: "城镇燃气经营安全重大隐患判定标准", issuedAs: "建城规〔2023〕4号", verified: false })
    expect(doc?.inForceFrom?.toISOString().slice(0, 10)).toBe("2023-09-21")
  })
})
