/**
 * 表结构版本 — the standardization register's tables, created and changed only through versioned migrations run
 * by effect's SQL `Migrator` (table `<prefix>migrations`), the same on SQLite and PostgreSQL, as
 * the hazard ledger does.
 *
 * - `<prefix>events` — append-only (triggers refuse UPDATE and DELETE), `UNIQUE (enterprise, version)`.
 * - `<prefix>records` — the projection: each enterprise's history (enrolment and steps) as JSON, with
 *   its version, jurisdiction (and path, for subtree reads) and sector.
 *
 * @since 0.2.0
 */
import { prepareStoreSchema, recordedMigration } from "@anquan/hazard-ledger"
import { Effect } from "effect"
import { Migrator, SqlClient } from "effect/sql"
import { StandardizationStorageError } from "./errors.ts"

/** A dialect the register runs on. @since 0.2.0 */
export type StandardizationSqlDialect = "sqlite" | "pg"

/** The schema version this code reads and writes. @since 0.2.0 */
export const STANDARDIZATION_SCHEMA_VERSION = 1

/** The DDL of migration 1, one statement per string. @since 0.2.0 */
export const standardizationDdl = (dialect: StandardizationSqlDialect, p: string): ReadonlyArray<string> => [
  `CREATE TABLE IF NOT EXISTS ${p}events (
    seq ${dialect === "pg" ? "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT"},
    enterprise TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL,
    actor_id TEXT NOT NULL, data TEXT NOT NULL,
    CONSTRAINT ${p}events_version UNIQUE (enterprise, version))`,
  `CREATE TABLE IF NOT EXISTS ${p}records (
    enterprise TEXT PRIMARY KEY, version INTEGER NOT NULL, jurisdiction TEXT NOT NULL,
    jurisdiction_path TEXT NOT NULL, sector TEXT NOT NULL, data TEXT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS ${p}records_path ON ${p}records (jurisdiction_path)`,
  ...(dialect === "pg"
    ? [
      `CREATE OR REPLACE FUNCTION ${p}events_append_only() RETURNS trigger LANGUAGE plpgsql AS
        $body$ BEGIN RAISE EXCEPTION 'standardization register events are append-only'; END $body$`,
      `CREATE OR REPLACE TRIGGER ${p}events_append_only BEFORE UPDATE OR DELETE ON ${p}events
        FOR EACH ROW EXECUTE FUNCTION ${p}events_append_only()`
    ]
    : [
      `CREATE TRIGGER IF NOT EXISTS ${p}events_no_update BEFORE UPDATE ON ${p}events
        BEGIN SELECT RAISE(ABORT, 'standardization register events are append-only'); END`,
      `CREATE TRIGGER IF NOT EXISTS ${p}events_no_delete BEFORE DELETE ON ${p}events
        BEGIN SELECT RAISE(ABORT, 'standardization register events are append-only'); END`
    ])
]

/** The migrations, keyed `<id>_<name>` for `Migrator.fromRecord`. @since 0.2.0 */
export const standardizationMigrations = (dialect: StandardizationSqlDialect, p: string): Record<string, Effect.Effect<void, unknown, SqlClient.SqlClient>> => ({
  "1_standardization_register": Effect.flatMap(SqlClient.SqlClient, (sql) => Effect.forEach(standardizationDdl(dialect, p), (s) => sql.unsafe(s), { discard: true }))
})

const storage = (operation: string) => (cause: unknown) => new StandardizationStorageError({ operation, cause })

/** The last migration recorded (0: none). @since 0.2.0 */
export const standardizationSchemaVersion = (dialect: StandardizationSqlDialect, p: string): Effect.Effect<number, StandardizationStorageError, SqlClient.SqlClient> =>
  Effect.gen(function*() {
    return yield* recordedMigration(dialect, `${p}migrations`)
  }).pipe(Effect.mapError(storage("reading the standardization register's schema version")))

/**
 * A writable open: runs the pending migrations; fails when the register was written by a newer
 * version. With `createTables: false` (a reader): requires the register at exactly this version.
 *
 * @since 0.2.0
 */
export const prepareSchema = (dialect: StandardizationSqlDialect, p: string, create: boolean): Effect.Effect<void, StandardizationStorageError, SqlClient.SqlClient> =>
  prepareStoreSchema({
    prefix: p,
    version: STANDARDIZATION_SCHEMA_VERSION,
    found: standardizationSchemaVersion(dialect, p),
    migrations: standardizationMigrations(dialect, p),
    storageError: storage,
    store: "register",
    owner: "the standardization register",
    none: "standardization register",
    defaultPrefix: "anquan_std_",
    packageName: "@anquan/standardization"
  }, create)
