/**
 * `anquan ledger …` as plain async functions (testable without spawning): each takes the shared
 * {@link LedgerOptions} and its own, writes the chosen format and returns the exit code — 0 on
 * success, 2 for a rejected command (a guard, a version conflict, …) or bad input — with the value
 * or the error.
 *
 * @since 0.1.0
 */
import { CalendarDate, HazardLevel, HazardStates } from "@anquan/core"
import type { CommandInput, HazardEvent, HazardFile, ImportResult, MetricsReport, SkippedFinding, WriteResult } from "@anquan/hazard-ledger"
import { Schema } from "effect"
import { UsageError } from "../check.ts"
import { encodeEvent, encodeFile, renderEvent, renderFile, renderHazards, renderImport, renderMetrics } from "./format.ts"
import type { LedgerOptions, LedgerOutcome } from "./run.ts"
import { dateFlag, readJson, withLedger } from "./run.ts"

const json = (o: LedgerOptions, value: unknown): void => o.write(JSON.stringify(value, null, 2) + "\n")

// ---------------------------------------------------------------------------------------------
// import
// ---------------------------------------------------------------------------------------------

/**
 * Options of `anquan ledger import <report.json>`.
 *
 * @since 0.1.0
 */
export interface ImportOptions extends LedgerOptions {
  /** A report written by `anquan check --format json --out report.json` (or `-` for stdin). */
  readonly report: string
  /** The discovery date of the hazards; default the report's as-of date. */
  readonly discoveredOn?: string | undefined
  /** Days after discovery a general hazard's deadline falls; default none (set it with Assess). */
  readonly generalDeadlineDays?: number | undefined
  /** The campaign (专项行动) the evaluation belongs to. */
  readonly campaignId?: string | undefined
}

/**
 * What `import` did: the ledger's answer and the counts it prints.
 *
 * @since 0.1.0
 */
export interface ImportSummary extends ImportResult {
  readonly opened: number
  /** Violations whose rule already has an open hazard on that subject, or repeated in the report. */
  readonly duplicates: number
}

const isDuplicate = (s: SkippedFinding): boolean => s.reason === "already-open" || s.reason === "duplicate-in-report"

/**
 * `anquan ledger import <report.json>`: the violations of a check report become hazards
 * (`importFindings`): major findings become major hazards with 五落实 open; a rule that already
 * has an open hazard on the same enterprise is skipped as a duplicate.
 *
 * @since 0.1.0
 */
export const ledgerImport = (o: ImportOptions): Promise<LedgerOutcome<ImportSummary>> =>
  withLedger(o, {
    mode: "write",
    validate: () => {
      if (o.discoveredOn !== undefined) dateFlag("--discovered-on", o.discoveredOn)
      if (o.generalDeadlineDays !== undefined && (!Number.isInteger(o.generalDeadlineDays) || o.generalDeadlineDays < 0)) {
        throw new UsageError(`--general-deadline-days must be a whole number of days ≥ 0, got ${o.generalDeadlineDays}`)
      }
    }
  }, async (ledger, caller) => {
    const report = await readJson(o, o.report, "report")
    if (typeof report !== "object" || report === null || !Array.isArray((report as { enterprises?: unknown }).enterprises)) {
      throw new UsageError(`${o.report} is not a check report with its enterprises: write it with anquan check --format json --out ${o.report}`)
    }
    // every rejected record is counted in totals.rejected; the report may list only the first ones
    const rejected = (report as { rejected?: unknown }).rejected
    const rejectedTotal = (report as { totals?: { rejected?: unknown } }).totals?.rejected
    const result = await ledger.importFindings(caller, {
      report: report as never,
      ...(o.discoveredOn === undefined ? {} : { discoveredOn: o.discoveredOn }),
      ...(o.generalDeadlineDays === undefined ? {} : { generalDeadlineDays: o.generalDeadlineDays }),
      ...(o.campaignId === undefined ? {} : { campaignId: o.campaignId })
    })
    const summary: ImportSummary = { ...result, opened: result.created.length, duplicates: result.skipped.filter(isDuplicate).length }
    if (o.format === "json") {
      json(o, { opened: summary.opened, duplicates: summary.duplicates, created: result.created.map(encodeFile), skipped: result.skipped })
    } else {
      o.write(renderImport(result, { ...summary, rejectedRecords: typeof rejectedTotal === "number" ? rejectedTotal : Array.isArray(rejected) ? rejected.length : 0 }))
    }
    return summary
  })

