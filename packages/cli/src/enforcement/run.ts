/**
 * What every `anquan enforcement …` command shares: the options (`--db`, the actor and role flags,
 * `--jurisdiction`, `--jurisdictions`, `--format`), opening the case store on SQLite (default
 * `anquan.sqlite`, which may also hold the hazard ledger and the risk register: the tables differ)
 * or PostgreSQL (a `postgres://` URL), the caller, and turning every failure into exit code 2 with
 * one clear line on stderr — as `anquan ledger` and `anquan risk` do.
 *
 * Writes need the jurisdiction tree (`--jurisdictions`, or the import file's own `jurisdictions`)
 * and a caller with a role that enforces (department, inspector) or the system import. `import`
 * and `import-check` without any actor flag act as the system import (`anquan-cli`, role
 * `system`). Reads need no role and, for a caller not bound to a jurisdiction, no tree.
 *
 * @since 0.2.0
 */
import type { JurisdictionInput } from "@anquan/core"
import type { EnforcementCasesClient } from "@anquan/enforcement"
import { openEnforcementCases } from "@anquan/enforcement"
import type { CallerInput } from "@anquan/hazard-ledger"
import { UsageError } from "../check.ts"
import type { LedgerOptions, LedgerOutcome } from "../ledger/run.ts"
import { READ_ONLY_ACTOR } from "../ledger/run.ts"
import { loadStoreTree, openStore, storeFailure, storeRole } from "../storeRun.ts"

/** @since 0.2.0 */
export type EnforcementFormat = "table" | "json"

/**
 * The options every `anquan enforcement` command takes.
 *
 * @since 0.2.0
 */
export interface EnforcementOptions extends Omit<LedgerOptions, "format"> {
  readonly format?: EnforcementFormat | undefined
}

/** Exit code 0 and the value, or 2 and the error (as the ledger commands). @since 0.2.0 */
export type EnforcementOutcome<A> = LedgerOutcome<A>

/** The caller of `import` when no actor flag is given: the system import. @since 0.2.0 */
export const ENFORCEMENT_IMPORT_ACTOR = { id: "anquan-cli", name: "anquan enforcement import" } as const

/**
 * How a command uses the store: `read`, `write`, or `import` (a write whose caller defaults to the
 * system import).
 *
 * @since 0.2.0
 */
export interface EnforcementAccess {
  readonly mode: "read" | "write" | "import"
  /** The tree when the command's input carries one (an import file). */
  readonly treeFrom?: (() => Promise<ReadonlyArray<JurisdictionInput> | undefined>) | undefined
  readonly validate?: (() => void) | undefined
}

/** The caller of a command. @since 0.2.0 */
export const enforcementCaller = (o: EnforcementOptions, mode: EnforcementAccess["mode"]): CallerInput => {
  const id = o.actorId?.trim() ?? ""
  const name = o.actorName?.trim() ?? ""
  const role = storeRole(o)
  if (mode === "import" && id === "" && name === "" && role === undefined) {
    return { actor: ENFORCEMENT_IMPORT_ACTOR, role: { kind: "system" }, ...(o.jurisdiction === undefined ? {} : { jurisdiction: o.jurisdiction }) }
  }
  if (mode !== "read" && (id === "" || name === "" || role === undefined)) {
    throw new UsageError("this command writes enforcement cases: give --actor-id, --actor-name and --actor-role (department with --jurisdiction, inspector, or system)")
  }
  const actor = id === "" && name === "" ? READ_ONLY_ACTOR : { id: id === "" ? READ_ONLY_ACTOR.id : id, name: name === "" ? id : name }
  return { actor, ...(role === undefined ? {} : { role }), ...(o.jurisdiction === undefined ? {} : { jurisdiction: o.jurisdiction }) }
}

/** The jurisdiction tree of `--jurisdictions`, if given. @since 0.2.0 */
export const loadEnforcementTree = (o: EnforcementOptions): Promise<ReadonlyArray<JurisdictionInput> | undefined> => loadStoreTree(o)

/**
 * Runs a body; a failure is printed on stderr (and with `--format json` as `{ "error": … }` on
 * stdout) and returns exit code 2.
 *
 * @since 0.2.0
 */
export const reportFailures = async <A>(o: EnforcementOptions, body: () => Promise<A>): Promise<EnforcementOutcome<A>> => {
  try {
    return { exitCode: 0, value: await body() }
  } catch (e) {
    return storeFailure(o, e)
  }
}

/**
 * Opens the case store, runs `body`, closes it; failures as {@link reportFailures}.
 *
 * @since 0.2.0
 */
export const withCases = async <A>(
  o: EnforcementOptions,
  access: EnforcementAccess,
  body: (store: EnforcementCasesClient, caller: CallerInput) => Promise<A>
): Promise<EnforcementOutcome<A>> => {
  let store: EnforcementCasesClient | undefined
  try {
    return await reportFailures(o, async () => {
      access.validate?.()
      const caller = enforcementCaller(o, access.mode)
      const tree = (await loadEnforcementTree(o)) ?? (await access.treeFrom?.())
      if (tree === undefined && (access.mode !== "read" || o.jurisdiction !== undefined)) {
        throw new UsageError(
          `${access.mode === "read" ? "--jurisdiction" : "writing enforcement cases"} needs the jurisdiction tree (行政区划树): give --jurisdictions <file.json>` +
            (access.mode === "import" ? " or a \"jurisdictions\" array in the import file" : "")
        )
      }
      const common = { jurisdictions: tree ?? [], createTables: access.mode !== "read" }
      store = await openStore(o, access.mode === "read", (where) => openEnforcementCases({ ...where, ...common }), (filename) =>
        `no enforcement cases at ${filename}: import cases first (anquan enforcement import) or point --db at it`)
      return body(store, caller)
    })
  } finally {
    if (store !== undefined) await store.close()
  }
}
