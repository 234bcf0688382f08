/**
 * 考核 — assessment of a unit: weighted items, a score, and the one-vote veto (一票否决).
 *
 * A scheme lists items with weights (their maximum points); a unit earns points per item, from the
 * assessor or from helpers (`pointsFromTargets`, `pointsFromRate`). The score is the sum; `percent`
 * is the score on a 100-point scale. The veto (seed 000 line 21: 坚决实行平安生产“一票否决制”,
 * 对凡发生重大事故的单位和个人,均不能评为先进) fails the unit whatever its score when an accident of
 * the vetoing grade or above happened in its scope during the period: in its jurisdiction (a
 * government or township) or with its credit code (an enterprise).
 *
 * Seed 000 calls "重大事故" an accident of 3 or more deaths (line 17: 一次死亡3人以上的重大平安事故),
 * the old usage; under 生产安全事故报告和调查处理条例 第三条 that is 较大 and above, so
 * `seed000Veto` vetoes from `relatively-serious`.
 *
 * @since 0.1.0
 */
import {
  Accident,
  AccidentGrade,
  accidentGradeOf,
  CalendarDate,
  DateWindow,
  JurisdictionCode,
  type JurisdictionTree,
  Localized,
  UnifiedSocialCreditCode
} from "@anquan/core"
import { calendarDayOf, CHINA_UTC_OFFSET_MINUTES, type InvalidAsOfError, isGradeAtLeast, resolveAsOfDate } from "@anquan/accident"
import { Data, Effect, Schema } from "effect"
import type { TargetResult } from "./ControlTargets.ts"
import { isWithinJurisdiction } from "./ControlTargets.ts"

/**
 * 考核项目 — an item: id, title and weight (its maximum points, > 0).
 *
 * @since 0.1.0
 */
export const AssessmentItem = Schema.Struct({
  id: Schema.NonEmptyString,
  title: Localized,
  weight: Schema.Finite.check(Schema.isGreaterThan(0))
}).annotate({ identifier: "AssessmentItem" })
/** @since 0.1.0 */
export type AssessmentItem = typeof AssessmentItem.Type

/**
 * 一票否决 — the lowest grade that vetoes (`relatively-serious` = 较大及以上) and where the rule comes from.
 *
 * @since 0.1.0
 */
export const VetoRule = Schema.Struct({
  minGrade: AccidentGrade,
  source: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "VetoRule" })
/** @since 0.1.0 */
export type VetoRule = typeof VetoRule.Type

/**
 * The veto of seed 000 (line 21), its "重大事故" read as 3 or more deaths (line 17): 较大 and above.
 *
 * @since 0.1.0
 */
export const seed000Veto: VetoRule = {
  minGrade: "relatively-serious",
  source: "seed 000 line 21 (一票否决; 重大事故 = 一次死亡3人以上 as line 17 uses it → 较大及以上 under 条例 第三条)"
}

/**
 * 考核方案 — items (unique ids), an optional pass mark in points, and an optional veto.
 *
 * @since 0.1.0
 */
export const AssessmentScheme = Schema.Struct({
  title: Localized,
  items: Schema.NonEmptyArray(AssessmentItem),
  passScore: Schema.optionalKey(Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0))),
  veto: Schema.optionalKey(VetoRule)
}).check(Schema.makeFilter((s) => {
  const seen = new Set<string>()
  const issues: Array<Schema.FilterIssue> = []
  s.items.forEach((item, i) => {
    if (seen.has(item.id)) issues.push({ path: ["items", i, "id"], issue: `item id ${item.id} appears twice` })
    seen.add(item.id)
  })
  const max = s.items.reduce((sum, i) => sum + i.weight, 0)
  if (s.passScore !== undefined && s.passScore > max) issues.push({ path: ["passScore"], issue: `the pass mark ${s.passScore} exceeds the maximum ${max}` })
  return issues
})).annotate({ identifier: "AssessmentScheme", description: "考核方案 — weighted items, pass mark, one-vote veto" })
/** @since 0.1.0 */
export type AssessmentScheme = typeof AssessmentScheme.Type

/**
 * 得分 — the points a unit earned on one item.
 *
 * @since 0.1.0
 */
