import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { afterAll, describe, expect, it } from "@effect/vitest"
import { openStandardizationRegister } from "../src/index.ts"
import { ENT_A, jurisdictions, registerSuite, system } from "./suite.ts"

const dir = mkdtempSync(join(tmpdir(), "anquan-std-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let n = 0

registerSuite("SQLite", () => openStandardizationRegister({ store: "sqlite", filename: join(dir, `s${n++}.sqlite`), jurisdictions }))

describe("SQLite file", () => {
  it("keeps events append-only and reopens read-only with the same record", async () => {
    const filename = join(dir, "append-only.sqlite")
    const r = await openStandardizationRegister({ store: "sqlite", filename, jurisdictions })
    await r.execute(system, { command: { _tag: "Enrol", enrolment: { enterprise: ENT_A, jurisdiction: "330381", sector: "industry-trade", scale: "above-designated-size" } }, expectedVersion: 0 })
    await r.close()
    const db = new DatabaseSync(filename)
    expect(() => db.exec("UPDATE anquan_std_events SET data = '{}'")).toThrow(/append-only/)
    expect(() => db.exec("DELETE FROM anquan_std_events")).toThrow(/append-only/)
    db.close()
    const again = await openStandardizationRegister({ store: "sqlite", filename, jurisdictions, createTables: false })
    expect((await again.get(system, ENT_A)).record.state).toBe("enrolled")
    await again.close()
  })

  it("a reader refuses a file that holds no register", async () => {
    const filename = join(dir, "empty.sqlite")
    new DatabaseSync(filename).close()
    await expect(openStandardizationRegister({ store: "sqlite", filename, jurisdictions: [], createTables: false })).rejects.toThrow(/holds no standardization register/)
  })
})
