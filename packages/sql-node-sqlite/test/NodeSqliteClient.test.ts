import { assert, describe, it } from "@effect/vitest"
import { Cause, DateTime, Deferred, Effect, Exit, Fiber, Option, Schema, Stream, String as Str } from "effect"
import { Reactivity } from "effect/reactivity"
import { SqlClient, SqlError, SqlSchema } from "effect/sql"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { NodeSqliteClient } from "../src/index.ts"

const memory = NodeSqliteClient.layer({ filename: ":memory:" })

/** A fresh temporary directory, removed when the test's scope closes. */
const tempDir = Effect.acquireRelease(
  Effect.sync(() => mkdtempSync(join(tmpdir(), "anquan-sqlite-"))),
  (dir) => Effect.sync(() => rmSync(dir, { recursive: true, force: true }))
)

/** Opens `filename` for the duration of `use`, closing the database afterwards. */
const withClient = <A, E>(
  config: NodeSqliteClient.NodeSqliteClientConfig,
  use: (sql: NodeSqliteClient.NodeSqliteClient) => Effect.Effect<A, E>
) =>
  Effect.scoped(Effect.flatMap(NodeSqliteClient.make(config), use)).pipe(Effect.provide(Reactivity.layer))

const createHazards = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE hazard (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    level TEXT NOT NULL,
    rectified INTEGER NOT NULL,
    found_at TEXT NOT NULL
  )`
  return sql
})

/** Runs `effect`, expecting it to fail with a `SqlError`; returns the error's classified reason. */
const failureReason = <A, R>(effect: Effect.Effect<A, unknown, R>) =>
  Effect.map(Effect.flip(effect), (e): { readonly _tag: string; readonly message?: string | undefined; readonly constraint?: string } => {
    assert.isTrue(SqlError.isSqlError(e), `expected a SqlError, got ${String(e)}`)
    return (e as SqlError.SqlError).reason
  })

/** `sql.insert` takes a non-empty array of records. */
const nonEmpty = <A>(as: ReadonlyArray<A>): readonly [A, ...Array<A>] => {
  assert.isAbove(as.length, 0)
  return as as readonly [A, ...Array<A>]
}

class Boom extends Schema.TaggedError<Boom>()("Boom", {}) {}

describe("NodeSqliteClient", () => {
  it.effect("round-trips rows, mapping Date to ISO text and boolean to 1/0", () =>
    Effect.gen(function* () {
      const sql = yield* createHazards
      const foundAt = new Date("2024-03-01T08:30:00.000Z")
      yield* sql`INSERT INTO hazard ${sql.insert({
        code: "H-001",
        level: "major",
        rectified: false,
        found_at: foundAt
      })}`
      yield* sql`INSERT INTO hazard (code, level, rectified, found_at) VALUES (${"H-002"}, ${"general"}, ${true}, ${foundAt})`
      const rows = yield* sql`SELECT code, level, rectified, found_at, typeof(rectified) AS t FROM hazard ORDER BY id`
      assert.deepStrictEqual(rows, [
        { code: "H-001", level: "major", rectified: 0, found_at: "2024-03-01T08:30:00.000Z", t: "integer" },
        { code: "H-002", level: "general", rectified: 1, found_at: "2024-03-01T08:30:00.000Z", t: "integer" }
      ])
      assert.strictEqual(Object.getPrototypeOf(rows[0]), Object.prototype)
      const byDate = yield* sql<{ code: string }>`SELECT code FROM hazard WHERE found_at = ${foundAt} AND rectified = ${true}`
      assert.deepStrictEqual(byDate, [{ code: "H-002" }])
    }).pipe(Effect.provide(memory)))

  it.effect("sql.insert of many records is one multi-row INSERT", () =>
    Effect.gen(function* () {
      const sql = yield* createHazards
      const records = nonEmpty(["A", "B", "C"].map((c, i) => ({
        code: `H-${c}`,
        level: i === 0 ? "major" : "general",
        rectified: i === 2,
        found_at: new Date(Date.UTC(2024, 0, i + 1))
      })))
      const [compiled, params] = sql`INSERT INTO hazard ${sql.insert(records)}`.compile()
      assert.include(compiled, "VALUES (?,?,?,?),(?,?,?,?),(?,?,?,?)")
      assert.strictEqual(params.length, 12)
      const returned = yield* sql<{ id: number; code: string }>`INSERT INTO hazard ${sql.insert(nonEmpty(records.map((r) => ({ ...r, code: `${r.code}2` }))))} RETURNING id, code`
      assert.deepStrictEqual(returned.map((r) => r.code), ["H-A2", "H-B2", "H-C2"])
      yield* sql`INSERT INTO hazard ${sql.insert(records)}`
      const [count] = yield* sql<{ n: number }>`SELECT count(*) AS n FROM hazard WHERE ${sql.in("code", ["H-A", "H-B", "H-C"])}`
      assert.strictEqual(count?.n, 3)
    }).pipe(Effect.provide(memory)))

  it.effect("withTransaction commits on success and rolls back on failure", () =>
    Effect.gen(function* () {
      const sql = yield* createHazards
      const insert = (code: string) =>
        sql`INSERT INTO hazard ${sql.insert({ code, level: "general", rectified: false, found_at: new Date(0) })}`
      yield* sql.withTransaction(Effect.andThen(insert("T-1"), insert("T-2")))
      const failed = yield* Effect.flip(sql.withTransaction(Effect.andThen(insert("T-3"), Effect.fail(new Boom()))))
      assert.strictEqual(failed._tag, "Boom")
      // a failing statement also rolls back the statements before it
      const reason = yield* failureReason(sql.withTransaction(Effect.andThen(insert("T-4"), insert("T-1"))))
      assert.strictEqual(reason._tag, "UniqueViolation")
      const rows = yield* sql<{ code: string }>`SELECT code FROM hazard ORDER BY code`
      assert.deepStrictEqual(rows.map((r) => r.code), ["T-1", "T-2"])
    }).pipe(Effect.provide(memory)))

  it.effect("a nested transaction is a savepoint: its rollback keeps the outer work", () =>
    Effect.gen(function* () {
      const sql = yield* createHazards
      const insert = (code: string) =>
        sql`INSERT INTO hazard ${sql.insert({ code, level: "general", rectified: false, found_at: new Date(0) })}`
      yield* sql.withTransaction(
        Effect.gen(function* () {
          yield* insert("outer-1")
          const inner = yield* Effect.exit(sql.withTransaction(Effect.andThen(insert("inner"), Effect.fail(new Boom()))))
          assert.isTrue(Exit.isFailure(inner))
          yield* sql.withTransaction(insert("inner-ok"))
          yield* insert("outer-2")
        })
      )
      const rows = yield* sql<{ code: string }>`SELECT code FROM hazard ORDER BY id`
      assert.deepStrictEqual(rows.map((r) => r.code), ["outer-1", "inner-ok", "outer-2"])
      const [state] = yield* sql<{ n: number }>`SELECT count(*) AS n FROM hazard`
      assert.strictEqual(state?.n, 3)
    }).pipe(Effect.provide(memory)))

  it.effect("classifies driver errors in SqlError.reason", () =>
    Effect.gen(function* () {
      const sql = yield* createHazards
      yield* sql`CREATE TABLE measure (id INTEGER PRIMARY KEY, hazard_id INTEGER NOT NULL REFERENCES hazard (id))`
      const row = { id: 1, code: "U-1", level: "major", rectified: false, found_at: new Date(0) }
      yield* sql`INSERT INTO hazard ${sql.insert(row)}`

      const unique = yield* failureReason(sql`INSERT INTO hazard ${sql.insert({ ...row, id: 2 })}`)
      assert.strictEqual(unique._tag, "UniqueViolation")
      assert.strictEqual(unique.constraint, "hazard.code")
      assert.strictEqual(unique.message, "UNIQUE constraint failed: hazard.code")

      // PostgreSQL reports a duplicate primary key as unique_violation too
      const primaryKey = yield* failureReason(sql`INSERT INTO hazard ${sql.insert({ ...row, code: "U-2" })}`)
      assert.strictEqual(primaryKey._tag, "UniqueViolation")

      // foreign keys are enforced by default
      const foreignKey = yield* failureReason(sql`INSERT INTO measure ${sql.insert({ id: 1, hazard_id: 99 })}`)
      assert.strictEqual(foreignKey._tag, "ConstraintError")

      assert.strictEqual((yield* failureReason(sql`SELEC 1`))._tag, "SqlSyntaxError")
      assert.strictEqual((yield* failureReason(sql`SELECT * FROM nowhere`))._tag, "SqlSyntaxError")
    }).pipe(Effect.provide(memory)))

  it.effect("refuses a script of several statements instead of running only the first", () =>
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      const reason = yield* failureReason(sql.unsafe("CREATE TABLE a (x); CREATE TABLE b (y)"))
      assert.strictEqual(reason._tag, "SqlSyntaxError")
      assert.include(reason.message ?? "", "one statement per call")
      const tables = yield* sql<{ name: string }>`SELECT name FROM sqlite_schema WHERE type = 'table'`
      assert.deepStrictEqual(tables, [])
      // a trailing semicolon or comment is not a second statement
      yield* sql.unsafe("CREATE TABLE a (x); -- the only one\n")
      assert.deepStrictEqual(yield* sql`SELECT name FROM sqlite_schema WHERE type = 'table'`, [{ name: "a" }])
    }).pipe(Effect.provide(memory)))

  it.effect("rejects parameters SQLite would silently store as NULL", () =>
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      yield* sql`CREATE TABLE t (v)`
      const object = yield* failureReason(sql`INSERT INTO t VALUES (${{ a: 1 } as unknown as string})`)
      assert.strictEqual(object._tag, "UnknownError")
      assert.include(object.message ?? "", "cannot bind parameter 1 (Object)")
      const invalidDate = yield* failureReason(sql`INSERT INTO t VALUES (${new Date(Number.NaN)})`)
      assert.include(invalidDate.message ?? "", "cannot bind parameter 1 (Date)")
      yield* sql`INSERT INTO t VALUES (${new Uint8Array([1, 2])}), (${null}), (${10n})`
      const rows = yield* sql<{ v: unknown }>`SELECT v FROM t`
      assert.deepStrictEqual(rows, [{ v: new Uint8Array([1, 2]) }, { v: null }, { v: 10 }])
    }).pipe(Effect.provide(memory)))

  it.effect("streams many rows in order and releases the connection when stopped early", () =>
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      yield* sql`CREATE TABLE n (i INTEGER PRIMARY KEY, sq INTEGER NOT NULL)`
      yield* sql`WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 10000)
        INSERT INTO n SELECT i, i * i FROM s`
      const all = yield* Stream.runCollect(sql<{ i: number; sq: number }>`SELECT i, sq FROM n ORDER BY i`.stream)
      assert.strictEqual(all.length, 10_000)
      assert.deepStrictEqual(all[0], { i: 1, sq: 1 })
      assert.deepStrictEqual(all[9_999], { i: 10_000, sq: 100_000_000 })
      assert.isTrue(all.every((row, k) => row.i === k + 1))
      assert.strictEqual(Object.getPrototypeOf(all[0]), Object.prototype)

      const sum = yield* sql<{ i: number }>`SELECT i FROM n WHERE i > ${9_990}`.stream.pipe(
        Stream.runFold(() => 0, (acc: number, row) => acc + row.i)
      )
      assert.strictEqual(sum, 9_991 + 9_992 + 9_993 + 9_994 + 9_995 + 9_996 + 9_997 + 9_998 + 9_999 + 10_000)

      const firstThree = yield* Stream.runCollect(Stream.take(sql<{ i: number }>`SELECT i FROM n ORDER BY i`.stream, 3))
      assert.deepStrictEqual(firstThree, [{ i: 1 }, { i: 2 }, { i: 3 }])
      // the early-stopped stream no longer holds the connection or a read lock
      yield* sql.withTransaction(sql`DELETE FROM n WHERE i > 10`)
      assert.deepStrictEqual(yield* sql`SELECT count(*) AS c FROM n`, [{ c: 10 }])

      const failing = yield* failureReason(Stream.runCollect(sql`SELECT * FROM missing`.stream))
      assert.strictEqual(failing._tag, "SqlSyntaxError")

      // a row that fails mid-stream: the rows before it are still delivered, then the SqlError
      let delivered = 0
      const midway = yield* failureReason(
        sql`WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 1000)
          SELECT CASE WHEN i > 300 THEN abs(-9223372036854775807 - 1) ELSE i END AS v FROM s`.stream.pipe(
          Stream.tap(() => Effect.sync(() => delivered++)),
          Stream.runDrain
        )
      )
      assert.strictEqual(delivered, 300)
      assert.strictEqual(midway.message, "integer overflow")
    }).pipe(Effect.provide(memory)))

  it.effect("a stream stopped early resets its statement, so it holds no read lock", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir
      const filename = join(dir, "stream.db")
      const checkpoint = () => {
        const other = new DatabaseSync(filename)
        try {
          return other.prepare("PRAGMA wal_checkpoint(TRUNCATE)").get()?.["busy"]
        } finally {
          other.close()
        }
      }
      yield* withClient({ filename }, (sql) =>
        Effect.gen(function* () {
          yield* sql`CREATE TABLE t (i INTEGER)`
          yield* sql`INSERT INTO t ${sql.insert(nonEmpty(Array.from({ length: 1000 }, (_, i) => ({ i }))))}`
          const [held] = yield* sql`SELECT i FROM t`.stream.pipe(
            Stream.take(1),
            Stream.mapEffect(() => Effect.sync(checkpoint)),
            Stream.runCollect
          )
          assert.strictEqual(held, 1) // while the stream is open, its reader blocks a full checkpoint
          assert.strictEqual(checkpoint(), 0)
        }))
    }))

  it.effect("an interrupted transaction rolls back and frees the connection", () =>
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      yield* sql`CREATE TABLE t (v TEXT)`
      const started = yield* Deferred.make<void>()
      const fiber = yield* Effect.forkChild(
        sql.withTransaction(
          Effect.gen(function* () {
            yield* sql`INSERT INTO t VALUES ('interrupted')`
            yield* Deferred.succeed(started, undefined)
            return yield* Effect.never
          })
        )
      )
      yield* Deferred.await(started)
      yield* Fiber.interrupt(fiber)
      yield* sql.withTransaction(sql`INSERT INTO t VALUES ('next')`)
      assert.deepStrictEqual(yield* sql`SELECT v FROM t`, [{ v: "next" }])
    }).pipe(Effect.provide(memory)))

  it.effect("a stream inside a transaction can issue statements on the same client", () =>
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      yield* sql`CREATE TABLE src (i INTEGER)`
      yield* sql`CREATE TABLE dst (i INTEGER)`
      yield* sql`INSERT INTO src ${sql.insert(nonEmpty([1, 2, 3, 4, 5].map((i) => ({ i }))))}`
      yield* sql.withTransaction(
        sql<{ i: number }>`SELECT i FROM src ORDER BY i`.stream.pipe(
          Stream.mapEffect((row) => sql`INSERT INTO dst VALUES (${row.i * 10})`),
          Stream.runDrain
        )
      )
      const rows = yield* sql<{ i: number }>`SELECT i FROM dst ORDER BY i`
      assert.deepStrictEqual(rows.map((r) => r.i), [10, 20, 30, 40, 50])
    }).pipe(Effect.provide(memory)))

  it.effect("a file database keeps committed rows across close and reopen, in WAL mode", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir
      const filename = join(dir, "ledger.db")
      yield* withClient({ filename }, (sql) =>
        Effect.gen(function* () {
          yield* sql`CREATE TABLE entry (id INTEGER PRIMARY KEY, body TEXT NOT NULL)`
          yield* sql.withTransaction(sql`INSERT INTO entry ${sql.insert([{ body: "kept-1" }, { body: "kept-2" }])}`)
          yield* Effect.exit(sql.withTransaction(Effect.andThen(sql`INSERT INTO entry ${sql.insert({ body: "lost" })}`, Effect.fail(new Boom()))))
        }))
      const reopened = yield* withClient({ filename }, (sql) =>
        Effect.all({
          rows: sql<{ body: string }>`SELECT body FROM entry ORDER BY id`,
          journal: sql<{ journal_mode: string }>`PRAGMA journal_mode`,
          synchronous: sql<{ synchronous: number }>`PRAGMA synchronous`,
          foreignKeys: sql<{ foreign_keys: number }>`PRAGMA foreign_keys`
        }))
      assert.deepStrictEqual(reopened.rows.map((r) => r.body), ["kept-1", "kept-2"])
      assert.strictEqual(reopened.journal[0]?.journal_mode, "wal")
      assert.strictEqual(reopened.synchronous[0]?.synchronous, 2) // FULL
      assert.strictEqual(reopened.foreignKeys[0]?.foreign_keys, 1)

      const readonly = yield* withClient({ filename, readonly: true }, (sql) =>
        Effect.all([sql<{ n: number }>`SELECT count(*) AS n FROM entry`, failureReason(sql`DELETE FROM entry`)]))
      assert.strictEqual(readonly[0][0]?.n, 2)
      assert.strictEqual(readonly[1]._tag, "UnknownError") // SQLITE_READONLY

      const rollbackJournal = join(dir, "plain.db")
      const journal = yield* withClient({ filename: rollbackJournal, wal: false, synchronous: "NORMAL" }, (sql) =>
        Effect.all([sql<{ journal_mode: string }>`PRAGMA journal_mode`, sql<{ synchronous: number }>`PRAGMA synchronous`]))
      assert.strictEqual(journal[0][0]?.journal_mode, "delete")
      assert.strictEqual(journal[1][0]?.synchronous, 1)
    }))

  it.effect("fails to open with a ConnectionError", () =>
    Effect.gen(function* () {
      const dir = yield* tempDir
      const missingDir = yield* failureReason(withClient({ filename: join(dir, "no", "such", "dir.db") }, () => Effect.void))
      assert.strictEqual(missingDir._tag, "ConnectionError")
      const missingFile = yield* failureReason(withClient({ filename: join(dir, "absent.db"), readonly: true }, () => Effect.void))
      assert.strictEqual(missingFile._tag, "ConnectionError")
    }))

  it.effect("concurrent transactions on one client are serialized", () =>
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      yield* sql`CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)`
      yield* sql`CREATE TABLE log (fiber INTEGER NOT NULL, step INTEGER NOT NULL)`
      yield* sql`INSERT INTO counter VALUES (1, 0)`
      // read-modify-write with yields in between: lost updates or "cannot start a transaction
      // within a transaction" would show up here if the transactions interleaved
      const bump = (fiber: number) =>
        sql.withTransaction(
          Effect.gen(function* () {
            const [row] = yield* sql<{ n: number }>`SELECT n FROM counter WHERE id = 1`
            yield* sql`INSERT INTO log VALUES (${fiber}, 1)`
            yield* Effect.yieldNow
            yield* sql`INSERT INTO log VALUES (${fiber}, 2)`
            yield* Effect.yieldNow
            yield* sql`UPDATE counter SET n = ${row!.n + 1} WHERE id = 1`
          })
        )
      yield* Effect.all(Array.from({ length: 8 }, (_, k) => bump(k)), { concurrency: "unbounded" })
      // plain statements from other fibers wait for the transaction too
      yield* Effect.all([bump(100), sql`SELECT n FROM counter`, bump(101)], { concurrency: "unbounded" })
      const [counter] = yield* sql<{ n: number }>`SELECT n FROM counter`
      assert.strictEqual(counter?.n, 10)
      const log = yield* sql<{ fiber: number; step: number }>`SELECT fiber, step FROM log ORDER BY rowid`
      for (let k = 0; k < log.length; k += 2) {
        assert.strictEqual(log[k]?.fiber, log[k + 1]?.fiber) // each transaction's steps are adjacent
        assert.deepStrictEqual([log[k]?.step, log[k + 1]?.step], [1, 2])
      }
    }).pipe(Effect.provide(memory)))

  it.effect("SqlSchema.findAll / findOne decode rows with a Schema", () =>
    Effect.gen(function* () {
      const sql = yield* createHazards
      const Hazard = Schema.Struct({
        code: Schema.String,
        level: Schema.Literals(["major", "general"]),
        rectified: Schema.BooleanFromBit,
        found_at: Schema.DateTimeUtcFromString
      })
      yield* sql`INSERT INTO hazard ${sql.insert([
        { code: "S-1", level: "major", rectified: false, found_at: new Date("2024-05-01T00:00:00Z") },
        { code: "S-2", level: "general", rectified: true, found_at: new Date("2024-05-02T00:00:00Z") },
        { code: "S-3", level: "major", rectified: true, found_at: new Date("2024-05-03T00:00:00Z") }
      ])}`
      const byLevel = SqlSchema.findAll({
        Request: Schema.Literals(["major", "general"]),
        Result: Hazard,
        execute: (level) => sql`SELECT code, level, rectified, found_at FROM hazard WHERE level = ${level} ORDER BY code`
      })
      const byCode = SqlSchema.findOne({
        Request: Schema.String,
        Result: Hazard,
        execute: (code) => sql`SELECT code, level, rectified, found_at FROM hazard WHERE code = ${code}`
      })
      const major = yield* byLevel("major")
      assert.deepStrictEqual(major.map((h) => [h.code, h.rectified]), [["S-1", false], ["S-3", true]])
      const s2 = yield* byCode("S-2")
      assert.isTrue(s2.rectified)
      assert.strictEqual(DateTime.formatIso(s2.found_at), "2024-05-02T00:00:00.000Z")
      const missing = yield* Effect.flip(byCode("nope"))
      assert.isTrue(Cause.isNoSuchElementError(missing))
      yield* sql`UPDATE hazard SET level = 'extreme' WHERE code = 'S-3'`
      const bad = yield* Effect.flip(byCode("S-3"))
      assert.strictEqual(bad._tag, "SchemaError")
    }).pipe(Effect.provide(memory)))

  it.effect("transforms query and result names", () =>
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      yield* sql`CREATE TABLE person (person_id INTEGER PRIMARY KEY, display_name TEXT NOT NULL)`
      yield* sql`INSERT INTO person ${sql.insert({ personId: 7, displayName: "Lin" })}`
      const rows = yield* sql`SELECT ${sql("personId")}, display_name FROM person`
      assert.deepStrictEqual(rows, [{ personId: 7, displayName: "Lin" }])
      const streamed = yield* Stream.runCollect(sql`SELECT * FROM person`.stream)
      assert.deepStrictEqual(streamed, [{ personId: 7, displayName: "Lin" }])
      assert.deepStrictEqual(yield* sql.withoutTransforms()`SELECT * FROM person`, [{ person_id: 7, display_name: "Lin" }])
    }).pipe(
      Effect.provide(
        NodeSqliteClient.layer({
          filename: ":memory:",
          transformQueryNames: Str.camelToSnake,
          transformResultNames: Str.snakeToCamel
        })
      )
    ))

  it.effect("raw results, value arrays, SafeIntegers and a small statement cache", () =>
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      yield* sql`CREATE TABLE t (id INTEGER PRIMARY KEY, big INTEGER)`
      const raw = yield* sql`INSERT INTO t (big) VALUES (${2n ** 60n}), (${1})`.raw
      assert.deepStrictEqual(raw, { changes: 2, lastInsertRowid: 2 })
      assert.deepStrictEqual(yield* sql`SELECT id, big FROM t WHERE id = 2`.values, [[2, 1]])
      const [safe] = yield* sql<{ big: bigint }>`SELECT big FROM t WHERE id = 1`.pipe(
        Effect.provideService(SqlClient.SafeIntegers, true)
      )
      assert.strictEqual(safe?.big, 2n ** 60n)
      const [unsafe] = yield* sql<{ big: number }>`SELECT big FROM t WHERE id = 2`
      assert.strictEqual(unsafe?.big, 1) // back to numbers once SafeIntegers is off
      for (let k = 0; k < 10; k++) {
        const [row] = yield* sql<{ k: number }>`SELECT ${k} + ${k % 3} AS k`
        assert.strictEqual(row?.k, k + (k % 3))
        yield* sql.unsafe(`SELECT ${k % 4} AS x`)
      }
    }).pipe(Effect.provide(NodeSqliteClient.layer({ filename: ":memory:", prepareCacheSize: 2 }))))

  it.effect("the layer provides one client under both tags, and backs up online", () =>
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      const client = yield* NodeSqliteClient.NodeSqliteClient
      assert.strictEqual(sql, client)
      assert.strictEqual(client.driver, "node-sqlite")
      assert.strictEqual(client.config.filename, ":memory:")
      yield* sql`CREATE TABLE t (v TEXT)`
      yield* sql`INSERT INTO t ${sql.insert([{ v: "a" }, { v: "b" }])}`
      const dir = yield* tempDir
      const copy = join(dir, "backup.db")
      const result = yield* client.backup(copy)
      assert.isAbove(result.totalPages, 0)
      const inTransaction = yield* failureReason(sql.withTransaction(client.backup(join(dir, "other.db"))))
      assert.include(inTransaction.message ?? "", "inside a transaction")
      const restored = yield* withClient({ filename: copy, readonly: true }, (db) => db<{ v: string }>`SELECT v FROM t ORDER BY v`)
      assert.deepStrictEqual(restored, [{ v: "a" }, { v: "b" }])
      assert.isTrue(Option.isNone(yield* Effect.serviceOption(client.transactionService)))
    }).pipe(Effect.provide(memory)))
})
