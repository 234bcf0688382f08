/**
 * 提请关闭 — the closure triggers of 安全生产法 (2021) 第一百一十三条.
 *
 * The supervising department must ask the local government to close a unit, and its licences are
 * revoked, when the unit:
 * 1. has a 重大事故隐患 and was penalised under the Safety Law **3 times within 180 days or 4 times
 *    within one year**;
 * 2. still lacks the statutory safe conditions after 停产停业整顿;
 * 3. lacked the statutory safe conditions and so caused a **重大 or 特别重大** accident;
 * 4. refuses to carry out a 停产停业整顿 decision.
 * Its principal may not head any unit for 5 years (for life in the same industry when serious).
 *
 * Item 1 is counted from penalty decisions; item 3 is fed by accidents (their grade by
 * 生产安全事故报告和调查处理条例 第三条) and the investigation's finding on safe conditions; items
 * 2 and 4 are facts given by the caller. A fact not given leaves its item `indeterminate`.
 *
 * Counting periods: "180日内" is read as the third decision falling no more than 180 days after the
 * first (the first day not counted, as Chinese periods are counted); "一年内" as the fourth falling on
 * or before the first's anniversary (29 February → 28 February). Penalties count from 2021-09-01,
 * when the 2021 text took effect.
 *
 * @since 0.1.0
 */
import {
  Accident,
  AccidentId,
  accidentGradeOf,
  CalendarDate,
  type Citation,
  type Localized,
  UnifiedSocialCreditCode
} from "@anquan/core"
import { Effect, Schema } from "effect"
import { type InvalidAsOfError, resolveAsOfDate } from "./AsOf.ts"
import { calendarDayOf, CHINA_UTC_OFFSET_MINUTES } from "./ChinaTime.ts"
import { SAFETY_LAW_2021_IN_FORCE, safetyLaw } from "./Citations.ts"
import { isGradeAtLeast } from "./Grade.ts"

/**
 * 行政处罚决定 — one administrative penalty decision against a unit: when it was decided, whether
 * it was imposed under 安全生产法, and whether it concerned a 重大事故隐患 the unit had.
 *
 * @since 0.1.0
 */
export const PenaltyDecision = Schema.Struct({
  id: Schema.optionalKey(Schema.NonEmptyString),
  subject: UnifiedSocialCreditCode,
  decidedOn: CalendarDate.CalendarDate,
  underWorkSafetyLaw: Schema.Boolean,
  majorHazard: Schema.Boolean
}).annotate({ identifier: "PenaltyDecision", description: "行政处罚决定 — subject, decidedOn, underWorkSafetyLaw, majorHazard" })
/** @since 0.1.0 */
export type PenaltyDecision = typeof PenaltyDecision.Type

/**
 * 事故调查结论 (安全生产条件) — whether the investigation found that the unit's lack of the statutory
 * safe conditions caused the accident (第一百一十三条(三)).
 *
 * @since 0.1.0
 */
export const UnsafeConditionsFinding = Schema.Struct({
  accident: AccidentId,
  unsafeConditionsCaused: Schema.Boolean
}).annotate({ identifier: "UnsafeConditionsFinding" })
/** @since 0.1.0 */
export type UnsafeConditionsFinding = typeof UnsafeConditionsFinding.Type

/**
 * 关闭情形档案 — one unit's penalties, accidents and the facts items 2 and 4 need.
 *
 * @since 0.1.0
 */
export const ClosureCase = Schema.Struct({
  subject: UnifiedSocialCreditCode,
  penalties: Schema.Array(PenaltyDecision),
  accidents: Schema.optionalKey(Schema.Array(Accident)),
  unsafeConditionsFindings: Schema.optionalKey(Schema.Array(UnsafeConditionsFinding)),
  /** 经停产停业整顿仍不具备安全生产条件 (item 2). */
  stillUnsafeAfterSuspension: Schema.optionalKey(Schema.Boolean),
  /** 拒不执行停产停业整顿决定 (item 4). */
  refusedSuspensionOrder: Schema.optionalKey(Schema.Boolean)
}).annotate({ identifier: "ClosureCase", description: "关闭情形档案 — a unit's penalties, accidents and facts for 安全生产法 第一百一十三条" })
/** @since 0.1.0 */
export type ClosureCase = typeof ClosureCase.Type

/**
 * How item 1 was met: `3-in-180-days` or `4-in-1-year`, the day it was met and the decisions.
 *
 * @since 0.1.0
 */
export interface RepeatedPenaltyTrigger {
  readonly rule: "3-in-180-days" | "4-in-1-year"
  readonly metOn: Date
  readonly dates: ReadonlyArray<Date>
}

