/**
 * 存储层 — how every event-sourced store of the SDK (the hazard ledger, the risk register, the
 * enforcement cases, the credit store, …) turns its `make` effect on a `SqlClient` into a layer on a
 * SQLite file or a PostgreSQL pool: the connection is opened when the layer is built, closed when
 * it is released, and its failures become the store's own storage error.
 *
 * @since 0.2.0
 */
import { Clock, type Context, Effect, Layer, Redacted, type Scope } from "effect"
import { Reactivity } from "effect/reactivity"
import { SqlClient } from "effect/sql"
import { openSqlite } from "./sqlite.ts"

/**
 * Builds a store's storage error for a failed `operation` (e.g. `"connecting to PostgreSQL"`).
 *
 * @since 0.2.0
 */
export type StorageErrorOf<E> = (operation: string) => (cause: unknown) => E

/**
 * What a store layer on a SQLite file needs: the file, and `createTables: false` for a reader
 * (the file is then opened read-only).
 *
 * @since 0.2.0
 */
export interface SqliteStoreOptions {
  /** The database file (its directory must exist), or `":memory:"`. */
  readonly filename: string
  /** `false`: a reader; the file is opened read-only and nothing is created. */
  readonly createTables?: boolean | undefined
}

/**
 * How a store connects to PostgreSQL.
 *
 * @since 0.2.0
 */
export interface PostgresConnectionOptions {
  readonly url: string | Redacted.Redacted
  /** Pool size; default 10. */
  readonly maxConnections?: number | undefined
}

/**
 * Opens a PostgreSQL pool through `@effect/sql-pg` — an optional peer dependency, loaded here so
 * that SQLite and memory users need not install it. The pool closes when the scope closes. Its
 * timers (connect, idle, TTL) run on the wall clock even under a `TestClock`, which would otherwise
 * stall them; event times still come from the caller's `Clock`.
 *
 * @since 0.2.0
 */
export const openPostgres = <E>(
  options: PostgresConnectionOptions,
  storageError: StorageErrorOf<E>,
  loading = "loading @effect/sql-pg (npm install @effect/sql-pg)"
): Effect.Effect<SqlClient.SqlClient, E, Scope.Scope | Reactivity.Reactivity> => {
  const url = typeof options.url === "string" ? Redacted.make(options.url) : options.url
  return Effect.tryPromise({ try: () => import("@effect/sql-pg"), catch: storageError(loading) }).pipe(
    Effect.flatMap(({ PgClient }) =>
      PgClient.make({ url, maxConnections: options.maxConnections ?? 10 }).pipe(Effect.mapError(storageError("connecting to PostgreSQL")))
    ),
    Effect.provideService(Clock.Clock, Clock.Clock.defaultValue())
  )
}

/**
 * A store's layer on a SQLite file, opened with {@link openSqlite} (WAL, `synchronous = FULL`;
 * read-only when `createTables === false`): `make` runs on that connection.
 *
 * @since 0.2.0
 */
export const sqliteStoreLayer = <I, S, E, E2>(
  tag: Context.Key<I, S>,
  make: Effect.Effect<S, E, SqlClient.SqlClient | Scope.Scope>,
  options: SqliteStoreOptions,
  storageError: StorageErrorOf<E2>
): Layer.Layer<I, E | E2> =>
  Layer.effect(
    tag,
    Effect.gen(function*() {
      const readonly = options.createTables === false
      const sql = yield* openSqlite({ filename: options.filename, readonly }).pipe(
        Effect.mapError(storageError(`opening SQLite database ${options.filename}`))
      )
      return yield* make.pipe(Effect.provideService(SqlClient.SqlClient, sql))
    })
  ).pipe(Layer.provide(Reactivity.layer))

/**
 * A store's layer on a PostgreSQL pool, opened with {@link openPostgres}: `make` runs on that pool.
 *
 * @since 0.2.0
 */
export const postgresStoreLayer = <I, S, E, E2>(
  tag: Context.Key<I, S>,
  make: Effect.Effect<S, E, SqlClient.SqlClient | Scope.Scope>,
  options: PostgresConnectionOptions,
  storageError: StorageErrorOf<E2>
): Layer.Layer<I, E | E2> =>
  Layer.effect(
    tag,
    Effect.flatMap(openPostgres(options, storageError), (sql) => make.pipe(Effect.provideService(SqlClient.SqlClient, sql)))
  ).pipe(Layer.provide(Reactivity.layer))
