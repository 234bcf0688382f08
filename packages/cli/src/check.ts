/**
 * `anquan check` as a plain async function: read records, evaluate them with the selected packs as of
 * a date, write the chosen format, and return the exit code.
 *
 * Exit codes ({@link ExitCode}): 0 no violation; 1 violations found; 3 some records rejected (a
 * record that does not decode: it is reported, and the others are still evaluated) or no record
 * at all. Bad usage (an unreadable file, a bad config) throws a {@link UsageError} before any
 * record is read, which the command turns into exit code 2.
 *
 * Output is written as the records are evaluated, through `write`; `ready` lets the output slow
 * the check down (backpressure). Every format is written in bounded memory: the json report
 * streams its enterprises (see `output/jsonReport.ts`), the html page its units in compact chunks
 * (`output/html.ts`, bounded apart from its dictionary of rule texts), and the json
 * and html reports list the first `maxRejected` rejected records (default 1000) and count the
 * rest (`rejectedNotListed`); table and ndjson output list every rejected record.
 *
 * Warnings (on `warn`, and in the result): an input without any record, and an as-of date on
 * which no rule of the selected packs is in force (every record would check as no violation).
 *
 * With `ledger` and `campaign`, the html and json reports also carry the hazard ledger's
 * governance section (隐患治理: hazards by state and level, 整改率 and 逾期率 from the ledger's
 * metrics) and a campaign's progress (专项行动, as `anquan campaign status` computes it), both as
 * of the check's date. Both are read before any record, so a bad ledger or campaign is a usage
 * error before anything is written.
 *
 * @since 0.1.0
 */
import { readFileSync } from "node:fs"
import { decodeIssueMessage, Engine, formatCitation, localize, sectorLabel, verdictLabels } from "@anquan/core"
import type { DecodeIssue, EvaluatedRecord, Locale, Pack, RecordResult, RejectedRecord, Report, Sector } from "@anquan/core"
import type { CampaignFiles, CampaignSection } from "./campaign.ts"
import { ExitCode } from "./exitCode.ts"
import type { EvaluatedItem, InputFormat, InputItem, NdjsonReader, ReadOptions, Source } from "./input/readRecords.ts"
import { decodeBytes } from "./input/encoding.ts"
import { checkReadOptions, formatSource, inputBytes, readItemBatches } from "./input/readRecords.ts"
import { INDEX_PLACEHOLDER } from "./output/ndjsonRecord.ts"
import type { LedgerSection } from "./ledger/section.ts"
import type { RiskSection } from "./risk/section.ts"
import type { CreditSection } from "./credit/section.ts"
import type { EnforcementSection } from "./enforcement/section.ts"
import type { InvestigationSection } from "./investigation/section.ts"
import type { ReportsSection } from "./reports/section.ts"
import type { StandardizationSection } from "./standardization/section.ts"
import { HtmlReport } from "./output/html.ts"
import { jsonReportWriter } from "./output/jsonReport.ts"
import * as Progress from "./output/progress.ts"
import { terminalSafe, terminalSafeInline as inline } from "./output/terminal.ts"
import { factLabeler } from "./output/factLabels.ts"

/** @since 0.1.0 */
export type OutputFormat = "table" | "json" | "ndjson" | "html"

