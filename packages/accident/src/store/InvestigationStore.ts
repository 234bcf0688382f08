/**
 * 事故调查案件库 — the `InvestigationStore` effect service: accident investigations kept on the
 * `SqlClient` in context (`InvestigationStore.sql`), a SQLite file (`InvestigationStore.sqlite`, the
 * default; it may be the hazard ledger's file: the tables have their own prefix) or PostgreSQL
 * (`InvestigationStore.postgres`), with the hazard ledger's discipline, on the shared store layers
 * of `@anquan/hazard-ledger` (`sqliteStoreLayer`, `postgresStoreLayer`, `prepareStoreSchema`):
 *
 * - **history kept**: `open` and every step append one event (append-only table) and update the
 *   projection of the case in the same transaction; `history` returns the events;
 * - **stale writes rejected**: a step names the version it saw (`expectedVersion`); a stale one fails
 *   with `InvestigationVersionConflict` and writes nothing, even when two writers race; opening an
 *   accident already open is one too (expected 0);
 * - **steps decided**: `applyStep` refuses a second start, submission or approval and any step that
 *   would make the case invalid (`InvestigationStepRefused`, with every problem and its path);
 * - **jurisdiction scoping and roles**: the caller and its roles are the ledger's; a caller bound to a
 *   jurisdiction reads and writes only its subtree's accidents; enterprise personnel read their own
 *   accidents only and write none; writes are for departments (the government investigating) and
 *   the system import;
 * - **bad input rejected**: every input is decoded (`InvalidInput` with every problem and its path).
 *
 * `check` runs `checkInvestigation` (deadlines, level, closure checklist) on every case in view, as
 * of a day: the store keeps facts, the as-of check stays pure.
 *
 * @since 0.2.0
 */
import type { AccidentGrade, JurisdictionInput } from "@anquan/core"
import { accidentGradeOf, AccidentGrade as AccidentGradeSchema, CalendarDate, JurisdictionTree } from "@anquan/core"
import type { Caller, CallerInput, PostgresConnectionOptions, SqliteStoreOptions } from "@anquan/hazard-ledger"
import {
  Actor,
  AuthorityMismatch,
  Caller as CallerSchema,
  CommandNotPermitted,
  decodeInput,
  describeRole,
  Instant,
  InvalidInput,
  ownSubjectOf,
  postgresStoreLayer,
  resolveTree,
  Role,
  sqliteStoreLayer,
  storeSql,
  UnknownJurisdiction,
  versionedTransaction,
  writeVersioned
} from "@anquan/hazard-ledger"
import { Clock, Context, Effect, Layer, Schema } from "effect"
import { SqlClient, SqlError } from "effect/sql"
import type { InvestigationCheck, InvestigationOptions } from "../Investigation.ts"
import { checkInvestigation, InvestigationCase } from "../Investigation.ts"
import { applyStep, InvestigationStep } from "../InvestigationSteps.ts"
import type { InvestigationStoreError } from "./errors.ts"
import { InvestigationNotFound, InvestigationOutOfJurisdiction, InvestigationStorageError, InvestigationVersionConflict } from "./errors.ts"
import { prepareInvestigationSchema } from "./migrations.ts"

const envelope = {
  accidentId: Schema.NonEmptyString,
  version: Schema.Int.check(Schema.isGreaterThan(0)),
  at: Instant,
  actor: Actor,
  role: Schema.optionalKey(Role)
} as const

/**
 * 事件 — an investigation opened (with its case as given) or a step recorded.
 *
 * @since 0.2.0
 */
export const InvestigationEvent = Schema.Union([
  Schema.TaggedStruct("InvestigationOpened", { ...envelope, case: InvestigationCase }),
  Schema.TaggedStruct("StepRecorded", { ...envelope, step: InvestigationStep })
]).annotate({ identifier: "InvestigationEvent" })
/** @since 0.2.0 */
export type InvestigationEvent = typeof InvestigationEvent.Type

/**
 * An investigation as stored: the case, its version (the number of events) and when it last changed.
 *
 * @since 0.2.0
 */
