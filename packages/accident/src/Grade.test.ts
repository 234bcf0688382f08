import { accidentGradeOf, type AccidentGrade, Yuan } from "@anquan/core"
import { Effect, Result, Schema, SchemaIssue } from "effect"
import { describe, expect, it } from "vitest"
import {
  gradeBreakdown,
  gradeBreakdownEffect,
  gradeByDeaths,
  gradeByDirectLoss,
  gradeBySeriousInjuries,
  gradeIfMissingDie,
  gradeLabel,
  gradeOf,
  gradesAscending,
  isGradeAtLeast,
  maxGrade
} from "./index.ts"

// regulations.md §6 / 条例 第三条: "以上" includes the number, "以下" excludes it.
const deathBoundaries: ReadonlyArray<readonly [number, AccidentGrade]> = [
  [0, "general"],
  [2, "general"],
  [3, "relatively-serious"],
  [9, "relatively-serious"],
  [10, "serious"],
  [29, "serious"],
  [30, "especially-serious"]
]
const injuryBoundaries: ReadonlyArray<readonly [number, AccidentGrade]> = [
  [0, "general"],
  [9, "general"],
  [10, "relatively-serious"],
  [49, "relatively-serious"],
  [50, "serious"],
  [99, "serious"],
  [100, "especially-serious"]
]
const lossBoundaries: ReadonlyArray<readonly [number, AccidentGrade]> = [
  [0, "general"],
  [9_999_999, "general"],
  [10_000_000, "relatively-serious"], // 1000万元 exactly is 较大 (§6)
  [49_999_999, "relatively-serious"],
  [50_000_000, "serious"], // 5000万元
  [99_999_999, "serious"],
  [100_000_000, "especially-serious"] // 1亿元
]

const core = (deaths: number, seriousInjuries: number, yuan: number) =>
  accidentGradeOf({ deaths, seriousInjuries, directLossYuan: Yuan.make(yuan) })

describe("grade boundaries (条例 第三条)", () => {
  it.each(deathBoundaries)("%i deaths → %s", (deaths, grade) => {
    expect(gradeByDeaths(deaths)).toBe(grade)
    expect(gradeOf({ deaths, seriousInjuries: 0, directLossYuan: 0 })).toBe(grade)
    expect(core(deaths, 0, 0)).toBe(grade)
  })

  it.each(injuryBoundaries)("%i serious injuries → %s", (injuries, grade) => {
    expect(gradeBySeriousInjuries(injuries)).toBe(grade)
    expect(gradeOf({ deaths: 0, seriousInjuries: injuries, directLossYuan: 0 })).toBe(grade)
    expect(core(0, injuries, 0)).toBe(grade)
  })

  it.each(lossBoundaries)("%i yuan → %s", (yuan, grade) => {
    expect(gradeByDirectLoss(yuan)).toBe(grade)
    expect(gradeOf({ deaths: 0, seriousInjuries: 0, directLossYuan: yuan })).toBe(grade)
    expect(core(0, 0, yuan)).toBe(grade)
  })

  it("core's accidentGradeOf equals the highest criterion on every combination of boundary values", () => {
    let n = 0
    for (const [d, gd] of deathBoundaries) {
      for (const [s, gs] of injuryBoundaries) {
        for (const [l, gl] of lossBoundaries) {
          const want = maxGrade(maxGrade(gd, gs), gl)
          expect(core(d, s, l)).toBe(want)
          expect(gradeBreakdown({ deaths: d, seriousInjuries: s, directLossYuan: l }).grade).toBe(want)
          n++
        }
      }
    }
    expect(n).toBe(7 * 7 * 7)
  })
})

describe("gradeBreakdown", () => {
  it("any one criterion sets the grade; the highest wins and is named", () => {
    expect(gradeBreakdown({ deaths: 2, seriousInjuries: 50, directLossYuan: 1_000_000 })).toEqual({
      grade: "serious",
      byCriterion: { deaths: "general", seriousInjuries: "serious", directLoss: "general" },
      decisive: ["seriousInjuries"]
    })
    expect(gradeBreakdown({ deaths: 3, seriousInjuries: 10, directLossYuan: 10_000_000 }).decisive).toEqual([
      "deaths",
      "seriousInjuries",
      "directLoss"
    ])
    expect(gradeBreakdown({ deaths: 1, seriousInjuries: 0, directLossYuan: 100_000_000 }).grade).toBe("especially-serious")
  })

  it("rejects impossible figures", () => {
    expect(() => gradeOf({ deaths: -1, seriousInjuries: 0, directLossYuan: 0 })).toThrow(RangeError)
    expect(() => gradeByDirectLoss(10.5)).toThrow("directLossYuan must be a non-negative safe integer")
    expect(() => gradeBreakdown({ deaths: Number.NaN, seriousInjuries: 0, directLossYuan: 0 })).toThrow(RangeError)
  })

  it("gradeIfMissingDie: 2 dead and 1 missing may become 较大", () => {
    expect(gradeOf({ deaths: 2, seriousInjuries: 0, directLossYuan: 0 })).toBe("general")
    expect(gradeIfMissingDie({ deaths: 2, missing: 1, seriousInjuries: 0, directLossYuan: 0 })).toBe("relatively-serious")
    expect(gradeIfMissingDie({ deaths: 2, seriousInjuries: 0, directLossYuan: 0 })).toBe("general")
  })
})

describe("grade order and labels", () => {
  it("orders grades", () => {
    expect(gradesAscending).toEqual(["general", "relatively-serious", "serious", "especially-serious"])
    expect(isGradeAtLeast("serious", "relatively-serious")).toBe(true)
    expect(isGradeAtLeast("general", "relatively-serious")).toBe(false)
    expect(isGradeAtLeast("relatively-serious", "relatively-serious")).toBe(true)
    expect(maxGrade("general", "serious")).toBe("serious")
  })

  it("labels in both locales", () => {
    expect(gradeLabel("relatively-serious", "zh-CN")).toBe("较大事故")
    expect(gradeLabel("especially-serious", "en")).toBe("especially serious accident")
  })
})

describe("gradeBreakdownEffect", () => {
  it("decodes and grades", () => {
    expect(Effect.runSync(gradeBreakdownEffect({ deaths: 10, seriousInjuries: 0, directLossYuan: 0 })).grade).toBe("serious")
  })

  it("fails with every bad field", () => {
    const r = Effect.runSync(Effect.result(gradeBreakdownEffect({ deaths: -1, seriousInjuries: 1.5, directLossYuan: -3 })))
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) {
      const paths = SchemaIssue.makeFormatterStandardSchemaV1()(r.failure.issue).issues.map((i) => i.path)
      expect(paths).toEqual([["deaths"], ["seriousInjuries"], ["directLossYuan"]])
      expect(r.failure).toBeInstanceOf(Schema.SchemaError)
    }
  })
})
