/**
 * 嵌入式存储 — the embedded store: an effect `SqlClient` over Node's built-in `node:sqlite`.
 *
 * One `DatabaseSync` connection is shared through a semaphore (SQLite allows one writer), so
 * statements and transactions from concurrent fibers are serialized, never interleaved. Code
 * written against `SqlClient.SqlClient` runs unchanged on PostgreSQL through `@effect/sql-pg`.
 *
 * Parameters are bound as SQLite understands them: `boolean` → `1`/`0`, `Date` → ISO-8601 UTC
 * text (`toISOString()`), `undefined` → `NULL`; any other object is rejected instead of being
 * silently stored as `NULL`. Rows come back as plain objects. Driver errors are `SqlError`s
 * whose `reason` is classified (`UniqueViolation`, `ConstraintError`, `SqlSyntaxError`,
 * `LockTimeoutError`, …).
 *
 * @since 0.1.0
 */
import { Cause, Context, Effect, Layer, Scope, Semaphore, Stream } from "effect"
import type * as Arr from "effect/Array"
import { Reactivity } from "effect/reactivity"
import { SqlClient, type SqlConnection, SqlError, Statement } from "effect/sql"
import { backup as sqliteBackup, DatabaseSync, type SQLInputValue, type StatementSync } from "node:sqlite"

/**
 * `PRAGMA synchronous` level. `"FULL"` (the default) syncs the journal on every commit, so an
 * acknowledged write survives a power loss; `"NORMAL"` in WAL mode survives a process crash but
 * may lose the last commits on power loss.
 *
 * @since 0.1.0
 */
export type Synchronous = "OFF" | "NORMAL" | "FULL" | "EXTRA"

/**
 * Options for {@link make} and {@link layer}.
 *
 * @since 0.1.0
 */
export interface NodeSqliteClientConfig {
  /** Path of the database file, or `":memory:"` for a private in-memory database. */
  readonly filename: string
  /** Open read-only; the file must exist. Default `false`. */
  readonly readonly?: boolean | undefined
  /**
   * Put a file database in write-ahead-log mode (`PRAGMA journal_mode=WAL`); opening fails if
   * SQLite refuses. Default `true`; ignored for in-memory and read-only databases.
   */
  readonly wal?: boolean | undefined
  /** `PRAGMA synchronous`. Default `"FULL"` (durable acknowledged writes). */
  readonly synchronous?: Synchronous | undefined
  /**
   * How long SQLite waits for a lock held by another connection or process before failing with
   * `LockTimeoutError`. `node:sqlite` is synchronous: the wait blocks the event loop. Default `5000`.
   */
  readonly busyTimeoutMs?: number | undefined
  /** Enforce foreign keys (`PRAGMA foreign_keys`). Default `true`. */
  readonly foreignKeys?: boolean | undefined
  /** How many prepared statements to keep, least recently used evicted first. Default `200`; `0` disables. */
  readonly prepareCacheSize?: number | undefined
  /** Extra attributes for every statement span. */
  readonly spanAttributes?: Record<string, unknown> | undefined
  /** Maps identifiers in queries, e.g. `String.camelToSnake`. */
  readonly transformQueryNames?: ((name: string) => string) | undefined
  /** Maps column names in results, e.g. `String.snakeToCamel`. */
  readonly transformResultNames?: ((name: string) => string) | undefined
}

/**
 * Outcome of {@link NodeSqliteClient.backup}.
 *
 * @since 0.1.0
 */
export interface BackupResult {
  /** Pages in the source database when the backup finished. */
  readonly totalPages: number
}

/**
 * A `SqlClient` backed by `node:sqlite`, plus its configuration and an online backup.
 *
 * @since 0.1.0
 */
export interface NodeSqliteClient extends SqlClient.SqlClient {
  /** The options the client was opened with. */
  readonly config: NodeSqliteClientConfig
  /**
   * Copies the database to `destination` (a file path) with SQLite's online backup API, holding
   * the connection so no other statement of this client interleaves. Fails inside a transaction
   * of this client.
   */
  readonly backup: (destination: string) => Effect.Effect<BackupResult, SqlError.SqlError>
}