export const ItemScore = Schema.Struct({
  item: Schema.NonEmptyString,
  points: Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0))
}).annotate({ identifier: "ItemScore" })
/** @since 0.1.0 */
export type ItemScore = typeof ItemScore.Type

/**
 * 被考核单位 — the unit assessed; its scope for the veto is its jurisdiction and/or its credit code.
 *
 * @since 0.1.0
 */
export const AssessedUnit = Schema.Struct({
  name: Schema.NonEmptyString,
  jurisdiction: Schema.optionalKey(JurisdictionCode),
  creditCode: Schema.optionalKey(UnifiedSocialCreditCode)
}).annotate({ identifier: "AssessedUnit" })
/** @since 0.1.0 */
export type AssessedUnit = typeof AssessedUnit.Type

/**
 * 考核错误 — scores that do not fit the scheme (unknown items, an item scored twice, points above
 * the weight). `problems` lists them all.
 *
 * @since 0.1.0
 */
export class AssessmentError extends Data.TaggedError("AssessmentError")<{ readonly problems: ReadonlyArray<string> }> {
  override get message(): string {
    return `scores do not fit the assessment scheme:\n${this.problems.map((p) => `  - ${p}`).join("\n")}`
  }
}

/**
 * 考核结果 — `vetoed` (一票否决, whatever the score), `incomplete` (items without a score),
 * `passed` / `failed` against the pass mark, or `scored` when the scheme has none.
 *
 * @since 0.1.0
 */
export interface AssessmentResult {
  readonly unit: AssessedUnit
  readonly period: { readonly from: Date; readonly to: Date }
  readonly items: ReadonlyArray<{ readonly item: string; readonly weight: number; readonly points?: number }>
  readonly score: number
  readonly maxScore: number
  /** score ÷ maxScore × 100, rounded to 2 decimals. */
  readonly percent: number
  readonly missingItems: ReadonlyArray<string>
  readonly vetoed: boolean
  readonly vetoedBy: ReadonlyArray<{ readonly accident: string; readonly grade: AccidentGrade; readonly occurredOn: Date }>
  readonly outcome: "vetoed" | "incomplete" | "passed" | "failed" | "scored"
  /** 评先评优资格 — lost on a veto (seed 000 line 21: 不能评为先进). */
  readonly eligibleForHonours: boolean
}

/**
 * Input of `assess`.
 *
 * @since 0.1.0
 */
export interface AssessmentInput {
  readonly scheme: AssessmentScheme
  readonly unit: AssessedUnit
  readonly scores: ReadonlyArray<ItemScore>
  readonly accidents: ReadonlyArray<Accident>
  /** The assessment period (e.g. the year, or a half-year: seed 003 半年进行一次考核). */
  readonly period: DateWindow
  readonly tree?: JurisdictionTree.JurisdictionTree | undefined
  readonly utcOffsetMinutes?: number | undefined
}

const problemsOf = (scheme: AssessmentScheme, scores: ReadonlyArray<ItemScore>): ReadonlyArray<string> => {
  const weights = new Map(scheme.items.map((i) => [i.id, i.weight]))
  const seen = new Set<string>()
  const problems: Array<string> = []
  for (const s of scores) {
    const w = weights.get(s.item)
    if (w === undefined) problems.push(`unknown item "${s.item}"`)
    else if (s.points > w) problems.push(`item "${s.item}": ${s.points} points exceed its weight ${w}`)
    if (seen.has(s.item)) problems.push(`item "${s.item}" is scored twice`)
    seen.add(s.item)
  }
  return problems
}

/**
 * Assesses a unit as of a day: sums the points, applies the veto to accidents from the period
 * start to `asOf` (or the period end). Throws an `AssessmentError` when the scores do not fit the
 * scheme.
 *
 * @since 0.1.0
 */
