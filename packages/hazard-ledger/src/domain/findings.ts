/**
 * 检查发现 → 隐患 — turns an evaluation report (`@anquan/core` `Report`) into `Report` commands for
 * the ledger. Every un-waived hazard violation (finding `kind` `hazard`, or none) of severity
 * `major` or `general` becomes a hazard of that level, sourced as a `rule-finding` with the rule id, version and citation. A major finding
 * becomes a major hazard with its 五落实 checklist open (no deadline, no responsible person,
 * nothing recorded). The same rule on the same subject never opens a second hazard while one is
 * open: neither against the ledger (`isOpen`) nor twice within one report. A finding of another
 * kind — a `reporting` breach such as an accident reported late (迟报) — is not a hazard: it is
 * skipped as `not-a-hazard`, counted and listed with the others, never opened.
 *
 * @since 0.1.0
 */
import { CalendarDate, HazardCitation, isSector, Localized, type Sector } from "@anquan/core"
import { Schema } from "effect"
import type { Report } from "./commands.ts"

/**
 * The parts of a core `Finding` the conversion reads (other keys are ignored).
 *
 * @since 0.1.0
 */
export const FindingInput = Schema.Struct({
  ruleId: Schema.NonEmptyString,
  pack: Schema.String,
  ruleVersion: Schema.String,
  outcome: Schema.Literals(["violation", "compliant", "not-applicable", "indeterminate", "error"]),
  severity: Schema.Literals(["major", "general", "advisory"]),
  /** `hazard` when absent; `reporting` findings are not hazards. */
  kind: Schema.optionalKey(Schema.Literals(["hazard", "reporting"])),
  citation: HazardCitation,
  title: Localized,
  message: Schema.optionalKey(Localized),
  details: Schema.optionalKey(Localized),
  waiver: Schema.optionalKey(Schema.Struct({ status: Schema.Literals(["active", "expired"]) }))
}).annotate({ identifier: "FindingInput" })
/** @since 0.1.0 */
export type FindingInput = typeof FindingInput.Type

/**
 * The parts of a core `Report` the conversion reads: the as-of date and each evaluated
 * enterprise's subject and findings (build the report with `retainEnterprises: true`).
 *
 * @since 0.1.0
 */
export const ReportInput = Schema.Struct({
  asOf: CalendarDate.CalendarDate,
  enterprises: Schema.Array(Schema.Struct({
    subject: Schema.Struct({
      creditCode: Schema.String,
      name: Schema.String,
      jurisdiction: Schema.String,
      sectors: Schema.Array(Schema.String)
    }),
    findings: Schema.Array(FindingInput)
  }))
}).annotate({ identifier: "EvaluationReportInput" })
/** @since 0.1.0 */
export type ReportInput = typeof ReportInput.Type
/** The wire form (a core `Report` is one). @since 0.1.0 */
export type ReportInputEncoded = typeof ReportInput.Encoded

/**
 * Why a violation did not become a hazard.
 *
 * @since 0.1.0
 */
export type SkipReason =
  | "not-a-hazard"
  | "advisory"
  | "waived"
  | "already-open"
  | "duplicate-in-report"
  | "no-sector"
  | "out-of-jurisdiction"
  | "invalid"

/**
 * A violation that did not become a hazard, and why. `existing` names the open hazard for
 * `already-open`; `detail` explains `invalid`, `out-of-jurisdiction` and `not-a-hazard`.
 *
 * @since 0.1.0
 */
export interface SkippedFinding {
  readonly subject: string
  readonly ruleId: string
  readonly reason: SkipReason
  readonly existing?: string | undefined
  readonly detail?: string | undefined
}

/**
 * Options of {@link findingsToCommands}.
 *
 * @since 0.1.0
 */
export interface FindingsOptions {
  /** The discovery date; default the report's as-of date. */
  readonly discoveredOn?: Date | undefined
  /** Days after discovery a general hazard's deadline falls; none when absent. Major hazards get none (五落实 open). */
  readonly generalDeadlineDays?: number | undefined
  /** The campaign (专项行动) the evaluation belongs to. */
  readonly campaignId?: string | undefined
  /** The open hazard for this subject and rule in the ledger, if any. */
  readonly openHazard?: ((subject: string, ruleId: string) => string | undefined) | undefined
  /** The sector of a finding's hazard; default the subject's first known sector. */
  readonly sectorOf?: ((subject: ReportInput["enterprises"][number]["subject"], finding: FindingInput) => Sector | undefined) | undefined
}