/**
 * Service tag of the client. {@link layer} provides it alongside `SqlClient.SqlClient`; use it
 * only for the SQLite-specific members (`backup`, `config`).
 *
 * @since 0.1.0
 */
export const NodeSqliteClient: Context.Service<NodeSqliteClient, NodeSqliteClient> = Context.Service<NodeSqliteClient>(
  "@anquan/sql-node-sqlite/NodeSqliteClient"
)

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/** Thrown (and classified as `SqlSyntaxError`) when one SQL string holds several statements. */
class MultipleStatementsError extends Error {
  constructor(sql: string) {
    super(
      "node:sqlite runs one statement per call and would silently ignore the rest; " +
        `split the SQL into separate statements: ${JSON.stringify(sql.length > 200 ? `${sql.slice(0, 200)}…` : sql)}`
    )
    this.name = "MultipleStatementsError"
  }
}

/** Thrown (and classified as `UnknownError`) for a parameter SQLite cannot store faithfully. */
class UnsupportedParameterError extends TypeError {
  constructor(position: number, value: unknown) {
    super(
      `cannot bind parameter ${position} (${describe(value)}) to SQLite: use a string, number, bigint, ` +
        "boolean, Date, Uint8Array or null (serialize objects yourself, e.g. JSON.stringify)"
    )
    this.name = "UnsupportedParameterError"
  }
}

const describe = (value: unknown): string =>
  value === null ? "null" : typeof value === "object" ? (value.constructor?.name ?? "object") : typeof value

const UNIQUE_PREFIX = "UNIQUE constraint failed:"
const SQLITE_CONSTRAINT_PRIMARYKEY = 1555
const SQLITE_ERROR = 1
const SYNTAX_LIKE = /syntax error|incomplete input|unrecognized token|no such (table|column|function)/i

const messageOf = (cause: unknown): string | undefined =>
  typeof cause === "object" && cause !== null && "message" in cause && typeof cause.message === "string"
    ? cause.message
    : undefined

/**
 * `node:sqlite` errors carry the extended result code in `errcode`; effect's classifier reads
 * `errno`. A primary-key violation (SQLITE_CONSTRAINT_PRIMARYKEY) is reported as a
 * `UniqueViolation`, as PostgreSQL does, and SQLITE_ERROR for bad SQL as a `SqlSyntaxError`.
 */
const toSqlError = (cause: unknown, operation: string): SqlError.SqlError => {
  const message = messageOf(cause)
  const props = { cause, message, operation }
  if (cause instanceof MultipleStatementsError) {
    return new SqlError.SqlError({ reason: new SqlError.SqlSyntaxError(props) })
  }
  if (typeof cause === "object" && cause !== null && "errcode" in cause && typeof cause.errcode === "number") {
    const errcode = cause.errcode
    if (!("errno" in cause)) Object.assign(cause, { errno: errcode })
    if (errcode === SQLITE_CONSTRAINT_PRIMARYKEY) {
      const at = message?.indexOf(UNIQUE_PREFIX) ?? -1
      const constraint = at === -1 ? "unknown" : message!.slice(at + UNIQUE_PREFIX.length).trim() || "unknown"
      return new SqlError.SqlError({ reason: new SqlError.UniqueViolation({ ...props, constraint }) })
    }
    if (errcode === SQLITE_ERROR && message !== undefined && SYNTAX_LIKE.test(message)) {
      return new SqlError.SqlError({ reason: new SqlError.SqlSyntaxError(props) })
    }
  }
  return new SqlError.SqlError({ reason: SqlError.classifySqliteError(cause, props) })
}

const connectionError = (cause: unknown, operation: string): SqlError.SqlError =>
  new SqlError.SqlError({
    reason: new SqlError.ConnectionError({ cause, message: messageOf(cause) ?? "cannot open database", operation })
  })

// ---------------------------------------------------------------------------------------------
// Parameters and rows
// ---------------------------------------------------------------------------------------------

