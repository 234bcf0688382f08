/**
 * 执法案件库 — the `EnforcementCases` effect service, on the `SqlClient` in context
 * (`EnforcementCases.sql`), a SQLite file (`EnforcementCases.sqlite`, the default; it may be the
 * hazard ledger's file: the tables have their own prefix) or PostgreSQL
 * (`EnforcementCases.postgres`), with the hazard ledger's discipline:
 *
 * - **history kept**: every write appends one event (append-only table) and updates the
 *   projection of the case in the same transaction; `history` returns the events;
 * - **stale writes rejected**: a write names the version it saw (`expectedVersion`, 0 for a new
 *   case); a stale write fails with `CaseVersionConflict` and writes nothing, even when two
 *   writers race;
 * - **the life cycle enforced**: every command is decided by `decide` (`IllegalCaseTransition`,
 *   `CaseDateOutOfOrder`, `CaseRefused`);
 * - **jurisdiction scoping and roles**: the caller and its roles are the ledger's; a caller bound
 *   to a jurisdiction reads and writes only its subtree; enterprise personnel read their own cases
 *   only and write none; writes are for departments and inspectors (执法), and the system import;
 * - **bad input rejected**: every input is decoded (`InvalidInput` with every problem and its path).
 *
 * @since 0.2.0
 */
