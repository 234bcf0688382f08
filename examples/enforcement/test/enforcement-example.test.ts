// The example as a user runs it: the demo (the library), then the command line on the same sample
// (anquan enforcement import, then stats as JSON).
import { execFile } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { anquanExecutable } from "../../../packages/cli/test/fixtures/executable.ts"

const bin = anquanExecutable
const sample = fileURLToPath(new URL("../sample/cases.json", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "anquan-enforcement-example-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const anquan = (args: ReadonlyArray<string>) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(process.execPath, [bin, ...args], { cwd: dir }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : 1, stdout, stderr })))

describe("the enforcement example", () => {
  it("runs a case through its life cycle and reads the sample's figures", async () => {
    const { output } = await import("../src/enforcement-demo.ts")
    expect(output).toEqual([
      "penalty-basis-not-cited: work-safety-law-2021 art. 99 is not among the penalty articles the findings' rules cite: work-safety-law-2021 art. 97(7)",
      "penalty-decided: 第97条(7)",
      "overdue: 瑞应急立〔2026〕12号 +77d, 杭应急立〔2026〕21号 +16d",
      "late publication: 瑞应急立〔2026〕12号 (51), 瑞应急立〔2026〕3号 (175), 甬建执〔2026〕4号 (2)",
      "emergency-management: 3/2 met",
      "housing-construction: 1/2 not met",
      "transport: 0/0 met",
      "awaiting review: 杭应急立〔2026〕21号"
    ])
  }, 60_000)

  it("anquan enforcement import, then stats --format json", async () => {
    const db = join(dir, "cases.sqlite")
    const imported = await anquan(["enforcement", "import", sample, "--db", db])
    expect(imported.stderr).toBe("")
    expect(imported.stdout).toBe("执法案件导入 enforcement cases: 8 opened, 0 extended, 0 unchanged\n")
    const stats = await anquan(["enforcement", "stats", "--db", db, "--from", "2026-01-01", "--to", "2026-12-31", "--by", "department", "--format", "json"])
    expect(stats.code).toBe(0)
    const s = JSON.parse(stats.stdout)
    expect(s.total.target).toMatchObject({ metric: "non-accident-penalty-cases", baseline: 2, required: 3, actual: 3, met: true })
    expect(s.target.source.verified).toBe(false)
  }, 120_000)
})
