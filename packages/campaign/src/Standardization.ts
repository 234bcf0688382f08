/**
 * 安全生产标准化 — standardization grades 1/2/3: who approves each grade as of a date, whether a
 * grade is in force on a date, and what triggers its revocation.
 *
 * Sources (regulations.md §11, seed 004 lines 161–214):
 * - **Current scheme**, 《企业安全生产标准化建设定级办法》 (应急〔2021〕83号, issued 2021-10-27,
 *   `standardization-grading-2021`): 一级 by 应急管理部, 二级 by the provincial 应急管理部门, 三级 by
 *   the 设区的市 应急管理部门, which may delegate to the county. §11 marks this allocation
 *   `[memory, high confidence]`: `verified: false`.
 * - **Older scheme**: 一级 audited and announced by 国家安全监管总局, 二级 by the provincial 安监部门,
 *   三级 by the 设区的市 安监部门 — verified (§11) and printed in seed 004 line 183 (一级…由国家安全监管
 *   总局审核公告;二级…由省安监局审核公告;三级…由市安监局审核公告). It applies to approvals before 2021-10-27.
 * - A grade lasts **3 years**; certain accidents or a 重大事故隐患 lead to **撤销**; an applicant must
 *   have had no 较大 accident and no 重大事故隐患 in the prior year — all `[memory, medium
 *   confidence]` in §11. The 3 years is the default of `StandardizationPolicy.validityYears` and
 *   can be changed; *which* accidents revoke a grade is not stated, so `revokingAccidentGrades` has
 *   no default: until it is configured, accidents are reported as not assessed.
 * - Score thresholds ≥ 90 / ≥ 75 / ≥ 60 belong to the older 评审 rules (verified, §11); under the
 *   current scheme they vary by industry 定级标准, so `gradeByScore` takes thresholds explicitly.
 *
 * @since 0.1.0
 */
import {
  type Accident,
  Accident as AccidentSchema,
  AccidentGrade,
  accidentGradeOf,
  CalendarDate,
  type Hazard,
  Hazard as HazardSchema,
  Standardization,
  localizedIssue
} from "@anquan/core"
import { Effect, Schema } from "effect"
import { calendarDayOf, type InvalidAsOfError, resolveAsOfDate } from "./AsOf.ts"

/**
 * 标准化等级 — 1 一级 (highest), 2 二级, 3 三级.
 *
 * @since 0.1.0
 */
export type StandardizationGrade = 1 | 2 | 3

/**
 * 定级部门层级 — `state` 国家, `province` 省, `city` 设区的市 (core's `Standardization.approvedBy`).
 *
 * @since 0.1.0
 */
export type ApprovingLevel = "state" | "province" | "city"

/**
 * 定级部门 — who approves a grade under a scheme.
 *
 * @since 0.1.0
 */
export interface ApprovingAuthority {
  readonly grade: StandardizationGrade
  readonly level: ApprovingLevel
  readonly body: string
  /** The level the approver may delegate to (三级: the county), when the scheme allows it. */
  readonly delegableTo?: "county"
  readonly scheme: "standardization-grading-2021" | "pre-2021"
  /** The scheme's document (citation id where one exists). */
  readonly document: string
  readonly verified: boolean
  readonly source: string
}

/**
 * The day the current scheme (应急〔2021〕83号) was issued.
 *
 * @since 0.1.0
 */
export const CURRENT_SCHEME_FROM = CalendarDate.make("2021-10-27")

const current: { readonly [G in StandardizationGrade]: Omit<ApprovingAuthority, "grade"> } = {
  1: { level: "state", body: "应急管理部", scheme: "standardization-grading-2021", document: "standardization-grading-2021", verified: false, source: "regulations.md §11 [memory, high confidence]" },
  2: { level: "province", body: "省级应急管理部门", scheme: "standardization-grading-2021", document: "standardization-grading-2021", verified: false, source: "regulations.md §11 [memory, high confidence]" },
  3: { level: "city", body: "设区的市级应急管理部门", delegableTo: "county", scheme: "standardization-grading-2021", document: "standardization-grading-2021", verified: false, source: "regulations.md §11 [memory, high confidence]" }
}
const older: { readonly [G in StandardizationGrade]: Omit<ApprovingAuthority, "grade"> } = {
  1: { level: "state", body: "国家安全生产监督管理总局", scheme: "pre-2021", document: "older 评审 rules (安监总局)", verified: true, source: "regulations.md §11 [verified]; seed 004 line 183" },
  2: { level: "province", body: "省级安全生产监督管理部门", scheme: "pre-2021", document: "older 评审 rules (安监总局)", verified: true, source: "regulations.md §11 [verified]; seed 004 line 183" },
  3: { level: "city", body: "设区的市级安全生产监督管理部门", scheme: "pre-2021", document: "older 评审 rules (安监总局)", verified: true, source: "regulations.md §11 [verified]; seed 004 line 183" }
}

