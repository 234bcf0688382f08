import { PackTester } from "@anquan/testing"
import { describe, expect, it } from "vitest"
import { coalMinePack } from "./index.ts"

/** First-level 情形 per article of the 2026 text (第四条 → 第二十条), 123 in all (COAL26-text; COUNTS). */
const officialCounts: Record<number, number> = { 4: 3, 5: 9, 6: 6, 7: 5, 8: 17, 9: 3, 10: 16, 11: 9, 12: 3, 13: 6, 14: 8, 15: 4, 16: 3, 17: 3, 18: 7, 19: 2, 20: 19 }

describe("the official numbering", () => {
  it("has 123 first-level 情形 in 第四条 to 第二十条", () => {
    expect(Object.values(officialCounts).reduce((a, b) => a + b, 0)).toBe(123)
  })
})

PackTester.coverage(coalMinePack, {
  document: "coal-major-hazard-2026",
  articles: officialCounts
})

PackTester.coverage(coalMinePack, {
  document: "coal-safety-regulation-2024",
  articles: { 36: 17 }
})
