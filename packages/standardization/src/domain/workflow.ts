/**
 * 标准化创建流程 — an enterprise's standardization record and its workflow, after seed 004 (四)(二):
 * 企业自评和申请 → 现场评审 → 审核公告 → 颁发证书, then the certificate's validity, its expiry or
 * its 撤销.
 *
 * | step | from | to |
 * |---|---|---|
 * | `SelfAssess` 自评 | enrolled, self-assessed, review-failed, certified, revoked (a new cycle) | self-assessed |
 * | `Apply` 申请 (the grade sought) | self-assessed | applied |
 * | `Review` 评审 (`passed` / `failed`) | applied | reviewed / review-failed |
 * | `Certify` 审核公告、发证 (the grade, at most the one applied for) | reviewed | certified |
 * | `Revoke` 撤销 (with the reason) | certified, while the certificate is valid | revoked |
 *
 * Each step is dated and never before the step it follows. A certificate is valid from its
 * approval to `validUntil` (given, or the approval day plus the validity, default 3 years
 * `[memory]`); it counts on a day only while valid and not revoked ({@link gradeHeldOn}): an expired
 * certificate does not count. A new cycle (re-assessment for renewal or a higher grade) leaves the
 * current certificate in force until it expires or a new one is issued; a `Revoke` during a cycle
 * ends that cycle too (the next step is a new self-assessment). `validityYears` is applied when a
 * record is built, so a certificate without its own `validUntil` follows the option in use.
 *
 * @since 0.2.0
 */
import { approvingAuthority, DEFAULT_VALIDITY_YEARS, validUntilFrom } from "@anquan/campaign"
import type { ApprovingAuthority } from "@anquan/campaign"
import { CalendarDate, EnterpriseScale, JurisdictionCode, Sector, UnifiedSocialCreditCode } from "@anquan/core"
import { Data, Result, Schema } from "effect"

/** 标准化等级 — 1 一级 (highest), 2 二级, 3 三级. @since 0.2.0 */
export const Grade = Schema.Literals([1, 2, 3]).annotate({ identifier: "StandardizationGrade", description: "标准化等级 — 1 一级 (highest), 2 二级, 3 三级" })
/** @since 0.2.0 */
export type Grade = typeof Grade.Type

/**
 * 创建企业 — the enterprise: credit code, name, jurisdiction, sector, scale (规模以上/以下) and
 * whether it is a 小微企业 (seed 002 counts 新增小微企业达标数量).
 *
 * @since 0.2.0
 */
export const Enrolment = Schema.Struct({
  enterprise: UnifiedSocialCreditCode,
  name: Schema.optionalKey(Schema.NonEmptyString),
  jurisdiction: JurisdictionCode,
  sector: Sector,
  scale: EnterpriseScale,
  smallOrMicro: Schema.optionalKey(Schema.Boolean)
}).annotate({ identifier: "StandardizationEnrolment" })
/** @since 0.2.0 */
export type Enrolment = typeof Enrolment.Type

const on = { on: CalendarDate.CalendarDate } as const
const Score = Schema.Finite.check(Schema.isBetween({ minimum: 0, maximum: 100 }, { message: "Expected a score from 0 to 100" }))

/** 自评. @since 0.2.0 */
export const SelfAssess = Schema.TaggedStruct("SelfAssess", { ...on, score: Schema.optionalKey(Score), note: Schema.optionalKey(Schema.String) })
/** 申请 — the grade sought. @since 0.2.0 */
export const Apply = Schema.TaggedStruct("Apply", { ...on, grade: Grade })
/** 评审 — the review's outcome (and score, reviewing body). @since 0.2.0 */
export const Review = Schema.TaggedStruct("Review", {
  ...on,
  outcome: Schema.Literals(["passed", "failed"]),
  score: Schema.optionalKey(Score),
  reviewer: Schema.optionalKey(Schema.NonEmptyString)
})
/**
 * 审核公告、发证 — the grade approved, who approved it (`state`/`province`/`city`/`county`), the
 * certificate number, and `validUntil` when the certificate states it (else computed).
 *
 * @since 0.2.0
 */
export const Certify = Schema.TaggedStruct("Certify", {
  ...on,
  grade: Grade,
  approvedBy: Schema.optionalKey(Schema.Literals(["state", "province", "city", "county"])),
  certificateNo: Schema.optionalKey(Schema.NonEmptyString),
  validUntil: Schema.optionalKey(CalendarDate.CalendarDate)
})
/** 撤销 — with the reason. @since 0.2.0 */
export const Revoke = Schema.TaggedStruct("Revoke", { ...on, reason: Schema.NonEmptyString })

