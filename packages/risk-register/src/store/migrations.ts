/**
 * 表结构版本 — the register's tables, created and changed only through versioned migrations run
 * by effect's SQL `Migrator` (table `<prefix>migrations`), the same on SQLite and PostgreSQL, as
 * the hazard ledger does.
 *
 * - `<prefix>events` — append-only (triggers refuse UPDATE and DELETE), `UNIQUE (point_id, version)`.
 * - `<prefix>points` — the projection: each risk point's current file as JSON, with its version,
 *   enterprise, jurisdiction (and path, for subtree reads) and grade.
 *
 * @since 0.2.0
 */
import { prepareStoreSchema, recordedMigration } from "@anquan/hazard-ledger"
import { Effect } from "effect"
import { Migrator, SqlClient } from "effect/sql"
import { RiskStorageError } from "../domain/errors.ts"

/** A dialect the register runs on. @since 0.2.0 */
export type RiskSqlDialect = "sqlite" | "pg"

/** The schema version this code reads and writes. @since 0.2.0 */
export const RISK_SCHEMA_VERSION = 1

/** The DDL of migration 1, one statement per string. @since 0.2.0 */
export const riskDdl = (dialect: RiskSqlDialect, p: string): ReadonlyArray<string> => [
  `CREATE TABLE IF NOT EXISTS ${p}events (
    seq ${dialect === "pg" ? "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT"},
    point_id TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL,
    actor_id TEXT NOT NULL, data TEXT NOT NULL,
    CONSTRAINT ${p}events_version UNIQUE (point_id, version))`,
  `CREATE TABLE IF NOT EXISTS ${p}points (
    point_id TEXT PRIMARY KEY, version INTEGER NOT NULL, enterprise TEXT NOT NULL, jurisdiction TEXT NOT NULL,
    jurisdiction_path TEXT NOT NULL, grade TEXT, data TEXT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS ${p}points_path ON ${p}points (jurisdiction_path)`,
  `CREATE INDEX IF NOT EXISTS ${p}points_enterprise ON ${p}points (enterprise)`,
  ...(dialect === "pg"
    ? [
      `CREATE OR REPLACE FUNCTION ${p}events_append_only() RETURNS trigger LANGUAGE plpgsql AS
        $body$ BEGIN RAISE EXCEPTION 'risk register events are append-only'; END $body$`,
      `CREATE OR REPLACE TRIGGER ${p}events_append_only BEFORE UPDATE OR DELETE ON ${p}events
        FOR EACH ROW EXECUTE FUNCTION ${p}events_append_only()`
    ]
    : [
      `CREATE TRIGGER IF NOT EXISTS ${p}events_no_update BEFORE UPDATE ON ${p}events
        BEGIN SELECT RAISE(ABORT, 'risk register events are append-only'); END`,
      `CREATE TRIGGER IF NOT EXISTS ${p}events_no_delete BEFORE DELETE ON ${p}events
        BEGIN SELECT RAISE(ABORT, 'risk register events are append-only'); END`
    ])
]

/** The migrations, keyed `<id>_<name>` for `Migrator.fromRecord`. @since 0.2.0 */
export const riskMigrations = (dialect: RiskSqlDialect, p: string): Record<string, Effect.Effect<void, unknown, SqlClient.SqlClient>> => ({
  "1_risk_register": Effect.flatMap(SqlClient.SqlClient, (sql) => Effect.forEach(riskDdl(dialect, p), (s) => sql.unsafe(s), { discard: true }))
})

const storage = (operation: string) => (cause: unknown) => new RiskStorageError({ operation, cause })

/** The last migration recorded (0: none). @since 0.2.0 */
export const riskSchemaVersion = (dialect: RiskSqlDialect, p: string): Effect.Effect<number, RiskStorageError, SqlClient.SqlClient> =>
  Effect.gen(function*() {
    return yield* recordedMigration(dialect, `${p}migrations`)
  }).pipe(Effect.mapError(storage("reading the register's schema version")))

/**
 * A writable open: runs the pending migrations; fails when the register was written by a newer
 * version. With `createTables: false` (a reader): requires the register at exactly this version.
 *
 * @since 0.2.0
 */
export const prepareSchema = (dialect: RiskSqlDialect, p: string, create: boolean): Effect.Effect<void, RiskStorageError, SqlClient.SqlClient> =>
  prepareStoreSchema({
    prefix: p,
    version: RISK_SCHEMA_VERSION,
    found: riskSchemaVersion(dialect, p),
    migrations: riskMigrations(dialect, p),
    storageError: storage,
    store: "register",
    owner: "the register",
    none: "risk register",
    defaultPrefix: "anquan_risk_",
    packageName: "@anquan/risk-register"
  }, create)