// ---------------------------------------------------------------------------------------------
// list, show
// ---------------------------------------------------------------------------------------------

/**
 * Options of `anquan ledger list`.
 *
 * @since 0.1.0
 */
export interface ListOptions extends LedgerOptions {
  /** Any of these states (each value may be comma-separated). */
  readonly states?: ReadonlyArray<string> | undefined
  readonly level?: string | undefined
  /** The enterprise's credit code. */
  readonly subject?: string | undefined
  /** Only hazards overdue on this date (past their deadline and not closed). */
  readonly overdueAsOf?: string | undefined
}

/**
 * `anquan ledger list`: the hazards in the caller's view, by discovery date then id.
 *
 * @since 0.1.0
 */
export const ledgerList = (o: ListOptions): Promise<LedgerOutcome<ReadonlyArray<HazardFile>>> => {
  const states = (o.states ?? []).flatMap((s) => s.split(",")).map((s) => s.trim()).filter((s) => s !== "")
  return withLedger(o, {
    mode: "read",
    validate: () => {
      const unknown = states.filter((s) => !(HazardStates as ReadonlyArray<string>).includes(s))
      if (unknown.length > 0) throw new UsageError(`unknown --state ${unknown.join(", ")}; states: ${HazardStates.join(", ")}`)
      if (o.level !== undefined && !Schema.is(HazardLevel)(o.level)) throw new UsageError(`--level must be general or major, got ${JSON.stringify(o.level)}`)
      if (o.overdueAsOf !== undefined) dateFlag("--overdue-as-of", o.overdueAsOf)
    }
  }, async (ledger, caller) => {
    const files = await ledger.query(caller, {
      ...(states.length === 0 ? {} : { states: states as never }),
      ...(o.level === undefined ? {} : { level: o.level as never }),
      ...(o.subject === undefined ? {} : { subject: o.subject }),
      ...(o.overdueAsOf === undefined ? {} : { overdueAsOf: o.overdueAsOf })
    })
    if (o.format === "json") json(o, files.map(encodeFile))
    else o.write(renderHazards(files, o.overdueAsOf === undefined ? undefined : CalendarDate.make(o.overdueAsOf)))
    return files
  })
}

/**
 * Options of `anquan ledger show <hazard-id>`.
 *
 * @since 0.1.0
 */
export interface ShowOptions extends LedgerOptions {
  readonly hazardId: string
}

/**
 * `anquan ledger show <hazard-id>`: the file (一患一档) and its full history, one event per line.
 *
 * @since 0.1.0
 */
export const ledgerShow = (o: ShowOptions): Promise<LedgerOutcome<{ readonly hazard: HazardFile; readonly history: ReadonlyArray<HazardEvent> }>> =>
  withLedger(o, { mode: "read" }, async (ledger, caller) => {
    const hazard = await ledger.get(caller, o.hazardId)
    const history = await ledger.history(caller, o.hazardId)
    if (o.format === "json") json(o, { hazard: encodeFile(hazard), history: history.map(encodeEvent) })
    else o.write(renderFile(hazard, history))
    return { hazard, history }
  })

// ---------------------------------------------------------------------------------------------
// transition
// ---------------------------------------------------------------------------------------------

/**
 * Options of `anquan ledger transition <hazard-id>`.
 *
 * @since 0.1.0
 */
export interface TransitionOptions extends LedgerOptions {
  readonly hazardId: string
  /** The version the caller last saw (`show` prints it). */
  readonly expectedVersion: number
  /** The command in the ledger's wire form: JSON text, `@file.json`, or `@-` for stdin. `hazardId` is filled in. */
  readonly command: string
  readonly idempotencyKey?: string | undefined
}

