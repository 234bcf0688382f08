/**
 * 台账表结构版本 — the ledger's tables change only through versioned migrations, run by effect's
 * SQL `Migrator` (`effect/sql`), the same on SQLite and PostgreSQL. Each ledger (each table prefix)
 * records the migrations it has run in its own table `<prefix>migrations`.
 *
 * - Migration 1 (`ledger_layout`) is the layout of the ledgers written before migrations existed,
 *   statement for statement (`CREATE … IF NOT EXISTS`). Such a ledger — its three tables present,
 *   no migrations table — is recognised as version 1: a writable open records migration 1 (its
 *   statements find every table, index and trigger already there and create nothing), and every
 *   hazard and event stays readable and writable.
 * - A writable open runs the pending migrations in one transaction (PostgreSQL also locks the
 *   migrations table, so concurrent first opens run them once).
 * - A read-only open (`createTables: false`) runs nothing and creates nothing. It needs the
 *   ledger at exactly the version this code knows, and otherwise fails with a
 *   `LedgerStorageError` whose `cause` is a {@link LedgerSchemaMismatch}: `missing` (no ledger),
 *   `older` (open it once for writing to upgrade it) or `newer` (written by a newer
 *   `@anquan/hazard-ledger`; upgrade the package). A writable open of a `newer` ledger fails too:
 *   older code never writes to a layout it does not know.
 *
 * @since 0.1.0
 */
import { recordedMigration, tableExists } from "./sqlSupport.ts"
import { Data, Effect } from "effect"
import { Migrator, SqlClient } from "effect/sql"
import { LedgerStorageError } from "../domain/errors.ts"

/** A dialect the SQL ledger runs on. @since 0.1.0 */
export type SqlDialect = "sqlite" | "pg"

/**
 * The DDL of migration 1 for one dialect, one statement per string (`node:sqlite` runs the first
 * statement of a string and ignores the rest): the ledger's layout before versioned migrations.
 *
 * @since 0.1.0
 */
export const ddl = (dialect: SqlDialect, p: string): ReadonlyArray<string> => [
  dialect === "pg"
    ? `CREATE TABLE IF NOT EXISTS ${p}events (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        hazard_id TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL,
        actor_id TEXT NOT NULL, data TEXT NOT NULL,
        CONSTRAINT ${p}events_version UNIQUE (hazard_id, version))`
    : `CREATE TABLE IF NOT EXISTS ${p}events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        hazard_id TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL,
        actor_id TEXT NOT NULL, data TEXT NOT NULL,
        CONSTRAINT ${p}events_version UNIQUE (hazard_id, version))`,
  `CREATE TABLE IF NOT EXISTS ${p}hazards (
    hazard_id TEXT PRIMARY KEY, version INTEGER NOT NULL, state TEXT NOT NULL, level TEXT NOT NULL,
    subject TEXT NOT NULL, jurisdiction TEXT NOT NULL, jurisdiction_path TEXT NOT NULL, sector TEXT NOT NULL,
    source_kind TEXT NOT NULL, campaign_id TEXT, rule_id TEXT, discovered_on TEXT NOT NULL,
    deadline TEXT, closed_on TEXT, data TEXT NOT NULL)`,
  `CREATE UNIQUE INDEX IF NOT EXISTS ${p}hazards_open_rule ON ${p}hazards (subject, rule_id)
    WHERE rule_id IS NOT NULL AND state <> 'closed'`,
  `CREATE INDEX IF NOT EXISTS ${p}hazards_path ON ${p}hazards (jurisdiction_path)`,
  `CREATE INDEX IF NOT EXISTS ${p}hazards_subject ON ${p}hazards (subject)`,
  `CREATE INDEX IF NOT EXISTS ${p}hazards_due ON ${p}hazards (state, deadline)`,
  `CREATE INDEX IF NOT EXISTS ${p}hazards_discovered ON ${p}hazards (discovered_on)`,
  `CREATE TABLE IF NOT EXISTS ${p}idempotency (
    idempotency_key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, hazard_id TEXT NOT NULL,
    from_version INTEGER NOT NULL, to_version INTEGER NOT NULL, at TEXT NOT NULL)`,
  ...(dialect === "pg"
    ? [
      `CREATE OR REPLACE FUNCTION ${p}events_append_only() RETURNS trigger LANGUAGE plpgsql AS
        $body$ BEGIN RAISE EXCEPTION 'hazard ledger events are append-only'; END $body$`,
      `CREATE OR REPLACE TRIGGER ${p}events_append_only BEFORE UPDATE OR DELETE ON ${p}events
        FOR EACH ROW EXECUTE FUNCTION ${p}events_append_only()`
    ]
    : [
      `CREATE TRIGGER IF NOT EXISTS ${p}events_no_update BEFORE UPDATE ON ${p}events
        BEGIN SELECT RAISE(ABORT, 'hazard ledger events are append-only'); END`,
      `CREATE TRIGGER IF NOT EXISTS ${p}events_no_delete BEFORE DELETE ON ${p}events
        BEGIN SELECT RAISE(ABORT, 'hazard ledger events are append-only'); END`
    ])
]

