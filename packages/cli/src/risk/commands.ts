/**
 * `anquan risk …` as plain async functions (testable without spawning): each takes the shared
 * {@link RiskOptions} and its own, writes the chosen format and returns the exit code — 0 on
 * success, 2 for a rejected command or bad input (as `anquan ledger`) — with the value or error.
 *
 * @since 0.2.0
 */
import type { JurisdictionInput } from "@anquan/core"
import { CalendarDate, calendarDayOf } from "@anquan/core"
import type { Graded, RiskFlagResult, RiskImportResult, RiskMetrics, RiskPointFile, RiskWriteResult } from "@anquan/risk-register"
import { assess, gradeInfo, RiskGrades, RiskPointFile as RiskPointFileSchema } from "@anquan/risk-register"
import { Schema } from "effect"
import { UsageError } from "../check.ts"
import { table } from "../ledger/format.ts"
import { dateFlag, DEFAULT_DB, readJson, withLedger } from "../ledger/run.ts"
import { terminalSafe } from "../output/terminal.ts"
import type { RiskOptions, RiskOutcome } from "./run.ts"
import { withRegister } from "./run.ts"

const json = (o: RiskOptions, value: unknown): void => o.write(JSON.stringify(value, null, 2) + "\n")
const encodeFile = Schema.encodeSync(RiskPointFileSchema)
const today = (): string => CalendarDate.format(calendarDayOf(new Date()))

// ---------------------------------------------------------------------------------------------
// import
// ---------------------------------------------------------------------------------------------

/** Options of `anquan risk import <file>`. @since 0.2.0 */
export interface RiskImportOptions extends RiskOptions {
  /** A JSON file: an array of risk points, or `{ "jurisdictions"?: [...], "riskPoints": [...] }` (`-` for stdin). */
  readonly file: string
}

/**
 * `anquan risk import <file>`: registers the new risk points and updates the changed ones, all or
 * nothing; prints how many of each.
 *
 * @since 0.2.0
 */
export const riskImport = (o: RiskImportOptions): Promise<RiskOutcome<RiskImportResult>> => {
  let input: unknown
  const read = async () => (input ??= await readJson(o, o.file, "risk points"))
  return withRegister(o, {
    mode: "import",
    treeFrom: async () => {
      const data = await read()
      const nodes = typeof data === "object" && data !== null && !Array.isArray(data) ? (data as { jurisdictions?: unknown }).jurisdictions : undefined
      return Array.isArray(nodes) ? (nodes as ReadonlyArray<JurisdictionInput>) : undefined
    }
  }, async (register, caller) => {
    const result = await register.importPoints(caller, await read())
    if (o.format === "json") {
      json(o, { ...result, counts: { registered: result.registered.length, updated: result.updated.length, unchanged: result.unchanged.length } })
    } else {
      o.write(`风险点导入 risk points: ${result.registered.length} registered, ${result.updated.length} updated, ${result.unchanged.length} unchanged\n`)
    }
    return result
  })
}

// ---------------------------------------------------------------------------------------------
// list
// ---------------------------------------------------------------------------------------------

/** Options of `anquan risk list`. @since 0.2.0 */
export interface RiskListOptions extends RiskOptions {
  readonly grade?: string | undefined
  readonly enterprise?: string | undefined
}

const gradeText = (g: RiskPointFile["grade"]): string => (g === null ? "未评价" : `${gradeInfo[g].short} (${gradeInfo[g].colourZh})`)

/** The risk points as a table. @since 0.2.0 */
export const renderRiskPoints = (files: ReadonlyArray<RiskPointFile>): string =>
  files.length === 0
    ? "no risk points\n"
    : terminalSafe(table(
      ["id", "grade 等级", "score", "name 风险点", "enterprise", "jurisdiction", "level 管控层级", "responsible 包保责任人", "controls", "v"],
      files.map((f) => [
        f.point.id,
        gradeText(f.grade),
        f.score ?? "—",
        f.point.name,
        f.point.enterprise,
        f.point.jurisdiction,
        f.point.managingLevel,
        f.point.responsible?.name ?? "—",
        String(f.point.controls.length),
        String(f.version)
      ])
    ))

/**
 * `anquan risk list`: the risk points in the caller's view, by id.
 *
 * @since 0.2.0
 */
export const riskList = (o: RiskListOptions): Promise<RiskOutcome<ReadonlyArray<RiskPointFile>>> =>
  withRegister(o, {
    mode: "read",
    validate: () => {
      if (o.grade !== undefined && !(RiskGrades as ReadonlyArray<string>).includes(o.grade)) {
        throw new UsageError(`--grade must be one of ${RiskGrades.join(", ")}; got ${JSON.stringify(o.grade)}`)
      }
    }
  }, async (register, caller) => {
    const files = await register.list(caller, { grade: o.grade as never, enterprise: o.enterprise })
    if (o.format === "json") json(o, files.map((f) => encodeFile(f)))
    else o.write(renderRiskPoints(files))
    return files
  })

