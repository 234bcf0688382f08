/**
 * SQLite 连接 — the ledger's SQLite connection: `@effect/sql-sqlite-node` (Node's built-in
 * `node:sqlite`, no native add-on) opened with the settings the ledger's durability rests on.
 *
 * - **WAL** (`PRAGMA journal_mode = WAL`) for a writable file; opening fails if SQLite refuses it.
 * - **`PRAGMA synchronous`**, default `FULL`: every commit is synced, so an acknowledged write
 *   survives a crash and a power loss.
 * - **busy timeout**, default 5000 ms: a writer waits for another process's write lock (blocking
 *   the event loop: `node:sqlite` is synchronous) before failing.
 * - **one connection**, shared through a semaphore: statements and transactions of concurrent
 *   fibers are serialized; `withTransaction` is `BEGIN IMMEDIATE` (the write lock up front, so a
 *   transaction never fails half-way on another process's lock).
 * - **read-only** when asked: `SQLITE_OPEN_READONLY`, no WAL switch, nothing written.
 *
 * @since 0.1.0
 */
import { SqliteClient } from "@effect/sql-sqlite-node"
import { Duration, Effect, type Scope } from "effect"
import type { Reactivity } from "effect/reactivity"
import type { SqlClient } from "effect/sql"
import { SqlError } from "effect/sql"

/**
 * `PRAGMA synchronous` level. `"FULL"` (the default) syncs the journal on every commit, so an
 * acknowledged write survives a power loss; `"NORMAL"` in WAL mode survives a process crash but
 * may lose the last commits on power loss.
 *
 * @since 0.1.0
 */
export type Synchronous = "OFF" | "NORMAL" | "FULL" | "EXTRA"

/**
 * How the ledger opens a SQLite file.
 *
 * @since 0.1.0
 */
export interface SqliteConnectionOptions {
  /** The database file (its directory must exist), or `":memory:"`. */
  readonly filename: string
  /** Open read-only (the file must exist). Default `false`. */
  readonly readonly?: boolean | undefined
  /** `PRAGMA synchronous` of a writable connection. Default `"FULL"`. */
  readonly synchronous?: Synchronous | undefined
  /** How long to wait for another process's lock. Default 5000 ms. */
  readonly busyTimeoutMs?: number | undefined
}

const SYNCHRONOUS: ReadonlyArray<Synchronous> = ["OFF", "NORMAL", "FULL", "EXTRA"]

const isMemory = (filename: string): boolean =>
  filename === ":memory:" || filename.startsWith("file::memory:") || /[?&]mode=memory(&|$)/.test(filename)

const refused = (message: string) =>
  new SqlError.SqlError({ reason: new SqlError.ConnectionError({ cause: new Error(message), message, operation: "open" }) })

/**
 * Opens the SQLite connection of a ledger; it closes when the scope closes. Fails with a
 * `SqlError` when the file cannot be opened or SQLite refuses WAL or the `synchronous` level.
 *
 * @since 0.1.0
 */
export const openSqlite = (
  options: SqliteConnectionOptions
): Effect.Effect<SqlClient.SqlClient, SqlError.SqlError, Scope.Scope | Reactivity.Reactivity> =>
  Effect.gen(function*() {
    const readonly = options.readonly === true
    const memory = isMemory(options.filename)
    const synchronous = options.synchronous ?? "FULL"
    if (!SYNCHRONOUS.includes(synchronous)) return yield* refused(`unknown synchronous level ${JSON.stringify(synchronous)}`)
    const sql = yield* SqliteClient.make({
      filename: options.filename,
      readonly,
      disableWAL: readonly || memory,
      busyTimeout: Duration.millis(options.busyTimeoutMs ?? 5000)
    })
    if (!readonly) {
      if (!memory) {
        const [row] = yield* sql<{ journal_mode: string }>`PRAGMA journal_mode`
        const mode = String(row?.journal_mode ?? "")
        if (mode.toLowerCase() !== "wal") return yield* refused(`SQLite refused WAL mode for ${options.filename} (journal_mode = ${mode})`)
      }
      yield* sql.unsafe(`PRAGMA synchronous = ${synchronous}`)
    }
    return sql
  })
