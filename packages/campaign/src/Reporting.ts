/**
 * 报送 — the reports a campaign asks for, their due dates, and their status as of a date.
 *
 * A periodic obligation exists for every calendar month (`monthly`) or quarter (`quarterly`) that
 * overlaps the campaign's window; a one-off obligation (`final`, `once`) exists once. With a list
 * of reporters (e.g. the districts that report to the campaign office) there is one obligation per
 * reporter; without one, one obligation in all.
 *
 * The report for a period is due on `dueDay` (clamped to the month's length) of the month
 * `dueMonthOffset` months after the period's last month. A plan that states no due day gives an
 * obligation without a due date: it is `submitted` or `outstanding` (period over, nothing
 * received), never late.
 *
 * Status as of a date: `on-time` (submitted on or before the due date), `late` (submitted after
 * it), `submitted` (no due date), `overdue` (past the due date, not submitted), `pending` (not
 * yet due; or, without a due date, the period is not over), `outstanding`.
 *
 * @since 0.1.0
 */
import { CalendarDate, localizedIssue } from "@anquan/core"
import { Schema } from "effect"
import { type CampaignSpec, campaignWindow, isPeriodicReporting } from "./Spec.ts"

const PERIOD = /^(\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4]))$/u

/**
 * 已报送 — a report received: its kind, the period (`2010-05` for a month, `2010-Q2` for a
 * quarter), the id of a `once` report, who sent it and when.
 *
 * @since 0.1.0
 */
export const SubmittedReport = Schema.Struct({
  kind: Schema.Literals(["monthly", "quarterly", "final", "once"]),
  period: Schema.optionalKey(Schema.String.check(Schema.isPattern(PERIOD, { message: "Expected a period YYYY-MM or YYYY-Qn", messageZh: "应为报送期间 YYYY-MM（月）或 YYYY-Qn（季度）" }))),
  id: Schema.optionalKey(Schema.NonEmptyString),
  reporter: Schema.optionalKey(Schema.NonEmptyString),
  submittedOn: CalendarDate.CalendarDate
}).check(Schema.makeFilter((r) => {
  if (r.kind === "monthly" && (r.period === undefined || r.period.includes("Q"))) {
    return { path: ["period"], issue: localizedIssue("a monthly report names its month, YYYY-MM", "月报应注明月份 YYYY-MM") }
  }
  if (r.kind === "quarterly" && (r.period === undefined || !r.period.includes("Q"))) {
    return { path: ["period"], issue: localizedIssue("a quarterly report names its quarter, YYYY-Qn", "季报应注明季度 YYYY-Qn") }
  }
  if (r.kind === "once" && r.id === undefined) return { path: ["id"], issue: localizedIssue("a one-off report names the report id", "一次性报送应注明报送编号") }
  return undefined
})).annotate({ identifier: "SubmittedReport", description: "已报送 — kind, period?, id?, reporter?, submittedOn" })
/** @since 0.1.0 */
export type SubmittedReport = typeof SubmittedReport.Type

/**
 * 报送义务 — one report that must be sent.
 *
 * @since 0.1.0
 */
export interface ReportObligation {
  readonly kind: "monthly" | "quarterly" | "final" | "once"
  /** `YYYY-MM` or `YYYY-Qn` for periodic reports. */
  readonly period?: string
  readonly periodWindow?: { readonly from: Date; readonly to: Date }
  /** The report id of a `once` report. */
  readonly id?: string
  readonly name?: string
  readonly reporter?: string
  readonly recipient?: string
  /** Absent when the plan states no due day. */
  readonly due?: Date
}

/**
 * Status of an obligation as of a date (see the module doc).
 *
 * @since 0.1.0
 */
export type ReportStatus = "on-time" | "late" | "submitted" | "overdue" | "pending" | "outstanding"

/**
 * An obligation with its status as of a date and the submission that answers it, if any.
 *
 * @since 0.1.0
 */
export interface ReportState extends ReportObligation {
  readonly status: ReportStatus
  readonly submittedOn?: Date
}

/**
 * Counts by status; `decided` = on-time + late + overdue (obligations whose timeliness is known),
 * `onTimeRate` = on-time ÷ decided (`undefined` when nothing is decided).
 *
 * @since 0.1.0
 */
export interface ReportSummary {
  readonly obligations: number
  readonly onTime: number
  readonly late: number
  readonly submitted: number
  readonly overdue: number
  readonly pending: number
  readonly outstanding: number
  readonly decided: number
  readonly onTimeRate: number | undefined
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d))
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate()

/** The due date: `dueDay` (clamped) of the month `offset` months after month `m` (0-based) of year `y`. */
const dueIn = (y: number, m: number, dueDay: number, offset: number): Date => {
  const t = y * 12 + m + offset
  const yy = Math.floor(t / 12), mm = t % 12
  return utc(yy, mm, Math.min(dueDay, lastDay(yy, mm)))
}