export const InvestigationFile = Schema.Struct({ case: InvestigationCase, version: Schema.Int, updatedAt: Instant }).annotate({ identifier: "InvestigationFile" })
/** @since 0.2.0 */
export type InvestigationFile = typeof InvestigationFile.Type

/** A step request: the accident, the step, and the version last seen. @since 0.2.0 */
export const InvestigationStepRequest = Schema.Struct({
  accidentId: Schema.NonEmptyString,
  step: InvestigationStep,
  expectedVersion: Schema.Int.check(Schema.isGreaterThan(0))
}).annotate({ identifier: "InvestigationStepRequest" })
/** @since 0.2.0 */
export type InvestigationStepRequestInput = typeof InvestigationStepRequest.Encoded

/** The result of a write: the file after it and the event appended. @since 0.2.0 */
export interface InvestigationWriteResult {
  readonly file: InvestigationFile
  readonly event: InvestigationEvent
}

/** A filtered read: every condition present must hold. @since 0.2.0 */
export interface InvestigationListQuery {
  /** Only this jurisdiction's subtree (within the caller's). */
  readonly jurisdiction?: string | undefined
  readonly grade?: string | undefined
}

/**
 * 事故调查案件库 — the operations; every one takes the caller first.
 *
 * @since 0.2.0
 */
export interface InvestigationStoreService {
  /** Opens the investigation of an accident (version 1); an accident already open is a conflict. */
  readonly open: (caller: CallerInput, investigation: unknown) => Effect.Effect<InvestigationWriteResult, InvestigationStoreError>
  /** Opens several investigations (an array) in one transaction: all or nothing. */
  readonly openAll: (caller: CallerInput, investigations: unknown) => Effect.Effect<ReadonlyArray<InvestigationWriteResult>, InvestigationStoreError>
  /** Records one step, if the investigation is still at `expectedVersion`. */
  readonly record: (caller: CallerInput, request: InvestigationStepRequestInput) => Effect.Effect<InvestigationWriteResult, InvestigationStoreError>
  readonly get: (caller: CallerInput, accidentId: string) => Effect.Effect<InvestigationFile, InvestigationStoreError>
  /** An investigation's events, version 1 first. */
  readonly history: (caller: CallerInput, accidentId: string) => Effect.Effect<ReadonlyArray<InvestigationEvent>, InvestigationStoreError>
  /** The investigations in the caller's view, by accident id. */
  readonly list: (caller: CallerInput, query?: InvestigationListQuery) => Effect.Effect<ReadonlyArray<InvestigationFile>, InvestigationStoreError>
  /** `checkInvestigation` of every investigation in view as of a day (`YYYY-MM-DD`), by accident id. */
  readonly check: (
    caller: CallerInput,
    query: { readonly asOf: string; readonly jurisdiction?: string | undefined; readonly counting?: Omit<InvestigationOptions, "isWorkingDay"> | undefined }
  ) => Effect.Effect<ReadonlyArray<InvestigationCheck>, InvestigationStoreError>
}

/** Options of every store. @since 0.2.0 */
export interface InvestigationStoreOptions {
  /** The jurisdiction tree: accidents and bound callers must be in it (reads by an unbound caller need none: `[]`). */
  readonly jurisdictions: JurisdictionTree.JurisdictionTree | ReadonlyArray<JurisdictionInput>
  /** Table prefix: lowercase letters, digits, `_`, starting with a letter; default `anquan_investigation_`. */
  readonly tablePrefix?: string | undefined
  /** Create or migrate the tables (default `true`); `false` requires an existing store. */
  readonly createTables?: boolean | undefined
}

/** Who writes: the government investigating (a department) and the system import. */
const WRITERS = ["department", "system"] as const

const encodeEvent = Schema.encodeSync(InvestigationEvent)
const decodeEvent = Schema.decodeUnknownSync(InvestigationEvent)
const encodeFile = Schema.encodeSync(InvestigationFile)
const decodeFile = Schema.decodeUnknownSync(InvestigationFile)
const storage = (operation: string) => (cause: unknown) => new InvestigationStorageError({ operation, cause })

