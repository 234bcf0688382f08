/**
 * 指令 — what a caller asks the ledger to do to a hazard. Every command is decoded with a Schema at
 * the boundary (dates as `YYYY-MM-DD` strings, unknown keys stripped, every problem reported with
 * its path), then checked against the hazard's state by `decide`.
 *
 * | command | from | to |
 * |---|---|---|
 * | `Report` 上报 | — | reported (closed with `fixedOnDiscovery`) |
 * | `Assess` 评估定级 | reported, assessed, reopened | assessed |
 * | `RecordFiveInPlace` 五落实 | any open state | unchanged |
 * | `PlanRectification` 制定整改方案 | assessed, reopened | rectification-planned |
 * | `StartRectification` 开始整改 | rectification-planned | rectifying |
 * | `CompleteRectification` 整改完成 | rectifying | awaiting-verification |
 * | `AcceptClosure` 挂牌督办验收 | awaiting-verification | unchanged |
 * | `Verify` 验收 | awaiting-verification | closed (passed) / rectifying (failed) |
 * | `FixOnDiscovery` 随查随治 | reported, assessed, reopened | closed |
 * | `ListForSupervision` 挂牌督办 | any open state | unchanged |
 * | `Reopen` 回头看 | closed | reopened |
 * | `RequestExtension` 申请延期 | any open state | unchanged |
 * | `GrantExtension` / `RejectExtension` 延期审批 | any open state | unchanged |
 * | `AttachEvidence` 补充证据 | any state | unchanged |
 *
 * @since 0.1.0
 */
import {
  CalendarDate,
  HazardId,
  HazardLevel,
  JurisdictionCode,
  ListedSupervision,
  PersonRef
} from "@anquan/core"
import { Schema } from "effect"
import { planItems, reportedDiscovery, reportedSubject } from "./fields.ts"
import { EvidenceRef, SourceInput } from "./model.ts"

const Reason = Schema.String.check(Schema.isMaxLength(2000, { message: "Expected a reason of at most 2000 characters" }))
const RequiredReason = Schema.NonEmptyString.check(
  Schema.isMaxLength(2000, { message: "Expected a reason of at most 2000 characters" })
)
const Evidence = Schema.Array(EvidenceRef).check(Schema.isMaxLength(100, { message: "Expected at most 100 evidence references" }))
const SupervisionLevel = ListedSupervision.fields.level

/** Optional `reason` (why), recorded on every event the command produces. */
const reason = { reason: Schema.optionalKey(Reason) } as const
const target = { hazardId: HazardId } as const

/**
 * 上报 — put a hazard in the ledger. `hazardId` is optional: the ledger assigns one when absent.
 * `level` is the level as found (re-assessed by `Assess`). With `fixedOnDiscovery` a general hazard
 * is recorded as fixed on the spot (随查随治) in the same write.
 *
 * @since 0.1.0
 */
export const Report = Schema.TaggedStruct("Report", {
  hazardId: Schema.optionalKey(HazardId),
  ...reportedSubject,
  description: Schema.NonEmptyString.check(Schema.isMaxLength(4000, { message: "Expected a description of at most 4000 characters" })),
  source: SourceInput,
  ...reportedDiscovery,
  evidence: Schema.optionalKey(Evidence),
  fixedOnDiscovery: Schema.optionalKey(Schema.Struct({ measures: Schema.NonEmptyString })),
  ...reason
}).annotate({ identifier: "Report" })
/** @since 0.1.0 */
export type Report = typeof Report.Type

/**
 * 评估定级 — confirm or change the level; may set the deadline and responsible person when they
 * are not set yet.
 *
 * @since 0.1.0
 */
export const Assess = Schema.TaggedStruct("Assess", {
  ...target,
  level: HazardLevel,
  deadline: Schema.optionalKey(CalendarDate.CalendarDate),
  responsiblePerson: Schema.optionalKey(PersonRef),
  ...reason
}).annotate({ identifier: "Assess" })
/** @since 0.1.0 */
export type Assess = typeof Assess.Type