export const assess = (input: AssessmentInput, asOf: Date): AssessmentResult => {
  const problems = problemsOf(input.scheme, input.scores)
  if (problems.length > 0) throw new AssessmentError({ problems })
  const offset = input.utcOffsetMinutes ?? CHINA_UTC_OFFSET_MINUTES
  const points = new Map(input.scores.map((s) => [s.item, s.points]))
  const items = input.scheme.items.map((i) => {
    const p = points.get(i.id)
    return p === undefined ? { item: i.id, weight: i.weight } : { item: i.id, weight: i.weight, points: p }
  })
  const score = items.reduce((sum, i) => sum + (i.points ?? 0), 0)
  const maxScore = items.reduce((sum, i) => sum + i.weight, 0)
  const missingItems = items.filter((i) => i.points === undefined).map((i) => i.item)
  const to = input.period.to === undefined || asOf.getTime() < input.period.to.getTime() ? asOf : input.period.to
  const period = { from: input.period.from, to }

  const veto = input.scheme.veto
  const vetoedBy = veto === undefined ? [] : input.accidents.flatMap((a) => {
    const day = calendarDayOf(a.occurredAt, offset)
    const grade = accidentGradeOf(a)
    const inScope = (input.unit.creditCode !== undefined && a.subject === input.unit.creditCode) ||
      (input.unit.jurisdiction !== undefined && isWithinJurisdiction(a.jurisdiction, input.unit.jurisdiction, input.tree))
    return inScope && CalendarDate.isWithin(period, day) && isGradeAtLeast(grade, veto.minGrade)
      ? [{ accident: a.id as string, grade, occurredOn: day }]
      : []
  })
  const vetoed = vetoedBy.length > 0
  const outcome = vetoed
    ? "vetoed"
    : missingItems.length > 0
    ? "incomplete"
    : input.scheme.passScore === undefined
    ? "scored"
    : score >= input.scheme.passScore
    ? "passed"
    : "failed"
  return {
    unit: input.unit,
    period,
    items,
    score,
    maxScore,
    percent: Math.round((score / maxScore) * 10_000) / 100,
    missingItems,
    vetoed,
    vetoedBy,
    outcome,
    eligibleForHonours: !vetoed
  }
}

/**
 * Points for an item scored by control targets: `weight` × (targets met ÷ targets), or
 * `undefined` while any target is indeterminate.
 *
 * @since 0.1.0
 */
export const pointsFromTargets = (weight: number, results: ReadonlyArray<TargetResult>): number | undefined => {
  if (results.length === 0 || results.some((r) => r.status === "indeterminate")) return undefined
  return (weight * results.filter((r) => r.status === "met").length) / results.length
}

/**
 * Points for an item scored by a rate in [0, 1] (e.g. agreement coverage): `weight` × `rate`,
 * `undefined` when the rate is.
 *
 * @since 0.1.0
 */
export const pointsFromRate = (weight: number, rate: number | undefined): number | undefined => {
  if (rate === undefined) return undefined
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`a rate must lie in [0, 1], got ${rate}`)
  return weight * rate
}

/**
 * 考核输入 — the data of an assessment at an input boundary.
 *
 * @since 0.1.0
 */
export const AssessmentData = Schema.Struct({
  scheme: AssessmentScheme,
  unit: AssessedUnit,
  scores: Schema.Array(ItemScore),
  accidents: Schema.Array(Accident),
  period: DateWindow
}).annotate({ identifier: "AssessmentData" })
/** @since 0.1.0 */
export type AssessmentData = typeof AssessmentData.Type

/**
 * Effect entry of `assess`: decodes `AssessmentData`, fails with `SchemaError`, `AssessmentError`
 * or `InvalidAsOfError`; `asOf` defaults to today (Beijing time) by the `Clock`.
 *
 * @since 0.1.0
 */
export const assessEffect = (
  input: unknown,
  options: { readonly asOf?: Date | string | undefined; readonly tree?: JurisdictionTree.JurisdictionTree | undefined } = {}
): Effect.Effect<AssessmentResult, Schema.SchemaError | AssessmentError | InvalidAsOfError> =>
  Effect.gen(function* () {
    const data = yield* Schema.decodeUnknownEffect(AssessmentData)(input, { errors: "all" })
    const asOf = yield* resolveAsOfDate(options.asOf)
    const problems = problemsOf(data.scheme, data.scores)
    if (problems.length > 0) return yield* new AssessmentError({ problems })
    return assess({ ...data, tree: options.tree }, asOf)
  })

/**
 * Promise entry of `assess` (see `assessEffect`).
 *
 * @since 0.1.0
 */
export const assessPromise = (
  input: unknown,
  options: { readonly asOf?: Date | string | undefined; readonly tree?: JurisdictionTree.JurisdictionTree | undefined } = {}
): Promise<AssessmentResult> => Effect.runPromise(assessEffect(input, options))
