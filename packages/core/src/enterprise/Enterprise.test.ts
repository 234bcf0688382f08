import { Result, Schema, SchemaIssue } from "effect"
import { describe, expect, it } from "vitest"
import * as CalendarDate from "../calendar/CalendarDate.ts"
import { Enterprise, EnterpriseJsonSchema } from "./index.ts"

const decode = Schema.decodeUnknownResult(Enterprise, { errors: "all" })
const issues = (u: unknown) => {
  const r = decode(u)
  return Result.isFailure(r) ? SchemaIssue.makeFormatterStandardSchemaV1()(r.failure.issue).issues : []
}
const minimal = {
  creditCode: "91320571MA1Q7XK3PR",
  name: "苏州某化工有限公司",
  jurisdiction: "320571",
  sectors: ["hazardous-chemicals"]
}

const full = {
  ...minimal,
  unitKinds: ["production", "storage"],
  address: "苏州工业园区某路1号",
  employees: 320,
  scale: "above-designated-size",
  dangerousGoodsActivities: ["production", "storage"],
  transportModes: [],
  safetyDepartment: true,
  contractedSafetyEngineer: false,
  keyPeople: [
    {
      id: "p-1",
      name: "王某",
      roles: ["principal"],
      assessment: { passed: true, date: "2023-05-10" }
    },
    {
      name: "李某",
      roles: ["safety-officer", "registered-safety-engineer"],
      employment: "full-time",
      certificates: [{ kind: "registered-safety-engineer", number: "No.1", issuedOn: "2021-01-01", validUntil: "2026-01-01" }]
    }
  ],
  licences: [{ kind: "work-safety-licence", number: "(苏)WH安许证字[2023]000001", validFrom: "2023-01-01", validUntil: "2025-12-31", status: "valid" }],
  standardization: { grade: 3, approvedBy: "city", validUntil: "2026-06-30" },
  supervisionClass: "B",
  sites: [{ id: "s-1", name: "一厂区", jurisdiction: "320571001" }],
  installations: [{ id: "i-1", name: "罐区", site: "s-1", kind: "tank-farm", majorHazardGrade: 2 }],
  facts: { hazchem: { processes: ["nitration"] } }
}

describe("Enterprise decoding", () => {
  it("the credit code used in these tests is valid", () => {
    expect(issues(minimal)).toEqual([])
  })

  it("decodes a minimal profile: every other fact stays absent (unknown)", () => {
    const e = Schema.decodeUnknownSync(Enterprise)(minimal)
    expect(e).toEqual(minimal)
    expect("employees" in e).toBe(false)
  })

  it("decodes a full profile, dates become Dates", () => {
    const e = Schema.decodeUnknownSync(Enterprise)(full)
    expect(e.licences?.[0]?.validUntil).toEqual(CalendarDate.make("2025-12-31"))
    expect(e.keyPeople?.[0]?.assessment?.date).toEqual(CalendarDate.make("2023-05-10"))
    expect(e.transportModes).toEqual([])
    expect(e.facts).toEqual({ hazchem: { processes: ["nitration"] } })
    expect(Schema.encodeSync(Enterprise)(e)).toEqual(full)
  })

  it("strips unknown keys", () => {
    const e = Schema.decodeUnknownSync(Enterprise)({ ...minimal, nickname: "x" })
    expect("nickname" in e).toBe(false)
  })

  it("missing required fields are reported by path", () => {
    expect(issues({ name: "x", sectors: ["gas"] })).toEqual([
      { path: ["creditCode"], message: "Missing key" },
      { path: ["jurisdiction"], message: "Missing key" }
    ])
  })

  it("wrong types are reported by path", () => {
    expect(issues({ ...minimal, employees: "many", safetyDepartment: "yes" })).toEqual([
      { path: ["employees"], message: "Expected number" },
      { path: ["safetyDepartment"], message: "Expected boolean" }
    ])
    expect(issues({ ...minimal, employees: -1 })).toEqual([
      { path: ["employees"], message: "Expected a value greater than or equal to 0" }
    ])
  })

  it("an unknown sector is named as not a known sector, with the allowed values", () => {
    const [issue, ...rest] = issues({ ...minimal, sectors: ["hazardous-chemicals", "mining"] })
    expect(rest).toEqual([])
    expect(issue?.path).toEqual(["sectors", 1])
    expect(issue?.message).toMatch(/^Expected a known sector \(行业领域\): "hazardous-chemicals" \| .*"elderly-care"$/)
  })

  it("sectors must not be empty", () => {
    expect(issues({ ...minimal, sectors: [] })).toEqual([
      { path: ["sectors", 0], message: "an enterprise needs at least one sector (行业领域)" }
    ])
  })

  it("a bad credit code says what is wrong", () => {
    expect(issues({ ...minimal, creditCode: "91320571MA1Q7XK3PA" })).toEqual([
      { path: ["creditCode"], message: "unified social credit code (统一社会信用代码) has a wrong check character: expected R, got A" }
    ])
    expect(issues({ ...minimal, creditCode: "91320571MA1Q7XK3P" })).toEqual([
      { path: ["creditCode"], message: "unified social credit code (统一社会信用代码) must be 18 characters, got 17" }
    ])
  })

  it("the default message names the path", () => {
    const r = Schema.decodeUnknownResult(Enterprise)({ ...minimal, jurisdiction: "32057" })
    expect(Result.isFailure(r) && r.failure.message).toBe(
      'Expected a jurisdiction code (行政区划代码): 6, 9 or 12 digits\n  at ["jurisdiction"]'
    )
  })

  it("nested facts: key people, licences, dates", () => {
    expect(issues({
      ...minimal,
      keyPeople: [{ name: "王某", roles: [] }, { name: "李某", roles: ["boss"] }],
      licences: [{ kind: "work-safety-licence", validFrom: "2024-01-01", validUntil: "2023-12-31" }],
      standardization: { grade: 4 },
      supervisionClass: "E"
    })).toEqual([
      { path: ["keyPeople", 0, "roles", 0], message: "a key person needs at least one role" },
      {
        path: ["keyPeople", 1, "roles", 0],
        message: 'Expected a key role (关键岗位): "principal" | "charge-leader" | "safety-officer" | "special-operator" | "registered-safety-engineer"'
      },
      { path: ["licences", 0, "validUntil"], message: "a licence cannot end before it starts (validUntil < validFrom)" },
      { path: ["standardization", "grade"], message: "Expected 1 | 2 | 3" },
      { path: ["supervisionClass"], message: 'Expected a supervision class (分类监管): "A" | "B" | "C" | "D"' }
    ])
    expect(issues({ ...minimal, licences: [{ kind: "work-safety-licence", validFrom: "2024-02-30", validUntil: "2025-01-01" }] }))
      .toEqual([{ path: ["licences", 0, "validFrom"], message: "Expected a calendar date YYYY-MM-DD" }])
  })

  it("sites and installations: unique ids, installations on known sites", () => {
    expect(issues({
      ...minimal,
      sites: [{ id: "s-1", name: "A" }, { id: "s-1", name: "B" }],
      installations: [{ id: "i-1", name: "罐区", site: "s-2", kind: "tank-farm" }, { id: "i-1", name: "库房", kind: "warehouse" }]
    })).toEqual([
      { path: ["sites", 1, "id"], message: "duplicate site id s-1" },
      { path: ["installations", 0, "site"], message: "site s-2 is not one of the enterprise's sites" },
      { path: ["installations", 1, "id"], message: "duplicate installation id i-1" }
    ])
    // without a list of sites, a site reference cannot be checked and is kept
    expect(issues({ ...minimal, installations: [{ id: "i-1", name: "罐区", site: "s-9", kind: "tank-farm" }] })).toEqual([])
  })

  it("optional keys reject explicit undefined", () => {
    expect(issues({ ...minimal, employees: undefined })).toEqual([{ path: ["employees"], message: "Expected number" }])
  })
})