/**
 * Builds the service on the `SqlClient` in context: migrates (or checks) the tables first.
 *
 * @since 0.2.0
 */
export const makeInvestigationStore = (
  options: InvestigationStoreOptions
): Effect.Effect<InvestigationStoreService, InvalidInput | InvestigationStorageError, SqlClient.SqlClient> =>
  Effect.gen(function*() {
    const { dialect, prefix: p, sql } = yield* storeSql("investigation store", options.tablePrefix, "anquan_investigation_")
    const tree = yield* Effect.fromResult(resolveTree(options.jurisdictions))
    yield* prepareInvestigationSchema(dialect, p, options.createTables !== false)

    const events = sql(`${p}events`)
    const cases = sql(`${p}cases`)
    const tables = { sql, records: `${p}cases`, events: `${p}events`, key: "accident_id", noun: "case" }
    const collate = dialect === "pg" ? sql.literal(`COLLATE "C"`) : sql.literal("")
    const run = <A>(operation: string, s: Effect.Effect<A, SqlError.SqlError>) => Effect.mapError(s, storage(operation))
    const corrupt = <A>(operation: string, f: () => A) => Effect.try({ try: f, catch: storage(`${operation} (decoding a stored row)`) })

    const decodeCaller = decodeInput(CallerSchema, "caller")
    const decodeCase = decodeInput(InvestigationCase, "open: investigation")
    const decodeCases = decodeInput(Schema.Array(InvestigationCase), "openAll: investigations")
    const decodeRequest = decodeInput(InvestigationStepRequest, "record")
    const decodeId = decodeInput(Schema.NonEmptyString, "accident id")
    const decodeGrade = decodeInput(AccidentGradeSchema, "list: grade")
    const decodeDay = (entryPoint: string) => decodeInput(CalendarDate.CalendarDate, entryPoint)

    const known = (code: string) => (JurisdictionTree.has(tree, code) ? Effect.succeed(code) : Effect.fail(new UnknownJurisdiction({ code })))
    const pathOf = (code: string): string => `/${JurisdictionTree.path(tree, code).map((j) => j.code).join("/")}/`

    const callerOf = (input: CallerInput): Effect.Effect<Caller, InvalidInput | UnknownJurisdiction> =>
      Effect.flatMap(decodeCaller(input), (decoded) => {
        const c: Caller = decoded.role?.kind === "department" ? { ...decoded, jurisdiction: decoded.role.jurisdiction } : decoded
        return c.jurisdiction === undefined ? Effect.succeed(c) : Effect.as(known(c.jurisdiction), c)
      })

    const guardWrite = (caller: Caller, command: string) => {
      const kind = caller.role?.kind
      return kind !== undefined && (WRITERS as ReadonlyArray<string>).includes(kind)
        ? Effect.void
        : Effect.fail(new CommandNotPermitted({ role: describeRole(caller.role), command, allowed: [...WRITERS] }))
    }

    const guardScope = (caller: Caller, c: InvestigationCase): Effect.Effect<void, InvestigationOutOfJurisdiction | UnknownJurisdiction> =>
      Effect.flatMap(known(c.accident.jurisdiction), () =>
        caller.jurisdiction === undefined || JurisdictionTree.isWithin(tree, c.accident.jurisdiction, caller.jurisdiction)
          ? Effect.void
          : Effect.fail(new InvestigationOutOfJurisdiction({ accidentId: c.accident.id, jurisdiction: c.accident.jurisdiction, scope: caller.jurisdiction })))

    const guardRead = (caller: Caller, file: InvestigationFile) => {
      const a = file.case.accident
      const own = ownSubjectOf(caller)
      if (own !== undefined && own !== a.subject) {
        return Effect.fail(new AuthorityMismatch({ role: describeRole(caller.role), command: "read", field: "accident.subject", expected: own, actual: a.subject ?? "" }))
      }
      const inScope = caller.jurisdiction === undefined || (JurisdictionTree.has(tree, a.jurisdiction) && JurisdictionTree.isWithin(tree, a.jurisdiction, caller.jurisdiction))
      return inScope ? Effect.void : Effect.fail(new InvestigationOutOfJurisdiction({ accidentId: a.id, jurisdiction: a.jurisdiction, scope: caller.jurisdiction ?? "" }))
    }

    const load = (id: string) =>
      Effect.gen(function*() {
        const rows = yield* run("load", sql<{ data: string }>`SELECT data FROM ${cases} WHERE accident_id = ${id}`)
        const row = rows[0]
        return row === undefined ? undefined : yield* corrupt("load", () => decodeFile(JSON.parse(row.data)))
      })

    /** Writes the case at its new version and appends the event, inside the caller's transaction. */
    const write = (caller: Caller, next: InvestigationCase, expectedVersion: number, body: { readonly _tag: "InvestigationOpened"; readonly case: InvestigationCase } | { readonly _tag: "StepRecorded"; readonly step: InvestigationStep }) =>
      Effect.gen(function*() {
        const id = next.accident.id
        const at = new Date(yield* Clock.currentTimeMillis)
        const event = { ...body, accidentId: id, version: expectedVersion + 1, at, actor: caller.actor, ...(caller.role === undefined ? {} : { role: caller.role }) } as InvestigationEvent
        const file: InvestigationFile = { case: next, version: expectedVersion + 1, updatedAt: at }
        const grade: AccidentGrade = accidentGradeOf(next.accident)
        const columns = {
          version: file.version,
          grade,
          jurisdiction: next.accident.jurisdiction as string,
          jurisdiction_path: pathOf(next.accident.jurisdiction),
          data: JSON.stringify(encodeFile(file))
        }
        yield* writeVersioned(tables, { id, expectedVersion, row: columns, event, eventData: JSON.stringify(encodeEvent(event)) }, storage)
        return { file, event } satisfies InvestigationWriteResult
      })

    const transaction = versionedTransaction(sql, storage, (id) => Effect.map(load(id), (file) => file?.version), (race, actual) =>
      new InvestigationVersionConflict({ accidentId: race.id, expected: race.expected, actual }))

    const openOne = (caller: Caller, c: InvestigationCase) =>
      Effect.gen(function*() {
        const current = yield* load(c.accident.id)
        if (current !== undefined) return yield* new InvestigationVersionConflict({ accidentId: c.accident.id, expected: 0, actual: current.version })
        return yield* write(caller, c, 0, { _tag: "InvestigationOpened", case: c })
      })

    const open: InvestigationStoreService["open"] = (callerInput, input) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        yield* guardWrite(caller, "open")
        const c = yield* decodeCase(input)
        yield* guardScope(caller, c)
        return yield* transaction(openOne(caller, c))
      })

    const openAll: InvestigationStoreService["openAll"] = (callerInput, input) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        yield* guardWrite(caller, "openAll")
        const all = yield* decodeCases(input)
        const ids = new Set<string>()
        for (const [i, c] of all.entries()) {
          if (ids.has(c.accident.id)) {
            return yield* new InvalidInput({ entryPoint: "openAll: investigations", issues: [{ path: [i, "accident", "id"], message: `accident ${c.accident.id} appears twice` }] })
          }
          ids.add(c.accident.id)
          yield* guardScope(caller, c)
        }
        return yield* transaction(Effect.forEach(all, (c) => openOne(caller, c)))
      })

    const record: InvestigationStoreService["record"] = (callerInput, requestInput) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const request = yield* decodeRequest(requestInput)
        yield* guardWrite(caller, request.step._tag)
        return yield* transaction(Effect.gen(function*() {
          const current = yield* load(request.accidentId)
          if (current === undefined) return yield* new InvestigationNotFound({ accidentId: request.accidentId })
          if (current.version !== request.expectedVersion) {
            return yield* new InvestigationVersionConflict({ accidentId: request.accidentId, expected: request.expectedVersion, actual: current.version })
          }
          yield* guardScope(caller, current.case)
          const next = yield* Effect.fromResult(applyStep(current.case, request.step))
          return yield* write(caller, next, current.version, { _tag: "StepRecorded", step: request.step })
        }))
      })

    const get: InvestigationStoreService["get"] = (callerInput, idInput) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const id = yield* decodeId(idInput)
        const file = yield* load(id)
        if (file === undefined) return yield* new InvestigationNotFound({ accidentId: id })
        yield* guardRead(caller, file)
        return file
      })

    const history: InvestigationStoreService["history"] = (callerInput, idInput) =>
      Effect.gen(function*() {
        yield* get(callerInput, idInput)
        const rows = yield* run("history", sql<{ data: string }>`SELECT data FROM ${events} WHERE accident_id = ${idInput} ORDER BY version`)
        return yield* corrupt("history", () => rows.map((r) => decodeEvent(JSON.parse(r.data))))
      })

    const select = (caller: Caller, query: InvestigationListQuery) =>
      Effect.gen(function*() {
        const grade = query.grade === undefined ? undefined : yield* decodeGrade(query.grade)
        if (query.jurisdiction !== undefined) yield* known(query.jurisdiction)
        const prefixes = [caller.jurisdiction, query.jurisdiction].filter((c): c is string => c !== undefined).map(pathOf)
        const c = [
          ...prefixes.map((prefix) => sql`jurisdiction_path LIKE ${`${prefix}%`}`),
          ...(grade === undefined ? [] : [sql`grade = ${grade}`])
        ]
        const rows = yield* run("list", sql<{ data: string }>`
          SELECT data FROM ${cases} ${c.length === 0 ? sql.literal("") : sql`WHERE ${sql.and(c)}`} ORDER BY accident_id ${collate}`)
        const files = yield* corrupt("list", () => rows.map((r) => decodeFile(JSON.parse(r.data))))
        const own = ownSubjectOf(caller)
        return own === undefined ? files : files.filter((f) => f.case.accident.subject === own)
      })

    const list: InvestigationStoreService["list"] = (callerInput, query = {}) => Effect.flatMap(callerOf(callerInput), (caller) => select(caller, query))

    const check: InvestigationStoreService["check"] = (callerInput, query) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const asOf = yield* decodeDay("check: asOf")(query.asOf)
        const files = yield* select(caller, { jurisdiction: query.jurisdiction })
        return files.map((f) => checkInvestigation(f.case, asOf, query.counting ?? {}))
      })

    return { open, openAll, record, get, history, list, check } satisfies InvestigationStoreService
  })

