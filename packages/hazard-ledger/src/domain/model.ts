/**
 * 隐患档案 — the building blocks of the hazard ledger: who acts (`Actor`), what a hazard's evidence
 * is (`EvidenceRef`, references not blobs), how it was found (`Source`), and the derived state of
 * one hazard (`HazardFile`, 一患一档: one file per hazard, rebuilt from its events).
 *
 * These types extend the first shape of the hazard in `@anquan/core` (`Hazard`): the same level,
 * state, source kinds, citation, reporter, 五落实 items and 挂牌督办, plus what a ledger needs — a
 * version, the actors and times of every step, pending and granted extensions, the acceptance of
 * the supervising level and the closure.
 *
 * @since 0.1.0
 */
import {
  CalendarDate,
  CampaignId,
  HazardCitation,
  HazardId,
  HazardLevel,
  HazardReporter,
  HazardSourceKind,
  HazardState,
  InspectionId,
  InstallationId,
  JurisdictionCode,
  ListedSupervision,
  NonNegativeYuan,
  PersonId,
  PersonRef,
  Sector,
  SiteId,
  UnifiedSocialCreditCode
} from "@anquan/core"
import { Schema, SchemaTransformation } from "effect"

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/u

/**
 * 时刻 — an instant: an ISO-8601 UTC timestamp with milliseconds (`2024-03-01T08:30:00.000Z`) at
 * the boundary, a `Date` inside. Every event records the instant it was appended.
 *
 * @since 0.1.0
 */
export const Instant = Schema.String.pipe(
  Schema.check(Schema.makeFilter((s: string) => ISO_INSTANT.test(s) && !Number.isNaN(Date.parse(s)), {
    message: "Expected an ISO-8601 UTC instant YYYY-MM-DDTHH:mm:ss.sssZ",
    expected: "an ISO-8601 UTC instant YYYY-MM-DDTHH:mm:ss.sssZ"
  })),
  Schema.decodeTo(
    Schema.Date,
    SchemaTransformation.transform({
      decode: (s: string) => new Date(s),
      encode: (d: Date) => d.toISOString()
    })
  )
).annotate({ identifier: "Instant", description: "时刻 — ISO-8601 UTC instant YYYY-MM-DDTHH:mm:ss.sssZ" })
/** @since 0.1.0 */
export type Instant = typeof Instant.Type

/**
 * 操作人 — who records a change: a person id (compared to keep the verifier apart from the
 * rectifier), a name and optionally the unit (单位) they act for.
 *
 * @since 0.1.0
 */
export const Actor = Schema.Struct({
  id: PersonId,
  name: Schema.NonEmptyString,
  unit: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "Actor", description: "操作人 — id, name, unit?" })
/** @since 0.1.0 */
export type Actor = typeof Actor.Type

/**
 * 证据 — a reference to an attachment (photo, inspection record, rectification report) kept
 * elsewhere: a URI, an optional label and an optional SHA-256 of the content. Never the blob itself.
 *
 * @since 0.1.0
 */
export const EvidenceRef = Schema.Struct({
  uri: Schema.NonEmptyString,
  label: Schema.optionalKey(Schema.String),
  sha256: Schema.optionalKey(
    Schema.String.check(Schema.isPattern(/^[0-9a-f]{64}$/u, { message: "Expected a lowercase hex SHA-256 (64 characters)" }))
  )
}).annotate({ identifier: "EvidenceRef", description: "证据 — uri, label?, sha256? (a reference, not a blob)" })
/** @since 0.1.0 */
export type EvidenceRef = typeof EvidenceRef.Type

/**
 * 已隐去的举报人 — what callers without the permission to see a whistle-blower's identity get in
 * place of it (001 第十三条: 不得私自泄露有关个人信息).
 *
 * @since 0.1.0
 */
export const RedactedReporter = Schema.Struct({ redacted: Schema.Literal(true) }).annotate({
  identifier: "RedactedReporter",
  description: "举报人信息已隐去 — the whistle-blower's identity, redacted"
})
/** @since 0.1.0 */
export type RedactedReporter = typeof RedactedReporter.Type

const sourceFields = {
  kind: HazardSourceKind,
  /** For `rule-finding`: the rule id (`pack/rule`). */
  ruleId: Schema.optionalKey(Schema.NonEmptyString),
  /** For `rule-finding`: the rule version (the first day it is in force). */
  ruleVersion: Schema.optionalKey(Schema.String),
  /** For `rule-finding`: the provision broken. */
  citation: Schema.optionalKey(HazardCitation),
  /** For `campaign`: the campaign. */
  campaignId: Schema.optionalKey(CampaignId),
  /** For `government-inspection` / `expert-check`: the inspection. */
  inspectionId: Schema.optionalKey(InspectionId)
} as const

