/**
 * 事故等级 — accident grades by 生产安全事故报告和调查处理条例 第三条.
 *
 * Three criteria: 死亡 deaths, 重伤 serious injuries (急性工业中毒 included) and 直接经济损失 direct
 * economic loss in whole yuan. Any one criterion sets the grade and the highest grade reached
 * applies; "以上" includes the number and "以下" excludes it (第三条第三款):
 *
 * | grade | deaths | serious injuries | direct loss |
 * |---|---|---|---|
 * | 特别重大 `especially-serious` | ≥ 30 | ≥ 100 | ≥ 1亿元 (100 000 000) |
 * | 重大 `serious` | 10–29 | 50–99 | 5000万 – 1亿 − 1 |
 * | 较大 `relatively-serious` | 3–9 | 10–49 | 1000万 – 5000万 − 1 |
 * | 一般 `general` | 0–2 | 0–9 | < 1000万 (10 000 000) |
 *
 * `accidentGradeOf` in `@anquan/core` computes the grade; this module explains it (which criterion
 * decided), orders grades and decodes unknown input. The two agree on every input (tested on
 * every boundary).
 *
 * @since 0.1.0
 */
import { type AccidentGrade, accidentGradeOf, NonNegativeYuan, Yuan } from "@anquan/core"
import { Effect, Schema } from "effect"

/**
 * The grades from lowest to highest: 一般, 较大, 重大, 特别重大.
 *
 * @since 0.1.0
 */
export const gradesAscending: ReadonlyArray<AccidentGrade> = ["general", "relatively-serious", "serious", "especially-serious"]

/**
 * Rank of a grade: 0 for 一般 … 3 for 特别重大.
 *
 * @since 0.1.0
 */
export const gradeRank = (grade: AccidentGrade): 0 | 1 | 2 | 3 => gradesAscending.indexOf(grade) as 0 | 1 | 2 | 3

/**
 * Whether `grade` is `least` or higher: `isGradeAtLeast("serious", "relatively-serious")` is
 * `true` (重大 is 较大及以上).
 *
 * @since 0.1.0
 */
export const isGradeAtLeast = (grade: AccidentGrade, least: AccidentGrade): boolean => gradeRank(grade) >= gradeRank(least)

/**
 * The higher of two grades.
 *
 * @since 0.1.0
 */
export const maxGrade = (a: AccidentGrade, b: AccidentGrade): AccidentGrade => (gradeRank(a) >= gradeRank(b) ? a : b)

const LABELS: { readonly [G in AccidentGrade]: { readonly "zh-CN": string; readonly en: string } } = {
  general: { "zh-CN": "一般事故", en: "general accident" },
  "relatively-serious": { "zh-CN": "较大事故", en: "relatively serious accident" },
  serious: { "zh-CN": "重大事故", en: "serious accident" },
  "especially-serious": { "zh-CN": "特别重大事故", en: "especially serious accident" }
}

/**
 * The name of a grade: `gradeLabel("relatively-serious", "zh-CN")` is `较大事故`.
 *
 * @since 0.1.0
 */
export const gradeLabel = (grade: AccidentGrade, locale: "zh-CN" | "en"): string => LABELS[grade][locale]

/**
 * The lower bound of each grade above 一般 on each criterion (第三条, "以上" inclusive), highest
 * grade first. Money in whole yuan: 1亿元 = 100 000 000, 5000万元 = 50 000 000, 1000万元 = 10 000 000.
 *
 * @since 0.1.0
 */
export const gradeThresholds: ReadonlyArray<{
  readonly grade: Exclude<AccidentGrade, "general">
  readonly deaths: number
  readonly seriousInjuries: number
  readonly directLossYuan: number
}> = [
  { grade: "especially-serious", deaths: 30, seriousInjuries: 100, directLossYuan: 100_000_000 },
  { grade: "serious", deaths: 10, seriousInjuries: 50, directLossYuan: 50_000_000 },
  { grade: "relatively-serious", deaths: 3, seriousInjuries: 10, directLossYuan: 10_000_000 }
]

/**
 * 分级依据 — a grading criterion: `deaths` 死亡, `seriousInjuries` 重伤 (incl. 急性工业中毒),
 * `directLoss` 直接经济损失.
 *
 * @since 0.1.0
 */
export type GradeCriterion = "deaths" | "seriousInjuries" | "directLoss"

/**
 * The figures a grade is computed from. Counts are non-negative integers, money whole yuan.
 *
 * @since 0.1.0
 */
export interface Casualties {
  readonly deaths: number
  readonly seriousInjuries: number
  readonly directLossYuan: number
}

