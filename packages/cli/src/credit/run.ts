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
import type { JurisdictionInput } from "@anquan/core"
import { JurisdictionTree } from "@anquan/core"
import type { CreditStoreClient } from "@anquan/credit"
import { openCreditStore } from "@anquan/credit"
import type { CallerInput, RoleInput } from "@anquan/hazard-ledger"
import { existsSync } from "node:fs"
import { Result } from "effect"
import { UsageError } from "../check.ts"
import type { ErrorReport } from "../ledger/format.ts"
import { describeError, renderError } from "../ledger/format.ts"
import type { LedgerOptions } from "../ledger/run.ts"
import { DEFAULT_DB, isPostgres, READ_ONLY_ACTOR, readJson, resolvePath } from "../ledger/run.ts"
import { OutputError } from "../output/sink.ts"

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

const roleOf = (o: CreditCliOptions): RoleInput | undefined => {
  if (o.actorEnterprise !== undefined && o.actorRole !== "enterprise") throw new UsageError("--actor-enterprise is given with --actor-role enterprise")
  switch (o.actorRole) {
    case undefined:
      return undefined
    case "enterprise":
      if (o.actorEnterprise === undefined || o.actorEnterprise.trim() === "") throw new UsageError("--actor-role enterprise needs --actor-enterprise <unified social credit code>")
      return { kind: "enterprise", creditCode: o.actorEnterprise.trim() }
    case "department":
      if (o.jurisdiction === undefined) throw new UsageError("--actor-role department needs --jurisdiction <code>: the department's own jurisdiction")
      return { kind: "department", jurisdiction: o.jurisdiction }
    case "inspector":
    case "system":
      return { kind: o.actorRole }
    default:
      throw new UsageError(`--actor-role must be one of enterprise, department, inspector, system; got ${JSON.stringify(o.actorRole)}`)
  }
}

const callerOf = (o: CreditCliOptions, mode: "read" | "write"): CallerInput => {
  const id = o.actorId?.trim() ?? ""
  const name = o.actorName?.trim() ?? ""
  const role = roleOf(o)
  if (mode === "write" && (id === "" || name === "" || role === undefined)) {
    throw new UsageError("this command writes to the credit store: give --actor-id, --actor-name and --actor-role (department with --jurisdiction, or system)")
  }
  const actor = id === "" && name === "" ? READ_ONLY_ACTOR : { id: id === "" ? READ_ONLY_ACTOR.id : id, name: name === "" ? id : name }
  return { actor, ...(role === undefined ? {} : { role }), ...(o.jurisdiction === undefined ? {} : { jurisdiction: o.jurisdiction }) }
}

const loadTree = async (o: CreditCliOptions): Promise<ReadonlyArray<JurisdictionInput> | undefined> => {
  if (o.jurisdictions === undefined) return undefined
  const nodes = await readJson(o, o.jurisdictions, "jurisdiction tree")
  if (Result.isFailure(JurisdictionTree.decode(nodes))) throw new UsageError(`--jurisdictions ${o.jurisdictions}: not a jurisdiction tree (a JSON array of { "code", "name", "level", "parent"? })`)
  return nodes as ReadonlyArray<JurisdictionInput>
}

/** Reads the `--config` file, if any. @since 0.2.0 */
export const readConfig = (o: CreditCliOptions): Promise<unknown> => (o.config === undefined ? Promise.resolve(undefined) : readJson(o, o.config, "credit config"))

/** A failure as one line on stderr (and `{ "error": … }` on stdout with `--format json`), exit 2. @since 0.2.0 */
export const failed = (o: CreditCliOptions, e: unknown): CreditOutcome<never> => {
  if (e instanceof OutputError) throw e
  const error = describeError(e)
  o.writeError(renderError(error))
  if (o.format === "json") o.write(JSON.stringify({ error: { _tag: error._tag, message: error.message, ...error.fields } }, null, 2) + "\n")
  return { exitCode: 2, error }
}

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
    const tree = await loadTree(o)
    if (tree === undefined && (mode === "write" || o.jurisdiction !== undefined)) {
      throw new UsageError(`${mode === "read" ? "--jurisdiction" : "writing to the credit store"} needs the jurisdiction tree (行政区划树): give --jurisdictions <file.json>`)
    }
    const config = await readConfig(o)
    const db = o.db ?? DEFAULT_DB
    const common = { jurisdictions: tree ?? [], config, createTables: mode === "write" }
    if (isPostgres(db)) {
      store = await openCreditStore({ store: "postgres", url: db, maxConnections: 2, ...common })
    } else {
      const filename = resolvePath(o, db)
      if (mode === "read" && !existsSync(filename)) throw new UsageError(`no credit store at ${filename}: list an entry or record ratings first (anquan credit list add, anquan credit classes --record) or point --db at it`)
      store = await openCreditStore({ store: "sqlite", filename, ...common })
    }
    return await body(store, caller)
  } catch (e) {
    return failed(o, e)
  } finally {
    if (store !== undefined) await store.close()
  }
}