const toParam = (value: unknown, index: number): SQLInputValue => {
  switch (typeof value) {
    case "string":
    case "number":
    case "bigint":
      return value
    case "boolean":
      return value ? 1 : 0
    case "undefined":
      return null
  }
  if (value === null) return null
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new UnsupportedParameterError(index + 1, value)
    return value.toISOString()
  }
  if (ArrayBuffer.isView(value)) return value as SQLInputValue
  throw new UnsupportedParameterError(index + 1, value)
}

const toParams = (params: ReadonlyArray<unknown>): Array<SQLInputValue> => params.map(toParam)

/** `node:sqlite` rows have a null prototype; hand out ordinary objects, as other drivers do. */
const plainRows = (rows: ReadonlyArray<object>): Array<object> => {
  const out = new Array<object>(rows.length)
  for (let i = 0; i < rows.length; i++) out[i] = { ...rows[i] }
  return out
}

const STREAM_CHUNK_SIZE = 256

const isMemory = (filename: string): boolean =>
  filename === ":memory:" || filename.startsWith("file::memory:") || /[?&]mode=memory(&|$)/.test(filename)

// ---------------------------------------------------------------------------------------------
// Opening and closing
// ---------------------------------------------------------------------------------------------

const open = (options: NodeSqliteClientConfig): Effect.Effect<DatabaseSync, SqlError.SqlError> =>
  Effect.try({
    try: () => {
      const readonly = options.readonly === true
      const db = new DatabaseSync(options.filename, {
        readOnly: readonly,
        enableForeignKeyConstraints: options.foreignKeys ?? true,
        timeout: options.busyTimeoutMs ?? 5000
      })
      try {
        if (!readonly) {
          if ((options.wal ?? true) && !isMemory(options.filename)) {
            const row = db.prepare("PRAGMA journal_mode = WAL").get()
            const mode = String(row?.["journal_mode"] ?? "")
            if (mode.toLowerCase() !== "wal") {
              throw new Error(`SQLite refused WAL mode for ${options.filename} (journal_mode = ${mode})`)
            }
          }
          db.exec(`PRAGMA synchronous = ${options.synchronous ?? "FULL"}`)
        }
      } catch (cause) {
        db.close()
        throw cause
      }
      return db
    },
    catch: (cause) => connectionError(cause, "open")
  })

const close = (db: DatabaseSync): void => {
  if (!db.isOpen) return
  try {
    db.exec("PRAGMA optimize")
  } catch {
    // best effort: refresh query-planner statistics for the next open
  }
  db.close()
}

// ---------------------------------------------------------------------------------------------
// The connection
// ---------------------------------------------------------------------------------------------

type Mode = "rows" | "raw" | "values"