/**
 * 五落实 — record some or all of measures, funds, emergency plan, the deadline (only when none is
 * set yet) and the responsible person.
 *
 * @since 0.1.0
 */
export const RecordFiveInPlace = Schema.TaggedStruct("RecordFiveInPlace", { ...target, ...planItems, ...reason })
  .check(Schema.makeFilter((c) =>
    c.measures === undefined && c.funds === undefined && c.emergencyPlan === undefined && c.deadline === undefined &&
      c.responsiblePerson === undefined
      ? "Expected at least one of measures, funds, emergencyPlan, deadline, responsiblePerson"
      : undefined
  ))
  .annotate({ identifier: "RecordFiveInPlace" })
/** @since 0.1.0 */
export type RecordFiveInPlace = typeof RecordFiveInPlace.Type

/**
 * 制定整改方案 — the rectification is planned. May carry 五落实 items at the same time; for a
 * major hazard all five must be in place once they are applied.
 *
 * @since 0.1.0
 */
export const PlanRectification = Schema.TaggedStruct("PlanRectification", { ...target, ...planItems, ...reason })
  .annotate({ identifier: "PlanRectification" })
/** @since 0.1.0 */
export type PlanRectification = typeof PlanRectification.Type

/** 开始整改. @since 0.1.0 */
export const StartRectification = Schema.TaggedStruct("StartRectification", { ...target, ...reason })
  .annotate({ identifier: "StartRectification" })
/** @since 0.1.0 */
export type StartRectification = typeof StartRectification.Type

/** 整改完成 — the actor is recorded as the rectifier; evidence of the work may be attached. @since 0.1.0 */
export const CompleteRectification = Schema.TaggedStruct("CompleteRectification", {
  ...target,
  evidence: Schema.optionalKey(Evidence),
  ...reason
}).annotate({ identifier: "CompleteRectification" })
/** @since 0.1.0 */
export type CompleteRectification = typeof CompleteRectification.Type

/**
 * 挂牌督办验收 — the level that listed the hazard accepts its closure. `jurisdiction` names the
 * accepting government when the listing named one.
 *
 * @since 0.1.0
 */
export const AcceptClosure = Schema.TaggedStruct("AcceptClosure", {
  ...target,
  level: SupervisionLevel,
  jurisdiction: Schema.optionalKey(JurisdictionCode),
  ...reason
}).annotate({ identifier: "AcceptClosure" })
/** @since 0.1.0 */
export type AcceptClosure = typeof AcceptClosure.Type

/**
 * 验收 — `passed` closes the hazard (销号); `failed` sends it back to rectifying and needs a reason.
 * The actor is the verifier and must not be the rectifier.
 *
 * @since 0.1.0
 */
export const Verify = Schema.TaggedStruct("Verify", {
  ...target,
  outcome: Schema.Literals(["passed", "failed"]),
  ...reason
}).check(Schema.makeFilter((c) =>
  c.outcome === "failed" && (c.reason === undefined || c.reason.length === 0)
    ? { path: ["reason"], issue: "a failed verification states why (reason)" }
    : undefined
)).annotate({ identifier: "Verify" })
/** @since 0.1.0 */
export type Verify = typeof Verify.Type

/** 随查随治 — a general hazard fixed on the spot: closed in one step, still recorded. @since 0.1.0 */
export const FixOnDiscovery = Schema.TaggedStruct("FixOnDiscovery", {
  ...target,
  measures: Schema.NonEmptyString,
  evidence: Schema.optionalKey(Evidence),
  ...reason
}).annotate({ identifier: "FixOnDiscovery" })
/** @since 0.1.0 */
export type FixOnDiscovery = typeof FixOnDiscovery.Type

/** 挂牌督办 — list a major hazard for supervision by a city, county or township. @since 0.1.0 */
export const ListForSupervision = Schema.TaggedStruct("ListForSupervision", {
  ...target,
  level: SupervisionLevel,
  by: Schema.optionalKey(JurisdictionCode),
  listedOn: Schema.optionalKey(CalendarDate.CalendarDate),
  ...reason
}).annotate({ identifier: "ListForSupervision" })
/** @since 0.1.0 */
export type ListForSupervision = typeof ListForSupervision.Type

