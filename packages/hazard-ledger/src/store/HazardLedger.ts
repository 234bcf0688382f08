/**
 * 隐患台账服务 — the `HazardLedger` effect service and its layers. The same service runs on three
 * backends: `HazardLedger.memory(options)` (in-process), and through effect's SQL layer
 * `HazardLedger.sqlite({ filename, ... })` (the embedded default: one file, WAL, transactions) and
 * `HazardLedger.postgres({ url, ... })`. `HazardLedger.sql(options)` runs on a `SqlClient` you
 * provide (SQLite or PostgreSQL).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { HazardLedger } from "@anquan/hazard-ledger"
 *
 * const program = Effect.gen(function*() {
 *   const ledger = yield* HazardLedger
 *   const caller = { actor: { id: "P-1", name: "张检查" }, jurisdiction: "320571" }
 *   return yield* ledger.query(caller, { level: "major", overdueAsOf: "2024-04-01" })
 * })
 * Effect.runPromise(program.pipe(Effect.provide(HazardLedger.sqlite({ filename: "ledger.db", jurisdictions }))))
 * ```
 * @since 0.1.0
 */
import { Context, Effect, Layer, type Redacted } from "effect"
import { existsSync } from "node:fs"
import { Reactivity } from "effect/reactivity"
import { SqlClient } from "effect/sql"
import { LedgerStorageError } from "../domain/errors.ts"
import type { InvalidInput } from "../domain/errors.ts"
import { LedgerSchemaMismatch, SCHEMA_VERSION } from "./migrations.ts"
import { makeMemoryBackend } from "./memory.ts"
import type { HazardLedgerService, LedgerOptions } from "./service.ts"
import { makeService } from "./service.ts"
import type { SqlBackendOptions } from "./sql.ts"
import { makeSqlBackend } from "./sql.ts"
import type { Synchronous } from "./sqlite.ts"
import { openSqlite } from "./sqlite.ts"
import { openPostgres } from "./storeLayer.ts"

/**
 * Options of {@link HazardLedger.sqlite}.
 *
 * @since 0.1.0
 */
export interface SqliteLedgerOptions extends LedgerOptions, SqlBackendOptions {
  /** The database file (its directory must exist), or `":memory:"`. Opened in WAL mode. */
  readonly filename: string
  /** `PRAGMA synchronous`; default `"FULL"`: every acknowledged write survives a crash and a power loss. */
  readonly synchronous?: Synchronous | undefined
  /** How long to wait for another process's write lock; default 5000 ms. */
  readonly busyTimeoutMs?: number | undefined
  /**
   * Open the file read-only (`SQLITE_OPEN_READONLY`): nothing is created or written, and a write
   * fails with a `LedgerStorageError`; no migration runs (as with `createTables: false`). Default:
   * `true` with `createTables: false`, else `false`.
   * A read-only open of a file that does not exist fails ("opening an existing ledger", `cause` a
   * `LedgerSchemaMismatch` with reason `missing`) and creates no file.
   */
  readonly readonly?: boolean | undefined
}

/**
 * Options of {@link HazardLedger.postgres}.
 *
 * @since 0.1.0
 */
export interface PostgresLedgerOptions extends LedgerOptions, SqlBackendOptions {
  /** `postgres://user:password@host:port/database`. */
  readonly url: string | Redacted.Redacted
  /** Pool size; default 10. */
  readonly maxConnections?: number | undefined
}

const isMemory = (filename: string): boolean =>
  filename === ":memory:" || filename.startsWith("file:")

const storage = (operation: string) => (cause: unknown) => new LedgerStorageError({ operation, cause })

/**
 * The hazard ledger service tag. Yield it in an `Effect.gen` to get the {@link HazardLedgerService}.
 *
 * @since 0.1.0
 */
export class HazardLedger extends Context.Service<HazardLedger, HazardLedgerService>()("@anquan/hazard-ledger/HazardLedger") {
  /**
   * An in-memory ledger: fresh and empty each time the layer is built.
   *
   * @since 0.1.0
   */
  static memory(options: LedgerOptions): Layer.Layer<HazardLedger, InvalidInput> {
    return Layer.effect(HazardLedger, Effect.flatMap(makeMemoryBackend, (backend) => makeService(backend, options)))
  }

  /**
   * A ledger on the `SqlClient` in context (SQLite or PostgreSQL); creates its tables if missing
   * and runs the pending schema migrations (with `createTables: false`: checks the schema version).
   *
   * @since 0.1.0
   */
  static sql(options: LedgerOptions & SqlBackendOptions): Layer.Layer<HazardLedger, InvalidInput | LedgerStorageError, SqlClient.SqlClient> {
    return Layer.effect(HazardLedger, Effect.flatMap(makeSqlBackend(options), (backend) => makeService(backend, options)))
  }

  /**
   * A ledger in a SQLite file (the embedded default), through `@effect/sql-sqlite-node` (Node's
   * built-in `node:sqlite`): WAL, `synchronous=FULL`, one `BEGIN IMMEDIATE` transaction per write.
   * Opening runs the pending schema migrations (none with `createTables: false`, which opens the
   * file read-only). The file closes when the layer is released.
   *
   * @since 0.1.0
   */
  static sqlite(options: SqliteLedgerOptions): Layer.Layer<HazardLedger, InvalidInput | LedgerStorageError> {
    const readonly = options.readonly ?? options.createTables === false
    const client = openSqlite({
      filename: options.filename,
      readonly,
      synchronous: options.synchronous,
      busyTimeoutMs: options.busyTimeoutMs
    }).pipe(Effect.mapError(storage(`opening SQLite database ${options.filename}`)))
    return Layer.effect(
      HazardLedger,
      Effect.gen(function*() {
        if (readonly && !isMemory(options.filename) && !existsSync(options.filename)) {
          return yield* new LedgerStorageError({
            operation: "opening an existing ledger",
            cause: new LedgerSchemaMismatch({
              reason: "missing",
              found: 0,
              expected: SCHEMA_VERSION,
              detail: `no ledger at ${options.filename}: the file does not exist`
            })
          })
        }
        const sql = yield* client
        // a read-only file runs no migration: it must already be at the schema version this code knows
        const backend = yield* makeSqlBackend(readonly ? { ...options, createTables: false } : options).pipe(
          Effect.provideService(SqlClient.SqlClient, sql)
        )
        return yield* makeService(backend, options)
      })
    ).pipe(Layer.provide(Reactivity.layer))
  }

  /**
   * A ledger in PostgreSQL, through `@effect/sql-pg` (a connection pool; an optional peer dependency,
   * loaded when the layer is built: install it next to this package). The pool closes when the
   * layer is released. Its timers run on the wall clock; event times come from the caller's `Clock`.
   *
   * @since 0.1.0
   */
  static postgres(options: PostgresLedgerOptions): Layer.Layer<HazardLedger, InvalidInput | LedgerStorageError> {
    const client = openPostgres(options, storage, "loading @effect/sql-pg, the PostgreSQL driver (npm install @effect/sql-pg)")
    return Layer.effect(
      HazardLedger,
      Effect.gen(function*() {
        const sql = yield* client
        const backend = yield* makeSqlBackend(options).pipe(Effect.provideService(SqlClient.SqlClient, sql))
        return yield* makeService(backend, options)
      })
    ).pipe(Layer.provide(Reactivity.layer))
  }
}
