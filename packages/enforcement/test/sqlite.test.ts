import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { HazardLedger } from "@anquan/hazard-ledger"
import { afterAll, describe, expect, it } from "@effect/vitest"
import { Layer } from "effect"
import { EnforcementCases, openEnforcementCases } from "../src/index.ts"
import { jurisdictions, reader, record, system } from "./fixtures.ts"
import { registerSuite } from "./suite.ts"

const dir = mkdtempSync(join(tmpdir(), "anquan-enforcement-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let n = 0

registerSuite("SQLite", {
  open: () => openEnforcementCases({ store: "sqlite", filename: join(dir, `e${n++}.sqlite`), jurisdictions }),
  layer: () => {
    const filename = join(dir, `both${n++}.sqlite`)
    return Layer.mergeAll(HazardLedger.sqlite({ filename, jurisdictions }), EnforcementCases.sqlite({ filename, jurisdictions }))
  }
})

describe("SQLite file", () => {
  it("keeps events append-only and reopens read-only with the same history", async () => {
    const filename = join(dir, "append-only.sqlite")
    const s = await openEnforcementCases({ store: "sqlite", filename, jurisdictions })
    await s.importCases(system, [record({ id: "C1" })])
    await s.close()
    const db = new DatabaseSync(filename)
    expect(() => db.exec("UPDATE anquan_enforcement_events SET data = '{}'")).toThrow(/append-only/)
    expect(() => db.exec("DELETE FROM anquan_enforcement_events")).toThrow(/append-only/)
    db.close()
    const again = await openEnforcementCases({ store: "sqlite", filename, jurisdictions: [], createTables: false })
    expect((await again.history(reader, "C1")).map((e) => e._tag)).toEqual(["CaseOpened", "FindingRecorded"])
    await again.close()
  })

  it("a reader refuses a file that holds no case store", async () => {
    const filename = join(dir, "empty.sqlite")
    new DatabaseSync(filename).close()
    await expect(openEnforcementCases({ store: "sqlite", filename, jurisdictions: [], createTables: false })).rejects.toThrow(/holds no enforcement case store/)
  })
})