import type { JurisdictionInput } from "@anquan/core"
import { CalendarDate, JurisdictionTree } from "@anquan/core"
import type { Caller, CallerInput, PostgresConnectionOptions, SqliteStoreOptions } from "@anquan/hazard-ledger"
import {
  AuthorityMismatch,
  Caller as CallerSchema,
  CommandNotPermitted,
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
import { Clock, Context, Effect, Layer, Result, Schema } from "effect"
import { SqlClient, SqlError } from "effect/sql"
import type { CaseCommand, CaseEvent, CaseWriteRequestInput } from "../domain/commands.ts"
import { CaseEvent as CaseEventSchema, caseIdOf, CaseWriteRequest } from "../domain/commands.ts"
import type { CaseFile } from "../domain/decide.ts"
import { CaseFile as CaseFileSchema, decide, evolve, evolveCase } from "../domain/decide.ts"
import type { EnforcementError } from "../domain/errors.ts"
import { CaseNotFound, CaseOutOfJurisdiction, CaseStorageError, CaseVersionConflict } from "../domain/errors.ts"
import type { EnforcementCase } from "../domain/model.ts"
import { CaseStage, EnforcementCase as EnforcementCaseSchema } from "../domain/model.ts"
import type { OverdueOrder } from "../domain/overdue.ts"
import { overdueOrders } from "../domain/overdue.ts"
import type { PublicationFinding } from "../domain/publication.ts"
import { publicationFindings, WorkingDayCalendar } from "../domain/publication.ts"
import { commandsOfRecord, decodeCaseRecords } from "../domain/records.ts"
import type { CaseStatistics, StatisticsBy } from "../domain/statistics.ts"
import { CaseTarget, caseStatistics } from "../domain/statistics.ts"
import { decodeStrict } from "../domain/strict.ts"
import type { PenaltyIndex } from "../domain/ledgerLink.ts"
import { prepareSchema } from "./migrations.ts"

/** The result of a write: the file after it and the event appended. @since 0.2.0 */
export interface CaseWriteResult {
  readonly file: CaseFile
  readonly event: CaseEvent
}

/** What an import did, per case id: opened (new), extended (new steps appended), unchanged. @since 0.2.0 */
export interface CaseImportResult {
  readonly opened: ReadonlyArray<string>
  readonly extended: ReadonlyArray<string>
  readonly unchanged: ReadonlyArray<string>
}

/** A filtered read: every condition present must hold. @since 0.2.0 */
export interface CaseListQuery {
  /** Only this jurisdiction's subtree (within the caller's). */
  readonly jurisdiction?: string | undefined
  readonly subject?: string | undefined
  readonly stage?: string | undefined
  readonly department?: string | undefined
  readonly sector?: string | undefined
}

/** The statistics query (dates `YYYY-MM-DD`). @since 0.2.0 */
export interface CaseStatisticsQuery {
  readonly from: string
  readonly to: string
  readonly by: StatisticsBy
  /** The comparison period; default the same days a year earlier. Give both or neither. */
  readonly compareFrom?: string | undefined
  readonly compareTo?: string | undefined
  readonly target?: unknown
  readonly jurisdiction?: string | undefined
}

/**
 * 执法案件库 — the store's operations; every one takes the caller first.
 *
 * @since 0.2.0
 */
export interface EnforcementCasesService {
  /** Applies a command, if the case is still at `expectedVersion`. */
  readonly execute: (caller: CallerInput, request: CaseWriteRequestInput) => Effect.Effect<CaseWriteResult, EnforcementError>
  /** Runs commands on one case in one transaction, from the version given: all or nothing. */
  readonly executeAll: (caller: CallerInput, commands: ReadonlyArray<unknown>, expectedVersion: number) => Effect.Effect<ReadonlyArray<CaseWriteResult>, EnforcementError>
  /**
   * Imports case records (an array, or `{ cases: [...] }`) in one transaction, all or nothing: a
   * new case is opened and run through its steps; a stored case whose steps are the start of the
   * record's gets the rest; a stored case that differs in what it already recorded is refused.
   * With `penalties` (the packs'), a rule finding's penalty articles must be its pack's.
   */
  readonly importCases: (caller: CallerInput, input: unknown, options?: { readonly penalties?: PenaltyIndex | undefined }) => Effect.Effect<CaseImportResult, EnforcementError>
  readonly get: (caller: CallerInput, caseId: string) => Effect.Effect<CaseFile, EnforcementError>
  /** A case's events, version 1 first. */
  readonly history: (caller: CallerInput, caseId: string) => Effect.Effect<ReadonlyArray<CaseEvent>, EnforcementError>
  /** The cases in the caller's view, by id. */
  readonly list: (caller: CallerInput, query?: CaseListQuery) => Effect.Effect<ReadonlyArray<CaseFile>, EnforcementError>
  /** Orders past their deadline as of a day, most overdue first. */
  readonly overdue: (caller: CallerInput, query: { readonly asOf: string; readonly jurisdiction?: string | undefined }) => Effect.Effect<ReadonlyArray<OverdueOrder>, EnforcementError>
  /** Penalty decisions not published within 7 working days (第七十八条) as of a day. */
  readonly publication: (caller: CallerInput, query: { readonly asOf: string; readonly calendar?: unknown; readonly jurisdiction?: string | undefined }) => Effect.Effect<ReadonlyArray<PublicationFinding>, EnforcementError>
  /** Case statistics by department, sector or jurisdiction, against a target. */
  readonly statistics: (caller: CallerInput, query: CaseStatisticsQuery) => Effect.Effect<CaseStatistics, EnforcementError>
}

/** Options of every case store. @since 0.2.0 */
export interface EnforcementCasesOptions {
  /** The jurisdiction tree: cases and callers must be in it (reads by an unbound caller need none: `[]`). */
  readonly jurisdictions: JurisdictionTree.JurisdictionTree | ReadonlyArray<JurisdictionInput>
  /** Table prefix: lowercase letters, digits, `_`, starting with a letter; default `anquan_enforcement_`. */
  readonly tablePrefix?: string | undefined
  /** Create or migrate the tables (default `true`); `false` requires an existing store. */
  readonly createTables?: boolean | undefined
}

/** The roles that write cases: 执法 (departments, inspectors) and the system import. */
const WRITERS = ["department", "inspector", "system"] as const

const encodeEvent = Schema.encodeSync(CaseEventSchema)
const decodeEvent = Schema.decodeUnknownSync(CaseEventSchema)
const encodeFile = Schema.encodeSync(CaseFileSchema)
const decodeFile = Schema.decodeUnknownSync(CaseFileSchema)
const encodeCase = Schema.encodeSync(EnforcementCaseSchema)
const storage = (operation: string) => (cause: unknown) => new CaseStorageError({ operation, cause })

/**
 * Builds the service on the `SqlClient` in context: migrates (or checks) the tables first.
 *
 * @since 0.2.0
 */
export const makeEnforcementCases = (options: EnforcementCasesOptions): Effect.Effect<EnforcementCasesService, InvalidInput | CaseStorageError, SqlClient.SqlClient> =>
  Effect.gen(function*() {
    const { dialect, prefix: p, sql } = yield* storeSql("case store", options.tablePrefix, "anquan_enforcement_")
    const tree = yield* Effect.fromResult(resolveTree(options.jurisdictions))
    yield* prepareSchema(dialect, p, options.createTables !== false)

    const events = sql(`${p}events`)
    const cases = sql(`${p}cases`)
    const tables = { sql, records: `${p}cases`, events: `${p}events`, key: "case_id", noun: "case" }
    const collate = dialect === "pg" ? sql.literal(`COLLATE "C"`) : sql.literal("")
    const run = <A>(operation: string, s: Effect.Effect<A, SqlError.SqlError>) => Effect.mapError(s, storage(operation))
    const corrupt = <A>(operation: string, f: () => A) => Effect.try({ try: f, catch: storage(`${operation} (decoding a stored row)`) })

    const decodeCaller = decodeInput(CallerSchema, "caller")
    const decodeWrite = decodeStrict(CaseWriteRequest, "execute")
    const decodeCommands = decodeStrict(Schema.Array(CaseWriteRequest.fields.command), "executeAll")
    const decodeId = decodeInput(Schema.NonEmptyString, "case id")
    const decodeStage = decodeInput(CaseStage, "list: stage")
    const decodeDay = (entryPoint: string) => decodeInput(CalendarDate.CalendarDate, entryPoint)
    const decodeCalendar = decodeStrict(WorkingDayCalendar, "publication: calendar")
    const decodeTarget = decodeStrict(CaseTarget, "statistics: target")

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

    const guardScope = (caller: Caller, c: { readonly id: string; readonly jurisdiction: string }): Effect.Effect<void, CaseOutOfJurisdiction | UnknownJurisdiction> =>
      Effect.flatMap(known(c.jurisdiction), () =>
        caller.jurisdiction === undefined || JurisdictionTree.isWithin(tree, c.jurisdiction, caller.jurisdiction)
          ? Effect.void
          : Effect.fail(new CaseOutOfJurisdiction({ caseId: c.id, jurisdiction: c.jurisdiction, scope: caller.jurisdiction })))

    const guardRead = (caller: Caller, file: CaseFile) => {
      const own = ownSubjectOf(caller)
      if (own !== undefined && own !== file.case.subject) {
        return Effect.fail(new AuthorityMismatch({ role: describeRole(caller.role), command: "read", field: "subject", expected: own, actual: file.case.subject }))
      }
      const inScope = caller.jurisdiction === undefined ||
        (JurisdictionTree.has(tree, file.case.jurisdiction) && JurisdictionTree.isWithin(tree, file.case.jurisdiction, caller.jurisdiction))
      return inScope ? Effect.void : Effect.fail(new CaseOutOfJurisdiction({ caseId: file.case.id, jurisdiction: file.case.jurisdiction, scope: caller.jurisdiction ?? "" }))
    }

    const load = (id: string) =>
      Effect.gen(function*() {
        const rows = yield* run("load", sql<{ data: string }>`SELECT data FROM ${cases} WHERE case_id = ${id}`)
        const row = rows[0]
        return row === undefined ? undefined : yield* corrupt("load", () => decodeFile(JSON.parse(row.data)))
      })

    /** One write, inside the caller's transaction. */
    const apply = (caller: Caller, command: CaseCommand, expectedVersion: number) =>
      Effect.gen(function*() {
        const id = caseIdOf(command)
        const current = yield* load(id)
        const actual = current?.version ?? 0
        if (current === undefined && command._tag !== "OpenCase") return yield* new CaseNotFound({ caseId: id })
        if (actual !== expectedVersion) return yield* new CaseVersionConflict({ caseId: id, expected: expectedVersion, actual })
        yield* guardScope(caller, current?.case ?? (command._tag === "OpenCase" ? command.case : { id, jurisdiction: "" }))
        const body = yield* Effect.fromResult(decide(current?.case, command))
        const event = {
          ...body,
          caseId: id,
          version: actual + 1,
          at: new Date(yield* Clock.currentTimeMillis),
          actor: caller.actor,
          ...(caller.role === undefined ? {} : { role: caller.role })
        } as CaseEvent
        const file = evolve(current, event)
        const columns = {
          version: file.version,
          stage: file.case.stage,
          subject: file.case.subject as string,
          jurisdiction: file.case.jurisdiction as string,
          jurisdiction_path: pathOf(file.case.jurisdiction),
          department: file.case.department as string,
          sector: file.case.sector as string,
          data: JSON.stringify(encodeFile(file))
        }
        yield* writeVersioned(tables, { id, expectedVersion, row: columns, event, eventData: JSON.stringify(encodeEvent(event)) }, storage)
        return { file, event } satisfies CaseWriteResult
      })

    const transaction = versionedTransaction(sql, storage, (id) => Effect.map(load(id), (file) => file?.version), (race, actual) =>
      new CaseVersionConflict({ caseId: race.id, expected: race.expected, actual }))

    const execute: EnforcementCasesService["execute"] = (callerInput, requestInput) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const request = yield* decodeWrite(requestInput)
        yield* guardWrite(caller, request.command._tag)
        return yield* transaction(apply(caller, request.command, request.expectedVersion))
      })

    const executeAll: EnforcementCasesService["executeAll"] = (callerInput, input, expectedVersion) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const commands = yield* decodeCommands(input)
        for (const c of commands) yield* guardWrite(caller, c._tag)
        const ids = [...new Set(commands.map(caseIdOf))]
        if (ids.length > 1) return yield* new InvalidInput({ entryPoint: "executeAll", issues: [{ path: [commands.findIndex((c) => caseIdOf(c) !== ids[0])], message: `the commands of one call are about one case (${ids[0]}); this one is about ${ids[1]}` }] })
        return yield* transaction(Effect.gen(function*() {
          const out: Array<CaseWriteResult> = []
          let v = expectedVersion
          for (const c of commands) {
            const r = yield* apply(caller, c, v)
            out.push(r)
            v = r.file.version
          }
          return out
        }))
      })

    const importCases: EnforcementCasesService["importCases"] = (callerInput, input, importOptions = {}) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        yield* guardWrite(caller, "importCases")
        const decoded = yield* decodeCaseRecords(input, importOptions)
        const wrapped = typeof input === "object" && input !== null && !Array.isArray(input) && "cases" in input
        return yield* transaction(Effect.gen(function*() {
          const opened: Array<string> = []
          const extended: Array<string> = []
          const unchanged: Array<string> = []
          for (const [i, { record }] of decoded.entries()) {
            const steps = commandsOfRecord(record)
            const current = yield* load(record.id)
            const stored = current === undefined ? 0 : current.version
            if (current !== undefined) {
              // the stored case must be the start of the record: the same steps, in the same order
              const recorded = yield* run("history", sql<{ n: number | string }>`SELECT COUNT(*) AS n FROM ${events} WHERE case_id = ${record.id}`)
              const had = Number(recorded[0]?.n ?? 0)
              let replayed: EnforcementCase | undefined
              let ok = had <= steps.length
              for (const step of ok ? steps.slice(0, had) : []) {
                const d = decide(replayed, step.command)
                if (Result.isFailure(d)) {
                  ok = false
                  break
                }
                replayed = evolveCase(replayed, d.success)
              }
              const same = ok && replayed !== undefined && JSON.stringify(encodeCase(replayed)) === JSON.stringify(encodeCase(current.case))
              if (!same) {
                return yield* new InvalidInput({
                  entryPoint: "enforcement cases",
                  issues: [{ path: [...(wrapped ? ["cases"] : []), i], message: `case ${record.id} differs from the stored case (version ${stored}) in what is already recorded: record new steps with execute, never rewrite recorded ones` }]
                })
              }
            }
            let v = stored
            for (const step of steps.slice(stored)) v = (yield* apply(caller, step.command, v)).file.version
            if (current === undefined) opened.push(record.id)
            else if (v === stored) unchanged.push(record.id)
            else extended.push(record.id)
          }
          return { opened, extended, unchanged } satisfies CaseImportResult
        }))
      })

    const get: EnforcementCasesService["get"] = (callerInput, idInput) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const id = yield* decodeId(idInput)
        const file = yield* load(id)
        if (file === undefined) return yield* new CaseNotFound({ caseId: id })
        yield* guardRead(caller, file)
        return file
      })

    const history: EnforcementCasesService["history"] = (callerInput, idInput) =>
      Effect.gen(function*() {
        yield* get(callerInput, idInput)
        const rows = yield* run("history", sql<{ data: string }>`SELECT data FROM ${events} WHERE case_id = ${idInput} ORDER BY version`)
        return yield* corrupt("history", () => rows.map((r) => decodeEvent(JSON.parse(r.data))))
      })

    const select = (caller: Caller, query: CaseListQuery) =>
      Effect.gen(function*() {
        const stage = query.stage === undefined ? undefined : yield* decodeStage(query.stage)
        if (query.jurisdiction !== undefined) yield* known(query.jurisdiction)
        const prefixes = [caller.jurisdiction, query.jurisdiction].filter((c): c is string => c !== undefined).map(pathOf)
        const own = ownSubjectOf(caller)
        const c = [
          ...prefixes.map((prefix) => sql`jurisdiction_path LIKE ${`${prefix}%`}`),
          ...(stage === undefined ? [] : [sql`stage = ${stage}`]),
          ...(query.subject === undefined ? [] : [sql`subject = ${query.subject}`]),
          ...(query.department === undefined ? [] : [sql`department = ${query.department}`]),
          ...(query.sector === undefined ? [] : [sql`sector = ${query.sector}`]),
          ...(own === undefined ? [] : [sql`subject = ${own}`])
        ]
        const rows = yield* run("list", sql<{ data: string }>`
          SELECT data FROM ${cases} ${c.length === 0 ? sql.literal("") : sql`WHERE ${sql.and(c)}`} ORDER BY case_id ${collate}`)
        return yield* corrupt("list", () => rows.map((r) => decodeFile(JSON.parse(r.data))))
      })

    const list: EnforcementCasesService["list"] = (callerInput, query = {}) => Effect.flatMap(callerOf(callerInput), (caller) => select(caller, query))

    const overdue: EnforcementCasesService["overdue"] = (callerInput, query) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const asOf = yield* decodeDay("overdue: asOf")(query.asOf)
        const files = yield* select(caller, { jurisdiction: query.jurisdiction })
        return overdueOrders(files.map((f) => f.case), asOf)
      })

    const publication: EnforcementCasesService["publication"] = (callerInput, query) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const asOf = yield* decodeDay("publication: asOf")(query.asOf)
        const calendar = query.calendar === undefined ? undefined : yield* decodeCalendar(query.calendar)
        const files = yield* select(caller, { jurisdiction: query.jurisdiction })
        return publicationFindings(files.map((f) => f.case), { asOf, calendar })
      })

    const statistics: EnforcementCasesService["statistics"] = (callerInput, query) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const from = yield* decodeDay("statistics: from")(query.from)
        const to = yield* decodeDay("statistics: to")(query.to)
        if (to.getTime() < from.getTime()) return yield* new InvalidInput({ entryPoint: "statistics", issues: [{ path: ["to"], message: `the period ends (${query.to}) before it starts (${query.from})` }] })
        if ((query.compareFrom === undefined) !== (query.compareTo === undefined)) {
          return yield* new InvalidInput({ entryPoint: "statistics", issues: [{ path: [query.compareFrom === undefined ? "compareFrom" : "compareTo"], message: "give both ends of the comparison period, or neither (default: the same days a year earlier)" }] })
        }
        const comparisonPeriod = query.compareFrom === undefined
          ? undefined
          : { from: yield* decodeDay("statistics: compareFrom")(query.compareFrom), to: yield* decodeDay("statistics: compareTo")(query.compareTo) }
        const by = yield* decodeInput(Schema.Literals(["department", "sector", "jurisdiction", "month"]), "statistics: by")(query.by)
        const target = query.target === undefined ? undefined : yield* decodeTarget(query.target)
        const files = yield* select(caller, { jurisdiction: query.jurisdiction })
        return caseStatistics(files.map((f) => f.case), { period: { from, to }, by, comparisonPeriod, target })
      })

    return { execute, executeAll, importCases, get, history, list, overdue, publication, statistics } satisfies EnforcementCasesService
  })