const anniversary = (d: Date): Date => {
  const y = d.getUTCFullYear() + 1, m = d.getUTCMonth(), day = d.getUTCDate()
  const next = new Date(Date.UTC(y, m, day))
  return next.getUTCMonth() === m ? next : new Date(Date.UTC(y, m + 1, 0))
}

/**
 * The first day on which penalty decisions dated `dates` (calendar days, any order) met
 * "3 times within 180 days or 4 times within one year", or `undefined`.
 *
 * @example
 * ```ts
 * repeatedPenaltyTrigger(["2024-01-10", "2024-03-01", "2024-07-08"].map(CalendarDate.make))
 * // { rule: "3-in-180-days", metOn: 2024-07-08, … } (180 days after 01-10)
 * ```
 * @since 0.1.0
 */
export const repeatedPenaltyTrigger = (dates: ReadonlyArray<Date>): RepeatedPenaltyTrigger | undefined => {
  const sorted = [...dates].sort((a, b) => a.getTime() - b.getTime())
  let best: RepeatedPenaltyTrigger | undefined
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i]!
    const third = sorted[i + 2]
    if (third !== undefined && CalendarDate.daysBetween(first, third) <= 180 && (best === undefined || third.getTime() < best.metOn.getTime())) {
      best = { rule: "3-in-180-days", metOn: third, dates: sorted.slice(i, i + 3) }
    }
    const fourth = sorted[i + 3]
    if (fourth !== undefined && fourth.getTime() <= anniversary(first).getTime() && (best === undefined || fourth.getTime() < best.metOn.getTime())) {
      best = { rule: "4-in-1-year", metOn: fourth, dates: sorted.slice(i, i + 4) }
    }
  }
  return best
}

/**
 * The state of one item of 第一百一十三条.
 *
 * @since 0.1.0
 */
export interface ClosureItem {
  readonly item: 1 | 2 | 3 | 4
  readonly citation: Citation
  readonly status: "triggered" | "not-triggered" | "indeterminate"
  /** The day the item was met (item 1: the decisive penalty; item 3: the accident day). */
  readonly metOn?: Date
  readonly details: Localized
  /** What is missing for an `indeterminate` item. */
  readonly missing?: ReadonlyArray<string>
}

/**
 * The result of `closureTriggers`.
 *
 * @since 0.1.0
 */
export interface ClosureAssessment {
  readonly subject: string
  readonly asOf: Date
  /** `false` before 2021-09-01, when the 2021 text was not in force. */
  readonly applicable: boolean
  readonly items: ReadonlyArray<ClosureItem>
  /** `required` when any item is triggered; `not-required` when none is and none is unknown. */
  readonly closure: "required" | "not-required" | "indeterminate"
}

/**
 * Evaluates 安全生产法 第一百一十三条 for one unit as of a calendar day. Penalties of other subjects,
 * penalties not under the Safety Law or not concerning a major hazard, and anything after `asOf`
 * are ignored. Accident days are Beijing-time days unless `utcOffsetMinutes` says otherwise.
 *
 * @since 0.1.0
 */
