// The ledger layout before versioned migrations, frozen: the DDL `makeSqlBackend` ran on every open
// until the ledger moved to effect's SQL Migrator (copied verbatim from src/store/sql.ts at cebfc1f).
// Tests build "old" ledgers with it — tables, indexes and triggers, no migrations table.
import { Effect } from "effect"
import { SqlClient } from "effect/sql"

export const legacyDdl = (dialect: "sqlite" | "pg", p: string): ReadonlyArray<string> => [
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

/** Creates the legacy layout with prefix `p` on the `SqlClient` in context, one statement per call. */
export const createLegacyLayout = (dialect: "sqlite" | "pg", p: string) =>
  Effect.flatMap(SqlClient.SqlClient, (sql) => Effect.forEach(legacyDdl(dialect, p), (s) => sql.unsafe(s), { discard: true }))
