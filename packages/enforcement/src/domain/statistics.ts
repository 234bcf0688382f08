/**
 * 案件统计 — case figures by department, sector, jurisdiction or month for a period, compared with
 * an explicit comparison period against a growth target.
 *
 * Each figure counts the cases whose step is dated in the period: `opened` (the inspection),
 * `ordered` (an order to rectify issued), `penaltyCases` (the penalty decided),
 * `nonAccidentPenaltyCases` (the same, cases whose origin is not `accident`), `fineYuan` (the fines
 * of those decisions), `closed`; `overdueOrders` is as of the period's last day.
 *
 * The target is configuration, never law: seed 002 (温州市2016年安全生产工作计划) asks for
 * "非事故类安全生产违法行为行政处罚案件同比增加15%以上" — {@link seed002PenaltyCaseTarget}. The
 * comparison period defaults to the same period one year earlier (同比) and is always printed.
 * The target is met when `actual × 100 ≥ baseline × (100 + growthPercent)` (integers, exact).
 *
 * @since 0.2.0
 */
import { CalendarDate } from "@anquan/core"
import { Schema } from "effect"
import type { EnforcementCase } from "./model.ts"
import { overdueOrders } from "./overdue.ts"

/** What the target counts. @since 0.2.0 */
export const TargetMetric = Schema.Literals(["penalty-cases", "non-accident-penalty-cases"]).annotate({ identifier: "TargetMetric" })
/** @since 0.2.0 */
export type TargetMetric = typeof TargetMetric.Type

/**
 * 目标 — growth of a figure against the comparison period, in whole percent, with its source (a
 * plan, not a law: `verified` says whether the quote was read in the official text).
 *
 * @since 0.2.0
 */
export const CaseTarget = Schema.Struct({
  metric: TargetMetric,
  growthPercent: Schema.Int.check(Schema.isGreaterThanOrEqualTo(-100, { message: "Expected a growth of at least -100 %" })),
  source: Schema.Struct({ document: Schema.NonEmptyString, quote: Schema.optionalKey(Schema.String), verified: Schema.Boolean })
}).annotate({ identifier: "CaseTarget" })
/** @since 0.2.0 */
export type CaseTarget = typeof CaseTarget.Type

/**
 * Seed 002's target: non-accident penalty cases +15 % year on year (同比). Its quote is read in the
 * seed text (`/work/shared/seeds/002`), a local plan, not an official law text: `verified: false`.
 *
 * @since 0.2.0
 */
export const seed002PenaltyCaseTarget: CaseTarget = {
  metric: "non-accident-penalty-cases",
  growthPercent: 15,
  source: {
    document: "温州市2016年安全生产工作计划 (温州市安全监管局, 2016-05-18; seed 002)",
    quote: "实现非事故类安全生产违法行为行政处罚案件同比增加15%以上",
    verified: false
  }
}

/**
 * How the figures are broken down: by the cases' department, sector or jurisdiction, or by
 * calendar month of the period (each month compared with the same month a year earlier, or with the
 * matching month of the comparison period given).
 *
 * @since 0.2.0
 */
export type StatisticsBy = "department" | "sector" | "jurisdiction" | "month"

/** Every breakdown. @since 0.2.0 */
export const StatisticsBys: ReadonlyArray<StatisticsBy> = ["department", "sector", "jurisdiction", "month"]

/** A period, both days included. @since 0.2.0 */
export interface Period {
  readonly from: Date
  readonly to: Date
}

/** The figures of one group (or all). @since 0.2.0 */
export interface CaseFigures {
  readonly opened: number
  readonly ordered: number
  readonly penaltyCases: number
  readonly nonAccidentPenaltyCases: number
  readonly fineYuan: number
  readonly closed: number
  readonly overdueOrders: number
}

/** The target compared: the baseline (comparison period), the count required, the actual, met. @since 0.2.0 */
export interface TargetResult {
  readonly metric: TargetMetric
  readonly growthPercent: number
  readonly baseline: number
  readonly required: number
  readonly actual: number
  /** The growth achieved, in percent with one decimal (`null` with a baseline of 0). */
  readonly growth: string | null
  readonly met: boolean
}

/** One row: the group, its figures in the period and the comparison period, the target. @since 0.2.0 */
export interface StatisticsRow {
  readonly key: string
  readonly figures: CaseFigures
  readonly comparison: CaseFigures
  readonly target?: TargetResult | undefined
}

/** The statistics. @since 0.2.0 */
export interface CaseStatistics {
  readonly period: { readonly from: string; readonly to: string }
  readonly comparisonPeriod: { readonly from: string; readonly to: string }
  readonly by: StatisticsBy
  readonly target?: CaseTarget | undefined
  readonly total: StatisticsRow
  readonly rows: ReadonlyArray<StatisticsRow>
}

