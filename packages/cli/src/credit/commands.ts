/**
 * `anquan credit …` as plain async functions (testable without spawning): each takes the shared
 * {@link CreditCliOptions} and its own, writes the chosen format and returns the exit code — 0 on
 * success, 1 when `check` finds the purpose blocked, 2 for a rejected command or bad input — with
 * the value or the error.
 *
 * @since 0.2.0
 */
import { CalendarDate, calendarDayOf } from "@anquan/core"
import type { Candidate, CheckResult, CreditClasses, EntryFile, ListEvent, ListWriteResult, RatingRate } from "@anquan/credit"
import {
  creditCandidates,
  describeBasis,
  EntryFile as EntryFileSchema,
  ListEvent as ListEventSchema,
  MajorHazard,
  majorHazardsFromLedger,
  NewEntry,
  statusOf
} from "@anquan/credit"
import { Schema } from "effect"
import { UsageError } from "../check.ts"
import { table } from "../ledger/format.ts"
import { dateFlag, readJson, withLedger } from "../ledger/run.ts"
import { terminalSafe } from "../output/terminal.ts"
import type { CreditCliOptions, CreditOutcome } from "./run.ts"
import { failed, readConfig, withCreditStore } from "./run.ts"

const json = (o: CreditCliOptions, value: unknown): void => o.write(JSON.stringify(value, null, 2) + "\n")
const encodeFile = Schema.encodeSync(EntryFileSchema)
const encodeEvent = Schema.encodeSync(ListEventSchema)
const encodeNewEntry = Schema.encodeSync(NewEntry)
const encodeMajorHazard = Schema.encodeSync(MajorHazard)
const today = (): string => CalendarDate.format(calendarDayOf(new Date()))
const ok = <A>(value: A, exitCode: 0 | 1 = 0) => ({ exitCode, value })

// ---------------------------------------------------------------------------------------------
// list add / repair / remove / show / history
// ---------------------------------------------------------------------------------------------

/** Options of `anquan credit list add`. @since 0.2.0 */
export interface CreditListAddOptions extends CreditCliOptions {
  readonly enterprise: string
  readonly enterpriseJurisdiction: string
  readonly condition: string
  readonly from: string
  readonly reason: string
  readonly name?: string | undefined
  readonly ref?: string | undefined
  /** The first day the entry no longer applies; default the condition's duration (`none`: until repaired). */
  readonly expiresOn?: string | undefined
  readonly id?: string | undefined
}

const renderEntries = (files: ReadonlyArray<EntryFile>, asOf: Date): string =>
  files.length === 0
    ? "no entries\n"
    : terminalSafe(table(
      ["id", "enterprise", "name", "jurisdiction", "condition", "from", "expires", `status ${CalendarDate.format(asOf)}`, "v"],
      files.map((f) => [
        f.entry.id,
        f.entry.enterprise,
        f.entry.name ?? "—",
        f.entry.jurisdiction,
        f.entry.condition,
        CalendarDate.format(f.entry.from),
        f.entry.expiresOn === null ? "—" : CalendarDate.format(f.entry.expiresOn),
        statusOf(f.entry, asOf),
        String(f.version)
      ])
    ))

const wrote = (o: CreditCliOptions, r: ListWriteResult, what: string) => {
  if (o.format === "json") json(o, encodeFile(r.file))
  else o.write(terminalSafe(`${what} ${r.file.entry.id} v${r.file.version}\n`))
  return ok(r)
}

/**
 * `anquan credit list add`: lists an enterprise under a configured condition from a day.
 *
 * @since 0.2.0
 */
export const creditListAdd = (o: CreditListAddOptions): Promise<CreditOutcome<ListWriteResult>> =>
  withCreditStore(o, "write", () => {
    dateFlag("--from", o.from)
    if (o.expiresOn !== undefined && o.expiresOn !== "none") dateFlag("--expires-on", o.expiresOn)
  }, async (store, caller) => {
    const entry = {
      enterprise: o.enterprise,
      jurisdiction: o.enterpriseJurisdiction,
      condition: o.condition,
      from: o.from,
      reason: o.reason,
      ...(o.name === undefined ? {} : { name: o.name }),
      ...(o.ref === undefined ? {} : { ref: o.ref }),
      ...(o.id === undefined ? {} : { id: o.id }),
      ...(o.expiresOn === undefined ? {} : { expiresOn: o.expiresOn === "none" ? null : o.expiresOn })
    }
    return wrote(o, await store.execute(caller, { command: { _tag: "AddEntry", entry }, expectedVersion: 0 }), "列入 listed")
  })