/** @since 0.1.0 */
export interface CheckOptions {
  readonly input: string
  readonly packs: ReadonlyArray<Pack.Pack<any>>
  readonly asOf: string
  /** Path of a JSON file of config layers. */
  readonly config?: string | undefined
  readonly format: OutputFormat
  readonly inputFormat?: InputFormat | undefined
  /** How the input is decoded and cut: `--encoding`, `--delimiter`, `--max-line-bytes` (see {@link ReadOptions}). */
  readonly read?: Omit<ReadOptions, "format" | "onWarning"> | undefined
  readonly locale: Locale
  /** Where the output goes. It may throw (a failed write): the check stops and rethrows it. */
  readonly write: (text: string) => void
  /**
   * The output's backpressure: called after each record, a promise to await before writing more
   * (or `undefined`). A rejection stops the check and is rethrown.
   *
   * @since 0.1.0
   */
  readonly ready?: (() => PromiseLike<void> | undefined) | undefined
  /**
   * How many rejected records the json and html reports (and the returned report) list; the
   * others are counted (`totals.rejected`, `rejectedNotListed`). Default {@link DEFAULT_MAX_REJECTED}.
   *
   * @since 0.1.0
   */
  readonly maxRejected?: number | undefined
  /**
   * Called with each warning as it is found (an input without records, an as-of date on which
   * no rule is in force, a line read as GB18030, a CSV header naming no field); they are also in
   * the result. Default: none printed (the command prints them on stderr).
   *
   * @since 0.1.0
   */
  readonly warn?: ((text: string) => void) | undefined
  readonly progress?: Progress.Progress
  /** Keep every evaluated record in the returned report (json output streams them and html writes each into the page as it goes: neither retains them). */
  readonly retainEnterprises?: boolean
  /**
   * Add the governance section (隐患治理) of this hazard ledger, read only, as of `asOf` (html and
   * json only): `db` a SQLite file written by `anquan ledger` or a `postgres://` URL; `jurisdictions`
   * the jurisdiction tree file, for the rates by child jurisdiction.
   */
  readonly ledger?: { readonly db: string; readonly jurisdictions?: string | undefined } | undefined
  /** Add the campaign section (专项行动) from the files `anquan campaign status` takes (html and json only). */
  readonly campaign?: CampaignFiles | undefined
  /**
   * Add the risk section (风险分级管控: risk points by grade, each enterprise's four-colour risk map,
   * reviews overdue, controls missing), read only, as of `asOf` (html and json only): `source` a
   * SQLite file written by `anquan risk`, a `postgres://` URL or a `.json` file of risk points;
   * `config` the risk configuration file (default the built-in one, unverified).
   *
   * @since 0.2.0
   */
  readonly risk?: { readonly source: string; readonly config?: string | undefined } | undefined
  /**
   * Add the enforcement section (执法: cases by stage, orders running and overdue, 第七十八条
   * publication, the year's figures against the target), read only, as of `asOf` (html and json
   * only): `source` a SQLite file written by `anquan enforcement` or a `postgres://` URL; `calendar`
   * a working-day calendar file; `target` `seed-002` (default), `none` or a target file.
   *
   * @since 0.2.0
   */
  readonly enforcement?: { readonly source: string; readonly calendar?: string | undefined; readonly target?: string | undefined } | undefined
  /**
   * Add the credit section (信用: 失信名单 entries in force, enterprises by class, the rating rate
   * over `enterprises` against the target), read only, as of `asOf` (html and json only): `source` a
   * SQLite file written by `anquan credit` or a `postgres://` URL; `config` the credit configuration.
   *
   * @since 0.2.0
   */
  readonly credit?: { readonly source: string; readonly enterprises?: string | undefined; readonly config?: string | undefined } | undefined
  /**
   * Add the accident investigation section (事故调查: cases by grade, deadlines, overdue ones, the
   * closure checklist), as of `asOf` (html and json only): `source` a `.json` file of investigation
   * cases, or an investigation store (a SQLite file written by `anquan investigation open`, or a
   * `postgres://` URL), read only.
   *
   * @since 0.2.0
   */
  readonly investigations?: {
    readonly source: string
    readonly reportClockFrom?: "accident-day" | "investigation-start" | undefined
    readonly firstDay?: "excluded" | "included" | undefined
    /**
     * `calendar` (default) or `working` days for the report and approval deadlines; `working` needs
     * `calendar`, the working-day calendar file (`{ holidays, workdays? }`, the `--calendar` of
     * `--enforcement`).
     *
     * @since 0.2.0
     */
    readonly dayKind?: "calendar" | "working" | undefined
    /** @since 0.2.0 */
    readonly calendar?: string | undefined
  } | undefined
  /**
   * Add the public reports section (举报与奖励: reports by state and category, the verified rate,
   * steps overdue under the configured deadlines, figures by jurisdiction, the reward decisions as
   * recorded), read only, as of `asOf` (html and json only): `source` a SQLite file written by
   * `anquan reports` or a `postgres://` URL; `config` the deadlines and reward levels. No reporter's
   * identity is in it.
   *
   * @since 0.2.0
   */
  readonly reports?: { readonly source: string; readonly config?: string | undefined } | undefined
  /**
   * Add the standardization section (安全生产标准化: enterprises by standing, and per target the rates
   * per jurisdiction and sector as `@anquan/standardization` computes them), read only, as of `asOf`
   * (html and json only): `source` a `.json` file of histories, a SQLite standardization register or a
   * `postgres://` URL; `targets` a targets file (default the seeds'); `jurisdictions` the tree.
   *
   * @since 0.2.0
   */
  readonly standardization?: {
    readonly source: string
    readonly targets?: string | undefined
    readonly jurisdictions?: string | undefined
    /** A JSON file `{ triggers, accidents?, hazards? }`: the certificates that are candidates for 撤销 (proposed only). */
    readonly revocation?: string | undefined
  } | undefined
  /**
   * Evaluate NDJSON input on this many worker threads (`--workers`): the same output, in the same
   * order, as without. Default: on this thread. The packs must be installed ones or JSON packs (a
   * worker loads them itself); JSON and CSV input, and NDJSON in an encoding other than UTF-8, are
   * read on this thread.
   *
   * @since 0.2.0
   */
  readonly workers?: number | undefined
}