const makeConnection = (db: DatabaseSync, cacheSize: number): SqlConnection.Connection => {
  const cache = new Map<string, StatementSync>()

  const prepareFresh = (sql: string): StatementSync => {
    const statement = db.prepare(sql)
    // prepare() compiles the first statement and silently drops the rest: refuse scripts.
    const source = statement.sourceSQL
    const at = sql.indexOf(source)
    const tail = at === -1 ? "" : sql.slice(at + source.length)
    if (tail.trim() !== "") {
      let more = true
      try {
        db.prepare(tail)
      } catch (cause) {
        more = !/contains no statements/.test(messageOf(cause) ?? "")
      }
      if (more) throw new MultipleStatementsError(sql)
    }
    return statement
  }

  const prepareCached = (sql: string): StatementSync => {
    const hit = cache.get(sql)
    if (hit !== undefined) {
      cache.delete(sql)
      cache.set(sql, hit)
      return hit
    }
    const statement = prepareFresh(sql)
    if (cacheSize > 0) {
      cache.set(sql, statement)
      if (cache.size > cacheSize) cache.delete(cache.keys().next().value!)
    }
    return statement
  }

  const runSync = (statement: StatementSync, params: ReadonlyArray<unknown>, mode: Mode, safeIntegers: boolean) => {
    const args = toParams(params)
    statement.setReadBigInts(safeIntegers)
    statement.setReturnArrays(mode === "values")
    if (statement.columns().length > 0) {
      const rows = statement.all(...args)
      return mode === "values" ? rows : plainRows(rows)
    }
    const result = statement.run(...args)
    return mode === "raw" ? { changes: result.changes, lastInsertRowid: result.lastInsertRowid } : []
  }

  const run = (sql: string, params: ReadonlyArray<unknown>, mode: Mode, cached: boolean) =>
    Effect.withFiber((fiber) => {
      const safeIntegers = fiber.getRef(SqlClient.SafeIntegers)
      return Effect.try({
        try: () => runSync(cached ? prepareCached(sql) : prepareFresh(sql), params, mode, safeIntegers),
        catch: (cause) => toSqlError(cause, "execute")
      })
    })

  type Rows = ReadonlyArray<any>
  type Transform = (<A extends object>(rows: ReadonlyArray<A>) => ReadonlyArray<A>) | undefined
  const rows = (effect: Effect.Effect<unknown, SqlError.SqlError>, transform: Transform) =>
    Effect.map(effect, (rs) => (transform ? transform(rs as ReadonlyArray<object>) : rs) as Rows)

  const stream = (sql: string, params: ReadonlyArray<unknown>, transform: Transform): Stream.Stream<any, SqlError.SqlError> =>
    Stream.unwrap(
      Effect.withFiber((fiber) => {
        const safeIntegers = fiber.getRef(SqlClient.SafeIntegers)
        // A statement of its own: stepping a cached one elsewhere would invalidate this iterator.
        const acquire = Effect.try({
          try: () => {
            const statement = prepareFresh(sql)
            statement.setReadBigInts(safeIntegers)
            return statement.iterate(...toParams(params))
          },
          catch: (cause) => toSqlError(cause, "stream")
        })
        // return() resets the statement, releasing its read lock when the consumer stops early.
        const release = (iterator: Iterator<unknown>) => Effect.sync(() => void iterator.return?.())
        return Effect.map(Effect.acquireRelease(acquire, release), (iterator) => {
          let failure: SqlError.SqlError | undefined
          let finished = false
          const pull = Effect.suspend<Arr.NonEmptyReadonlyArray<any>, SqlError.SqlError | Cause.Done, never>(() => {
            if (failure !== undefined) return Effect.fail(failure)
            if (finished) return Cause.done()
            const chunk: Array<object> = []
            try {
              while (chunk.length < STREAM_CHUNK_SIZE) {
                const next = iterator.next()
                if (next.done === true) {
                  finished = true
                  break
                }
                chunk.push({ ...(next.value as object) })
              }
            } catch (cause) {
              failure = toSqlError(cause, "stream")
            }
            if (chunk.length === 0) return failure !== undefined ? Effect.fail(failure) : Cause.done()
            return Effect.succeed((transform ? transform(chunk) : chunk) as unknown as Arr.NonEmptyReadonlyArray<any>)
          })
          return Stream.fromPull(Effect.succeed(pull))
        })
      })
    )

  return {
    execute: (sql, params, transform) => rows(run(sql, params, "rows", true), transform),
    executeUnprepared: (sql, params, transform) => rows(run(sql, params, "rows", false), transform),
    executeRaw: (sql, params) => run(sql, params, "raw", true),
    executeValues: (sql, params) => run(sql, params, "values", true) as Effect.Effect<ReadonlyArray<ReadonlyArray<unknown>>, SqlError.SqlError>,
    executeValuesUnprepared: (sql, params) =>
      run(sql, params, "values", false) as Effect.Effect<ReadonlyArray<ReadonlyArray<unknown>>, SqlError.SqlError>,
    executeStream: stream
  }
}

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

/**
 * Opens the database and builds the client. The database is closed when the scope closes.
 *
 * Fails with a `SqlError` whose reason is `ConnectionError` when the file cannot be opened
 * (missing directory, read-only file that does not exist, WAL refused).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Reactivity } from "effect/reactivity"
 * import { NodeSqliteClient } from "@anquan/sql-node-sqlite"
 *
 * const program = Effect.gen(function* () {
 *   const sql = yield* NodeSqliteClient.make({ filename: "./anquan.db" })
 *   yield* sql`CREATE TABLE IF NOT EXISTS hazard (id TEXT PRIMARY KEY, found_at TEXT NOT NULL)`
 *   return yield* sql<{ n: number }>`SELECT count(*) AS n FROM hazard`
 * }).pipe(Effect.scoped, Effect.provide(Reactivity.layer))
 * ```
 * @since 0.1.0
 */