const sourceProblems = (s: {
  readonly kind: HazardSourceKind
  readonly ruleId?: string
  readonly citation?: unknown
  readonly campaignId?: string
  readonly reporter?: unknown
}): Array<Schema.FilterIssue> => {
  const issues: Array<Schema.FilterIssue> = []
  if (s.kind === "rule-finding") {
    if (s.ruleId === undefined) issues.push({ path: ["ruleId"], issue: "a rule finding names its rule id" })
    if (s.citation === undefined) issues.push({ path: ["citation"], issue: "a rule finding names its citation (依据)" })
  }
  if (s.kind === "campaign" && s.campaignId === undefined) {
    issues.push({ path: ["campaignId"], issue: "a hazard found in a campaign (专项行动) names the campaign" })
  }
  if (s.reporter !== undefined && s.kind !== "public-report") {
    issues.push({ path: ["reporter"], issue: "only a public report (举报) has a reporter" })
  }
  return issues
}

/**
 * 隐患来源 — how a hazard was found, as a command carries it: the kind and, by kind, the rule id,
 * version and citation (`rule-finding`, both id and citation required), the campaign (`campaign`,
 * required), the inspection, and the whistle-blower (`public-report` only; confidential).
 *
 * @since 0.1.0
 */
export const SourceInput = Schema.Struct({
  ...sourceFields,
  /** For `public-report`: the whistle-blower (举报人). Stored, and redacted from every read without permission. */
  reporter: Schema.optionalKey(HazardReporter)
}).check(Schema.makeFilter(sourceProblems)).annotate({ identifier: "HazardSourceInput" })
/** @since 0.1.0 */
export type SourceInput = typeof SourceInput.Type

/**
 * 隐患来源 — as stored and read: the same as {@link SourceInput}, except that `reporter` is
 * `{ redacted: true }` for callers without the permission to see it.
 *
 * @since 0.1.0
 */
export const Source = Schema.Struct({
  ...sourceFields,
  reporter: Schema.optionalKey(Schema.Union([HazardReporter, RedactedReporter]))
}).annotate({ identifier: "HazardSource" })
/** @since 0.1.0 */
export type Source = typeof Source.Type

/**
 * The 五落实 items a hazard records itself: 整改措施 measures, 整改资金 funds (元), 应急预案
 * emergency plan. The other two, 整改时限 deadline and 责任人 responsible person, are the hazard's
 * own `deadline` and `responsiblePerson`, so there is one deadline to move (by extension only).
 *
 * @since 0.1.0
 */
export const FiveInPlaceRecord = Schema.Struct({
  measures: Schema.optionalKey(Schema.NonEmptyString),
  funds: Schema.optionalKey(NonNegativeYuan),
  emergencyPlan: Schema.optionalKey(Schema.NonEmptyString)
}).annotate({ identifier: "FiveInPlaceRecord" })
/** @since 0.1.0 */
export type FiveInPlaceRecord = typeof FiveInPlaceRecord.Type

/**
 * The five items of 五落实, in the order the seeds list them (002, 003): measures, funds,
 * deadline, responsible person, emergency plan.
 *
 * @since 0.1.0
 */
export const FiveInPlaceItems = ["measures", "funds", "deadline", "responsiblePerson", "emergencyPlan"] as const

/**
 * One item of 五落实.
 *
 * @since 0.1.0
 */
export type FiveInPlaceItem = typeof FiveInPlaceItems[number]

/**
 * 挂牌督办验收 — the acceptance of a closure by the level that listed the hazard.
 *
 * @since 0.1.0
 */
export const Acceptance = Schema.Struct({
  level: ListedSupervision.fields.level,
  jurisdiction: Schema.optionalKey(JurisdictionCode),
  acceptedBy: Actor,
  at: Instant
}).annotate({ identifier: "Acceptance" })
/** @since 0.1.0 */
export type Acceptance = typeof Acceptance.Type

/**
 * 延期申请 — an extension of the deadline asked for and not yet decided.
 *
 * @since 0.1.0
 */
export const PendingExtension = Schema.Struct({
  from: CalendarDate.CalendarDate,
  to: CalendarDate.CalendarDate,
  requestedBy: Actor,
  requestedAt: Instant,
  reason: Schema.String
}).annotate({ identifier: "PendingExtension" })
/** @since 0.1.0 */
export type PendingExtension = typeof PendingExtension.Type