// ---------------------------------------------------------------------------------------------
// assess
// ---------------------------------------------------------------------------------------------

/** Options of `anquan risk assess`. @since 0.2.0 */
export interface RiskAssessOptions extends RiskOptions {
  /** The assessment: JSON (`{"method":"lec","L":3,"E":6,"C":15}`), `@file.json` or `@-`. */
  readonly assessment: string
  /** The risk point to record it on; absent: only grade it (nothing is opened or written). */
  readonly riskPointId?: string | undefined
  /** With a risk point: the version last seen (a stale one is a `RiskVersionConflict`). */
  readonly expectedVersion?: number | undefined
  /** With a risk point: the day of the assessment; default today. */
  readonly on?: string | undefined
}

const parseAssessment = async (o: RiskAssessOptions): Promise<unknown> => {
  if (o.assessment.startsWith("@")) return readJson(o, o.assessment.slice(1), "assessment")
  try {
    return JSON.parse(o.assessment)
  } catch (e) {
    throw new UsageError(`--assessment is not valid JSON: ${(e as Error).message}`)
  }
}

const renderGraded = (g: Graded): string =>
  `${gradeInfo[g.grade].zh} (${gradeInfo[g.grade].colourZh}, ${g.grade})${g.score === null ? "" : ` — ${g.method === "lec" ? "D" : "R"} = ${g.score}`}${g.band === null ? "" : ` — ${g.band}`}\n`

/**
 * `anquan risk assess --assessment <json>`: grades an assessment under the configuration; with a
 * risk point id (and `--expected-version`) records it on that point.
 *
 * @since 0.2.0
 */
export const riskAssess = async (o: RiskAssessOptions): Promise<RiskOutcome<Graded | RiskWriteResult>> => {
  if (o.riskPointId === undefined) {
    // a calculator: no register is opened
    return withRegisterless(o, async () => {
      const config = o.config === undefined ? undefined : await readJson(o, o.config, "risk config")
      const graded = assess(await parseAssessment(o), config as never)
      if (o.format === "json") json(o, graded)
      else o.write(renderGraded(graded))
      return graded
    })
  }
  const id = o.riskPointId
  return withRegister(o, {
    mode: "write",
    validate: () => {
      if (o.expectedVersion === undefined) throw new UsageError("recording an assessment needs --expected-version (the version anquan risk list shows)")
      if (o.on !== undefined) dateFlag("--on", o.on)
    }
  }, async (register, caller) => {
    const result = await register.execute(caller, {
      command: { _tag: "Assess", riskPointId: id, assessment: (await parseAssessment(o)) as never, on: o.on ?? today() },
      expectedVersion: o.expectedVersion!
    })
    if (o.format === "json") json(o, encodeFile(result.file))
    else o.write(`${id} v${result.file.version}: ${result.file.grade === null ? "未评价" : renderGraded({ method: "direct", grade: result.file.grade, score: result.file.score, band: null })}`)
    return result
  })
}

/** The error handling of {@link withRegister} for a command that opens no register. */
const withRegisterless = async <A>(o: RiskOptions, body: () => Promise<A>): Promise<RiskOutcome<A>> => {
  // withRegister's failure path without opening anything: reuse it through a validate that runs the body
  let value: A | undefined
  let failure: unknown
  try {
    value = await body()
  } catch (e) {
    failure = e
  }
  if (failure === undefined) return { exitCode: 0, value: value as A }
  return withRegister(o, { mode: "read", validate: () => { throw failure } }, async () => value as A)
}

// ---------------------------------------------------------------------------------------------
// report
// ---------------------------------------------------------------------------------------------

/** Options of `anquan risk report`. @since 0.2.0 */
export interface RiskReportOptions extends RiskOptions {
  /** The day the figures are as of; default today (Beijing time). */
  readonly asOf?: string | undefined
}

/**
 * The report `anquan risk report --format json` prints: the counts by grade under the Chinese keys
 * (`重大`, `较大`, `一般`, `低`, and `未评价` for points not assessed) and, with the English keys,
 * under `byGrade`; the reviews overdue; and the rest of the register's figures.
 *
 * @since 0.2.0
 */
export interface RiskReport {
  readonly asOf: string
  readonly total: number
  readonly 重大: number
  readonly 较大: number
  readonly 一般: number
  readonly 低: number
  readonly 未评价: number
  readonly byGrade: RiskMetrics["byGrade"]
  readonly byJurisdiction: RiskMetrics["byJurisdiction"]
  readonly reviewsOverdue: RiskMetrics["reviewsOverdue"]
  readonly reassessmentDue: RiskMetrics["reassessmentDue"]
  readonly controlsMissing: RiskMetrics["controlsMissing"]
  readonly majorWithoutResponsible: RiskMetrics["majorWithoutResponsible"]
  /** The configuration graded with: its source and whether it was verified. */
  readonly config: { readonly source: string; readonly verified: boolean }
}

