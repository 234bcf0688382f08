/**
 * 标准化登记簿服务 — the `StandardizationRegister` effect service, on the `SqlClient` in context
 * (`StandardizationRegister.sql`), a SQLite file (`.sqlite`, the default) or PostgreSQL
 * (`.postgres`), with the hazard ledger's discipline: every write appends one event (append-only
 * table) and updates the enterprise's history in the same transaction; a stale write
 * (`expectedVersion`) fails with `RecordVersionConflict` and writes nothing, even in a race; every
 * step is checked by the workflow (`StepRefused`); the caller, roles and jurisdiction scoping are
 * the ledger's (`standardizationAuthority` says who may record which step).
 *
 * @since 0.2.0
 */
import type { JurisdictionInput } from "@anquan/core"
import { CalendarDate, JurisdictionTree } from "@anquan/core"
import type { Caller, CallerInput, PostgresConnectionOptions, SqliteStoreOptions } from "@anquan/hazard-ledger"
import {
  AuthorityMismatch,
  Caller as CallerSchema,
  decodeInput,
  describeRole,
  InvalidInput,
  ownSubjectOf,
  postgresStoreLayer,
  resolveTree,
  sqliteStoreLayer,
  storeSql,
  UnknownJurisdiction,
  versionedTransaction,
  writeVersioned
} from "@anquan/hazard-ledger"
import { Clock, Context, Effect, Layer, Schema } from "effect"
import { SqlClient, SqlError } from "effect/sql"
import type { GroupBy, RolloutTargetInput, TargetFigures } from "../domain/targets.ts"
import { RolloutTarget, rolloutRates, seedTargets } from "../domain/targets.ts"
import type { StandardizationFile, WorkflowOptions } from "../domain/workflow.ts"
import { applyStep, buildRecord, StandardizationHistory } from "../domain/workflow.ts"
import type { StandardizationEvent, StandardizationWriteRequestInput } from "./commands.ts"
import { authorizeStandardization, StandardizationEvent as EventSchema, StandardizationWriteRequest } from "./commands.ts"
import type { StandardizationRegisterError } from "./errors.ts"
import { RecordNotFound, RecordOutOfJurisdiction, RecordVersionConflict, StandardizationStorageError } from "./errors.ts"
import { prepareSchema } from "./migrations.ts"

/**
 * The result of a write: the record after it, its version and the event appended.
 *
 * @since 0.2.0
 */
export interface StandardizationWriteResult {
  readonly record: StandardizationFile
  readonly version: number
  readonly event: StandardizationEvent
}

/**
 * 标准化登记簿 — the register's operations; every one takes the caller first.
 *
 * @since 0.2.0
 */
export interface StandardizationRegisterService {
  readonly execute: (caller: CallerInput, request: StandardizationWriteRequestInput) => Effect.Effect<StandardizationWriteResult, StandardizationRegisterError>
  /** The record and its version. */
  readonly get: (caller: CallerInput, enterprise: string) => Effect.Effect<{ readonly record: StandardizationFile; readonly version: number }, StandardizationRegisterError>
  readonly history: (caller: CallerInput, enterprise: string) => Effect.Effect<ReadonlyArray<StandardizationEvent>, StandardizationRegisterError>
  /** The records in the caller's view (or a subtree of it), by enterprise. */
  readonly list: (caller: CallerInput, query?: { readonly jurisdiction?: string | undefined }) => Effect.Effect<ReadonlyArray<StandardizationFile>, StandardizationRegisterError>
  /** 达标率 of the records in the caller's view (or a subtree), at the end of `asOf`; targets default to `seedTargets`. */
  readonly rates: (
    caller: CallerInput,
    query: { readonly asOf: string; readonly jurisdiction?: string | undefined; readonly targets?: ReadonlyArray<RolloutTargetInput> | undefined; readonly groupBy?: GroupBy | undefined }
  ) => Effect.Effect<ReadonlyArray<TargetFigures>, StandardizationRegisterError>
}

/**
 * Options of every register.
 *
 * @since 0.2.0
 */
export interface StandardizationRegisterOptions extends WorkflowOptions {
  readonly jurisdictions: JurisdictionTree.JurisdictionTree | ReadonlyArray<JurisdictionInput>
  /** Table prefix; default `anquan_std_`. */
  readonly tablePrefix?: string | undefined
  /** Create or migrate the tables (default `true`); `false` requires an existing register. */
  readonly createTables?: boolean | undefined
}

const encodeEvent = Schema.encodeSync(EventSchema)
const decodeEvent = Schema.decodeUnknownSync(EventSchema)
const encodeHistory = Schema.encodeSync(StandardizationHistory)
const decodeHistory = Schema.decodeUnknownSync(StandardizationHistory)

const storage = (operation: string) => (cause: unknown) => new StandardizationStorageError({ operation, cause })

/**
 * Builds the service on the `SqlClient` in context: migrates (or checks) the tables first.
 *
 * @since 0.2.0
 */
