/**
 * What every `anquan risk …` command shares: the options (`--db`, the actor and role flags,
 * `--jurisdiction`, `--jurisdictions`, `--config`, `--format`), opening the risk register on
 * SQLite (default `anquan.sqlite`, which may also hold the hazard ledger: the tables differ) or
 * PostgreSQL (a `postgres://` URL), the caller, and turning every failure into exit code 2 with one
 * clear line on stderr — as `anquan ledger` does.
 *
 * Writes need the jurisdiction tree (`--jurisdictions`, or the import file's own `jurisdictions`)
 * and a caller with a role. `import` without any actor flag acts as the system import
 * (`anquan-cli`, role `system`: register and update only); give `--actor-*` to import as someone
 * else. Reads need no role and, for a caller not bound to a jurisdiction, no tree.
 *
 * @since 0.2.0
 */
import type { JurisdictionInput } from "@anquan/core"
import type { CallerInput } from "@anquan/hazard-ledger"
import type { RiskRegisterClient } from "@anquan/risk-register"
import { openRiskRegister } from "@anquan/risk-register"
import { UsageError } from "../check.ts"
import type { LedgerOptions, LedgerOutcome } from "../ledger/run.ts"
import { READ_ONLY_ACTOR, readJson } from "../ledger/run.ts"
import { loadStoreTree, openStore, storeFailure, storeRole } from "../storeRun.ts"

/** @since 0.2.0 */
export type RiskFormat = "table" | "json"

/**
 * The options every `anquan risk` command takes.
 *
 * @since 0.2.0
 */
export interface RiskOptions extends Omit<LedgerOptions, "format"> {
  /** A JSON file: the risk configuration (scales, bands, cadence); default the unverified default. */
  readonly config?: string | undefined
  readonly format?: RiskFormat | undefined
}

/** Exit code 0 and the value, or 2 and the error (as the ledger commands). @since 0.2.0 */
export type RiskOutcome<A> = LedgerOutcome<A>

/** The caller of `import` when no actor flag is given: the system import. @since 0.2.0 */
export const IMPORT_ACTOR = { id: "anquan-cli", name: "anquan risk import" } as const

/**
 * How a command uses the register: `read`, `write`, or `import` (a write whose caller defaults to
 * the system import).
 *
 * @since 0.2.0
 */
export interface RiskAccess {
  readonly mode: "read" | "write" | "import"
  /** The tree when the command's input carries one (an import file). */
  readonly treeFrom?: (() => Promise<ReadonlyArray<JurisdictionInput> | undefined>) | undefined
  readonly validate?: (() => void) | undefined
}

const callerOf = (o: RiskOptions, mode: RiskAccess["mode"]): CallerInput => {
  const id = o.actorId?.trim() ?? ""
  const name = o.actorName?.trim() ?? ""
  const role = storeRole(o)
  if (mode === "import" && id === "" && name === "" && role === undefined) {
    return { actor: IMPORT_ACTOR, role: { kind: "system" }, ...(o.jurisdiction === undefined ? {} : { jurisdiction: o.jurisdiction }) }
  }
  if (mode !== "read" && (id === "" || name === "" || role === undefined)) {
    throw new UsageError("this command writes to the risk register: give --actor-id, --actor-name and --actor-role (enterprise with --actor-enterprise, department with --jurisdiction, inspector or system)")
  }
  const actor = id === "" && name === "" ? READ_ONLY_ACTOR : { id: id === "" ? READ_ONLY_ACTOR.id : id, name: name === "" ? id : name }
  return { actor, ...(role === undefined ? {} : { role }), ...(o.jurisdiction === undefined ? {} : { jurisdiction: o.jurisdiction }) }
}

/**
 * Opens the register, runs `body`, closes it; a failure is printed on stderr (and with
 * `--format json` as `{ "error": … }` on stdout) and returns exit code 2.
 *
 * @since 0.2.0
 */
export const withRegister = async <A>(
  o: RiskOptions,
  access: RiskAccess,
  body: (register: RiskRegisterClient, caller: CallerInput) => Promise<A>
): Promise<RiskOutcome<A>> => {
  let register: RiskRegisterClient | undefined
  try {
    access.validate?.()
    const caller = callerOf(o, access.mode)
    const tree = (await loadStoreTree(o)) ?? (await access.treeFrom?.())
    if (tree === undefined && (access.mode !== "read" || o.jurisdiction !== undefined)) {
      throw new UsageError(
        `${access.mode === "read" ? "--jurisdiction" : "writing to the risk register"} needs the jurisdiction tree (行政区划树): give --jurisdictions <file.json>` +
          (access.mode === "import" ? " or a \"jurisdictions\" array in the import file" : "")
      )
    }
    const config = o.config === undefined ? undefined : await readJson(o, o.config, "risk config")
    const common = { jurisdictions: tree ?? [], config: config as never, createTables: access.mode !== "read" }
    register = await openStore(o, access.mode === "read", (where) => openRiskRegister({ ...where, ...common }), (filename) =>
      `no risk register at ${filename}: import risk points first (anquan risk import) or point --db at it`)
    return { exitCode: 0, value: await body(register, caller) }
  } catch (e) {
    return storeFailure(o, e)
  } finally {
    if (register !== undefined) await register.close()
  }
}
