/**
 * SQL 存储 — the backend shared by SQLite and PostgreSQL, through effect's `SqlClient`.
 *
 * Three tables (names prefixed, default `anquan_hazard_`):
 * - `events` — append-only: one row per event (`hazard_id`, `version`, `type`, `at`, `actor_id`,
 *   `data` = the event as JSON), `UNIQUE (hazard_id, version)`, and triggers that refuse UPDATE
 *   and DELETE. `seq` orders exports.
 * - `hazards` — the projection: each hazard's current file as JSON plus the columns reads filter
 *   on, updated in the same transaction as the events it derives from. A partial unique index on
 *   `(subject, rule_id)` for open hazards keeps one open hazard per rule and subject.
 * - `idempotency` — one row per idempotency key: its request fingerprint and the versions it wrote.
 *
 * A write is one transaction: the projection row is updated only if it is still at the expected
 * version (`UPDATE … WHERE version = ?`, or an INSERT for a new hazard), then the events and the
 * key are inserted. Any uniqueness violation means another writer was first; nothing is written
 * and the service reports the precise typed error. Dates are stored as `YYYY-MM-DD` text and
 * instants as ISO-8601 text in both databases, so one SQL text serves both.
 *
 * @since 0.1.0
 */
import { Effect, Schema } from "effect"
import { SqlClient, SqlError, type Statement } from "effect/sql"
import { InvalidInput, LedgerStorageError } from "../domain/errors.ts"
import { decodeEventJson, encodeEventJson } from "../domain/events.ts"
import type { HazardEvent } from "../domain/events.ts"
import { HazardFile } from "../domain/model.ts"
import type { AppendInput, Backend, IdempotencyRecord, StoredHazard, StoreFilter } from "./Backend.ts"
import { AppendRace, projectionColumns } from "./Backend.ts"
import { migrateSchema, requireSchema } from "./migrations.ts"
import { isUniqueViolation, storeSql } from "./sqlSupport.ts"

/**
 * Options of the SQL backend.
 *
 * @since 0.1.0
 */
export interface SqlBackendOptions {
  /**
   * Prefix of the table names: lowercase letters, digits and `_`, starting with a letter, at most
   * 40 characters. Default `anquan_hazard_`. Several ledgers can share one database with different
   * prefixes (tests use one per run).
   */
  readonly tablePrefix?: string | undefined
  /**
   * Create the tables when they are missing and run the pending schema migrations (default
   * `true`). `false` opens an existing ledger without any DDL — for readers (a report, a
   * read-only database user) that must not change the database — and fails with a
   * `LedgerStorageError` (operation "opening an existing ledger", `cause` a
   * `LedgerSchemaMismatch`) when there is no ledger or its schema version is not the one this
   * code knows. On SQLite it also opens the file read-only (see `readonly`).
   */
  readonly createTables?: boolean | undefined
}



const encodeFile = Schema.encodeSync(HazardFile)
const decodeFile = Schema.decodeUnknownSync(HazardFile)

const storage = (operation: string) => (cause: unknown) => new LedgerStorageError({ operation, cause })

const corrupt = <A>(operation: string, f: () => A): Effect.Effect<A, LedgerStorageError> =>
  Effect.try({ try: f, catch: storage(`${operation} (decoding a stored row)`) })

/**
 * Brings the ledger's tables to the current schema version (effect's SQL `Migrator`; see
 * `migrations.ts`), or with `createTables: false` checks that they are at it, and returns the
 * backend over the `SqlClient` in context.
 *
 * @since 0.1.0
 */
