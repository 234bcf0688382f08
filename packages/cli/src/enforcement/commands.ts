/**
 * `anquan enforcement …` as plain async functions (testable without spawning): each takes the
 * shared {@link EnforcementOptions} and its own, writes the chosen format and returns the exit code
 * — 0 on success, 2 for a refused command or bad input (as `anquan ledger`) — with the value or
 * error.
 *
 * @since 0.2.0
 */
import type { JurisdictionInput } from "@anquan/core"
import { CalendarDate, calendarDayOf, Registry } from "@anquan/core"
import type {
  CaseFile,
  CaseImportResult,
  CaseStatistics,
  CaseWriteResult,
  ImportCheckResult,
  OverdueOrder,
  PublicationFinding,
  StatisticsRow
} from "@anquan/enforcement"
import { CaseEvent, CaseFile as CaseFileSchema, importCheck, penaltyIndex, seed002PenaltyCaseTarget } from "@anquan/enforcement"
import { Schema } from "effect"
import { UsageError } from "../check.ts"
import { table } from "../ledger/format.ts"
import { dateFlag, DEFAULT_DB, isPostgres, readJson, resolvePath } from "../ledger/run.ts"
import { terminalSafe } from "../output/terminal.ts"
import { installedPacks } from "../packs.ts"
import type { EnforcementOptions, EnforcementOutcome } from "./run.ts"
import { enforcementCaller, loadEnforcementTree, reportFailures, withCases } from "./run.ts"

const json = (o: EnforcementOptions, value: unknown): void => o.write(JSON.stringify(value, null, 2) + "\n")
const encodeFile = Schema.encodeSync(CaseFileSchema)
const encodeEvent = Schema.encodeSync(CaseEvent)
const today = (): string => CalendarDate.format(calendarDayOf(new Date()))
const day = (d: Date | undefined): string => (d === undefined ? "—" : CalendarDate.format(d))
const treeOf = (data: unknown): ReadonlyArray<JurisdictionInput> | undefined => {
  const nodes = typeof data === "object" && data !== null && !Array.isArray(data) ? (data as { jurisdictions?: unknown }).jurisdictions : undefined
  return Array.isArray(nodes) ? (nodes as ReadonlyArray<JurisdictionInput>) : undefined
}

// ---------------------------------------------------------------------------------------------
// import
// ---------------------------------------------------------------------------------------------

/** Options of `anquan enforcement import <file>`. @since 0.2.0 */
export interface EnforcementImportOptions extends EnforcementOptions {
  /** A JSON file: an array of case records, or `{ "jurisdictions"?: [...], "cases": [...] }` (`-` for stdin). */
  readonly file: string
}

/**
 * `anquan enforcement import <file>`: opens the new cases and appends the new steps of known ones,
 * every step through the life cycle, all or nothing; a rule finding must carry the penalty articles
 * the installed pack cites for that rule version.
 *
 * @since 0.2.0
 */
export const enforcementImport = (o: EnforcementImportOptions): Promise<EnforcementOutcome<CaseImportResult>> => {
  let input: unknown
  const read = async () => (input ??= await readJson(o, o.file, "enforcement cases"))
  return withCases(o, { mode: "import", treeFrom: async () => treeOf(await read()) }, async (store, caller) => {
    // a rule finding's penalty articles must be the installed packs' (never typed in differently)
    const result = await store.importCases(caller, await read(), { penalties: penaltyIndex(Registry.make(installedPacks).listing()) })
    if (o.format === "json") {
      json(o, { ...result, counts: { opened: result.opened.length, extended: result.extended.length, unchanged: result.unchanged.length } })
    } else {
      o.write(`执法案件导入 enforcement cases: ${result.opened.length} opened, ${result.extended.length} extended, ${result.unchanged.length} unchanged\n`)
    }
    return result
  })
}

// ---------------------------------------------------------------------------------------------
// import-check
// ---------------------------------------------------------------------------------------------

/** Options of `anquan enforcement import-check <report.json>`. @since 0.2.0 */
export interface EnforcementImportCheckOptions extends EnforcementOptions {
  /** A JSON check report (`anquan check --format json`). */
  readonly report: string
  /** Case ids are `<casePrefix>-<credit code>`. */
  readonly casePrefix: string
  /** The inspecting department (a supervising department id, e.g. emergency-management). */
  readonly department: string
  readonly inspectedOn?: string | undefined
  readonly generalDeadlineDays?: number | undefined
  readonly origin?: string | undefined
}

