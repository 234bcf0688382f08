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
