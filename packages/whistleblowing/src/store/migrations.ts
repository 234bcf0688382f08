/**
 * 表结构版本 — the report register's tables, created and changed only through versioned migrations run
 * by effect's SQL `Migrator` (table `<prefix>migrations`), the same on SQLite and PostgreSQL, as
 * the hazard ledger does.
 *
 * - `<prefix>events` — append-only (triggers refuse UPDATE and DELETE), `UNIQUE (report_id, version)`.
 * - `<prefix>reports` — the projection: each report's current file as JSON (the reporter in it, as
 *   the hazard ledger keeps its reporters: redacted on every read), with its version, jurisdiction
 *   (and path, for subtree reads), state, category and day of receipt.
 *
 * @since 0.2.0
 */
import { prepareStoreSchema, recordedMigration } from "@anquan/hazard-ledger"
import { Effect } from "effect"
import { Migrator, SqlClient } from "effect/sql"
import { ReportStorageError } from "../domain/errors.ts"

/** A dialect the register runs on. @since 0.2.0 */
export type ReportSqlDialect = "sqlite" | "pg"

/** The schema version this code reads and writes. @since 0.2.0 */
export const REPORTS_SCHEMA_VERSION = 1

/** The DDL of migration 1, one statement per string. @since 0.2.0 */
export const reportsDdl = (dialect: ReportSqlDialect, p: string): ReadonlyArray<string> => [
  `CREATE TABLE IF NOT EXISTS ${p}events (
    seq ${dialect === "pg" ? "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT"},
    report_id TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL,
    actor_id TEXT NOT NULL, data TEXT NOT NULL,
    CONSTRAINT ${p}events_version UNIQUE (report_id, version))`,
  `CREATE TABLE IF NOT EXISTS ${p}reports (
    report_id TEXT PRIMARY KEY, version INTEGER NOT NULL, jurisdiction TEXT NOT NULL,
    jurisdiction_path TEXT NOT NULL, state TEXT NOT NULL, category TEXT NOT NULL, received_on TEXT NOT NULL, data TEXT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS ${p}reports_path ON ${p}reports (jurisdiction_path)`,
  ...(dialect === "pg"
    ? [
      `CREATE OR REPLACE FUNCTION ${p}events_append_only() RETURNS trigger LANGUAGE plpgsql AS
        $body$ BEGIN RAISE EXCEPTION 'report register events are append-only'; END $body$`,
      `CREATE OR REPLACE TRIGGER ${p}events_append_only BEFORE UPDATE OR DELETE ON ${p}events
        FOR EACH ROW EXECUTE FUNCTION ${p}events_append_only()`
    ]
    : [
      `CREATE TRIGGER IF NOT EXISTS ${p}events_no_update BEFORE UPDATE ON ${p}events
        BEGIN SELECT RAISE(ABORT, 'report register events are append-only'); END`,
      `CREATE TRIGGER IF NOT EXISTS ${p}events_no_delete BEFORE DELETE ON ${p}events
        BEGIN SELECT RAISE(ABORT, 'report register events are append-only'); END`
    ])
]

/** The migrations, keyed `<id>_<name>` for `Migrator.fromRecord`. @since 0.2.0 */
export const reportsMigrations = (dialect: ReportSqlDialect, p: string): Record<string, Effect.Effect<void, unknown, SqlClient.SqlClient>> => ({
  "1_report_register": Effect.flatMap(SqlClient.SqlClient, (sql) => Effect.forEach(reportsDdl(dialect, p), (s) => sql.unsafe(s), { discard: true }))
})

const storage = (operation: string) => (cause: unknown) => new ReportStorageError({ operation, cause })

/** The last migration recorded (0: none). @since 0.2.0 */
export const reportsSchemaVersion = (dialect: ReportSqlDialect, p: string): Effect.Effect<number, ReportStorageError, SqlClient.SqlClient> =>
  Effect.gen(function*() {
    return yield* recordedMigration(dialect, `${p}migrations`)
  }).pipe(Effect.mapError(storage("reading the report register's schema version")))

/**
 * A writable open: runs the pending migrations; fails when the register was written by a newer
 * version. With `createTables: false` (a reader): requires the register at exactly this version.
 *
 * @since 0.2.0
 */
export const prepareSchema = (dialect: ReportSqlDialect, p: string, create: boolean): Effect.Effect<void, ReportStorageError, SqlClient.SqlClient> =>
  prepareStoreSchema({
    prefix: p,
    version: REPORTS_SCHEMA_VERSION,
    found: reportsSchemaVersion(dialect, p),
    migrations: reportsMigrations(dialect, p),
    storageError: storage,
    store: "register",
    owner: "the report register",
    none: "report register",
    defaultPrefix: "anquan_reports_",
    packageName: "@anquan/whistleblowing"
  }, create)
