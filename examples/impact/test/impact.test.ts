import { execFile } from "node:child_process"
import { describe, expect, it } from "vitest"
import { constructionSample, editionSwitch } from "../src/impact.ts"

describe("the impact example", () => {
  it("the construction sample across the edition switch: every change of a rule in both editions names both versions", () => {
    const report = editionSwitch(constructionSample())
    expect(report.totals.findings.changed).toBe(report.changed.length)
    expect(report.changed.length).toBeGreaterThan(0)
    for (const c of report.changed) expect(c.fields).toContain("ruleVersion")
  })

  it("main.ts prints both comparisons; the proposed threshold loses exactly the 150-staff unit's finding", async () => {
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, [new URL("../src/main.ts", import.meta.url).pathname], (e, out) => (e ? reject(e) : resolve(out))))
    const lines = stdout.trimEnd().split("\n")
    expect(lines[0]).toBe("2024-12-12 → 2024-12-13: 1 records")
    const proposed = lines.findIndex((l) => l.startsWith("national → proposed"))
    expect(lines.slice(proposed)).toEqual([
      "national → proposed: 3 records",
      "gained 0, lost 1, changed 0, verdicts changed 1",
      "  − 示例企业1: work-safety-law/safety-management-staffing"
    ])
  }, 60_000)
})
