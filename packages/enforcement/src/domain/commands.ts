/**
 * 指令与事件 — what a caller asks of a case (commands) and what the store records (events, one per
 * command, never updated or deleted).
 *
 * | command | event | stage after |
 * |---|---|---|
 * | `OpenCase` | `CaseOpened` | `inspected` |
 * | `RecordFinding` | `FindingRecorded` | `findings-recorded` |
 * | `OrderRectification` | `RectificationOrdered` | `rectification-ordered` |
 * | `DecidePenalty` | `PenaltyDecided` | `penalty-decided` |
 * | `PublishDecision` | `DecisionPublished` | unchanged |
 * | `RecordReview` | `CaseReviewed` | `reviewed` |
 * | `CloseCase` | `CaseClosed` | `closed` |
 *
 * @since 0.2.0
 */
import { CalendarDate, Citation, NonNegativeYuan } from "@anquan/core"
import { Actor, Instant, Role } from "@anquan/hazard-ledger"
import { Schema } from "effect"
import { CaseFinding, CaseHeader, CaseId, CaseInspection, CaseReview, FindingId, PenaltyDecision, RectificationOrder } from "./model.ts"

const target = { caseId: CaseId } as const

/** Opens a case with its inspection. @since 0.2.0 */
export const OpenCase = Schema.TaggedStruct("OpenCase", { case: CaseHeader, inspection: CaseInspection })
/** Records a finding (违法行为). @since 0.2.0 */
export const RecordFinding = Schema.TaggedStruct("RecordFinding", { ...target, finding: CaseFinding })
/** Orders rectification within a deadline; `findingIds` absent or empty: every finding. @since 0.2.0 */
export const OrderRectification = Schema.TaggedStruct("OrderRectification", {
  ...target,
  order: Schema.Struct({
    documentNo: Schema.optionalKey(Schema.NonEmptyString),
    issuedOn: CalendarDate.CalendarDate,
    deadline: CalendarDate.CalendarDate,
    findingIds: Schema.optionalKey(Schema.Array(FindingId))
  })
})
/**
 * Decides the penalty. `basis` absent: the penalty articles the punished rule findings cite (from
 * their packs); `findingIds` absent or empty: every finding.
 *
 * @since 0.2.0
 */
export const DecidePenalty = Schema.TaggedStruct("DecidePenalty", {
  ...target,
  decision: Schema.Struct({
    documentNo: Schema.NonEmptyString,
    decidedOn: CalendarDate.CalendarDate,
    basis: Schema.optionalKey(Schema.Array(Citation)),
    kinds: PenaltyDecision.fields.kinds,
    fineYuan: Schema.optionalKey(NonNegativeYuan),
    findingIds: Schema.optionalKey(Schema.Array(FindingId)),
    publishedOn: Schema.optionalKey(CalendarDate.CalendarDate)
  })
})
/** Records the publication of the penalty decision (第七十八条). @since 0.2.0 */
export const PublishDecision = Schema.TaggedStruct("PublishDecision", { ...target, publishedOn: CalendarDate.CalendarDate })
/** Records a review (复查). @since 0.2.0 */
export const RecordReview = Schema.TaggedStruct("RecordReview", { ...target, review: CaseReview })
/** Closes the case (结案). @since 0.2.0 */
export const CloseCase = Schema.TaggedStruct("CloseCase", { ...target, on: CalendarDate.CalendarDate, note: Schema.optionalKey(Schema.String) })

/**
 * 指令 — every command of a case.
 *
 * @since 0.2.0
 */
export const CaseCommand = Schema.Union([OpenCase, RecordFinding, OrderRectification, DecidePenalty, PublishDecision, RecordReview, CloseCase]).annotate({ identifier: "CaseCommand" })
/** @since 0.2.0 */
export type CaseCommand = typeof CaseCommand.Type
/** @since 0.2.0 */
export type CaseCommandInput = typeof CaseCommand.Encoded

/** The case a command is about. @since 0.2.0 */
export const caseIdOf = (c: CaseCommand): string => (c._tag === "OpenCase" ? c.case.id : c.caseId)

/**
 * 写请求 — a command with the version the caller saw (`0` for a new case).
 *
 * @since 0.2.0
 */
export const CaseWriteRequest = Schema.Struct({
  command: CaseCommand,
  expectedVersion: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0, { message: "Expected a version ≥ 0" }))
}).annotate({ identifier: "CaseWriteRequest" })
/** @since 0.2.0 */
export type CaseWriteRequestInput = typeof CaseWriteRequest.Encoded

const envelope = {
  caseId: CaseId,
  version: Schema.Int.check(Schema.isGreaterThan(0)),
  at: Instant,
  actor: Actor,
  role: Schema.optionalKey(Role)
} as const

/** @since 0.2.0 */
export const CaseOpened = Schema.TaggedStruct("CaseOpened", { ...envelope, case: CaseHeader, inspection: CaseInspection })
/** @since 0.2.0 */
export const FindingRecorded = Schema.TaggedStruct("FindingRecorded", { ...envelope, finding: CaseFinding })
/** @since 0.2.0 */
export const RectificationOrdered = Schema.TaggedStruct("RectificationOrdered", { ...envelope, order: RectificationOrder })
/** @since 0.2.0 */
export const PenaltyDecided = Schema.TaggedStruct("PenaltyDecided", { ...envelope, decision: PenaltyDecision })
/** @since 0.2.0 */
export const DecisionPublished = Schema.TaggedStruct("DecisionPublished", { ...envelope, publishedOn: CalendarDate.CalendarDate })
/** @since 0.2.0 */
export const CaseReviewed = Schema.TaggedStruct("CaseReviewed", { ...envelope, review: CaseReview })
/** @since 0.2.0 */
export const CaseClosed = Schema.TaggedStruct("CaseClosed", { ...envelope, on: CalendarDate.CalendarDate, note: Schema.optionalKey(Schema.String) })

/**
 * 事件 — every event of a case.
 *
 * @since 0.2.0
 */
export const CaseEvent = Schema.Union([CaseOpened, FindingRecorded, RectificationOrdered, PenaltyDecided, DecisionPublished, CaseReviewed, CaseClosed]).annotate({ identifier: "CaseEvent" })
/** @since 0.2.0 */
export type CaseEvent = typeof CaseEvent.Type

/** The part of an event `decide` returns (the store adds the envelope). @since 0.2.0 */
export type CaseEventBody = CaseEvent extends infer E ? E extends CaseEvent ? Omit<E, "caseId" | "version" | "at" | "actor" | "role"> : never : never

