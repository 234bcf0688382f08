/**
 * SQL 存储辅助 — what every event-sourced store of the SDK on effect's SQL layer needs, the same on
 * SQLite and PostgreSQL: telling a lost race (a uniqueness violation) from a storage failure,
 * whether a table exists, and the last schema migration recorded by effect's `Migrator`. The hazard
 * ledger and the risk register (`@anquan/risk-register`) both use them.
 *
 * @since 0.2.0
 */
import { Effect } from "effect"
import { SqlClient } from "effect/sql"
import type { SqlError } from "effect/sql"
import { InvalidInput } from "../domain/errors.ts"

/** SQLite's extended result code for a duplicate primary key. */
const SQLITE_CONSTRAINT_PRIMARYKEY = 1555

/**
 * A uniqueness violation: PostgreSQL's `unique_violation` (also for a primary key), SQLite's
 * `UNIQUE` — and SQLite's duplicate primary key, which effect classifies as a `ConstraintError`.
 * In a store that appends `(id, version)` under a unique constraint it means another writer was
 * first.
 *
 * @since 0.2.0
 */
export const isUniqueViolation = (e: SqlError.SqlError): boolean => {
  if (e.reason._tag === "UniqueViolation") return true
  if (e.reason._tag !== "ConstraintError") return false
  const cause: unknown = e.reason.cause
  return typeof cause === "object" && cause !== null && "errcode" in cause && cause.errcode === SQLITE_CONSTRAINT_PRIMARYKEY
}

/**
 * The SQL dialects the stores run on.
 *
 * @since 0.2.0
 */
export type StoreDialect = "sqlite" | "pg"

/** A table prefix: lowercase letters, digits and `_`, starting with a letter, at most 40 characters. */
const TABLE_PREFIX = /^[a-z][a-z0-9_]{0,39}$/u

/**
 * The `SqlClient` in context for a store named `name` (e.g. `"credit store"`): its table prefix
 * (`tablePrefix`, else `defaultPrefix`) checked, since it is spliced into table names, and its
 * dialect, since a store runs on SQLite or PostgreSQL only. Either failure is an `InvalidInput`
 * whose entry point names the store's options.
 *
 * @since 0.2.0
 */
export const storeSql = (
  name: string,
  tablePrefix: string | undefined,
  defaultPrefix: string
): Effect.Effect<{ readonly sql: SqlClient.SqlClient; readonly prefix: string; readonly dialect: StoreDialect }, InvalidInput, SqlClient.SqlClient> =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    const prefix = tablePrefix ?? defaultPrefix
    if (!TABLE_PREFIX.test(prefix)) {
      return yield* new InvalidInput({
        entryPoint: `${name} options: tablePrefix`,
        issues: [{ path: ["tablePrefix"], message: "Expected lowercase letters, digits and _, starting with a letter, at most 40 characters" }]
      })
    }
    const dialect = sql.onDialectOrElse({ sqlite: () => "sqlite" as const, pg: () => "pg" as const, orElse: () => undefined })
    if (dialect === undefined) {
      return yield* new InvalidInput({ entryPoint: `${name} options`, issues: [{ path: [], message: `the ${name} runs on SQLite or PostgreSQL only` }] })
    }
    return { sql, prefix, dialect }
  })

/**
 * Whether a table exists (PostgreSQL: on the search path), without writing anything.
 *
 * @since 0.2.0
 */
export const tableExists = (dialect: StoreDialect, table: string): Effect.Effect<boolean, SqlError.SqlError, SqlClient.SqlClient> =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    Effect.map(
      dialect === "pg"
        ? sql<{ t: string | null }>`SELECT to_regclass(${table}::text)::text AS t`
        : sql<{ t: string | null }>`SELECT name AS t FROM sqlite_master WHERE type = 'table' AND name = ${table}`,
      (rows) => rows.length > 0 && rows[0]!.t !== null
    ))

/**
 * The last migration effect's `Migrator` recorded in `table` (its `migration_id`); `0` when the
 * table does not exist or records none.
 *
 * @since 0.2.0
 */
export const recordedMigration = (dialect: StoreDialect, table: string): Effect.Effect<number, SqlError.SqlError, SqlClient.SqlClient> =>
  Effect.gen(function*() {
    if (!(yield* tableExists(dialect, table))) return 0
    const sql = yield* SqlClient.SqlClient
    const rows = yield* sql<{ v: number | string | null }>`SELECT MAX(migration_id) AS v FROM ${sql(table)}`
    return Number(rows[0]?.v ?? 0)
  })
