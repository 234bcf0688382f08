// The risk section of `anquan check --risk-register`: the same figures and maps from a SQLite register
// and from the JSON file it was imported from; bad sources are usage errors naming the flag.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { makeLedger } from "@anquan/hazard-ledger"
import { check, installedPacks, UsageError } from "../src/index.ts"
import { riskImport } from "../src/risk/index.ts"
import { riskSection } from "../src/risk/section.ts"

const sample = fileURLToPath(new URL("../../../examples/risk-register/sample/risk-points.json", import.meta.url))
const enterprises = fileURLToPath(new URL("../../../examples/demo/sample/enterprises.json", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "anquan-risk-section-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const quiet = { write: () => {}, writeError: () => {}, cwd: dir }

describe("the risk section of a check report", () => {
  it("reads a SQLite register and the JSON file of its points alike: grades, maps per enterprise (most severe first), figures as of the check", async () => {
    const db = join(dir, "register.sqlite")
    expect((await riskImport({ ...quiet, db, file: sample })).exitCode).toBe(0)
    const fromDb = await riskSection({ source: db, asOf: "2026-11-23" })
    const fromFile = await riskSection({ source: sample, asOf: "2026-11-23" })
    expect(fromDb.metrics.byGrade).toEqual({ major: 2, significant: 1, general: 2, low: 1, unassessed: 1 })
    expect(fromFile.metrics.byGrade).toEqual(fromDb.metrics.byGrade)
    expect(fromFile.sites).toEqual(fromDb.sites)
    expect(fromFile.metrics.reviewsOverdue).toEqual(fromDb.metrics.reviewsOverdue)
    expect(fromDb.sites.map((s) => [s.enterprise, s.points.map((p) => [p.id, p.grade])])).toEqual([
      ["91330381MA2L9RT6N9", [["FX-RA-001", "major"], ["FX-RA-002", "major"], ["FX-RA-003", "significant"], ["FX-RA-004", "general"], ["FX-RA-005", "low"]]],
      ["91330102MA2B0N7Y31", [["FX-SC-001", "general"], ["FX-SC-002", null]]]
    ])
    // LEC D = 3 × 6 × 40 = 720, as exact text; a direct grade has no score
    expect(fromDb.sites[0]!.points[0]!.score).toBe("720")
    expect(fromDb.sites[0]!.points[1]!.score).toBeNull()
    expect(fromDb.config.verified).toBe(false)
    // the figures are as of the check's date: a later date, more reviews overdue
    const later = await riskSection({ source: sample, asOf: "2027-06-01" })
    expect(later.metrics.reviewsOverdue.count).toBeGreaterThan(fromFile.metrics.reviewsOverdue.count)
  })

  it("refuses what is not a register, by the flag's name", async () => {
    await expect(riskSection({ source: join(dir, "none.sqlite"), asOf: "2026-11-23" })).rejects.toThrow(/--risk-register .*no risk register at/)
    const ledger = join(dir, "ledger.sqlite")
    const l = await makeLedger({ store: "sqlite", filename: ledger, jurisdictions: [] })
    await l.close()
    await expect(riskSection({ source: ledger, asOf: "2026-11-23" })).rejects.toThrow(/is not a risk register \(no anquan_risk_points table\)/)
    const bad = join(dir, "bad.json")
    writeFileSync(bad, JSON.stringify([{ id: "X", enterprise: "91330381MA2L9RT6N8", kind: "site" }]))
    const e = await riskSection({ source: bad, asOf: "2026-11-23" }).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(UsageError)
    expect((e as Error).message).toMatch(/^--risk-register .*bad\.json: not valid \(0\.enterprise: /)
  })

  it("goes into the json report under risk; other formats refuse it", async () => {
    let out = ""
    const r = await check({ input: enterprises, packs: installedPacks, asOf: "2026-11-23", format: "json", locale: "zh-CN", write: (s) => void (out += s), risk: { source: sample } })
    expect(r.risk?.metrics.total).toBe(7)
    expect(JSON.parse(out).risk.sites.length).toBe(2)
    await expect(check({ input: enterprises, packs: installedPacks, asOf: "2026-11-23", format: "table", locale: "zh-CN", write: () => {}, risk: { source: sample } }))
      .rejects.toThrow(/--risk-register adds a section to the html and json reports/)
  })
})