export const makeStandardizationRegister = (
  options: StandardizationRegisterOptions
): Effect.Effect<StandardizationRegisterService, InvalidInput | StandardizationStorageError, SqlClient.SqlClient> =>
  Effect.gen(function*() {
    const { dialect, prefix: p, sql } = yield* storeSql("register", options.tablePrefix, "anquan_std_")
    const tree = yield* Effect.fromResult(resolveTree(options.jurisdictions))
    yield* prepareSchema(dialect, p, options.createTables !== false)

    const events = sql(`${p}events`)
    const records = sql(`${p}records`)
    const tables = { sql, records: `${p}records`, events: `${p}events`, key: "enterprise", noun: "record" }
    const collate = dialect === "pg" ? sql.literal(`COLLATE "C"`) : sql.literal("")
    const run = <A>(operation: string, s: Effect.Effect<A, SqlError.SqlError>) => Effect.mapError(s, storage(operation))
    const corrupt = <A>(operation: string, f: () => A) => Effect.try({ try: f, catch: storage(`${operation} (decoding a stored row)`) })

    const decodeCaller = decodeInput(CallerSchema, "caller")
    const decodeWrite = decodeInput(StandardizationWriteRequest, "execute")
    const decodeId = decodeInput(Schema.NonEmptyString, "enterprise")
    const decodeDate = decodeInput(CalendarDate.CalendarDate, "rates: asOf")
    const decodeTargets = decodeInput(Schema.Array(RolloutTarget), "rates: targets")

    const known = (code: string) => (JurisdictionTree.has(tree, code) ? Effect.succeed(code) : Effect.fail(new UnknownJurisdiction({ code })))
    const pathOf = (code: string): string => `/${JurisdictionTree.path(tree, code).map((j) => j.code).join("/")}/`

    const callerOf = (input: CallerInput): Effect.Effect<Caller, InvalidInput | UnknownJurisdiction> =>
      Effect.flatMap(decodeCaller(input), (decoded) => {
        const c: Caller = decoded.role?.kind === "department" ? { ...decoded, jurisdiction: decoded.role.jurisdiction } : decoded
        return c.jurisdiction === undefined ? Effect.succeed(c) : Effect.as(known(c.jurisdiction), c)
      })

    const guardScope = (caller: Caller, enterprise: string, jurisdiction: string) =>
      caller.jurisdiction === undefined || (JurisdictionTree.has(tree, jurisdiction) && JurisdictionTree.isWithin(tree, jurisdiction, caller.jurisdiction))
        ? Effect.void
        : Effect.fail(new RecordOutOfJurisdiction({ enterprise, jurisdiction, scope: caller.jurisdiction ?? "" }))

    const load = (enterprise: string) =>
      Effect.gen(function*() {
        const rows = yield* run("load", sql<{ data: string; version: number | string }>`SELECT data, version FROM ${records} WHERE enterprise = ${enterprise}`)
        const row = rows[0]
        return row === undefined ? undefined : { history: yield* corrupt("load", () => decodeHistory(JSON.parse(row.data))), version: Number(row.version) }
      })

    const rebuild = (history: StandardizationHistory) =>
      Effect.mapError(Effect.fromResult(buildRecord(history, options)), storage("rebuilding a stored record"))

    const apply = (caller: Caller, request: typeof StandardizationWriteRequest.Type) =>
      Effect.gen(function*() {
        const command = request.command
        const enterprise = command._tag === "Enrol" ? command.enrolment.enterprise : command.enterprise
        yield* Effect.fromResult(authorizeStandardization(caller.role, command))
        const current = yield* load(enterprise)
        if (current === undefined && command._tag !== "Enrol") return yield* new RecordNotFound({ enterprise })
        const jurisdiction = current?.history.enrolment.jurisdiction ?? (command._tag === "Enrol" ? command.enrolment.jurisdiction : "")
        yield* known(jurisdiction)
        yield* guardScope(caller, enterprise, jurisdiction)
        const actual = current?.version ?? 0
        if (actual !== request.expectedVersion) return yield* new RecordVersionConflict({ enterprise, expected: request.expectedVersion, actual })
        let history: StandardizationHistory
        if (command._tag === "Enrol") {
          history = { enrolment: command.enrolment, steps: [] }
        } else {
          const before = yield* rebuild(current!.history)
          yield* Effect.fromResult(applyStep(before, command.step, current!.history.steps.length, options))
          history = { ...current!.history, steps: [...current!.history.steps, command.step] }
        }
        const record = yield* rebuild(history)
        const base = { enterprise, version: actual + 1, at: new Date(yield* Clock.currentTimeMillis), actor: caller.actor, ...(caller.role === undefined ? {} : { role: caller.role }) }
        const event: StandardizationEvent = command._tag === "Enrol" ? { _tag: "Enrolled", ...base, enrolment: command.enrolment } : { _tag: "StepRecorded", ...base, step: command.step }
        const columns = {
          version: event.version,
          jurisdiction: history.enrolment.jurisdiction as string,
          jurisdiction_path: pathOf(history.enrolment.jurisdiction),
          sector: history.enrolment.sector,
          data: JSON.stringify(encodeHistory(history))
        }
        yield* writeVersioned(tables, { id: enterprise, expectedVersion: request.expectedVersion, row: columns, event, eventData: JSON.stringify(encodeEvent(event)) }, storage)
        return { record, version: event.version, event } satisfies StandardizationWriteResult
      })

    const transaction = versionedTransaction(sql, storage, (id) => Effect.map(load(id), (file) => file?.version), (race, actual) =>
      new RecordVersionConflict({ enterprise: race.id, expected: race.expected, actual }))

    const execute: StandardizationRegisterService["execute"] = (callerInput, requestInput) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const request = yield* decodeWrite(requestInput)
        return yield* transaction(apply(caller, request))
      })

    const visible = (caller: Caller, idInput: string) =>
      Effect.gen(function*() {
        const enterprise = yield* decodeId(idInput)
        const current = yield* load(enterprise)
        if (current === undefined) return yield* new RecordNotFound({ enterprise })
        const own = ownSubjectOf(caller)
        if (own !== undefined && own !== enterprise) {
          return yield* new AuthorityMismatch({ role: describeRole(caller.role), command: "read", field: "enterprise", expected: own, actual: enterprise })
        }
        yield* guardScope(caller, enterprise, current.history.enrolment.jurisdiction)
        return current
      })

    const get: StandardizationRegisterService["get"] = (callerInput, idInput) =>
      Effect.gen(function*() {
        const current = yield* visible(yield* callerOf(callerInput), idInput)
        return { record: yield* rebuild(current.history), version: current.version }
      })

    const history: StandardizationRegisterService["history"] = (callerInput, idInput) =>
      Effect.gen(function*() {
        const current = yield* visible(yield* callerOf(callerInput), idInput)
        const rows = yield* run("history", sql<{ data: string }>`SELECT data FROM ${events} WHERE enterprise = ${current.history.enrolment.enterprise} ORDER BY version`)
        return yield* corrupt("history", () => rows.map((r) => decodeEvent(JSON.parse(r.data))))
      })

    const select = (caller: Caller, jurisdiction: string | undefined) =>
      Effect.gen(function*() {
        if (jurisdiction !== undefined) yield* known(jurisdiction)
        const prefixes = [caller.jurisdiction, jurisdiction].filter((c): c is string => c !== undefined).map(pathOf)
        const own = ownSubjectOf(caller)
        const c = [
          ...prefixes.map((prefix) => sql`jurisdiction_path LIKE ${`${prefix}%`}`),
          ...(own === undefined ? [] : [sql`enterprise = ${own}`])
        ]
        const rows = yield* run("list", sql<{ data: string }>`
          SELECT data FROM ${records} ${c.length === 0 ? sql.literal("") : sql`WHERE ${sql.and(c)}`} ORDER BY enterprise ${collate}`)
        const histories = yield* corrupt("list", () => rows.map((r) => decodeHistory(JSON.parse(r.data))))
        return yield* Effect.forEach(histories, rebuild)
      })

    const list: StandardizationRegisterService["list"] = (callerInput, query = {}) =>
      Effect.flatMap(callerOf(callerInput), (caller) => select(caller, query.jurisdiction))

    const rates: StandardizationRegisterService["rates"] = (callerInput, query) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const asOf = yield* decodeDate(query.asOf)
        const targets = yield* decodeTargets(query.targets ?? seedTargets)
        const files = yield* select(caller, query.jurisdiction)
        return rolloutRates(files, targets, { asOf, jurisdictions: tree, groupBy: query.groupBy })
      })

    return { execute, get, history, list, rates } satisfies StandardizationRegisterService
  })

