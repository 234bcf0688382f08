// `anquan credit … --db postgres://…` on a real PostgreSQL: list add, check and repair through the URL, in a schema
// of its own (the URL's `options=-c search_path=…`), created and dropped by this file. Needs ANQUAN_TEST_PG_URL
// (scripts/pg.sh start prints it). Without it: in CI (CI=true) this file FAILS; locally it is skipped with a warning.
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { creditCheck, creditListAdd, creditListRepair, creditListShow } from "../src/credit/index.ts"
import { testSchema } from "./fixtures/postgres.ts"

const { schema, url: db, admin, skip } = testSchema("credit-postgres.test.ts", "anquan credit on PostgreSQL", "anquan_credit_")

const tree = fileURLToPath(new URL("../../../examples/credit/sample/jurisdictions.json", import.meta.url))
const io = () => {
  const out: Array<string> = []
  const err: Array<string> = []
  return { out, err, write: (s: string) => void out.push(s), writeError: (s: string) => void err.push(s) }
}

describe.skipIf(skip)("anquan credit on PostgreSQL", () => {
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
