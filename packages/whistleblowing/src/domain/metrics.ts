/**
 * 逾期与统计 — which reports are overdue on a day under the configured deadlines, and the figures
 * of a set of reports as of a day: by state and category, how many were verified (属实), the
 * rewards decided and paid. Everything reads the dated steps of each file, so the figures of a past
 * day do not change when later steps are recorded.
 *
 * @since 0.2.0
 */
import { CalendarDate } from "@anquan/core"
import type { ReportFile, ReportState } from "./commands.ts"
import { ReportStates, stateOn } from "./commands.ts"
import type { HandlingDeadlines, ReportsConfig } from "./config.ts"
import type { ReportCategory } from "./model.ts"
import { ReportCategories } from "./model.ts"

/**
 * The step a report is late for: `assign` 交办, `finding` 核查, `reward-decision` 奖励决定,
 * `payment` 兑付.
 *
 * @since 0.2.0
 */
export type OverdueStep = "assign" | "finding" | "reward-decision" | "payment"

/**
 * 逾期 — one report late for one step on a day: the step, its due day, the days late. No reporter.
 *
 * @since 0.2.0
 */
export interface OverdueReport {
  readonly reportId: string
  readonly jurisdiction: string
  readonly category: ReportCategory
  readonly state: ReportState
  readonly step: OverdueStep
  readonly due: string
  readonly daysLate: number
}

const late = (file: ReportFile, state: ReportState, step: OverdueStep, from: Date, days: number | undefined, day: Date): OverdueReport | undefined => {
  if (days === undefined) return undefined
  const due = CalendarDate.addDays(from, days)
  const daysLate = CalendarDate.daysBetween(due, day)
  return daysLate > 0
    ? { reportId: file.report.id, jurisdiction: file.report.jurisdiction, category: file.report.category, state, step, due: CalendarDate.format(due), daysLate }
    : undefined
}

/**
 * The steps a report is late for at the end of `day` (a step is due `n` days after the step it
 * follows; a deadline not configured is never late). 交办 and 核查 are both counted from receipt.
 *
 * @since 0.2.0
 */
export const overdueSteps = (file: ReportFile, day: Date, deadlines: HandlingDeadlines = {}): ReadonlyArray<OverdueReport> => {
  const state = stateOn(file, day)
  const out: Array<OverdueReport | undefined> = []
  switch (state) {
    case "received":
      out.push(late(file, state, "assign", file.report.receivedOn, deadlines.assignWithinDays, day))
      out.push(late(file, state, "finding", file.report.receivedOn, deadlines.findingWithinDays, day))
      break
    case "assigned":
      out.push(late(file, state, "finding", file.report.receivedOn, deadlines.findingWithinDays, day))
      break
    case "verified":
      out.push(late(file, state, "reward-decision", file.finding!.on, deadlines.rewardDecisionWithinDays, day))
      break
    case "reward-granted":
      out.push(late(file, state, "payment", file.reward!.on, deadlines.paymentWithinDays, day))
      break
    default:
      break
  }
  return out.filter((o): o is OverdueReport => o !== undefined)
}

/**
 * 举报统计 — the figures of the reports received up to a day.
 *
 * @since 0.2.0
 */
export interface ReportMetrics {
  readonly asOf: string
  readonly received: number
  readonly byState: Readonly<Record<ReportState, number>>
  readonly byCategory: Readonly<Record<ReportCategory, number>>
  /** Checked (核查 recorded): verified + not verified + every later state. */
  readonly checked: number
  readonly verified: number
  /** verified / checked, `null` when none is checked. */
  readonly verifiedRate: number | null
  readonly rewardsGranted: number
  readonly rewardsDeclined: number
  readonly rewardYuanGranted: number
  readonly rewardYuanPaid: number
  readonly overdue: ReadonlyArray<OverdueReport>
  /** The deadlines not configured: those steps are not assessed. */
  readonly deadlinesNotConfigured: ReadonlyArray<keyof HandlingDeadlines>
}

const DEADLINE_KEYS = ["assignWithinDays", "findingWithinDays", "rewardDecisionWithinDays", "paymentWithinDays"] as const

/**
 * The figures of `files` at the end of `asOf` (reports received later are left out).
 *
 * @since 0.2.0
 */
