/**
 * 举报登记簿服务 — the `ReportRegister` effect service, on the `SqlClient` in context
 * (`ReportRegister.sql`), a SQLite file (`ReportRegister.sqlite`, the default) or PostgreSQL
 * (`ReportRegister.postgres`), with the hazard ledger's discipline:
 *
 * - **history kept**: every write appends one event (append-only table) and updates the projection
 *   of the report in the same transaction;
 * - **stale writes rejected**: a write names the version it saw (`expectedVersion`, 0 for a new
 *   report); a stale write fails with `ReportVersionConflict` and writes nothing, even in a race;
 * - **transitions validated**: `decide` refuses a step out of order, dated before the step it
 *   follows, or a reward outside the configured levels (`ReportTransitionRefused`);
 * - **jurisdiction scoping and roles**: the ledger's `Caller` and `Role`; a caller bound to a
 *   jurisdiction reads and writes only its subtree; the roles' rights are `reportAuthority`;
 * - **the reporter protected**: every file and event returned passes the ledger's
 *   `redactReporter`; input errors are the ledger's `InvalidInput`, which names the path of a bad
 *   value, never the value.
 *
 * @since 0.2.0
 */
import type { JurisdictionInput } from "@anquan/core"
import { CalendarDate, JurisdictionTree } from "@anquan/core"
import type { Caller, CallerInput, PostgresConnectionOptions, SqliteStoreOptions } from "@anquan/hazard-ledger"
import { Caller as CallerSchema, decodeInput, InvalidInput, postgresStoreLayer, resolveTree, sqliteStoreLayer, storeSql, UnknownJurisdiction, versionedTransaction, writeVersioned } from "@anquan/hazard-ledger"
import { Clock, Context, Effect, Layer, Schema } from "effect"
import { SqlClient, SqlError } from "effect/sql"
import { authorizeReport, redactReportEvent, redactReportFile } from "../domain/access.ts"
import type { ReportCommand, ReportEvent, ReportFile, ReportState, ReportWriteRequestInput } from "../domain/commands.ts"
import {
  decide,
  evolve,
  ReportEvent as ReportEventSchema,
  ReportFile as ReportFileSchema,
  reportIdOf,
  ReportState as ReportStateSchema,
  ReportWriteRequest
} from "../domain/commands.ts"
import type { ReportsConfig, ReportsConfigInput } from "../domain/config.ts"
import { ReportsConfig as ReportsConfigSchema } from "../domain/config.ts"
import type { ReportRegisterError } from "../domain/errors.ts"
import { ReportNotFound, ReportOutOfJurisdiction, ReportStorageError, ReportVersionConflict } from "../domain/errors.ts"
import type { OverdueReport, ReportMetrics } from "../domain/metrics.ts"
import { computeReportMetrics, overdueSteps } from "../domain/metrics.ts"
import type { ReportCategory } from "../domain/model.ts"
import { ReportCategory as ReportCategorySchema } from "../domain/model.ts"
import { prepareSchema } from "./migrations.ts"

/**
 * The result of a write: the file after it and the event appended, both as the caller may see them.
 *
 * @since 0.2.0
 */
export interface ReportWriteResult {
  readonly file: ReportFile
  readonly event: ReportEvent
}

/**
 * A filtered read: every condition present must hold.
 *
 * @since 0.2.0
 */
export interface ReportListQuery {
  readonly state?: ReportState | undefined
  readonly category?: ReportCategory | undefined
  /** Only this jurisdiction's subtree (within the caller's). */
  readonly jurisdiction?: string | undefined
}

/**
 * 举报登记簿 — the register's operations; every one takes the caller first.
 *
 * @since 0.2.0
 */
