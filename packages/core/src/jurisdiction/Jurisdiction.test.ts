import { Result, Schema, SchemaIssue } from "effect"
import { describe, expect, it } from "vitest"
import { Jurisdiction, JurisdictionCode, jurisdictionLevelLabel, validateJurisdictionCode } from "./index.ts"

const decode = Schema.decodeUnknownResult(Jurisdiction, { errors: "all" })
const issues = (u: unknown) => {
  const r = decode(u)
  return Result.isFailure(r) ? SchemaIssue.makeFormatterStandardSchemaV1()(r.failure.issue).issues : []
}

describe("JurisdictionCode", () => {
  it("accepts 6, 9 and 12 digits only", () => {
    for (const ok of ["320000", "320571001", "320571001001"]) expect(Schema.is(JurisdictionCode)(ok)).toBe(true)
    for (const bad of ["32000", "3200000", "32057100100", "32a000", "", " 320000"]) {
      expect(Schema.is(JurisdictionCode)(bad)).toBe(false)
    }
    const r = Schema.decodeUnknownResult(JurisdictionCode)("1234")
    expect(Result.isFailure(r) && r.failure.message).toBe("Expected a jurisdiction code (行政区划代码): 6, 9 or 12 digits")
  })

  it("validateJurisdictionCode checks length and shape by level", () => {
    expect(validateJurisdictionCode("320000", "province")).toBeUndefined()
    expect(validateJurisdictionCode("320500", "city")).toBeUndefined()
    expect(validateJurisdictionCode("320571", "county")).toBeUndefined()
    expect(validateJurisdictionCode("320571001", "township")).toBeUndefined()
    expect(validateJurisdictionCode("320571001001", "village")).toBeUndefined()
    expect(validateJurisdictionCode("320571001", "county")).toBe("a county (区/县) code must have 6 digits, got 9 (320571001)")
    expect(validateJurisdictionCode("320500", "province")).toBe("a province (省) code must end in 0000, got 320500")
    expect(validateJurisdictionCode("320000", "city")).toBe("a city (市) code must end in 00 but not 0000, got 320000")
    expect(validateJurisdictionCode("320500", "county")).toBe("a county (区/县) code must not end in 00, got 320500")
    expect(validateJurisdictionCode("320571000", "township")).toBe("a township (乡镇/街道) code must not end in 000, got 320571000")
    expect(validateJurisdictionCode("x")).toContain("6, 9 or 12 digits")
  })

  it("labels levels in both locales", () => {
    expect(jurisdictionLevelLabel("township", "zh-CN")).toBe("乡镇/街道")
    expect(jurisdictionLevelLabel("village", "en")).toBe("village")
  })
})

describe("Jurisdiction", () => {
  it("decodes a node", () => {
    expect(Schema.decodeUnknownSync(Jurisdiction)({ code: "320500", name: "苏州市", level: "city", parent: "320000" }))
      .toEqual({ code: "320500", name: "苏州市", level: "city", parent: "320000" })
  })

  it("rejects a code whose length does not fit the level, at the code's path", () => {
    expect(issues({ code: "320571", name: "某镇", level: "township" })).toEqual([
      { path: ["code"], message: "a township (乡镇/街道) code must have 9 digits, got 6 (320571)" }
    ])
  })

  it("reports unknown levels with the allowed values", () => {
    expect(issues({ code: "320000", name: "江苏省", level: "state" })).toEqual([
      { path: ["level"], message: 'Expected a jurisdiction level (行政区划层级): "province" | "city" | "county" | "township" | "village"' }
    ])
  })
})