const parseCommand = async (o: TransitionOptions): Promise<CommandInput> => {
  const raw = o.command.trim()
  let value: unknown
  if (raw.startsWith("@")) value = await readJson(o, raw.slice(1), "command")
  else {
    try {
      value = JSON.parse(raw)
    } catch (e) {
      throw new UsageError(`--command is not valid JSON (give the JSON, or @file.json): ${(e as Error).message}`)
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value) || typeof (value as { _tag?: unknown })._tag !== "string") {
    throw new UsageError(`--command must be a JSON object with a "_tag" (e.g. {"_tag":"StartRectification"})`)
  }
  const given = (value as { hazardId?: unknown }).hazardId
  if (given !== undefined && given !== o.hazardId) {
    throw new UsageError(`--command names hazard ${JSON.stringify(given)} but the argument is ${o.hazardId}`)
  }
  return { ...(value as object), hazardId: o.hazardId } as CommandInput
}

/**
 * `anquan ledger transition <hazard-id> --expected-version N --command <json|@file>`: applies one
 * command if the hazard is still at version N. A guard's error (`FiveInPlaceIncomplete: missing
 * measures, funds`), a stale version (`VersionConflict`) or bad input exits 2 and writes nothing.
 *
 * @since 0.1.0
 */
export const ledgerTransition = async (o: TransitionOptions): Promise<LedgerOutcome<WriteResult>> => {
  // parsed once (`@-` reads stdin); a bad command is reported by validate, like every other failure
  let parsed: { readonly command: CommandInput } | { readonly error: unknown }
  try {
    parsed = { command: await parseCommand(o) }
  } catch (error) {
    parsed = { error }
  }
  const command = "command" in parsed ? parsed.command : undefined
  return withLedger(o, {
    mode: "write",
    // only a Report creates a hazard: anything else on a missing SQLite file is a mistaken --db
    create: command?._tag === "Report",
    validate: () => {
      if ("error" in parsed) throw parsed.error
      if (!Number.isInteger(o.expectedVersion) || o.expectedVersion < 0) {
        throw new UsageError(`--expected-version must be a whole number ≥ 0, got ${o.expectedVersion}`)
      }
    }
  }, async (ledger, caller) => {
    const r = await ledger.execute(caller, {
      command: command!,
      expectedVersion: o.expectedVersion,
      ...(o.idempotencyKey === undefined ? {} : { idempotencyKey: o.idempotencyKey })
    })
    if (o.format === "json") json(o, { hazard: encodeFile(r.hazard), events: r.events.map(encodeEvent), replayed: r.replayed })
    else {
      o.write(`${r.hazard.id}: ${r.hazard.state} (version ${r.hazard.version})${r.replayed ? " — already applied with this idempotency key; nothing written" : ""}\n`)
      for (const e of r.events) o.write(`  ${renderEvent(e)}\n`)
    }
    return r
  })
}

// ---------------------------------------------------------------------------------------------
// metrics
// ---------------------------------------------------------------------------------------------

/**
 * Options of `anquan ledger metrics`.
 *
 * @since 0.1.0
 */
export interface MetricsOptions extends LedgerOptions {
  readonly asOf: string
  readonly from: string
  readonly to: string
  /** `jurisdiction`: one row per child of the caller's jurisdiction (or per root); `month`: one per month. */
  readonly breakdown?: "none" | "jurisdiction" | "month" | undefined
}

/**
 * `anquan ledger metrics`: 整改率, 逾期率, 自查率, 自改率, 自报率 of the hazards discovered in the period, as of a date.
 *
 * @since 0.1.0
 */
export const ledgerMetrics = (o: MetricsOptions): Promise<LedgerOutcome<MetricsReport>> =>
  withLedger(o, {
    mode: "read",
    needsTree: o.breakdown === "jurisdiction" ? "--breakdown jurisdiction" : undefined,
    validate: () => {
      dateFlag("--as-of", o.asOf)
      dateFlag("--from", o.from)
      dateFlag("--to", o.to)
      if (o.from > o.to) throw new UsageError(`--from ${o.from} is after --to ${o.to}`)
    }
  }, async (ledger, caller) => {
    const breakdown = o.breakdown === "jurisdiction" ? "children" : o.breakdown === "month" ? "month" : undefined
    const m = await ledger.metrics(caller, {
      asOf: o.asOf,
      period: { from: o.from, to: o.to },
      ...(breakdown === undefined ? {} : { breakdown })
    })
    if (o.format === "json") json(o, m)
    else o.write(renderMetrics(m))
    return m
  })