/** 回头看 — a re-inspection found a closed hazard again. The reason is required. @since 0.1.0 */
export const Reopen = Schema.TaggedStruct("Reopen", { ...target, reason: RequiredReason }).annotate({ identifier: "Reopen" })
/** @since 0.1.0 */
export type Reopen = typeof Reopen.Type

/** 申请延期 — ask to move the deadline to `newDeadline`. The reason is required. @since 0.1.0 */
export const RequestExtension = Schema.TaggedStruct("RequestExtension", {
  ...target,
  newDeadline: CalendarDate.CalendarDate,
  reason: RequiredReason
}).annotate({ identifier: "RequestExtension" })
/** @since 0.1.0 */
export type RequestExtension = typeof RequestExtension.Type

/** 批准延期 — the deadline moves to the requested date. @since 0.1.0 */
export const GrantExtension = Schema.TaggedStruct("GrantExtension", { ...target, ...reason })
  .annotate({ identifier: "GrantExtension" })
/** @since 0.1.0 */
export type GrantExtension = typeof GrantExtension.Type

/** 驳回延期 — the deadline stays. The reason is required. @since 0.1.0 */
export const RejectExtension = Schema.TaggedStruct("RejectExtension", { ...target, reason: RequiredReason })
  .annotate({ identifier: "RejectExtension" })
/** @since 0.1.0 */
export type RejectExtension = typeof RejectExtension.Type

/** 补充证据 — attach evidence references (any state, closed included). @since 0.1.0 */
export const AttachEvidence = Schema.TaggedStruct("AttachEvidence", {
  ...target,
  evidence: Evidence.check(Schema.isMinLength(1, { message: "Expected at least one evidence reference" })),
  ...reason
}).annotate({ identifier: "AttachEvidence" })
/** @since 0.1.0 */
export type AttachEvidence = typeof AttachEvidence.Type

/**
 * Every command, discriminated by `_tag`.
 *
 * @since 0.1.0
 */
export const Command = Schema.Union([
  Report,
  Assess,
  RecordFiveInPlace,
  PlanRectification,
  StartRectification,
  CompleteRectification,
  AcceptClosure,
  Verify,
  FixOnDiscovery,
  ListForSupervision,
  Reopen,
  RequestExtension,
  GrantExtension,
  RejectExtension,
  AttachEvidence
]).annotate({ identifier: "HazardCommand" })
/** @since 0.1.0 */
export type Command = typeof Command.Type
/** The wire form of a command (dates as `YYYY-MM-DD` strings). @since 0.1.0 */
export type CommandInput = typeof Command.Encoded

/** Every command tag. @since 0.1.0 */
export const CommandTags = [
  "Report",
  "Assess",
  "RecordFiveInPlace",
  "PlanRectification",
  "StartRectification",
  "CompleteRectification",
  "AcceptClosure",
  "Verify",
  "FixOnDiscovery",
  "ListForSupervision",
  "Reopen",
  "RequestExtension",
  "GrantExtension",
  "RejectExtension",
  "AttachEvidence"
] as const satisfies ReadonlyArray<Command["_tag"]>

/**
 * 写请求 — a command with the version the caller saw (`0` for a new hazard) and an optional
 * idempotency key: a retry with the same key and the same request returns the first result instead
 * of writing again.
 *
 * @since 0.1.0
 */
export const WriteRequest = Schema.Struct({
  command: Command,
  expectedVersion: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0, { message: "Expected a version ≥ 0" })),
  idempotencyKey: Schema.optionalKey(
    Schema.NonEmptyString.check(Schema.isMaxLength(200, { message: "Expected an idempotency key of at most 200 characters" }))
  )
}).annotate({ identifier: "WriteRequest" })
/** @since 0.1.0 */
export type WriteRequest = typeof WriteRequest.Type
/** The wire form of a write request. @since 0.1.0 */
export type WriteRequestInput = typeof WriteRequest.Encoded
