/**
 * 信用记录 — what the credit of an enterprise is computed from: the enterprise (its code, name,
 * jurisdiction, scale and standardization grade, as `@anquan/core`'s `Enterprise` has them: an
 * `anquan check` input file decodes as it is, unknown keys stripped), its accidents (`@anquan/core`'s
 * `Accident`, graded by 生产安全事故报告和调查处理条例 第三条), its major hazards (重大事故隐患, e.g.
 * from the hazard ledger: `majorHazardsFromLedger`) and its penalty decisions (行政处罚决定).
 *
 * @since 0.2.0
 */
import {
  Accident,
  localizedIssue,
  CalendarDate,
  EnterpriseScale,
  JurisdictionCode,
  Standardization,
  UnifiedSocialCreditCode
} from "@anquan/core"
import { Schema } from "effect"

/**
 * 企业 — the part of the enterprise profile credit reads.
 *
 * @since 0.2.0
 */
export const CreditSubject = Schema.Struct({
  creditCode: UnifiedSocialCreditCode,
  name: Schema.NonEmptyString,
  jurisdiction: JurisdictionCode,
  scale: Schema.optionalKey(EnterpriseScale),
  standardization: Schema.optionalKey(Standardization)
}).annotate({ identifier: "CreditSubject", description: "企业 — creditCode, name, jurisdiction, scale?, standardization?" })
/** @since 0.2.0 */
export type CreditSubject = typeof CreditSubject.Type

/**
 * 重大事故隐患 — one major hazard of an enterprise: found on `discoveredOn`, closed (销号) on
 * `closedOn` when it was.
 *
 * @since 0.2.0
 */
export const MajorHazard = Schema.Struct({
  id: Schema.NonEmptyString,
  subject: UnifiedSocialCreditCode,
  discoveredOn: CalendarDate.CalendarDate,
  closedOn: Schema.optionalKey(CalendarDate.CalendarDate),
  description: Schema.optionalKey(Schema.String)
}).check(Schema.makeFilter((h) =>
  h.closedOn !== undefined && h.closedOn.getTime() < h.discoveredOn.getTime()
    ? { path: ["closedOn"], issue: localizedIssue("a hazard cannot be closed before it was found", "隐患销号日期不能早于发现日期") }
    : undefined
)).annotate({ identifier: "MajorHazard", description: "重大事故隐患 — id, subject, discoveredOn, closedOn?" })
/** @since 0.2.0 */
export type MajorHazard = typeof MajorHazard.Type

/**
 * 行政处罚决定 — one penalty decision against an enterprise (the article it applies, e.g.
 * `安全生产法第一百零二条`, is free text).
 *
 * @since 0.2.0
 */
export const Penalty = Schema.Struct({
  id: Schema.NonEmptyString,
  subject: UnifiedSocialCreditCode,
  decidedOn: CalendarDate.CalendarDate,
  article: Schema.optionalKey(Schema.String),
  amountYuan: Schema.optionalKey(Schema.Number.check(Schema.isGreaterThanOrEqualTo(0))),
  description: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "Penalty", description: "行政处罚决定 — id, subject, decidedOn, article?, amountYuan?, description?" })
/** @since 0.2.0 */
export type Penalty = typeof Penalty.Type

/**
 * 信用记录文件 — enterprises and their record. Enterprise codes are unique; an accident, hazard or
 * penalty of an enterprise that is not in the file is reported (`unmatched`), never dropped.
 *
 * @since 0.2.0
 */
export const CreditRecord = Schema.Struct({
  enterprises: Schema.Array(CreditSubject),
  accidents: Schema.optionalKey(Schema.Array(Accident)),
  majorHazards: Schema.optionalKey(Schema.Array(MajorHazard)),
  penalties: Schema.optionalKey(Schema.Array(Penalty))
}).check(Schema.makeFilter((r) => {
  const issues: Array<Schema.FilterIssue> = []
  const seen = new Map<string, number>()
  r.enterprises.forEach((e, i) => {
    const first = seen.get(e.creditCode)
    if (first !== undefined) issues.push({ path: ["enterprises", i, "creditCode"], issue: localizedIssue(`enterprise ${e.creditCode} is listed twice (first at ${first})`, `企业 ${e.creditCode} 重复（首次在第 ${first} 项）`) })
    else seen.set(e.creditCode, i)
  })
  const uniqueIds = (items: ReadonlyArray<{ readonly id: string }> | undefined, key: string) => {
    const ids = new Set<string>()
    items?.forEach((x, i) => {
      if (ids.has(x.id)) issues.push({ path: [key, i, "id"], issue: localizedIssue(`${x.id} is listed twice`, `${x.id} 重复`) })
      ids.add(x.id)
    })
  }
  uniqueIds(r.accidents, "accidents")
  uniqueIds(r.majorHazards, "majorHazards")
  uniqueIds(r.penalties, "penalties")
  return issues.length === 0 ? undefined : issues
})).annotate({ identifier: "CreditRecord", description: "信用记录 — enterprises, accidents?, majorHazards?, penalties?" })
/** @since 0.2.0 */
export type CreditRecord = typeof CreditRecord.Type
/** The wire form of a record. @since 0.2.0 */
export type CreditRecordInput = typeof CreditRecord.Encoded

/**
 * A hazard ledger's files (`@anquan/hazard-ledger`'s `HazardFile`, or anything with the same
 * fields) as major hazards: the `major` ones, closed on their closure's day.
 *
 * @since 0.2.0
 */
export const majorHazardsFromLedger = (
  files: ReadonlyArray<{
    readonly id: string
    readonly level: string
    readonly subject: string
    readonly discoveredOn: Date
    readonly description?: string | undefined
    readonly closure?: { readonly on: Date } | undefined
  }>
): ReadonlyArray<MajorHazard> =>
  files.filter((f) => f.level === "major").map((f) => ({
    id: f.id,
    subject: f.subject as UnifiedSocialCreditCode,
    discoveredOn: f.discoveredOn,
    ...(f.closure === undefined ? {} : { closedOn: f.closure.on }),
    ...(f.description === undefined ? {} : { description: f.description })
  }))
