/**
 * 指令与事件 — what a caller asks the register to do (commands) and what it records (events, one
 * per command, never updated or deleted), and the file of a risk point derived from its events.
 *
 * | command | event | what |
 * |---|---|---|
 * | `Register` | `RiskPointRegistered` | a new risk point (expected version 0) |
 * | `Update` | `RiskPointUpdated` | the record replaced: hazard sources, controls, 包保责任人, … |
 * | `Assess` | `RiskAssessed` | a (re-)assessment on a day; the grade it gave is recorded with it |
 * | `RecordReview` | `ReviewRecorded` | a review (复评) on a day |
 * | `FlagForReview` | `ReviewFlagged` | a trigger: an accident, a change of process, a hazard found there |
 *
 * @since 0.2.0
 */
import { CalendarDate } from "@anquan/core"
import { Actor, Instant, Role } from "@anquan/hazard-ledger"
import { Schema } from "effect"
import { Assessment } from "./assessment.ts"
import { RiskGrade } from "./grade.ts"
import { ReassessmentTrigger, RiskPoint, RiskPointId } from "./model.ts"

const target = { riskPointId: RiskPointId } as const

/** @since 0.2.0 */
export const Register = Schema.TaggedStruct("Register", { point: RiskPoint })
/** @since 0.2.0 */
export const Update = Schema.TaggedStruct("Update", { point: RiskPoint })
/** @since 0.2.0 */
export const Assess = Schema.TaggedStruct("Assess", { ...target, assessment: Assessment, on: CalendarDate.CalendarDate })
/** @since 0.2.0 */
export const RecordReview = Schema.TaggedStruct("RecordReview", { ...target, on: CalendarDate.CalendarDate, note: Schema.optionalKey(Schema.String) })
/** @since 0.2.0 */
export const FlagForReview = Schema.TaggedStruct("FlagForReview", { ...target, trigger: ReassessmentTrigger })

/**
 * 指令 — every command of the register.
 *
 * @since 0.2.0
 */
export const RiskCommand = Schema.Union([Register, Update, Assess, RecordReview, FlagForReview]).annotate({ identifier: "RiskCommand" })
/** @since 0.2.0 */
export type RiskCommand = typeof RiskCommand.Type
/** @since 0.2.0 */
export type RiskCommandInput = typeof RiskCommand.Encoded

/** The risk point a command is about. @since 0.2.0 */
export const pointIdOf = (c: RiskCommand): string => (c._tag === "Register" || c._tag === "Update" ? c.point.id : c.riskPointId)

/**
 * 写请求 — a command with the version the caller saw (`0` for a new risk point).
 *
 * @since 0.2.0
 */
export const RiskWriteRequest = Schema.Struct({
  command: RiskCommand,
  expectedVersion: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0, { message: "Expected a version ≥ 0" }))
}).annotate({ identifier: "RiskWriteRequest" })
/** @since 0.2.0 */
export type RiskWriteRequestInput = typeof RiskWriteRequest.Encoded

const envelope = {
  riskPointId: RiskPointId,
  version: Schema.Int.check(Schema.isGreaterThan(0)),
  at: Instant,
  actor: Actor,
  role: Schema.optionalKey(Role)
} as const

/** The grade recorded with a write (`null`: not assessed), and its score. */
const graded = { grade: Schema.NullOr(RiskGrade), score: Schema.NullOr(Schema.String) } as const

/** @since 0.2.0 */
export const RiskPointRegistered = Schema.TaggedStruct("RiskPointRegistered", { ...envelope, point: RiskPoint, ...graded })
/** @since 0.2.0 */
export const RiskPointUpdated = Schema.TaggedStruct("RiskPointUpdated", { ...envelope, point: RiskPoint, ...graded })
/** @since 0.2.0 */
export const RiskAssessed = Schema.TaggedStruct("RiskAssessed", { ...envelope, assessment: Assessment, on: CalendarDate.CalendarDate, ...graded })
/** @since 0.2.0 */
export const ReviewRecorded = Schema.TaggedStruct("ReviewRecorded", { ...envelope, on: CalendarDate.CalendarDate, note: Schema.optionalKey(Schema.String) })
/** @since 0.2.0 */
export const ReviewFlagged = Schema.TaggedStruct("ReviewFlagged", { ...envelope, trigger: ReassessmentTrigger })

/**
 * 事件 — every event of the register.
 *
 * @since 0.2.0
 */
export const RiskEvent = Schema.Union([RiskPointRegistered, RiskPointUpdated, RiskAssessed, ReviewRecorded, ReviewFlagged]).annotate({ identifier: "RiskEvent" })
/** @since 0.2.0 */
export type RiskEvent = typeof RiskEvent.Type

/**
 * 风险点档案 — a risk point as its events leave it: the record, its version and the grade recorded
 * with the last write that graded it.
 *
 * @since 0.2.0
 */
export const RiskPointFile = Schema.Struct({
  point: RiskPoint,
  version: Schema.Int,
  ...graded,
  updatedAt: Instant
}).annotate({ identifier: "RiskPointFile" })
/** @since 0.2.0 */
export type RiskPointFile = typeof RiskPointFile.Type

/**
 * Applies an event to a file (`undefined` before the first event).
 *
 * @since 0.2.0
 */
export const evolve = (file: RiskPointFile | undefined, e: RiskEvent): RiskPointFile => {
  const base = { version: e.version, updatedAt: e.at }
  switch (e._tag) {
    case "RiskPointRegistered":
    case "RiskPointUpdated":
      return { point: e.point, grade: e.grade, score: e.score, ...base }
    case "RiskAssessed":
      return { ...file!, point: { ...file!.point, assessment: e.assessment, assessedOn: e.on }, grade: e.grade, score: e.score, ...base }
    case "ReviewRecorded":
      return { ...file!, point: { ...file!.point, review: { ...file!.point.review, lastReviewedOn: e.on } }, ...base }
    case "ReviewFlagged":
      return { ...file!, point: { ...file!.point, triggers: [...(file!.point.triggers ?? []), e.trigger] }, ...base }
  }
}

/** A file rebuilt from its events, version 1 first. @since 0.2.0 */
export const replay = (events: ReadonlyArray<RiskEvent>): RiskPointFile | undefined =>
  events.reduce<RiskPointFile | undefined>(evolve, undefined)
