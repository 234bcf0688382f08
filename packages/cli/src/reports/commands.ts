/**
 * `anquan reports …` — public reports (举报) and rewards from the command line, on SQLite (default
 * `anquan.sqlite`, beside the hazard ledger: the tables differ) or PostgreSQL, JSON output only:
 * `execute <request.json>` applies one command (`{ command, expectedVersion }`), `list`, `overdue`
 * and `report` read. The caller never holds `read-whistleblower-identity` here: every report the
 * command prints has its reporter redacted (`{ "redacted": true }`) by the hazard ledger's rule.
 * Loaded lazily (`command.ts` imports this module when a reports command runs).
 *
 * @since 0.2.0
 */
import type { JurisdictionInput } from "@anquan/core"
import { JurisdictionTree } from "@anquan/core"
import type { CallerInput, RoleInput, RoleKind } from "@anquan/hazard-ledger"
import type { ReportRegisterClient, ReportState, ReportCategory } from "@anquan/whistleblowing"
import { openReportRegister, ReportFile, ReportEvent } from "@anquan/whistleblowing"
import { existsSync } from "node:fs"
import { Result, Schema } from "effect"
import { UsageError } from "../check.ts"
import { DEFAULT_DB, isPostgres, READ_ONLY_ACTOR, readJson, resolvePath } from "../ledger/run.ts"
import { storeFailure } from "../storeRun.ts"

/**
 * The options of every `anquan reports` command.
 *
 * @since 0.2.0
 */
export interface ReportsOptions {
  readonly db?: string | undefined
  readonly actorId?: string | undefined
  readonly actorName?: string | undefined
  readonly actorRole?: RoleKind | undefined
  readonly jurisdiction?: string | undefined
  /** A JSON file: the jurisdiction tree; required to write. */
  readonly jurisdictions?: string | undefined
  /** A JSON file: the deadlines and reward levels (`ReportsConfig`); default none. */
  readonly config?: string | undefined
  readonly cwd?: string | undefined
  readonly write: (text: string) => void
  readonly writeError: (text: string) => void
}

/** What to run. @since 0.2.0 */
export type ReportsAction =
  | { readonly kind: "execute"; readonly file: string }
  | { readonly kind: "list"; readonly state?: string | undefined; readonly category?: string | undefined }
  | { readonly kind: "overdue" | "report"; readonly asOf: string }

const roleOf = (o: ReportsOptions): RoleInput | undefined => {
  switch (o.actorRole) {
    case undefined:
      return undefined
    case "department":
      if (o.jurisdiction === undefined) throw new UsageError("--actor-role department needs --jurisdiction <code>: the department's own jurisdiction")
      return { kind: "department", jurisdiction: o.jurisdiction }
    case "inspector":
    case "system":
      return { kind: o.actorRole }
    default:
      throw new UsageError(`--actor-role for reports is department, inspector or system; got ${JSON.stringify(o.actorRole)} (the enterprise reported never handles reports)`)
  }
}

const callerOf = (o: ReportsOptions, write: boolean): CallerInput => {
  const id = o.actorId?.trim() ?? "", name = o.actorName?.trim() ?? ""
  const role = roleOf(o)
  if (write && (id === "" || name === "" || role === undefined)) {
    throw new UsageError("this command writes to the report register: give --actor-id, --actor-name and --actor-role (department with --jurisdiction, inspector or system)")
  }
  const actor = id === "" && name === "" ? READ_ONLY_ACTOR : { id: id === "" ? READ_ONLY_ACTOR.id : id, name: name === "" ? id : name }
  return { actor, ...(role === undefined ? {} : { role }), ...(o.jurisdiction === undefined ? {} : { jurisdiction: o.jurisdiction }) }
}

const encodeFile = Schema.encodeSync(ReportFile)
const encodeEvent = Schema.encodeSync(ReportEvent)

/**
 * Runs one `anquan reports` command: prints JSON on stdout and returns the exit code — 0 done, 2
 * rejected or bad input (one line on stderr, `{ "error": … }` on stdout).
 *
 * @since 0.2.0
 */
export const reportsRun = async (o: ReportsOptions, action: ReportsAction): Promise<number> => {
  const json = (value: unknown) => o.write(JSON.stringify(value, null, 2) + "\n")
  let register: ReportRegisterClient | undefined
  try {
    const writing = action.kind === "execute"
    const caller = callerOf(o, writing)
    let tree: ReadonlyArray<JurisdictionInput> | undefined
    if (o.jurisdictions !== undefined) {
      const nodes = await readJson(o, o.jurisdictions, "jurisdiction tree")
      if (Result.isFailure(JurisdictionTree.decode(nodes))) throw new UsageError(`--jurisdictions ${o.jurisdictions}: not a jurisdiction tree (a JSON array of { "code", "name", "level", "parent"? })`)
      tree = nodes as ReadonlyArray<JurisdictionInput>
    } else if (writing || o.jurisdiction !== undefined) {
      throw new UsageError(`${writing ? "writing to the report register" : "--jurisdiction"} needs the jurisdiction tree (行政区划树): give --jurisdictions <file.json>`)
    }
    const config = o.config === undefined ? undefined : await readJson(o, o.config, "reports config")
    const request = action.kind === "execute" ? await readJson(o, action.file, "request") : undefined
    const db = o.db ?? DEFAULT_DB
    const common = { jurisdictions: tree ?? [], config: config as never, createTables: writing }
    if (isPostgres(db)) {
      register = await openReportRegister({ store: "postgres", url: db, maxConnections: 2, ...common })
    } else {
      const filename = resolvePath(o, db)
      if (!writing && !existsSync(filename)) throw new UsageError(`no report register at ${filename}: receive a report first (anquan reports execute) or point --db at it`)
      register = await openReportRegister({ store: "sqlite", filename, ...common })
    }
    switch (action.kind) {
      case "execute": {
        const r = await register.execute(caller, request as never)
        json({ report: encodeFile(r.file), event: encodeEvent(r.event) })
        break
      }
      case "list":
        json({ reports: (await register.list(caller, { state: action.state as ReportState | undefined, category: action.category as ReportCategory | undefined })).map((f) => encodeFile(f)) })
        break
      case "overdue":
        json({ asOf: action.asOf, overdue: await register.overdue(caller, { asOf: action.asOf, jurisdiction: o.jurisdiction }) })
        break
      case "report":
        json(await register.metrics(caller, { asOf: action.asOf, jurisdiction: o.jurisdiction }))
        break
    }
    return 0
  } catch (e) {
    return storeFailure({ ...o, format: "json" }, e).exitCode
  } finally {
    if (register !== undefined) await register.close()
  }
}
