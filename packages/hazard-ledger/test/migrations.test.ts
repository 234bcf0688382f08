// Versioned migrations (effect's SQL Migrator) on SQLite and PostgreSQL: a new ledger runs migration 1,
// which is the layout of before; a ledger written by that previous layout (no migrations table) is
// adopted as version 1 without re-creating a table, every hazard and event readable and writable;
// an older schema is upgraded by a writable open and refused by a read-only one; a newer one is refused.
// PostgreSQL needs ANQUAN_TEST_PG_URL (scripts/pg.sh start prints it); postgres.test.ts fails in CI without it.
import { SqliteClient } from "@effect/sql-sqlite-node"
import { PgClient } from "@effect/sql-pg"
import { afterAll, describe, expect, it } from "@effect/vitest"
import { Effect, type Layer, Redacted } from "effect"
import { SqlClient, type SqlError } from "effect/sql"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { HazardEvent, HazardFile, Ledger } from "../src/index.ts"
import { auditHistory, makeLedger, VersionConflict } from "../src/index.ts"
import type { SchemaPlan, SqlDialect } from "../src/store/migrations.ts"
import { inspectSchema, migrateSchema, migrations, requireSchema, SCHEMA_VERSION } from "../src/store/migrations.ts"
import { callers, fiveInPlace, jurisdictions, majorReport, report, staffOf, subject } from "./fixtures.ts"
import { createLegacyLayout } from "./legacy-layout.ts"