/** Options of {@link EnforcementCases.sqlite}. @since 0.2.0 */
export interface SqliteEnforcementCasesOptions extends EnforcementCasesOptions, SqliteStoreOptions {}

/** Options of {@link EnforcementCases.postgres}. @since 0.2.0 */
export interface PostgresEnforcementCasesOptions extends EnforcementCasesOptions, PostgresConnectionOptions {}

/**
 * The case store service tag.
 *
 * @since 0.2.0
 */
export class EnforcementCases extends Context.Service<EnforcementCases, EnforcementCasesService>()("@anquan/enforcement/EnforcementCases") {
  /** A store on the `SqlClient` in context. @since 0.2.0 */
  static sql(options: EnforcementCasesOptions): Layer.Layer<EnforcementCases, InvalidInput | CaseStorageError, SqlClient.SqlClient> {
    return Layer.effect(EnforcementCases, makeEnforcementCases(options))
  }

  /**
   * A store in a SQLite file (the default; it may be the hazard ledger's file). A reader
   * (`createTables: false`) opens the file read-only.
   *
   * @since 0.2.0
   */
  static sqlite(options: SqliteEnforcementCasesOptions): Layer.Layer<EnforcementCases, InvalidInput | CaseStorageError> {
    return sqliteStoreLayer(EnforcementCases, makeEnforcementCases(options), options, storage)
  }

  /**
   * A store in PostgreSQL through `@effect/sql-pg` (an optional peer, loaded when the layer is built).
   *
   * @since 0.2.0
   */
  static postgres(options: PostgresEnforcementCasesOptions): Layer.Layer<EnforcementCases, InvalidInput | CaseStorageError> {
    return postgresStoreLayer(EnforcementCases, makeEnforcementCases(options), options, storage)
  }
}
