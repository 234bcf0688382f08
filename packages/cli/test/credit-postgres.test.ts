// `anquan credit … --db postgres://…` on a real PostgreSQL: list add, check and repair through the URL, in a schema
// of its own (the URL's `options=-c search_path=…`), created and dropped by this file. Needs ANQUAN_TEST_PG_URL
// (scripts/pg.sh start prints it). Without it: in CI (CI=true) this file FAILS; locally it is skipped with a warning.
import { PgClient } from "@effect/sql-pg"
import { fileURLToPath } from "node:url"
import { Effect, Redacted } from "effect"
import { SqlClient } from "effect/sql"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { creditCheck, creditListAdd, creditListRepair, creditListShow } from "../src/credit/index.ts"

const url = process.env.ANQUAN_TEST_PG_URL ?? ""
if (url === "" && process.env.CI === "true") {
  describe("anquan credit on PostgreSQL", () => {
    it("needs ANQUAN_TEST_PG_URL in CI", () => {
      throw new Error("ANQUAN_TEST_PG_URL is not set: CI must start PostgreSQL (scripts/pg.sh start) and export the URL it prints")
    })
  })
} else if (url === "") {
  console.warn("credit-postgres.test.ts skipped: ANQUAN_TEST_PG_URL is not set (scripts/pg.sh start prints it)")
}

const schema = `anquan_credit_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
const db = `${url}${url.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`
const admin = (statement: string) =>
  Effect.runPromise(Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    yield* sql.unsafe(statement)
  }).pipe(Effect.provide(PgClient.layer({ url: Redacted.make(url), maxConnections: 1 }))))

const tree = fileURLToPath(new URL("../../../examples/credit/sample/jurisdictions.json", import.meta.url))
const io = () => {
  const out: Array<string> = []
  const err: Array<string> = []
  return { out, err, write: (s: string) => void out.push(s), writeError: (s: string) => void err.push(s) }
}

describe.skipIf(url === "")("anquan credit on PostgreSQL", () => {
  beforeAll(() => admin(`CREATE SCHEMA ${schema}`))
  afterAll(() => admin(`DROP SCHEMA ${schema} CASCADE`))

  it("a read of a database without a credit store is a clear error; list add, check, repair", async () => {
    const none = io()
    expect((await creditCheck({ ...none, db, enterprise: "91330381MA2L9RT6N9", purpose: "loan", asOf: "2026-12-01" })).exitCode).toBe(2)
    expect(none.err.join("")).toMatch(/holds no credit store/)
    const who = { db, jurisdictions: tree, actorId: "P-1", actorName: "瑞安市应急管理局", actorRole: "department" as const, jurisdiction: "330381" }
    const add = io()
    expect((await creditListAdd({ ...add, ...who, enterprise: "91330381MA2L9RT6N9", enterpriseJurisdiction: "330381", condition: "fatal-accident", from: "2026-03-01", reason: "SG-2026-0007" })).exitCode).toBe(0)
    const c = io()
    expect((await creditCheck({ ...c, db, enterprise: "91330381MA2L9RT6N9", purpose: "loan", asOf: "2026-12-01", format: "json" })).exitCode).toBe(1)
    expect(JSON.parse(c.out.join("")).by[0].entryId).toBe("fatal-accident:91330381MA2L9RT6N9:2026-03-01")
    const r = io()
    expect((await creditListRepair({ ...r, ...who, entryId: "fatal-accident:91330381MA2L9RT6N9:2026-03-01", evidence: ["rectified", "penalty-fulfilled", "credit-commitment"], on: "2026-09-01", expectedVersion: 1 })).exitCode).toBe(0)
    const s = io()
    await creditListShow({ ...s, db, asOf: "2026-12-01", format: "json" })
    expect(JSON.parse(s.out.join("")).map((e: { status: string; version: number }) => [e.status, e.version])).toEqual([["repaired", 2]])
  })
})