/**
 * 定级部门 — who approves `grade` for an approval on `asOf`: the current scheme from 2021-10-27,
 * the older one before.
 *
 * @example
 * ```ts
 * approvingAuthority(3, CalendarDate.make("2024-01-01")).body // "设区的市级应急管理部门"
 * approvingAuthority(1, CalendarDate.make("2012-06-01")).body // "国家安全生产监督管理总局"
 * ```
 * @since 0.1.0
 */
export const approvingAuthority = (grade: StandardizationGrade, asOf: Date): ApprovingAuthority =>
  ({ grade, ...(asOf.getTime() >= CURRENT_SCHEME_FROM.getTime() ? current : older)[grade] })

/**
 * 分数线 — minimum scores of grades 1, 2 and 3.
 *
 * @since 0.1.0
 */
export const ScoreThresholds = Schema.Struct({
  grade1: Schema.Finite,
  grade2: Schema.Finite,
  grade3: Schema.Finite
}).check(Schema.makeFilter((t) =>
  t.grade1 >= t.grade2 && t.grade2 >= t.grade3 ? undefined : localizedIssue("thresholds must not increase from grade 1 to grade 3", "分数线应自一级至三级依次不升高")
)).annotate({ identifier: "ScoreThresholds" })
/** @since 0.1.0 */
export type ScoreThresholds = typeof ScoreThresholds.Type

/**
 * The older 评审 rules' thresholds: ≥ 90 一级, ≥ 75 二级, ≥ 60 三级 (regulations.md §11, verified).
 * Under the current scheme, thresholds come from each industry's 定级标准.
 *
 * @since 0.1.0
 */
export const preScheme2021Thresholds: ScoreThresholds = { grade1: 90, grade2: 75, grade3: 60 }

/**
 * The highest grade a score reaches under `thresholds` (bounds inclusive), or `undefined` below 三级.
 *
 * @since 0.1.0
 */
export const gradeByScore = (score: number, thresholds: ScoreThresholds): StandardizationGrade | undefined =>
  score >= thresholds.grade1 ? 1 : score >= thresholds.grade2 ? 2 : score >= thresholds.grade3 ? 3 : undefined

/**
 * 标准化记录 — core's `Standardization` plus the dates core lacks: `approvedOn` (公告日期) and
 * `revokedOn` (撤销日期).
 *
 * @since 0.1.0
 */
export const StandardizationRecord = Schema.Struct({
  ...Standardization.fields,
  approvedOn: Schema.optionalKey(CalendarDate.CalendarDate),
  revokedOn: Schema.optionalKey(CalendarDate.CalendarDate)
}).annotate({ identifier: "StandardizationRecord", description: "标准化 — core Standardization + approvedOn?, revokedOn?" })
/** @since 0.1.0 */
export type StandardizationRecord = typeof StandardizationRecord.Type

/**
 * 标准化政策 — `validityYears` (default 3, §11 [memory]); `revokingAccidentGrades`, the accident
 * grades that revoke a grade, and `revokingMinDeaths`, the deaths from which an accident revokes it
 * (no default for either: §11 does not say which accidents); `majorHazardRevokes` (default `true`,
 * §11 [memory]).
 *
 * @since 0.1.0
 */
export const StandardizationPolicy = Schema.Struct({
  validityYears: Schema.optionalKey(Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 10 }))),
  revokingAccidentGrades: Schema.optionalKey(Schema.Array(AccidentGrade)),
  /** @since 0.2.0 */
  revokingMinDeaths: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThanOrEqualTo(1, { message: "Expected a number of deaths ≥ 1" }))),
  majorHazardRevokes: Schema.optionalKey(Schema.Boolean),
  basis: Schema.optionalKey(Schema.NonEmptyString)
}).annotate({ identifier: "StandardizationPolicy" })
/** @since 0.1.0 */
export type StandardizationPolicy = typeof StandardizationPolicy.Type

/**
 * The default validity of a grade, in years (§11 [memory, medium confidence]).
 *
 * @since 0.1.0
 */
