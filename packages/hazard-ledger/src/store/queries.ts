/**
 * 查询 — the inputs of the ledger's reads, decoded with a Schema like every other input: queries
 * by jurisdiction subtree, enterprise, level, state, overdue, campaign, rule, source and period;
 * overdue lists with escalation; metrics; finding imports; exports.
 *
 * @since 0.1.0
 */
import {
  CalendarDate,
  CampaignId,
  HazardLevel,
  HazardSourceKind,
  HazardState,
  JurisdictionCode,
  UnifiedSocialCreditCode
} from "@anquan/core"
import { Schema } from "effect"
import type { HazardFile } from "../domain/model.ts"
import { ReportInput, type SkippedFinding } from "../domain/findings.ts"
import type { HazardMetrics } from "../domain/metrics.ts"
import type { EscalationStep } from "../domain/overdue.ts"

/**
 * 期间 — from and to, both inclusive; `by` says which date must fall in it: the discovery
 * (default) or the closure (销号).
 *
 * @since 0.1.0
 */
export const Period = Schema.Struct({
  from: CalendarDate.CalendarDate,
  to: CalendarDate.CalendarDate,
  by: Schema.optionalKey(Schema.Literals(["discovered", "closed"]))
}).check(Schema.makeFilter((p) => p.from.getTime() <= p.to.getTime() ? undefined : { path: ["to"], issue: "a period cannot end before it starts" }))
  .annotate({ identifier: "Period" })
/** @since 0.1.0 */
export type Period = typeof Period.Type

const filterFields = {
  /** The subtree of this jurisdiction (intersected with the caller's). */
  jurisdiction: Schema.optionalKey(JurisdictionCode),
  /** 生产经营单位 — the enterprise's credit code. */
  subject: Schema.optionalKey(UnifiedSocialCreditCode),
  level: Schema.optionalKey(HazardLevel),
  states: Schema.optionalKey(Schema.Array(HazardState).check(Schema.isMinLength(1, { message: "Expected at least one state" }))),
  campaignId: Schema.optionalKey(CampaignId),
  ruleId: Schema.optionalKey(Schema.NonEmptyString),
  sourceKind: Schema.optionalKey(HazardSourceKind),
  period: Schema.optionalKey(Period),
  limit: Schema.optionalKey(Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 100_000 }, { message: "Expected a limit from 1 to 100000" }))),
  offset: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThanOrEqualTo(0, { message: "Expected an offset ≥ 0" })))
} as const

/**
 * 台账查询 — every condition given must hold. `overdueAsOf` keeps hazards overdue on that day.
 *
 * @since 0.1.0
 */
export const HazardQuery = Schema.Struct({
  ...filterFields,
  overdueAsOf: Schema.optionalKey(CalendarDate.CalendarDate)
}).annotate({ identifier: "HazardQuery" })
/** @since 0.1.0 */
export type HazardQuery = typeof HazardQuery.Type
/** The wire form of a query. @since 0.1.0 */
export type HazardQueryInput = typeof HazardQuery.Encoded

/**
 * 逾期清单 — hazards overdue on `asOf` (with the other conditions), with their escalation.
 *
 * @since 0.1.0
 */
export const OverdueQuery = Schema.Struct({ ...filterFields, asOf: CalendarDate.CalendarDate }).annotate({ identifier: "OverdueQuery" })
/** @since 0.1.0 */
export type OverdueQuery = typeof OverdueQuery.Type
/** @since 0.1.0 */
export type OverdueQueryInput = typeof OverdueQuery.Encoded

/**
 * One overdue hazard: days overdue, escalation level (1 = first step) and step.
 *
 * @since 0.1.0
 */
export interface OverdueEntry {
  readonly hazard: HazardFile
  readonly daysOverdue: number
  readonly level: number
  readonly step?: EscalationStep | undefined
}

/**
 * 统计 — metrics of the hazards discovered in `period` within the jurisdiction (default: the
 * caller's), as of `asOf`, in total and broken down by child jurisdiction or by month.
 *
 * @since 0.1.0
 */
export const MetricsQuery = Schema.Struct({
  asOf: CalendarDate.CalendarDate,
  period: Schema.Struct({ from: CalendarDate.CalendarDate, to: CalendarDate.CalendarDate })
    .check(Schema.makeFilter((p) => p.from.getTime() <= p.to.getTime() ? undefined : { path: ["to"], issue: "a period cannot end before it starts" })),
  jurisdiction: Schema.optionalKey(JurisdictionCode),
  breakdown: Schema.optionalKey(Schema.Literals(["none", "children", "month"])),
  selfReportWithinDays: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThanOrEqualTo(0, { message: "Expected days ≥ 0" })))
}).annotate({ identifier: "MetricsQuery" })
/** @since 0.1.0 */
export type MetricsQuery = typeof MetricsQuery.Type
/** @since 0.1.0 */
export type MetricsQueryInput = typeof MetricsQuery.Encoded

/**
 * One row of a breakdown: a child jurisdiction (`key` its code; the node itself is `self`) or a
 * month (`YYYY-MM`).
 *
 * @since 0.1.0
 */
export interface MetricsRow {
  readonly key: string
  readonly label?: string | undefined
  readonly metrics: HazardMetrics
}

/**
 * The metrics answer.
 *
 * @since 0.1.0
 */
export interface MetricsReport {
  readonly asOf: string
  readonly period: { readonly from: string; readonly to: string }
  /** The jurisdiction measured; absent for the whole tree. */
  readonly jurisdiction?: string | undefined
  readonly total: HazardMetrics
  readonly rows: ReadonlyArray<MetricsRow>
}

/**
 * 检查发现导入 — an evaluation report (a core `Report`, built with `retainEnterprises: true`) and
 * how to turn it into hazards.
 *
 * @since 0.1.0
 */
export const ImportFindings = Schema.Struct({
  report: ReportInput,
  discoveredOn: Schema.optionalKey(CalendarDate.CalendarDate),
  generalDeadlineDays: Schema.optionalKey(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 3650 }, { message: "Expected 0 to 3650 days" }))),
  campaignId: Schema.optionalKey(CampaignId),
  /** When given, each created hazard's write carries the key `${prefix}:${subject}:${ruleId}`, so a retried import is safe. */
  idempotencyKeyPrefix: Schema.optionalKey(Schema.NonEmptyString)
}).annotate({ identifier: "ImportFindings" })
/** @since 0.1.0 */
export type ImportFindings = typeof ImportFindings.Type
/** @since 0.1.0 */
export type ImportFindingsInput = typeof ImportFindings.Encoded

/**
 * What an import did: the hazards created and the violations skipped, with why.
 *
 * @since 0.1.0
 */
export interface ImportResult {
  readonly created: ReadonlyArray<HazardFile>
  readonly skipped: ReadonlyArray<SkippedFinding>
}

/**
 * 导出 — every event of the hazards in a subtree (default the caller's), in append order.
 *
 * @since 0.1.0
 */
export const ExportQuery = Schema.Struct({ jurisdiction: Schema.optionalKey(JurisdictionCode) }).annotate({ identifier: "ExportQuery" })
/** @since 0.1.0 */
export type ExportQueryInput = typeof ExportQuery.Encoded
