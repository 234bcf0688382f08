/**
 * What every `anquan investigation open|record|list|show|overdue` command shares: the options (`--db`,
 * the actor and role flags, `--jurisdiction`, `--jurisdictions`, `--format`), opening the
 * investigation store on SQLite (default `anquan.sqlite`, which may also hold the hazard ledger and
 * the other stores: the tables differ) or PostgreSQL (a `postgres://` URL), the caller, and turning
 * every failure into exit code 2 with one clear line on stderr — as `anquan enforcement` does.
 *
 * Writes need the jurisdiction tree (`--jurisdictions`) and a caller with a role that investigates
 * (department) or the system import; `open` without any actor flag acts as the system import
 * (`anquan-cli`, role `system`). Reads need no role and, for a caller not bound to a jurisdiction,
 * no tree.
 *
 * @since 0.2.0
 */
import type { InvestigationCase, InvestigationStoreClient } from "@anquan/accident"
import { openInvestigationStore } from "@anquan/accident"
import type { CallerInput } from "@anquan/hazard-ledger"
import { UsageError } from "../check.ts"
import type { LedgerOptions, LedgerOutcome } from "../ledger/run.ts"
import { displaySource, isPostgres, READ_ONLY_ACTOR, requireSqliteTable, resolvePath } from "../ledger/run.ts"
import { loadStoreTree, openStore, storeFailure, storeRole } from "../storeRun.ts"

/**
 * The options every `anquan investigation` store command takes.
 *
 * @since 0.2.0
 */
export interface InvestigationStoreOptions extends Omit<LedgerOptions, "format"> {
  readonly format?: "table" | "json" | undefined
}

/** Exit code 0 and the value, or 2 and the error (as the ledger commands). @since 0.2.0 */
export type InvestigationOutcome<A> = LedgerOutcome<A>

/** The caller of `open` when no actor flag is given: the system import. @since 0.2.0 */
export const INVESTIGATION_IMPORT_ACTOR = { id: "anquan-cli", name: "anquan investigation open" } as const

const callerOf = (o: InvestigationStoreOptions, mode: "read" | "write" | "import"): CallerInput => {
  const id = o.actorId?.trim() ?? ""
  const name = o.actorName?.trim() ?? ""
  const role = storeRole(o)
  if (mode === "import" && id === "" && name === "" && role === undefined) {
    return { actor: INVESTIGATION_IMPORT_ACTOR, role: { kind: "system" }, ...(o.jurisdiction === undefined ? {} : { jurisdiction: o.jurisdiction }) }
  }
  if (mode !== "read" && (id === "" || name === "" || role === undefined)) {
    throw new UsageError("this command writes investigations: give --actor-id, --actor-name and --actor-role (department with --jurisdiction, or system)")
  }
  const actor = id === "" && name === "" ? READ_ONLY_ACTOR : { id: id === "" ? READ_ONLY_ACTOR.id : id, name: name === "" ? id : name }
  return { actor, ...(role === undefined ? {} : { role }), ...(o.jurisdiction === undefined ? {} : { jurisdiction: o.jurisdiction }) }
}

/**
 * Opens the investigation store, runs `body`, closes it; a failure is printed on stderr (and with
 * `--format json` as `{ "error": … }` on stdout) and returns exit code 2.
 *
 * @since 0.2.0
 */
export const withInvestigations = async <A>(
  o: InvestigationStoreOptions,
  mode: "read" | "write" | "import",
  body: (store: InvestigationStoreClient, caller: CallerInput) => Promise<A>,
  validate?: () => void
): Promise<InvestigationOutcome<A>> => {
  let store: InvestigationStoreClient | undefined
  try {
    validate?.()
    const caller = callerOf(o, mode)
    const tree = await loadStoreTree(o)
    if (tree === undefined && (mode !== "read" || o.jurisdiction !== undefined)) {
      throw new UsageError(`${mode === "read" ? "--jurisdiction" : "writing investigations"} needs the jurisdiction tree (行政区划树): give --jurisdictions <file.json>`)
    }
    store = await openStore(o, mode === "read", (where) => openInvestigationStore({ ...where, jurisdictions: tree ?? [], createTables: mode !== "read" }), (filename) =>
      `no investigation store at ${filename}: open an investigation first (anquan investigation open) or point --db at it`)
    return { exitCode: 0, value: await body(store, caller) }
  } catch (e) {
    return storeFailure(o, e)
  } finally {
    if (store !== undefined) await store.close()
  }
}

/**
 * Every investigation of a store, read only (for the check report's section): a SQLite file (it
 * must exist and hold an investigation store) or a `postgres://` URL. A failure is a usage error
 * naming `flag`.
 *
 * @since 0.2.0
 */
export const readInvestigationStore = async (o: { readonly db: string; readonly cwd?: string | undefined }, flag: string): Promise<ReadonlyArray<InvestigationCase>> => {
  const options = { ...o, write: () => {}, writeError: () => {} }
  const outcome = await withInvestigations(options, "read", async (store, caller) => (await store.list(caller)).map((f) => f.case), () => {
    if (!isPostgres(o.db)) {
      requireSqliteTable({
        flag,
        source: o.db,
        filename: resolvePath(options, o.db),
        table: "anquan_investigation_cases",
        missing: "no investigation store at {filename} (give a .json file of cases, a SQLite file written by anquan investigation open, or a postgres:// URL)",
        notIt: "is not an investigation store",
        writeOne: "anquan investigation open"
      })
    }
  })
  if (outcome.exitCode === 0) return outcome.value
  const e = outcome.error
  throw new UsageError(e._tag === "UsageError" ? e.message : `${flag} ${displaySource(o.db)}: cannot read the investigation store: ${e._tag}: ${e.summary}`)
}