const dir = mkdtempSync(join(tmpdir(), "anquan-hazard-migrations-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const url = process.env.ANQUAN_TEST_PG_URL
const pgMissing = url === undefined || url === ""
/** One prefix per run of this file on PostgreSQL; everything under it is dropped at the end. */
const run = `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`

/** How one dialect's tests open a ledger and a raw client on one database (a SQLite file, or a PG prefix). */
interface Target {
  readonly prefix: string
  readonly raw: Layer.Layer<SqlClient.SqlClient, SqlError.SqlError>
  readonly open: (options?: { readonly createTables?: boolean; readonly readonly?: boolean }) => Promise<Ledger>
}

interface Dialect {
  readonly name: string
  readonly dialect: SqlDialect
  readonly target: (name: string) => Target
  /** The tables, columns, indexes, constraints and triggers under the prefix, as text, the prefix replaced by `<p>`. */
  readonly layout: (p: string) => Effect.Effect<ReadonlyArray<string>, SqlError.SqlError, SqlClient.SqlClient>
  /** The identity of each table and index (SQLite: its root page; PostgreSQL: its oid): a re-created one changes it. */
  readonly identity: (p: string) => Effect.Effect<ReadonlyArray<string>, SqlError.SqlError, SqlClient.SqlClient>
}

const sqlite: Dialect = {
  name: "SQLite",
  dialect: "sqlite",
  target: (name) => {
    const filename = join(dir, `${name}.db`)
    return {
      prefix: "anquan_hazard_",
      raw: SqliteClient.layer({ filename }),
      open: (o = {}) => makeLedger({ store: "sqlite", filename, jurisdictions, ...o })
    }
  },
  layout: (p) =>
    Effect.flatMap(SqlClient.SqlClient, (sql) =>
      Effect.map(
        sql<{ type: string; name: string; sql: string | null }>`
          SELECT type, name, sql FROM sqlite_master WHERE substr(name, 1, ${p.length}) = ${p} AND name <> ${`${p}migrations`} ORDER BY name`,
        (rows) => rows.map((r) => `${r.type} ${r.name} ${r.sql ?? ""}`.replaceAll(p, "<p>"))
      )),
  identity: (p) =>
    Effect.flatMap(SqlClient.SqlClient, (sql) =>
      Effect.map(
        sql<{ name: string; rootpage: number }>`
          SELECT name, rootpage FROM sqlite_master
          WHERE substr(tbl_name, 1, ${p.length}) = ${p} AND tbl_name <> ${`${p}migrations`} AND type IN ('table', 'index') ORDER BY name`,
        (rows) => rows.map((r) => `${r.name}@${r.rootpage}`)
      ))
}

const postgres: Dialect = {
  name: "PostgreSQL",
  dialect: "pg",
  target: (name) => {
    const prefix = `${run}_${name.replaceAll("-", "_")}_`
    return {
      prefix,
      raw: PgClient.layer({ url: Redacted.make(url ?? ""), maxConnections: 2 }),
      open: (o = {}) => makeLedger({ store: "postgres", url: url ?? "", maxConnections: 2, tablePrefix: prefix, jurisdictions, ...o })
    }
  },
  layout: (p) =>
    Effect.flatMap(SqlClient.SqlClient, (sql) =>
      Effect.gen(function*() {
        const columns = yield* sql<{ line: string }>`
          SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' nullable=' || is_nullable
            || ' identity=' || is_identity AS line
          FROM information_schema.columns
          WHERE table_schema = current_schema() AND starts_with(table_name::text, ${p}) AND table_name::text <> ${`${p}migrations`}
          ORDER BY table_name, ordinal_position`
        const indexes = yield* sql<{ line: string }>`
          SELECT 'index ' || indexdef AS line FROM pg_indexes
          WHERE schemaname = current_schema() AND starts_with(tablename::text, ${p}) AND tablename::text <> ${`${p}migrations`} ORDER BY indexname`
        const constraints = yield* sql<{ line: string }>`
          SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) AS line FROM pg_constraint
          WHERE starts_with(conname::text, ${p}) AND NOT starts_with(conname::text, ${`${p}migrations`}) ORDER BY conname`
        const triggers = yield* sql<{ line: string }>`
          SELECT 'trigger ' || pg_get_triggerdef(oid) AS line FROM pg_trigger
          WHERE NOT tgisinternal AND starts_with(tgname::text, ${p}) ORDER BY tgname`
        const functions = yield* sql<{ line: string }>`
          SELECT 'function ' || pg_get_functiondef(oid) AS line FROM pg_proc WHERE starts_with(proname::text, ${p}) ORDER BY proname`
        return [...columns, ...indexes, ...constraints, ...triggers, ...functions].map((r) => r.line.replaceAll(p, "<p>"))
      })),
  identity: (p) =>
    Effect.flatMap(SqlClient.SqlClient, (sql) =>
      Effect.map(
        sql<{ name: string; oid: string }>`
          SELECT c.relname AS name, c.oid::text AS oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = current_schema() AND starts_with(c.relname::text, ${p}) AND c.relkind IN ('r', 'i')
            AND NOT starts_with(c.relname::text, ${`${p}migrations`})
          ORDER BY c.relname`,
        (rows) => rows.map((r) => `${r.name}@${r.oid}`)
      ))
}

const runOn = <A, E>(target: Target, effect: Effect.Effect<A, E, SqlClient.SqlClient>): Promise<A> =>
  Effect.runPromise(Effect.provide(effect, target.raw))

const migrationRows = (p: string) =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    Effect.map(
      sql<{ migration_id: number; name: string }>`SELECT migration_id, name FROM ${sql(`${p}migrations`)} ORDER BY migration_id`,
      (rows) => rows.map((r) => [Number(r.migration_id), r.name] as const)
    ))

const failureOf = (p: Promise<unknown>): Promise<unknown> => p.then(() => undefined, (e: unknown) => e)

/** Writes a small but varied ledger: general and major loops, an idempotency key, a closed hazard. */
const writeSome = async (ledger: Ledger) => {
  await ledger.execute(callers.park, { command: report({ hazardId: "L-1" }), expectedVersion: 0, idempotencyKey: "k-L-1" })
  await ledger.execute(callers.park, { command: { _tag: "Assess", hazardId: "L-1", level: "general" }, expectedVersion: 1 })
  await ledger.execute(callers.parkSystem, { command: majorReport({ hazardId: "L-2", subject: subject(2) }), expectedVersion: 0 })
  await ledger.execute(callers.park, { command: { _tag: "Assess", hazardId: "L-2", level: "major" }, expectedVersion: 1 })
  await ledger.execute(staffOf(subject(2)), { command: { _tag: "PlanRectification", hazardId: "L-2", ...fiveInPlace }, expectedVersion: 2 })
  await ledger.execute(callers.park, { command: report({ hazardId: "L-3", subject: subject(3) }), expectedVersion: 0 })
  await ledger.execute(callers.park, { command: { _tag: "Assess", hazardId: "L-3", level: "general" }, expectedVersion: 1 })
  await ledger.execute(staffOf(subject(3)), { command: { _tag: "PlanRectification", hazardId: "L-3", measures: "清理通道" }, expectedVersion: 2 })
  await ledger.execute(staffOf(subject(3)), { command: { _tag: "StartRectification", hazardId: "L-3" }, expectedVersion: 3 })
  await ledger.execute(staffOf(subject(3)), {
    command: { _tag: "CompleteRectification", hazardId: "L-3", evidence: [{ uri: "file://L-3/done.jpg" }] },
    expectedVersion: 4
  })
  await ledger.execute(callers.parkVerifier, { command: { _tag: "Verify", hazardId: "L-3", outcome: "passed" }, expectedVersion: 5 })
}

/** Everything a reader sees: the files, the events in append order, each history. */
const snapshot = async (ledger: Ledger) => {
  const files: ReadonlyArray<HazardFile> = await ledger.query(callers.province)
  const events: ReadonlyArray<HazardEvent> = await ledger.exportEvents(callers.province)
  const histories = await Promise.all(files.map((f) => ledger.history(callers.province, f.id)))
  return { files, events, histories }
}

const withLedger = async <A>(ledger: Ledger, f: (l: Ledger) => Promise<A>): Promise<A> => {
  try {
    return await f(ledger)
  } finally {
    await ledger.close()
  }
}

/** A release after this one: migration 2 adds an index. */
const nextRelease = (dialect: SqlDialect, p: string): SchemaPlan => ({
  version: SCHEMA_VERSION + 1,
  migrations: {
    ...migrations(dialect, p),
    [`${SCHEMA_VERSION + 1}_hazards_sector`]: Effect.flatMap(SqlClient.SqlClient, (sql) =>
      sql.unsafe(`CREATE INDEX ${p}hazards_sector ON ${p}hazards (sector)`))
  }
})

const suite = (d: Dialect) => {
  describe(`schema migrations (${d.name})`, () => {
    it("a new ledger runs migration 1 once, and it creates exactly the previous layout", async () => {
      const t = d.target("fresh")
      await withLedger(await t.open(), writeSome)
      expect(await runOn(t, migrationRows(t.prefix))).toEqual([[1, "ledger_layout"]])
      const state = await runOn(t, inspectSchema(d.dialect, t.prefix))
      expect(state).toEqual({ version: SCHEMA_VERSION, recorded: true, missingTables: [] })
      // the same objects, column for column and index for index, as the DDL of before creates
      const legacy = d.target("layout-of-before")
      await runOn(legacy, createLegacyLayout(d.dialect, legacy.prefix))
      const layout = await runOn(t, d.layout(t.prefix))
      expect(layout.length).toBeGreaterThan(5)
      expect(layout).toEqual(await runOn(legacy, d.layout(legacy.prefix)))
      // a second open runs nothing and re-creates nothing
      const before = await runOn(t, d.identity(t.prefix))
      await withLedger(await t.open(), async (l) => expect((await l.get(callers.park, "L-3")).state).toBe("closed"))
      expect(await runOn(t, migrationRows(t.prefix))).toEqual([[1, "ledger_layout"]])
      expect(await runOn(t, d.identity(t.prefix))).toEqual(before)
    })

    it("a ledger written by the previous layout is adopted as version 1: nothing re-created, every hazard and event readable and writable", async () => {
      const t = d.target("legacy")
      await runOn(t, createLegacyLayout(d.dialect, t.prefix))
      // written as before: the previous layout's tables, no migrations table
      await withLedger(await t.open({ createTables: false, readonly: false }), writeSome)
      expect(await runOn(t, inspectSchema(d.dialect, t.prefix))).toEqual({ version: 1, recorded: false, missingTables: [] })
      const identity = await runOn(t, d.identity(t.prefix))
      // 3 tables, 5 indexes of ours, and those of the primary keys and UNIQUE (hazard_id, version)
      expect(identity.length).toBeGreaterThanOrEqual(3 + 5 + 3)

      // a read-only open reads it as it is and creates nothing
      const seen = await withLedger(await t.open({ createTables: false }), snapshot)
      expect(seen.files.map((f) => [f.id, f.version, f.state])).toEqual([
        ["L-1", 2, "assessed"],
        ["L-2", 3, "rectification-planned"],
        ["L-3", 6, "closed"]
      ])
      expect(seen.events).toHaveLength(11)
      expect((await runOn(t, inspectSchema(d.dialect, t.prefix))).recorded).toBe(false)

      // a writable open adopts it: migration 1 recorded, no table or index re-created
      await withLedger(await t.open(), async (ledger) => {
        expect(await snapshot(ledger)).toEqual(seen)
        // the idempotency key written before replays
        const again = await ledger.execute(callers.park, { command: report({ hazardId: "L-1" }), expectedVersion: 0, idempotencyKey: "k-L-1" })
        expect(again.replayed).toBe(true)
        // and it takes writes: a transition, a stale one refused, a new hazard
        const next = await ledger.execute(callers.parkStaff, { command: { _tag: "PlanRectification", hazardId: "L-1", measures: "清理通道" }, expectedVersion: 2 })
        expect(next.hazard.version).toBe(3)
        await expect(ledger.execute(callers.park, { command: { _tag: "AttachEvidence", hazardId: "L-2", evidence: [{ uri: "file://x" }] }, expectedVersion: 1 }))
          .rejects.toBeInstanceOf(VersionConflict)
        await ledger.execute(callers.park, { command: report({ hazardId: "L-4", subject: subject(4) }), expectedVersion: 0 })
        const after = await snapshot(ledger)
        expect(after.events).toHaveLength(13)
        expect(after.events.slice(0, 11)).toEqual(seen.events)
        for (const history of after.histories) expect(auditHistory(history)).toEqual([])
      })
      expect(await runOn(t, migrationRows(t.prefix))).toEqual([[1, "ledger_layout"]])
      expect(await runOn(t, d.identity(t.prefix))).toEqual(identity)
      // and reads go on read-only
      await withLedger(await t.open({ createTables: false }), async (l) => expect(await l.query(callers.province)).toHaveLength(4))
    })

    it("an older schema: a read-only open refuses it, a writable open upgrades it; then older code refuses the newer schema", async () => {
      const t = d.target("versions")
      await withLedger(await t.open(), writeSome)
      const next = nextRelease(d.dialect, t.prefix)
      // the next release, read-only, on this release's ledger
      const older = await runOn(t, Effect.flip(requireSchema(d.dialect, t.prefix, next)))
      expect(older).toMatchObject({
        _tag: "LedgerStorageError",
        operation: "opening an existing ledger",
        cause: { _tag: "LedgerSchemaMismatch", reason: "older", found: 1, expected: 2 }
      })
      expect(older.message).toContain("open it once for writing")
      // the next release, writable: runs migration 2 only
      expect(await runOn(t, migrateSchema(d.dialect, t.prefix, next))).toEqual([[2, "hazards_sector"]])
      expect(await runOn(t, migrationRows(t.prefix))).toEqual([[1, "ledger_layout"], [2, "hazards_sector"]])
      expect(await runOn(t, migrateSchema(d.dialect, t.prefix, next))).toEqual([])
      const layout = await runOn(t, d.layout(t.prefix))
      expect(layout.some((line) => line.includes("<p>hazards_sector"))).toBe(true)

      // this release refuses the newer schema, read-only and writable, and changes nothing
      for (const o of [{ createTables: false }, {}]) {
        const newer = await failureOf(t.open(o))
        expect(newer).toMatchObject({
          _tag: "LedgerStorageError",
          operation: o.createTables === false ? "opening an existing ledger" : "migrating the ledger",
          cause: { _tag: "LedgerSchemaMismatch", reason: "newer", found: 2, expected: 1 }
        })
        expect((newer as Error).message).toContain("upgrade @anquan/hazard-ledger")
      }
      expect(await runOn(t, migrationRows(t.prefix))).toEqual([[1, "ledger_layout"], [2, "hazards_sector"]])
      expect(await runOn(t, d.layout(t.prefix))).toEqual(layout)
    })

    it("a read-only open of a database without a ledger fails with reason missing and creates nothing", async () => {
      const t = d.target("none")
      await runOn(t, Effect.flatMap(SqlClient.SqlClient, (sql) => sql.unsafe(`CREATE TABLE ${t.prefix}other (x TEXT)`)))
      const failure = await failureOf(t.open({ createTables: false }))
      expect(failure).toMatchObject({
        _tag: "LedgerStorageError",
        operation: "opening an existing ledger",
        cause: { _tag: "LedgerSchemaMismatch", reason: "missing", found: 0 }
      })
      expect(await runOn(t, inspectSchema(d.dialect, t.prefix))).toEqual({
        version: 0,
        recorded: false,
        missingTables: [`${t.prefix}events`, `${t.prefix}hazards`, `${t.prefix}idempotency`]
      })
      expect(await runOn(t, d.identity(t.prefix))).toEqual([expect.stringMatching(/other@/)])
    })
  })
}

suite(sqlite)

describe.skipIf(pgMissing)("PostgreSQL", () => {
  afterAll(async () => {
    const drop = Effect.gen(function*() {
      const sql = yield* SqlClient.SqlClient
      const tables = yield* sql<{ tablename: string }>`SELECT tablename FROM pg_tables WHERE starts_with(tablename::text, ${run})`
      for (const t of tables) yield* sql.unsafe(`DROP TABLE IF EXISTS "${t.tablename}" CASCADE`)
      const fns = yield* sql<{ proname: string }>`SELECT proname FROM pg_proc WHERE starts_with(proname::text, ${run})`
      for (const f of fns) yield* sql.unsafe(`DROP FUNCTION IF EXISTS "${f.proname}"() CASCADE`)
    })
    await Effect.runPromise(drop.pipe(Effect.provide(PgClient.layer({ url: Redacted.make(url ?? ""), maxConnections: 1 }))))
  })

  suite(postgres)

  it("concurrent first opens of one ledger run migration 1 once", async () => {
    const t = postgres.target("concurrent")
    const ledgers = await Promise.all(Array.from({ length: 4 }, () => t.open()))
    await Promise.all(ledgers.map((l, i) => l.execute(callers.park, { command: report({ hazardId: `C-${i}`, subject: subject(10 + i) }), expectedVersion: 0 })))
    await Promise.all(ledgers.map((l) => l.close()))
    expect(await runOn(t, migrationRows(t.prefix))).toEqual([[1, "ledger_layout"]])
  })
})