/** Options of `anquan credit list repair <entry-id>`. @since 0.2.0 */
export interface CreditListRepairOptions extends CreditCliOptions {
  readonly entryId: string
  readonly on?: string | undefined
  /** The evidence kinds shown (ids of the configuration). */
  readonly evidence: ReadonlyArray<string>
  readonly note?: string | undefined
  readonly expectedVersion?: number | undefined
}

/**
 * `anquan credit list repair <entry-id>`: records a 信用修复, if the configuration allows it.
 *
 * @since 0.2.0
 */
export const creditListRepair = (o: CreditListRepairOptions): Promise<CreditOutcome<ListWriteResult>> =>
  withCreditStore(o, "write", () => {
    if (o.expectedVersion === undefined) throw new UsageError("a repair needs --expected-version (the version anquan credit list show prints)")
    if (o.on !== undefined) dateFlag("--on", o.on)
  }, async (store, caller) => {
    const command = { _tag: "RepairEntry" as const, entryId: o.entryId, on: o.on ?? today(), evidence: o.evidence, ...(o.note === undefined ? {} : { note: o.note }) }
    return wrote(o, await store.execute(caller, { command, expectedVersion: o.expectedVersion! }), "信用修复 repaired")
  })

/** Options of `anquan credit list remove <entry-id>`. @since 0.2.0 */
export interface CreditListRemoveOptions extends CreditCliOptions {
  readonly entryId: string
  readonly on?: string | undefined
  readonly reason: string
  readonly expectedVersion?: number | undefined
}

/**
 * `anquan credit list remove <entry-id>`: records a removal (撤销); the entry and its history stay.
 *
 * @since 0.2.0
 */
export const creditListRemove = (o: CreditListRemoveOptions): Promise<CreditOutcome<ListWriteResult>> =>
  withCreditStore(o, "write", () => {
    if (o.expectedVersion === undefined) throw new UsageError("a removal needs --expected-version (the version anquan credit list show prints)")
    if (o.on !== undefined) dateFlag("--on", o.on)
  }, async (store, caller) =>
    wrote(o, await store.execute(caller, { command: { _tag: "RemoveEntry", entryId: o.entryId, on: o.on ?? today(), reason: o.reason }, expectedVersion: o.expectedVersion! }), "移出 removed"))

/** Options of `anquan credit list show`. @since 0.2.0 */
export interface CreditListShowOptions extends CreditCliOptions {
  readonly enterprise?: string | undefined
  readonly asOf?: string | undefined
  readonly status?: string | undefined
}

/**
 * `anquan credit list show`: the entries in the caller's view with their status on a day.
 *
 * @since 0.2.0
 */
export const creditListShow = (o: CreditListShowOptions): Promise<CreditOutcome<ReadonlyArray<EntryFile>>> =>
  withCreditStore(o, "read", () => {
    if (o.asOf !== undefined) dateFlag("--as-of", o.asOf)
  }, async (store, caller) => {
    const asOf = o.asOf ?? today()
    const files = await store.list(caller, { enterprise: o.enterprise, asOf, status: o.status as never })
    const day = CalendarDate.make(asOf)
    if (o.format === "json") json(o, files.map((f) => ({ ...encodeFile(f), status: statusOf(f.entry, day) })))
    else o.write(renderEntries(files, day))
    return ok(files)
  })

/** Options of `anquan credit list history <entry-id>`. @since 0.2.0 */
export interface CreditListHistoryOptions extends CreditCliOptions {
  readonly entryId: string
}

/** `anquan credit list history <entry-id>`: an entry's events, first first. @since 0.2.0 */
export const creditListHistory = (o: CreditListHistoryOptions): Promise<CreditOutcome<ReadonlyArray<ListEvent>>> =>
  withCreditStore(o, "read", undefined, async (store, caller) => {
    const events = await store.history(caller, o.entryId)
    if (o.format === "json") json(o, events.map((e) => encodeEvent(e)))
    else {
      for (const e of events) {
        const what = e._tag === "EntryAdded"
          ? `listed from ${CalendarDate.format(e.entry.from)} (${e.entry.condition}): ${e.entry.reason}`
          : e._tag === "EntryRepaired"
          ? `repaired on ${CalendarDate.format(e.repair.on)} with ${e.repair.evidence.join(", ")}`
          : `removed on ${CalendarDate.format(e.removal.on)}: ${e.removal.reason}`
        o.write(terminalSafe(`v${e.version} ${e.at.toISOString()} ${e.actor.name} (${e.actor.id}): ${what}\n`))
      }
    }
    return ok(events)
  })

// ---------------------------------------------------------------------------------------------
// check
// ---------------------------------------------------------------------------------------------

/** Options of `anquan credit check <enterprise>`. @since 0.2.0 */
export interface CreditCheckOptions extends CreditCliOptions {
  readonly enterprise: string
  readonly purpose: string
  readonly asOf?: string | undefined
}