/**
 * 已批准的延期 — an extension granted: the deadline moved from `from` to `to`.
 *
 * @since 0.1.0
 */
export const GrantedExtension = Schema.Struct({
  from: CalendarDate.CalendarDate,
  to: CalendarDate.CalendarDate,
  requestedBy: Actor,
  grantedBy: Actor,
  at: Instant
}).annotate({ identifier: "GrantedExtension" })
/** @since 0.1.0 */
export type GrantedExtension = typeof GrantedExtension.Type

/**
 * 销号 — how and when a hazard was closed: `verified` (整改验收合格) or `fixed-on-discovery`
 * (随查随治, general hazards only). `on` is the calendar day of `at` (UTC).
 *
 * @since 0.1.0
 */
export const Closure = Schema.Struct({
  how: Schema.Literals(["verified", "fixed-on-discovery"]),
  by: Actor,
  at: Instant,
  on: CalendarDate.CalendarDate,
  /** For `fixed-on-discovery`: what was done on the spot. */
  measures: Schema.optionalKey(Schema.NonEmptyString)
}).annotate({ identifier: "Closure" })
/** @since 0.1.0 */
export type Closure = typeof Closure.Type

/**
 * 整改完成 — the last completion of the rectification: who did it and when. The verifier must be
 * someone else.
 *
 * @since 0.1.0
 */
export const Rectification = Schema.Struct({
  completedBy: Actor,
  at: Instant
}).annotate({ identifier: "Rectification" })
/** @since 0.1.0 */
export type Rectification = typeof Rectification.Type

/**
 * 一患一档 — the file of one hazard: its state derived from its events. `version` is the number
 * of events applied (the version a writer must send back). Nothing here is ever edited in place:
 * a new event produces a new file.
 *
 * @since 0.1.0
 */
export const HazardFile = Schema.Struct({
  id: HazardId,
  version: Schema.Int.check(Schema.isGreaterThan(0)),
  state: HazardState,
  level: HazardLevel,
  subject: UnifiedSocialCreditCode,
  site: Schema.optionalKey(SiteId),
  installation: Schema.optionalKey(InstallationId),
  jurisdiction: JurisdictionCode,
  sector: Sector,
  description: Schema.NonEmptyString,
  source: Source,
  campaignId: Schema.optionalKey(CampaignId),
  discoveredOn: CalendarDate.CalendarDate,
  discoveredBy: Schema.optionalKey(PersonRef),
  deadline: Schema.optionalKey(CalendarDate.CalendarDate),
  responsiblePerson: Schema.optionalKey(PersonRef),
  fiveInPlace: FiveInPlaceRecord,
  listedSupervision: Schema.optionalKey(ListedSupervision),
  acceptance: Schema.optionalKey(Acceptance),
  rectification: Schema.optionalKey(Rectification),
  closure: Schema.optionalKey(Closure),
  pendingExtension: Schema.optionalKey(PendingExtension),
  extensions: Schema.Array(GrantedExtension),
  evidence: Schema.Array(EvidenceRef),
  /** How many times 回头看 reopened it. */
  reopened: Schema.Int,
  reportedBy: Actor,
  reportedAt: Instant,
  updatedAt: Instant
}).annotate({ identifier: "HazardFile", description: "一患一档 — one hazard's file, derived from its events" })
/** @since 0.1.0 */
export type HazardFile = typeof HazardFile.Type

/**
 * Which 五落实 items a hazard still lacks, in the order of {@link FiveInPlaceItems}. Empty when
 * all five are in place.
 *
 * @since 0.1.0
 */
export const missingFiveInPlace = (
  file: Pick<HazardFile, "fiveInPlace" | "deadline" | "responsiblePerson">
): ReadonlyArray<FiveInPlaceItem> =>
  FiveInPlaceItems.filter((item) =>
    item === "deadline"
      ? file.deadline === undefined
      : item === "responsiblePerson"
      ? file.responsiblePerson === undefined
      : file.fiveInPlace[item] === undefined
  )

/** Whether all five 五落实 items are in place. @since 0.1.0 */
export const hasFiveInPlace = (file: Pick<HazardFile, "fiveInPlace" | "deadline" | "responsiblePerson">): boolean =>
  missingFiveInPlace(file).length === 0

/** Whether the hazard is open (not 销号). @since 0.1.0 */
export const isOpen = (file: Pick<HazardFile, "state">): boolean => file.state !== "closed"