/** Options of {@link caseStatistics}. @since 0.2.0 */
export interface StatisticsOptions {
  readonly period: Period
  readonly by: StatisticsBy
  /** Default: the same days one year earlier (29 February → 28 February). */
  readonly comparisonPeriod?: Period | undefined
  readonly target?: CaseTarget | undefined
}

/** The same calendar day one year earlier (29 February → 28 February). @since 0.2.0 */
export const oneYearEarlier = (d: Date): Date => {
  const y = d.getUTCFullYear() - 1
  const m = d.getUTCMonth()
  const day = Math.min(d.getUTCDate(), new Date(Date.UTC(y, m + 1, 0)).getUTCDate())
  return new Date(Date.UTC(y, m, day))
}

const within = (d: Date | undefined, p: Period): boolean => d !== undefined && d.getTime() >= p.from.getTime() && d.getTime() <= p.to.getTime()

/** The figures of some cases in a period. Pure. @since 0.2.0 */
export const figuresOf = (cases: ReadonlyArray<EnforcementCase>, p: Period): CaseFigures => {
  const penalised = cases.filter((c) => within(c.penalty?.decidedOn, p))
  return {
    opened: cases.filter((c) => within(c.inspection.on, p)).length,
    ordered: cases.filter((c) => c.orders.some((o) => within(o.issuedOn, p))).length,
    penaltyCases: penalised.length,
    nonAccidentPenaltyCases: penalised.filter((c) => c.origin !== "accident").length,
    fineYuan: penalised.reduce((s, c) => s + (c.penalty?.fineYuan ?? 0), 0),
    closed: cases.filter((c) => within(c.closedOn, p)).length,
    overdueOrders: overdueOrders(cases, p.to).length
  }
}

/** Compares figures with a target. Pure. @since 0.2.0 */
export const compareTarget = (actual: CaseFigures, baseline: CaseFigures, target: CaseTarget): TargetResult => {
  const pick = (f: CaseFigures) => (target.metric === "penalty-cases" ? f.penaltyCases : f.nonAccidentPenaltyCases)
  const a = pick(actual)
  const b = pick(baseline)
  const factor = 100 + target.growthPercent
  return {
    metric: target.metric,
    growthPercent: target.growthPercent,
    baseline: b,
    required: Math.max(0, Math.ceil((b * factor) / 100)),
    actual: a,
    growth: b === 0 ? null : (Math.round(((a - b) * 1000) / b) / 10).toFixed(1),
    met: a * 100 >= b * factor
  }
}

/**
 * The statistics of the cases by department, sector or jurisdiction. Pure.
 *
 * @since 0.2.0
 */
export const caseStatistics = (cases: ReadonlyArray<EnforcementCase>, options: StatisticsOptions): CaseStatistics => {
  const p = options.period
  const q = options.comparisonPeriod ?? { from: oneYearEarlier(p.from), to: oneYearEarlier(p.to) }
  const row = (key: string, group: ReadonlyArray<EnforcementCase>): StatisticsRow => {
    const figures = figuresOf(group, p)
    const comparison = figuresOf(group, q)
    return { key, figures, comparison, ...(options.target === undefined ? {} : { target: compareTarget(figures, comparison, options.target) }) }
  }
  const fmt = CalendarDate.format
  let rows: Array<StatisticsRow>
  if (options.by === "month") {
    // each month of the period (clipped to it), against the month as far before it as the comparison period is
    const shift = (d: Date) => CalendarDate.addDays(d, CalendarDate.daysBetween(p.from, q.from))
    rows = []
    for (let m = new Date(Date.UTC(p.from.getUTCFullYear(), p.from.getUTCMonth(), 1)); m.getTime() <= p.to.getTime(); m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))) {
      const end = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 0))
      const month = { from: m.getTime() < p.from.getTime() ? p.from : m, to: end.getTime() > p.to.getTime() ? p.to : end }
      const before = options.comparisonPeriod === undefined
        ? { from: oneYearEarlier(month.from), to: oneYearEarlier(month.to) }
        : { from: shift(month.from), to: shift(month.to) }
      const figures = figuresOf(cases, month)
      const comparison = figuresOf(cases, before)
      rows.push({ key: fmt(m).slice(0, 7), figures, comparison, ...(options.target === undefined ? {} : { target: compareTarget(figures, comparison, options.target) }) })
    }
  } else {
    const groups = new Map<string, Array<EnforcementCase>>()
    for (const c of cases) {
      const k = options.by === "department" ? c.department : options.by === "sector" ? c.sector : c.jurisdiction
      const g = groups.get(k)
      if (g === undefined) groups.set(k, [c])
      else g.push(c)
    }
    rows = [...groups.keys()].sort().map((k) => row(k, groups.get(k)!))
  }
  return {
    period: { from: fmt(p.from), to: fmt(p.to) },
    comparisonPeriod: { from: fmt(q.from), to: fmt(q.to) },
    by: options.by,
    ...(options.target === undefined ? {} : { target: options.target }),
    total: row("total", cases),
    rows
  }
}