const renderCheck = (r: CheckResult): string => {
  const lines = [
    `${r.enterprise} ${r.purpose} (${r.purposeLabel}) on ${r.asOf}: ${r.blocked ? "BLOCKED 受限" : "not blocked 不受限"}`,
    ...r.by.map((b) =>
      `  ✗ ${b.entryId}: ${b.conditionLabel ?? b.condition}, ${b.from} – ${b.expiresOn ?? "until repaired"}; ${b.reason}` +
      (b.basis === null ? "" : `\n      basis: ${describeBasis(b.basis)}`) +
      (b.blocksBasis === null ? "" : `\n      blocks ${r.purpose} per ${describeBasis(b.blocksBasis)}`)
    ),
    ...r.notBlocking.map((b) => `  · ${b.entryId}: ${b.why}`),
    ...(r.config.verified ? [] : [`  (configuration not verified: ${r.config.source})`])
  ]
  return terminalSafe(lines.join("\n") + "\n")
}

/**
 * `anquan credit check <enterprise> --purpose <id>`: whether the list blocks the purpose on a day,
 * and by which entries (exit 1 when blocked).
 *
 * @since 0.2.0
 */
export const creditCheck = (o: CreditCheckOptions): Promise<CreditOutcome<CheckResult>> =>
  withCreditStore(o, "read", () => {
    if (o.asOf !== undefined) dateFlag("--as-of", o.asOf)
  }, async (store, caller) => {
    const r = await store.check(caller, { enterprise: o.enterprise, asOf: o.asOf ?? today(), purpose: o.purpose })
    if (o.format === "json") json(o, r)
    else o.write(renderCheck(r))
    return ok(r, r.blocked ? 1 : 0)
  })

// ---------------------------------------------------------------------------------------------
// classes
// ---------------------------------------------------------------------------------------------

/** Options of `anquan credit classes <record.json>`. @since 0.2.0 */
export interface CreditClassesOptions extends CreditCliOptions {
  /** `{ enterprises, accidents?, majorHazards?, penalties? }` or an array of enterprises (`-` for stdin). */
  readonly file: string
  readonly asOf?: string | undefined
  /** Record the classes as ratings (a write). */
  readonly record?: boolean | undefined
  /**
   * A hazard ledger (a SQLite file written by `anquan ledger`, or a `postgres://` URL), read only: its
   * major hazards (重大事故隐患) join the record's, by id (the record's win).
   */
  readonly ledger?: string | undefined
}

/** The record with the ledger's major hazards added (those whose id the record does not have). */
const withLedgerHazards = async (o: CreditClassesOptions, input: unknown): Promise<unknown> => {
  if (o.ledger === undefined) return input
  const read = await withLedger({ db: o.ledger, cwd: o.cwd, write: () => {}, writeError: o.writeError }, { mode: "read" }, (ledger, reader) => ledger.query(reader, { level: "major" }))
  if (read.exitCode !== 0) throw new UsageError(`--ledger ${o.ledger}: cannot read the hazard ledger: ${read.error.summary}`)
  const record = (Array.isArray(input) ? { enterprises: input } : input) as { majorHazards?: ReadonlyArray<{ id?: unknown }> }
  if (typeof record !== "object" || record === null) return input
  const have = new Set((Array.isArray(record.majorHazards) ? record.majorHazards : []).map((h) => h?.id))
  const added = majorHazardsFromLedger(read.value).filter((h) => !have.has(h.id)).map((h) => encodeMajorHazard(h))
  return { ...record, majorHazards: [...(Array.isArray(record.majorHazards) ? record.majorHazards : []), ...added] }
}

const renderClasses = (r: CreditClasses): string => {
  const lines = [`信用等级 credit classes on ${r.asOf}: ${Object.entries(r.byClass).map(([k, n]) => `${k} ${n}`).join("   ")}`]
  for (const e of r.enterprises) {
    lines.push(`${e.class} (${e.classLabel}) ${e.enterprise} ${e.name} [${e.jurisdiction}] score ${e.score}`)
    for (const c of e.contributions) lines.push(`    ${c.points >= 0 ? "+" : ""}${c.points}  ${c.detail}`)
    for (const c of e.caps) lines.push(`    cap ${c.noBetterThan}${c.changedClass ? ` (score alone: ${e.scoreClass})` : ""}: ${c.detail}`)
  }
  const u = r.unmatched
  if (u.accidents.length + u.majorHazards.length + u.penalties.length > 0) {
    lines.push(`  not of an enterprise of the file: ${[...u.accidents, ...u.majorHazards, ...u.penalties].join(", ")}`)
  }
  if (!r.config.verified) lines.push(`  (configuration not verified: ${r.config.source})`)
  return terminalSafe(lines.join("\n") + "\n")
}