/**
 * `anquan enforcement import-check <report.json>`: the report's violations go into the hazard
 * ledger of the same `--db` through the ledger's own import (no duplicate hazard), and each
 * enterprise with hazards gets one case linked to them, with the penalty articles of the installed
 * packs' rules.
 *
 * @since 0.2.0
 */
export const enforcementImportCheck = (o: EnforcementImportCheckOptions): Promise<EnforcementOutcome<ImportCheckResult>> =>
  reportFailures(o, async () => {
    if (o.inspectedOn !== undefined) dateFlag("--inspected-on", o.inspectedOn)
    if (o.origin !== undefined && !["inspection", "crackdown", "public-report", "accident"].includes(o.origin)) {
      throw new UsageError(`--origin must be one of inspection, crackdown, public-report, accident; got ${JSON.stringify(o.origin)}`)
    }
    const caller = enforcementCaller(o, "import")
    const report = await readJson(o, o.report, "report")
    if (typeof report !== "object" || report === null || !Array.isArray((report as { enterprises?: unknown }).enterprises)) {
      throw new UsageError(`${o.report} is not a check report with its enterprises: write it with anquan check --format json --out ${o.report}`)
    }
    const tree = await loadEnforcementTree(o)
    if (tree === undefined) throw new UsageError("import-check writes the hazard ledger and the cases: give --jurisdictions <file.json> (行政区划树)")
    const db = o.db ?? DEFAULT_DB
    const store = isPostgres(db) ? { store: "postgres" as const, url: db, jurisdictions: tree } : { store: "sqlite" as const, filename: resolvePath(o, db), jurisdictions: tree }
    const result = await importCheck(store, caller, {
      report,
      caseIdPrefix: o.casePrefix,
      department: o.department,
      origin: o.origin as never,
      inspectedOn: o.inspectedOn,
      generalDeadlineDays: o.generalDeadlineDays,
      penalties: penaltyIndex(Registry.make(installedPacks).listing())
    })
    const duplicates = result.ledger.skipped.filter((s) => s.reason === "already-open").length
    if (o.format === "json") {
      json(o, { hazardsCreated: result.ledger.created.map((h) => h.id), skipped: result.ledger.skipped, cases: result.cases, notLinked: result.notLinked, counts: { hazardsCreated: result.ledger.created.length, alreadyOpen: duplicates, cases: result.cases.length } })
    } else {
      o.write(`隐患 hazards: ${result.ledger.created.length} created, ${duplicates} already open (not duplicated)\n`)
      for (const c of result.cases) o.write(`${c.opened ? "立案 opened" : "补充 extended"} ${c.caseId}: ${c.hazardIds.length} hazard(s) linked\n`)
      for (const n of result.notLinked) o.write(terminalSafe(`not linked ${n.hazardId} → ${n.caseId}: ${n.reason}\n`))
    }
    return result
  })

// ---------------------------------------------------------------------------------------------
// list, show, record
// ---------------------------------------------------------------------------------------------

/** Options of `anquan enforcement list`. @since 0.2.0 */
export interface EnforcementListOptions extends EnforcementOptions {
  readonly stage?: string | undefined
  readonly subject?: string | undefined
  readonly department?: string | undefined
  readonly sector?: string | undefined
}

/** The cases as a table. @since 0.2.0 */
export const renderCases = (files: ReadonlyArray<CaseFile>): string =>
  files.length === 0
    ? "no enforcement cases\n"
    : terminalSafe(table(
      ["id", "stage 阶段", "subject 单位", "department 部门", "sector 行业", "jurisdiction", "findings", "deadline 整改期限", "penalty 处罚", "v"],
      files.map(({ case: c, version }) => [
        c.id,
        c.stage,
        c.subjectName ?? c.subject,
        c.department,
        c.sector,
        c.jurisdiction,
        String(c.findings.length),
        day(c.orders[c.orders.length - 1]?.deadline),
        c.penalty === undefined ? "—" : `${c.penalty.documentNo}${c.penalty.fineYuan === undefined ? "" : ` ${c.penalty.fineYuan}元`}`,
        String(version)
      ])
    ))

/**
 * `anquan enforcement list`: the cases in the caller's view, by id.
 *
 * @since 0.2.0
 */
export const enforcementList = (o: EnforcementListOptions): Promise<EnforcementOutcome<ReadonlyArray<CaseFile>>> =>
  withCases(o, { mode: "read" }, async (store, caller) => {
    const files = await store.list(caller, { stage: o.stage, subject: o.subject, department: o.department, sector: o.sector })
    if (o.format === "json") json(o, files.map((f) => encodeFile(f)))
    else o.write(renderCases(files))
    return files
  })

