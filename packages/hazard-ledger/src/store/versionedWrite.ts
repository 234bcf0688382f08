/**
 * 版本化写入 — the write path the SDK's registers share (the risk register, the enforcement cases,
 * the credit store, the investigation store, the report register, the standardization register):
 * one row per record holding its current version, one appended event row per change, optimistic
 * concurrency on the version, all inside the caller's transaction, the same on SQLite and
 * PostgreSQL.
 *
 * A write that finds another writer first — a uniqueness violation on insert, or an update that
 * matches no row at the expected version — fails with {@link VersionRace}; {@link versionedTransaction}
 * turns that into the register's own version-conflict error, naming the version the record has now.
 *
 * @since 0.2.0
 */
import { Data, Effect } from "effect"
import { SqlError } from "effect/sql"
import type { SqlClient } from "effect/sql"
import { isUniqueViolation } from "./sqlSupport.ts"
import type { StorageErrorOf } from "./storeLayer.ts"

/**
 * Another writer changed the record first: `expected` is the version this write started from.
 *
 * @since 0.2.0
 */
export class VersionRace extends Data.TaggedError("VersionRace")<{ readonly id: string; readonly expected: number }> {}

/**
 * Where a register keeps its records: the records table (one row per record, with a `version`
 * column), its events table, and the key column both share (e.g. `entry_id`).
 *
 * @since 0.2.0
 */
export interface VersionedTables {
  readonly sql: SqlClient.SqlClient
  /** The records table's name (prefix included). */
  readonly records: string
  /** The events table's name (prefix included). */
  readonly events: string
  /** The key column of both tables. */
  readonly key: string
  /** What a record is called in storage errors: `"insert <noun>"`, `"update <noun>"`. */
  readonly noun: string
}

/**
 * One change: the record's row at its new version (without the key column) and the event that
 * made it. The event row holds the event's `version`, `_tag` (as `type`), `at`, actor id and its
 * encoded JSON.
 *
 * @since 0.2.0
 */
export interface VersionedChange {
  readonly id: string
  /** The version the change starts from; `0`: the record is new and its row is inserted. */
  readonly expectedVersion: number
  /** The record's columns at the new version, `version` among them. */
  readonly row: Readonly<Record<string, unknown>>
  /** The event appended for the change. */
  readonly event: {
    readonly _tag: string
    readonly version: number
    readonly at: Date
    readonly actor: { readonly id: string }
  }
  /** The event encoded (its Schema's JSON), stored in the `data` column. */
  readonly eventData: string
}

/**
 * Writes one change inside the caller's transaction: inserts (at version 0) or updates the
 * record's row where its version is still the expected one, then appends the event. Any other
 * failure becomes the register's storage error for the operation.
 *
 * @since 0.2.0
 */
export const writeVersioned = <E>(
  tables: VersionedTables,
  change: VersionedChange,
  storageError: StorageErrorOf<E>
): Effect.Effect<void, E | VersionRace> =>
  Effect.gen(function*() {
    const { key, sql } = tables
    const race = () => new VersionRace({ id: change.id, expected: change.expectedVersion })
    const run = <A>(operation: string, statement: Effect.Effect<A, SqlError.SqlError>) =>
      Effect.mapError(statement, (e) => (isUniqueViolation(e) ? race() : storageError(operation)(e)))
    if (change.expectedVersion === 0) {
      yield* run(`insert ${tables.noun}`, sql`INSERT INTO ${sql(tables.records)} ${sql.insert({ [key]: change.id, ...change.row })}`)
    } else {
      const updated = yield* run(`update ${tables.noun}`, sql`
        UPDATE ${sql(tables.records)} SET ${sql.update(change.row)}
        WHERE ${sql(key)} = ${change.id} AND version = ${change.expectedVersion} RETURNING ${sql(key)}`)
      if (updated.length !== 1) return yield* race()
    }
    const { event } = change
    yield* run("insert event", sql`INSERT INTO ${sql(tables.events)} ${sql.insert({
      [key]: change.id,
      version: event.version,
      type: event._tag,
      at: event.at.toISOString(),
      actor_id: event.actor.id,
      data: change.eventData
    })}`)
  })

/**
 * Runs writes in one transaction. A failed transaction is the register's storage error; a lost
 * race is reported by `conflict` with the version the record has now (`0`: none, or unreadable).
 *
 * @since 0.2.0
 */
export const versionedTransaction = <E, C, R>(
  sql: SqlClient.SqlClient,
  storageError: StorageErrorOf<E>,
  currentVersion: (id: string) => Effect.Effect<number | undefined, unknown, R>,
  conflict: (race: VersionRace, actual: number) => C
) =>
<A, Err, R2>(effect: Effect.Effect<A, Err | VersionRace, R2>): Effect.Effect<A, Exclude<Err, VersionRace> | C | E, R | R2> =>
  sql.withTransaction(effect).pipe(
    Effect.catchIf(SqlError.isSqlError, (e) => Effect.fail(storageError("transaction")(e))),
    Effect.catchIf((e: unknown): e is VersionRace => e instanceof VersionRace, (race) =>
      Effect.flatMap(Effect.orElseSucceed(currentVersion(race.id), () => undefined), (now) => Effect.fail(conflict(race, now ?? 0))))
  ) as Effect.Effect<A, Exclude<Err, VersionRace> | C | E, R | R2>
