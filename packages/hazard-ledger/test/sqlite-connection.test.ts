// The SQLite connection the ledger's durability and concurrency rest on (`@effect/sql-sqlite-node`, opened by
// src/store/sqlite.ts): its PRAGMAs, transactions, locking against another connection, and the errors the
// ledger relies on. These are the behaviours the hand-written @anquan/sql-node-sqlite client was tested for,
// now checked on the client the ledger uses.
import { SqliteClient } from "@effect/sql-sqlite-node"
import { assert, describe, expect, it } from "@effect/vitest"
import { Deferred, Effect, Fiber, Schema } from "effect"
import { Reactivity } from "effect/reactivity"
import { SqlClient, SqlError } from "effect/sql"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { AppendRace, HazardLedger, makeLedger, makeSqlBackend } from "../src/index.ts"
import type { SqliteConnectionOptions } from "../src/store/sqlite.ts"
import { openSqlite } from "../src/store/sqlite.ts"
import { callers, jurisdictions, report } from "./fixtures.ts"
import { createLegacyLayout } from "./legacy-layout.ts"

/** A fresh temporary directory, removed when the test's scope closes. */
const tempDir = Effect.acquireRelease(
  Effect.sync(() => mkdtempSync(join(tmpdir(), "anquan-sqlite-connection-"))),
  (dir) => Effect.sync(() => rmSync(dir, { recursive: true, force: true }))
)

/** Opens the ledger's connection for the duration of `use`. */
const withConnection = <A, E>(options: SqliteConnectionOptions, use: (sql: SqlClient.SqlClient) => Effect.Effect<A, E>) =>
  Effect.scoped(Effect.flatMap(openSqlite(options), use)).pipe(Effect.provide(Reactivity.layer))

/** Runs `effect`, expecting a `SqlError`; returns its classified reason. */
const failureReason = <A, R>(effect: Effect.Effect<A, unknown, R>) =>
  Effect.map(Effect.flip(effect), (e) => {
    assert.isTrue(SqlError.isSqlError(e), `expected a SqlError, got ${String(e)}`)
    return (e as SqlError.SqlError).reason
  })

class Boom extends Schema.TaggedError<Boom>()("Boom", {}) {}

const pragmas = (sql: SqlClient.SqlClient) =>
  Effect.all({
    journal: Effect.map(sql<{ journal_mode: string }>`PRAGMA journal_mode`, (r) => r[0]?.journal_mode),
    synchronous: Effect.map(sql<{ synchronous: number }>`PRAGMA synchronous`, (r) => r[0]?.synchronous),
    foreignKeys: Effect.map(sql<{ foreign_keys: number }>`PRAGMA foreign_keys`, (r) => r[0]?.foreign_keys),
    busyTimeout: Effect.map(sql<{ timeout: number }>`PRAGMA busy_timeout`, (r) => r[0]?.timeout)
  })

