// The example, run as a user runs it: the sample record's candidates are listed and its classes
// recorded as ratings (the library), the rating rate per jurisdiction against seed 002's 90 %; then
// the executable, once: `anquan credit check … --purpose loan` answers that a bank loan is blocked and
// by which entry.
import { execFile } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { creditCandidates, openCreditStore } from "@anquan/credit"
import { Schema } from "effect"
import { NewEntry } from "@anquan/credit"
import { afterAll, describe, expect, it } from "vitest"
import { anquanExecutable } from "../../../packages/cli/test/fixtures/executable.ts"

const bin = anquanExecutable
const recordFile = fileURLToPath(new URL("../sample/record.json", import.meta.url))
const jurisdictions = JSON.parse(readFileSync(fileURLToPath(new URL("../sample/jurisdictions.json", import.meta.url)), "utf8"))
const record = JSON.parse(readFileSync(recordFile, "utf8"))
const dir = mkdtempSync(join(tmpdir(), "anquan-credit-example-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const anquan = (args: ReadonlyArray<string>) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(process.execPath, [bin, ...args], { cwd: dir }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : 1, stdout, stderr })))

const system = { actor: { id: "SYS", name: "温州市信用平台" }, role: { kind: "system" } } as const

describe("the credit example", () => {
  it("lists the fatal accidents, blocks a loan, and gives the rating rate against 90 %", async () => {
    const db = join(dir, "credit.sqlite")
    const store = await openCreditStore({ store: "sqlite", filename: db, jurisdictions })
    const candidates = creditCandidates(record, { asOf: "2026-12-01" })
    expect(candidates.map((c) => c.entry.enterprise)).toEqual(["91330381MA2L9RT6N9", "91330302MA2H9U6P4T"])
    for (const c of candidates) {
      await store.execute(system, { command: { _tag: "AddEntry", entry: Schema.encodeSync(NewEntry)(c.entry) }, expectedVersion: 0 })
    }
    const classes = await store.classes(system, record, { asOf: "2026-12-01" })
    expect(classes.byClass).toEqual({ A: 4, B: 1, C: 1, D: 1 })
    // three enterprises rated: two in 瑞安, one in 鹿城
    const rated = classes.enterprises.filter((e) => ["91330381MA2L9RT6N9", "91330381MA2K4Y8R3N", "91330302MA2F5C2A9M"].includes(e.enterprise))
    await store.recordRatings(system, rated.map((e) => ({ enterprise: e.enterprise, jurisdiction: e.jurisdiction, class: e.class, score: e.score, ratedOn: "2026-11-30" })))
    await store.close()
    const reopened = await openCreditStore({ store: "sqlite", filename: db, jurisdictions: [], createTables: false })
    const r = await reopened.rate(system, record, { asOf: "2026-12-01" })
    expect(r.byJurisdiction["330381"]).toMatchObject({ inScope: 3, rated: 2, percent: 66.7, meetsTarget: false, unrated: ["91330381MA2J7W5T1N"], scaleUnknown: ["91330381MA2E6N4B27"] })
    expect(r.byJurisdiction["330302"]).toMatchObject({ inScope: 2, rated: 1, percent: 50, meetsTarget: false })
    expect(r.total).toMatchObject({ inScope: 5, rated: 3, percent: 60, meetsTarget: false })
    await reopened.close()

    const check = await anquan(["credit", "check", "91330381MA2L9RT6N9", "--purpose", "loan", "--as-of", "2026-12-01", "--db", db, "--format", "json"])
    expect(check.stderr).toBe("")
    expect(check.code).toBe(1)
    const answer = JSON.parse(check.stdout)
    expect(answer).toMatchObject({ blocked: true, purposeLabel: "银行贷款", by: [{ entryId: "fatal-accident:91330381MA2L9RT6N9:2026-03-01", expiresOn: "2027-03-01", basis: { _tag: "seed", seed: "003" } }] })
  }, 30_000)
})
