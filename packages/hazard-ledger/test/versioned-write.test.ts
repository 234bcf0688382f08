// The write path the registers share (src/store/versionedWrite.ts): insert at version 0, update at the
// expected version, the appended event, and a lost race told from a storage failure.
import { assert, describe, it } from "@effect/vitest"
import { Data, Effect } from "effect"
import { Reactivity } from "effect/reactivity"
import type { SqlClient } from "effect/sql"
import { versionedTransaction, VersionRace, writeVersioned } from "../src/index.ts"
import { openSqlite } from "../src/store/sqlite.ts"

class Storage extends Data.TaggedError("Storage")<{ readonly operation: string; readonly cause: unknown }> {}
class Conflict extends Data.TaggedError("Conflict")<{ readonly id: string; readonly expected: number; readonly actual: number }> {}

const storage = (operation: string) => (cause: unknown) => new Storage({ operation, cause })

const withTables = <A, E>(use: (sql: SqlClient.SqlClient) => Effect.Effect<A, E>) =>
  Effect.scoped(Effect.flatMap(openSqlite({ filename: ":memory:" }), (sql) =>
    Effect.flatMap(
      Effect.all([
        sql`CREATE TABLE t_records (item_id TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL)`,
        sql`CREATE TABLE t_events (item_id TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL, actor_id TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (item_id, version))`
      ]),
      () => use(sql)
    ))).pipe(Effect.provide(Reactivity.layer))

const change = (id: string, expectedVersion: number, data: string) => ({
  id,
  expectedVersion,
  row: { version: expectedVersion + 1, data },
  event: { _tag: "Changed", version: expectedVersion + 1, at: new Date(Date.UTC(2026, 11, 7, expectedVersion)), actor: { id: "inspector-1" } },
  eventData: JSON.stringify({ data })
})

describe("writeVersioned", () => {
  it.effect("inserts at version 0, updates at the expected version and appends an event each time", () =>
    withTables((sql) =>
      Effect.gen(function*() {
        const tables = { sql, records: "t_records", events: "t_events", key: "item_id", noun: "item" }
        yield* writeVersioned(tables, change("a", 0, "one"), storage)
        yield* writeVersioned(tables, change("a", 1, "two"), storage)
        const rows = yield* sql<{ item_id: string; version: number; data: string }>`SELECT * FROM t_records`
        assert.deepStrictEqual(rows.map((r) => [r.item_id, Number(r.version), r.data]), [["a", 2, "two"]])
        const events = yield* sql<{ item_id: string; version: number; type: string; at: string; actor_id: string; data: string }>`SELECT * FROM t_events ORDER BY version`
        assert.deepStrictEqual(events.map((e) => [e.item_id, Number(e.version), e.type, e.at, e.actor_id, e.data]), [
          ["a", 1, "Changed", "2026-12-07T00:00:00.000Z", "inspector-1", JSON.stringify({ data: "one" })],
          ["a", 2, "Changed", "2026-12-07T01:00:00.000Z", "inspector-1", JSON.stringify({ data: "two" })]
        ])
      })
    ))

  it.effect("a second insert of the same record and an update from a moved version are races, not storage errors", () =>
    withTables((sql) =>
      Effect.gen(function*() {
        const tables = { sql, records: "t_records", events: "t_events", key: "item_id", noun: "item" }
        yield* writeVersioned(tables, change("a", 0, "one"), storage)
        const again = yield* Effect.flip(writeVersioned(tables, change("a", 0, "other"), storage))
        assert.instanceOf(again, VersionRace)
        assert.deepStrictEqual([again.id, again.expected], ["a", 0])
        const stale = yield* Effect.flip(writeVersioned(tables, change("a", 5, "stale"), storage))
        assert.instanceOf(stale, VersionRace)
        assert.strictEqual((stale as VersionRace).expected, 5)
        const broken = yield* Effect.flip(writeVersioned({ ...tables, records: "missing_table" }, change("b", 0, "x"), storage))
        assert.instanceOf(broken, Storage)
        assert.strictEqual((broken as Storage).operation, "insert item")
      })
    ))

  it.effect("versionedTransaction rolls a lost race back and reports the version the record has now", () =>
    withTables((sql) =>
      Effect.gen(function*() {
        const tables = { sql, records: "t_records", events: "t_events", key: "item_id", noun: "item" }
        const currentVersion = (id: string) =>
          Effect.map(sql<{ version: number }>`SELECT version FROM t_records WHERE item_id = ${id}`, (rows) =>
            rows[0] === undefined ? undefined : Number(rows[0].version))
        const transaction = versionedTransaction(sql, storage, currentVersion, (race, actual) =>
          new Conflict({ id: race.id, expected: race.expected, actual }))
        yield* transaction(Effect.gen(function*() {
          yield* writeVersioned(tables, change("a", 0, "one"), storage)
          yield* writeVersioned(tables, change("a", 1, "two"), storage)
        }))
        const failed = yield* Effect.flip(transaction(Effect.gen(function*() {
          yield* writeVersioned(tables, change("b", 0, "kept?"), storage)
          yield* writeVersioned(tables, change("a", 1, "late"), storage)
        })))
        assert.deepStrictEqual(failed, new Conflict({ id: "a", expected: 1, actual: 2 }))
        const ids = yield* sql<{ item_id: string }>`SELECT item_id FROM t_records ORDER BY item_id`
        assert.deepStrictEqual(ids.map((r) => r.item_id), ["a"], "the whole transaction is rolled back")
      })
    ))
})
