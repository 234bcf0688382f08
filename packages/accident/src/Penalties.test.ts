import { CalendarDate } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { principalAccidentFinePercent, reportingPenalties, unitAccidentFine } from "./index.ts"

// regulations.md §7: 安全生产法 (2021) 第一百一十四条 and 第九十五条; money in whole yuan (1万 = 10 000).
describe("unitAccidentFine (安全生产法 第一百一十四条)", () => {
  it.each([
    ["general", 300_000, 1_000_000, 1],
    ["relatively-serious", 1_000_000, 2_000_000, 2],
    ["serious", 2_000_000, 10_000_000, 3],
    ["especially-serious", 10_000_000, 20_000_000, 4]
  ] as const)("%s: %i–%i yuan, item %i", (grade, min, max, item) => {
    expect(unitAccidentFine(grade)).toEqual({
      minYuan: min,
      maxYuan: max,
      citation: { document: "work-safety-law-2021", article: 114, item, verified: true }
    })
  })

  it("particularly serious cases: 2–5 times", () => {
    expect(unitAccidentFine("relatively-serious", { particularlySerious: true })).toEqual({
      minYuan: 2_000_000,
      maxYuan: 10_000_000,
      citation: { document: "work-safety-law-2021", article: 114, verified: true }
    })
    expect(unitAccidentFine("especially-serious", { particularlySerious: true }).maxYuan).toBe(100_000_000)
  })
})

describe("principalAccidentFinePercent (安全生产法 第九十五条)", () => {
  it("40 / 60 / 80 / 100 percent of last year's income", () => {
    expect(principalAccidentFinePercent("general")).toEqual({ percent: 40, citation: { document: "work-safety-law-2021", article: 95, item: 1, verified: true } })
    expect(principalAccidentFinePercent("relatively-serious").percent).toBe(60)
    expect(principalAccidentFinePercent("serious").percent).toBe(80)
    expect(principalAccidentFinePercent("especially-serious")).toMatchObject({ percent: 100, citation: { item: 4 } })
  })
})

describe("reportingPenalties", () => {
  const d = CalendarDate.make
  it("迟报 after 2021-09-01: 条例 第三十五条 and 安全生产法 第一百一十条", () => {
    expect(reportingPenalties("late", d("2024-05-01")).map((p) => [p.who, p.citation.article, p.incomePercent])).toEqual([
      ["principal", 35, { min: 40, max: 80 }],
      ["principal", 110, { min: 60, max: 100 }]
    ])
  })

  it("漏报: 第三十五条 only", () => {
    expect(reportingPenalties("omitted", d("2024-05-01")).map((p) => p.citation.article)).toEqual([35])
  })

  it("瞒报: unit 100万–500万, people answerable 60–100%, and 第一百一十条 from 2021-09-01 only", () => {
    const after = reportingPenalties("concealed", d("2021-09-01"))
    expect(after.map((p) => [p.who, p.citation.article])).toEqual([["unit", 36], ["people-answerable", 36], ["principal", 110]])
    expect(after[0]!.fine).toEqual({ minYuan: 1_000_000, maxYuan: 5_000_000 })
    expect(reportingPenalties("false", d("2021-08-31")).map((p) => p.citation.article)).toEqual([36, 36])
  })
})
