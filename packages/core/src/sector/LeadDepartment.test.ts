import { Result, Schema, SchemaIssue } from "effect"
import { describe, expect, it } from "vitest"
import { JurisdictionTree } from "../jurisdiction/index.ts"
import {
  defaultLeadDepartments,
  emptyLeadDepartmentMap,
  leadDepartmentFor,
  LeadDepartmentMap,
  overridesOutsideTree,
  Sectors
} from "./index.ts"

const tree = JurisdictionTree.make([
  { code: "320000", name: "江苏省", level: "province" },
  { code: "320500", name: "苏州市", level: "city", parent: "320000" },
  { code: "320571", name: "苏州工业园区", level: "county", parent: "320500" },
  { code: "320571001", name: "娄葑街道", level: "township", parent: "320571" },
  { code: "320100", name: "南京市", level: "city", parent: "320000" }
])

describe("defaultLeadDepartments", () => {
  it("maps every sector to the national default", () => {
    expect(Object.keys(defaultLeadDepartments).sort()).toEqual([...Sectors].sort())
    expect(defaultLeadDepartments).toEqual({
      "hazardous-chemicals": "emergency-management",
      fireworks: "emergency-management",
      "non-coal-mine": "emergency-management",
      "metal-smelting": "emergency-management",
      "industry-trade": "emergency-management",
      "coal-mine": "mine-safety",
      construction: "housing-construction",
      transport: "transport",
      gas: "housing-construction",
      "fire-safety-key-site": "fire-rescue",
      "civil-explosives": "industry-information",
      "special-equipment": "market-regulation",
      "elderly-care": "civil-affairs"
    })
  })
})

describe("leadDepartmentFor", () => {
  const map = Schema.decodeUnknownSync(LeadDepartmentMap)({
    national: [{ sector: "elderly-care", department: "civil-affairs", basis: "national" }],
    overrides: [
      { jurisdiction: "320000", sector: "gas", department: "urban-management" },
      { jurisdiction: "320571", sector: "gas", department: "emergency-management", basis: "园区管委会文件" },
      { jurisdiction: "320500", sector: "fireworks", department: "public-security" }
    ]
  })

  it("uses the national default without overrides", () => {
    expect(leadDepartmentFor(emptyLeadDepartmentMap, tree, "320571001", "gas")).toBe("housing-construction")
    expect(leadDepartmentFor(emptyLeadDepartmentMap, tree, "320571001", "coal-mine")).toBe("mine-safety")
  })

  it("takes the nearest ancestor-or-self override for the sector", () => {
    expect(leadDepartmentFor(map, tree, "320571001", "gas")).toBe("emergency-management") // 320571 is nearest
    expect(leadDepartmentFor(map, tree, "320571", "gas")).toBe("emergency-management") // self
    expect(leadDepartmentFor(map, tree, "320500", "gas")).toBe("urban-management") // province override
    expect(leadDepartmentFor(map, tree, "320100", "gas")).toBe("urban-management")
    expect(leadDepartmentFor(map, tree, "320571001", "fireworks")).toBe("public-security") // from 320500
    expect(leadDepartmentFor(map, tree, "320100", "fireworks")).toBe("emergency-management") // not under 320500
    expect(leadDepartmentFor(map, tree, "320571001", "construction")).toBe("housing-construction")
  })

  it("national entries change the default", () => {
    const m = { national: [{ sector: "gas" as const, department: "urban-management" as const }], overrides: [] }
    expect(leadDepartmentFor(m, tree, "320100", "gas")).toBe("urban-management")
  })

  it("a code outside the tree sees only its own overrides and the national ones", () => {
    expect(leadDepartmentFor(map, tree, "110000", "gas")).toBe("housing-construction")
    const m = Schema.decodeUnknownSync(LeadDepartmentMap)({
      overrides: [{ jurisdiction: "110000", sector: "gas", department: "urban-management" }]
    })
    expect(leadDepartmentFor(m, tree, "110000", "gas")).toBe("urban-management")
    expect(overridesOutsideTree(m, tree).map((o) => o.jurisdiction)).toEqual(["110000"])
    expect(overridesOutsideTree(map, tree)).toEqual([])
  })

  it("decoding rejects bad codes, unknown sectors and duplicates, with paths", () => {
    const r = Schema.decodeUnknownResult(LeadDepartmentMap, { errors: "all" })({
      overrides: [
        { jurisdiction: "3205", sector: "gas", department: "urban-management" },
        { jurisdiction: "320500", sector: "gass", department: "urban-management" }
      ]
    })
    const issues = Result.isFailure(r) ? SchemaIssue.makeFormatterStandardSchemaV1()(r.failure.issue).issues : []
    expect(issues.map((i) => i.path)).toEqual([["overrides", 0, "jurisdiction"], ["overrides", 1, "sector"]])
    const dup = Schema.decodeUnknownResult(LeadDepartmentMap)({
      overrides: [
        { jurisdiction: "320500", sector: "gas", department: "urban-management" },
        { jurisdiction: "320500", sector: "gas", department: "housing-construction" }
      ]
    })
    expect(Result.isFailure(dup) && dup.failure.message).toBe(
      'jurisdiction 320500 overrides sector gas twice\n  at ["overrides"][1]'
    )
  })
})
