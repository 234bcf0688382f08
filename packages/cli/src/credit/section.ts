/**
 * 信用 — what `anquan check --credit <db>` adds to the html and json reports: the credit store as of
 * the check's date — the 失信名单 entries in force (and how many are pending, expired, repaired or
 * removed), the enterprises by credit class (A–D under the default configuration) from the ratings
 * in force, and, with `--credit-enterprises`, the rating rate (信用等级评估率) against the target
 * (seed 002: ≥ 90 % of 规模以上 enterprises).
 *
 * The store is read only (a SQLite file written by `anquan credit`, checked read-only before it
 * opens, or a `postgres://` URL), under the configuration of `--credit-config` (default the built-in
 * one, unverified). The numbers come from the store's own reads (`list`, `ratings`, `rate`): the
 * section is what `anquan credit list show|rate` print.
 *
 * @since 0.2.0
 */
import { CalendarDate } from "@anquan/core"
import type { EntryStatus, RatingRate } from "@anquan/credit"
import { defaultCreditConfig, EntryStatuses, statusOf } from "@anquan/credit"
import { UsageError } from "../check.ts"
import { displaySource, isPostgres, readJson, requireSqliteTable, resolvePath } from "../ledger/run.ts"
import { withCreditStore } from "./run.ts"

/**
 * Options of `creditSection`.
 *
 * @since 0.2.0
 */
export interface CreditSectionOptions {
  /** The credit store: a SQLite file written by `anquan credit` or a `postgres://` URL, relative to `cwd`. */
  readonly source: string
  /** The check's date: everything is as of it. */
  readonly asOf: string
  /** A JSON file of enterprises (as `anquan credit rate` takes it): the rating rate is computed over them. */
  readonly enterprises?: string | undefined
  /** A JSON file of the credit configuration; default the built-in one (examples, unverified). */
  readonly config?: string | undefined
  /** Where relative paths are resolved; default `process.cwd()`. */
  readonly cwd?: string | undefined
}

/** One entry in force on the day. @since 0.2.0 */
export interface CreditSectionEntry {
  readonly id: string
  readonly enterprise: string
  readonly name: string | null
  readonly jurisdiction: string
  /** The condition's id and its label in the configuration (`null` when the configuration no longer has it). */
  readonly condition: { readonly id: string; readonly label: string | null }
  readonly from: string
  readonly expiresOn: string | null
  /** The purposes it blocks: ids and their labels in the configuration. */
  readonly blocks: ReadonlyArray<{ readonly id: string; readonly label: string | null }>
  readonly repairable: boolean
}

/**
 * The credit section of a check report.
 *
 * @since 0.2.0
 */
export interface CreditSection {
  readonly source: string
  readonly asOf: string
  /** The configuration: its source, whether it was verified, whether it is the built-in example. */
  readonly config: { readonly source: string; readonly verified: boolean; readonly builtIn: boolean }
  /** The entries by status on the day. */
  readonly entriesByStatus: Readonly<Record<EntryStatus, number>>
  /** The entries in force (`active`) on the day, by enterprise and first day. */
  readonly inForce: ReadonlyArray<CreditSectionEntry>
  /** The classes, best first, with how many enterprises hold each by their latest rating in force. */
  readonly classes: ReadonlyArray<{ readonly id: string; readonly label: string; readonly enterprises: number }>
  /** Enterprises rated, by a rating in force (its latest), and how long a rating stays in force. */
  readonly rated: number
  readonly validityDays: number
  /** With `enterprises`: the rating rate against the target; `null` without. */
  readonly rate: RatingRate | null
}

const ENTRIES_TABLE = "anquan_credit_entries"

/**
 * Reads the credit section, read-only. Throws {@link UsageError} naming `--credit` when the store
 * cannot be opened or read, or when the enterprises or the configuration do not decode.
 *
 * @since 0.2.0
 */
export const creditSection = async (options: CreditSectionOptions): Promise<CreditSection> => {
  const reading = { cwd: options.cwd, write: () => {}, writeError: () => {} }
  const source = displaySource(options.source)
  const asOf = CalendarDate.make(options.asOf)
  const outcome = await withCreditStore({ ...reading, db: options.source, config: options.config }, "read", () => {
    if (!isPostgres(options.source)) {
      requireSqliteTable({
        flag: "--credit",
        source: options.source,
        filename: resolvePath(reading, options.source),
        table: ENTRIES_TABLE,
        missing: "no credit store at {filename} (give a SQLite file written by anquan credit or a postgres:// URL)",
        notIt: "is not a credit store",
        writeOne: "anquan credit list add or anquan credit classes --record"
      })
    }
  }, async (store, caller) => {
    const config = store.config
    const files = await store.list(caller, {})
    const entriesByStatus = Object.fromEntries(EntryStatuses.map((s) => [s, 0])) as Record<EntryStatus, number>
    const conditionLabel = new Map(config.conditions.map((c) => [c.id, c.label]))
    const purposeLabel = new Map(config.purposes.map((p) => [p.id, p.label]))
    const inForce: Array<CreditSectionEntry> = []
    for (const { entry } of files) {
      const status = statusOf(entry, asOf)
      entriesByStatus[status]++
      if (status !== "active") continue
      inForce.push({
        id: entry.id,
        enterprise: entry.enterprise,
        name: entry.name ?? null,
        jurisdiction: entry.jurisdiction,
        condition: { id: entry.condition, label: conditionLabel.get(entry.condition) ?? null },
        from: CalendarDate.format(entry.from),
        expiresOn: entry.expiresOn === null ? null : CalendarDate.format(entry.expiresOn),
        blocks: entry.blocks.map((id) => ({ id, label: purposeLabel.get(id) ?? null })),
        repairable: entry.repairable
      })
    }
    // the latest rating in force per enterprise (rated on or before the day, less than validityDays before)
    const from = CalendarDate.addDays(asOf, -config.rating.validityDays).getTime()
    const latest = new Map<string, { class: string; on: number }>()
    for (const r of await store.ratings(caller, {})) {
      const on = r.ratedOn.getTime()
      if (on > asOf.getTime() || on <= from) continue
      const seen = latest.get(r.enterprise)
      if (seen === undefined || on >= seen.on) latest.set(r.enterprise, { class: r.class, on })
    }
    const counts = new Map<string, number>()
    for (const { class: k } of latest.values()) counts.set(k, (counts.get(k) ?? 0) + 1)
    const rate = options.enterprises === undefined
      ? null
      : await store.rate(caller, await readJson(reading, options.enterprises, "enterprises"), { asOf: options.asOf })
    const value: CreditSection = {
      source,
      asOf: options.asOf,
      config: { source: config.source, verified: config.verified, builtIn: config.source === defaultCreditConfig.source },
      entriesByStatus,
      inForce,
      classes: config.classes.map((k) => ({ id: k.id, label: k.label, enterprises: counts.get(k.id) ?? 0 })),
      rated: latest.size,
      validityDays: config.rating.validityDays,
      rate
    }
    return { exitCode: 0 as const, value }
  })
  if (outcome.exitCode !== 2) return outcome.value
  const e = outcome.error
  throw new UsageError(e._tag === "UsageError" ? e.message : `--credit ${source}: cannot read the credit store: ${e._tag}: ${e.summary}`)
}
