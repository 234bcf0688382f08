/**
 * 风险点 — the records of the register: a risk point (a site, installation, activity or post of an
 * enterprise, in its jurisdiction), the hazard sources identified there (危险源/危害因素) with the
 * accident types they may lead to, its assessment, its controls (管控措施), the level that manages
 * it (公司/车间/班组/岗位), the responsible person (包保责任人), its review cadence and the events
 * that call for a re-assessment (an accident, a change of process, a hazard found there).
 *
 * @since 0.2.0
 */
import { CalendarDate, InstallationId, JurisdictionCode, PersonRef, SiteId, UnifiedSocialCreditCode } from "@anquan/core"
import { Schema } from "effect"
import { AccidentType } from "./accidentTypes.ts"
import { Assessment } from "./assessment.ts"
import { ControlKind } from "./config.ts"

/** 风险点编号. @since 0.2.0 */
export const RiskPointId = Schema.NonEmptyString.pipe(Schema.brand("RiskPointId")).annotate({
  identifier: "RiskPointId",
  description: "风险点编号"
})
/** @since 0.2.0 */
export type RiskPointId = typeof RiskPointId.Type

/** 风险点类型 — a site (场所), an installation (设备设施), an activity (作业活动) or a post (岗位). @since 0.2.0 */
export const RiskPointKind = Schema.Literals(["site", "installation", "activity", "post"]).annotate({
  identifier: "RiskPointKind",
  description: "风险点类型 — site 场所, installation 设备设施, activity 作业活动, post 岗位"
})
/** @since 0.2.0 */
export type RiskPointKind = typeof RiskPointKind.Type

/** 管控层级 — company (公司), workshop (车间), team (班组), post (岗位). @since 0.2.0 */
export const ManagingLevel = Schema.Literals(["company", "workshop", "team", "post"]).annotate({
  identifier: "ManagingLevel",
  description: "管控层级 — company 公司, workshop 车间, team 班组, post 岗位"
})
/** @since 0.2.0 */
export type ManagingLevel = typeof ManagingLevel.Type

/**
 * 危险源/危害因素 — one hazard source identified at the risk point and the accident types it may
 * lead to (at least one).
 *
 * @since 0.2.0
 */
export const HazardSource = Schema.Struct({
  id: Schema.optionalKey(Schema.NonEmptyString),
  description: Schema.NonEmptyString,
  accidentTypes: Schema.Array(AccidentType).check(Schema.isMinLength(1, { message: "Expected at least one accident type" }))
}).annotate({ identifier: "HazardSource", description: "危险源/危害因素 — description, accident types" })
/** @since 0.2.0 */
export type HazardSource = typeof HazardSource.Type

/** 管控措施 — one control of a kind. @since 0.2.0 */
export const Control = Schema.Struct({
  kind: ControlKind,
  description: Schema.NonEmptyString
}).annotate({ identifier: "Control", description: "管控措施 — kind, description" })
/** @since 0.2.0 */
export type Control = typeof Control.Type

/**
 * 重新评价触发 — what calls for a re-assessment: an accident there (`accident`), a change of
 * process, equipment or materials (`process-change`), a hazard found there (`hazard-found`; `ref`
 * may name the ledger's hazard id).
 *
 * @since 0.2.0
 */
export const ReassessmentTriggerKind = Schema.Literals(["accident", "process-change", "hazard-found"]).annotate({
  identifier: "ReassessmentTriggerKind",
  description: "重新评价触发 — accident 事故, process-change 工艺变更, hazard-found 发现隐患"
})
/** @since 0.2.0 */
export type ReassessmentTriggerKind = typeof ReassessmentTriggerKind.Type

/** One trigger: its kind, the day, and optionally a reference and a note. @since 0.2.0 */
export const ReassessmentTrigger = Schema.Struct({
  kind: ReassessmentTriggerKind,
  on: CalendarDate.CalendarDate,
  ref: Schema.optionalKey(Schema.NonEmptyString),
  note: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "ReassessmentTrigger" })
/** @since 0.2.0 */
export type ReassessmentTrigger = typeof ReassessmentTrigger.Type

/**
 * 复评周期 — the days between two reviews (absent: the configuration's interval for the point's
 * grade) and the day of the last review.
 *
 * @since 0.2.0
 */
export const Review = Schema.Struct({
  intervalDays: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThan(0))),
  lastReviewedOn: Schema.optionalKey(CalendarDate.CalendarDate)
}).annotate({ identifier: "Review" })
/** @since 0.2.0 */
export type Review = typeof Review.Type

/**
 * 风险点 — one entry of the register. `assessment` and `assessedOn` go together: an assessed point
 * has both, an unassessed one neither. Triggers dated after `assessedOn` (all, for an unassessed
 * point) are pending: the point needs a re-assessment.
 *
 * @since 0.2.0
 */
export const RiskPoint = Schema.Struct({
  id: RiskPointId,
  /** The enterprise (统一社会信用代码). */
  enterprise: UnifiedSocialCreditCode,
  jurisdiction: JurisdictionCode,
  name: Schema.NonEmptyString,
  kind: RiskPointKind,
  location: Schema.optionalKey(Schema.String),
  /** The site (as the hazard ledger names it, `site`) the point covers: hazards found there flag it. */
  site: Schema.optionalKey(SiteId),
  /** The installation (the ledger's `installation`) the point covers: hazards found there flag it. */
  installation: Schema.optionalKey(InstallationId),
  hazardSources: Schema.Array(HazardSource),
  assessment: Schema.optionalKey(Assessment),
  assessedOn: Schema.optionalKey(CalendarDate.CalendarDate),
  controls: Schema.Array(Control),
  managingLevel: ManagingLevel,
  /** 包保责任人. */
  responsible: Schema.optionalKey(PersonRef),
  review: Schema.optionalKey(Review),
  triggers: Schema.optionalKey(Schema.Array(ReassessmentTrigger))
}).check(Schema.makeFilter((p) =>
  (p.assessment === undefined) !== (p.assessedOn === undefined)
    ? { path: [p.assessment === undefined ? "assessment" : "assessedOn"], issue: "assessment and assessedOn go together: give both or neither" }
    : undefined
)).annotate({ identifier: "RiskPoint", description: "风险点" })
/** @since 0.2.0 */
export type RiskPoint = typeof RiskPoint.Type
/** The wire form of a risk point. @since 0.2.0 */
export type RiskPointInput = typeof RiskPoint.Encoded

/**
 * The triggers still pending: dated after the assessment (all of them, for an unassessed point).
 *
 * @since 0.2.0
 */
export const pendingTriggers = (point: RiskPoint): ReadonlyArray<ReassessmentTrigger> =>
  (point.triggers ?? []).filter((t) => point.assessedOn === undefined || t.on.getTime() > point.assessedOn.getTime())
