/**
 * What every `anquan ledger …` command shares: the options (`--db`, `--actor-id`, `--actor-name`,
 * `--actor-role`, `--actor-enterprise`, `--jurisdiction`, `--jurisdictions`, `--format`), opening
 * the ledger on SQLite (the default,
 * `anquan.sqlite` in the working directory) or PostgreSQL (a `postgres://` URL), the caller, and
 * turning every failure into exit code 2 with one clear line on stderr.
 *
 * The ledger checks every hazard's jurisdiction, and the caller's, against a jurisdiction tree
 * (行政区划树) that it does not store. So the write commands (`import`, `transition`) need
 * `--jurisdictions <file.json>`, an actor (`--actor-id`, `--actor-name`: recorded on every event)
 * and the role the actor acts in (`--actor-role`: `enterprise` with `--actor-enterprise <credit
 * code>`, `department` with `--jurisdiction <its code>`, `inspector` or `system`); there is no
 * default role, because every role grants some authority. Reads need no role: without one, the
 * caller reads its scope; enterprise personnel read their own enterprise's hazards only. Reads work
 * without a tree for a caller who is not bound to a jurisdiction: they see the whole ledger.
 * `--jurisdiction` (binding the caller to a subtree) and `metrics --breakdown jurisdiction` need
 * the tree too.
 *
 * @since 0.1.0
 */
import { existsSync, readFileSync } from "node:fs"
import { isAbsolute, resolve } from "node:path"
import { DatabaseSync } from "node:sqlite"
import type { JurisdictionInput } from "@anquan/core"
import { CalendarDate, JurisdictionTree } from "@anquan/core"
import type { CallerInput, Ledger, RoleInput, RoleKind } from "@anquan/hazard-ledger"
import { makeLedger } from "@anquan/hazard-ledger"
import { Result } from "effect"
import { UsageError } from "../check.ts"
import { decodeBytes, readText } from "../input/encoding.ts"
import { terminalSafe } from "../output/terminal.ts"
import { OutputError } from "../output/sink.ts"
import type { ErrorReport } from "./format.ts"
import { describeError, renderError } from "./format.ts"

/** @since 0.1.0 */
export type LedgerFormat = "table" | "json"

/**
 * The options every `anquan ledger` command takes.
 *
 * @since 0.1.0
 */
export interface LedgerOptions {
  /** A SQLite file (relative to `cwd`; default `anquan.sqlite`) or a `postgres://` / `postgresql://` URL. */
  readonly db?: string | undefined
  /** Who acts (recorded on every event). Required to write. */
  readonly actorId?: string | undefined
  readonly actorName?: string | undefined
  /**
   * The role the actor acts in (角色): `enterprise` (with `actorEnterprise`), `department` (with
   * `jurisdiction`, its own), `inspector` or `system`. Required to write; no default.
   */
  readonly actorRole?: RoleKind | undefined
  /** For `actorRole: "enterprise"`: the enterprise's unified social credit code. */
  readonly actorEnterprise?: string | undefined
  /** The jurisdiction the caller is bound to: they read and write only its subtree (a department's own). Needs `jurisdictions`. */
  readonly jurisdiction?: string | undefined
  /** A JSON file: an array of jurisdiction nodes `{ code, name, level, parent? }`. Required to write. */
  readonly jurisdictions?: string | undefined
  /** Default `table`. */
  readonly format?: LedgerFormat | undefined
  /** Where relative paths are resolved; default `process.cwd()`. */
  readonly cwd?: string | undefined
  /** stdout. */
  readonly write: (text: string) => void
  /** stderr. */
  readonly writeError: (text: string) => void
}

/**
 * What a command did: exit code 0 and its value, or exit code 2 and the error.
 *
 * @since 0.1.0
 */
export type LedgerOutcome<A> =
  | { readonly exitCode: 0; readonly value: A }
  | { readonly exitCode: 2; readonly error: ErrorReport }

/** The default database: `anquan.sqlite` in the working directory. @since 0.1.0 */
export const DEFAULT_DB = "anquan.sqlite"

/** The actor of read-only commands when none is given (reads record nothing). @since 0.1.0 */
export const READ_ONLY_ACTOR = { id: "anquan-cli", name: "anquan ledger (read-only)" } as const

/** Whether `--db` names PostgreSQL (a `postgres://` or `postgresql://` URL) rather than a SQLite file. @since 0.1.0 */
export const isPostgres = (db: string): boolean => /^postgres(ql)?:\/\//iu.test(db)

/**
 * A database as it may be shown: a PostgreSQL URL loses its password; a SQLite file as given.
 *
 * @since 0.2.0
 */