export const DEFAULT_VALIDITY_YEARS = 3

/**
 * The last day of a grade approved on `approvedOn` and valid `years` years: the day before the
 * anniversary (2022-03-15 + 3 years → 2025-03-14; 02-29 + 1 year → 02-28 of the next year).
 *
 * @since 0.1.0
 */
export const validUntilFrom = (approvedOn: Date, years: number): Date => {
  // Date.UTC rolls 02-29 of a common year over to 03-01, so the day before is 02-28.
  const anniversary = new Date(Date.UTC(approvedOn.getUTCFullYear() + years, approvedOn.getUTCMonth(), approvedOn.getUTCDate()))
  return CalendarDate.addDays(anniversary, -1)
}

/**
 * Status of a grade on a date.
 *
 * @since 0.1.0
 */
export type GradeStatus = "valid" | "expired" | "revoked" | "not-yet-approved" | "validity-unknown"

/**
 * A grade's standing on a date.
 *
 * @since 0.1.0
 */
export interface GradeStanding {
  readonly grade: StandardizationGrade
  readonly status: GradeStatus
  /** The record's `validUntil`, else `approvedOn` + `validityYears`. */
  readonly validUntil?: Date
  readonly validUntilSource?: "record" | "approval-date-plus-validity"
  /** Who should have approved it (by the approval date; by the as-of date when that is unknown). */
  readonly expectedApprover: ApprovingAuthority
  /** `approvedBy` differs from the expected level. */
  readonly approverMismatch: boolean
}

/**
 * A grade's standing on `asOf`: revoked (from `revokedOn`, or always when `revoked` has no date),
 * not yet approved, expired after its validity, else valid; `validity-unknown` when neither
 * `validUntil` nor `approvedOn` is known.
 *
 * @since 0.1.0
 */
export const gradeStanding = (
  record: StandardizationRecord,
  asOf: Date,
  policy: StandardizationPolicy = {}
): GradeStanding => {
  const t = asOf.getTime()
  const expectedApprover = approvingAuthority(record.grade, record.approvedOn ?? asOf)
  const approverMismatch = record.approvedBy !== undefined && record.approvedBy !== expectedApprover.level
  const validity = record.validUntil !== undefined
    ? { validUntil: record.validUntil, validUntilSource: "record" as const }
    : record.approvedOn !== undefined
    ? { validUntil: validUntilFrom(record.approvedOn, policy.validityYears ?? DEFAULT_VALIDITY_YEARS), validUntilSource: "approval-date-plus-validity" as const }
    : {}
  const revoked = record.revokedOn !== undefined ? record.revokedOn.getTime() <= t : record.revoked === true
  const status: GradeStatus = revoked
    ? "revoked"
    : record.approvedOn !== undefined && record.approvedOn.getTime() > t
    ? "not-yet-approved"
    : validity.validUntil === undefined
    ? "validity-unknown"
    : t > validity.validUntil.getTime()
    ? "expired"
    : "valid"
  return { grade: record.grade, status, ...validity, expectedApprover, approverMismatch }
}

/**
 * A reason to revoke (撤销) a grade.
 *
 * @since 0.1.0
 */
export type RevocationTrigger =
  | { readonly kind: "major-hazard"; readonly hazardId: string; readonly on: Date }
  | {
    readonly kind: "accident"
    readonly accidentId: string
    readonly grade: AccidentGrade
    readonly on: Date
    /** @since 0.2.0 */
    readonly deaths: number
    /** Which configured rule it meets: its grade is listed, its deaths reach the threshold, or both. @since 0.2.0 */
    readonly by: ReadonlyArray<"grade" | "deaths">
  }

/**
 * The result of `revocationTriggers`.
 *
 * @since 0.1.0
 */
export interface RevocationCheck {
  readonly triggers: ReadonlyArray<RevocationTrigger>
  /** `false` while the policy says neither which accident grades nor from how many deaths an accident revokes a grade. */
  readonly accidentRuleConfigured: boolean
  /** The enterprise's accidents in the period that were not assessed (no accident rule). */
  readonly unassessedAccidents: ReadonlyArray<string>
}

/**
 * 撤销情形 — the enterprise's events since its approval (or over all time when the approval date is
 * unknown) up to `asOf` that trigger revocation under `policy`: 重大事故隐患 discovered (when
 * `majorHazardRevokes`, default true) and accidents of the configured grades or with at least the
 * configured deaths (Beijing-time day).
 *
 * @since 0.1.0
 */