/**
 * 流程步骤 — every step.
 *
 * @since 0.2.0
 */
export const Step = Schema.Union([SelfAssess, Apply, Review, Certify, Revoke]).annotate({ identifier: "StandardizationStep" })
/** @since 0.2.0 */
export type Step = typeof Step.Type
/** @since 0.2.0 */
export type StepInput = typeof Step.Encoded

/**
 * 创建档案 (as data) — the enterprise and its steps, oldest first.
 *
 * @since 0.2.0
 */
export const StandardizationHistory = Schema.Struct({
  enrolment: Enrolment,
  steps: Schema.Array(Step)
}).annotate({ identifier: "StandardizationHistory" })
/** @since 0.2.0 */
export type StandardizationHistory = typeof StandardizationHistory.Type
/** @since 0.2.0 */
export type StandardizationHistoryInput = typeof StandardizationHistory.Encoded

/**
 * 流程状态 — enrolled 未自评, self-assessed 已自评, applied 已申请, reviewed 评审通过,
 * review-failed 评审未通过, certified 已发证, revoked 已撤销. (Expiry is read by date:
 * {@link standingOn}.)
 *
 * @since 0.2.0
 */
export type WorkflowState = "enrolled" | "self-assessed" | "applied" | "reviewed" | "review-failed" | "certified" | "revoked"

/**
 * 证书 — a grade certificate: grade, approval day, validity, approver, and its 撤销 if any.
 *
 * @since 0.2.0
 */
export interface Certificate {
  readonly grade: Grade
  readonly approvedOn: Date
  readonly validUntil: Date
  readonly validUntilSource: "certificate" | "approval-plus-validity"
  readonly approvedBy?: "state" | "province" | "city" | "county"
  readonly certificateNo?: string
  /** Who should approve this grade on that day (`@anquan/campaign`'s `approvingAuthority`). */
  readonly expectedApprover: ApprovingAuthority
  /** `approvedBy` is given and is not the expected level (三级 by the county counts as delegated). */
  readonly approverMismatch: boolean
  readonly revokedOn?: Date
  readonly revocationReason?: string
}

/**
 * 标准化档案 — the record as its steps leave it.
 *
 * @since 0.2.0
 */
export interface StandardizationFile {
  readonly enrolment: Enrolment
  readonly state: WorkflowState
  /** The day of the last step. */
  readonly lastStepOn?: Date
  readonly selfAssessment?: { readonly on: Date; readonly score?: number }
  readonly application?: { readonly on: Date; readonly grade: Grade }
  readonly review?: { readonly on: Date; readonly outcome: "passed" | "failed"; readonly score?: number }
  /** Every certificate issued, oldest first. */
  readonly certificates: ReadonlyArray<Certificate>
}

/**
 * A step that does not fit the record (its index in the steps, the state, why).
 *
 * @since 0.2.0
 */
export class StepRefused extends Data.TaggedError("StepRefused")<{
  readonly enterprise: string
  readonly index: number
  readonly step: string
  readonly state: WorkflowState
  readonly reason: string
}> {
  override get message(): string {
    return `${this.enterprise}: step ${this.index} (${this.step}) refused in state ${this.state}: ${this.reason}`
  }
}

/**
 * Options of the workflow: the validity of a certificate in years (default 3, `[memory]`).
 *
 * @since 0.2.0
 */
export interface WorkflowOptions {
  readonly validityYears?: number | undefined
}

const fmt = CalendarDate.format
const at = (d: Date) => d.getTime()

/**
 * Applies one step to a record; refuses a step out of order or dated before the last one. Pure.
 *
 * @since 0.2.0
 */