/** Options of `anquan enforcement show <case-id>`. @since 0.2.0 */
export interface EnforcementShowOptions extends EnforcementOptions {
  readonly caseId: string
}

/**
 * `anquan enforcement show <case-id>`: the case and its events.
 *
 * @since 0.2.0
 */
export const enforcementShow = (o: EnforcementShowOptions): Promise<EnforcementOutcome<CaseFile>> =>
  withCases(o, { mode: "read" }, async (store, caller) => {
    const file = await store.get(caller, o.caseId)
    const events = await store.history(caller, o.caseId)
    if (o.format === "json") {
      json(o, { ...encodeFile(file), history: events.map((e) => encodeEvent(e)) })
    } else {
      o.write(renderCases([file]))
      for (const e of events) o.write(terminalSafe(`  v${e.version} ${e._tag} ${e.at.toISOString()} ${e.actor.name}\n`))
    }
    return file
  })

/** Options of `anquan enforcement record`. @since 0.2.0 */
export interface EnforcementRecordOptions extends EnforcementOptions {
  /** The command: JSON, `@file.json` or `@-`. */
  readonly command: string
  readonly expectedVersion: number
}

/**
 * `anquan enforcement record --command <json> --expected-version <n>`: one step of a case
 * (`OpenCase`, `RecordFinding`, `OrderRectification`, `DecidePenalty`, `PublishDecision`,
 * `RecordReview`, `CloseCase`), decided by the life cycle.
 *
 * @since 0.2.0
 */
export const enforcementRecord = (o: EnforcementRecordOptions): Promise<EnforcementOutcome<CaseWriteResult>> =>
  withCases(o, { mode: "write" }, async (store, caller) => {
    let command: unknown
    if (o.command.startsWith("@")) command = await readJson(o, o.command.slice(1), "command")
    else {
      try {
        command = JSON.parse(o.command)
      } catch (e) {
        throw new UsageError(`--command is not valid JSON: ${(e as Error).message}`)
      }
    }
    const result = await store.execute(caller, { command: command as never, expectedVersion: o.expectedVersion })
    if (o.format === "json") json(o, encodeFile(result.file))
    else o.write(`${result.file.case.id} v${result.file.version}: ${result.event._tag} → ${result.file.case.stage}\n`)
    return result
  })

// ---------------------------------------------------------------------------------------------
// overdue, publication, stats
// ---------------------------------------------------------------------------------------------

/** Options of the commands read as of a day. @since 0.2.0 */
export interface EnforcementAsOfOptions extends EnforcementOptions {
  /** Default today (Beijing time). */
  readonly asOf?: string | undefined
}

/**
 * `anquan enforcement overdue --as-of <day>`: orders to rectify past their deadline, most overdue
 * first.
 *
 * @since 0.2.0
 */
export const enforcementOverdue = (o: EnforcementAsOfOptions): Promise<EnforcementOutcome<ReadonlyArray<OverdueOrder>>> =>
  withCases(o, { mode: "read", validate: () => void (o.asOf === undefined || dateFlag("--as-of", o.asOf)) }, async (store, caller) => {
    const asOf = o.asOf ?? today()
    const list = await store.overdue(caller, { asOf })
    if (o.format === "json") {
      json(o, { asOf, overdue: list.map((x) => ({ ...x, order: { ...x.order, issuedOn: day(x.order.issuedOn), deadline: day(x.order.deadline) }, ...(x.lastReview === undefined ? {} : { lastReview: { on: day(x.lastReview.on), outcome: x.lastReview.outcome } }) })) })
    } else {
      o.write(list.length === 0 ? `逾期未改 overdue orders as of ${asOf}: none\n` : terminalSafe(`逾期未改 overdue orders as of ${asOf}: ${list.length}\n` + table(
        ["case", "subject 单位", "department", "deadline 期限", "days 逾期天数", "last review"],
        list.map((x) => [x.caseId, x.subjectName ?? x.subject, x.department, day(x.order.deadline), String(x.daysOverdue), x.lastReview === undefined ? "—" : `${day(x.lastReview.on)} 未整改`])
      )))
    }
    return list
  })

/** Options of `anquan enforcement publication`. @since 0.2.0 */
export interface EnforcementPublicationOptions extends EnforcementAsOfOptions {
  /** A JSON file `{ "holidays": [...], "workdays"?: [...] }`; default: weekends only. */
  readonly calendar?: string | undefined
}