export const make = (
  options: NodeSqliteClientConfig
): Effect.Effect<NodeSqliteClient, SqlError.SqlError, Scope.Scope | Reactivity.Reactivity> =>
  Effect.gen(function* () {
    const db = yield* Effect.acquireRelease(open(options), (db) => Effect.sync(() => close(db)))
    const connection = makeConnection(db, Math.max(0, Math.floor(options.prepareCacheSize ?? 200)))
    const semaphore = yield* Semaphore.make(1)
    const acquirers = SqlClient.makeSqliteAcquirers({
      connection: Effect.succeed(connection),
      semaphore,
      isTransaction: () => db.isTransaction
    })
    const client = yield* SqlClient.make({
      driver: "node-sqlite",
      acquirer: acquirers.acquirer,
      borrower: acquirers.borrower,
      transactionAcquirer: acquirers.transactionAcquirer,
      onCommitFailure: acquirers.onCommitFailure,
      isTransaction: acquirers.isTransaction,
      compiler: Statement.makeCompilerSqlite(options.transformQueryNames),
      transformRows: options.transformResultNames
        ? Statement.defaultTransforms(options.transformResultNames).array
        : undefined,
      // IMMEDIATE takes the write lock up front, so a transaction never fails half-way with
      // SQLITE_BUSY when another process writes; a read-only database only needs a read lock.
      beginTransaction: options.readonly === true ? "BEGIN" : "BEGIN IMMEDIATE",
      releaseSavepoint: (name) => `RELEASE SAVEPOINT ${name}`,
      prepareTransactionControls: true,
      spanAttributes: [
        ...(options.spanAttributes ? Object.entries(options.spanAttributes) : []),
        ["db.system.name", "sqlite"]
      ]
    })

    const backup = (destination: string): Effect.Effect<BackupResult, SqlError.SqlError> =>
      Effect.flatMap(Effect.serviceOption(client.transactionService), (open) =>
        open._tag === "Some"
          ? Effect.fail(
              new SqlError.SqlError({
                reason: new SqlError.UnknownError({
                  cause: undefined,
                  message: "backup cannot run inside a transaction of the same client",
                  operation: "backup"
                })
              })
            )
          : Effect.scoped(
              Effect.flatMap(acquirers.acquirer, () =>
                Effect.tryPromise({
                  try: () => sqliteBackup(db, destination),
                  catch: (cause) => toSqlError(cause, "backup")
                })
              )
            ).pipe(Effect.map((totalPages): BackupResult => ({ totalPages })))
      )

    return Object.assign(client, { config: options, backup }) as NodeSqliteClient
  })

/**
 * A layer providing both `SqlClient.SqlClient` and {@link NodeSqliteClient} (with its own
 * `Reactivity`). The database is closed when the layer is released.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { SqlClient } from "effect/sql"
 * import { NodeSqliteClient } from "@anquan/sql-node-sqlite"
 *
 * const SqlLive = NodeSqliteClient.layer({ filename: "./anquan.db" }) // WAL, synchronous=FULL, foreign keys on
 *
 * const program = Effect.gen(function* () {
 *   const sql = yield* SqlClient.SqlClient
 *   yield* sql.withTransaction(sql`INSERT INTO hazard ${sql.insert({ id: "h-1", foundAt: new Date() })}`)
 * }).pipe(Effect.provide(SqlLive))
 * ```
 * @since 0.1.0
 */
export const layer = (
  config: NodeSqliteClientConfig
): Layer.Layer<NodeSqliteClient | SqlClient.SqlClient, SqlError.SqlError> =>
  Layer.effectContext(
    Effect.map(make(config), (client) =>
      Context.make(NodeSqliteClient, client).pipe(Context.add(SqlClient.SqlClient, client))
    )
  ).pipe(Layer.provide(Reactivity.layer))
