import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { afterAll, describe, expect, it } from "@effect/vitest"
import { openReportRegister } from "../src/index.ts"
import { department, hotline, jurisdictions, report, REPORTER_NAME, testConfig } from "./fixtures.ts"
import { registerSuite } from "./suite.ts"

const dir = mkdtempSync(join(tmpdir(), "anquan-reports-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let n = 0

registerSuite("SQLite", () => openReportRegister({ store: "sqlite", filename: join(dir, `r${n++}.sqlite`), jurisdictions, config: testConfig }))

describe("SQLite file", () => {
  it("keeps events append-only, stores the reporter as the ledger does, and reopens read-only", async () => {
    const filename = join(dir, "append-only.sqlite")
    const r = await openReportRegister({ store: "sqlite", filename, jurisdictions })
    await r.execute(hotline, { command: { _tag: "Receive", report: report({ id: "JB-1" }) }, expectedVersion: 0 })
    await r.close()
    const db = new DatabaseSync(filename)
    expect(() => db.exec("UPDATE anquan_reports_events SET data = '{}'")).toThrow(/append-only/)
    expect(() => db.exec("DELETE FROM anquan_reports_events")).toThrow(/append-only/)
    // stored in full (the ledger stores its reporters too); only reads redact
    expect(String((db.prepare("SELECT data FROM anquan_reports_reports").get() as { data: string }).data)).toContain(REPORTER_NAME)
    db.close()
    const again = await openReportRegister({ store: "sqlite", filename, jurisdictions, createTables: false })
    expect((await again.get(department, "JB-1")).report.reporter).toEqual({ redacted: true })
    await again.close()
  })

  it("a reader refuses a file that holds no register", async () => {
    const filename = join(dir, "empty.sqlite")
    new DatabaseSync(filename).close()
    await expect(openReportRegister({ store: "sqlite", filename, jurisdictions: [], createTables: false })).rejects.toThrow(/holds no report register/)
  })

  it("refuses a configuration that does not decode", async () => {
    await expect(openReportRegister({ store: "sqlite", filename: ":memory:", jurisdictions, config: { rewardLevels: [{ id: "L1", minYuan: 500, maxYuan: 100 }] } }))
      .rejects.toThrow(/maxYuan/)
  })
})