/**
 * `anquan credit classes <record.json>`: each enterprise's class with the facts that made it (the
 * store's entries apply the `listed` cap; with `--ledger`, the hazard ledger's major hazards count);
 * with `--record`, the classes are stored as ratings.
 *
 * @since 0.2.0
 */
export const creditClassesCommand = (o: CreditClassesOptions): Promise<CreditOutcome<CreditClasses>> =>
  withCreditStore(o, o.record === true ? "write" : "read", () => {
    if (o.asOf !== undefined) dateFlag("--as-of", o.asOf)
  }, async (store, caller) => {
    const input = await withLedgerHazards(o, await readJson(o, o.file, "credit record"))
    const r = await store.classes(caller, input, { asOf: o.asOf ?? today() })
    if (o.record === true) {
      await store.recordRatings(caller, r.enterprises.map((e) => ({ enterprise: e.enterprise, jurisdiction: e.jurisdiction, class: e.class, score: e.score, ratedOn: r.asOf })))
    }
    if (o.format === "json") json(o, r)
    else o.write(renderClasses(r))
    return ok(r)
  })

// ---------------------------------------------------------------------------------------------
// rate
// ---------------------------------------------------------------------------------------------

/** Options of `anquan credit rate <enterprises.json>`. @since 0.2.0 */
export interface CreditRateOptions extends CreditCliOptions {
  readonly file: string
  readonly asOf?: string | undefined
}

const renderRate = (r: RatingRate): string => {
  const row = (code: string, f: RatingRate["total"]) => [
    code,
    String(f.inScope),
    String(f.rated),
    f.percent === null ? "—" : `${f.percent}%`,
    f.meetsTarget === null ? "—" : f.meetsTarget ? "✓" : "✗",
    String(f.scaleUnknown.length)
  ]
  return terminalSafe(
    `信用等级评估率 rating rate on ${r.asOf}, target ≥ ${r.targetPercent}% (${describeBasis(r.targetBasis)})\n` +
      table(["jurisdiction", "规模以上", "rated", "rate", "target", "scale unknown"], [...Object.entries(r.byJurisdiction).map(([k, f]) => row(k, f)), row("total", r.total)]) +
      (Object.keys(r.bySubtree).length === 0
        ? ""
        : "by subtree (with --jurisdictions):\n" + table(["subtree", "规模以上", "rated", "rate", "target", "scale unknown"], Object.entries(r.bySubtree).map(([k, f]) => row(k, f))))
  )
}

/**
 * `anquan credit rate <enterprises.json>`: the rating rate per jurisdiction (and, with
 * `--jurisdictions`, per subtree) against the target, from the ratings stored.
 *
 * @since 0.2.0
 */
export const creditRate = (o: CreditRateOptions): Promise<CreditOutcome<RatingRate>> =>
  withCreditStore(o, "read", () => {
    if (o.asOf !== undefined) dateFlag("--as-of", o.asOf)
  }, async (store, caller) => {
    const r = await store.rate(caller, await readJson(o, o.file, "enterprises"), { asOf: o.asOf ?? today() })
    if (o.format === "json") json(o, r)
    else o.write(renderRate(r))
    return ok(r)
  })

// ---------------------------------------------------------------------------------------------
// candidates (no store)
// ---------------------------------------------------------------------------------------------

/** Options of `anquan credit candidates <record.json>`. @since 0.2.0 */
export interface CreditCandidatesOptions extends CreditCliOptions {
  readonly file: string
  readonly asOf?: string | undefined
}

/**
 * `anquan credit candidates <record.json>`: the entries the configured conditions call for (to
 * list with `list add`); opens no store.
 *
 * @since 0.2.0
 */
export const creditCandidatesCommand = async (o: CreditCandidatesOptions): Promise<CreditOutcome<ReadonlyArray<Candidate>>> => {
  try {
    if (o.asOf !== undefined) dateFlag("--as-of", o.asOf)
    const c = creditCandidates(await readJson(o, o.file, "credit record"), { asOf: o.asOf ?? today(), config: await readConfig(o) })
    if (o.format === "json") json(o, c.map((x) => ({ entry: encodeNewEntry(x.entry), statusOnDay: x.statusOnDay })))
    else {
      o.write(terminalSafe(c.length === 0
        ? "no candidates\n"
        : table(["condition", "enterprise", "from", "ref", "status if listed"], c.map((x) => [x.entry.condition, x.entry.enterprise, CalendarDate.format(x.entry.from), x.entry.ref ?? "—", x.statusOnDay]))))
    }
    return ok(c)
  } catch (e) {
    return failed(o, e)
  }
}
