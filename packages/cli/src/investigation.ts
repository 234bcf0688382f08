/**
 * `anquan investigation …` as plain async functions: accident investigations (事故调查) checked as of
 * a day — the investigating level (第十九条), the report and approval deadlines (第二十九条, 第三十二条),
 * the closure checklist (四不放过, 结案备案) — and the accountability an investigation feeds.
 *
 * @since 0.2.0
 */
import { readFileSync } from "node:fs"
import { checkInvestigations, gradeLabel, investigatingLevelLabel } from "@anquan/accident"
import type { InvestigationCheck, InvestigationOptions, InvestigationsCheck } from "@anquan/accident"
import { CalendarDate, decodeIssueMessage } from "@anquan/core"
import { accountabilityForInvestigationPromise } from "@anquan/responsibility"
import type { InvestigationAccountability } from "@anquan/responsibility"
import { UsageError } from "./check.ts"
import { ExitCode } from "./exitCode.ts"
import { readWorkingDayCalendar } from "./input/calendar.ts"
import { decodeBytes } from "./input/encoding.ts"
import { terminalSafeInline } from "./output/terminal.ts"

const readJson = (what: string, path: string): unknown => {
  try {
    return JSON.parse(decodeBytes(readFileSync(path)))
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${path}: ${(e as Error).message}`)
  }
}

/** JSON with calendar days (every `Date` of these results is one) as `YYYY-MM-DD`. */
const toJson = (value: unknown): string =>
  JSON.stringify(value, function(this: Record<string, unknown>, key, v) {
    const raw = this[key]
    return raw instanceof Date ? CalendarDate.format(raw) : v
  }, 2) + "\n"

/**
 * The working-day options of `--day-kind` and `--calendar` (core's `WorkingDayCalendar`, decoded with
 * every problem named): `--day-kind working` needs `--calendar`, and `--calendar` is used with it.
 *
 * @since 0.2.0
 */
export const workingDays = (o: { readonly dayKind?: "calendar" | "working" | undefined; readonly calendar?: string | undefined }): Pick<InvestigationOptions, "dayKind" | "calendar"> => {
  if (o.dayKind === "working" && o.calendar === undefined) throw new UsageError("--day-kind working needs --calendar <file.json> ({ \"holidays\": [...], \"workdays\"?: [...] }): no holiday calendar is built in")
  if (o.calendar === undefined) return {}
  if (o.dayKind !== "working") throw new UsageError("--calendar is used with --day-kind working (the deadlines count calendar days otherwise)")
  return { dayKind: "working", calendar: readWorkingDayCalendar(o.calendar) }
}

/**
 * Options of `investigationCheck` (`anquan investigation check`).
 *
 * @since 0.2.0
 */
export interface InvestigationCheckOptions {
  /** A JSON file: an array of investigation cases (`@anquan/accident`'s `InvestigationCase`). */
  readonly cases: string
  readonly asOf: string
  readonly format: "table" | "json"
  readonly reportClockFrom?: InvestigationOptions["reportClockFrom"]
  readonly firstDay?: InvestigationOptions["firstDay"]
  /** `calendar` (default) or `working` days; `working` needs `calendar`. @since 0.2.0 */
  readonly dayKind?: InvestigationOptions["dayKind"]
  /** A JSON working-day calendar `{ holidays, workdays? }` (as `anquan enforcement publication --calendar`). @since 0.2.0 */
  readonly calendar?: string | undefined
  readonly locale?: "zh-CN" | "en" | undefined
  readonly write: (text: string) => void
}

const line = (c: InvestigationCheck, locale: "zh-CN" | "en"): string => {
  const d = (x: Date | undefined) => x === undefined ? "—" : CalendarDate.format(x)
  const by = c.level.investigatedBy
  const level = `${investigatingLevelLabel(c.level.required, locale)}${by === undefined || by === c.level.required ? "" : ` (${locale === "en" ? "investigated by" : "实际"} ${investigatingLevelLabel(by, locale)})`}`
  const parts = [
    terminalSafeInline(c.accidentId),
    gradeLabel(c.grade, locale),
    level,
    `report ${c.report.status} (due ${d(c.report.deadline)})`,
    `approval ${c.approval.status}${c.approval.deadline === undefined ? "" : ` (due ${d(c.approval.deadline)})`}`,
    `closure ${c.closure.status}${c.closure.status === "open" ? `: ${c.closure.items.filter((i) => i.status !== "done").map((i) => i.id).join(", ")}` : ""}`
  ]
  const findings = c.findings.map((f) => `  ✗ ${f.ruleId}: ${terminalSafeInline(f.details?.[locale] ?? "")}`)
  return [parts.join("  "), ...findings].join("\n")
}

/**
 * `anquan investigation check`: every case of the file as of `asOf`. Exit code: 3 when a case was
 * rejected (each is listed with the path of every problem), else 1 when a case has a finding, else 0.
 *
 * @since 0.2.0
 */
export const investigationCheck = async (o: InvestigationCheckOptions): Promise<InvestigationsCheck & { readonly exitCode: number }> => {
  const asOf = CalendarDate.parse(o.asOf)
  if (asOf === undefined) throw new UsageError(`--as-of must be a calendar date YYYY-MM-DD, got ${JSON.stringify(o.asOf)}`)
  const input = readJson("the cases file", o.cases)
  if (!Array.isArray(input)) throw new UsageError(`${o.cases}: expected a JSON array of investigation cases`)
  const result = checkInvestigations(input, asOf, { reportClockFrom: o.reportClockFrom, firstDay: o.firstDay, ...workingDays(o) })
  const locale = o.locale ?? "zh-CN"
  if (o.format === "json") {
    o.write(toJson({ asOf: result.asOf, counting: result.checks[0]?.counting, summary: result.summary, cases: result.checks, rejected: result.rejected }))
  } else {
    for (const c of result.checks) o.write(line(c, locale) + "\n")
    for (const r of result.rejected) {
      for (const issue of r.issues) o.write(`case ${r.index} rejected: ${terminalSafeInline(issue.path.join("."))}: ${terminalSafeInline(decodeIssueMessage(issue, locale))}\n`)
    }
    const s = result.summary
    o.write(`${s.cases} cases as of ${o.asOf}: ${s.withFindings} with findings, report overdue ${s.reportOverdue}, approval overdue ${s.approvalOverdue}, open ${s.open}; ${result.rejected.length} rejected\n`)
  }
  const exitCode = result.rejected.length > 0 ? ExitCode.rejected : result.summary.withFindings > 0 ? ExitCode.violations : ExitCode.noViolation
  return { ...result, exitCode }
}

/**
 * Options of `investigationAccountability` (`anquan investigation accountability`).
 *
 * @since 0.2.0
 */
export interface InvestigationAccountabilityOptions {
  /** A JSON file: `{ investigation, rules?, leaders?, leadDepartments? }` (`InvestigationAccountabilityData`). */
  readonly file: string
  readonly asOf: string
  readonly write: (text: string) => void
}

/**
 * `anquan investigation accountability`: who answers for the accident, with the people the
 * investigation held responsible, as JSON. Exit code: 0, or 1 when a determination did not fit its
 * rule (listed in `unmatched`); a decode error is a usage error naming every bad path.
 *
 * @since 0.2.0
 */
export const investigationAccountability = async (o: InvestigationAccountabilityOptions): Promise<InvestigationAccountability & { readonly exitCode: number }> => {
  if (CalendarDate.parse(o.asOf) === undefined) throw new UsageError(`--as-of must be a calendar date YYYY-MM-DD, got ${JSON.stringify(o.asOf)}`)
  const input = readJson("the investigation file", o.file)
  let result: InvestigationAccountability
  try {
    result = await accountabilityForInvestigationPromise(input, { asOf: o.asOf })
  } catch (e) {
    throw new UsageError(`${o.file}: ${(e as Error).message}`)
  }
  o.write(toJson(result))
  return { ...result, exitCode: result.unmatched.length > 0 ? ExitCode.violations : ExitCode.noViolation }
}
