// The contract, run as a user runs it: anquan risk import <sample> --db <file>, then
// anquan risk report --db <file> --format json prints the counts by grade and the reviews overdue; and the
// register's section of a check report (anquan check … --risk-register <file>).
import { execFile } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { anquanExecutable } from "../../../packages/cli/test/fixtures/executable.ts"

const bin = anquanExecutable
const sample = fileURLToPath(new URL("../sample/risk-points.json", import.meta.url))
const enterprises = fileURLToPath(new URL("../../demo/sample/enterprises.json", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "anquan-risk-example-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const anquan = (args: ReadonlyArray<string>) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(process.execPath, [bin, ...args], { cwd: dir }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : 1, stdout, stderr })))

describe("the risk register example", () => {
  it("imports the sample and reports counts by grade and the reviews overdue", async () => {
    const db = join(dir, "risk.sqlite")
    const imported = await anquan(["risk", "import", sample, "--db", db])
    expect(imported.stderr).toBe("")
    expect(imported.code).toBe(0)
    expect(imported.stdout).toContain("7 registered")

    const report = await anquan(["risk", "report", "--db", db, "--format", "json", "--as-of", "2026-12-01"])
    expect(report.code).toBe(0)
    const r = JSON.parse(report.stdout)
    expect({ 重大: r.重大, 较大: r.较大, 一般: r.一般, 低: r.低, 未评价: r.未评价 }).toEqual({ 重大: 2, 较大: 1, 一般: 2, 低: 1, 未评价: 1 })
    expect(r.byGrade).toEqual({ major: 2, significant: 1, general: 2, low: 1, unassessed: 1 })
    expect(r.reviewsOverdue.count).toBe(4)
    expect(r.reviewsOverdue.points.map((p: { id: string; daysOverdue: number }) => [p.id, p.daysOverdue])).toEqual([
      ["FX-RA-003", 176],
      ["FX-RA-002", 139],
      ["FX-RA-001", 31],
      ["FX-RA-004", 15]
    ])
    expect(r.majorWithoutResponsible.points.map((p: { id: string }) => p.id)).toEqual(["FX-RA-002"])
    expect(r.controlsMissing.points.map((p: { id: string }) => p.id)).toEqual(["FX-RA-005"])
    expect(r.reassessmentDue.points.map((p: { id: string }) => p.id)).toEqual(["FX-RA-004"])
    expect(r.config.verified).toBe(false)

    // without --as-of (today) the keys are there too; importing again changes nothing
    const today = JSON.parse((await anquan(["risk", "report", "--db", db, "--format", "json"])).stdout)
    for (const key of ["重大", "较大", "一般", "低"]) expect(typeof today[key]).toBe("number")
    expect(typeof today.reviewsOverdue.count).toBe("number")
    expect((await anquan(["risk", "import", sample, "--db", db])).stdout).toContain("0 registered, 0 updated, 7 unchanged")
  }, 180_000)

  it("adds the register to a check report: anquan check … --format html|json --risk-register <db>", async () => {
    const db = join(dir, "report.sqlite")
    expect((await anquan(["risk", "import", sample, "--db", db])).code).toBe(0)
    const json = await anquan(["check", enterprises, "--as-of", "2026-12-01", "--format", "json", "--risk-register", db])
    // 3: the demo sample's one bad record, on purpose
    expect([json.code, json.stderr]).toEqual([3, ""])
    const risk = JSON.parse(json.stdout).risk
    expect(risk.metrics.byGrade).toEqual({ major: 2, significant: 1, general: 2, low: 1, unassessed: 1 })
    expect(risk.metrics.reviewsOverdue.count).toBe(4)
    expect(risk.sites[0].points.map((p: { id: string; grade: string }) => [p.id, p.grade])).toEqual([
      ["FX-RA-001", "major"], ["FX-RA-002", "major"], ["FX-RA-003", "significant"], ["FX-RA-004", "general"], ["FX-RA-005", "low"]
    ])
    const html = await anquan(["check", enterprises, "--as-of", "2026-12-01", "--format", "html", "--out", join(dir, "report.html"), "--risk-register", db])
    expect(html.code).toBe(3)
    const page = readFileSync(join(dir, "report.html"), "utf8")
    expect(page).toContain('<section id="risk">')
    expect(page).toContain('id="chart-risk-map-1"')
    // not a register: exit 2, one line naming the flag
    const wrong = await anquan(["check", enterprises, "--format", "json", "--risk-register", join(dir, "none.sqlite")])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toMatch(/^anquan: --risk-register .*none\.sqlite: no risk register at/)
  }, 180_000)

  it("exits 2 with one clear line for bad input, and for a report of a missing register", async () => {
    const missing = await anquan(["risk", "report", "--db", join(dir, "none.sqlite")])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/no risk register at/)
    const badDate = await anquan(["risk", "report", "--db", join(dir, "none.sqlite"), "--as-of", "2026-13-01"])
    expect(badDate.code).toBe(2)
    expect(badDate.stderr).toMatch(/--as-of must be a calendar date/)
  }, 120_000)
})
