/**
 * 风险分级管控台账服务 — the `RiskRegister` effect service, on the `SqlClient` in context
 * (`RiskRegister.sql`), a SQLite file (`RiskRegister.sqlite`, the default) or PostgreSQL
 * (`RiskRegister.postgres`), with the hazard ledger's discipline:
 *
 * - **history kept**: every write appends one event (append-only table) and updates the
 *   projection of the risk point in the same transaction; `history` returns the events;
 * - **stale writes rejected**: a write names the version it saw (`expectedVersion`, 0 for a new
 *   point); the projection is updated only `WHERE version = expected`, so a stale write fails with
 *   `RiskVersionConflict` and writes nothing, even when two writers race;
 * - **jurisdiction scoping and roles**: the caller and its roles are the ledger's (`Caller`,
 *   `Role`); a caller bound to a jurisdiction reads and writes only its subtree, enterprise
 *   personnel only their own enterprise's points; which role may issue which command is
 *   `riskAuthority`;
 * - **bad input rejected**: every input is decoded (`InvalidInput` with every problem and its
 *   path); an assessment the configuration cannot grade is an `InvalidInput` too.
 *
 * The grade a write gives (under the register's configuration) is recorded with its event and in
 * the projection, so the figures read what was decided then.
 *
 * @since 0.2.0
 */
import type { JurisdictionInput } from "@anquan/core"
import { CalendarDate, JurisdictionTree } from "@anquan/core"
import type { CallerInput, PostgresConnectionOptions, SqliteStoreOptions } from "@anquan/hazard-ledger"
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
import type { Caller } from "@anquan/hazard-ledger"
import { Clock, Context, Effect, Layer, Result, Schema } from "effect"
import { SqlClient, SqlError } from "effect/sql"
import { decodeRiskConfig, decodeRiskPoints } from "../domain/api.ts"
import { grade } from "../domain/assessment.ts"
import { authorizeRisk } from "../domain/authority.ts"
import type { RiskCommand, RiskEvent, RiskPointFile, RiskWriteRequestInput } from "../domain/commands.ts"
import { evolve, pointIdOf, RiskEvent as RiskEventSchema, RiskPointFile as RiskPointFileSchema, RiskWriteRequest } from "../domain/commands.ts"
import type { RiskConfig, RiskConfigInput } from "../domain/config.ts"
import type { RiskRegisterError } from "../domain/errors.ts"
import { RiskOutOfJurisdiction, RiskPointNotFound, RiskStorageError, RiskVersionConflict } from "../domain/errors.ts"
import type { RiskGrade } from "../domain/grade.ts"
import { RiskGrade as RiskGradeSchema } from "../domain/grade.ts"
import type { RiskMetrics } from "../domain/metrics.ts"
import type { LedgerHazardRef } from "../domain/ledgerLink.ts"
import { alreadyFlagged, hazardRefersTo } from "../domain/ledgerLink.ts"
import { computeRiskMetrics, gradePoint } from "../domain/metrics.ts"
import type { RiskPoint } from "../domain/model.ts"
import { RiskPoint as RiskPointSchema } from "../domain/model.ts"
import { prepareSchema } from "./migrations.ts"

/**
 * The result of a write: the file after it and the event appended.
 *
 * @since 0.2.0
 */
export interface RiskWriteResult {
  readonly file: RiskPointFile
  readonly event: RiskEvent
}

/**
 * What an import did, per risk point id: registered (new), updated (changed), unchanged.
 *
 * @since 0.2.0
 */
export interface RiskImportResult {
  readonly registered: ReadonlyArray<string>
  readonly updated: ReadonlyArray<string>
  readonly unchanged: ReadonlyArray<string>
}

/**
 * What `flagFromHazards` did: the points flagged, with the hazard, and the links already flagged.
 *
 * @since 0.2.0
 */
export interface RiskFlagResult {
  readonly flagged: ReadonlyArray<{ readonly riskPointId: string; readonly hazardId: string }>
  readonly alreadyFlagged: ReadonlyArray<{ readonly riskPointId: string; readonly hazardId: string }>
}

/**
 * A filtered read: every condition present must hold.
 *
 * @since 0.2.0
 */
export interface RiskListQuery {
  readonly grade?: RiskGrade | undefined
  /** Only this jurisdiction's subtree (within the caller's). */
  readonly jurisdiction?: string | undefined
  readonly enterprise?: string | undefined
}