/**
 * The ledger's migrations for one dialect and table prefix, keyed `<id>_<name>` as effect's
 * `Migrator.fromRecord` reads them. Ids only grow; a released migration never changes.
 *
 * @since 0.1.0
 */
export const migrations = (dialect: SqlDialect, p: string): Record<string, Effect.Effect<void, unknown, SqlClient.SqlClient>> => ({
  "1_ledger_layout": Effect.flatMap(SqlClient.SqlClient, (sql) =>
    Effect.forEach(ddl(dialect, p), (statement) => sql.unsafe(statement), { discard: true }))
})

/**
 * The schema version this code reads and writes: the id of its last migration.
 *
 * @since 0.1.0
 */
export const SCHEMA_VERSION = 1

/**
 * The migrations an open runs and the version they lead to. The ledger's own plan is
 * {@link migrations} up to {@link SCHEMA_VERSION}; tests pass another to play a newer release.
 *
 * @since 0.1.0
 */
export interface SchemaPlan {
  readonly version: number
  readonly migrations: Record<string, Effect.Effect<void, unknown, SqlClient.SqlClient>>
}

const ledgerPlan = (dialect: SqlDialect, p: string): SchemaPlan => ({ version: SCHEMA_VERSION, migrations: migrations(dialect, p) })

/**
 * Why an existing ledger cannot be opened read-only (or, `newer`, at all) by this code: the cause
 * of the `LedgerStorageError` of the open.
 *
 * - `missing`: no ledger (no such file, or a table of the ledger is not there);
 * - `older`: written by an older version; open it once for writing, which runs the migrations;
 * - `newer`: written by a newer `@anquan/hazard-ledger`; upgrade it.
 *
 * @since 0.1.0
 */
export class LedgerSchemaMismatch extends Data.TaggedError("LedgerSchemaMismatch")<{
  readonly reason: "missing" | "older" | "newer"
  /** The schema version found (`0`: no ledger). */
  readonly found: number
  /** The schema version this code knows ({@link SCHEMA_VERSION}). */
  readonly expected: number
  readonly detail: string
}> {
  override get message(): string {
    return this.detail
  }
}

/**
 * What an open finds in the database for one table prefix.
 *
 * @since 0.1.0
 */
export interface SchemaState {
  /** The schema version: the last migration recorded; `1` for a ledger of the layout before migrations; `0` for none. */
  readonly version: number
  /** Whether `<prefix>migrations` exists and records at least one migration. */
  readonly recorded: boolean
  /** The ledger tables that are not there (all three when there is no ledger). */
  readonly missingTables: ReadonlyArray<string>
}

const storage = (operation: string) => (cause: unknown) => new LedgerStorageError({ operation, cause })

/**
 * Reads the schema state of the ledger with prefix `p`, without writing anything.
 *
 * @since 0.1.0
 */
export const inspectSchema = (dialect: SqlDialect, p: string): Effect.Effect<SchemaState, LedgerStorageError, SqlClient.SqlClient> =>
  Effect.gen(function*() {
    const recordedVersion = yield* recordedMigration(dialect, `${p}migrations`)
    const missingTables: Array<string> = []
    for (const table of [`${p}events`, `${p}hazards`, `${p}idempotency`]) {
      if (!(yield* tableExists(dialect, table))) missingTables.push(table)
    }
    // no migration recorded: the three tables make a ledger of the layout before migrations (= version 1)
    const version = recordedVersion > 0 ? recordedVersion : missingTables.length === 0 ? 1 : 0
    return { version, recorded: recordedVersion > 0, missingTables } satisfies SchemaState
  }).pipe(Effect.mapError(storage("reading the ledger's schema version")))