/**
 * What a check returns: the exit code, the report, and the sections asked for.
 *
 * @since 0.1.0
 */
export interface CheckResult {
  readonly exitCode: typeof ExitCode.noViolation | typeof ExitCode.violations | typeof ExitCode.rejected
  readonly report: CheckReport
  /** @since 0.1.0 */
  readonly warnings: ReadonlyArray<string>
  readonly ledger?: LedgerSection | undefined
  readonly campaign?: CampaignSection | undefined
  /** @since 0.2.0 */
  readonly risk?: RiskSection | undefined
  /** @since 0.2.0 */
  readonly enforcement?: EnforcementSection | undefined
  /** @since 0.2.0 */
  readonly credit?: CreditSection | undefined
  /** @since 0.2.0 */
  readonly investigations?: InvestigationSection | undefined
  /** @since 0.2.0 */
  readonly reports?: ReportsSection | undefined
  /** @since 0.2.0 */
  readonly standardization?: StandardizationSection | undefined
}

/** A rejected record with where it came from. @since 0.1.0 */
export interface LocatedRejection extends RejectedRecord {
  readonly source: Source
}

/** An evaluated record with where it came from. @since 0.1.0 */
export interface LocatedResult extends EvaluatedRecord {
  readonly source: Source
}

/** Thrown for usage errors (exit code 2). @since 0.1.0 */
export class UsageError extends Error {
  override readonly name = "UsageError"
}

const formatPath = (path: ReadonlyArray<string | number>): string =>
  path.length === 0 ? "(record)" : path.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`)).join("")

const t = (locale: Locale, zh: string, en: string) => (locale === "en" ? en : zh)

/**
 * The report of a check: rejected records carry their source; when more were rejected than
 * `maxRejected`, `rejected` lists the first ones and `rejectedNotListed` says how many more.
 *
 * @since 0.1.0
 */
export type CheckReport = Omit<Report, "rejected"> & {
  readonly rejected: ReadonlyArray<LocatedRejection>
  /** @since 0.1.0 */
  readonly rejectedNotListed?: number
}

/** How many rejected records a report lists by default. @since 0.1.0 */
export const DEFAULT_MAX_REJECTED = 1000

/**
 * A JSON file (any encoding the input reader takes: a BOM, UTF-16, GB18030) as a value; a file that
 * cannot be read or parsed is a {@link UsageError} naming `what` and the path.
 *
 * @internal
 * @since 0.2.0
 */
export const readJsonFile = (path: string, what: string): unknown => {
  try {
    return JSON.parse(decodeBytes(readFileSync(path)))
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${path}: ${(e as Error).message}`)
  }
}

/**
 * The engine of a command: the packs, with the config layers of the file `config` when given (a
 * bad file is a {@link UsageError}; bad layers a ConfigError).
 *
 * @internal
 * @since 0.2.0
 */
export const engineFor = (packs: ReadonlyArray<Pack.Pack<any>>, config: string | undefined): Engine.Engine => {
  const layers = config === undefined ? undefined : readJsonFile(config, "config")
  return Engine.make(layers === undefined ? { packs } : { packs, config: layers as never })
}