export interface ReportRegisterService {
  /** The deadlines and reward levels the register applies. */
  readonly config: ReportsConfig
  /** Applies a command, if the report is still at `expectedVersion`. */
  readonly execute: (caller: CallerInput, request: ReportWriteRequestInput) => Effect.Effect<ReportWriteResult, ReportRegisterError>
  readonly get: (caller: CallerInput, reportId: string) => Effect.Effect<ReportFile, ReportRegisterError>
  /** A report's events, version 1 first. */
  readonly history: (caller: CallerInput, reportId: string) => Effect.Effect<ReadonlyArray<ReportEvent>, ReportRegisterError>
  /** The reports in the caller's view, by id. */
  readonly list: (caller: CallerInput, query?: ReportListQuery) => Effect.Effect<ReadonlyArray<ReportFile>, ReportRegisterError>
  /** The steps late at the end of `asOf` (no reporter in them), most days late first. */
  readonly overdue: (caller: CallerInput, query: { readonly asOf: string; readonly jurisdiction?: string | undefined }) => Effect.Effect<ReadonlyArray<OverdueReport>, ReportRegisterError>
  /** The figures of the reports in the caller's view (or a subtree of it) at the end of `asOf`. */
  readonly metrics: (caller: CallerInput, query: { readonly asOf: string; readonly jurisdiction?: string | undefined }) => Effect.Effect<ReportMetrics, ReportRegisterError>
}

/**
 * Options of every register.
 *
 * @since 0.2.0
 */
export interface ReportRegisterOptions {
  /** The jurisdiction tree: reports and callers must be in it. */
  readonly jurisdictions: JurisdictionTree.JurisdictionTree | ReadonlyArray<JurisdictionInput>
  /** Deadlines and reward levels; default none (`defaultReportsConfig`). */
  readonly config?: ReportsConfigInput | undefined
  /** Table prefix: lowercase letters, digits, `_`, starting with a letter; default `anquan_reports_`. */
  readonly tablePrefix?: string | undefined
  /** Create or migrate the tables (default `true`); `false` requires an existing register. */
  readonly createTables?: boolean | undefined
}

const encodeEvent = Schema.encodeSync(ReportEventSchema)
const decodeEvent = Schema.decodeUnknownSync(ReportEventSchema)
const encodeFile = Schema.encodeSync(ReportFileSchema)
const decodeFile = Schema.decodeUnknownSync(ReportFileSchema)

const storage = (operation: string) => (cause: unknown) => new ReportStorageError({ operation, cause })

/**
 * Builds the service on the `SqlClient` in context: migrates (or checks) the tables first.
 *
 * @since 0.2.0
 */