export const revocationTriggers = (
  input: {
    readonly creditCode: string
    readonly record: StandardizationRecord
    readonly hazards: ReadonlyArray<Pick<Hazard, "id" | "subject" | "level" | "discoveredOn">>
    readonly accidents: ReadonlyArray<Accident>
  },
  asOf: Date,
  policy: StandardizationPolicy = {}
): RevocationCheck => {
  const from = input.record.approvedOn?.getTime() ?? Number.NEGATIVE_INFINITY
  const inPeriod = (d: Date) => d.getTime() >= from && d.getTime() <= asOf.getTime()
  const triggers: Array<RevocationTrigger> = []
  if (policy.majorHazardRevokes ?? true) {
    for (const h of input.hazards) {
      if (h.subject === input.creditCode && h.level === "major" && inPeriod(h.discoveredOn)) {
        triggers.push({ kind: "major-hazard", hazardId: h.id, on: h.discoveredOn })
      }
    }
  }
  const accidents = input.accidents.filter((a) => a.subject === input.creditCode && inPeriod(calendarDayOf(a.occurredAt)))
  const grades = policy.revokingAccidentGrades
  const minDeaths = policy.revokingMinDeaths
  const configured = grades !== undefined || minDeaths !== undefined
  if (configured) {
    for (const a of accidents) {
      const grade = accidentGradeOf(a)
      const by = [
        ...(grades !== undefined && grades.includes(grade) ? ["grade" as const] : []),
        ...(minDeaths !== undefined && a.deaths >= minDeaths ? ["deaths" as const] : [])
      ]
      if (by.length > 0) triggers.push({ kind: "accident", accidentId: a.id, grade, on: calendarDayOf(a.occurredAt), deaths: a.deaths, by })
    }
  }
  triggers.sort((a, b) => a.on.getTime() - b.on.getTime())
  return {
    triggers,
    accidentRuleConfigured: configured,
    unassessedAccidents: configured ? [] : accidents.map((a) => a.id)
  }
}

/**
 * The accident grades §11's application rule names: 较大 and above (较大, 重大, 特别重大).
 *
 * @since 0.1.0
 */
export const RelativelySeriousOrAbove: ReadonlyArray<AccidentGrade> = ["relatively-serious", "serious", "especially-serious"]

/**
 * The result of `applicationEligibility`.
 *
 * @since 0.1.0
 */
export interface ApplicationEligibility {
  readonly eligible: boolean
  readonly lookback: { readonly from: Date; readonly to: Date }
  readonly blockingAccidents: ReadonlyArray<string>
  readonly blockingMajorHazards: ReadonlyArray<string>
  readonly verified: false
}

/**
 * 申请条件 — §11 [memory, medium confidence]: no 较大 (or graver) accident and no 重大事故隐患 in the
 * year before the application. "The prior year" is read as the 12 months up to `applicationDate`
 * (from the same day one year earlier, both ends inclusive).
 *
 * @since 0.1.0
 */
export const applicationEligibility = (
  input: {
    readonly creditCode: string
    readonly hazards: ReadonlyArray<Pick<Hazard, "id" | "subject" | "level" | "discoveredOn">>
    readonly accidents: ReadonlyArray<Accident>
  },
  applicationDate: Date
): ApplicationEligibility => {
  const y = applicationDate.getUTCFullYear() - 1, m = applicationDate.getUTCMonth()
  const from = new Date(Date.UTC(y, m, Math.min(applicationDate.getUTCDate(), new Date(Date.UTC(y, m + 1, 0)).getUTCDate())))
  const lookback = { from, to: applicationDate }
  const blockingAccidents = input.accidents
    .filter((a) => a.subject === input.creditCode && CalendarDate.isWithin(lookback, calendarDayOf(a.occurredAt)))
    .filter((a) => RelativelySeriousOrAbove.includes(accidentGradeOf(a)))
    .map((a) => a.id)
  const blockingMajorHazards = input.hazards
    .filter((h) => h.subject === input.creditCode && h.level === "major" && CalendarDate.isWithin(lookback, h.discoveredOn))
    .map((h) => h.id)
  return {
    eligible: blockingAccidents.length === 0 && blockingMajorHazards.length === 0,
    lookback,
    blockingAccidents,
    blockingMajorHazards,
    verified: false
  }
}

/**
 * Effect entry of `gradeStanding`: decodes the record and the policy; `asOf` defaults to today.
 *
 * @since 0.1.0
 */
