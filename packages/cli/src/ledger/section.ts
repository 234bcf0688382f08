/**
 * 隐患治理 — what `anquan check --ledger <db>` adds to the html and json reports: the hazards of a
 * ledger by state and level, and the ledger's own metrics (整改率, 逾期率, …, by month and, with
 * the jurisdiction tree, by child jurisdiction) as of the check's date, with the overdue list.
 *
 * The ledger is only read: a SQLite file must already be a ledger (it is checked, read-only, before
 * the ledger opens it), and nothing is written to it. Every number comes from the ledger's queries
 * (`query`, `metrics`, `overdue`); nothing is recomputed here but the counts by state and level.
 *
 * @since 0.1.0
 */
import { CampaignHazard } from "@anquan/campaign"
import { calendarDayOf, CalendarDate, HazardStates } from "@anquan/core"
import type { HazardLevel, HazardState, Localized } from "@anquan/core"
import { evolve } from "@anquan/hazard-ledger"
import type { CallerInput, HazardEvent, HazardFile, Ledger, MetricsReport } from "@anquan/hazard-ledger"
import { Schema } from "effect"
import { UsageError } from "../check.ts"
import type { LedgerOptions, LedgerOutcome } from "./run.ts"
import { dateFlag, displaySource, isPostgres, readJson, requireSqliteTable, resolvePath, withLedger } from "./run.ts"

/**
 * Options of {@link ledgerSection}.
 *
 * @since 0.1.0
 */
export interface LedgerSectionOptions {
  /** A SQLite file written by `anquan ledger` (relative to `cwd`) or a `postgres://` URL. */
  readonly db: string
  /** The check's date: hazards discovered on or before it are counted, the metrics are as of it. */
  readonly asOf: string
  /**
   * The jurisdiction tree (a JSON file, as `anquan ledger --jurisdictions` takes it): adds the rates
   * by child jurisdiction of its root (per root when it has several).
   */
  readonly jurisdictions?: string | undefined
  /** Where relative paths are resolved; default `process.cwd()`. */
  readonly cwd?: string | undefined
}

/**
 * One overdue hazard as the ledger's `overdue` query gives it.
 *
 * @since 0.1.0
 */
export interface OverdueHazard {
  readonly id: string
  readonly subject: string
  readonly jurisdiction: string
  readonly level: HazardLevel
  readonly state: HazardState
  readonly discoveredOn: string
  readonly deadline: string | null
  readonly daysOverdue: number
  /** The escalation step reached (0: none), with its name and label. */
  readonly escalation: { readonly level: number; readonly name: string | null; readonly label: Localized | null }
}

/**
 * The governance section of a check report.
 *
 * @since 0.1.0
 */
export interface LedgerSection {
  /** The ledger read: the SQLite file as given, or the PostgreSQL URL without its password. */
  readonly source: string
  readonly asOf: string
  /** The discovery dates counted: from the first hazard's discovery to the as-of date. */
  readonly period: { readonly from: string; readonly to: string }
  readonly hazards: {
    /** Hazards discovered in the period. */
    readonly total: number
    readonly byLevel: Readonly<Record<HazardLevel, number>>
    /** By the state recorded in the ledger when it was read, and level. */
    readonly byState: Readonly<Record<HazardState, Readonly<Record<HazardLevel, number>>>>
    /** Hazards in the ledger discovered after the as-of date: not counted. */
    readonly discoveredLater: number
  }
  /** The ledger's metrics of the period as of the date, with a row per month of discovery. */
  readonly metrics: MetricsReport
  /**
   * The same with a row per child jurisdiction of the tree's root (its cities, for a province) and
   * one for the root itself (`self`), or per root when the tree has several; `null` without the tree.
   */
  readonly byJurisdiction: MetricsReport | null
  /** Hazards overdue on the as-of date (the ledger's `overdue`, most days overdue first): how many, and the first 50. */
  readonly overdue: { readonly count: number; readonly hazards: ReadonlyArray<OverdueHazard> }
}

/** At most this many overdue hazards are listed (all are counted). */
const OVERDUE_SHOWN = 50

const EVENTS_TABLE = "anquan_hazard_events"

/** A SQLite file must exist and hold a ledger; opened read-only so nothing is created or changed. */
const checkSqliteLedger = (db: string, filename: string): void =>
  requireSqliteTable({
    flag: "--ledger",
    source: db,
    filename,
    table: EVENTS_TABLE,
    missing: "no ledger at {filename} (give a SQLite file written by anquan ledger, or a postgres:// URL)",
    notIt: "is not a hazard ledger",
    writeOne: "anquan ledger import"
  })

/** The value read, or the ledger's error as a {@link UsageError} naming `--ledger`. */
const valueOrUsageError = <A>(outcome: LedgerOutcome<A>, source: string): A => {
  if (outcome.exitCode === 0) return outcome.value
  const e = outcome.error
  throw new UsageError(
    e._tag === "UsageError" ? e.message : `--ledger ${source}: cannot read the ledger: ${e._tag}: ${e.summary}`
  )
}