export const displaySource = (db: string): string => {
  if (!isPostgres(db)) return db
  try {
    const url = new URL(db)
    if (url.password !== "") url.password = "***"
    return url.toString()
  } catch {
    return "postgres://…"
  }
}

/**
 * What a report section checks before it opens a SQLite file read-only: that the file exists, is a
 * SQLite database and holds `table` — opened read-only, so nothing is created or changed. Each
 * failure is a {@link UsageError} naming the flag (`missing` may name `{filename}`).
 *
 * @since 0.2.0
 */
export const requireSqliteTable = (o: {
  readonly flag: string
  readonly source: string
  readonly filename: string
  readonly table: string
  readonly missing: string
  readonly notIt: string
  readonly writeOne: string
}): void => {
  if (!existsSync(o.filename)) throw new UsageError(`${o.flag} ${o.source}: ${o.missing.replace("{filename}", o.filename)}`)
  let handle: DatabaseSync | undefined
  let found: unknown
  try {
    handle = new DatabaseSync(o.filename, { readOnly: true })
    found = handle.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?").get(o.table)
  } catch (e) {
    throw new UsageError(`${o.flag} ${o.source}: ${o.filename} is not a SQLite database (${(e as Error).message})`)
  } finally {
    handle?.close()
  }
  if (found === undefined) throw new UsageError(`${o.flag} ${o.source}: ${o.filename} ${o.notIt} (no ${o.table} table); write one with ${o.writeOne}`)
}

/** A path as the commands read it: relative to `cwd` (default the working directory). @since 0.1.0 */
export const resolvePath = (o: Pick<LedgerOptions, "cwd">, p: string): string => (isAbsolute(p) ? p : resolve(o.cwd ?? process.cwd(), p))

const path = resolvePath

/**
 * Reads a JSON file (or stdin for `-`, read as a stream: a slow or non-blocking stdin is waited
 * for), as a usage error when it cannot be read or parsed. A byte-order mark is dropped (UTF-16 is
 * read by it); text that is not UTF-8 but is GB18030 is read as that, with a warning on stderr.
 *
 * @since 0.1.0
 */