export const closureTriggers = (
  c: ClosureCase,
  asOf: Date,
  options: { readonly utcOffsetMinutes?: number | undefined } = {}
): ClosureAssessment => {
  const offset = options.utcOffsetMinutes ?? CHINA_UTC_OFFSET_MINUTES
  const inForce = CalendarDate.make(SAFETY_LAW_2021_IN_FORCE)
  const applicable = asOf.getTime() >= inForce.getTime()
  const items: Array<ClosureItem> = []

  const counted = c.penalties.filter((p) =>
    p.subject === c.subject && p.underWorkSafetyLaw && p.majorHazard &&
    p.decidedOn.getTime() <= asOf.getTime() && p.decidedOn.getTime() >= inForce.getTime()
  )
  const repeated = repeatedPenaltyTrigger(counted.map((p) => p.decidedOn))
  items.push(repeated === undefined
    ? {
      item: 1,
      citation: safetyLaw(113, 1),
      status: "not-triggered",
      details: {
        "zh-CN": `存在重大事故隐患受安全生产法处罚${counted.length}次，未达180日内3次或1年内4次`,
        en: `${counted.length} Safety Law penalties concerning a major hazard: not 3 within 180 days nor 4 within a year`
      }
    }
    : {
      item: 1,
      citation: safetyLaw(113, 1),
      status: "triggered",
      metOn: repeated.metOn,
      details: {
        "zh-CN": `存在重大事故隐患，${repeated.rule === "3-in-180-days" ? "180日内3次" : "1年内4次"}受到处罚：${repeated.dates.map(CalendarDate.format).join("、")}`,
        en: `Penalised for a major hazard ${repeated.rule === "3-in-180-days" ? "3 times within 180 days" : "4 times within a year"}: ${repeated.dates.map(CalendarDate.format).join(", ")}`
      }
    })

  const fact = (item: 2 | 4, value: boolean | undefined, path: string, zh: string, en: string): ClosureItem =>
    value === undefined
      ? { item, citation: safetyLaw(113, item), status: "indeterminate", details: { "zh-CN": `未提供：${zh}`, en: `Not given: ${en}` }, missing: [path] }
      : { item, citation: safetyLaw(113, item), status: value ? "triggered" : "not-triggered", details: { "zh-CN": zh, en } }
  items.push(fact(2, c.stillUnsafeAfterSuspension, "stillUnsafeAfterSuspension", "经停产停业整顿仍不具备安全生产条件", "still unsafe after a suspension for rectification"))

  const serious = (c.accidents ?? []).filter((a) =>
    a.subject === c.subject && isGradeAtLeast(accidentGradeOf(a), "serious") &&
    calendarDayOf(a.occurredAt, offset).getTime() <= asOf.getTime()
  )
  const findings = new Map((c.unsafeConditionsFindings ?? []).map((f) => [f.accident as string, f.unsafeConditionsCaused]))
  const caused = serious.filter((a) => findings.get(a.id) === true)
  const unknown = serious.filter((a) => !findings.has(a.id))
  if (caused.length > 0) {
    const first = caused.map((a) => calendarDayOf(a.occurredAt, offset)).sort((x, y) => x.getTime() - y.getTime())[0]!
    items.push({
      item: 3,
      citation: safetyLaw(113, 3),
      status: "triggered",
      metOn: first,
      details: {
        "zh-CN": `不具备安全生产条件导致重大及以上事故：${caused.map((a) => a.id).join("、")}`,
        en: `Lack of safe conditions caused a serious or especially serious accident: ${caused.map((a) => a.id).join(", ")}`
      }
    })
  } else if (unknown.length > 0) {
    items.push({
      item: 3,
      citation: safetyLaw(113, 3),
      status: "indeterminate",
      details: {
        "zh-CN": `发生重大及以上事故（${unknown.map((a) => a.id).join("、")}），是否因不具备安全生产条件所致待调查认定`,
        en: `Serious or worse accident (${unknown.map((a) => a.id).join(", ")}); whether a lack of safe conditions caused it awaits the investigation`
      },
      missing: unknown.map((a) => `unsafeConditionsFindings[${a.id}]`)
    })
  } else {
    items.push({
      item: 3,
      citation: safetyLaw(113, 3),
      status: "not-triggered",
      details: {
        "zh-CN": serious.length === 0 ? "未发生重大及以上事故" : "重大及以上事故经认定非因不具备安全生产条件所致",
        en: serious.length === 0 ? "No serious or worse accident" : "Serious accidents were found not to be caused by a lack of safe conditions"
      }
    })
  }
  items.push(fact(4, c.refusedSuspensionOrder, "refusedSuspensionOrder", "拒不执行停产停业整顿决定", "refused a suspension-for-rectification order"))

  const closure = !applicable
    ? "not-required"
    : items.some((i) => i.status === "triggered")
    ? "required"
    : items.some((i) => i.status === "indeterminate")
    ? "indeterminate"
    : "not-required"
  return { subject: c.subject, asOf, applicable, items: applicable ? items : [], closure }
}

/**
 * Effect entry of `closureTriggers`: decodes unknown input as a `ClosureCase`; `asOf` defaults to
 * today (Beijing time) by the `Clock`.
 *
 * @since 0.1.0
 */
export const closureTriggersEffect = (
  input: unknown,
  options: { readonly asOf?: Date | string | undefined; readonly utcOffsetMinutes?: number | undefined } = {}
): Effect.Effect<ClosureAssessment, Schema.SchemaError | InvalidAsOfError> =>
  Effect.gen(function* () {
    const c = yield* Schema.decodeUnknownEffect(ClosureCase)(input, { errors: "all" })
    const asOf = yield* resolveAsOfDate(options.asOf, options.utcOffsetMinutes)
    return closureTriggers(c, asOf, options)
  })

/**
 * Promise entry of `closureTriggers` (see `closureTriggersEffect`).
 *
 * @since 0.1.0
 */
export const closureTriggersPromise = (
  input: unknown,
  options: { readonly asOf?: Date | string | undefined; readonly utcOffsetMinutes?: number | undefined } = {}
): Promise<ClosureAssessment> => Effect.runPromise(closureTriggersEffect(input, options))
