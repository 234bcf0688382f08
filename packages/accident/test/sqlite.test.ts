// The investigation store on SQLite: the shared suite, append-only events, a read-only reopen.
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { afterAll, describe, expect, it } from "@effect/vitest"
import { openInvestigationStore } from "../src/index.ts"
import { generalCase, jurisdictions, reader, system } from "./fixtures.ts"
import { registerSuite } from "./suite.ts"

const dir = mkdtempSync(join(tmpdir(), "anquan-investigation-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let n = 0

registerSuite("SQLite", { open: () => openInvestigationStore({ store: "sqlite", filename: join(dir, `i${n++}.sqlite`), jurisdictions }) })

describe("SQLite file", () => {
  it("keeps events append-only and reopens read-only with the same history", async () => {
    const filename = join(dir, "append-only.sqlite")
    const s = await openInvestigationStore({ store: "sqlite", filename, jurisdictions })
    await s.open(system, generalCase("SG-1"))
    await s.record(system, { accidentId: "SG-1", step: { _tag: "SubmitReport", on: "2024-06-01" }, expectedVersion: 1 })
    await s.close()
    const db = new DatabaseSync(filename)
    expect(() => db.exec("UPDATE anquan_investigation_events SET data = '{}'")).toThrow(/append-only/)
    expect(() => db.exec("DELETE FROM anquan_investigation_events")).toThrow(/append-only/)
    db.close()
    const again = await openInvestigationStore({ store: "sqlite", filename, jurisdictions: [], createTables: false })
    expect((await again.history(reader, "SG-1")).map((e) => e._tag)).toEqual(["InvestigationOpened", "StepRecorded"])
    await again.close()
  })

  it("a reader refuses a file that holds no investigation store", async () => {
    const filename = join(dir, "empty.sqlite")
    new DatabaseSync(filename).close()
    await expect(openInvestigationStore({ store: "sqlite", filename, jurisdictions: [], createTables: false })).rejects.toThrow(/holds no investigation store/)
  })
})