export const readJson = async (o: LedgerOptions, file: string, what: string): Promise<unknown> => {
  const warn = (message: string) => o.writeError(terminalSafe(`anquan: warning: ${what} ${file}: ${message}\n`))
  let text: string
  try {
    text = file === "-" ? await readText(process.stdin, { warn }) : decodeBytes(readFileSync(path(o, file)), { warn })
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${file}: ${(e as Error).message}`)
  }
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new UsageError(`${what} ${file} is not valid JSON: ${(e as Error).message}`)
  }
}

const loadTree = async (o: LedgerOptions): Promise<ReadonlyArray<JurisdictionInput> | undefined> => {
  if (o.jurisdictions === undefined) return undefined
  const nodes = await readJson(o, o.jurisdictions, "jurisdiction tree")
  const tree = JurisdictionTree.decode(nodes)
  if (Result.isFailure(tree)) {
    throw new UsageError(`--jurisdictions ${o.jurisdictions}: ${tree.failure.message}\n(expected a JSON array of { "code", "name", "level", "parent"? })`)
  }
  return nodes as ReadonlyArray<JurisdictionInput>
}

/**
 * What a command needs: `write` commands need an actor and the jurisdiction tree; `read` commands
 * need neither (without a tree only an unbound caller can read); `needsTree` names a read option
 * that needs the tree anyway.
 *
 * @since 0.1.0
 */
export interface Access {
  readonly mode: "read" | "write"
  /** For a read: the option that needs the tree anyway (e.g. `--breakdown jurisdiction`). */
  readonly needsTree?: string | undefined
  /** Open a SQLite file that does not exist yet (it is created). Default: writes only. */
  readonly create?: boolean | undefined
  /** Checks the command's own options before the ledger is opened; throws a `UsageError`. */
  readonly validate?: (() => void) | undefined
}

/** The roles `--actor-role` takes, with what each may do (for the usage errors). @since 0.1.0 */
export const ROLE_HELP =
  "enterprise (企业人员, with --actor-enterprise <credit code>: its own hazards' self-reports, 五落实, rectification, extension requests), " +
  "department (监管部门, with --jurisdiction <its code>: assess, verify, list for supervision, accept closure and grant extensions at its own level), " +
  "inspector (检查员/专家: inspections, assessments, verification) or system (系统导入: import findings only)"

const roleOf = (o: LedgerOptions): RoleInput | undefined => {
  const enterprise = o.actorEnterprise?.trim()
  if (enterprise !== undefined && o.actorRole !== "enterprise") {
    throw new UsageError("--actor-enterprise binds enterprise personnel to their enterprise: give it with --actor-role enterprise")
  }
  switch (o.actorRole) {
    case undefined:
      return undefined
    case "enterprise":
      if (enterprise === undefined || enterprise === "") {
        throw new UsageError("--actor-role enterprise needs --actor-enterprise <unified social credit code> (the enterprise the actor works for)")
      }
      return { kind: "enterprise", creditCode: enterprise }
    case "department":
      if (o.jurisdiction === undefined) {
        throw new UsageError("--actor-role department needs --jurisdiction <code>: the department's own jurisdiction (its level follows from it)")
      }
      return { kind: "department", jurisdiction: o.jurisdiction }
    case "inspector":
    case "system":
      return { kind: o.actorRole }
    default:
      throw new UsageError(`--actor-role must be one of enterprise, department, inspector, system; got ${JSON.stringify(o.actorRole)}`)
  }
}

const callerOf = (o: LedgerOptions, access: Access): CallerInput => {
  const id = o.actorId?.trim() ?? ""
  const name = o.actorName?.trim() ?? ""
  if (access.mode === "write" && (id === "" || name === "")) {
    throw new UsageError("this command writes to the ledger: give --actor-id and --actor-name (recorded on every event, 操作人)")
  }
  const role = roleOf(o)
  if (access.mode === "write" && role === undefined) {
    throw new UsageError(`this command writes to the ledger: give --actor-role, the role the actor acts in: ${ROLE_HELP}`)
  }
  const actor = id === "" && name === "" ? READ_ONLY_ACTOR : { id: id === "" ? READ_ONLY_ACTOR.id : id, name: name === "" ? id : name }
  return {
    actor,
    ...(role === undefined ? {} : { role }),
    ...(o.jurisdiction === undefined ? {} : { jurisdiction: o.jurisdiction })
  }
}

/**
 * Opens the ledger, runs `body` with it and the caller, closes it; prints any failure on stderr
 * (and, with `--format json`, as `{ "error": … }` on stdout) and returns exit code 2 for it.
 *
 * @since 0.1.0
 */
export const withLedger = async <A>(
  o: LedgerOptions,
  access: Access,
  body: (ledger: Ledger, caller: CallerInput) => Promise<A>
): Promise<LedgerOutcome<A>> => {
  let ledger: Ledger | undefined
  try {
    access.validate?.()
    const caller = callerOf(o, access)
    const tree = await loadTree(o)
    if (tree === undefined) {
      const why = access.mode === "write"
        ? "writing to the ledger"
        : o.jurisdiction !== undefined
        ? "--jurisdiction (binding the caller to a subtree)"
        : access.needsTree
      if (why !== undefined) {
        throw new UsageError(
          `${why} needs the jurisdiction tree (行政区划树): give --jurisdictions <file.json>, a JSON array of { "code", "name", "level", "parent"? }. ` +
            "The ledger checks the jurisdiction of every hazard and caller against it and does not store it."
        )
      }
    }
    const db = o.db ?? DEFAULT_DB
    const jurisdictions = tree ?? []
    // a read opens an existing ledger as it is: no table is created, in a file or a database
    const createTables = access.mode === "write"
    if (isPostgres(db)) {
      ledger = await makeLedger({ store: "postgres", url: db, maxConnections: 2, jurisdictions, createTables })
    } else {
      const filename = path(o, db)
      if (!(access.create ?? access.mode === "write") && !existsSync(filename)) {
        throw new UsageError(`no ledger at ${filename}: import findings first (anquan ledger import) or point --db at the ledger`)
      }
      ledger = await makeLedger({ store: "sqlite", filename, jurisdictions, createTables })
    }
    return { exitCode: 0, value: await body(ledger, caller) }
  } catch (e) {
    // the output itself failed (stdout closed, disk full): nothing more to write, the command reports it
    if (e instanceof OutputError) throw e
    const error = describeError(e)
    o.writeError(renderError(error))
    if (o.format === "json") o.write(JSON.stringify({ error: { _tag: error._tag, message: error.message, ...error.fields } }, null, 2) + "\n")
    return { exitCode: 2, error }
  } finally {
    if (ledger !== undefined) await ledger.close()
  }
}

/**
 * Parses `YYYY-MM-DD` for a flag, as a usage error otherwise.
 *
 * @since 0.1.0
 */
export const dateFlag = (flag: string, value: string): string => {
  if (CalendarDate.parse(value) !== undefined) return value
  throw new UsageError(`${flag} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`)
}