/** The report of the figures. @since 0.2.0 */
export const reportOf = (m: RiskMetrics, config: { readonly source: string; readonly verified: boolean }): RiskReport => ({
  asOf: m.asOf,
  total: m.total,
  重大: m.byGrade.major,
  较大: m.byGrade.significant,
  一般: m.byGrade.general,
  低: m.byGrade.low,
  未评价: m.byGrade.unassessed,
  byGrade: m.byGrade,
  byJurisdiction: m.byJurisdiction,
  reviewsOverdue: m.reviewsOverdue,
  reassessmentDue: m.reassessmentDue,
  controlsMissing: m.controlsMissing,
  majorWithoutResponsible: m.majorWithoutResponsible,
  config: { source: config.source, verified: config.verified }
})

/** The report as text. @since 0.2.0 */
export const renderRiskReport = (r: RiskReport): string => {
  const lines = [
    `风险分级管控 risk register as of ${r.asOf}: ${r.total} risk points`,
    `  重大 (红) ${r.重大}   较大 (橙) ${r.较大}   一般 (黄) ${r.一般}   低 (蓝) ${r.低}   未评价 ${r.未评价}`,
    `  复评逾期 reviews overdue: ${r.reviewsOverdue.count}`,
    ...r.reviewsOverdue.points.map((p) => `    ${p.id} ${p.name} (${gradeInfo[p.grade].short}) due ${p.dueOn}, ${p.daysOverdue} days overdue`),
    `  待重新评价 re-assessment due: ${r.reassessmentDue.count}`,
    ...r.reassessmentDue.points.map((p) => `    ${p.id} ${p.name}: ${p.triggers.map((t) => `${t.kind} ${t.on}`).join(", ")}`),
    `  管控措施缺失 controls missing: ${r.controlsMissing.count}`,
    ...r.controlsMissing.points.map((p) => `    ${p.id} ${p.name}: ${p.none ? "no control" : `lacks ${p.missingKinds.join(", ")}`}`),
    `  重大风险无包保责任人 major risks without a responsible person: ${r.majorWithoutResponsible.count}`,
    ...r.majorWithoutResponsible.points.map((p) => `    ${p.id} ${p.name}`),
    ...(r.config.verified ? [] : ["  (graded with an unverified configuration: " + r.config.source + ")"])
  ]
  return terminalSafe(lines.join("\n") + "\n")
}

/**
 * `anquan risk report`: the figures of the register in the caller's view as of a day.
 *
 * @since 0.2.0
 */
export const riskReport = (o: RiskReportOptions): Promise<RiskOutcome<RiskReport>> =>
  withRegister(o, {
    mode: "read",
    validate: () => {
      if (o.asOf !== undefined) dateFlag("--as-of", o.asOf)
    }
  }, async (register, caller) => {
    const asOf = o.asOf ?? today()
    const report = reportOf(await register.metrics(caller, { asOf }), register.config)
    if (o.format === "json") json(o, report)
    else o.write(renderRiskReport(report))
    return report
  })

// ---------------------------------------------------------------------------------------------
// flag (from the hazard ledger)
// ---------------------------------------------------------------------------------------------

/** Options of `anquan risk flag`. @since 0.2.0 */
export interface RiskFlagOptions extends RiskOptions {
  /** The hazard ledger (a SQLite file written by `anquan ledger`, or a `postgres://` URL); default `--db`. */
  readonly ledger?: string | undefined
}

/**
 * `anquan risk flag`: every hazard of the ledger found at a risk point (the same enterprise, and
 * its `site` or `installation` is the point's id or the `site` / `installation` the point names)
 * flags that point for review, once per hazard. The ledger is only read.
 *
 * @since 0.2.0
 */
export const riskFlag = (o: RiskFlagOptions): Promise<RiskOutcome<RiskFlagResult>> =>
  withRegister(o, { mode: "import" }, async (register, caller) => {
    const ledgerDb = o.ledger ?? o.db ?? DEFAULT_DB
    const hazards = await withLedger(
      { db: ledgerDb, cwd: o.cwd, write: () => {}, writeError: o.writeError },
      { mode: "read" },
      (ledger, reader) => ledger.query(reader)
    )
    if (hazards.exitCode !== 0) throw new UsageError(`--ledger ${ledgerDb}: cannot read the hazard ledger: ${hazards.error.summary}`)
    const result = await register.flagFromHazards(caller, hazards.value)
    if (o.format === "json") json(o, result)
    else {
      o.write(`风险点复评标记 flagged for review: ${result.flagged.length} (already flagged: ${result.alreadyFlagged.length})\n`)
      for (const f of result.flagged) o.write(terminalSafe(`  ${f.riskPointId} ← ${f.hazardId}\n`))
    }
    return result
  })