export const makeReportRegister = (options: ReportRegisterOptions): Effect.Effect<ReportRegisterService, InvalidInput | ReportStorageError, SqlClient.SqlClient> =>
  Effect.gen(function*() {
    const { dialect, prefix: p, sql } = yield* storeSql("register", options.tablePrefix, "anquan_reports_")
    const tree = yield* Effect.fromResult(resolveTree(options.jurisdictions))
    const config = yield* decodeInput(ReportsConfigSchema, "register options: config")(options.config ?? {})
    yield* prepareSchema(dialect, p, options.createTables !== false)

    const events = sql(`${p}events`)
    const reports = sql(`${p}reports`)
    const tables = { sql, records: `${p}reports`, events: `${p}events`, key: "report_id", noun: "report" }
    const collate = dialect === "pg" ? sql.literal(`COLLATE "C"`) : sql.literal("")
    const run = <A>(operation: string, s: Effect.Effect<A, SqlError.SqlError>) => Effect.mapError(s, storage(operation))
    const corrupt = <A>(operation: string, f: () => A) => Effect.try({ try: f, catch: storage(`${operation} (decoding a stored row)`) })

    const decodeCaller = decodeInput(CallerSchema, "caller")
    const decodeWrite = decodeInput(ReportWriteRequest, "execute")
    const decodeId = decodeInput(Schema.NonEmptyString, "report id")
    const decodeState = decodeInput(ReportStateSchema, "list: state")
    const decodeCategory = decodeInput(ReportCategorySchema, "list: category")
    const decodeDate = decodeInput(CalendarDate.CalendarDate, "asOf")

    const known = (code: string) => (JurisdictionTree.has(tree, code) ? Effect.succeed(code) : Effect.fail(new UnknownJurisdiction({ code })))
    const pathOf = (code: string): string => `/${JurisdictionTree.path(tree, code).map((j) => j.code).join("/")}/`

    const callerOf = (input: CallerInput): Effect.Effect<Caller, InvalidInput | UnknownJurisdiction> =>
      Effect.flatMap(decodeCaller(input), (decoded) => {
        const c: Caller = decoded.role?.kind === "department" ? { ...decoded, jurisdiction: decoded.role.jurisdiction } : decoded
        return c.jurisdiction === undefined ? Effect.succeed(c) : Effect.as(known(c.jurisdiction), c)
      })

    const inScope = (caller: Caller, jurisdiction: string) =>
      caller.jurisdiction === undefined || (JurisdictionTree.has(tree, jurisdiction) && JurisdictionTree.isWithin(tree, jurisdiction, caller.jurisdiction))

    const guardScope = (caller: Caller, reportId: string, jurisdiction: string) =>
      inScope(caller, jurisdiction) ? Effect.void : Effect.fail(new ReportOutOfJurisdiction({ reportId, jurisdiction, scope: caller.jurisdiction ?? "" }))

    const load = (id: string) =>
      Effect.gen(function*() {
        const rows = yield* run("load", sql<{ data: string }>`SELECT data FROM ${reports} WHERE report_id = ${id}`)
        const row = rows[0]
        return row === undefined ? undefined : yield* corrupt("load", () => decodeFile(JSON.parse(row.data)))
      })

    /** One write, inside the transaction; returns the unredacted file and event. */
    const apply = (caller: Caller, command: ReportCommand, expectedVersion: number) =>
      Effect.gen(function*() {
        const id = reportIdOf(command)
        yield* Effect.fromResult(authorizeReport(caller.role, command._tag))
        const current = yield* load(id)
        const actual = current?.version ?? 0
        if (current === undefined && command._tag !== "Receive") return yield* new ReportNotFound({ reportId: id })
        const jurisdiction = current?.report.jurisdiction ?? (command._tag === "Receive" ? command.report.jurisdiction : "")
        yield* known(jurisdiction)
        yield* guardScope(caller, id, jurisdiction)
        if (actual !== expectedVersion) return yield* new ReportVersionConflict({ reportId: id, expected: expectedVersion, actual })
        const body = yield* Effect.fromResult(decide(current, command, config))
        const event = {
          ...body,
          reportId: id,
          version: actual + 1,
          at: new Date(yield* Clock.currentTimeMillis),
          actor: caller.actor,
          ...(caller.role === undefined ? {} : { role: caller.role })
        } as ReportEvent
        const file = evolve(current, event)
        const columns = {
          version: file.version,
          jurisdiction: file.report.jurisdiction as string,
          jurisdiction_path: pathOf(file.report.jurisdiction),
          state: file.state,
          category: file.report.category,
          received_on: CalendarDate.format(file.report.receivedOn),
          data: JSON.stringify(encodeFile(file))
        }
        yield* writeVersioned(tables, { id, expectedVersion, row: columns, event, eventData: JSON.stringify(encodeEvent(event)) }, storage)
        return { file, event } satisfies ReportWriteResult
      })

    /** Runs a write in one transaction; a lost race is reported as the version conflict it is. */
    const transaction = versionedTransaction(sql, storage, (id) => Effect.map(load(id), (file) => file?.version), (race, actual) =>
      new ReportVersionConflict({ reportId: race.id, expected: race.expected, actual }))

    const execute: ReportRegisterService["execute"] = (callerInput, requestInput) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const request = yield* decodeWrite(requestInput)
        const r = yield* transaction(apply(caller, request.command, request.expectedVersion))
        return { file: redactReportFile(r.file, caller), event: redactReportEvent(r.event, caller) }
      })

    const getVisible = (caller: Caller, idInput: string) =>
      Effect.gen(function*() {
        yield* Effect.fromResult(authorizeReport(caller.role, "read"))
        const id = yield* decodeId(idInput)
        const file = yield* load(id)
        if (file === undefined) return yield* new ReportNotFound({ reportId: id })
        yield* guardScope(caller, id, file.report.jurisdiction)
        return file
      })

    const get: ReportRegisterService["get"] = (callerInput, idInput) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        return redactReportFile(yield* getVisible(caller, idInput), caller)
      })

    const history: ReportRegisterService["history"] = (callerInput, idInput) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const file = yield* getVisible(caller, idInput)
        const rows = yield* run("history", sql<{ data: string }>`SELECT data FROM ${events} WHERE report_id = ${file.report.id} ORDER BY version`)
        const decoded = yield* corrupt("history", () => rows.map((r) => decodeEvent(JSON.parse(r.data))))
        return decoded.map((e) => redactReportEvent(e, caller))
      })

    /** The files in the caller's view, unredacted (internal). */
    const select = (caller: Caller, query: ReportListQuery) =>
      Effect.gen(function*() {
        yield* Effect.fromResult(authorizeReport(caller.role, "read"))
        const state = query.state === undefined ? undefined : yield* decodeState(query.state)
        const category = query.category === undefined ? undefined : yield* decodeCategory(query.category)
        if (query.jurisdiction !== undefined) yield* known(query.jurisdiction)
        const prefixes = [caller.jurisdiction, query.jurisdiction].filter((c): c is string => c !== undefined).map(pathOf)
        const c = [
          ...prefixes.map((prefix) => sql`jurisdiction_path LIKE ${`${prefix}%`}`),
          ...(state === undefined ? [] : [sql`state = ${state}`]),
          ...(category === undefined ? [] : [sql`category = ${category}`])
        ]
        const rows = yield* run("list", sql<{ data: string }>`
          SELECT data FROM ${reports} ${c.length === 0 ? sql.literal("") : sql`WHERE ${sql.and(c)}`} ORDER BY report_id ${collate}`)
        return yield* corrupt("list", () => rows.map((r) => decodeFile(JSON.parse(r.data))))
      })

    const list: ReportRegisterService["list"] = (callerInput, query = {}) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        return (yield* select(caller, query)).map((f) => redactReportFile(f, caller))
      })

    const dated = (callerInput: CallerInput, query: { readonly asOf: string; readonly jurisdiction?: string | undefined }) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const asOf = yield* decodeDate(query.asOf)
        const files = yield* select(caller, { jurisdiction: query.jurisdiction })
        return { asOf, files }
      })

    const overdue: ReportRegisterService["overdue"] = (callerInput, query) =>
      Effect.map(dated(callerInput, query), ({ asOf, files }) =>
        files.flatMap((f) => overdueSteps(f, asOf, config.deadlines)).sort((a, b) => b.daysLate - a.daysLate))

    const metrics: ReportRegisterService["metrics"] = (callerInput, query) =>
      Effect.map(dated(callerInput, query), ({ asOf, files }) => computeReportMetrics(files, asOf, config))

    return { config, execute, get, history, list, overdue, metrics } satisfies ReportRegisterService
  })