export const makeSqlBackend = (
  options: SqlBackendOptions = {}
): Effect.Effect<Backend, InvalidInput | LedgerStorageError, SqlClient.SqlClient> =>
  Effect.gen(function*() {
    const { dialect, prefix: p, sql } = yield* storeSql("ledger", options.tablePrefix, "anquan_hazard_")
    if (options.createTables === false) {
      // an existing ledger at the version this code knows: nothing is created or migrated
      yield* requireSchema(dialect, p)
    } else {
      yield* migrateSchema(dialect, p)
    }

    const events = sql(`${p}events`)
    const hazards = sql(`${p}hazards`)
    const idempotency = sql(`${p}idempotency`)
    const collate = dialect === "pg" ? sql.literal(`COLLATE "C"`) : sql.literal("")

    const run = <A>(operation: string, statement: Effect.Effect<A, SqlError.SqlError>) =>
      Effect.mapError(statement, storage(operation))

    const load = (hazardId: string) =>
      Effect.gen(function*() {
        const rows = yield* run("load", sql<{ data: string; jurisdiction_path: string }>`
          SELECT data, jurisdiction_path FROM ${hazards} WHERE hazard_id = ${hazardId}`)
        const row = rows[0]
        if (row === undefined) return undefined
        return yield* corrupt("load", (): StoredHazard => ({ file: decodeFile(JSON.parse(row.data)), path: row.jurisdiction_path }))
      })

    const findOpenByRule = (subject: string, ruleId: string) =>
      Effect.map(
        run("findOpenByRule", sql<{ hazard_id: string }>`
          SELECT hazard_id FROM ${hazards} WHERE subject = ${subject} AND rule_id = ${ruleId} AND state <> 'closed'`),
        (rows) => rows[0]?.hazard_id
      )

    const findIdempotency = (key: string) =>
      Effect.map(
        run("findIdempotency", sql<{ fingerprint: string; hazard_id: string; from_version: number; to_version: number }>`
          SELECT fingerprint, hazard_id, from_version, to_version FROM ${idempotency} WHERE idempotency_key = ${key}`),
        (rows): IdempotencyRecord | undefined => {
          const r = rows[0]
          return r === undefined
            ? undefined
            : { key, fingerprint: r.fingerprint, hazardId: r.hazard_id, fromVersion: Number(r.from_version), toVersion: Number(r.to_version) }
        }
      )

    /** A uniqueness violation is a lost race; everything else is a storage failure. */
    const write = (hazardId: string, operation: string, statement: Effect.Effect<unknown, SqlError.SqlError>) =>
      Effect.mapError(statement, (e): AppendRace | LedgerStorageError =>
        isUniqueViolation(e)
          ? new AppendRace({ hazardId, detail: e.reason.message ?? operation })
          : new LedgerStorageError({ operation, cause: e })
      )

    const append = (input: AppendInput) =>
      Effect.gen(function*() {
        const file = input.file
        const id = file.id as string
        const data = JSON.stringify(encodeFile(file))
        const columns = { ...projectionColumns(file), version: file.version, jurisdiction_path: input.path, data }
        if (input.expectedVersion === 0) {
          yield* write(id, "insert hazard", sql`INSERT INTO ${hazards} ${sql.insert({ hazard_id: id, ...columns })}`)
        } else {
          const updated = yield* write(id, "update hazard", sql<{ hazard_id: string }>`
            UPDATE ${hazards} SET ${sql.update(columns)}
            WHERE hazard_id = ${id} AND version = ${input.expectedVersion} RETURNING hazard_id`)
          if ((updated as ReadonlyArray<unknown>).length !== 1) return yield* new AppendRace({ hazardId: id, detail: "version" })
        }
        for (const event of input.events) {
          yield* write(id, "insert event", sql`INSERT INTO ${events} ${sql.insert({
            hazard_id: id,
            version: event.version,
            type: event._tag,
            at: event.at.toISOString(),
            actor_id: event.actor.id as string,
            data: encodeEventJson(event)
          })}`)
        }
        if (input.idempotency !== undefined) {
          yield* write(id, "insert idempotency key", sql`INSERT INTO ${idempotency} ${sql.insert({
            idempotency_key: input.idempotency.key,
            fingerprint: input.idempotency.fingerprint,
            hazard_id: id,
            from_version: input.expectedVersion + 1,
            to_version: input.expectedVersion + input.events.length,
            at: (input.events[0]?.at ?? new Date(0)).toISOString()
          })}`)
        }
      })

    const decodeEvents = (operation: string, rows: ReadonlyArray<{ data: string }>) =>
      corrupt(operation, (): ReadonlyArray<HazardEvent> => rows.map((r) => decodeEventJson(r.data)))

    const eventsOf = (hazardId: string, toVersion?: number) =>
      Effect.flatMap(
        run("events", sql<{ data: string }>`
          SELECT data FROM ${events} WHERE hazard_id = ${hazardId}
          ${toVersion === undefined ? sql.literal("") : sql`AND version <= ${toVersion}`}
          ORDER BY version`),
        (rows) => decodeEvents("events", rows)
      )

    const where = (f: StoreFilter): Statement.Fragment => {
      const c: Array<Statement.Fragment> = []
      if (f.pathPrefix !== undefined) c.push(sql`jurisdiction_path LIKE ${`${f.pathPrefix}%`}`)
      if (f.subject !== undefined) c.push(sql`subject = ${f.subject}`)
      if (f.subjects !== undefined) c.push(f.subjects.length === 0 ? sql.literal("1 = 0") : sql.in("subject", f.subjects))
      if (f.level !== undefined) c.push(sql`level = ${f.level}`)
      if (f.states !== undefined) c.push(f.states.length === 0 ? sql.literal("1 = 0") : sql.in("state", f.states))
      if (f.overdueAsOf !== undefined) c.push(sql`state <> 'closed' AND deadline IS NOT NULL AND deadline < ${f.overdueAsOf}`)
      if (f.campaignId !== undefined) c.push(sql`campaign_id = ${f.campaignId}`)
      if (f.ruleId !== undefined) c.push(sql`rule_id = ${f.ruleId}`)
      if (f.hasRule === true) c.push(sql.literal("rule_id IS NOT NULL"))
      if (f.sourceKind !== undefined) c.push(sql`source_kind = ${f.sourceKind}`)
      if (f.discoveredFrom !== undefined) c.push(sql`discovered_on >= ${f.discoveredFrom}`)
      if (f.discoveredTo !== undefined) c.push(sql`discovered_on <= ${f.discoveredTo}`)
      if (f.closedFrom !== undefined) c.push(sql`closed_on >= ${f.closedFrom}`)
      if (f.closedTo !== undefined) c.push(sql`closed_on <= ${f.closedTo}`)
      return c.length === 0 ? sql.literal("") : sql`WHERE ${sql.and(c)}`
    }

    const query = (f: StoreFilter) =>
      Effect.gen(function*() {
        const limit = f.limit ?? (f.offset !== undefined ? 2_147_483_647 : undefined)
        const page = limit === undefined ? sql.literal("") : sql`LIMIT ${limit} OFFSET ${f.offset ?? 0}`
        const rows = yield* run("query", sql<{ data: string }>`
          SELECT data FROM ${hazards} ${where(f)} ORDER BY discovered_on, hazard_id ${collate} ${page}`)
        return yield* corrupt("query", (): ReadonlyArray<HazardFile> => rows.map((r) => decodeFile(JSON.parse(r.data))))
      })

    const exportEvents = (prefix?: string) =>
      Effect.flatMap(
        run("exportEvents", sql<{ data: string }>`
          SELECT e.data AS data FROM ${events} e JOIN ${hazards} h ON h.hazard_id = e.hazard_id
          ${prefix === undefined ? sql.literal("") : sql`WHERE h.jurisdiction_path LIKE ${`${prefix}%`}`}
          ORDER BY e.seq`),
        (rows) => decodeEvents("exportEvents", rows)
      )

    return {
      transaction: <A, E>(effect: Effect.Effect<A, E>) =>
        sql.withTransaction(effect).pipe(
          Effect.catchIf(SqlError.isSqlError, (e) => Effect.fail(new LedgerStorageError({ operation: "transaction", cause: e })))
        ) as Effect.Effect<A, E | LedgerStorageError>,
      load,
      findOpenByRule,
      findIdempotency,
      append,
      events: eventsOf,
      query,
      exportEvents
    } satisfies Backend
  })