const day = (d: Date | undefined): string | null => (d === undefined ? null : CalendarDate.format(d))

/** What a ledger read needs besides the ledger: the options as given, the reading options, the shown source. */
interface Reading {
  readonly db: string
  readonly cwd?: string | undefined
  readonly jurisdictions?: string | undefined
  readonly asOf?: string | undefined
}

/** Opens the ledger read-only (a SQLite file is checked first), runs `body`, and closes it; errors name `--ledger`. */
const readLedger = async <A>(options: Reading, body: (ledger: Ledger, caller: CallerInput, reading: LedgerOptions, source: string) => Promise<A>): Promise<A> => {
  const source = displaySource(options.db)
  const reading: LedgerOptions = { db: options.db, jurisdictions: options.jurisdictions, cwd: options.cwd, write: () => {}, writeError: () => {} }
  const outcome = await withLedger(reading, {
    mode: "read",
    validate: () => {
      if (options.asOf !== undefined) dateFlag("--as-of", options.asOf)
      if (!isPostgres(options.db)) checkSqliteLedger(options.db, resolvePath(options, options.db))
    }
  }, (ledger, caller) => body(ledger, caller, reading, source))
  return valueOrUsageError(outcome, source)
}

/** The governance section from the ledger's hazard files `all` and its metrics and overdue queries. */
const sectionOf = async (
  ledger: Ledger,
  caller: CallerInput,
  options: LedgerSectionOptions,
  reading: LedgerOptions,
  source: string,
  all: ReadonlyArray<HazardFile>
): Promise<LedgerSection> => {
  const asOf = CalendarDate.make(options.asOf)
  const counted = all.filter((f) => f.discoveredOn.getTime() <= asOf.getTime())
  const from = counted.reduce((min, f) => (min === undefined || f.discoveredOn.getTime() < min.getTime() ? f.discoveredOn : min), undefined as Date | undefined)
  const period = { from: CalendarDate.format(from ?? asOf), to: options.asOf }
  const byLevel: Record<HazardLevel, number> = { general: 0, major: 0 }
  const byState = Object.fromEntries(HazardStates.map((s) => [s, { general: 0, major: 0 }])) as Record<HazardState, Record<HazardLevel, number>>
  for (const f of counted) {
    byLevel[f.level]++
    byState[f.state][f.level]++
  }
  const metrics = await ledger.metrics(caller, { asOf: options.asOf, period, breakdown: "month" })
  // by child jurisdiction: of the tree's root when it has one (a province's cities), else per root
  let byJurisdiction: MetricsReport | null = null
  if (options.jurisdictions !== undefined) {
    const nodes = (await readJson(reading, options.jurisdictions, "jurisdiction tree")) as ReadonlyArray<{ readonly code: string; readonly parent?: string }>
    const roots = nodes.filter((n) => n.parent === undefined)
    byJurisdiction = await ledger.metrics(caller, {
      asOf: options.asOf,
      period,
      breakdown: "children",
      ...(roots.length === 1 ? { jurisdiction: roots[0]!.code } : {})
    })
  }
  const overdue = await ledger.overdue(caller, { asOf: options.asOf, period })
  return {
    source,
    asOf: options.asOf,
    period,
    hazards: { total: counted.length, byLevel, byState, discoveredLater: all.length - counted.length },
    metrics,
    byJurisdiction,
    overdue: {
      count: overdue.length,
      hazards: overdue.slice(0, OVERDUE_SHOWN).map((o): OverdueHazard => ({
        id: o.hazard.id,
        subject: o.hazard.subject,
        jurisdiction: o.hazard.jurisdiction,
        level: o.hazard.level,
        state: o.hazard.state,
        discoveredOn: CalendarDate.format(o.hazard.discoveredOn),
        deadline: day(o.hazard.deadline),
        daysOverdue: o.daysOverdue,
        escalation: { level: o.level, name: o.step?.name ?? null, label: o.step?.label ?? null }
      }))
    }
  }
}

/**
 * Reads the governance section from a ledger, read-only. Throws {@link UsageError} when the
 * ledger cannot be opened or read (a missing file, a file that is not a ledger, an unreachable
 * database, a bad tree or date), with a message naming `--ledger`.
 *
 * @since 0.1.0
 */
export const ledgerSection = (options: LedgerSectionOptions): Promise<LedgerSection> =>
  readLedger(options, async (ledger, caller, reading, source) => sectionOf(ledger, caller, options, reading, source, await ledger.query(caller, {})))

/**
 * Options of {@link ledgerCampaignHazards}.
 *
 * @since 0.1.0
 */
export interface LedgerCampaignHazardsOptions {
  /** A SQLite file written by `anquan ledger` (relative to `cwd`) or a `postgres://` URL. */
  readonly db: string
  /** Where relative paths are resolved; default `process.cwd()`. */
  readonly cwd?: string | undefined
}