export const gradeStandingEffect = (
  record: unknown,
  options: { readonly asOf?: Date | string | undefined; readonly policy?: unknown } = {}
): Effect.Effect<GradeStanding, Schema.SchemaError | InvalidAsOfError> =>
  Effect.gen(function*() {
    const r = yield* Schema.decodeUnknownEffect(StandardizationRecord)(record, { errors: "all" })
    const policy = yield* Schema.decodeUnknownEffect(StandardizationPolicy)(options.policy ?? {}, { errors: "all" })
    const asOf = yield* resolveAsOfDate(options.asOf)
    return gradeStanding(r, asOf, policy)
  })

/**
 * Promise entry of `gradeStanding`.
 *
 * @since 0.1.0
 */
export const gradeStandingPromise = (
  record: unknown,
  options: { readonly asOf?: Date | string | undefined; readonly policy?: unknown } = {}
): Promise<GradeStanding> => Effect.runPromise(gradeStandingEffect(record, options))

/**
 * 撤销情形输入 — the data of `revocationTriggers` at an input boundary.
 *
 * @since 0.1.0
 */
export const RevocationData = Schema.Struct({
  creditCode: Schema.NonEmptyString,
  record: StandardizationRecord,
  hazards: Schema.Array(HazardSchema),
  accidents: Schema.Array(AccidentSchema),
  policy: Schema.optionalKey(StandardizationPolicy)
}).annotate({ identifier: "RevocationData" })

/**
 * Effect entry of `revocationTriggers`: decodes `RevocationData`; `asOf` defaults to today.
 *
 * @since 0.1.0
 */
export const revocationTriggersEffect = (
  input: unknown,
  options: { readonly asOf?: Date | string | undefined } = {}
): Effect.Effect<RevocationCheck, Schema.SchemaError | InvalidAsOfError> =>
  Effect.gen(function*() {
    const data = yield* Schema.decodeUnknownEffect(RevocationData)(input, { errors: "all" })
    const asOf = yield* resolveAsOfDate(options.asOf)
    return revocationTriggers(data, asOf, data.policy)
  })

/**
 * Promise entry of `revocationTriggers`.
 *
 * @since 0.1.0
 */
export const revocationTriggersPromise = (
  input: unknown,
  options: { readonly asOf?: Date | string | undefined } = {}
): Promise<RevocationCheck> => Effect.runPromise(revocationTriggersEffect(input, options))

/**
 * Effect entry of `approvingAuthority`: `asOf` (the approval date) defaults to today.
 *
 * @since 0.1.0
 */
export const approvingAuthorityEffect = (
  grade: StandardizationGrade,
  options: { readonly asOf?: Date | string | undefined } = {}
): Effect.Effect<ApprovingAuthority, InvalidAsOfError> =>
  Effect.map(resolveAsOfDate(options.asOf), (asOf) => approvingAuthority(grade, asOf))

/**
 * Promise entry of `approvingAuthority`.
 *
 * @since 0.1.0
 */
export const approvingAuthorityPromise = (
  grade: StandardizationGrade,
  options: { readonly asOf?: Date | string | undefined } = {}
): Promise<ApprovingAuthority> => Effect.runPromise(approvingAuthorityEffect(grade, options))

/**
 * 申请条件输入 — the data of `applicationEligibility` at an input boundary.
 *
 * @since 0.1.0
 */
export const EligibilityData = Schema.Struct({
  creditCode: Schema.NonEmptyString,
  hazards: Schema.Array(HazardSchema),
  accidents: Schema.Array(AccidentSchema)
}).annotate({ identifier: "EligibilityData" })

/**
 * Effect entry of `applicationEligibility`: `asOf` (the application date) defaults to today.
 *
 * @since 0.1.0
 */
export const applicationEligibilityEffect = (
  input: unknown,
  options: { readonly asOf?: Date | string | undefined } = {}
): Effect.Effect<ApplicationEligibility, Schema.SchemaError | InvalidAsOfError> =>
  Effect.gen(function*() {
    const data = yield* Schema.decodeUnknownEffect(EligibilityData)(input, { errors: "all" })
    const asOf = yield* resolveAsOfDate(options.asOf)
    return applicationEligibility(data, asOf)
  })

/**
 * Promise entry of `applicationEligibility`.
 *
 * @since 0.1.0
 */
export const applicationEligibilityPromise = (
  input: unknown,
  options: { readonly asOf?: Date | string | undefined } = {}
): Promise<ApplicationEligibility> => Effect.runPromise(applicationEligibilityEffect(input, options))