/** Options of {@link ReportRegister.sqlite}. @since 0.2.0 */
export interface SqliteReportRegisterOptions extends ReportRegisterOptions, SqliteStoreOptions {}

/** Options of {@link ReportRegister.postgres}. @since 0.2.0 */
export interface PostgresReportRegisterOptions extends ReportRegisterOptions, PostgresConnectionOptions {}

/**
 * The register service tag.
 *
 * @since 0.2.0
 */
export class ReportRegister extends Context.Service<ReportRegister, ReportRegisterService>()("@anquan/whistleblowing/ReportRegister") {
  /** A register on the `SqlClient` in context. @since 0.2.0 */
  static sql(options: ReportRegisterOptions): Layer.Layer<ReportRegister, InvalidInput | ReportStorageError, SqlClient.SqlClient> {
    return Layer.effect(ReportRegister, makeReportRegister(options))
  }

  /**
   * A register in a SQLite file (the default; it may be the hazard ledger's file: the tables have
   * their own prefix). A reader (`createTables: false`) opens the file read-only.
   *
   * @since 0.2.0
   */
  static sqlite(options: SqliteReportRegisterOptions): Layer.Layer<ReportRegister, InvalidInput | ReportStorageError> {
    return sqliteStoreLayer(ReportRegister, makeReportRegister(options), options, storage)
  }

  /**
   * A register in PostgreSQL through `@effect/sql-pg` (an optional peer, loaded when the layer is
   * built).
   *
   * @since 0.2.0
   */
  static postgres(options: PostgresReportRegisterOptions): Layer.Layer<ReportRegister, InvalidInput | ReportStorageError> {
    return postgresStoreLayer(ReportRegister, makeReportRegister(options), options, storage)
  }
}
