import { PackTester } from "@anquan/testing"
import { describe, expect, it } from "vitest"
import { noncoalMinePack } from "./index.ts"

/**
 * The official numbering: the part (一 地下矿山, 二 露天矿山, 三 尾矿库) as `article`, its items as `item`
 * (NONCOAL-text; counts pinned by the source repository's tests).
 */
const standard2022: Record<number, number> = { 1: 32, 2: 13, 3: 19 }
const supplement2024: Record<number, number> = { 1: 4, 2: 2, 3: 2 }

describe("the official numbering", () => {
  it("has 64 items in 矿安〔2022〕88号 and 8 in 矿安〔2024〕41号", () => {
    expect(Object.values(standard2022).reduce((a, b) => a + b, 0)).toBe(64)
    expect(Object.values(supplement2024).reduce((a, b) => a + b, 0)).toBe(8)
  })

  it("has exactly one rule per item, every one major", () => {
    expect(noncoalMinePack.rules).toHaveLength(72)
    expect(new Set(noncoalMinePack.rules.map((r) => r.id)).size).toBe(72)
    expect(noncoalMinePack.rules.every((r) => r.severity === "major")).toBe(true)
  })
})

PackTester.coverage(noncoalMinePack, { document: "noncoal-major-hazard-2022", articles: standard2022 })
PackTester.coverage(noncoalMinePack, { document: "noncoal-major-hazard-supplement-2024", articles: supplement2024 })
