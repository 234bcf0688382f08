/**
 * `anquan check` as a plain async function: read records, evaluate them with the selected packs as of
 * a date, write the chosen format, and return the exit code.
 *
 * Exit codes: 0 no violation; 1 violations found; 2 bad input or usage (an unreadable file, a
 * record that does not decode, bad config) — bad records are still reported, and the others still
 * evaluated, before the command exits with 2.
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
import { Engine, formatCitation, localize, sectorLabel, verdictLabels } from "@anquan/core"
import type { DecodeIssue, EvaluatedRecord, Locale, Pack, RecordResult, RejectedRecord, Report, Sector } from "@anquan/core"
import type { CampaignFiles, CampaignSection } from "./campaign.ts"
import type { InputFormat, ReadOptions, Source } from "./input/readRecords.ts"
import { decodeBytes } from "./input/encoding.ts"
import { checkReadOptions, formatSource, inputBytes, readRecords } from "./input/readRecords.ts"
import type { LedgerSection } from "./ledger/section.ts"
import { renderHtml } from "./output/html.ts"
import * as Progress from "./output/progress.ts"
import { terminalSafe, terminalSafeInline as inline } from "./output/terminal.ts"

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
  /** Where warnings about the input go (a guessed encoding, a CSV header naming no field); default stderr. */
  readonly warn?: ((text: string) => void) | undefined
  readonly locale: Locale
  readonly write: (text: string) => void
  readonly progress?: Progress.Progress
  /** Keep every evaluated record in the returned report (always for json and html output). */
  readonly retainEnterprises?: boolean
  /**
   * Add the governance section (隐患治理) of this hazard ledger, read only, as of `asOf` (html and
   * json only): `db` a SQLite file written by `anquan ledger` or a `postgres://` URL; `jurisdictions`
   * the jurisdiction tree file, for the rates by child jurisdiction.
   */
  readonly ledger?: { readonly db: string; readonly jurisdictions?: string | undefined } | undefined
  /** Add the campaign section (专项行动) from the files `anquan campaign status` takes (html and json only). */
  readonly campaign?: CampaignFiles | undefined
}

/**
 * What a check returns: the exit code, the report, and the sections asked for.
 *
 * @since 0.1.0
 */
export interface CheckResult {
  readonly exitCode: 0 | 1 | 2
  readonly report: CheckReport
  readonly ledger?: LedgerSection | undefined
  readonly campaign?: CampaignSection | undefined
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

/** The report of a check: rejected records carry their source. @since 0.1.0 */
export type CheckReport = Omit<Report, "rejected"> & { readonly rejected: ReadonlyArray<LocatedRejection> }

/**
 * Runs a check. Throws {@link UsageError} (or a ConfigError/RegistryError) before reading any record
 * when the options are unusable.
 *
 * @since 0.1.0
 */
export const check = async (options: CheckOptions): Promise<CheckResult> => {
  if ((options.ledger !== undefined || options.campaign !== undefined) && options.format !== "html" && options.format !== "json") {
    throw new UsageError(`${options.ledger !== undefined ? "--ledger" : "--campaign"} adds a section to the html and json reports: use --format html or --format json, not ${options.format}`)
  }
  let config: unknown
  if (options.config !== undefined) {
    try {
      config = JSON.parse(decodeBytes(readFileSync(options.config)))
    } catch (e) {
      throw new UsageError(`cannot read config ${options.config}: ${(e as Error).message}`)
    }
  }
  const engine = Engine.make(config === undefined ? { packs: options.packs } : { packs: options.packs, config: config as never })
  const plan = engine.plan(options.asOf)
  const readOptions: ReadOptions = {
    ...options.read,
    ...(options.inputFormat === undefined ? {} : { format: options.inputFormat }),
    onWarning: (message, source) => (options.warn ?? ((text) => void process.stderr.write(text)))(terminalSafe(`anquan: warning: ${formatSource(source)}: ${message}\n`))
  }
  try {
    checkReadOptions(readOptions)
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
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
  const progress = options.progress ?? Progress.make({ totalBytes })
  const retain = options.retainEnterprises === true || options.format === "json" || options.format === "html"
  const builder = engine.reportBuilder(plan, retain)
  const { locale } = options
  // table, JSON and NDJSON may go to a terminal: no control character of the input reaches it raw.
  // JSON stays the same JSON (it escapes C0 controls itself; a C1 control, a line separator or a
  // bidirectional override, raw inside a string, becomes its \u escape). HTML is a file.
  const write = options.format === "html" ? options.write : (text: string) => options.write(terminalSafe(text))
  const documents = engine.registry.documents
  const located: Array<LocatedRejection> = []
  let index = 0

  const renderTable = (r: LocatedResult | LocatedRejection): void => {
    if (r._tag === "rejected") {
      write(`✗ ${inline(formatSource(r.source))}${r.id !== undefined ? ` ${inline(r.id)}` : ""} — ${t(locale, "记录无法解码，未评估", "record rejected, not evaluated")}\n`)
      for (const i of r.issues) write(`    ${inline(formatPath(i.path))}: ${i.message}\n`)
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
        write(`        ${t(locale, "缺少事实", "missing facts")}: ${f.missing!.join(", ")}\n`)
      } else if (f.outcome === "error") {
        write(`        ${f.error}\n`)
      }
    }
  }

  const emit = (r: LocatedResult | LocatedRejection): void => {
    if (options.format === "table") renderTable(r)
    else if (options.format === "ndjson") write(JSON.stringify(r) + "\n")
  }

  try {
    for await (const item of readRecords(options.input, readOptions)) {
      const i = index++
      let entry: LocatedResult | LocatedRejection
      if (item._tag === "unparseable") {
        const issues: Array<DecodeIssue> = [{ path: [], message: item.message }]
        const rejected: RejectedRecord = { _tag: "rejected", index: i, id: undefined, issues }
        builder.add(rejected)
        entry = { ...rejected, source: item.source }
      } else {
        const result: RecordResult = engine.evaluateRecord(item.value, i, plan)
        builder.add(result)
        entry = { ...result, source: item.source }
      }
      if (entry._tag === "rejected") located.push(entry)
      emit(entry)
      progress.tick(item.bytes)
    }
  } catch (e) {
    progress.done()
    throw new UsageError(`cannot read ${options.input}: ${(e as Error).message}`)
  }
  progress.done()
  const report = builder.build()
  const withSources: CheckReport = { ...report, rejected: located }

  const sections = { ...(ledger === undefined ? {} : { ledger }), ...(campaign === undefined ? {} : { campaign }) }
  if (options.format === "json") write(JSON.stringify({ ...withSources, ...sections }, null, 2) + "\n")
  else if (options.format === "html") write(renderHtml(withSources, { locale, documents, ...sections }))
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
  const exitCode = report.totals.rejected > 0 ? 2 : report.byOutcome.violation > 0 ? 1 : 0
  return { exitCode, report: withSources, ...sections }
}