/**
 * 风险分级管控台账 — the register's operations; every one takes the caller first.
 *
 * @since 0.2.0
 */
export interface RiskRegisterService {
  /** The configuration the register grades with. */
  readonly config: RiskConfig
  /** Applies a command, if the risk point is still at `expectedVersion`. */
  readonly execute: (caller: CallerInput, request: RiskWriteRequestInput) => Effect.Effect<RiskWriteResult, RiskRegisterError>
  /**
   * Registers new risk points and updates changed ones (an array, or `{ riskPoints: [...] }`), in
   * one transaction: all or nothing.
   */
  readonly importPoints: (caller: CallerInput, input: unknown) => Effect.Effect<RiskImportResult, RiskRegisterError>
  readonly get: (caller: CallerInput, riskPointId: string) => Effect.Effect<RiskPointFile, RiskRegisterError>
  /** A risk point's events, version 1 first. */
  readonly history: (caller: CallerInput, riskPointId: string) => Effect.Effect<ReadonlyArray<RiskEvent>, RiskRegisterError>
  /** The risk points in the caller's view, by id. */
  readonly list: (caller: CallerInput, query?: RiskListQuery) => Effect.Effect<ReadonlyArray<RiskPointFile>, RiskRegisterError>
  /**
   * Flags for review (a `hazard-found` trigger, dated the hazard's discovery, `ref` its id) every
   * risk point in the caller's view that a ledger hazard refers to (see `hazardRefersTo`), once
   * per hazard; one transaction.
   */
  readonly flagFromHazards: (caller: CallerInput, hazards: ReadonlyArray<LedgerHazardRef>) => Effect.Effect<RiskFlagResult, RiskRegisterError>
  /** The figures of the risk points in the caller's view (or a subtree of it) as of a day, by their recorded grades. */
  readonly metrics: (caller: CallerInput, query: { readonly asOf: string; readonly jurisdiction?: string | undefined }) => Effect.Effect<RiskMetrics, RiskRegisterError>
}

/**
 * Options of every register.
 *
 * @since 0.2.0
 */
export interface RiskRegisterOptions {
  /** The jurisdiction tree: risk points and callers must be in it (reads by an unbound caller need none: `[]`). */
  readonly jurisdictions: JurisdictionTree.JurisdictionTree | ReadonlyArray<JurisdictionInput>
  /** Scales, bands, cadence; default `defaultRiskConfig` (unverified). */
  readonly config?: RiskConfigInput | undefined
  /** Table prefix: lowercase letters, digits, `_`, starting with a letter; default `anquan_risk_`. */
  readonly tablePrefix?: string | undefined
  /** Create or migrate the tables (default `true`); `false` requires an existing register. */
  readonly createTables?: boolean | undefined
}

const encodeEvent = Schema.encodeSync(RiskEventSchema)
const decodeEvent = Schema.decodeUnknownSync(RiskEventSchema)
const encodeFile = Schema.encodeSync(RiskPointFileSchema)
const decodeFile = Schema.decodeUnknownSync(RiskPointFileSchema)
const encodePoint = Schema.encodeSync(RiskPointSchema)

const storage = (operation: string) => (cause: unknown) => new RiskStorageError({ operation, cause })

/**
 * Builds the service on the `SqlClient` in context: migrates (or checks) the tables first.
 *
 * @since 0.2.0
 */
