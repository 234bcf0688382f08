/**
 * 执法案件 — the records of an enforcement case: the inspection (检查) that opens it, the findings
 * (违法行为/检查发现) it records, each linked to the hazard ledger's hazards by id and, when it comes
 * from a rule, carrying the rule's citation and the penalty articles the pack cites; the order to
 * rectify within a deadline (责令限期改正), the penalty decision (行政处罚决定) and its publication
 * (安全生产法 第七十八条), the reviews (复查) and the closure (结案).
 *
 * Dates are calendar days (`YYYY-MM-DD` on the wire). Amounts are whole yuan and always given by the
 * user: the SDK never computes a fine.
 *
 * @since 0.2.0
 */
import {
  CalendarDate,
  Citation,
  HazardCitation,
  HazardId,
  InspectionId,
  JurisdictionCode,
  NonNegativeYuan,
  PersonRef,
  Sector,
  SupervisingDepartment,
  UnifiedSocialCreditCode
} from "@anquan/core"
import { Schema } from "effect"

/** 案件编号. @since 0.2.0 */
export const CaseId = Schema.NonEmptyString.pipe(Schema.brand("CaseId")).annotate({ identifier: "CaseId", description: "案件编号" })
/** @since 0.2.0 */
export type CaseId = typeof CaseId.Type

/** 违法行为编号 — a finding's id, unique within its case. @since 0.2.0 */
export const FindingId = Schema.NonEmptyString.annotate({ identifier: "FindingId", description: "违法行为编号 (unique within the case)" })

/**
 * 案件来源 — how the case started: a routine inspection (`inspection` 日常检查), a 打非治违 action
 * (`crackdown`, seed 001 第十条), a public report (`public-report` 举报), or an accident
 * (`accident` 事故). Seed 002's target counts non-accident cases only.
 *
 * @since 0.2.0
 */
export const CaseOrigin = Schema.Literals(["inspection", "crackdown", "public-report", "accident"]).annotate({
  identifier: "CaseOrigin",
  description: "案件来源 — inspection 日常检查 | crackdown 打非治违 | public-report 举报 | accident 事故"
})
/** @since 0.2.0 */
export type CaseOrigin = typeof CaseOrigin.Type

/**
 * 检查 — the inspection that opens the case: the day, the inspecting department, the inspectors,
 * optionally the inspection record id.
 *
 * @since 0.2.0
 */
export const CaseInspection = Schema.Struct({
  id: Schema.optionalKey(InspectionId),
  on: CalendarDate.CalendarDate,
  inspectors: Schema.optionalKey(Schema.Array(PersonRef))
}).annotate({ identifier: "CaseInspection" })
/** @since 0.2.0 */
export type CaseInspection = typeof CaseInspection.Type

/**
 * 规则来源 — when a finding comes from a rule of a pack: its id and version, the provision broken
 * and the penalty articles the rule cites (copied from the pack, never typed in).
 *
 * @since 0.2.0
 */
export const FindingRule = Schema.Struct({
  ruleId: Schema.NonEmptyString,
  ruleVersion: Schema.optionalKey(Schema.String),
  penalties: Schema.Array(Citation)
}).annotate({ identifier: "FindingRule" })
/** @since 0.2.0 */
export type FindingRule = typeof FindingRule.Type

/**
 * 违法行为 — one finding of the case: what was found, the day, the provision broken (`citation`),
 * the hazards of the ledger it concerns (by id) and, for a rule finding, the rule.
 *
 * @since 0.2.0
 */
export const CaseFinding = Schema.Struct({
  id: FindingId,
  on: CalendarDate.CalendarDate,
  description: Schema.NonEmptyString,
  /** The provision broken (as the hazard ledger records a rule finding's citation). */
  citation: Schema.optionalKey(HazardCitation),
  hazardIds: Schema.Array(HazardId),
  rule: Schema.optionalKey(FindingRule)
}).annotate({ identifier: "CaseFinding" })
/** @since 0.2.0 */
export type CaseFinding = typeof CaseFinding.Type

/**
 * 责令限期改正 — the order to rectify: the document number, the day it was issued and the deadline
 * (after the issue day), and the findings it covers.
 *
 * @since 0.2.0
 */
export const RectificationOrder = Schema.Struct({
  documentNo: Schema.optionalKey(Schema.NonEmptyString),
  issuedOn: CalendarDate.CalendarDate,
  deadline: CalendarDate.CalendarDate,
  findingIds: Schema.Array(FindingId)
}).annotate({ identifier: "RectificationOrder" })
/** @since 0.2.0 */
export type RectificationOrder = typeof RectificationOrder.Type

/**
 * 处罚种类 — the kinds of administrative penalty the Safety Law's penalty articles name: warning,
 * fine (罚款), confiscation of illegal income (没收违法所得), suspension of production (停产停业整顿),
 * revocation of a licence or qualification (吊销/暂扣), closure (关闭).
 *
 * @since 0.2.0
 */