const encodeCampaignHazard = Schema.encodeSync(CampaignHazard)

/**
 * A hazard file and its events as a campaign's hazard record: core's `Hazard` with the state
 * history replayed from the events — each change of state on the Beijing-time day it was recorded
 * (never before the discovery date nor before the change before it, as the campaign's records
 * require). The whistle-blower and the 五落实 record are left out unless complete (core's
 * `fiveInPlace` has all five items); evidence becomes its URIs.
 */
export const campaignHazardOf = (file: HazardFile, events: ReadonlyArray<HazardEvent>): CampaignHazard => {
  const history: Array<{ state: HazardState; on: Date }> = []
  let current: HazardFile | undefined
  let floor = file.discoveredOn.getTime()
  for (const event of events) {
    const before = current?.state
    current = evolve(current, event)
    if (before === undefined || current.state === before) continue
    floor = Math.max(floor, calendarDayOf(event.at).getTime())
    history.push({ state: current.state, on: new Date(floor) })
  }
  const { measures, funds, emergencyPlan } = file.fiveInPlace
  const five = measures !== undefined && funds !== undefined && emergencyPlan !== undefined && file.deadline !== undefined && file.responsiblePerson !== undefined
    ? { measures, funds, deadline: file.deadline, responsiblePerson: file.responsiblePerson, emergencyPlan }
    : undefined
  const source = file.source
  return {
    id: file.id,
    subject: file.subject,
    ...(file.site === undefined ? {} : { site: file.site }),
    ...(file.installation === undefined ? {} : { installation: file.installation }),
    jurisdiction: file.jurisdiction,
    sector: file.sector,
    level: file.level,
    description: file.description,
    source: {
      kind: source.kind,
      ...(source.ruleId === undefined ? {} : { ruleId: source.ruleId }),
      ...(source.citation === undefined ? {} : { citation: source.citation }),
      ...(source.campaignId === undefined ? {} : { campaignId: source.campaignId })
    },
    discoveredOn: file.discoveredOn,
    ...(file.discoveredBy === undefined ? {} : { discoveredBy: file.discoveredBy }),
    ...(file.deadline === undefined ? {} : { deadline: file.deadline }),
    ...(file.responsiblePerson === undefined ? {} : { responsiblePerson: file.responsiblePerson }),
    state: file.state,
    ...(five === undefined ? {} : { fiveInPlace: five }),
    ...(file.listedSupervision === undefined ? {} : { listedSupervision: file.listedSupervision }),
    ...(file.closure === undefined ? {} : { closedOn: file.closure.on }),
    evidence: file.evidence.map((e) => e.uri),
    history
  }
}

/** The hazard files `all` as campaign hazard records (JSON form), each with the history of its events. */
const campaignRecordsOf = async (ledger: Ledger, caller: CallerInput, all: ReadonlyArray<HazardFile>): Promise<ReadonlyArray<unknown>> => {
  const events = new Map<string, Array<HazardEvent>>()
  for (const e of await ledger.exportEvents(caller, {})) {
    const list = events.get(e.hazardId)
    if (list === undefined) events.set(e.hazardId, [e])
    else list.push(e)
  }
  return all.map((f) => encodeCampaignHazard(campaignHazardOf(f, (events.get(f.id) ?? []).sort((a, b) => a.version - b.version))))
}

/**
 * Every hazard of a ledger as the campaign's hazard records (JSON form, as `anquan campaign status
 * --hazards` reads them), read-only: what `anquan check --ledger … --campaign …` counts for the
 * campaign when `--campaign-hazards` is not given. The campaign's own window, scope and roster then
 * decide which of them are its hazards, as for a file. Throws {@link UsageError} as
 * {@link ledgerSection} does.
 *
 * @since 0.1.0
 */
export const ledgerCampaignHazards = (options: LedgerCampaignHazardsOptions): Promise<ReadonlyArray<unknown>> =>
  readLedger(options, async (ledger, caller) => campaignRecordsOf(ledger, caller, await ledger.query(caller, {})))

/**
 * What `anquan check --ledger` reads, in one open of the ledger: the governance section and, with
 * `campaignHazards`, the ledger's hazards as the campaign's records (see {@link ledgerSection} and
 * {@link ledgerCampaignHazards}).
 *
 * @since 0.1.0
 */
export const ledgerForCheck = (
  options: LedgerSectionOptions & { readonly campaignHazards: boolean }
): Promise<{ readonly section: LedgerSection; readonly campaignHazards: ReadonlyArray<unknown> | undefined }> =>
  readLedger(options, async (ledger, caller, reading, source) => {
    const all = await ledger.query(caller, {})
    return {
      section: await sectionOf(ledger, caller, options, reading, source, all),
      campaignHazards: options.campaignHazards ? await campaignRecordsOf(ledger, caller, all) : undefined
    }
  })