/**
 * Every report the campaign asks for: periodic obligations for the months or quarters that
 * overlap its window (up to `until` when the window is open-ended; none when the campaign has no
 * window at all), then one-off obligations, each once per reporter.
 *
 * @since 0.1.0
 */
export const reportObligations = (
  campaign: Pick<CampaignSpec, "reporting" | "window" | "phases">,
  options: { readonly reporters?: ReadonlyArray<string> | undefined; readonly until?: Date | undefined } = {}
): ReadonlyArray<ReportObligation> => {
  const window = campaignWindow(campaign)
  const end = window?.to ?? options.until
  const reporters: ReadonlyArray<string | undefined> = options.reporters === undefined || options.reporters.length === 0
    ? [undefined]
    : options.reporters
  const out: Array<ReportObligation> = []
  for (const r of campaign.reporting) {
    const base = {
      ...(r.name === undefined ? {} : { name: r.name }),
      ...(r.recipient === undefined ? {} : { recipient: r.recipient })
    }
    if (!isPeriodicReporting(r)) {
      for (const reporter of reporters) {
        out.push({
          kind: r.kind,
          ...(r.id === undefined ? {} : { id: r.id }),
          ...base,
          ...(reporter === undefined ? {} : { reporter }),
          due: r.due
        })
      }
      continue
    }
    if (window === undefined || end === undefined) continue
    const step = r.kind === "monthly" ? 1 : 3
    const fromY = window.from.getUTCFullYear()
    const fromM = r.kind === "monthly" ? window.from.getUTCMonth() : Math.floor(window.from.getUTCMonth() / 3) * 3
    for (let t = fromY * 12 + fromM; t <= end.getUTCFullYear() * 12 + end.getUTCMonth(); t += step) {
      const y = Math.floor(t / 12), m = t % 12
      const lastM = m + step - 1
      const period = r.kind === "monthly" ? `${y}-${String(m + 1).padStart(2, "0")}` : `${y}-Q${m / 3 + 1}`
      const periodWindow = { from: utc(y, m, 1), to: utc(y, lastM, lastDay(y, lastM)) }
      const due = r.dueDay === undefined ? undefined : dueIn(y, lastM, r.dueDay, r.dueMonthOffset ?? 0)
      for (const reporter of reporters) {
        out.push({
          kind: r.kind,
          period,
          periodWindow,
          ...base,
          ...(reporter === undefined ? {} : { reporter }),
          ...(due === undefined ? {} : { due })
        })
      }
    }
  }
  return out
}

const matches = (o: ReportObligation, s: SubmittedReport): boolean =>
  o.kind === s.kind &&
  (o.reporter === undefined || o.reporter === s.reporter) &&
  (o.kind === "monthly" || o.kind === "quarterly" ? o.period === s.period : true) &&
  (o.kind === "once" ? o.id === s.id : true)

/**
 * The status of each obligation as of `asOf`: the earliest submission on or before `asOf` that
 * matches it (same kind, period or id, and reporter when obligations are per reporter) answers it.
 *
 * @since 0.1.0
 */
export const reportStates = (
  obligations: ReadonlyArray<ReportObligation>,
  submitted: ReadonlyArray<SubmittedReport>,
  asOf: Date
): ReadonlyArray<ReportState> => {
  const t = asOf.getTime()
  return obligations.map((o) => {
    const first = submitted
      .filter((s) => s.submittedOn.getTime() <= t && matches(o, s))
      .sort((a, b) => a.submittedOn.getTime() - b.submittedOn.getTime())[0]
    let status: ReportStatus
    if (first !== undefined) {
      status = o.due === undefined ? "submitted" : first.submittedOn.getTime() <= o.due.getTime() ? "on-time" : "late"
    } else if (o.due !== undefined) {
      status = t > o.due.getTime() ? "overdue" : "pending"
    } else {
      status = o.periodWindow !== undefined && t > o.periodWindow.to.getTime() ? "outstanding" : "pending"
    }
    return { ...o, status, ...(first === undefined ? {} : { submittedOn: first.submittedOn }) }
  })
}

/**
 * Counts of report states by status.
 *
 * @since 0.1.0
 */
export const summarizeReports = (states: ReadonlyArray<ReportState>): ReportSummary => {
  const n = (s: ReportStatus) => states.filter((x) => x.status === s).length
  const onTime = n("on-time"), late = n("late"), overdue = n("overdue")
  const decided = onTime + late + overdue
  return {
    obligations: states.length,
    onTime,
    late,
    submitted: n("submitted"),
    overdue,
    pending: n("pending"),
    outstanding: n("outstanding"),
    decided,
    onTimeRate: decided === 0 ? undefined : onTime / decided
  }
}
