/**
 * 风险分级管控 — what `anquan check --risk-register <source>` adds to the html and json reports: the
 * risk points of a register by grade (重大/较大/一般/低 ↔ 红/橙/黄/蓝), the register's figures as of
 * the check's date (reviews overdue, re-assessments due, controls missing, 重大 risks without a
 * 包保责任人), and each enterprise's risk points with their grades, for its four-colour risk map.
 *
 * The source is read only: a SQLite file written by `anquan risk` (checked, read-only, before the
 * register opens it), a `postgres://` URL, or a JSON file of risk points as `anquan risk import`
 * takes it (an array, or `{ "jurisdictions"?, "riskPoints" }`), graded under the configuration.
 * Every number comes from the register (`list`, `metrics`) or, for a file, from the same pure
 * functions (`computeRiskMetrics`, `gradePoint`).
 *
 * @since 0.2.0
 */
import type { GradeCounts, RiskConfig, RiskGrade, RiskMetrics, RiskPoint, RiskPointKind } from "@anquan/risk-register"
import { computeRiskMetrics, decodeRiskConfig, decodeRiskPoints, gradePoint, gradeRank } from "@anquan/risk-register"
import { Effect, Exit, Result } from "effect"
import { UsageError } from "../check.ts"
import { displaySource, isPostgres, readJson, requireSqliteTable, resolvePath } from "../ledger/run.ts"
import { withRegister } from "./run.ts"

/**
 * Options of `riskSection`.
 *
 * @since 0.2.0
 */
export interface RiskSectionOptions {
  /**
   * The register: a SQLite file written by `anquan risk`, a `postgres://` URL, or a JSON file of
   * risk points (a name ending in `.json`), relative to `cwd`.
   */
  readonly source: string
  /** The check's date: the figures are as of it. */
  readonly asOf: string
  /** A JSON file of the risk configuration (scales, bands, cadence); default the built-in one (unverified). */
  readonly config?: string | undefined
  /** Where relative paths are resolved; default `process.cwd()`. */
  readonly cwd?: string | undefined
}

/**
 * One risk point on its enterprise's risk map.
 *
 * @since 0.2.0
 */
export interface RiskMapPoint {
  readonly id: string
  readonly name: string
  readonly kind: RiskPointKind
  /** `null`: not assessed, or an assessment the configuration cannot grade. */
  readonly grade: RiskGrade | null
  /** D (LEC) or R (matrix), an exact decimal; `null` for a grade stated directly or none. */
  readonly score: string | null
  readonly location: string | null
}

/**
 * An enterprise's risk points (its site), the most severe first.
 *
 * @since 0.2.0
 */
export interface RiskSite {
  /** The enterprise's unified social credit code. */
  readonly enterprise: string
  readonly jurisdiction: string
  readonly byGrade: GradeCounts
  readonly points: ReadonlyArray<RiskMapPoint>
}

/**
 * The risk section of a check report.
 *
 * @since 0.2.0
 */
export interface RiskSection {
  /** The register read: the file as given, or the PostgreSQL URL without its password. */
  readonly source: string
  readonly asOf: string
  /** The configuration graded with: its source and whether it was verified. */
  readonly config: { readonly source: string; readonly verified: boolean }
  /** The register's figures as of the date. */
  readonly metrics: RiskMetrics
  /** Each enterprise's risk points; the enterprises with the most severe risks first. */
  readonly sites: ReadonlyArray<RiskSite>
}

const POINTS_TABLE = "anquan_risk_points"

/** A SQLite file must exist and hold a risk register; opened read-only so nothing is created or changed. */
const checkSqliteRegister = (source: string, filename: string): void =>
  requireSqliteTable({
    flag: "--risk-register",
    source,
    filename,
    table: POINTS_TABLE,
    missing: "no risk register at {filename} (give a SQLite file written by anquan risk, a postgres:// URL or a .json file of risk points)",
    notIt: "is not a risk register",
    writeOne: "anquan risk import"
  })

const zero = (): { -readonly [K in keyof GradeCounts]: number } => ({ major: 0, significant: 0, general: 0, low: 0, unassessed: 0 })