/**
 * The encoded `Report` command for one finding (dates as `YYYY-MM-DD`), ready for the ledger.
 *
 * @since 0.1.0
 */
export type ReportCommandInput = typeof Report.Encoded

const notAHazard = (kind: "reporting"): string =>
  ({ reporting: "a reporting breach (e.g. 迟报/漏报/谎报/瞒报), not an accident hazard: handle it as a reporting case, not in the hazard ledger" })[kind]

const clip = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`)

/**
 * The hazard description for a finding: its zh-CN title, then its details or message.
 *
 * @since 0.1.0
 */
export const describeFinding = (finding: FindingInput): string => {
  const title = finding.title["zh-CN"] || finding.title.en
  const more = finding.details ?? finding.message
  const extra = more === undefined ? "" : more["zh-CN"] || more.en
  return clip(extra === "" ? title : `${title}：${extra}`, 4000)
}

/**
 * Turns a decoded report into `Report` commands and the violations skipped. Pure.
 *
 * @since 0.1.0
 */
export const findingsToCommands = (
  report: ReportInput,
  options: FindingsOptions = {}
): { readonly commands: ReadonlyArray<ReportCommandInput>; readonly skipped: ReadonlyArray<SkippedFinding> } => {
  const commands: Array<ReportCommandInput> = []
  const skipped: Array<SkippedFinding> = []
  const seen = new Set<string>()
  const discoveredOn = options.discoveredOn ?? report.asOf
  for (const enterprise of report.enterprises) {
    const subject = enterprise.subject
    for (const finding of enterprise.findings) {
      if (finding.outcome !== "violation") continue
      const base = { subject: subject.creditCode, ruleId: finding.ruleId }
      if (finding.kind !== undefined && finding.kind !== "hazard") {
        skipped.push({ ...base, reason: "not-a-hazard", detail: notAHazard(finding.kind) })
        continue
      }
      if (finding.waiver?.status === "active") {
        skipped.push({ ...base, reason: "waived" })
        continue
      }
      if (finding.severity === "advisory") {
        skipped.push({ ...base, reason: "advisory" })
        continue
      }
      const key = `${subject.creditCode}\u0000${finding.ruleId}`
      if (seen.has(key)) {
        skipped.push({ ...base, reason: "duplicate-in-report" })
        continue
      }
      const existing = options.openHazard?.(subject.creditCode, finding.ruleId)
      if (existing !== undefined) {
        skipped.push({ ...base, reason: "already-open", existing })
        continue
      }
      const sector = options.sectorOf !== undefined ? options.sectorOf(subject, finding) : subject.sectors.find(isSector)
      if (sector === undefined) {
        skipped.push({ ...base, reason: "no-sector" })
        continue
      }
      seen.add(key)
      const level = finding.severity
      const deadline = level === "general" && options.generalDeadlineDays !== undefined
        ? CalendarDate.format(CalendarDate.addDays(discoveredOn, options.generalDeadlineDays))
        : undefined
      commands.push({
        _tag: "Report",
        subject: subject.creditCode,
        jurisdiction: subject.jurisdiction,
        sector,
        level,
        description: describeFinding(finding),
        source: {
          kind: "rule-finding",
          ruleId: finding.ruleId,
          ruleVersion: finding.ruleVersion,
          citation: Schema.encodeSync(HazardCitation)(finding.citation)
        },
        discoveredOn: CalendarDate.format(discoveredOn),
        ...(deadline === undefined ? {} : { deadline }),
        ...(options.campaignId === undefined ? {} : { campaignId: options.campaignId }),
        reason: `evaluation of ${CalendarDate.format(report.asOf)}: ${finding.pack} ${finding.ruleId}@${finding.ruleVersion}`
      })
    }
  }
  return { commands, skipped }
}
