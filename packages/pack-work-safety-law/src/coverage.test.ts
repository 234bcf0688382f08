import { PackTester } from "@anquan/testing"
import { describe, expect, it } from "vitest"
import { workSafetyLaw } from "./index.ts"
import { notCovered } from "./not-covered.ts"

// Not the full numbering of the law: the articles this pack encodes. The helper also fails when a
// rule cites an article of work-safety-law-2021 outside this list, so keep the two in step.
const covered = [4, 21, 22, 23, 24, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 51, 81, 82, 83]
PackTester.coverage(workSafetyLaw, {
  document: "work-safety-law-2021",
  articles: Object.fromEntries(covered.map((a) => [a, 0]))
})

// Issue 25's ranges: every enterprise duty of 第四条, 第五条, 第二十一条–第五十一条, 第八十一条–第八十三条 has a
// rule, or the article is listed as not covered with its reason (REFERENCE.md shows the list).
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)
describe("work-safety-law: the enterprise duties of arts. 4, 5, 21–51 and 81–83", () => {
  const wholeArticlesNotCovered = new Set(notCovered.filter((n) => n.part === undefined).map((n) => n.article))
  for (const article of [4, 5, ...range(21, 51), ...range(81, 83)]) {
    it(`article ${article} has a rule or is listed as not covered`, () => {
      expect(covered.includes(article) || wholeArticlesNotCovered.has(article), `article ${article}: no rule and not in src/not-covered.ts`).toBe(true)
    })
  }
  it("no article is both covered by a rule and listed as wholly not covered", () => {
    expect(covered.filter((a) => wholeArticlesNotCovered.has(a))).toEqual([])
  })
  it("every part listed as not covered belongs to the ranges", () => {
    const ranges = new Set([4, 5, ...range(21, 51), ...range(81, 83)])
    expect(notCovered.filter((n) => !ranges.has(n.article)).map((n) => n.article)).toEqual([])
  })
})