/**
 * `anquan enforcement publication --as-of <day> [--calendar file.json]`: penalty decisions not
 * published within 7 working days (安全生产法 第七十八条).
 *
 * @since 0.2.0
 */
export const enforcementPublication = (o: EnforcementPublicationOptions): Promise<EnforcementOutcome<ReadonlyArray<PublicationFinding>>> =>
  withCases(o, { mode: "read", validate: () => void (o.asOf === undefined || dateFlag("--as-of", o.asOf)) }, async (store, caller) => {
    const asOf = o.asOf ?? today()
    const calendar = o.calendar === undefined ? undefined : await readJson(o, o.calendar, "working-day calendar")
    const list = await store.publication(caller, { asOf, calendar })
    if (o.format === "json") {
      json(o, { asOf, calendar: o.calendar === undefined ? "weekends-only" : "given", findings: list })
    } else {
      o.write(`第七十八条 处罚决定公开 (7 working days${o.calendar === undefined ? "; no holiday calendar given: weekends only" : ""}) as of ${asOf}: ${list.length} late\n`)
      for (const f of list) o.write(terminalSafe(`  ${f.caseId}: ${f.message["zh-CN"]}\n`))
    }
    return list
  })

/** Options of `anquan enforcement stats`. @since 0.2.0 */
export interface EnforcementStatsOptions extends EnforcementOptions {
  readonly from: string
  readonly to: string
  readonly by: string
  readonly compareFrom?: string | undefined
  readonly compareTo?: string | undefined
  /** `seed-002` (default), `none`, or a JSON file of a target. */
  readonly target?: string | undefined
}

const figuresCells = (r: StatisticsRow): ReadonlyArray<string> => [
  r.key,
  String(r.figures.opened),
  String(r.figures.ordered),
  String(r.figures.penaltyCases),
  String(r.figures.nonAccidentPenaltyCases),
  String(r.figures.fineYuan),
  String(r.figures.closed),
  String(r.figures.overdueOrders),
  String(r.target?.baseline ?? r.comparison.penaltyCases),
  r.target === undefined ? "—" : `${r.target.actual}/${r.target.required} ${r.target.met ? "✓" : "✗"}${r.target.growth === null ? "" : ` (${r.target.growth}%)`}`
]

/** The statistics as text. @since 0.2.0 */
export const renderStatistics = (s: CaseStatistics): string =>
  terminalSafe(
    `执法案件统计 case statistics ${s.period.from}..${s.period.to} by ${s.by}; comparison 同比 ${s.comparisonPeriod.from}..${s.comparisonPeriod.to}\n` +
      (s.target === undefined ? "" : `target: ${s.target.metric} +${s.target.growthPercent}% — ${s.target.source.document}${s.target.source.verified ? "" : " [未核实 unverified]"}\n`) +
      table(
        [s.by, "opened 立案", "ordered 责令改正", "penalty 处罚", "non-accident 非事故", "fines 元", "closed 结案", "overdue 逾期", "baseline 基数", "target 目标"],
        [...s.rows.map(figuresCells), figuresCells(s.total)]
      )
  )

/**
 * `anquan enforcement stats --from --to --by department|sector|jurisdiction|month`: the case figures of
 * the period and the comparison period (default the same days a year earlier), against seed 002's
 * target unless `--target none` or a file.
 *
 * @since 0.2.0
 */
export const enforcementStats = (o: EnforcementStatsOptions): Promise<EnforcementOutcome<CaseStatistics>> =>
  withCases(o, {
    mode: "read",
    validate: () => {
      dateFlag("--from", o.from)
      dateFlag("--to", o.to)
      if (o.compareFrom !== undefined) dateFlag("--compare-from", o.compareFrom)
      if (o.compareTo !== undefined) dateFlag("--compare-to", o.compareTo)
      if (!["department", "sector", "jurisdiction", "month"].includes(o.by)) throw new UsageError(`--by must be one of department, sector, jurisdiction, month; got ${JSON.stringify(o.by)}`)
    }
  }, async (store, caller) => {
    const t = o.target ?? "seed-002"
    const target = t === "seed-002" ? seed002PenaltyCaseTarget : t === "none" ? undefined : await readJson(o, t, "target")
    const stats = await store.statistics(caller, { from: o.from, to: o.to, by: o.by as never, compareFrom: o.compareFrom, compareTo: o.compareTo, target })
    if (o.format === "json") json(o, stats)
    else o.write(renderStatistics(stats))
    return stats
  })
