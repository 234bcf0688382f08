/**
 * 表结构版本 — the case store's tables, created and changed only through versioned migrations run
 * by effect's SQL `Migrator` (table `<prefix>migrations`), the same on SQLite and PostgreSQL, as
 * the hazard ledger and the risk register do.
 *
 * - `<prefix>events` — append-only (triggers refuse UPDATE and DELETE), `UNIQUE (case_id, version)`.
 * - `<prefix>cases` — the projection: each case's current file as JSON, with its version, stage,
 *   subject, jurisdiction (and path, for subtree reads), department and sector.
 *
 * @since 0.2.0
 */
import { prepareStoreSchema, recordedMigration } from "@anquan/hazard-ledger"
import { Effect } from "effect"
import { Migrator, SqlClient } from "effect/sql"
import { CaseStorageError } from "../domain/errors.ts"

/** A dialect the case store runs on. @since 0.2.0 */
export type EnforcementSqlDialect = "sqlite" | "pg"

/** The schema version this code reads and writes. @since 0.2.0 */
export const ENFORCEMENT_SCHEMA_VERSION = 1

/** The DDL of migration 1, one statement per string. @since 0.2.0 */
export const enforcementDdl = (dialect: EnforcementSqlDialect, p: string): ReadonlyArray<string> => [
  `CREATE TABLE IF NOT EXISTS ${p}events (
    seq ${dialect === "pg" ? "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT"},
    case_id TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL,
    actor_id TEXT NOT NULL, data TEXT NOT NULL,
    CONSTRAINT ${p}events_version UNIQUE (case_id, version))`,
  `CREATE TABLE IF NOT EXISTS ${p}cases (
    case_id TEXT PRIMARY KEY, version INTEGER NOT NULL, stage TEXT NOT NULL, subject TEXT NOT NULL,
    jurisdiction TEXT NOT NULL, jurisdiction_path TEXT NOT NULL, department TEXT NOT NULL, sector TEXT NOT NULL,
    data TEXT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS ${p}cases_path ON ${p}cases (jurisdiction_path)`,
  `CREATE INDEX IF NOT EXISTS ${p}cases_subject ON ${p}cases (subject)`,
  ...(dialect === "pg"
    ? [
      `CREATE OR REPLACE FUNCTION ${p}events_append_only() RETURNS trigger LANGUAGE plpgsql AS
        $body$ BEGIN RAISE EXCEPTION 'enforcement case events are append-only'; END $body$`,
      `CREATE OR REPLACE TRIGGER ${p}events_append_only BEFORE UPDATE OR DELETE ON ${p}events
        FOR EACH ROW EXECUTE FUNCTION ${p}events_append_only()`
    ]
    : [
      `CREATE TRIGGER IF NOT EXISTS ${p}events_no_update BEFORE UPDATE ON ${p}events
        BEGIN SELECT RAISE(ABORT, 'enforcement case events are append-only'); END`,
      `CREATE TRIGGER IF NOT EXISTS ${p}events_no_delete BEFORE DELETE ON ${p}events
        BEGIN SELECT RAISE(ABORT, 'enforcement case events are append-only'); END`
    ])
]

/** The migrations, keyed `<id>_<name>` for `Migrator.fromRecord`. @since 0.2.0 */
export const enforcementMigrations = (dialect: EnforcementSqlDialect, p: string): Record<string, Effect.Effect<void, unknown, SqlClient.SqlClient>> => ({
  "1_enforcement_cases": Effect.flatMap(SqlClient.SqlClient, (sql) => Effect.forEach(enforcementDdl(dialect, p), (s) => sql.unsafe(s), { discard: true }))
})

const storage = (operation: string) => (cause: unknown) => new CaseStorageError({ operation, cause })

/** The last migration recorded (0: none). @since 0.2.0 */
export const enforcementSchemaVersion = (dialect: EnforcementSqlDialect, p: string): Effect.Effect<number, CaseStorageError, SqlClient.SqlClient> =>
  Effect.gen(function*() {
    return yield* recordedMigration(dialect, `${p}migrations`)
  }).pipe(Effect.mapError(storage("reading the case store's schema version")))

/**
 * A writable open: runs the pending migrations; fails when the case store was written by a newer
 * version. With `createTables: false` (a reader): requires the case store at exactly this version.
 *
 * @since 0.2.0
 */
export const prepareSchema = (dialect: EnforcementSqlDialect, p: string, create: boolean): Effect.Effect<void, CaseStorageError, SqlClient.SqlClient> =>
  prepareStoreSchema({
    prefix: p,
    version: ENFORCEMENT_SCHEMA_VERSION,
    found: enforcementSchemaVersion(dialect, p),
    migrations: enforcementMigrations(dialect, p),
    storageError: storage,
    store: "case store",
    owner: "the case store",
    none: "enforcement case store",
    defaultPrefix: "anquan_enforcement_",
    packageName: "@anquan/enforcement"
  }, create)
