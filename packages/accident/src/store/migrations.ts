/**
 * 表结构版本 — the investigation store's tables, created and changed only through versioned
 * migrations run by effect's SQL `Migrator` (table `<prefix>migrations`), the same on SQLite and
 * PostgreSQL, through the hazard ledger's `prepareStoreSchema` as every store does.
 *
 * - `<prefix>events` — append-only (triggers refuse UPDATE and DELETE), `UNIQUE (accident_id, version)`.
 * - `<prefix>cases` — the projection: each investigation's current case as JSON, with its version,
 *   grade and jurisdiction (and path, for subtree reads).
 *
 * @since 0.2.0
 */
import { prepareStoreSchema, recordedMigration } from "@anquan/hazard-ledger"
import { Effect } from "effect"
import { SqlClient } from "effect/sql"
import { InvestigationStorageError } from "./errors.ts"

/** A dialect the store runs on. @since 0.2.0 */
export type InvestigationSqlDialect = "sqlite" | "pg"

/** The schema version this code reads and writes. @since 0.2.0 */
export const INVESTIGATION_SCHEMA_VERSION = 1

/** The DDL of migration 1, one statement per string. @since 0.2.0 */
export const investigationDdl = (dialect: InvestigationSqlDialect, p: string): ReadonlyArray<string> => [
  `CREATE TABLE IF NOT EXISTS ${p}events (
    seq ${dialect === "pg" ? "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT"},
    accident_id TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL,
    actor_id TEXT NOT NULL, data TEXT NOT NULL,
    CONSTRAINT ${p}events_version UNIQUE (accident_id, version))`,
  `CREATE TABLE IF NOT EXISTS ${p}cases (
    accident_id TEXT PRIMARY KEY, version INTEGER NOT NULL, grade TEXT NOT NULL,
    jurisdiction TEXT NOT NULL, jurisdiction_path TEXT NOT NULL, data TEXT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS ${p}cases_path ON ${p}cases (jurisdiction_path)`,
  ...(dialect === "pg"
    ? [
      `CREATE OR REPLACE FUNCTION ${p}events_append_only() RETURNS trigger LANGUAGE plpgsql AS
        $body$ BEGIN RAISE EXCEPTION 'investigation events are append-only'; END $body$`,
      `CREATE OR REPLACE TRIGGER ${p}events_append_only BEFORE UPDATE OR DELETE ON ${p}events
        FOR EACH ROW EXECUTE FUNCTION ${p}events_append_only()`
    ]
    : [
      `CREATE TRIGGER IF NOT EXISTS ${p}events_no_update BEFORE UPDATE ON ${p}events
        BEGIN SELECT RAISE(ABORT, 'investigation events are append-only'); END`,
      `CREATE TRIGGER IF NOT EXISTS ${p}events_no_delete BEFORE DELETE ON ${p}events
        BEGIN SELECT RAISE(ABORT, 'investigation events are append-only'); END`
    ])
]

/** The migrations, keyed `<id>_<name>` for `Migrator.fromRecord`. @since 0.2.0 */
export const investigationMigrations = (dialect: InvestigationSqlDialect, p: string): Record<string, Effect.Effect<void, unknown, SqlClient.SqlClient>> => ({
  "1_investigations": Effect.flatMap(SqlClient.SqlClient, (sql) => Effect.forEach(investigationDdl(dialect, p), (s) => sql.unsafe(s), { discard: true }))
})

const storage = (operation: string) => (cause: unknown) => new InvestigationStorageError({ operation, cause })

/** The last migration recorded (0: none). @since 0.2.0 */
export const investigationSchemaVersion = (dialect: InvestigationSqlDialect, p: string): Effect.Effect<number, InvestigationStorageError, SqlClient.SqlClient> =>
  recordedMigration(dialect, `${p}migrations`).pipe(Effect.mapError(storage("reading the investigation store's schema version")))

/**
 * A writable open: runs the pending migrations; fails when the store was written by a newer
 * version. With `create: false` (a reader): requires the store at exactly this version.
 *
 * @since 0.2.0
 */
export const prepareInvestigationSchema = (dialect: InvestigationSqlDialect, p: string, create: boolean): Effect.Effect<void, InvestigationStorageError, SqlClient.SqlClient> =>
  prepareStoreSchema({
    prefix: p,
    version: INVESTIGATION_SCHEMA_VERSION,
    found: investigationSchemaVersion(dialect, p),
    migrations: investigationMigrations(dialect, p),
    storageError: storage,
    store: "investigation store",
    owner: "the investigation store",
    none: "investigation store",
    defaultPrefix: "anquan_investigation_",
    packageName: "@anquan/accident"
  }, create)
