import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { isSector, Sector, sectorLabel, Sectors, SupervisingDepartment, supervisingDepartmentLabel, SupervisingDepartments } from "./index.ts"

describe("Sector", () => {
  it("has exactly the 13 stable ids", () => {
    expect(Sectors).toEqual([
      "hazardous-chemicals", "fireworks", "construction", "coal-mine", "non-coal-mine", "metal-smelting",
      "industry-trade", "transport", "gas", "fire-safety-key-site", "civil-explosives", "special-equipment", "elderly-care"
    ])
    for (const s of Sectors) expect(Schema.decodeUnknownSync(Sector)(s)).toBe(s)
  })

  it("an unknown sector fails with the allowed values", () => {
    const r = Schema.decodeUnknownResult(Sector)("mining")
    const message = Result.isFailure(r) ? r.failure.message : ""
    expect(message).toMatch(/^Expected a known sector \(行业领域\): "hazardous-chemicals" \| "fireworks" \|/)
    expect(message).toContain('"elderly-care"')
    expect(isSector("gas")).toBe(true)
    expect(isSector("Gas")).toBe(false)
  })

  it("labels every sector in both locales", () => {
    expect(sectorLabel("hazardous-chemicals", "zh-CN")).toBe("危险化学品")
    expect(sectorLabel("fire-safety-key-site", "zh-CN")).toBe("消防安全重点单位")
    expect(sectorLabel("coal-mine", "en")).toBe("Coal mines")
    for (const s of Sectors) {
      expect(sectorLabel(s, "zh-CN")).not.toBe("")
      expect(sectorLabel(s, "en")).not.toBe("")
    }
  })
})

describe("SupervisingDepartment", () => {
  it("includes the required departments, all labelled", () => {
    for (const d of [
      "emergency-management", "mine-safety", "housing-construction", "transport", "public-security", "fire-rescue",
      "market-regulation", "industry-information", "civil-affairs", "urban-management"
    ] as const) {
      expect(SupervisingDepartments).toContain(d)
    }
    for (const d of SupervisingDepartments) {
      expect(supervisingDepartmentLabel(d, "zh-CN")).not.toBe("")
      expect(supervisingDepartmentLabel(d, "en")).not.toBe("")
    }
    expect(supervisingDepartmentLabel("emergency-management", "zh-CN")).toBe("应急管理部门")
    const r = Schema.decodeUnknownResult(SupervisingDepartment)("police")
    expect(Result.isFailure(r) && r.failure.message).toContain("Expected a known supervising department")
  })
})
