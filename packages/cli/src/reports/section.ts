/**
 * 举报与奖励 — what `anquan check --reports <db>` adds to the html and json reports: the public
 * reports register (`@anquan/whistleblowing`) as of the check's date — the reports received by then
 * by state (受理 → 交办 → 属实 / 不属实 → 奖励 / 不予奖励 → 兑付) and category, the verified rate, the
 * steps overdue under the configured deadlines (`--reports-config`; none are built in, and the
 * section says which are not configured), the figures of each jurisdiction the reports name, and
 * the reward decisions as recorded (the amounts decided, never computed here).
 *
 * The reporter never reaches the section: the register is read without the permission
 * `read-whistleblower-identity` (every report comes redacted by the hazard ledger's rule), and the
 * section takes only ids, codes, categories, dates, states and amounts — none of the free texts (the
 * description, the finding, the reason of a decline), which may name people.
 *
 * The store is read only: a SQLite file written by `anquan reports` (checked read-only before it
 * opens) or a `postgres://` URL. The figures are the package's (`computeReportMetrics` through the
 * register's `metrics`, `reportMetricsByJurisdiction`, `rewardDecisionsOn`).
 *
 * @since 0.2.0
 */
import { CalendarDate } from "@anquan/core"
import type { HandlingDeadlines, OverdueReport, ReportMetrics, RewardDecisionRow } from "@anquan/whistleblowing"
import { UsageError } from "../check.ts"
import { describeError } from "../ledger/format.ts"
import { displaySource, isPostgres, READ_ONLY_ACTOR, readJson, requireSqliteTable, resolvePath } from "../ledger/run.ts"

/**
 * Options of `reportsSection`.
 *
 * @since 0.2.0
 */
export interface ReportsSectionOptions {
  /** The register: a SQLite file written by `anquan reports` or a `postgres://` URL, relative to `cwd`. */
  readonly source: string
  /** The check's date: everything is as of it. */
  readonly asOf: string
  /** A JSON file of deadlines and reward levels (as `anquan reports --config` takes it); default none. */
  readonly config?: string | undefined
  /** Where relative paths are resolved; default `process.cwd()`. */
  readonly cwd?: string | undefined
}

/** The figures of one group (the total or a jurisdiction): the package's `ReportMetrics` less its overdue list (counted). @since 0.2.0 */
export type ReportsFigures = Omit<ReportMetrics, "overdue" | "deadlinesNotConfigured"> & { readonly overdue: number }

/**
 * The public reports section of a check report. It holds no reporter and no free text.
 *
 * @since 0.2.0
 */
export interface ReportsSection {
  readonly source: string
  readonly asOf: string
  /** The configuration: the deadlines given, those not configured (never overdue), the basis named. */
  readonly config: {
    readonly source: string | null
    readonly deadlines: HandlingDeadlines
    readonly deadlinesNotConfigured: ReadonlyArray<keyof HandlingDeadlines>
    readonly basis: string | null
  }
  readonly total: ReportsFigures
  /** Each jurisdiction the reports name (its own reports), by code. */
  readonly byJurisdiction: ReadonlyArray<{ readonly jurisdiction: string } & ReportsFigures>
  /** The steps overdue at the end of the day, the latest first. */
  readonly overdue: ReadonlyArray<OverdueReport>
  /** The reward decisions recorded by the day, the latest first. */
  readonly rewards: ReadonlyArray<RewardDecisionRow>
}

const REPORTS_TABLE = "anquan_reports_reports"

const figures = (m: ReportMetrics): ReportsFigures => ({
  asOf: m.asOf,
  received: m.received,
  byState: m.byState,
  byCategory: m.byCategory,
  checked: m.checked,
  verified: m.verified,
  verifiedRate: m.verifiedRate,
  rewardsGranted: m.rewardsGranted,
  rewardsDeclined: m.rewardsDeclined,
  rewardYuanGranted: m.rewardYuanGranted,
  rewardYuanPaid: m.rewardYuanPaid,
  overdue: m.overdue.length
})

/**
 * Reads the public reports section, read-only. Throws {@link UsageError} naming `--reports` when the
 * register cannot be opened or read, or `--reports-config` when the configuration does not decode.
 *
 * @since 0.2.0
 */
export const reportsSection = async (options: ReportsSectionOptions): Promise<ReportsSection> => {
  const reading = { cwd: options.cwd, write: () => {}, writeError: () => {} }
  const source = displaySource(options.source)
  const asOf = CalendarDate.make(options.asOf)
  const config = options.config === undefined ? undefined : await readJson(reading, options.config, "reports config")
  if (!isPostgres(options.source)) {
    requireSqliteTable({
      flag: "--reports",
      source: options.source,
      filename: resolvePath(reading, options.source),
      table: REPORTS_TABLE,
      missing: "no report register at {filename} (give a SQLite file written by anquan reports or a postgres:// URL)",
      notIt: "is not a report register",
      writeOne: "anquan reports execute"
    })
  }
  const { openReportRegister, reportMetricsByJurisdiction, rewardDecisionsOn } = await import("@anquan/whistleblowing")
  // read without read-whistleblower-identity: every file comes with its reporter redacted
  const caller = { actor: READ_ONLY_ACTOR }
  const common = { jurisdictions: [], config: config as never, createTables: false }
  let register: Awaited<ReturnType<typeof openReportRegister>> | undefined
  try {
    register = isPostgres(options.source)
      ? await openReportRegister({ store: "postgres", url: options.source, maxConnections: 2, ...common })
      : await openReportRegister({ store: "sqlite", filename: resolvePath(reading, options.source), ...common })
    const files = await register.list(caller, {})
    const total = await register.metrics(caller, { asOf: options.asOf })
    const c = register.config
    return {
      source,
      asOf: options.asOf,
      config: { source: options.config ?? null, deadlines: c.deadlines ?? {}, deadlinesNotConfigured: total.deadlinesNotConfigured, basis: c.basis ?? null },
      total: figures(total),
      byJurisdiction: reportMetricsByJurisdiction(files, asOf, c).map((g) => ({ jurisdiction: g.jurisdiction, ...figures(g.metrics) })),
      overdue: total.overdue.map((o) => ({ reportId: o.reportId, jurisdiction: o.jurisdiction, category: o.category, state: o.state, step: o.step, due: o.due, daysLate: o.daysLate })),
      rewards: rewardDecisionsOn(files, asOf)
    }
  } catch (e) {
    if (e instanceof UsageError) throw e
    const error = describeError(e)
    const flag = error._tag === "InvalidInput" && options.config !== undefined ? `--reports-config ${options.config}` : `--reports ${source}`
    throw new UsageError(`${flag}: cannot read the report register: ${error._tag}: ${error.summary}`)
  } finally {
    if (register !== undefined) await register.close()
  }
}
