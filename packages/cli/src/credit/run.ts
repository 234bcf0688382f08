/**
 * What every `anquan credit …` command shares: the options (`--db`, the actor and role flags,
 * `--jurisdiction`, `--jurisdictions`, `--config`, `--format`), opening the credit store on SQLite
 * (default `anquan.sqlite`, which may also hold the hazard ledger and the risk register: the tables
 * differ) or PostgreSQL (a `postgres://` URL), the caller, and turning every failure into exit code
 * 2 with one clear line on stderr — as `anquan ledger` and `anquan risk` do.
 *
 * Writes (list, repair, remove, record ratings) need the jurisdiction tree (`--jurisdictions`) and a
 * caller acting as a department (with `--jurisdiction`, its own) or the system. Reads need no role
 * and, for a caller not bound to a jurisdiction, no tree.
 *
 * @since 0.2.0
 */
import type { CreditStoreClient } from "@anquan/credit"
import { openCreditStore } from "@anquan/credit"
import type { CallerInput } from "@anquan/hazard-ledger"
import { UsageError } from "../check.ts"
import type { ErrorReport } from "../ledger/format.ts"
import type { LedgerOptions } from "../ledger/run.ts"
import { READ_ONLY_ACTOR, readJson } from "../ledger/run.ts"
import { loadStoreTree, openStore, storeFailure, storeRole } from "../storeRun.ts"

/** @since 0.2.0 */
export type CreditFormat = "table" | "json"

/**
 * The options every `anquan credit` command takes.
 *
 * @since 0.2.0
 */
export interface CreditCliOptions extends Omit<LedgerOptions, "format"> {
  /** A JSON file: the credit configuration; default the built-in one (examples, unverified). */
  readonly config?: string | undefined
  readonly format?: CreditFormat | undefined
}

/**
 * A command's result: its exit code (0 done, 1 for `check`: blocked, 2 rejected or bad input) and
 * the value or the error.
 *
 * @since 0.2.0
 */
export type CreditOutcome<A> =
  | { readonly exitCode: 0 | 1; readonly value: A }
  | { readonly exitCode: 2; readonly error: ErrorReport }

const callerOf = (o: CreditCliOptions, mode: "read" | "write"): CallerInput => {
  const id = o.actorId?.trim() ?? ""
  const name = o.actorName?.trim() ?? ""
  const role = storeRole(o)
  if (mode === "write" && (id === "" || name === "" || role === undefined)) {
    throw new UsageError("this command writes to the credit store: give --actor-id, --actor-name and --actor-role (department with --jurisdiction, or system)")
  }
  const actor = id === "" && name === "" ? READ_ONLY_ACTOR : { id: id === "" ? READ_ONLY_ACTOR.id : id, name: name === "" ? id : name }
  return { actor, ...(role === undefined ? {} : { role }), ...(o.jurisdiction === undefined ? {} : { jurisdiction: o.jurisdiction }) }
}

/** Reads the `--config` file, if any. @since 0.2.0 */
export const readConfig = (o: CreditCliOptions): Promise<unknown> => (o.config === undefined ? Promise.resolve(undefined) : readJson(o, o.config, "credit config"))

/** A failure as one line on stderr (and `{ "error": … }` on stdout with `--format json`), exit 2. @since 0.2.0 */
export const failed = (o: CreditCliOptions, e: unknown): CreditOutcome<never> => storeFailure(o, e)

/**
 * Opens the store, runs `body` (which returns its exit code and value), closes it; a failure is
 * reported by {@link failed}.
 *
 * @since 0.2.0
 */
export const withCreditStore = async <A>(
  o: CreditCliOptions,
  mode: "read" | "write",
  validate: (() => void) | undefined,
  body: (store: CreditStoreClient, caller: CallerInput) => Promise<{ readonly exitCode: 0 | 1; readonly value: A }>
): Promise<CreditOutcome<A>> => {
  let store: CreditStoreClient | undefined
  try {
    validate?.()
    const caller = callerOf(o, mode)
    const tree = await loadStoreTree(o)
    if (tree === undefined && (mode === "write" || o.jurisdiction !== undefined)) {
      throw new UsageError(`${mode === "read" ? "--jurisdiction" : "writing to the credit store"} needs the jurisdiction tree (行政区划树): give --jurisdictions <file.json>`)
    }
    const config = await readConfig(o)
    const common = { jurisdictions: tree ?? [], config, createTables: mode === "write" }
    store = await openStore(o, mode === "read", (where) => openCreditStore({ ...where, ...common }), (filename) =>
      `no credit store at ${filename}: list an entry or record ratings first (anquan credit list add, anquan credit classes --record) or point --db at it`)
    return await body(store, caller)
  } catch (e) {
    return failed(o, e)
  } finally {
    if (store !== undefined) await store.close()
  }
}