const OPEN_EXISTING = "opening an existing ledger"

/** The mismatch of a state with the version this code knows, if any. */
const mismatch = (state: SchemaState, p: string, known: number): LedgerSchemaMismatch | undefined => {
  const base = { found: state.version, expected: known }
  if (state.version > known) {
    return new LedgerSchemaMismatch({
      ...base,
      reason: "newer",
      detail: `the ledger's schema is version ${state.version}, newer than version ${known}, the last this @anquan/hazard-ledger knows: ` +
        "upgrade @anquan/hazard-ledger to open it"
    })
  }
  if (state.missingTables.length > 0) {
    return new LedgerSchemaMismatch({
      ...base,
      found: state.recorded ? state.version : 0,
      reason: "missing",
      detail: `no table ${state.missingTables[0]}: the database holds no hazard ledger${p === "anquan_hazard_" ? "" : ` with the prefix ${p}`}`
    })
  }
  if (state.version < known) {
    return new LedgerSchemaMismatch({
      ...base,
      reason: "older",
      detail: `the ledger's schema is version ${state.version}, older than version ${known} of this @anquan/hazard-ledger: ` +
        "open it once for writing (createTables: true), which upgrades it"
    })
  }
  return undefined
}

/**
 * The check of a read-only open: the ledger is there at exactly {@link SCHEMA_VERSION}; nothing is
 * written. Fails with a `LedgerStorageError` ("opening an existing ledger") caused by a
 * {@link LedgerSchemaMismatch} otherwise.
 *
 * @since 0.1.0
 */
export const requireSchema = (
  dialect: SqlDialect,
  p: string,
  plan: SchemaPlan = ledgerPlan(dialect, p)
): Effect.Effect<void, LedgerStorageError, SqlClient.SqlClient> =>
  Effect.flatMap(inspectSchema(dialect, p), (state) => {
    const wrong = mismatch(state, p, plan.version)
    return wrong === undefined ? Effect.void : Effect.fail(new LedgerStorageError({ operation: OPEN_EXISTING, cause: wrong }))
  })

/**
 * The schema step of a writable open: runs the pending migrations with effect's `Migrator`
 * (table `<prefix>migrations`), adopting a ledger of the layout before migrations as version 1.
 * Does nothing when the ledger is already at {@link SCHEMA_VERSION}; fails (operation "migrating
 * the ledger", `cause` a {@link LedgerSchemaMismatch}) when it is newer.
 * Returns the migrations it ran, as `[id, name]`.
 *
 * @since 0.1.0
 */
export const migrateSchema = (
  dialect: SqlDialect,
  p: string,
  plan: SchemaPlan = ledgerPlan(dialect, p)
): Effect.Effect<ReadonlyArray<readonly [id: number, name: string]>, LedgerStorageError, SqlClient.SqlClient> =>
  Effect.gen(function*() {
    const fail = (wrong: LedgerSchemaMismatch) => Effect.fail(new LedgerStorageError({ operation: "migrating the ledger", cause: wrong }))
    const before = yield* inspectSchema(dialect, p)
    if (before.version > plan.version) return yield* fail(mismatch(before, p, plan.version)!)
    if (before.recorded && before.version === plan.version) {
      const wrong = mismatch(before, p, plan.version)
      return wrong === undefined ? [] : yield* fail(wrong)
    }
    const ran = yield* runMigrator({ loader: Migrator.fromRecord(plan.migrations), table: `${p}migrations` }).pipe(
      Effect.mapError(storage("migrating the ledger"))
    )
    // read again: another process (maybe with a newer version) may have migrated in between, and
    // this code never writes to a layout it does not know
    const wrong = mismatch(yield* inspectSchema(dialect, p), p, plan.version)
    return wrong === undefined ? ran : yield* fail(wrong)
  })

const runMigrator = Migrator.make({})
