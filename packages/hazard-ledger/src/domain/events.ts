/**
 * 事件 — what happened to a hazard. The ledger stores events only; a hazard's file is derived by
 * replaying them (`evolve`). Every event carries the same envelope: the hazard, its version (1 for
 * the report, then +1 per event, never reused), the instant it was recorded, the actor and the
 * reason given. Events are never updated or deleted.
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
import { Actor, EvidenceRef, Instant, Source } from "./model.ts"
import { Role } from "./role.ts"

const envelope = {
  hazardId: HazardId,
  version: Schema.Int.check(Schema.isGreaterThan(0)),
  at: Instant,
  actor: Actor,
  /** The capacity the actor acted in (absent on events written before roles existed). */
  role: Schema.optionalKey(Role),
  reason: Schema.optionalKey(Schema.String)
} as const

const SupervisionLevel = ListedSupervision.fields.level

/** 已上报 — the hazard entered the ledger. @since 0.1.0 */
export const HazardReported = Schema.TaggedStruct("HazardReported", {
  ...envelope,
  ...reportedSubject,
  description: Schema.NonEmptyString,
  source: Source,
  ...reportedDiscovery,
  evidence: Schema.Array(EvidenceRef)
})

/** 已评估定级. @since 0.1.0 */
export const HazardAssessed = Schema.TaggedStruct("HazardAssessed", {
  ...envelope,
  level: HazardLevel,
  deadline: Schema.optionalKey(CalendarDate.CalendarDate),
  responsiblePerson: Schema.optionalKey(PersonRef)
})

/** 五落实 items recorded. @since 0.1.0 */
export const FiveInPlaceRecorded = Schema.TaggedStruct("FiveInPlaceRecorded", { ...envelope, ...planItems })

/** 已制定整改方案 (with any 五落实 items given at the same time). @since 0.1.0 */
export const RectificationPlanned = Schema.TaggedStruct("RectificationPlanned", { ...envelope, ...planItems })

/** 整改中. @since 0.1.0 */
export const RectificationStarted = Schema.TaggedStruct("RectificationStarted", { ...envelope })

/** 整改完成, awaiting verification; the actor is the rectifier. @since 0.1.0 */
export const RectificationCompleted = Schema.TaggedStruct("RectificationCompleted", {
  ...envelope,
  evidence: Schema.Array(EvidenceRef)
})

/** 挂牌督办验收 — the listing level accepted the closure. @since 0.1.0 */
export const ClosureAccepted = Schema.TaggedStruct("ClosureAccepted", {
  ...envelope,
  level: SupervisionLevel,
  jurisdiction: Schema.optionalKey(JurisdictionCode)
})

/** 验收不合格 — back to rectifying. @since 0.1.0 */
export const VerificationFailed = Schema.TaggedStruct("VerificationFailed", { ...envelope })

/**
 * 销号 — closed, either after a passed verification (`verified`) or on discovery
 * (`fixed-on-discovery`, with the measures taken).
 *
 * @since 0.1.0
 */
export const HazardClosed = Schema.TaggedStruct("HazardClosed", {
  ...envelope,
  how: Schema.Literals(["verified", "fixed-on-discovery"]),
  measures: Schema.optionalKey(Schema.NonEmptyString),
  evidence: Schema.Array(EvidenceRef)
})

/** 挂牌督办 — listed for supervision. @since 0.1.0 */
export const ListedForSupervision = Schema.TaggedStruct("ListedForSupervision", {
  ...envelope,
  level: SupervisionLevel,
  by: Schema.optionalKey(JurisdictionCode),
  listedOn: CalendarDate.CalendarDate
})

/** 回头看 — reopened. @since 0.1.0 */
export const HazardReopened = Schema.TaggedStruct("HazardReopened", { ...envelope })

/** 申请延期. @since 0.1.0 */
export const ExtensionRequested = Schema.TaggedStruct("ExtensionRequested", {
  ...envelope,
  from: CalendarDate.CalendarDate,
  to: CalendarDate.CalendarDate
})

/** 批准延期 — the deadline moved from `from` to `to`. @since 0.1.0 */
export const ExtensionGranted = Schema.TaggedStruct("ExtensionGranted", {
  ...envelope,
  from: CalendarDate.CalendarDate,
  to: CalendarDate.CalendarDate,
  requestedBy: Actor
})

/** 驳回延期. @since 0.1.0 */
export const ExtensionRejected = Schema.TaggedStruct("ExtensionRejected", {
  ...envelope,
  from: CalendarDate.CalendarDate,
  to: CalendarDate.CalendarDate
})

/** 补充证据. @since 0.1.0 */
export const EvidenceAttached = Schema.TaggedStruct("EvidenceAttached", {
  ...envelope,
  evidence: Schema.Array(EvidenceRef)
})

/**
 * Every event, discriminated by `_tag`.
 *
 * @since 0.1.0
 */
export const HazardEvent = Schema.Union([
  HazardReported,
  HazardAssessed,
  FiveInPlaceRecorded,
  RectificationPlanned,
  RectificationStarted,
  RectificationCompleted,
  ClosureAccepted,
  VerificationFailed,
  HazardClosed,
  ListedForSupervision,
  HazardReopened,
  ExtensionRequested,
  ExtensionGranted,
  ExtensionRejected,
  EvidenceAttached
]).annotate({ identifier: "HazardEvent" })
/** @since 0.1.0 */
export type HazardEvent = typeof HazardEvent.Type
/** The stored (JSON) form of an event. @since 0.1.0 */
export type HazardEventEncoded = typeof HazardEvent.Encoded

/** The envelope every event carries. @since 0.1.0 */
export type EventEnvelope = Pick<HazardEvent, "hazardId" | "version" | "at" | "actor" | "role" | "reason">

/** An event without its envelope, as `decide` builds it. @since 0.1.0 */
export type EventBody = HazardEvent extends infer E ? E extends HazardEvent ? Omit<E, keyof EventEnvelope> : never : never

/** Encodes an event to its JSON text (dates as ISO strings). @since 0.1.0 */
export const encodeEventJson: (event: HazardEvent) => string = (() => {
  const encode = Schema.encodeSync(HazardEvent)
  return (event) => JSON.stringify(encode(event))
})()

/** Decodes an event from its JSON text; throws a `SchemaError` or `SyntaxError` on a corrupt row. @since 0.1.0 */
export const decodeEventJson: (json: string) => HazardEvent = (() => {
  const decode = Schema.decodeUnknownSync(HazardEvent)
  return (json) => decode(JSON.parse(json))
})()
