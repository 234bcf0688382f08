/**
 * What the store commands (`anquan risk`, `anquan enforcement`, `anquan credit`) share when they
 * run (loaded with them, not at every start of `anquan`): the caller's role from `--actor-role`,
 * the jurisdiction tree of `--jurisdictions`, opening the store named by `--db` (a SQLite file or a
 * `postgres://` URL), and a failure as one line on stderr (and `{ "error": … }` on stdout with
 * `--format json`), exit code 2.
 *
 * @since 0.2.0
 */
import type { JurisdictionInput } from "@anquan/core"
import { JurisdictionTree } from "@anquan/core"
import type { RoleInput } from "@anquan/hazard-ledger"
import { existsSync } from "node:fs"
import { Result } from "effect"
import { UsageError } from "./check.ts"
import type { ErrorReport } from "./ledger/format.ts"
import { describeError, renderError } from "./ledger/format.ts"
import type { LedgerOptions } from "./ledger/run.ts"
import { DEFAULT_DB, isPostgres, readJson, resolvePath } from "./ledger/run.ts"
import { OutputError } from "./output/sink.ts"

/** The options of a store command these helpers read (its `format` is `table` or `json`). */
type StoreCliOptions = Omit<LedgerOptions, "format"> & { readonly format?: "table" | "json" | undefined }

/**
 * The role of `--actor-role` (with `--actor-enterprise` or `--jurisdiction` where it needs one).
 *
 * @since 0.2.0
 */
export const storeRole = (o: StoreCliOptions): RoleInput | undefined => {
  const enterprise = o.actorEnterprise?.trim()
  if (enterprise !== undefined && o.actorRole !== "enterprise") throw new UsageError("--actor-enterprise is given with --actor-role enterprise")
  switch (o.actorRole) {
    case undefined:
      return undefined
    case "enterprise":
      if (enterprise === undefined || enterprise === "") throw new UsageError("--actor-role enterprise needs --actor-enterprise <unified social credit code>")
      return { kind: "enterprise", creditCode: enterprise }
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

/**
 * The jurisdiction tree of `--jurisdictions`, if given.
 *
 * @since 0.2.0
 */
export const loadStoreTree = async (o: StoreCliOptions): Promise<ReadonlyArray<JurisdictionInput> | undefined> => {
  if (o.jurisdictions === undefined) return undefined
  const nodes = await readJson(o, o.jurisdictions, "jurisdiction tree")
  if (Result.isFailure(JurisdictionTree.decode(nodes))) throw new UsageError(`--jurisdictions ${o.jurisdictions}: not a jurisdiction tree (a JSON array of { "code", "name", "level", "parent"? })`)
  return nodes as ReadonlyArray<JurisdictionInput>
}

/**
 * Where `--db` points: a PostgreSQL pool of two connections, or a SQLite file (relative to `cwd`).
 *
 * @since 0.2.0
 */
export type StoreLocation =
  | { readonly store: "postgres"; readonly url: string; readonly maxConnections: number }
  | { readonly store: "sqlite"; readonly filename: string }

/**
 * Opens the store `--db` names through `open`; a reader (`read`) of a SQLite file that does not
 * exist gets a usage error, `missing(filename)`, instead of an empty file.
 *
 * @since 0.2.0
 */
export const openStore = <C>(o: StoreCliOptions, read: boolean, open: (where: StoreLocation) => Promise<C>, missing: (filename: string) => string): Promise<C> => {
  const db = o.db ?? DEFAULT_DB
  if (isPostgres(db)) return open({ store: "postgres", url: db, maxConnections: 2 })
  const filename = resolvePath(o, db)
  if (read && !existsSync(filename)) throw new UsageError(missing(filename))
  return open({ store: "sqlite", filename })
}

/**
 * A failure as one line on stderr (and `{ "error": … }` on stdout with `--format json`), exit 2;
 * an output failure is rethrown.
 *
 * @since 0.2.0
 */
export const storeFailure = (o: Pick<StoreCliOptions, "write" | "writeError" | "format">, e: unknown): { readonly exitCode: 2; readonly error: ErrorReport } => {
  if (e instanceof OutputError) throw e
  const error = describeError(e)
  o.writeError(renderError(error))
  if (o.format === "json") o.write(JSON.stringify({ error: { _tag: error._tag, message: error.message, ...error.fields } }, null, 2) + "\n")
  return { exitCode: 2, error }
}