export const makeRiskRegister = (options: RiskRegisterOptions): Effect.Effect<RiskRegisterService, InvalidInput | RiskStorageError, SqlClient.SqlClient> =>
  Effect.gen(function*() {
    const { dialect, prefix: p, sql } = yield* storeSql("register", options.tablePrefix, "anquan_risk_")
    const tree = yield* Effect.fromResult(resolveTree(options.jurisdictions))
    const config = yield* decodeRiskConfig(options.config)
    yield* prepareSchema(dialect, p, options.createTables !== false)

    const events = sql(`${p}events`)
    const points = sql(`${p}points`)
    const tables = { sql, records: `${p}points`, events: `${p}events`, key: "point_id", noun: "risk point" }
    const collate = dialect === "pg" ? sql.literal(`COLLATE "C"`) : sql.literal("")
    const run = <A>(operation: string, s: Effect.Effect<A, SqlError.SqlError>) => Effect.mapError(s, storage(operation))
    const corrupt = <A>(operation: string, f: () => A) => Effect.try({ try: f, catch: storage(`${operation} (decoding a stored row)`) })

    const decodeCaller = decodeInput(CallerSchema, "caller")
    const decodeWrite = decodeInput(RiskWriteRequest, "execute")
    const decodeId = decodeInput(Schema.NonEmptyString, "risk point id")
    const decodeGrade = decodeInput(RiskGradeSchema, "list: grade")
    const decodeDate = decodeInput(CalendarDate.CalendarDate, "metrics: asOf")

    const known = (code: string) => (JurisdictionTree.has(tree, code) ? Effect.succeed(code) : Effect.fail(new UnknownJurisdiction({ code })))
    const pathOf = (code: string): string => `/${JurisdictionTree.path(tree, code).map((j) => j.code).join("/")}/`

    const callerOf = (input: CallerInput): Effect.Effect<Caller, InvalidInput | UnknownJurisdiction> =>
      Effect.flatMap(decodeCaller(input), (decoded) => {
        const c: Caller = decoded.role?.kind === "department" ? { ...decoded, jurisdiction: decoded.role.jurisdiction } : decoded
        return c.jurisdiction === undefined ? Effect.succeed(c) : Effect.as(known(c.jurisdiction), c)
      })

    const guardScope = (caller: Caller, point: RiskPoint): Effect.Effect<void, RiskOutOfJurisdiction | UnknownJurisdiction> =>
      Effect.flatMap(known(point.jurisdiction), () =>
        caller.jurisdiction === undefined || JurisdictionTree.isWithin(tree, point.jurisdiction, caller.jurisdiction)
          ? Effect.void
          : Effect.fail(new RiskOutOfJurisdiction({ riskPointId: point.id, jurisdiction: point.jurisdiction, scope: caller.jurisdiction })))

    /** Reads: out of scope is not found; another enterprise's point is an authority mismatch. */
    const guardRead = (caller: Caller, file: RiskPointFile) => {
      const own = ownSubjectOf(caller)
      if (own !== undefined && own !== file.point.enterprise) {
        return Effect.fail(new AuthorityMismatch({ role: describeRole(caller.role), command: "read", field: "enterprise", expected: own, actual: file.point.enterprise }))
      }
      const inScope = caller.jurisdiction === undefined ||
        (JurisdictionTree.has(tree, file.point.jurisdiction) && JurisdictionTree.isWithin(tree, file.point.jurisdiction, caller.jurisdiction))
      return inScope ? Effect.void : Effect.fail(new RiskOutOfJurisdiction({ riskPointId: file.point.id, jurisdiction: file.point.jurisdiction, scope: caller.jurisdiction ?? "" }))
    }

    const load = (id: string) =>
      Effect.gen(function*() {
        const rows = yield* run("load", sql<{ data: string }>`SELECT data FROM ${points} WHERE point_id = ${id}`)
        const row = rows[0]
        return row === undefined ? undefined : yield* corrupt("load", () => decodeFile(JSON.parse(row.data)))
      })

    const gradeOf = (point: RiskPoint, entryPoint: string) => {
      const r = gradePoint(point, config)
      return Result.isSuccess(r)
        ? Effect.succeed({ grade: r.success?.grade ?? null, score: r.success?.score ?? null })
        : Effect.fail(new InvalidInput({ entryPoint, issues: r.failure.map((i) => ({ path: ["point", "assessment", ...i.path], message: i.message })) }))
    }

    /** One write, inside the caller's transaction. */
    const apply = (caller: Caller, command: RiskCommand, expectedVersion: number) =>
      Effect.gen(function*() {
        const id = pointIdOf(command)
        const current = yield* load(id)
        const actual = current?.version ?? 0
        if (current === undefined && command._tag !== "Register") return yield* new RiskPointNotFound({ riskPointId: id })
        if (actual !== expectedVersion) return yield* new RiskVersionConflict({ riskPointId: id, expected: expectedVersion, actual })
        if (current !== undefined) yield* guardScope(caller, current.point)
        const next = command._tag === "Register" || command._tag === "Update" ? command.point : current!.point
        yield* guardScope(caller, next)
        yield* Effect.fromResult(authorizeRisk(caller.role, command, [...(current === undefined ? [] : [current.point.enterprise]), next.enterprise]))
        const envelope = {
          riskPointId: next.id,
          version: actual + 1,
          at: new Date(yield* Clock.currentTimeMillis),
          actor: caller.actor,
          ...(caller.role === undefined ? {} : { role: caller.role })
        }
        let event: RiskEvent
        switch (command._tag) {
          case "Register":
          case "Update":
            event = { _tag: command._tag === "Register" ? "RiskPointRegistered" : "RiskPointUpdated", ...envelope, point: command.point, ...(yield* gradeOf(command.point, `${command._tag} of risk point ${id}`)) }
            break
          case "Assess": {
            const r = grade(command.assessment, config)
            if (Result.isFailure(r)) return yield* new InvalidInput({ entryPoint: `Assess of risk point ${id}`, issues: r.failure.map((i) => ({ path: ["assessment", ...i.path], message: i.message })) })
            event = { _tag: "RiskAssessed", ...envelope, assessment: command.assessment, on: command.on, grade: r.success.grade, score: r.success.score }
            break
          }
          case "RecordReview":
            event = { _tag: "ReviewRecorded", ...envelope, on: command.on, ...(command.note === undefined ? {} : { note: command.note }) }
            break
          case "FlagForReview":
            event = { _tag: "ReviewFlagged", ...envelope, trigger: command.trigger }
            break
        }
        const file = evolve(current, event)
        const columns = {
          version: file.version,
          enterprise: file.point.enterprise as string,
          jurisdiction: file.point.jurisdiction as string,
          jurisdiction_path: pathOf(file.point.jurisdiction),
          grade: file.grade,
          data: JSON.stringify(encodeFile(file))
        }
        yield* writeVersioned(tables, { id, expectedVersion, row: columns, event, eventData: JSON.stringify(encodeEvent(event)) }, storage)
        return { file, event } satisfies RiskWriteResult
      })

    /** Runs writes in one transaction; a lost race is reported as the version conflict it is. */
    const transaction = versionedTransaction(sql, storage, (id) => Effect.map(load(id), (file) => file?.version), (race, actual) =>
      new RiskVersionConflict({ riskPointId: race.id, expected: race.expected, actual }))

    const execute: RiskRegisterService["execute"] = (callerInput, requestInput) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const request = yield* decodeWrite(requestInput)
        return yield* transaction(apply(caller, request.command, request.expectedVersion))
      })

    const importPoints: RiskRegisterService["importPoints"] = (callerInput, input) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const decoded = yield* decodeRiskPoints(input)
        return yield* transaction(Effect.gen(function*() {
          const registered: Array<string> = []
          const updated: Array<string> = []
          const unchanged: Array<string> = []
          for (const point of decoded) {
            const current = yield* load(point.id)
            if (current === undefined) {
              yield* apply(caller, { _tag: "Register", point }, 0)
              registered.push(point.id)
            } else if (JSON.stringify(encodePoint(current.point)) === JSON.stringify(encodePoint(point))) {
              unchanged.push(point.id)
            } else {
              yield* apply(caller, { _tag: "Update", point }, current.version)
              updated.push(point.id)
            }
          }
          return { registered, updated, unchanged } satisfies RiskImportResult
        }))
      })

    const get: RiskRegisterService["get"] = (callerInput, idInput) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const id = yield* decodeId(idInput)
        const file = yield* load(id)
        if (file === undefined) return yield* new RiskPointNotFound({ riskPointId: id })
        yield* guardRead(caller, file)
        return file
      })

    const history: RiskRegisterService["history"] = (callerInput, idInput) =>
      Effect.gen(function*() {
        yield* get(callerInput, idInput)
        const rows = yield* run("history", sql<{ data: string }>`SELECT data FROM ${events} WHERE point_id = ${idInput} ORDER BY version`)
        return yield* corrupt("history", () => rows.map((r) => decodeEvent(JSON.parse(r.data))))
      })

    const select = (caller: Caller, query: RiskListQuery) =>
      Effect.gen(function*() {
        const g = query.grade === undefined ? undefined : yield* decodeGrade(query.grade)
        if (query.jurisdiction !== undefined) yield* known(query.jurisdiction)
        // the intersection of the caller's subtree and the query's
        const prefixes = [caller.jurisdiction, query.jurisdiction].filter((c): c is string => c !== undefined).map(pathOf)
        const own = ownSubjectOf(caller)
        const c = [
          ...prefixes.map((prefix) => sql`jurisdiction_path LIKE ${`${prefix}%`}`),
          ...(g === undefined ? [] : [sql`grade = ${g}`]),
          ...(query.enterprise === undefined ? [] : [sql`enterprise = ${query.enterprise}`]),
          ...(own === undefined ? [] : [sql`enterprise = ${own}`])
        ]
        const rows = yield* run("list", sql<{ data: string }>`
          SELECT data FROM ${points} ${c.length === 0 ? sql.literal("") : sql`WHERE ${sql.and(c)}`} ORDER BY point_id ${collate}`)
        return yield* corrupt("list", () => rows.map((r) => decodeFile(JSON.parse(r.data))))
      })

    const list: RiskRegisterService["list"] = (callerInput, query = {}) => Effect.flatMap(callerOf(callerInput), (caller) => select(caller, query))

    const metrics: RiskRegisterService["metrics"] = (callerInput, query) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        yield* decodeDate(query.asOf)
        const files = yield* select(caller, { jurisdiction: query.jurisdiction })
        const grades = new Map(files.map((f) => [f.point.id as string, f.grade ?? undefined]))
        return computeRiskMetrics(files.map((f) => f.point), { asOf: query.asOf, config, gradeOf: (pt) => grades.get(pt.id) })
      })

    const flagFromHazards: RiskRegisterService["flagFromHazards"] = (callerInput, hazards) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        return yield* transaction(Effect.gen(function*() {
          const files = yield* select(caller, {})
          const flagged: Array<{ riskPointId: string; hazardId: string }> = []
          const already: Array<{ riskPointId: string; hazardId: string }> = []
          for (const f of files) {
            let current = f
            for (const h of hazards) {
              if (!hazardRefersTo(h, current.point)) continue
              const link = { riskPointId: current.point.id as string, hazardId: h.id }
              if (alreadyFlagged(h.id, current.point)) {
                already.push(link)
                continue
              }
              const trigger = { kind: "hazard-found" as const, on: h.discoveredOn, ref: h.id }
              current = (yield* apply(caller, { _tag: "FlagForReview", riskPointId: current.point.id, trigger }, current.version)).file
              flagged.push(link)
            }
          }
          return { flagged, alreadyFlagged: already } satisfies RiskFlagResult
        }))
      })

    return { config, execute, importPoints, get, history, list, metrics, flagFromHazards } satisfies RiskRegisterService
  })