/** The enterprises' risk maps from the points and their grades. */
export const sitesOf = (points: ReadonlyArray<{ readonly point: RiskPoint; readonly grade: RiskGrade | null; readonly score: string | null }>): Array<RiskSite> => {
  const byEnterprise = new Map<string, { enterprise: string; jurisdiction: string; byGrade: ReturnType<typeof zero>; points: Array<RiskMapPoint> }>()
  for (const { point, grade, score } of points) {
    let site = byEnterprise.get(point.enterprise)
    if (site === undefined) {
      site = { enterprise: point.enterprise, jurisdiction: point.jurisdiction, byGrade: zero(), points: [] }
      byEnterprise.set(point.enterprise, site)
    }
    site.byGrade[grade ?? "unassessed"]++
    site.points.push({ id: point.id, name: point.name, kind: point.kind, grade, score, location: point.location ?? null })
  }
  const rank = (g: RiskGrade | null) => (g === null ? 4 : gradeRank(g))
  const sites = [...byEnterprise.values()]
  for (const s of sites) s.points.sort((a, b) => rank(a.grade) - rank(b.grade) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  // the most severe first: by the counts of 重大, 较大, 一般, 低, then by code
  const key = (s: (typeof sites)[number]) => [s.byGrade.major, s.byGrade.significant, s.byGrade.general, s.byGrade.low]
  return sites.sort((a, b) => {
    const ka = key(a), kb = key(b)
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return kb[i]! - ka[i]!
    return a.enterprise < b.enterprise ? -1 : a.enterprise > b.enterprise ? 1 : 0
  })
}

const invalid = (what: string, e: unknown): UsageError => {
  const issues = typeof e === "object" && e !== null && "issues" in e && Array.isArray((e as { issues: unknown }).issues)
    ? (e as { issues: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }> }).issues
    : []
  const shown = issues.slice(0, 5).map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`).join("; ")
  return new UsageError(`${what}: not valid${shown === "" ? "" : ` (${shown}${issues.length > 5 ? `; and ${issues.length - 5} more` : ""})`}`)
}

const runOrThrow = <A, E>(effect: Effect.Effect<A, E>, what: string): A => {
  const exit = Effect.runSyncExit(effect)
  if (Exit.isSuccess(exit)) return exit.value
  const error = Exit.findErrorOption(exit)
  throw invalid(what, error._tag === "Some" ? error.value : undefined)
}

/** The section from a JSON file of risk points, graded under the configuration. */
const fromFile = async (options: RiskSectionOptions, reading: { cwd?: string | undefined; write: () => void; writeError: (s: string) => void }): Promise<RiskSection> => {
  const configInput = options.config === undefined ? undefined : await readJson(reading, options.config, "risk config")
  const config: RiskConfig = runOrThrow(decodeRiskConfig(configInput), `--risk-config ${options.config}`)
  const points = runOrThrow(decodeRiskPoints(await readJson(reading, options.source, "risk points")), `--risk-register ${options.source}`)
  const graded = points.map((point) => {
    const r = gradePoint(point, config)
    return Result.isFailure(r) || r.success === undefined
      ? { point, grade: null, score: null }
      : { point, grade: r.success.grade, score: r.success.score }
  })
  return {
    source: options.source,
    asOf: options.asOf,
    config: { source: config.source, verified: config.verified },
    metrics: computeRiskMetrics(points, { asOf: options.asOf, config }),
    sites: sitesOf(graded)
  }
}

/**
 * Reads the risk section, read-only. Throws {@link UsageError} when the register cannot be opened
 * or read (a missing file, a file that is not a register, an unreachable database, a file of risk
 * points that does not decode), with a message naming `--risk-register`.
 *
 * @since 0.2.0
 */
export const riskSection = async (options: RiskSectionOptions): Promise<RiskSection> => {
  const reading = { cwd: options.cwd, write: () => {}, writeError: () => {} }
  if (!isPostgres(options.source) && /\.json$/iu.test(options.source)) return fromFile(options, reading)
  const source = displaySource(options.source)
  const outcome = await withRegister({ ...reading, db: options.source, config: options.config }, {
    mode: "read",
    validate: () => {
      if (!isPostgres(options.source)) checkSqliteRegister(options.source, resolvePath(reading, options.source))
    }
  }, async (register, caller) => {
    const files = await register.list(caller, {})
    return {
      source,
      asOf: options.asOf,
      config: { source: register.config.source, verified: register.config.verified },
      metrics: await register.metrics(caller, { asOf: options.asOf }),
      sites: sitesOf(files.map((f) => ({ point: f.point, grade: f.grade, score: f.score })))
    }
  })
  if (outcome.exitCode === 0) return outcome.value
  const e = outcome.error
  throw new UsageError(e._tag === "UsageError" ? e.message : `--risk-register ${source}: cannot read the risk register: ${e._tag}: ${e.summary}`)
}