describe("EnterpriseJsonSchema", () => {
  const defs = EnterpriseJsonSchema.definitions as Record<string, any>
  const enterprise = defs["Enterprise"]

  it("refers to the Enterprise definition, with its title and description", () => {
    expect(EnterpriseJsonSchema.schema).toEqual({ $ref: "#/$defs/Enterprise" })
    expect(enterprise.type).toBe("object")
    expect(enterprise.title).toBe("生产经营单位 — Enterprise")
    expect(enterprise.description).toContain("生产经营单位档案")
    expect(enterprise.description).toContain("an absent field means unknown")
  })

  it("requires exactly the identity fields", () => {
    expect(enterprise.required).toEqual(["creditCode", "name", "jurisdiction", "sectors"])
    expect(Object.keys(enterprise.properties)).toEqual(expect.arrayContaining([
      "creditCode", "name", "jurisdiction", "sectors", "unitKinds", "employees", "scale", "dangerousGoodsActivities",
      "transportModes", "safetyDepartment", "contractedSafetyEngineer", "keyPeople", "licences", "standardization",
      "supervisionClass", "sites", "installations", "facts"
    ]))
  })

  it("lists the sector enum", () => {
    expect(enterprise.properties.sectors).toMatchObject({ type: "array", minItems: 1, items: { $ref: "#/$defs/Sector" } })
    expect(defs["Sector"].enum).toEqual([
      "hazardous-chemicals", "fireworks", "construction", "coal-mine", "non-coal-mine", "metal-smelting",
      "industry-trade", "transport", "gas", "fire-safety-key-site", "civil-explosives", "special-equipment", "elderly-care"
    ])
  })

  it("types the credit code as an 18-character string", () => {
    expect(enterprise.properties.creditCode).toEqual({ $ref: "#/$defs/UnifiedSocialCreditCode" })
    const cc = defs["UnifiedSocialCreditCode"]
    expect(cc.type).toBe("string")
    expect(new RegExp(cc.pattern, "u").test("914403001922038216")).toBe(true)
    expect(new RegExp(cc.pattern, "u").test("91440300192203821I")).toBe(false)
  })

  it("dates are strings on the wire", () => {
    const licence = defs["Licence"]
    expect(licence.required).toEqual(["kind", "validFrom", "validUntil"])
    const dateRef: string = licence.properties.validUntil.$ref
    expect(defs[dateRef.replace("#/$defs/", "")].type).toBe("string")
  })

  it("employees is a non-negative integer; facts an object", () => {
    expect(enterprise.properties.employees).toMatchObject({ type: "integer", minimum: 0 })
    expect(enterprise.properties.facts).toEqual({ type: "object" })
  })
})
