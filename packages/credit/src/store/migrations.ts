/**
 * 表结构版本 — the credit store's tables, created and changed only through versioned migrations run
 * by effect's SQL `Migrator` (table `<prefix>migrations`), the same on SQLite and PostgreSQL, as the
 * hazard ledger and the risk register do.
 *
 * - `<prefix>events` — the list's events, append-only (triggers refuse UPDATE and DELETE),
 *   `UNIQUE (entry_id, version)`.
 * - `<prefix>entries` — the projection: each entry's current file as JSON, with its version,
 *   enterprise and jurisdiction (and path, for subtree reads).
 * - `<prefix>ratings` — the ratings given, append-only: a newer rating is a new row.
 *
 * @since 0.2.0
 */
import { prepareStoreSchema, recordedMigration } from "@anquan/hazard-ledger"
import { Effect } from "effect"
import { Migrator, SqlClient } from "effect/sql"
import { CreditStorageError } from "../domain/errors.ts"

/** A dialect the store runs on. @since 0.2.0 */
export type CreditSqlDialect = "sqlite" | "pg"

/** The schema version this code reads and writes. @since 0.2.0 */
export const CREDIT_SCHEMA_VERSION = 1

const appendOnly = (dialect: CreditSqlDialect, table: string, what: string): ReadonlyArray<string> =>
  dialect === "pg"
    ? [
      `CREATE OR REPLACE FUNCTION ${table}_append_only() RETURNS trigger LANGUAGE plpgsql AS
        $body$ BEGIN RAISE EXCEPTION '${what} are append-only'; END $body$`,
      `CREATE OR REPLACE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION ${table}_append_only()`
    ]
    : [
      `CREATE TRIGGER IF NOT EXISTS ${table}_no_update BEFORE UPDATE ON ${table}
        BEGIN SELECT RAISE(ABORT, '${what} are append-only'); END`,
      `CREATE TRIGGER IF NOT EXISTS ${table}_no_delete BEFORE DELETE ON ${table}
        BEGIN SELECT RAISE(ABORT, '${what} are append-only'); END`
    ]

/** The DDL of migration 1, one statement per string. @since 0.2.0 */
export const creditDdl = (dialect: CreditSqlDialect, p: string): ReadonlyArray<string> => {
  const id = dialect === "pg" ? "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT"
  return [
    `CREATE TABLE IF NOT EXISTS ${p}events (
      seq ${id}, entry_id TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL,
      actor_id TEXT NOT NULL, data TEXT NOT NULL,
      CONSTRAINT ${p}events_version UNIQUE (entry_id, version))`,
    `CREATE TABLE IF NOT EXISTS ${p}entries (
      entry_id TEXT PRIMARY KEY, version INTEGER NOT NULL, enterprise TEXT NOT NULL, jurisdiction TEXT NOT NULL,
      jurisdiction_path TEXT NOT NULL, data TEXT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS ${p}entries_enterprise ON ${p}entries (enterprise)`,
    `CREATE INDEX IF NOT EXISTS ${p}entries_path ON ${p}entries (jurisdiction_path)`,
    `CREATE TABLE IF NOT EXISTS ${p}ratings (
      seq ${id}, enterprise TEXT NOT NULL, jurisdiction TEXT NOT NULL, jurisdiction_path TEXT NOT NULL,
      rated_on TEXT NOT NULL, class TEXT NOT NULL, at TEXT NOT NULL, actor_id TEXT NOT NULL, data TEXT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS ${p}ratings_enterprise ON ${p}ratings (enterprise)`,
    ...appendOnly(dialect, `${p}events`, "credit list events"),
    ...appendOnly(dialect, `${p}ratings`, "credit ratings")
  ]
}

/** The migrations, keyed `<id>_<name>` for `Migrator.fromRecord`. @since 0.2.0 */
export const creditMigrations = (dialect: CreditSqlDialect, p: string): Record<string, Effect.Effect<void, unknown, SqlClient.SqlClient>> => ({
  "1_credit": Effect.flatMap(SqlClient.SqlClient, (sql) => Effect.forEach(creditDdl(dialect, p), (s) => sql.unsafe(s), { discard: true }))
})

const storage = (operation: string) => (cause: unknown) => new CreditStorageError({ operation, cause })

/** The last migration recorded (0: none). @since 0.2.0 */
export const creditSchemaVersion = (dialect: CreditSqlDialect, p: string): Effect.Effect<number, CreditStorageError, SqlClient.SqlClient> =>
  recordedMigration(dialect, `${p}migrations`).pipe(Effect.mapError(storage("reading the credit store's schema version")))

/**
 * A writable open runs the pending migrations and fails when the store was written by a newer
 * version; a reader (`create: false`) requires the store at exactly this version.
 *
 * @since 0.2.0
 */
export const prepareCreditSchema = (dialect: CreditSqlDialect, p: string, create: boolean): Effect.Effect<void, CreditStorageError, SqlClient.SqlClient> =>
  prepareStoreSchema({
    prefix: p,
    version: CREDIT_SCHEMA_VERSION,
    found: creditSchemaVersion(dialect, p),
    migrations: creditMigrations(dialect, p),
    storageError: storage,
    store: "credit store",
    owner: "the credit store",
    none: "credit store",
    defaultPrefix: "anquan_credit_",
    packageName: "@anquan/credit"
  }, create)
