/**
 * 信用存储 — the `CreditStore` effect service: the list (失信名单) and the ratings, on the `SqlClient`
 * in context (`CreditStore.sql`), a SQLite file (`CreditStore.sqlite`, the default) or PostgreSQL
 * (`CreditStore.postgres`), with the hazard ledger's discipline:
 *
 * - **history kept**: every write appends one event (append-only table) and updates the entry's
 *   projection in the same transaction; a repair or a removal never deletes the entry; ratings are
 *   appended, never replaced;
 * - **stale writes rejected**: a write names the version it saw (`expectedVersion`, 0 for a new
 *   entry); the projection is updated only `WHERE version = expected`, so a stale write fails with
 *   `EntryVersionConflict` and writes nothing, even when two writers race;
 * - **roles and scoping**: the caller and its role are the ledger's (`Caller`, `Role`). Only a
 *   department (within its jurisdiction's subtree) or the system may list, repair, remove and rate;
 *   a caller bound to a jurisdiction reads only its subtree;
 * - **bad input rejected**: every input is decoded (`InvalidInput` with every problem and its
 *   path); an unknown condition or purpose is an `InvalidInput`; a repair the configuration does not
 *   allow is a `RepairRefused` with every reason.
 *
 * @since 0.2.0
 */
import type { JurisdictionInput } from "@anquan/core"
import { CalendarDate, JurisdictionTree } from "@anquan/core"
import type { Caller, CallerInput, PostgresConnectionOptions, SqliteStoreOptions } from "@anquan/hazard-ledger"
import {
  Caller as CallerSchema,
  CommandNotPermitted,
  decodeInput,
  describeRole,
  InvalidInput,
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
import { decodeAsOf, decodeCreditConfig, decodeCreditRecord, decodeEnterpriseCode, decodePurpose } from "../domain/api.ts"
import type { CreditClasses } from "../domain/classes.ts"
import { classifyRecord } from "../domain/classes.ts"
import type { CreditConfig, CreditConfigInput } from "../domain/config.ts"
import type { CreditStoreError } from "../domain/errors.ts"
import { CreditStorageError, EntryNotFound, EntryOutOfJurisdiction, EntryVersionConflict, RemovalRefused, RepairRefused } from "../domain/errors.ts"
import type { CheckResult, EntryFile, EntryStatus, ListCommand, ListEvent, ListWriteRequestInput } from "../domain/listing.ts"
import {
  checkEntries,
  defaultEntryId,
  EntryFile as EntryFileSchema,
  EntryId,
  entryOf,
  EntryStatuses,
  evolveEntry,
  ListEvent as ListEventSchema,
  ListWriteRequest,
  removalRefusals,
  repairRefusals,
  statusOf
} from "../domain/listing.ts"
import type { CreditRating, RatingRate } from "../domain/rate.ts"
import { CreditRating as CreditRatingSchema, ratingRateOf } from "../domain/rate.ts"
import { prepareCreditSchema } from "./migrations.ts"

/** The result of a write: the file after it and the event appended. @since 0.2.0 */
export interface ListWriteResult {
  readonly file: EntryFile
  readonly event: ListEvent
}

/** A filtered read of the list: every condition present must hold. @since 0.2.0 */
export interface ListQuery {
  readonly enterprise?: string | undefined
  /** Only this jurisdiction's subtree (within the caller's). */
  readonly jurisdiction?: string | undefined
  /** With `asOf`: only entries of this status on that day. */
  readonly status?: EntryStatus | undefined
  /** The day `status` is read on (`YYYY-MM-DD`). */
  readonly asOf?: string | undefined
}

/**
 * 信用存储 — the operations; every one takes the caller first.
 *
 * @since 0.2.0
 */
export interface CreditStoreService {
  readonly config: CreditConfig
  /** Lists, repairs or removes an entry, if it is still at `expectedVersion`. */
  readonly execute: (caller: CallerInput, request: ListWriteRequestInput) => Effect.Effect<ListWriteResult, CreditStoreError>
  readonly get: (caller: CallerInput, entryId: string) => Effect.Effect<EntryFile, CreditStoreError>
  /** An entry's events, version 1 first. */
  readonly history: (caller: CallerInput, entryId: string) => Effect.Effect<ReadonlyArray<ListEvent>, CreditStoreError>
  /** The entries in the caller's view, by enterprise, first day and id. */
  readonly list: (caller: CallerInput, query?: ListQuery) => Effect.Effect<ReadonlyArray<EntryFile>, CreditStoreError>
  /** Whether an enterprise's entries block a purpose on a day, and by which. */
  readonly check: (caller: CallerInput, query: { readonly enterprise: string; readonly asOf: string; readonly purpose: string }) => Effect.Effect<CheckResult, CreditStoreError>
  /** The classes of a record's enterprises on a day, the list's entries applying the `listed` cap. */
  readonly classes: (caller: CallerInput, record: unknown, query: { readonly asOf: string }) => Effect.Effect<CreditClasses, CreditStoreError>
  /** Records ratings (an array), all or nothing. */
  readonly recordRatings: (caller: CallerInput, ratings: unknown) => Effect.Effect<{ readonly recorded: number }, CreditStoreError>
  /** The ratings in the caller's view, oldest first. */
  readonly ratings: (caller: CallerInput, query?: { readonly enterprise?: string | undefined }) => Effect.Effect<ReadonlyArray<CreditRating>, CreditStoreError>
  /** The rating rate of enterprises (an array, or a record) on a day, from the ratings stored. */
  readonly rate: (caller: CallerInput, enterprises: unknown, query: { readonly asOf: string }) => Effect.Effect<RatingRate, CreditStoreError>
}

/** Options of every store. @since 0.2.0 */
export interface CreditStoreOptions {
  /** The jurisdiction tree: entries, ratings and bound callers must be in it (reads by an unbound caller need none: `[]`). */
  readonly jurisdictions: JurisdictionTree.JurisdictionTree | ReadonlyArray<JurisdictionInput>
  /** Default `defaultCreditConfig` (examples, unverified). */
  readonly config?: CreditConfigInput | unknown
  /** Table prefix: lowercase letters, digits, `_`, starting with a letter; default `anquan_credit_`. */
  readonly tablePrefix?: string | undefined
  /** Create or migrate the tables (default `true`); `false` requires an existing store. */
  readonly createTables?: boolean | undefined
}

/** Who may write: a department (in its subtree) or the system. */
const WRITERS = ["department", "system"] as const

const encodeEvent = Schema.encodeSync(ListEventSchema)
const decodeEvent = Schema.decodeUnknownSync(ListEventSchema)
const encodeFile = Schema.encodeSync(EntryFileSchema)
const decodeFile = Schema.decodeUnknownSync(EntryFileSchema)
const encodeRating = Schema.encodeSync(CreditRatingSchema)
const decodeRating = Schema.decodeUnknownSync(CreditRatingSchema)

const storage = (operation: string) => (cause: unknown) => new CreditStorageError({ operation, cause })

/**
 * Builds the service on the `SqlClient` in context: migrates (or checks) the tables first.
 *
 * @since 0.2.0
 */
export const makeCreditStore = (options: CreditStoreOptions): Effect.Effect<CreditStoreService, InvalidInput | CreditStorageError, SqlClient.SqlClient> =>
  Effect.gen(function*() {
    const { dialect, prefix: p, sql } = yield* storeSql("credit store", options.tablePrefix, "anquan_credit_")
    const tree = yield* Effect.fromResult(resolveTree(options.jurisdictions))
    const config = yield* decodeCreditConfig(options.config)
    yield* prepareCreditSchema(dialect, p, options.createTables !== false)

    const events = sql(`${p}events`)
    const entries = sql(`${p}entries`)
    const tables = { sql, records: `${p}entries`, events: `${p}events`, key: "entry_id", noun: "entry" }
    const ratingsTable = sql(`${p}ratings`)
    const collate = dialect === "pg" ? sql.literal(`COLLATE "C"`) : sql.literal("")
    const run = <A>(operation: string, s: Effect.Effect<A, SqlError.SqlError>) => Effect.mapError(s, storage(operation))
    const corrupt = <A>(operation: string, f: () => A) => Effect.try({ try: f, catch: storage(`${operation} (decoding a stored row)`) })

    const decodeCaller = decodeInput(CallerSchema, "caller")
    const decodeWrite = decodeInput(ListWriteRequest, "execute")
    const decodeId = decodeInput(EntryId, "entry id")
    const decodeRatings = decodeInput(Schema.Array(CreditRatingSchema), "ratings")
    const decodeStatus = decodeInput(Schema.Literals(EntryStatuses), "list: status")

    const known = (code: string) => (JurisdictionTree.has(tree, code) ? Effect.succeed(code) : Effect.fail(new UnknownJurisdiction({ code })))
    const pathOf = (code: string): string => `/${JurisdictionTree.path(tree, code).map((j) => j.code).join("/")}/`

    const callerOf = (input: CallerInput): Effect.Effect<Caller, InvalidInput | UnknownJurisdiction> =>
      Effect.flatMap(decodeCaller(input), (decoded) => {
        const c: Caller = decoded.role?.kind === "department" ? { ...decoded, jurisdiction: decoded.role.jurisdiction } : decoded
        return c.jurisdiction === undefined ? Effect.succeed(c) : Effect.as(known(c.jurisdiction), c)
      })

    const authorize = (caller: Caller, command: string) =>
      caller.role !== undefined && (WRITERS as ReadonlyArray<string>).includes(caller.role.kind)
        ? Effect.void
        : Effect.fail(new CommandNotPermitted({ role: describeRole(caller.role), command, allowed: [...WRITERS] }))

    const guardScope = (caller: Caller, entryId: string, jurisdiction: string): Effect.Effect<void, EntryOutOfJurisdiction | UnknownJurisdiction> =>
      Effect.flatMap(known(jurisdiction), () =>
        caller.jurisdiction === undefined || JurisdictionTree.isWithin(tree, jurisdiction, caller.jurisdiction)
          ? Effect.void
          : Effect.fail(new EntryOutOfJurisdiction({ entryId, jurisdiction, scope: caller.jurisdiction })))

    const guardRead = (caller: Caller, file: EntryFile) => {
      const inScope = caller.jurisdiction === undefined ||
        (JurisdictionTree.has(tree, file.entry.jurisdiction) && JurisdictionTree.isWithin(tree, file.entry.jurisdiction, caller.jurisdiction))
      return inScope ? Effect.void : Effect.fail(new EntryOutOfJurisdiction({ entryId: file.entry.id, jurisdiction: file.entry.jurisdiction, scope: caller.jurisdiction ?? "" }))
    }

    const load = (id: string) =>
      Effect.gen(function*() {
        const rows = yield* run("load", sql<{ data: string }>`SELECT data FROM ${entries} WHERE entry_id = ${id}`)
        const row = rows[0]
        return row === undefined ? undefined : yield* corrupt("load", () => decodeFile(JSON.parse(row.data)))
      })

    const idOf = (command: ListCommand): string => (command._tag === "AddEntry" ? command.entry.id ?? defaultEntryId(command.entry) : command.entryId)

    /** One write, inside the caller's transaction. */
    const apply = (caller: Caller, command: ListCommand, expectedVersion: number) =>
      Effect.gen(function*() {
        yield* authorize(caller, command._tag)
        const id = idOf(command)
        const current = yield* load(id)
        const actual = current?.version ?? 0
        if (current === undefined && command._tag !== "AddEntry") return yield* new EntryNotFound({ entryId: id })
        if (actual !== expectedVersion) return yield* new EntryVersionConflict({ entryId: id, expected: expectedVersion, actual })
        const envelope = {
          entryId: id as EntryId,
          version: actual + 1,
          at: new Date(yield* Clock.currentTimeMillis),
          actor: caller.actor,
          ...(caller.role === undefined ? {} : { role: caller.role })
        }
        let event: ListEvent
        switch (command._tag) {
          case "AddEntry": {
            const entry = entryOf(command.entry, config)
            if (entry === undefined) {
              return yield* new InvalidInput({
                entryPoint: "AddEntry",
                issues: [{ path: ["entry", "condition"], message: `Expected one of the configured conditions ${config.conditions.map((c) => c.id).join(", ")}; got ${JSON.stringify(command.entry.condition)}` }]
              })
            }
            yield* guardScope(caller, id, entry.jurisdiction)
            event = { _tag: "EntryAdded", ...envelope, entry }
            break
          }
          case "RepairEntry": {
            yield* guardScope(caller, id, current!.entry.jurisdiction)
            const reasons = repairRefusals(current!.entry, command.on, command.evidence, config)
            if (reasons.length > 0) return yield* new RepairRefused({ entryId: id, reasons })
            event = { _tag: "EntryRepaired", ...envelope, repair: { on: command.on, evidence: command.evidence, by: caller.actor, ...(command.note === undefined ? {} : { note: command.note }) } }
            break
          }
          case "RemoveEntry": {
            yield* guardScope(caller, id, current!.entry.jurisdiction)
            const reasons = removalRefusals(current!.entry, command.on)
            if (reasons.length > 0) return yield* new RemovalRefused({ entryId: id, reasons })
            event = { _tag: "EntryRemoved", ...envelope, removal: { on: command.on, reason: command.reason, by: caller.actor } }
            break
          }
        }
        const file = evolveEntry(current, event)
        yield* writeVersioned(tables, {
          id,
          expectedVersion,
          row: {
            version: file.version,
            enterprise: file.entry.enterprise as string,
            jurisdiction: file.entry.jurisdiction as string,
            jurisdiction_path: pathOf(file.entry.jurisdiction),
            data: JSON.stringify(encodeFile(file))
          },
          event,
          eventData: JSON.stringify(encodeEvent(event))
        }, storage)
        return { file, event } satisfies ListWriteResult
      })

    const transaction = versionedTransaction(sql, storage, (id) => Effect.map(load(id), (file) => file?.version), (race, actual) =>
      new EntryVersionConflict({ entryId: race.id, expected: race.expected, actual }))

    const execute: CreditStoreService["execute"] = (callerInput, requestInput) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const request = yield* decodeWrite(requestInput)
        return yield* transaction(apply(caller, request.command, request.expectedVersion))
      })

    const get: CreditStoreService["get"] = (callerInput, idInput) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const id = yield* decodeId(idInput)
        const file = yield* load(id)
        if (file === undefined) return yield* new EntryNotFound({ entryId: id })
        yield* guardRead(caller, file)
        return file
      })

    const history: CreditStoreService["history"] = (callerInput, idInput) =>
      Effect.gen(function*() {
        const file = yield* get(callerInput, idInput)
        const rows = yield* run("history", sql<{ data: string }>`SELECT data FROM ${events} WHERE entry_id = ${file.entry.id} ORDER BY version`)
        return yield* corrupt("history", () => rows.map((r) => decodeEvent(JSON.parse(r.data))))
      })

    const prefixesOf = (caller: Caller, jurisdiction: string | undefined) =>
      [caller.jurisdiction, jurisdiction].filter((c): c is string => c !== undefined).map(pathOf)

    const select = (caller: Caller, query: ListQuery) =>
      Effect.gen(function*() {
        if (query.jurisdiction !== undefined) yield* known(query.jurisdiction)
        const status = query.status === undefined ? undefined : yield* decodeStatus(query.status)
        const day = query.asOf === undefined ? undefined : yield* decodeAsOf(query.asOf, "list")
        if (status !== undefined && day === undefined) {
          return yield* new InvalidInput({ entryPoint: "list", issues: [{ path: ["asOf"], message: "a status is read on a day: give asOf too" }] })
        }
        const c = [
          ...prefixesOf(caller, query.jurisdiction).map((prefix) => sql`jurisdiction_path LIKE ${`${prefix}%`}`),
          ...(query.enterprise === undefined ? [] : [sql`enterprise = ${query.enterprise}`])
        ]
        const rows = yield* run("list", sql<{ data: string }>`
          SELECT data FROM ${entries} ${c.length === 0 ? sql.literal("") : sql`WHERE ${sql.and(c)}`} ORDER BY entry_id ${collate}`)
        const files = yield* corrupt("list", () => rows.map((r) => decodeFile(JSON.parse(r.data))))
        return status === undefined ? files : files.filter((f) => statusOf(f.entry, day!) === status)
      })

    const list: CreditStoreService["list"] = (callerInput, query = {}) => Effect.flatMap(callerOf(callerInput), (caller) => select(caller, query))

    const check: CreditStoreService["check"] = (callerInput, query) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const asOf = yield* decodeAsOf(query.asOf, "check")
        const purpose = yield* decodePurpose(query.purpose, config)
        const enterprise = yield* decodeEnterpriseCode(query.enterprise)
        const files = yield* select(caller, { enterprise })
        return checkEntries(files.map((f) => f.entry), { enterprise, asOf, purpose }, config)
      })

    const classes: CreditStoreService["classes"] = (callerInput, recordInput, query) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const asOf = yield* decodeAsOf(query.asOf, "credit classes")
        const record = yield* decodeCreditRecord(recordInput)
        const files = yield* select(caller, {})
        return classifyRecord(record, asOf, config, files.map((f) => f.entry))
      })

    const recordRatings: CreditStoreService["recordRatings"] = (callerInput, input) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        yield* authorize(caller, "RecordRating")
        const decoded = yield* decodeRatings(input)
        const known = new Set(config.classes.map((k) => k.id))
        const issues = decoded.flatMap((r, i) =>
          known.has(r.class) ? [] : [{ path: [i, "class"], message: `Expected one of the configured classes ${[...known].join(", ")}; got ${JSON.stringify(r.class)}` }]
        )
        if (issues.length > 0) return yield* new InvalidInput({ entryPoint: "ratings", issues })
        for (const r of decoded) yield* guardScope(caller, `rating of ${r.enterprise}`, r.jurisdiction)
        const at = new Date(yield* Clock.currentTimeMillis).toISOString()
        yield* transaction(Effect.forEach(decoded, (r) =>
          run("insert rating", sql`INSERT INTO ${ratingsTable} ${sql.insert({
            enterprise: r.enterprise as string,
            jurisdiction: r.jurisdiction as string,
            jurisdiction_path: pathOf(r.jurisdiction),
            rated_on: CalendarDate.format(r.ratedOn),
            class: r.class,
            at,
            actor_id: caller.actor.id as string,
            data: JSON.stringify(encodeRating(r))
          })}`), { discard: true }))
        return { recorded: decoded.length }
      })

    const readRatings = (caller: Caller, enterprise: string | undefined) =>
      Effect.gen(function*() {
        const c = [
          ...prefixesOf(caller, undefined).map((prefix) => sql`jurisdiction_path LIKE ${`${prefix}%`}`),
          ...(enterprise === undefined ? [] : [sql`enterprise = ${enterprise}`])
        ]
        const rows = yield* run("ratings", sql<{ data: string }>`
          SELECT data FROM ${ratingsTable} ${c.length === 0 ? sql.literal("") : sql`WHERE ${sql.and(c)}`} ORDER BY seq`)
        return yield* corrupt("ratings", () => rows.map((r) => decodeRating(JSON.parse(r.data))))
      })

    const ratings: CreditStoreService["ratings"] = (callerInput, query = {}) =>
      Effect.flatMap(callerOf(callerInput), (caller) => readRatings(caller, query.enterprise))

    const rate: CreditStoreService["rate"] = (callerInput, enterprisesInput, query) =>
      Effect.gen(function*() {
        const caller = yield* callerOf(callerInput)
        const asOf = yield* decodeAsOf(query.asOf, "rating rate")
        const subjects = (yield* decodeCreditRecord(enterprisesInput)).enterprises
        const inView = caller.jurisdiction === undefined
          ? subjects
          : subjects.filter((s) => JurisdictionTree.has(tree, s.jurisdiction) && JurisdictionTree.isWithin(tree, s.jurisdiction, caller.jurisdiction!))
        return ratingRateOf(inView, yield* readRatings(caller, undefined), asOf, config, tree)
      })

    return { config, execute, get, history, list, check, classes, recordRatings, ratings, rate } satisfies CreditStoreService
  })