/** Options of {@link RiskRegister.sqlite}. @since 0.2.0 */
export interface SqliteRiskRegisterOptions extends RiskRegisterOptions, SqliteStoreOptions {}

/** Options of {@link RiskRegister.postgres}. @since 0.2.0 */
export interface PostgresRiskRegisterOptions extends RiskRegisterOptions, PostgresConnectionOptions {}

/**
 * The register service tag.
 *
 * @since 0.2.0
 */
export class RiskRegister extends Context.Service<RiskRegister, RiskRegisterService>()("@anquan/risk-register/RiskRegister") {
  /** A register on the `SqlClient` in context. @since 0.2.0 */
  static sql(options: RiskRegisterOptions): Layer.Layer<RiskRegister, InvalidInput | RiskStorageError, SqlClient.SqlClient> {
    return Layer.effect(RiskRegister, makeRiskRegister(options))
  }

  /**
   * A register in a SQLite file (the default; it may be the hazard ledger's file: the tables have
   * their own prefix). A reader (`createTables: false`) opens the file read-only.
   *
   * @since 0.2.0
   */
  static sqlite(options: SqliteRiskRegisterOptions): Layer.Layer<RiskRegister, InvalidInput | RiskStorageError> {
    return sqliteStoreLayer(RiskRegister, makeRiskRegister(options), options, storage)
  }

  /**
   * A register in PostgreSQL through `@effect/sql-pg` (an optional peer, loaded when the layer is
   * built).
   *
   * @since 0.2.0
   */
  static postgres(options: PostgresRiskRegisterOptions): Layer.Layer<RiskRegister, InvalidInput | RiskStorageError> {
    return postgresStoreLayer(RiskRegister, makeRiskRegister(options), options, storage)
  }
}