const check = (n: number, what: string): number => {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be a non-negative safe integer, got ${n}`)
  return n
}

const by = (value: number, key: "deaths" | "seriousInjuries" | "directLossYuan"): AccidentGrade =>
  gradeThresholds.find((t) => value >= t[key])?.grade ?? "general"

/**
 * The grade set by the death count alone: 2 → 一般, 3 → 较大, 10 → 重大, 30 → 特别重大.
 * Throws a `RangeError` for a negative or fractional count.
 *
 * @since 0.1.0
 */
export const gradeByDeaths = (deaths: number): AccidentGrade => by(check(deaths, "deaths"), "deaths")

/**
 * The grade set by serious injuries (急性工业中毒 included) alone: 9 → 一般, 10 → 较大, 50 → 重大, 100 → 特别重大.
 *
 * @since 0.1.0
 */
export const gradeBySeriousInjuries = (seriousInjuries: number): AccidentGrade =>
  by(check(seriousInjuries, "seriousInjuries"), "seriousInjuries")

/**
 * The grade set by direct economic loss (whole yuan) alone: 9 999 999 → 一般, 10 000 000 → 较大,
 * 50 000 000 → 重大, 100 000 000 → 特别重大.
 *
 * @since 0.1.0
 */
export const gradeByDirectLoss = (directLossYuan: number): AccidentGrade =>
  by(check(directLossYuan, "directLossYuan"), "directLossYuan")

/**
 * 分级说明 — a grade and why: the grade each criterion reaches and the criteria that decided it.
 *
 * @since 0.1.0
 */
export interface GradeBreakdown {
  readonly grade: AccidentGrade
  readonly byCriterion: { readonly [C in GradeCriterion]: AccidentGrade }
  /** The criteria that reach the final grade (one or more). */
  readonly decisive: ReadonlyArray<GradeCriterion>
}

/**
 * The grade of an accident with the grade each criterion reaches and which decided it.
 * Throws a `RangeError` for negative or fractional figures.
 *
 * @example
 * ```ts
 * gradeBreakdown({ deaths: 2, seriousInjuries: 12, directLossYuan: 3_000_000 })
 * // { grade: "relatively-serious", byCriterion: { deaths: "general", seriousInjuries: "relatively-serious",
 * //   directLoss: "general" }, decisive: ["seriousInjuries"] }
 * ```
 * @since 0.1.0
 */
export const gradeBreakdown = (c: Casualties): GradeBreakdown => {
  const byCriterion = {
    deaths: gradeByDeaths(c.deaths),
    seriousInjuries: gradeBySeriousInjuries(c.seriousInjuries),
    directLoss: gradeByDirectLoss(c.directLossYuan)
  }
  const grade = maxGrade(maxGrade(byCriterion.deaths, byCriterion.seriousInjuries), byCriterion.directLoss)
  const decisive = (["deaths", "seriousInjuries", "directLoss"] as const).filter((k) => byCriterion[k] === grade)
  return { grade, byCriterion, decisive }
}

/**
 * The grade of `c` by 第三条 (same answer as core's `accidentGradeOf`, which it calls), for plain
 * numbers. Throws a `RangeError` for negative or fractional figures.
 *
 * @since 0.1.0
 */
export const gradeOf = (c: Casualties): AccidentGrade =>
  accidentGradeOf({
    deaths: check(c.deaths, "deaths"),
    seriousInjuries: check(c.seriousInjuries, "seriousInjuries"),
    directLossYuan: Yuan.make(check(c.directLossYuan, "directLossYuan"))
  })

/**
 * The grade the accident would reach if every missing person (下落不明) were later confirmed dead.
 * 第三条 grades by deaths; 第十二条 requires missing persons to be reported, and 第十三条 requires a
 * supplementary report when casualties change. Use this to see how far a report may have to go if
 * the missing are not found; it is not the legal grade.
 *
 * @since 0.1.0
 */
export const gradeIfMissingDie = (c: Casualties & { readonly missing?: number | undefined }): AccidentGrade =>
  gradeOf({ ...c, deaths: check(c.deaths, "deaths") + check(c.missing ?? 0, "missing") })

const Count = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))

/**
 * 伤亡和损失 — the figures a grade is computed from, at an input boundary: non-negative integer
 * `deaths`, `seriousInjuries`, optional `missing`, and `directLossYuan` in whole yuan.
 *
 * @since 0.1.0
 */
export const CasualtyFigures = Schema.Struct({
  deaths: Count,
  seriousInjuries: Count,
  missing: Schema.optionalKey(Count),
  directLossYuan: NonNegativeYuan
}).annotate({ identifier: "CasualtyFigures", description: "伤亡和损失 — deaths, serious injuries, missing?, direct loss (yuan)" })
/** @since 0.1.0 */
export type CasualtyFigures = typeof CasualtyFigures.Type

/**
 * Decodes unknown figures (`CasualtyFigures`) and explains their grade; fails with the
 * `SchemaError` naming every bad field.
 *
 * @since 0.1.0
 */
export const gradeBreakdownEffect = (input: unknown): Effect.Effect<GradeBreakdown, Schema.SchemaError> =>
  Effect.map(Schema.decodeUnknownEffect(CasualtyFigures)(input, { errors: "all" }), gradeBreakdown)

/**
 * Promise form of `gradeBreakdownEffect`: rejects with the `SchemaError`.
 *
 * @since 0.1.0
 */
export const gradeBreakdownPromise = (input: unknown): Promise<GradeBreakdown> => Effect.runPromise(gradeBreakdownEffect(input))
