/**
 * 统计指标 — the rates the plans measure, computed from hazard files as of a date.
 *
 * Over the hazards given (normally those discovered in a period, within a jurisdiction):
 * - 整改率 rectification rate = closed on or before `asOf` ÷ found;
 * - 逾期率 overdue rate = overdue on `asOf` (past the deadline, not closed) ÷ found;
 * - 自查率 self-inspect rate = found by the unit's own inspection (`self-inspection`) ÷ found;
 * - 自改率 self-fix rate = self-inspected and closed on or before `asOf` ÷ self-inspected;
 * - 自报率 self-report rate = self-inspected and entered in the ledger within
 *   `selfReportWithinDays` days (default 7) of discovery ÷ self-inspected (002: 自查、自改、自报).
 *
 * A rate is `null` when its denominator is 0.
 *
 * @since 0.1.0
 */
import { calendarDayOf, CalendarDate } from "@anquan/core"
import type { HazardFile } from "./model.ts"

/**
 * Counts and rates for one group of hazards.
 *
 * @since 0.1.0
 */
export interface HazardMetrics {
  readonly found: number
  readonly major: number
  readonly closed: number
  readonly open: number
  readonly overdue: number
  readonly selfInspected: number
  readonly selfFixed: number
  readonly selfReported: number
  readonly rectificationRate: number | null
  readonly overdueRate: number | null
  readonly selfInspectRate: number | null
  readonly selfFixRate: number | null
  readonly selfReportRate: number | null
}

/**
 * Options of {@link computeMetrics}.
 *
 * @since 0.1.0
 */
export interface MetricsOptions {
  readonly asOf: Date
  /** Days after discovery within which a self-inspected hazard counts as self-reported. Default 7. */
  readonly selfReportWithinDays?: number | undefined
}

const rate = (n: number, d: number): number | null => (d === 0 ? null : n / d)

/** Closed on or before `asOf`. @since 0.1.0 */
export const closedAsOf = (file: Pick<HazardFile, "closure">, asOf: Date): boolean =>
  file.closure !== undefined && file.closure.on.getTime() <= asOf.getTime()

/**
 * Computes the counts and rates of a group of hazard files on `asOf`.
 *
 * @since 0.1.0
 */
export const computeMetrics = (files: Iterable<HazardFile>, options: MetricsOptions): HazardMetrics => {
  const within = options.selfReportWithinDays ?? 7
  const asOf = options.asOf.getTime()
  let found = 0, major = 0, closed = 0, overdue = 0, selfInspected = 0, selfFixed = 0, selfReported = 0
  for (const f of files) {
    found++
    if (f.level === "major") major++
    const isClosed = closedAsOf(f, options.asOf)
    if (isClosed) closed++
    else if (f.deadline !== undefined && f.deadline.getTime() < asOf) overdue++
    if (f.source.kind === "self-inspection") {
      selfInspected++
      if (isClosed) selfFixed++
      if (CalendarDate.daysBetween(f.discoveredOn, calendarDayOf(f.reportedAt)) <= within) selfReported++
    }
  }
  return {
    found,
    major,
    closed,
    open: found - closed,
    overdue,
    selfInspected,
    selfFixed,
    selfReported,
    rectificationRate: rate(closed, found),
    overdueRate: rate(overdue, found),
    selfInspectRate: rate(selfInspected, found),
    selfFixRate: rate(selfFixed, selfInspected),
    selfReportRate: rate(selfReported, selfInspected)
  }
}