/** Options of {@link InvestigationStore.sqlite}. @since 0.2.0 */
export interface SqliteInvestigationStoreOptions extends InvestigationStoreOptions, SqliteStoreOptions {}

/** Options of {@link InvestigationStore.postgres}. @since 0.2.0 */
export interface PostgresInvestigationStoreOptions extends InvestigationStoreOptions, PostgresConnectionOptions {}

/**
 * The investigation store service tag.
 *
 * @since 0.2.0
 */
export class InvestigationStore extends Context.Service<InvestigationStore, InvestigationStoreService>()("@anquan/accident/InvestigationStore") {
  /** A store on the `SqlClient` in context. @since 0.2.0 */
  static sql(options: InvestigationStoreOptions): Layer.Layer<InvestigationStore, InvalidInput | InvestigationStorageError, SqlClient.SqlClient> {
    return Layer.effect(InvestigationStore, makeInvestigationStore(options))
  }

  /**
   * A store in a SQLite file (the default; it may be the hazard ledger's file). A reader
   * (`createTables: false`) opens the file read-only.
   *
   * @since 0.2.0
   */
  static sqlite(options: SqliteInvestigationStoreOptions): Layer.Layer<InvestigationStore, InvalidInput | InvestigationStorageError> {
    return sqliteStoreLayer(InvestigationStore, makeInvestigationStore(options), options, storage)
  }

  /**
   * A store in PostgreSQL through `@effect/sql-pg` (an optional peer, loaded when the layer is built).
   *
   * @since 0.2.0
   */
  static postgres(options: PostgresInvestigationStoreOptions): Layer.Layer<InvestigationStore, InvalidInput | InvestigationStorageError> {
    return postgresStoreLayer(InvestigationStore, makeInvestigationStore(options), options, storage)
  }
}