export const applyStep = (file: StandardizationFile, step: Step, index: number, options: WorkflowOptions = {}): Result.Result<StandardizationFile, StepRefused> => {
  const refuse = (reason: string) => Result.fail(new StepRefused({ enterprise: file.enrolment.enterprise, index, step: step._tag, state: file.state, reason }))
  if (file.lastStepOn !== undefined && at(step.on) < at(file.lastStepOn)) return refuse(`${fmt(step.on)} is before the previous step, ${fmt(file.lastStepOn)}`)
  const next = { ...file, lastStepOn: step.on }
  switch (step._tag) {
    case "SelfAssess": {
      if (file.state === "applied" || file.state === "reviewed") return refuse("an application is pending: review and certify it first")
      const { _tag, note, ...selfAssessment } = step
      const { application, review, ...rest } = next
      return Result.succeed({ ...rest, state: "self-assessed", selfAssessment })
    }
    case "Apply":
      return file.state === "self-assessed"
        ? Result.succeed({ ...next, state: "applied", application: { on: step.on, grade: step.grade } })
        : refuse("an application follows a self-assessment (自评)")
    case "Review": {
      if (file.state !== "applied") return refuse("a review (评审) follows an application")
      const { _tag, reviewer, ...review } = step
      return Result.succeed({ ...next, state: step.outcome === "passed" ? "reviewed" : "review-failed", review })
    }
    case "Certify": {
      if (file.state !== "reviewed") return refuse("a certificate follows a passed review")
      const sought = file.application!.grade
      if (step.grade < sought) return refuse(`grade ${step.grade} is higher than the grade applied for, ${sought}`)
      const expectedApprover = approvingAuthority(step.grade, step.on)
      const approverMismatch = step.approvedBy !== undefined && step.approvedBy !== expectedApprover.level &&
        !(step.approvedBy === "county" && expectedApprover.delegableTo === "county")
      const validUntil = step.validUntil ?? validUntilFrom(step.on, options.validityYears ?? DEFAULT_VALIDITY_YEARS)
      if (at(validUntil) < at(step.on)) return refuse(`validUntil ${fmt(validUntil)} is before the approval ${fmt(step.on)}`)
      const certificate: Certificate = {
        grade: step.grade,
        approvedOn: step.on,
        validUntil,
        validUntilSource: step.validUntil === undefined ? "approval-plus-validity" : "certificate",
        ...(step.approvedBy === undefined ? {} : { approvedBy: step.approvedBy }),
        ...(step.certificateNo === undefined ? {} : { certificateNo: step.certificateNo }),
        expectedApprover,
        approverMismatch
      }
      return Result.succeed({ ...next, state: "certified", certificates: [...file.certificates, certificate] })
    }
    case "Revoke": {
      const last = file.certificates.at(-1)
      if (last === undefined || last.revokedOn !== undefined) return refuse("there is no certificate in force to revoke")
      if (at(step.on) > at(last.validUntil)) return refuse(`the certificate expired on ${fmt(last.validUntil)}`)
      const revoked: Certificate = { ...last, revokedOn: step.on, revocationReason: step.reason }
      return Result.succeed({ ...next, state: "revoked", certificates: [...file.certificates.slice(0, -1), revoked] })
    }
  }
}

/**
 * The record of a history: its steps applied in order; the first refused step fails it.
 *
 * @since 0.2.0
 */
export const buildRecord = (history: StandardizationHistory, options: WorkflowOptions = {}): Result.Result<StandardizationFile, StepRefused> => {
  let file: StandardizationFile = { enrolment: history.enrolment, state: "enrolled", certificates: [] }
  for (const [i, step] of history.steps.entries()) {
    const r = applyStep(file, step, i, options)
    if (Result.isFailure(r)) return r
    file = r.success
  }
  return Result.succeed(file)
}

/**
 * The certificate in force at the end of `day`: the latest one approved by then, not expired and
 * not revoked by then; `undefined` when none.
 *
 * @since 0.2.0
 */
export const gradeHeldOn = (file: StandardizationFile, day: Date): Certificate | undefined => {
  const t = at(day)
  for (let i = file.certificates.length - 1; i >= 0; i--) {
    const c = file.certificates[i]!
    if (at(c.approvedOn) > t) continue
    if (c.revokedOn !== undefined && at(c.revokedOn) <= t) return undefined
    return t <= at(c.validUntil) ? c : undefined
  }
  return undefined
}

/**
 * 达标状态 on a day: `valid` (a certificate in force, with its grade), `expired` (the last
 * certificate approved by then has lapsed), `revoked`, or `none` (never certified by then).
 *
 * @since 0.2.0
 */
export type Standing =
  | { readonly status: "valid"; readonly certificate: Certificate }
  | { readonly status: "expired" | "revoked"; readonly certificate: Certificate }
  | { readonly status: "none" }

/**
 * The record's standing at the end of `day`.
 *
 * @since 0.2.0
 */
export const standingOn = (file: StandardizationFile, day: Date): Standing => {
  const t = at(day)
  const last = [...file.certificates].reverse().find((c) => at(c.approvedOn) <= t)
  if (last === undefined) return { status: "none" }
  if (last.revokedOn !== undefined && at(last.revokedOn) <= t) return { status: "revoked", certificate: last }
  return t <= at(last.validUntil) ? { status: "valid", certificate: last } : { status: "expired", certificate: last }
}
