// The behavioural suite on PostgreSQL. Needs ANQUAN_TEST_PG_URL (scripts/pg.sh start prints it).
// Without it: in CI (CI=true) this file FAILS; locally the suite is skipped with a loud warning.
import { PgClient } from "@effect/sql-pg"
import { afterAll, describe, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import { SqlClient } from "effect/sql"
import { HazardLedger } from "@anquan/hazard-ledger"
import { Layer } from "effect"
import { EnforcementCases, openEnforcementCases } from "../src/index.ts"
import { jurisdictions } from "./fixtures.ts"
import { registerSuite } from "./suite.ts"

const url = process.env.ANQUAN_TEST_PG_URL
const missing = url === undefined || url === ""

if (missing && process.env.CI === "true") {
  describe("PostgreSQL backend", () => {
    it("needs ANQUAN_TEST_PG_URL in CI", () => {
      throw new Error("ANQUAN_TEST_PG_URL is not set, so the PostgreSQL tests of @anquan/enforcement cannot run (scripts/pg.sh start).")
    })
  })
} else if (missing) {
  console.warn("\n!!! @anquan/enforcement: ANQUAN_TEST_PG_URL is not set — the PostgreSQL suite is SKIPPED.\n")
}

const run = `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
let n = 0

describe.skipIf(missing)("PostgreSQL", () => {
  afterAll(async () => {
    const drop = Effect.gen(function*() {
      const sql = yield* SqlClient.SqlClient
      const tables = yield* sql<{ tablename: string }>`SELECT tablename FROM pg_tables WHERE tablename LIKE ${`${run}%`}`
      for (const t of tables) yield* sql.unsafe(`DROP TABLE IF EXISTS "${t.tablename}" CASCADE`)
      const fns = yield* sql<{ proname: string }>`SELECT proname FROM pg_proc WHERE proname LIKE ${`${run}%`}`
      for (const f of fns) yield* sql.unsafe(`DROP FUNCTION IF EXISTS "${f.proname}"() CASCADE`)
    })
    await Effect.runPromise(drop.pipe(Effect.provide(PgClient.layer({ url: Redacted.make(url ?? ""), maxConnections: 1 }))))
  })

  registerSuite("PostgreSQL", {
    open: () => openEnforcementCases({ store: "postgres", url: url ?? "", maxConnections: 4, tablePrefix: `${run}_${n++}_`, jurisdictions }),
    layer: () => {
      const k = n++
      return Layer.mergeAll(
        HazardLedger.postgres({ url: url ?? "", maxConnections: 2, tablePrefix: `${run}_${k}_h_`, jurisdictions }),
        EnforcementCases.postgres({ url: url ?? "", maxConnections: 2, tablePrefix: `${run}_${k}_e_`, jurisdictions })
      )
    }
  })
})
