import { describe, expect, it } from "vitest"
import { quickstart } from "../src/quickstart.ts"

describe("quickstart", () => {
  it("finds the staffing violation under today's law", () => {
    const lines = quickstart("2026-11-23")
    expect(lines[0]).toContain("存在一般事故隐患")
    expect(lines.join("\n")).toContain("violation work-safety-law/safety-management-staffing@2021-09-01")
  })
  it("finds none under the 2002 law (threshold 300)", () => {
    const lines = quickstart("2010-06-01")
    expect(lines[0]).toContain("未发现违规")
    expect(lines.join("\n")).not.toContain("violation ")
  })
})

describe("first.mjs, the README's first program (scripts/consumer-test.ts runs it from the packed packages)", () => {
  it("prints the enterprise's verdict and violation, and the bad record with the path of each problem", async () => {
    const { execFile } = await import("node:child_process")
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, [new URL("../src/first.mjs", import.meta.url).pathname], (e, out) => (e ? reject(e) : resolve(out))))
    const lines = stdout.trimEnd().split("\n")
    expect(lines[0]).toBe("杭州恒远机械制造有限公司: General accident hazard")
    expect(lines[1]).toMatch(/^ {2}✗ work-safety-law\/safety-management-staffing: 150 staff, more than 100/)
    expect(lines[2]).toMatch(/^record 1 rejected: creditCode: .*must be 18 characters, got 17; .*employees: Expected number$/)
    expect(lines).toHaveLength(3)
  })
})
