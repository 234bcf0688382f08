// The behavioural suite on PostgreSQL. Needs ANQUAN_TEST_PG_URL (scripts/pg.sh start prints it).
// Without it: in CI (CI=true) this file FAILS; locally the suite is skipped with a loud warning.
import { PgClient } from "@effect/sql-pg"
import { afterAll, describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Redacted } from "effect"
import { SqlClient } from "effect/sql"
import type { EscalationPolicyInput } from "../src/index.ts"
import { HazardLedger, makeLedger } from "../src/index.ts"
import { callers, jurisdictions, report } from "./fixtures.ts"
import { ledgerSuite } from "./suite.ts"

const url = process.env.ANQUAN_TEST_PG_URL
const missing = url === undefined || url === ""
const inCi = process.env.CI === "true"

if (missing && inCi) {
  describe("PostgreSQL backend", () => {
    it("needs ANQUAN_TEST_PG_URL in CI", () => {
      throw new Error(
        "ANQUAN_TEST_PG_URL is not set, so the PostgreSQL tests of @anquan/hazard-ledger cannot run. " +
          "CI must start PostgreSQL (scripts/pg.sh start) and export the URL it prints as ANQUAN_TEST_PG_URL."
      )
    })
  })
} else if (missing) {
  const line = "!".repeat(100)
  console.warn(
    `\n${line}\n!!! @anquan/hazard-ledger: ANQUAN_TEST_PG_URL is not set — the PostgreSQL suite is SKIPPED.\n` +
      `!!! Run \`scripts/pg.sh start\` and export the URL it prints to test the PostgreSQL backend.\n${line}\n`
  )
}

/** One prefix per run of this file, so parallel runs never share tables; dropped at the end. */
const run = `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
let n = 0
const pg = () => PgClient.layer({ url: Redacted.make(url ?? ""), maxConnections: 2 })

describe.skipIf(missing)("PostgreSQL", () => {
  afterAll(async () => {
    const drop = Effect.gen(function*() {
      const sql = yield* SqlClient.SqlClient
      const tables = yield* sql<{ tablename: string }>`SELECT tablename FROM pg_tables WHERE tablename LIKE ${`${run}%`}`
      for (const t of tables) yield* sql.unsafe(`DROP TABLE IF EXISTS "${t.tablename}" CASCADE`)
      const fns = yield* sql<{ proname: string }>`SELECT proname FROM pg_proc WHERE proname LIKE ${`${run}%`}`
      for (const f of fns) yield* sql.unsafe(`DROP FUNCTION IF EXISTS "${f.proname}"() CASCADE`)
    })
    await Effect.runPromise(drop.pipe(Effect.provide(pg())))
  })

  ledgerSuite({
    name: "postgres",
    fresh: (o) =>
      HazardLedger.postgres({
        url: url ?? "",
        maxConnections: 4,
        tablePrefix: `${run}_${n++}_`,
        jurisdictions,
        ...(o?.escalation === undefined ? {} : { escalation: o.escalation as EscalationPolicyInput })
      }),
    propertyRuns: 15
  })

  describe("PostgreSQL specifics", () => {
    it.effect("the events table refuses UPDATE and DELETE", () =>
      Effect.gen(function*() {
        const prefix = `${run}_raw_`
        yield* HazardLedger.use((l) => l.execute(callers.park, { command: report({ hazardId: "K-1" }), expectedVersion: 0 })).pipe(
          Effect.provide(HazardLedger.sql({ jurisdictions, tablePrefix: prefix }))
        )
        const sql = yield* SqlClient.SqlClient
        const update = yield* Effect.flip(sql.unsafe(`UPDATE ${prefix}events SET data = '{}'`))
        const del = yield* Effect.flip(sql.unsafe(`DELETE FROM ${prefix}events`))
        expect(String(update.reason.cause)).toContain("append-only")
        expect(String(del.reason.cause)).toContain("append-only")
        const count = yield* sql<{ n: number }>`SELECT COUNT(*)::int AS n FROM ${sql(`${prefix}events`)}`
        expect(count[0]?.n).toBe(1)
      }).pipe(Effect.provide(Layer.orDie(pg()))))

    it("createTables: false opens an existing ledger and creates nothing where there is none", async () => {
      const prefix = `${run}_ro_`
      const writer = await makeLedger({ store: "postgres", url: url ?? "", tablePrefix: prefix, jurisdictions })
      await writer.execute(callers.park, { command: report({ hazardId: "R-1" }), expectedVersion: 0 })
      await writer.close()
      const reader = await makeLedger({ store: "postgres", url: url ?? "", tablePrefix: prefix, jurisdictions, createTables: false })
      try {
        expect((await reader.query(callers.park, {})).map((f) => f.id)).toEqual(["R-1"])
      } finally {
        await reader.close()
      }
      const none = `${run}_none_`
      const failure = await makeLedger({ store: "postgres", url: url ?? "", tablePrefix: none, jurisdictions, createTables: false })
        .then(() => undefined, (e: unknown) => e)
      expect(failure).toMatchObject({ _tag: "LedgerStorageError", operation: "opening an existing ledger" })
      expect((failure as Error).message).toContain(`no table ${none}events`)
      const tables = await Effect.runPromise(Effect.gen(function*() {
        const sql = yield* SqlClient.SqlClient
        return yield* sql<{ tablename: string }>`SELECT tablename FROM pg_tables WHERE tablename LIKE ${`${none}%`}`
      }).pipe(Effect.provide(pg())))
      expect(tables).toEqual([])
    })

    it("the Promise API opens PostgreSQL", async () => {
      const ledger = await makeLedger({ store: "postgres", url: url ?? "", tablePrefix: `${run}_promise_`, jurisdictions })
      try {
        await ledger.execute(callers.park, { command: report({ hazardId: "P" }), expectedVersion: 0 })
        expect((await ledger.get(callers.park, "P")).version).toBe(1)
      } finally {
        await ledger.close()
      }
    })
  })
})