describe("the ledger's SQLite connection", () => {
  it.live("WAL, synchronous=FULL, foreign keys and a 5 s busy timeout by default; the options change them", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir
      const filename = join(dir, "pragmas.db")
      const defaults = yield* withConnection({ filename }, pragmas)
      assert.deepStrictEqual(defaults, { journal: "wal", synchronous: 2, foreignKeys: 1, busyTimeout: 5000 })
      const tuned = yield* withConnection({ filename, synchronous: "NORMAL", busyTimeoutMs: 1234 }, pragmas)
      assert.deepStrictEqual(tuned, { journal: "wal", synchronous: 1, foreignKeys: 1, busyTimeout: 1234 })
      const memory = yield* withConnection({ filename: ":memory:" }, pragmas)
      assert.strictEqual(memory.journal, "memory")
      const bad = yield* failureReason(withConnection({ filename, synchronous: "FAST" as never }, () => Effect.void))
      assert.strictEqual(bad._tag, "ConnectionError")
    }))

  it.live("a read-only open switches nothing and writes nothing", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir
      const filename = join(dir, "plain.db")
      const db = new DatabaseSync(filename)
      db.exec("CREATE TABLE t (v TEXT)")
      db.exec("INSERT INTO t VALUES ('a')")
      db.close()
      const seen = yield* withConnection({ filename, readonly: true }, (sql) =>
        Effect.all({
          journal: Effect.map(sql<{ journal_mode: string }>`PRAGMA journal_mode`, (r) => r[0]?.journal_mode),
          rows: sql<{ v: string }>`SELECT v FROM t`,
          write: failureReason(sql`INSERT INTO t VALUES ('b')`)
        }))
      assert.strictEqual(seen.journal, "delete") // not switched to WAL
      assert.deepStrictEqual(seen.rows.map((r) => r.v), ["a"])
      assert.include(String(seen.write.cause), "readonly")
      const after = new DatabaseSync(filename, { readOnly: true })
      try {
        assert.deepStrictEqual(after.prepare("SELECT v FROM t").all().map((r) => r["v"]), ["a"])
      } finally {
        after.close()
      }
      const missing = yield* failureReason(withConnection({ filename: join(dir, "absent.db"), readonly: true }, () => Effect.void))
      assert.strictEqual(missing._tag, "ConnectionError")
      const noDir = yield* failureReason(withConnection({ filename: join(dir, "no", "such", "dir.db") }, () => Effect.void))
      assert.strictEqual(noDir._tag, "ConnectionError")
    }))

  it.live("a file keeps committed rows across close and reopen; a failed transaction leaves nothing", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir
      const filename = join(dir, "persist.db")
      yield* withConnection({ filename }, (sql) =>
        Effect.gen(function*() {
          yield* sql`CREATE TABLE entry (id INTEGER PRIMARY KEY, body TEXT NOT NULL UNIQUE)`
          yield* sql.withTransaction(sql`INSERT INTO entry ${sql.insert([{ body: "kept-1" }, { body: "kept-2" }])}`)
          const failed = yield* Effect.flip(sql.withTransaction(Effect.andThen(sql`INSERT INTO entry ${sql.insert({ body: "lost" })}`, Effect.fail(new Boom()))))
          assert.strictEqual(failed._tag, "Boom")
          // a failing statement rolls back the statements before it; UNIQUE is a UniqueViolation
          const reason = yield* failureReason(sql.withTransaction(Effect.andThen(sql`INSERT INTO entry ${sql.insert({ body: "lost-2" })}`, sql`INSERT INTO entry ${sql.insert({ body: "kept-1" })}`)))
          assert.strictEqual(reason._tag, "UniqueViolation")
        }))
      const rows = yield* withConnection({ filename }, (sql) => sql<{ body: string }>`SELECT body FROM entry ORDER BY id`)
      assert.deepStrictEqual(rows.map((r) => r.body), ["kept-1", "kept-2"])
    }))

  it.live("an interrupted transaction rolls back and frees the connection", () =>
    withConnection({ filename: ":memory:" }, (sql) =>
      Effect.gen(function*() {
        yield* sql`CREATE TABLE t (v TEXT)`
        const started = yield* Deferred.make<void>()
        const fiber = yield* Effect.forkChild(sql.withTransaction(Effect.gen(function*() {
          yield* sql`INSERT INTO t VALUES ('interrupted')`
          yield* Deferred.succeed(started, undefined)
          return yield* Effect.never
        })))
        yield* Deferred.await(started)
        yield* Fiber.interrupt(fiber)
        yield* sql.withTransaction(sql`INSERT INTO t VALUES ('next')`)
        assert.deepStrictEqual((yield* sql<{ v: string }>`SELECT v FROM t`).map((r) => r.v), ["next"])
      })))

  it.live("concurrent transactions on the one connection are serialized: no lost update, no interleaving", () =>
    withConnection({ filename: ":memory:" }, (sql) =>
      Effect.gen(function*() {
        yield* sql`CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)`
        yield* sql`CREATE TABLE log (fiber INTEGER NOT NULL, step INTEGER NOT NULL)`
        yield* sql`INSERT INTO counter VALUES (1, 0)`
        const bump = (fiber: number) =>
          sql.withTransaction(Effect.gen(function*() {
            const [row] = yield* sql<{ n: number }>`SELECT n FROM counter WHERE id = 1`
            yield* sql`INSERT INTO log VALUES (${fiber}, 1)`
            yield* Effect.yieldNow
            yield* sql`INSERT INTO log VALUES (${fiber}, 2)`
            yield* Effect.yieldNow
            yield* sql`UPDATE counter SET n = ${row!.n + 1} WHERE id = 1`
          }))
        yield* Effect.all(Array.from({ length: 8 }, (_, k) => bump(k)), { concurrency: "unbounded" })
        yield* Effect.all([bump(100), sql`SELECT n FROM counter`, bump(101)], { concurrency: "unbounded" })
        assert.strictEqual((yield* sql<{ n: number }>`SELECT n FROM counter`)[0]?.n, 10)
        const log = yield* sql<{ fiber: number; step: number }>`SELECT fiber, step FROM log ORDER BY rowid`
        for (let k = 0; k < log.length; k += 2) {
          assert.strictEqual(log[k]?.fiber, log[k + 1]?.fiber)
          assert.deepStrictEqual([log[k]?.step, log[k + 1]?.step], [1, 2])
        }
      })))

  it.live("another connection's write lock: a transaction waits up to the busy timeout, then fails whole with LockTimeoutError", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir
      const filename = join(dir, "locked.db")
      yield* withConnection({ filename }, (sql) => sql`CREATE TABLE t (v TEXT)`)
      const other = new DatabaseSync(filename)
      try {
        other.exec("BEGIN IMMEDIATE")
        other.exec("INSERT INTO t VALUES ('other')")
        const started = Date.now()
        const reason = yield* withConnection({ filename, busyTimeoutMs: 200 }, (sql) =>
          failureReason(sql.withTransaction(sql`INSERT INTO t VALUES ('mine')`)))
        assert.strictEqual(reason._tag, "LockTimeoutError")
        assert.isAtLeast(Date.now() - started, 150)
        other.exec("COMMIT")
      } finally {
        if (other.isTransaction) other.exec("ROLLBACK")
        other.close()
      }
      const rows = yield* withConnection({ filename, busyTimeoutMs: 200 }, (sql) =>
        Effect.andThen(sql.withTransaction(sql`INSERT INTO t VALUES ('mine')`), sql<{ v: string }>`SELECT v FROM t ORDER BY rowid`))
      assert.deepStrictEqual(rows.map((r) => r.v), ["other", "mine"])
    }))

  it("the ledger under another connection's write lock: a typed LedgerStorageError, nothing written, and the next write succeeds", async () => {
    const dir = mkdtempSync(join(tmpdir(), "anquan-sqlite-connection-"))
    try {
      const filename = join(dir, "ledger.db")
      const ledger = await makeLedger({ store: "sqlite", filename, jurisdictions, busyTimeoutMs: 100 })
      try {
        await ledger.execute(callers.park, { command: report({ hazardId: "B-1" }), expectedVersion: 0 })
        const other = new DatabaseSync(filename)
        try {
          other.exec("BEGIN IMMEDIATE")
          await expect(ledger.execute(callers.park, { command: { _tag: "Assess", hazardId: "B-1", level: "general" }, expectedVersion: 1 }))
            .rejects.toMatchObject({ _tag: "LedgerStorageError" })
          other.exec("ROLLBACK")
        } finally {
          other.close()
        }
        expect((await ledger.get(callers.park, "B-1")).version).toBe(1)
        const r = await ledger.execute(callers.park, { command: { _tag: "Assess", hazardId: "B-1", level: "general" }, expectedVersion: 1 })
        expect(r.hazard.version).toBe(2)
      } finally {
        await ledger.close()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it.live("a duplicate primary key is a ConstraintError from the client, and a lost race (AppendRace) for the ledger", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir
      const filename = join(dir, "race.db")
      const written = yield* Effect.gen(function*() {
        const l = yield* HazardLedger
        return yield* l.execute(callers.park, { command: report({ hazardId: "R-1" }), expectedVersion: 0, idempotencyKey: "key-1" })
      }).pipe(Effect.provide(HazardLedger.sqlite({ filename, jurisdictions })))
      yield* withConnection({ filename }, (sql) =>
        Effect.gen(function*() {
          const row = (yield* sql<{ hazard_id: string; data: string }>`SELECT * FROM anquan_hazard_hazards`)[0]!
          const reason = yield* failureReason(sql`INSERT INTO anquan_hazard_hazards SELECT * FROM anquan_hazard_hazards`)
          assert.strictEqual(reason._tag, "ConstraintError")
          assert.include(String(reason.cause), "UNIQUE constraint failed: anquan_hazard_hazards.hazard_id")
          assert.strictEqual(row.hazard_id, "R-1")
          // the ledger's backend: a second "first" write of R-1 (as by a writer that read before R-1 existed)
          const backend = yield* makeSqlBackend({}).pipe(Effect.provideService(SqlClient.SqlClient, sql))
          const race = yield* Effect.flip(backend.append({ expectedVersion: 0, events: written.events, file: written.hazard, path: "/320000/320500/320571/320571001/" }))
          assert.strictEqual(race._tag, "AppendRace")
          assert.isTrue(race instanceof AppendRace)
        }))
    }))

  it("readonly: true opens a ledger read-only: reads work, a write is a typed LedgerStorageError, no migration runs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "anquan-sqlite-connection-"))
    try {
      const filename = join(dir, "readonly.db")
      await Effect.runPromise(createLegacyLayout("sqlite", "anquan_hazard_").pipe(Effect.provide(SqliteClient.layer({ filename }))))
      const writer = await makeLedger({ store: "sqlite", filename, jurisdictions, createTables: false, readonly: false })
      await writer.execute(callers.park, { command: report({ hazardId: "RO-1" }), expectedVersion: 0 })
      await writer.close()
      const reader = await makeLedger({ store: "sqlite", filename, jurisdictions, readonly: true })
      try {
        expect((await reader.get(callers.park, "RO-1")).version).toBe(1)
        await expect(reader.execute(callers.park, { command: { _tag: "Assess", hazardId: "RO-1", level: "general" }, expectedVersion: 1 }))
          .rejects.toMatchObject({ _tag: "LedgerStorageError" })
      } finally {
        await reader.close()
      }
      const db = new DatabaseSync(filename, { readOnly: true })
      try {
        expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'anquan_hazard_migrations'").all()).toEqual([])
        expect(db.prepare("SELECT version FROM anquan_hazard_hazards").all().map((r) => r["version"])).toEqual([1])
      } finally {
        db.close()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