/** Options of {@link StandardizationRegister.sqlite}. @since 0.2.0 */
export interface SqliteStandardizationRegisterOptions extends StandardizationRegisterOptions, SqliteStoreOptions {}

/** Options of {@link StandardizationRegister.postgres}. @since 0.2.0 */
export interface PostgresStandardizationRegisterOptions extends StandardizationRegisterOptions, PostgresConnectionOptions {}

/**
 * The register service tag.
 *
 * @since 0.2.0
 */
export class StandardizationRegister extends Context.Service<StandardizationRegister, StandardizationRegisterService>()("@anquan/standardization/StandardizationRegister") {
  /** A register on the `SqlClient` in context. @since 0.2.0 */
  static sql(options: StandardizationRegisterOptions): Layer.Layer<StandardizationRegister, InvalidInput | StandardizationStorageError, SqlClient.SqlClient> {
    return Layer.effect(StandardizationRegister, makeStandardizationRegister(options))
  }

  /** A register in a SQLite file (it may be the hazard ledger's file). @since 0.2.0 */
  static sqlite(options: SqliteStandardizationRegisterOptions): Layer.Layer<StandardizationRegister, InvalidInput | StandardizationStorageError> {
    return sqliteStoreLayer(StandardizationRegister, makeStandardizationRegister(options), options, storage)
  }

  /** A register in PostgreSQL through `@effect/sql-pg` (an optional peer). @since 0.2.0 */
  static postgres(options: PostgresStandardizationRegisterOptions): Layer.Layer<StandardizationRegister, InvalidInput | StandardizationStorageError> {
    return postgresStoreLayer(StandardizationRegister, makeStandardizationRegister(options), options, storage)
  }
}

