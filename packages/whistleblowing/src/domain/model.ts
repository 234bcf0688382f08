/**
 * 举报 — a public report about work safety as it is received: what is reported (a 重大安全风险, a
 * 重大事故隐患 or another 事故隐患, a 安全生产违法行为), about whom and where, through which channel
 * (举报电话, 来信, 来访, online, or an insider — the 吹哨人 of seed 001 (十三)), and the reporter.
 *
 * The reporter is the hazard ledger's whistle-blower (`HazardReporter` of `@anquan/core`:
 * `{ anonymous, name?, contact? }`), stored with the report and redacted from every read by the
 * ledger's own rule (`redactReporter` of `@anquan/hazard-ledger`): only a caller holding
 * `read-whistleblower-identity` sees it (seed 001 (十三): 依法保护举报人，不得私自泄露有关个人信息).
 *
 * @since 0.2.0
 */
import { CalendarDate, HazardReporter, JurisdictionCode, Sector, UnifiedSocialCreditCode } from "@anquan/core"
import { RedactedReporter } from "@anquan/hazard-ledger"
import { Schema } from "effect"

/** 举报编号. @since 0.2.0 */
export const ReportId = Schema.NonEmptyString.check(Schema.isMaxLength(64, { message: "Expected a report id of at most 64 characters" })).pipe(
  Schema.brand("ReportId")
).annotate({ identifier: "ReportId", description: "举报编号" })
/** @since 0.2.0 */
export type ReportId = typeof ReportId.Type

/**
 * 举报事项 — what is reported, in the words of seed 001 (十三) and 安全生产法 第七十三/七十六条:
 * `major-risk` 重大安全风险, `major-hazard` 重大事故隐患, `hazard` 事故隐患 (not major),
 * `violation` 安全生产违法行为.
 *
 * @since 0.2.0
 */
export const ReportCategory = Schema.Literals(["major-risk", "major-hazard", "hazard", "violation"]).annotate({
  identifier: "ReportCategory",
  description: "举报事项 — major-risk 重大安全风险, major-hazard 重大事故隐患, hazard 事故隐患, violation 安全生产违法行为"
})
/** @since 0.2.0 */
export type ReportCategory = typeof ReportCategory.Type

/** The categories, in order. @since 0.2.0 */
export const ReportCategories: ReadonlyArray<ReportCategory> = ["major-risk", "major-hazard", "hazard", "violation"]

/**
 * 举报渠道 — `phone` 举报电话, `letter` 来信, `visit` 来访, `online` 网络, `insider` an employee of
 * the enterprise reported (企业内部员工, the 吹哨人 of seed 001 (十三)).
 *
 * @since 0.2.0
 */
export const ReportChannel = Schema.Literals(["phone", "letter", "visit", "online", "insider"]).annotate({
  identifier: "ReportChannel",
  description: "举报渠道 — phone 举报电话, letter 来信, visit 来访, online 网络, insider 吹哨人 (企业内部员工)"
})
/** @since 0.2.0 */
export type ReportChannel = typeof ReportChannel.Type

const reportFields = {
  id: ReportId,
  /** 受理日期 — the day the report was received. */
  receivedOn: CalendarDate.CalendarDate,
  channel: ReportChannel,
  category: ReportCategory,
  /** Where the reported matter is (the department of this jurisdiction's subtree handles it). */
  jurisdiction: JurisdictionCode,
  /** The enterprise reported, when known (统一社会信用代码). */
  subject: Schema.optionalKey(UnifiedSocialCreditCode),
  /** Its name as the reporter gives it. */
  subjectName: Schema.optionalKey(Schema.NonEmptyString),
  sector: Schema.optionalKey(Sector),
  description: Schema.NonEmptyString.check(Schema.isMaxLength(4000, { message: "Expected a description of at most 4000 characters" }))
} as const

/**
 * 举报 — as received (the intake command carries it): the reporter in full.
 *
 * @since 0.2.0
 */
export const PublicReport = Schema.Struct({
  ...reportFields,
  /** 举报人 — stored, and redacted from every read without `read-whistleblower-identity`. */
  reporter: HazardReporter
}).annotate({ identifier: "PublicReport", description: "举报 — id, receivedOn, channel, category, jurisdiction, subject?, description, reporter" })
/** @since 0.2.0 */
export type PublicReport = typeof PublicReport.Type
/** @since 0.2.0 */
export type PublicReportInput = typeof PublicReport.Encoded

/**
 * 举报 — as stored and read: the same as {@link PublicReport}, except that `reporter` is
 * `{ redacted: true }` for callers without the permission to see it.
 *
 * @since 0.2.0
 */
export const StoredReport = Schema.Struct({
  ...reportFields,
  reporter: Schema.Union([HazardReporter, RedactedReporter])
}).annotate({ identifier: "StoredPublicReport" })
/** @since 0.2.0 */
export type StoredReport = typeof StoredReport.Type
