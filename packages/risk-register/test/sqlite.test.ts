import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { afterAll, describe, expect, it } from "@effect/vitest"
import { openRiskRegister } from "../src/index.ts"
import { jurisdictions, point } from "./fixtures.ts"
import { reader, registerSuite, system } from "./suite.ts"

const dir = mkdtempSync(join(tmpdir(), "anquan-risk-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let n = 0

registerSuite("SQLite", () => openRiskRegister({ store: "sqlite", filename: join(dir, `r${n++}.sqlite`), jurisdictions }))

describe("SQLite file", () => {
  it("keeps events append-only and reopens with the same history", async () => {
    const filename = join(dir, "append-only.sqlite")
    const r = await openRiskRegister({ store: "sqlite", filename, jurisdictions })
    await r.importPoints(system, [point({ id: "RP-1" })])
    await r.close()
    const db = new DatabaseSync(filename)
    expect(() => db.exec("UPDATE anquan_risk_events SET data = '{}'")).toThrow(/append-only/)
    expect(() => db.exec("DELETE FROM anquan_risk_events")).toThrow(/append-only/)
    db.close()
    const again = await openRiskRegister({ store: "sqlite", filename, jurisdictions: [], createTables: false })
    expect((await again.history(reader, "RP-1")).map((e) => e._tag)).toEqual(["RiskPointRegistered"])
    await again.close()
  })

  it("a reader refuses a file that holds no register", async () => {
    const filename = join(dir, "empty.sqlite")
    new DatabaseSync(filename).close()
    await expect(openRiskRegister({ store: "sqlite", filename, jurisdictions: [], createTables: false })).rejects.toThrow(/holds no risk register/)
  })
})

// a hazard file of the ledger is a LedgerHazardRef: the link needs no change to the ledger
import type { HazardFile } from "@anquan/hazard-ledger"
import type { LedgerHazardRef } from "../src/index.ts"
export const hazardFileIsARef = (f: HazardFile): LedgerHazardRef => f