export const computeReportMetrics = (files: ReadonlyArray<ReportFile>, asOf: Date, config: ReportsConfig = {}): ReportMetrics => {
  const byState = Object.fromEntries(ReportStates.map((s) => [s, 0])) as Record<ReportState, number>
  const byCategory = Object.fromEntries(ReportCategories.map((c) => [c, 0])) as Record<ReportCategory, number>
  let received = 0, rewardYuanGranted = 0, rewardYuanPaid = 0
  const overdue: Array<OverdueReport> = []
  for (const f of files) {
    const state = stateOn(f, asOf)
    if (state === undefined) continue
    received++
    byState[state]++
    byCategory[f.report.category]++
    if (state === "reward-granted" || state === "paid") rewardYuanGranted += f.reward!.amountYuan ?? 0
    if (state === "paid") rewardYuanPaid += f.payment!.amountYuan
    overdue.push(...overdueSteps(f, asOf, config.deadlines))
  }
  const verified = byState.verified + byState["reward-granted"] + byState["reward-declined"] + byState.paid
  const checked = verified + byState["not-verified"]
  overdue.sort((a, b) => b.daysLate - a.daysLate || (a.reportId < b.reportId ? -1 : a.reportId > b.reportId ? 1 : 0))
  return {
    asOf: CalendarDate.format(asOf),
    received,
    byState,
    byCategory,
    checked,
    verified,
    verifiedRate: checked === 0 ? null : verified / checked,
    rewardsGranted: byState["reward-granted"] + byState.paid,
    rewardsDeclined: byState["reward-declined"],
    rewardYuanGranted,
    rewardYuanPaid,
    overdue,
    deadlinesNotConfigured: DEADLINE_KEYS.filter((k) => config.deadlines?.[k] === undefined)
  }
}

/**
 * 分地区统计 — the figures of each jurisdiction the reports name (its own code: a report counts in
 * the jurisdiction it gives, not in those above it), by code. Reports received after `asOf` are
 * left out, and a jurisdiction with none by then is not listed.
 *
 * @since 0.2.0
 */
export const reportMetricsByJurisdiction = (
  files: ReadonlyArray<ReportFile>,
  asOf: Date,
  config: ReportsConfig = {}
): ReadonlyArray<{ readonly jurisdiction: string; readonly metrics: ReportMetrics }> => {
  const groups = new Map<string, Array<ReportFile>>()
  for (const f of files) {
    if (stateOn(f, asOf) === undefined) continue
    const list = groups.get(f.report.jurisdiction)
    if (list === undefined) groups.set(f.report.jurisdiction, [f])
    else list.push(f)
  }
  return [...groups.keys()].sort().map((jurisdiction) => ({ jurisdiction, metrics: computeReportMetrics(groups.get(jurisdiction)!, asOf, config) }))
}

/**
 * 奖励决定 — one reward decision as recorded (by the end of the day asked for): the amount is the
 * one decided, never computed; `basis` the configuration's basis recorded with it; the payment when
 * it was made by then. No reporter, and none of the free texts (the description, the finding, the
 * reason of a decline), which may name people.
 *
 * @since 0.2.0
 */
export interface RewardDecisionRow {
  readonly reportId: string
  readonly jurisdiction: string
  readonly category: ReportCategory
  readonly decidedOn: string
  readonly outcome: "granted" | "declined"
  readonly level: string | null
  readonly amountYuan: number | null
  readonly basis: string | null
  readonly paidOn: string | null
  readonly paidYuan: number | null
}

/**
 * The reward decisions recorded by the end of `asOf`, the latest first (then by report id).
 *
 * @since 0.2.0
 */
export const rewardDecisionsOn = (files: ReadonlyArray<ReportFile>, asOf: Date): ReadonlyArray<RewardDecisionRow> => {
  const t = asOf.getTime()
  const rows: Array<RewardDecisionRow> = []
  for (const f of files) {
    const r = f.reward
    if (r === undefined || r.on.getTime() > t) continue
    const paid = f.payment !== undefined && f.payment.on.getTime() <= t ? f.payment : undefined
    rows.push({
      reportId: f.report.id,
      jurisdiction: f.report.jurisdiction,
      category: f.report.category,
      decidedOn: CalendarDate.format(r.on),
      outcome: r.outcome,
      level: r.level ?? null,
      amountYuan: r.amountYuan ?? null,
      basis: r.basis ?? null,
      paidOn: paid === undefined ? null : CalendarDate.format(paid.on),
      paidYuan: paid === undefined ? null : paid.amountYuan
    })
  }
  return rows.sort((a, b) => (a.decidedOn < b.decidedOn ? 1 : a.decidedOn > b.decidedOn ? -1 : a.reportId < b.reportId ? -1 : a.reportId > b.reportId ? 1 : 0))
}