/** Options of {@link CreditStore.sqlite}. @since 0.2.0 */
export interface SqliteCreditStoreOptions extends CreditStoreOptions, SqliteStoreOptions {}

/** Options of {@link CreditStore.postgres}. @since 0.2.0 */
export interface PostgresCreditStoreOptions extends CreditStoreOptions, PostgresConnectionOptions {}

/**
 * The credit store service tag.
 *
 * @since 0.2.0
 */
export class CreditStore extends Context.Service<CreditStore, CreditStoreService>()("@anquan/credit/CreditStore") {
  /** A store on the `SqlClient` in context. @since 0.2.0 */
  static sql(options: CreditStoreOptions): Layer.Layer<CreditStore, InvalidInput | CreditStorageError, SqlClient.SqlClient> {
    return Layer.effect(CreditStore, makeCreditStore(options))
  }

  /**
   * A store in a SQLite file (the default; it may be the hazard ledger's file: the tables have their
   * own prefix). A reader (`createTables: false`) opens the file read-only.
   *
   * @since 0.2.0
   */
  static sqlite(options: SqliteCreditStoreOptions): Layer.Layer<CreditStore, InvalidInput | CreditStorageError> {
    return sqliteStoreLayer(CreditStore, makeCreditStore(options), options, storage)
  }

  /**
   * A store in PostgreSQL through `@effect/sql-pg` (an optional peer, loaded when the layer is built).
   *
   * @since 0.2.0
   */
  static postgres(options: PostgresCreditStoreOptions): Layer.Layer<CreditStore, InvalidInput | CreditStorageError> {
    return postgresStoreLayer(CreditStore, makeCreditStore(options), options, storage)
  }
}