export const PenaltyKind = Schema.Literals(["warning", "fine", "confiscation", "suspension", "revocation", "closure"]).annotate({
  identifier: "PenaltyKind",
  description: "处罚种类 — warning 警告 | fine 罚款 | confiscation 没收违法所得 | suspension 停产停业整顿 | revocation 吊销/暂扣 | closure 关闭"
})
/** @since 0.2.0 */
export type PenaltyKind = typeof PenaltyKind.Type

/**
 * 行政处罚决定 — the penalty decision: its number and day, the penalty articles it rests on
 * (`basis`), the kinds of penalty, the fine on the unit (元, as decided: never computed here), the
 * findings it punishes, and the day it was published (第七十八条), when it was.
 *
 * @since 0.2.0
 */
export const PenaltyDecision = Schema.Struct({
  documentNo: Schema.NonEmptyString,
  decidedOn: CalendarDate.CalendarDate,
  basis: Schema.Array(Citation).check(Schema.isMinLength(1, { message: "Expected at least one penalty article (处罚依据)" })),
  kinds: Schema.Array(PenaltyKind).check(Schema.isMinLength(1, { message: "Expected at least one kind of penalty" })),
  fineYuan: Schema.optionalKey(NonNegativeYuan),
  findingIds: Schema.Array(FindingId),
  publishedOn: Schema.optionalKey(CalendarDate.CalendarDate)
}).annotate({ identifier: "PenaltyDecision" })
/** @since 0.2.0 */
export type PenaltyDecision = typeof PenaltyDecision.Type

/** 复查结论 — `rectified` 已整改, `not-rectified` 未整改. @since 0.2.0 */
export const ReviewOutcome = Schema.Literals(["rectified", "not-rectified"]).annotate({ identifier: "ReviewOutcome" })
/** @since 0.2.0 */
export type ReviewOutcome = typeof ReviewOutcome.Type

/** 复查 — a review of the rectification: the day, the outcome, a note. @since 0.2.0 */
export const CaseReview = Schema.Struct({
  on: CalendarDate.CalendarDate,
  outcome: ReviewOutcome,
  note: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "CaseReview" })
/** @since 0.2.0 */
export type CaseReview = typeof CaseReview.Type

/**
 * 案件阶段 — where a case stands: `inspected` (opened, nothing found yet), `findings-recorded`,
 * `rectification-ordered`, `penalty-decided`, `reviewed`, `closed`.
 *
 * @since 0.2.0
 */
export const CaseStage = Schema.Literals(["inspected", "findings-recorded", "rectification-ordered", "penalty-decided", "reviewed", "closed"]).annotate({
  identifier: "CaseStage",
  description: "案件阶段 — inspected 已检查 | findings-recorded 已认定违法行为 | rectification-ordered 已责令改正 | penalty-decided 已作出处罚决定 | reviewed 已复查 | closed 已结案"
})
/** @since 0.2.0 */
export type CaseStage = typeof CaseStage.Type

/**
 * 案件主体 — who and where: the unit (统一社会信用代码) and its name, the jurisdiction, the sector
 * and the department that handles the case, and how the case started.
 *
 * @since 0.2.0
 */
export const CaseHeader = Schema.Struct({
  id: CaseId,
  subject: UnifiedSocialCreditCode,
  subjectName: Schema.optionalKey(Schema.String),
  jurisdiction: JurisdictionCode,
  sector: Sector,
  department: SupervisingDepartment,
  origin: CaseOrigin,
  /** 专项行动 — e.g. the 打非治违 campaign the case belongs to. */
  campaignId: Schema.optionalKey(Schema.NonEmptyString)
}).annotate({ identifier: "CaseHeader" })
/** @since 0.2.0 */
export type CaseHeader = typeof CaseHeader.Type

/**
 * 执法案件 — one case as its events leave it.
 *
 * @since 0.2.0
 */
export const EnforcementCase = Schema.Struct({
  ...CaseHeader.fields,
  stage: CaseStage,
  inspection: CaseInspection,
  findings: Schema.Array(CaseFinding),
  orders: Schema.Array(RectificationOrder),
  penalty: Schema.optionalKey(PenaltyDecision),
  reviews: Schema.Array(CaseReview),
  closedOn: Schema.optionalKey(CalendarDate.CalendarDate)
}).annotate({ identifier: "EnforcementCase", description: "执法案件" })
/** @since 0.2.0 */
export type EnforcementCase = typeof EnforcementCase.Type
/** The wire form of a case. @since 0.2.0 */
export type EnforcementCaseInput = typeof EnforcementCase.Encoded

/** The order in force: the last one issued. @since 0.2.0 */
export const currentOrder = (c: Pick<EnforcementCase, "orders">): RectificationOrder | undefined => c.orders[c.orders.length - 1]

/** Every hazard id the case's findings name, once each, in order. @since 0.2.0 */
export const caseHazardIds = (c: Pick<EnforcementCase, "findings">): ReadonlyArray<string> => [...new Set(c.findings.flatMap((f) => f.hazardIds as ReadonlyArray<string>))]
