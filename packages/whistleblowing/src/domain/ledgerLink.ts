/**
 * 转入隐患台账 — a verified report of a hazard opens a hazard in the hazard ledger
 * (`@anquan/hazard-ledger`): {@link ledgerReportOf} builds the ledger's `Report` command, with the
 * source `public-report` and the reporter, so the ledger keeps the whistle-blower under its own
 * protection (redacted from every read without `read-whistleblower-identity`). A department of the
 * report's jurisdiction issues it; the hazard id it gets is then recorded on the report
 * (`LinkHazard`, once).
 *
 * @since 0.2.0
 */
import type { Commands } from "@anquan/hazard-ledger"
import type { HazardLevel, Sector } from "@anquan/core"
import { CalendarDate } from "@anquan/core"
import { Data, Result } from "effect"
import type { ReportFile } from "./commands.ts"

/** Why a report cannot open a hazard. @since 0.2.0 */
export class LedgerLinkRefused extends Data.TaggedError("LedgerLinkRefused")<{ readonly reportId: string; readonly reason: string }> {
  override get message(): string {
    return `report ${this.reportId} cannot open a hazard in the ledger: ${this.reason}`
  }
}

/** Options of {@link ledgerReportOf}. @since 0.2.0 */
export interface LedgerReportOptions {
  /** The sector of the hazard (default: the report's). */
  readonly sector?: Sector | undefined
  /** The level as found (default: `major` for a `major-hazard` report, `general` for a `hazard`). */
  readonly level?: HazardLevel | undefined
  /** The hazard id to use (default: the ledger assigns one). */
  readonly hazardId?: string | undefined
}

/**
 * The ledger's `Report` command (wire form) for a verified report of a hazard (`major-hazard` or
 * `hazard`) about a known enterprise, discovered on the day of the finding. The file must be read
 * with the permission to see the reporter: a redacted reporter cannot be passed on.
 *
 * @since 0.2.0
 */
export const ledgerReportOf = (file: ReportFile, options: LedgerReportOptions = {}): Result.Result<typeof Commands.Report.Encoded, LedgerLinkRefused> => {
  const r = file.report
  const refuse = (reason: string) => Result.fail(new LedgerLinkRefused({ reportId: r.id, reason }))
  if (file.finding?.outcome !== "verified") return refuse("it is not verified (属实)")
  if (r.category !== "major-hazard" && r.category !== "hazard") return refuse(`it reports ${r.category}, not a hazard`)
  if (r.subject === undefined) return refuse("the enterprise reported is not identified (subject)")
  const sector = options.sector ?? r.sector
  if (sector === undefined) return refuse("no sector: give one")
  if ("redacted" in r.reporter) return refuse("the reporter is redacted: read the report with read-whistleblower-identity")
  return Result.succeed({
    _tag: "Report",
    ...(options.hazardId === undefined ? {} : { hazardId: options.hazardId }),
    subject: r.subject,
    jurisdiction: r.jurisdiction,
    sector,
    level: options.level ?? (r.category === "major-hazard" ? "major" : "general"),
    description: `举报 ${r.id}: ${r.description}`.slice(0, 4000),
    source: { kind: "public-report", reporter: r.reporter },
    discoveredOn: CalendarDate.format(file.finding.on),
    reason: `核查属实: ${file.finding.finding}`.slice(0, 2000)
  })
}
