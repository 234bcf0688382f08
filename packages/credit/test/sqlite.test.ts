import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { afterAll, describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { CreditStore, creditClassesEffect, openCreditStore, RepairRefused } from "../src/index.ts"
import { ENT_A, jurisdictions, record } from "./fixtures.ts"
import { creditSuite, reader, ruianDept } from "./suite.ts"

const dir = mkdtempSync(join(tmpdir(), "anquan-credit-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let n = 0

creditSuite("SQLite", () => openCreditStore({ store: "sqlite", filename: join(dir, `c${n++}.sqlite`), jurisdictions }))

describe("SQLite file", () => {
  it("keeps events and ratings append-only and reopens read-only with the same history", async () => {
    const filename = join(dir, "append-only.sqlite")
    const s = await openCreditStore({ store: "sqlite", filename, jurisdictions })
    await s.execute(ruianDept, { command: { _tag: "AddEntry", entry: { enterprise: ENT_A, jurisdiction: "330381", condition: "fatal-accident", from: "2026-03-01", reason: "SG-1" } }, expectedVersion: 0 })
    await s.recordRatings(ruianDept, [{ enterprise: ENT_A, jurisdiction: "330381", class: "B", ratedOn: "2026-06-01" }])
    await s.close()
    const db = new DatabaseSync(filename)
    expect(() => db.exec("UPDATE anquan_credit_events SET data = '{}'")).toThrow(/append-only/)
    expect(() => db.exec("DELETE FROM anquan_credit_events")).toThrow(/append-only/)
    expect(() => db.exec("DELETE FROM anquan_credit_ratings")).toThrow(/append-only/)
    db.close()
    const again = await openCreditStore({ store: "sqlite", filename, jurisdictions: [], createTables: false })
    expect((await again.history(reader, `fatal-accident:${ENT_A}:2026-03-01`)).map((e) => e._tag)).toEqual(["EntryAdded"])
    expect((await again.check(reader, { enterprise: ENT_A, asOf: "2026-06-01", purpose: "loan" })).blocked).toBe(true)
    await again.close()
  })

  it("a reader refuses a file that holds no credit store", async () => {
    const filename = join(dir, "empty.sqlite")
    new DatabaseSync(filename).close()
    await expect(openCreditStore({ store: "sqlite", filename, jurisdictions: [], createTables: false })).rejects.toThrow(/holds no credit store/)
  })

  it("refuses a bad configuration and a bad table prefix when it opens", async () => {
    await expect(openCreditStore({ store: "sqlite", filename: ":memory:", jurisdictions, config: { source: "x" } })).rejects.toMatchObject({ _tag: "InvalidInput" })
    await expect(openCreditStore({ store: "sqlite", filename: ":memory:", jurisdictions, tablePrefix: "x; DROP" })).rejects.toMatchObject({ _tag: "InvalidInput" })
  })
})

describe("the Effect API", () => {
  it.effect("the CreditStore service: list, check, a refused repair as a typed failure", () =>
    Effect.gen(function*() {
      const store = yield* CreditStore
      yield* store.execute(ruianDept, { command: { _tag: "AddEntry", entry: { enterprise: ENT_A, jurisdiction: "330381", condition: "fatal-accident", from: "2026-03-01", reason: "SG-1" } }, expectedVersion: 0 })
      expect((yield* store.check(reader, { enterprise: ENT_A, asOf: "2026-06-01", purpose: "project-approval" })).blocked).toBe(true)
      const refused = yield* Effect.flip(store.execute(ruianDept, { command: { _tag: "RepairEntry", entryId: `fatal-accident:${ENT_A}:2026-03-01`, on: "2026-03-02", evidence: [] }, expectedVersion: 1 }))
      expect(refused).toBeInstanceOf(RepairRefused)
      const classes = yield* creditClassesEffect(record(), { asOf: "2026-07-01" })
      expect(classes.enterprises.map((e) => e.class)).toEqual(["C", "C", "A"])
    }).pipe(Effect.provide(CreditStore.sqlite({ filename: ":memory:", jurisdictions }))))
})
