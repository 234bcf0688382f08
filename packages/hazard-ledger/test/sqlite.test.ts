// The behavioural suite on SQLite (a file per test, WAL), plus what only a file database shows.
import { SqliteClient } from "@effect/sql-sqlite-node"
import { afterAll, describe, expect, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { Reactivity } from "effect/reactivity"
import { SqlClient } from "effect/sql"
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { EscalationPolicyInput } from "../src/index.ts"
import { HazardLedger, makeLedger } from "../src/index.ts"
import { callers, jurisdictions, report } from "./fixtures.ts"
import { ledgerSuite } from "./suite.ts"

const dir = mkdtempSync(join(tmpdir(), "anquan-hazard-ledger-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let n = 0

ledgerSuite({
  name: "sqlite",
  fresh: (o) =>
    HazardLedger.sqlite({
      filename: join(dir, `suite-${n++}.db`),
      jurisdictions,
      ...(o?.escalation === undefined ? {} : { escalation: o.escalation as EscalationPolicyInput })
    }),
  propertyRuns: 15
})

const raw = (filename: string) => SqliteClient.layer({ filename })

describe("SQLite specifics", () => {
  it.effect("the file persists: a reopened ledger has every event; the events table refuses UPDATE and DELETE", () =>
    Effect.gen(function*() {
      const filename = join(dir, "persist.db")
      const write = Effect.gen(function*() {
        const l = yield* HazardLedger
        yield* l.execute(callers.park, { command: report({ hazardId: "K-1" }), expectedVersion: 0 })
        yield* l.execute(callers.park, { command: { _tag: "Assess", hazardId: "K-1", level: "general" }, expectedVersion: 1 })
      })
      yield* write.pipe(Effect.provide(HazardLedger.sqlite({ filename, jurisdictions })))
      const read = Effect.gen(function*() {
        const l = yield* HazardLedger
        return [yield* l.get(callers.park, "K-1"), yield* l.history(callers.park, "K-1")] as const
      })
      const [file, history] = yield* read.pipe(Effect.provide(HazardLedger.sqlite({ filename, jurisdictions })))
      expect(file).toMatchObject({ version: 2, state: "assessed" })
      expect(history).toHaveLength(2)
      const tamper = Effect.gen(function*() {
        const sql = yield* SqlClient.SqlClient
        const mode = yield* sql<{ journal_mode: string }>`PRAGMA journal_mode`
        const update = yield* Effect.flip(sql`UPDATE anquan_hazard_events SET data = '{}'`)
        const del = yield* Effect.flip(sql`DELETE FROM anquan_hazard_events`)
        const count = yield* sql<{ n: number }>`SELECT COUNT(*) AS n FROM anquan_hazard_events`
        // the driver's own message (the trigger's) is the cause; the SqlError's message is the operation
        return { mode: mode[0]?.journal_mode, update: String(update.reason.cause), del: String(del.reason.cause), count: count[0]?.n }
      })
      const t = yield* tamper.pipe(Effect.provide(raw(filename)))
      expect(t).toEqual({
        mode: "wal",
        update: expect.stringContaining("append-only"),
        del: expect.stringContaining("append-only"),
        count: 2
      })
    }))

  it.effect("a table prefix keeps two ledgers apart in one file; a bad prefix is a typed error", () =>
    Effect.gen(function*() {
      const filename = join(dir, "prefix.db")
      const sqlite = raw(filename)
      const a = HazardLedger.sql({ jurisdictions, tablePrefix: "a_" }).pipe(Layer.provide(sqlite))
      const b = HazardLedger.sql({ jurisdictions, tablePrefix: "b_" }).pipe(Layer.provide(sqlite))
      yield* HazardLedger.use((l) => l.execute(callers.park, { command: report({ hazardId: "X" }), expectedVersion: 0 })).pipe(Effect.provide(a))
      const inB = yield* HazardLedger.use((l) => l.query(callers.park)).pipe(Effect.provide(b))
      expect(inB).toEqual([])
      const bad = yield* Effect.flip(Effect.provide(HazardLedger.use((l) => l.query(callers.park)), HazardLedger.sql({ jurisdictions, tablePrefix: "Bad-Prefix" }).pipe(Layer.provide(sqlite))))
      expect(bad).toMatchObject({ _tag: "InvalidInput", entryPoint: "ledger options: tablePrefix" })
    }).pipe(Effect.provide(Reactivity.layer)))

  it("the Promise API opens a SQLite file", async () => {
    const ledger = await makeLedger({ store: "sqlite", filename: join(dir, "promise.db"), jurisdictions })
    try {
      await ledger.execute(callers.park, { command: report({ hazardId: "P" }), expectedVersion: 0 })
      expect((await ledger.get(callers.park, "P")).version).toBe(1)
    } finally {
      await ledger.close()
    }
    await expect(makeLedger({ store: "sqlite", filename: join(dir, "no", "such", "dir.db"), jurisdictions })).rejects.toMatchObject({
      _tag: "LedgerStorageError"
    })
  })

  it("createTables: false opens an existing ledger and creates nothing where there is none", async () => {
    const existing = join(dir, "existing.db")
    const writer = await makeLedger({ store: "sqlite", filename: existing, jurisdictions })
    await writer.execute(callers.park, { command: report({ hazardId: "R-1" }), expectedVersion: 0 })
    await writer.close()
    const reader = await makeLedger({ store: "sqlite", filename: existing, jurisdictions, createTables: false })
    try {
      expect((await reader.query(callers.park, {})).map((f) => f.id)).toEqual(["R-1"])
    } finally {
      await reader.close()
    }
    // no file: nothing is created, not even the file (it is opened read-only)
    const absent = join(dir, "absent.db")
    const noFile = await makeLedger({ store: "sqlite", filename: absent, jurisdictions, createTables: false }).then(() => undefined, (e: unknown) => e)
    expect(noFile).toMatchObject({ _tag: "LedgerStorageError", operation: "opening an existing ledger", cause: { _tag: "LedgerSchemaMismatch", reason: "missing" } })
    expect((noFile as Error).message).toContain(`no ledger at ${absent}`)
    expect(existsSync(absent)).toBe(false)
    // a SQLite file that holds no ledger
    const empty = join(dir, "empty.db")
    const listTables = Effect.gen(function*() {
      const sql = yield* SqlClient.SqlClient
      return (yield* sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).map((r) => r.name)
    }).pipe(Effect.provide(raw(empty)))
    await Effect.runPromise(Effect.gen(function*() {
      const sql = yield* SqlClient.SqlClient
      yield* sql`CREATE TABLE other (x TEXT)`
    }).pipe(Effect.provide(raw(empty))))
    const failure = await makeLedger({ store: "sqlite", filename: empty, jurisdictions, createTables: false }).then(() => undefined, (e: unknown) => e)
    expect(failure).toMatchObject({ _tag: "LedgerStorageError", operation: "opening an existing ledger", cause: { _tag: "LedgerSchemaMismatch", reason: "missing" } })
    expect((failure as Error).message).toContain("no table anquan_hazard_events")
    // nothing was created: a later reader still finds no ledger
    expect(await Effect.runPromise(listTables)).toEqual(["other"])
  })
})