/**
 * What a command that reads records sets up from its options: the warnings it collects (and
 * passes on), and the read options, checked (a bad `--encoding` or `--delimiter` is a
 * {@link UsageError} before anything is read).
 *
 * @internal
 * @since 0.2.0
 */
export const inputOf = (options: {
  readonly read?: Omit<ReadOptions, "format" | "onWarning"> | undefined
  readonly inputFormat?: InputFormat | undefined
  readonly warn?: ((text: string) => void) | undefined
}): { readonly warnings: Array<string>; readonly warn: (text: string) => void; readonly readOptions: ReadOptions } => {
  const warnings: Array<string> = []
  const warn = (text: string) => {
    warnings.push(text)
    options.warn?.(text)
  }
  const readOptions: ReadOptions = {
    ...options.read,
    ...(options.inputFormat === undefined ? {} : { format: options.inputFormat }),
    onWarning: (message, source) => warn(terminalSafe(`${formatSource(source)}: ${message}`))
  }
  try {
    checkReadOptions(readOptions)
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
  return { warnings, warn, readOptions }
}

/** A failed write (or wait for the output), carried out of the loop unchanged: not a read error. */
class WriteFailed {
  readonly error: unknown
  constructor(error: unknown) {
    this.error = error
  }
}

/** The NDJSON reader of `--workers`, loaded only then; a bad count or a pack no worker can load is a {@link UsageError}. */
const workersFor = async (options: CheckOptions): Promise<NdjsonReader> => {
  const workers = options.workers!
  if (!(Number.isInteger(workers) && workers >= 1)) throw new UsageError(`--workers must be a whole number ≥ 1, got ${workers}`)
  const { parallelNdjson, workerPackSources } = await import("./input/parallel.ts")
  let packs
  try {
    packs = workerPackSources(options.packs)
  } catch (e) {
    throw new UsageError(`--workers: ${(e as Error).message}`)
  }
  const config = options.config === undefined ? undefined : readJsonFile(options.config, "config")
  // ndjson: each record's line is made on its worker too, and this thread only writes it
  return parallelNdjson({ packs, loadedPacks: options.packs, config, asOf: options.asOf, workers, ndjsonText: options.format === "ndjson" && options.retainEnterprises !== true })
}

/**
 * Runs a check. Throws {@link UsageError} (or a ConfigError/RegistryError) before reading any record
 * when the options are unusable.
 *
 * @since 0.1.0
 */
export const check = (options: CheckOptions): Promise<CheckResult> =>
  run(options).catch((e: unknown) => {
    throw e instanceof WriteFailed ? e.error : e
  })

const run = async (options: CheckOptions): Promise<CheckResult> => {
  const sectionFlags = [
    [options.ledger, "--ledger"],
    [options.campaign, "--campaign"],
    [options.risk, "--risk-register"],
    [options.enforcement, "--enforcement"],
    [options.credit, "--credit"],
    [options.investigations, "--investigations"],
    [options.reports, "--reports"],
    [options.standardization, "--standardization"]
  ] as const
  const flag = sectionFlags.find(([given]) => given !== undefined)?.[1]
  if (flag !== undefined && options.format !== "html" && options.format !== "json") {
    throw new UsageError(`${flag} adds a section to the html and json reports: use --format html or --format json, not ${options.format}`)
  }
  const engine = engineFor(options.packs, options.config)
  const plan = engine.plan(options.asOf)
  const maxRejected = options.maxRejected ?? DEFAULT_MAX_REJECTED
  if (!(Number.isInteger(maxRejected) && maxRejected >= 0)) throw new UsageError(`--max-rejected must be a whole number ≥ 0, got ${maxRejected}`)
  const { warnings, warn, readOptions } = inputOf(options)
  const ndjson = options.workers === undefined ? undefined : await workersFor(options)
  let totalBytes: number | undefined
  try {
    totalBytes = inputBytes(options.input)
  } catch (e) {
    throw new UsageError(`cannot read ${options.input}: ${(e as Error).message}`)
  }
  // the ledger and the campaign are loaded only when asked for (a plain check never needs them)
  // with a ledger and no hazards file, the campaign counts the ledger's hazards (read in the same open)
  const campaignHazards = options.campaign !== undefined && options.campaign.hazards === undefined && options.campaign.hazardRecords === undefined
  const read = options.ledger === undefined
    ? undefined
    : await (await import("./ledger/section.ts")).ledgerForCheck({ ...options.ledger, asOf: options.asOf, campaignHazards })
  const ledger = read?.section
  const campaignFiles = options.campaign !== undefined && read?.campaignHazards !== undefined
    ? { ...options.campaign, hazardRecords: read.campaignHazards }
    : options.campaign
  const campaign = campaignFiles === undefined
    ? undefined
    : await (await import("./campaign.ts")).campaignSection(campaignFiles, options.asOf)
  const risk = options.risk === undefined
    ? undefined
    : await (await import("./risk/section.ts")).riskSection({ ...options.risk, asOf: options.asOf })
  const enforcement = options.enforcement === undefined
    ? undefined
    : await (await import("./enforcement/section.ts")).enforcementSection({ ...options.enforcement, asOf: options.asOf })
  const credit = options.credit === undefined
    ? undefined
    : await (await import("./credit/section.ts")).creditSection({ ...options.credit, asOf: options.asOf })
  const investigations = options.investigations === undefined
    ? undefined
    : await (await import("./investigation/section.ts")).investigationSection({ ...options.investigations, asOf: options.asOf })
  const reports = options.reports === undefined
    ? undefined
    : await (await import("./reports/section.ts")).reportsSection({ ...options.reports, asOf: options.asOf })
  const standardization = options.standardization === undefined
    ? undefined
    : await (await import("./standardization/section.ts")).standardizationSection({ ...options.standardization, asOf: options.asOf })
  if (plan.rules.length === 0) {
    const from = engine.registry.listing().map((r) => r.effective.from).sort()[0]
    warn(
      from !== undefined && options.asOf < from
        ? `no rule of the selected packs is in force on ${options.asOf}: the earliest takes effect on ${from}; every record checks as "no violation"`
        : `no rule of the selected packs is in force on ${options.asOf}; every record checks as "no violation"`
    )
  }
  const progress = options.progress ?? Progress.make({ totalBytes })
  // json and html: each unit is written as it is evaluated (jsonReportWriter, HtmlReport), none is retained for them
  const retain = options.retainEnterprises === true
  const builder = engine.reportBuilder(plan, retain, maxRejected)
  const { locale } = options
  // table, JSON and NDJSON may go to a terminal: no control character of the input reaches it raw.
  // JSON stays the same JSON (it escapes C0 controls itself; a C1 control, a line separator or a
  // bidirectional override, raw inside a string, becomes its \u escape). HTML is a file.
  const safe = options.format === "html" ? (text: string) => text : terminalSafe
  const write = (text: string): void => {
    try {
      options.write(safe(text))
    } catch (e) {
      throw new WriteFailed(e)
    }
  }
  const failed = (e: unknown) => {
    throw new WriteFailed(e)
  }
  // the json report: begun at the first record (a file that cannot be read writes nothing)
  const json = options.format === "json" ? jsonReportWriter(write, "enterprises") : undefined
  let begun = false
  const begin = () => {
    if (json === undefined || begun) return
    begun = true
    const { asOf, packs } = builder.build()
    json.begin({ asOf, packs })
  }
  const documents = engine.registry.documents
  const labelOf = factLabeler(engine.registry)
  const html = options.format === "html"
    ? HtmlReport.start(write, { locale, documents, packNames: new Map(options.packs.map((p) => [p.id, p.name])), factLabel: labelOf, ...(ledger === undefined ? {} : { ledger }), ...(campaign === undefined ? {} : { campaign }), ...(risk === undefined ? {} : { risk }),
      ...(enforcement === undefined ? {} : { enforcement }), ...(credit === undefined ? {} : { credit }), ...(investigations === undefined ? {} : { investigations }),
      ...(reports === undefined ? {} : { reports }), ...(standardization === undefined ? {} : { standardization }) })
    : undefined
  const located: Array<LocatedRejection> = []
  let rejectedCount = 0
  let index = 0

  const renderTable = (r: LocatedResult | LocatedRejection): void => {
    if (r._tag === "rejected") {
      write(`✗ ${inline(formatSource(r.source))}${r.id !== undefined ? ` ${inline(r.id)}` : ""} — ${t(locale, "记录无法解码，未评估", "record rejected, not evaluated")}\n`)
      for (const i of r.issues) write(`    ${inline(formatPath(i.path))}: ${decodeIssueMessage(i, locale)}\n`)
      return
    }
    if (r.findings.length === 0 && r.verdict === "no-violation") return
    const sectors = r.subject.sectors.map((s) => sectorLabel(s as Sector, locale)).join("、")
    write(`${r.verdict === "no-violation" ? "?" : "✗"} ${inline(r.subject.name)} ${inline(r.subject.creditCode)} [${sectors}] — ${localize(verdictLabels[r.verdict], locale)}  (${inline(formatSource(r.source))})\n`)
    for (const f of r.findings) {
      const head = `    ${f.outcome === "violation" ? (f.waiver?.status === "active" ? "~" : "✗") : f.outcome === "indeterminate" ? "?" : "!"} [${f.severity}] ${f.ruleId}@${f.ruleVersion} ${localize(f.title, locale)}`
      write(head + "\n")
      if (f.outcome === "violation") {
        write(`        ${localize(f.details ?? f.message!, locale)}\n`)
        write(`        ${formatCitation(f.citation, locale, documents)}${f.waiver !== undefined ? `  ${t(locale, "豁免", "waiver")} ${f.waiver.status} → ${f.waiver.expires}` : ""}\n`)
      } else if (f.outcome === "indeterminate") {
        // each fact by its label in the report's language, its path beside it
        const facts = f.missing!.map((p) => {
          const label = labelOf(f.ruleId, f.ruleVersion, p)
          return label === undefined ? p : `${localize(label, locale)} (${p})`
        })
        write(`        ${t(locale, "缺少事实", "missing facts")}: ${facts.join(locale === "en" ? ", " : "、")}\n`)
      } else if (f.outcome === "error") {
        write(`        ${f.error}\n`)
      }
    }
  }

  // the json report's enterprises as the report has them (without their source, unlike ndjson's lines)
  const emit = (r: LocatedResult | LocatedRejection, result: RecordResult): void => {
    if (options.format === "table") renderTable(r)
    else if (options.format === "ndjson") write(JSON.stringify(r) + "\n")
    else if (json !== undefined && result._tag === "evaluated") {
      begin()
      json.element(result)
    } else if (html !== undefined && r._tag === "evaluated") html.add(r)
  }

  // how many records of a batch are evaluated together (`Engine.evaluateRecords`): see its memory figures there
  const RECORDS_TOGETHER = Engine.RECORDS_TOGETHER
  /**
   * The results of a batch's records (`_tag: "record"`, numbered from `first` by their position in the batch; a batch
   * holds at most RECORDS_TOGETHER items), each run of consecutive records evaluated together
   * (`Engine.evaluateRecords`); `undefined` at the other items.
   */
  const evaluateBatch = (batch: ReadonlyArray<InputItem | EvaluatedItem>, first: number): Array<RecordResult | undefined> => {
    const out = new Array<RecordResult | undefined>(batch.length)
    let from = 0
    while (from < batch.length) {
      if (batch[from]!._tag !== "record") {
        from++
        continue
      }
      let to = from
      const values: Array<unknown> = []
      for (; to < batch.length; to++) {
        const item = batch[to]!
        if (item._tag !== "record") break
        values.push(item.value)
      }
      const results = engine.evaluateRecords(values, first + from, plan)
      for (let k = 0; k < results.length; k++) out[from + k] = results[k]
      from = to
    }
    return out
  }

  try {
    // a batch of records (for NDJSON, the lines of one chunk read; with workers, one evaluated record) in one synchronous loop
    const batch: Array<InputItem | EvaluatedItem> = []
    for await (const given of readItemBatches(options.input, readOptions, ndjson)) {
      // the items of a batch read a few records at a time (each record is parsed only when taken: records parsed long
      // before their turn would outlive the young generation), and those records evaluated together, numbered as
      // below: their problems are explained rule by rule
      const items = given[Symbol.iterator]()
      for (;;) {
        batch.length = 0
        for (let next = items.next(); !next.done; next = items.next()) {
          batch.push(next.value)
          if (batch.length === RECORDS_TOGETHER) break
        }
        if (batch.length === 0) break
        const evaluated = evaluateBatch(batch, index)
        for (let position = 0; position < batch.length; position++) {
          const item = batch[position]!
          const i = index++
          let result: RecordResult
          if (item._tag === "evaluated") {
            // numbered by its worker pool from 0 in its file: renumbered over every file, as here
            result = item.result.index === i ? item.result : { ...item.result, index: i }
          } else if (item._tag === "unparseable") {
            const issues: Array<DecodeIssue> = [{ path: [], message: item.message }]
            result = { _tag: "rejected", index: i, id: undefined, issues }
          } else {
            // every record item of the batch was evaluated (`evaluateBatch`)
            result = evaluated[position]!
          }
          builder.add(result)
          if (item._tag === "evaluated" && item.text !== undefined) {
            // its line, made on its worker: numbered here
            write(item.text.replace(INDEX_PLACEHOLDER, `"index":${i},`))
          } else {
            const entry: LocatedResult | LocatedRejection = { ...result, source: item.source }
            if (entry._tag === "rejected" && rejectedCount++ < maxRejected) located.push(entry)
            emit(entry, result)
          }
          progress.tick(item.bytes)
          const wait = options.ready?.()
          if (wait !== undefined) await wait.then(undefined, failed)
        }
      }
    }
  } catch (e) {
    progress.done()
    if (e instanceof WriteFailed) throw e
    throw new UsageError(`cannot read ${options.input}: ${(e as Error).message}`)
  }
  progress.done()
  const report = builder.build()
  const notListed = report.totals.rejected - located.length
  const withSources: CheckReport = { ...report, rejected: located, ...(notListed > 0 ? { rejectedNotListed: notListed } : {}) }
  if (report.totals.records === 0) warn(`${options.input}: no record to check`)

  const sections = {
    ...(ledger === undefined ? {} : { ledger }),
    ...(campaign === undefined ? {} : { campaign }),
    ...(risk === undefined ? {} : { risk }),
    ...(enforcement === undefined ? {} : { enforcement }),
    ...(credit === undefined ? {} : { credit }),
    ...(investigations === undefined ? {} : { investigations }),
    ...(reports === undefined ? {} : { reports }),
    ...(standardization === undefined ? {} : { standardization })
  }
  if (json !== undefined) {
    begin()
    // the counts after the enterprises and the rejected records (known only at the end)
    const { asOf: _a, packs: _p, enterprises: _e, rejected, rejectedNotListed, ...counts } = withSources
    json.end({ rejected, rejectedNotListed, ...counts, ...sections })
  } else if (html !== undefined) html.finish(withSources)
  else if (options.format === "ndjson") {
    const { enterprises: _e, rejected: _r, ...summary } = report
    write(JSON.stringify({ _tag: "summary", ...summary }) + "\n")
  } else {
    write("\n")
    write(`${t(locale, "依据", "as of")} ${report.asOf}: ${report.totals.records} ${t(locale, "条记录", "records")}, ${report.totals.evaluated} ${t(locale, "家已评估", "evaluated")}, ${report.totals.rejected} ${t(locale, "条被拒", "rejected")}\n`)
    write((["major-hazard", "general-hazard", "advisory", "no-violation"] as const).map((v) => `${localize(verdictLabels[v], locale)} ${report.verdicts[v]}`).join(" · ") + "\n")
    write(`violation ${report.byOutcome.violation} (major ${report.bySeverity.major}, general ${report.bySeverity.general}, advisory ${report.bySeverity.advisory}) · waived ${report.byOutcome.waived} · indeterminate ${report.byOutcome.indeterminate} · error ${report.byOutcome.error}\n`)
    for (const lax of report.laxerThanNational) {
      write(`${t(locale, "注意：地方配置宽于国家标准", "note: local config laxer than national")}: ${JSON.stringify(lax)}\n`)
    }
  }
  const exitCode = report.totals.rejected > 0 || report.totals.records === 0
    ? ExitCode.rejected
    : report.byOutcome.violation > 0
    ? ExitCode.violations
    : ExitCode.noViolation
  return { exitCode, report: withSources, warnings, ...sections }
}
