import { CalendarDate, JurisdictionTree, ResponsibilityAgreement } from "@anquan/core"
import { Effect, Result, Schema, SchemaIssue } from "effect"
import { describe, expect, it } from "vitest"
import {
  agreementCoverage,
  agreementCoverageEffect,
  agreementCoveragePromise,
  dateInYear,
  MonthDay,
  partyMatchesUnit,
  RequirementsConfig,
  resolveRequirements,
  Roster,
  seed000Requirements
} from "./index.ts"
import { agreements, DISTRICT, roster, townCode, TOWNS } from "./seed000.fixtures.ts"

const d = CalendarDate.make
const units = Schema.decodeUnknownSync(Roster)(roster)
const signed = Schema.decodeUnknownSync(Schema.Array(ResponsibilityAgreement))(agreements)
const tree = JurisdictionTree.make([
  { code: "441300", name: "惠州市", level: "city" },
  { code: DISTRICT, name: "惠城区", level: "county", parent: "441300" },
  ...TOWNS.map((name, i) => ({ code: townCode(i), name, level: "township" as const, parent: DISTRICT }))
])
const coverage = (asOf: string, extra: Partial<Parameters<typeof agreementCoverage>[0]> = {}) =>
  agreementCoverage({ year: 2024, roster: units, agreements: signed, ...extra }, d(asOf))

describe("signing requirements (seed 000 line 20)", () => {
  it("ships seed 000's template: 03-31 for the government level, 04-30 below", () => {
    expect(seed000Requirements.map((r) => `${r.upper.level}→${r.lower.level}${r.lower.minStaff === undefined ? "" : `≥${r.lower.minStaff}`} ${r.deadline}`)).toEqual([
      "government→township 03-31",
      "government→department 03-31",
      "township→enterprise≥50 04-30",
      "enterprise→workshop 04-30",
      "enterprise→team 04-30"
    ])
  })

  it("validates month-days and maps them onto a year", () => {
    expect(Schema.is(MonthDay)("03-31")).toBe(true)
    expect(Schema.is(MonthDay)("02-30")).toBe(false)
    expect(Schema.is(MonthDay)("3-31")).toBe(false)
    expect(dateInYear("02-29", 2023)).toEqual(d("2023-02-28"))
    expect(dateInYear("02-29", 2024)).toEqual(d("2024-02-29"))
    expect(() => dateInYear("13-01", 2024)).toThrow(RangeError)
  })

  it("overrides apply down the jurisdiction tree, nearest last", () => {
    const config = Schema.decodeUnknownSync(RequirementsConfig)({
      overrides: [
        { jurisdiction: "441300", set: [{ ...seed000Requirements[2], lower: { level: "enterprise", minStaff: 30 } }], basis: "市年度方案" },
        { jurisdiction: DISTRICT, remove: ["enterprise-team"], set: [{ ...seed000Requirements[0], deadline: "03-15" }] }
      ]
    })
    const atTown = resolveRequirements(config, tree, townCode(0))
    expect(atTown.map((r) => `${r.id} ${r.deadline} ${r.lower.minStaff ?? ""}`)).toEqual([
      "government-township 03-15 ",
      "government-department 03-31 ",
      "township-enterprise 04-30 30",
      "enterprise-workshop 04-30 "
    ])
    expect(resolveRequirements(config, undefined, "441300").find((r) => r.id === "township-enterprise")?.lower.minStaff).toBe(30)
    expect(resolveRequirements(config, undefined, undefined)).toEqual(seed000Requirements)
  })

  it("rejects a jurisdiction overridden twice and duplicate ids", () => {
    const r = Schema.decodeUnknownResult(RequirementsConfig, { errors: "all" })({
      template: [seed000Requirements[0], seed000Requirements[0]],
      overrides: [{ jurisdiction: DISTRICT }, { jurisdiction: DISTRICT }]
    })
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) {
      expect(SchemaIssue.makeFormatterStandardSchemaV1()(r.failure.issue).issues.map((i) => i.path)).toEqual([
        ["template", 1, "id"],
        ["overrides", 1, "jurisdiction"]
      ])
    }
  })
})

describe("Roster", () => {
  it("rejects duplicate ids, unknown parents and cycles", () => {
    const r = Schema.decodeUnknownResult(Roster, { errors: "all" })([
      { id: "a", name: "甲", level: "enterprise", parent: "b" },
      { id: "b", name: "乙", level: "workshop", parent: "a" },
      { id: "b", name: "丙", level: "team" },
      { id: "c", name: "丁", level: "team", parent: "zz" }
    ])
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) {
      expect(SchemaIssue.makeFormatterStandardSchemaV1()(r.failure.issue).issues.map((i) => i.message)).toEqual([
        "duplicate unit id b",
        "unit a is its own ancestor",
        "unit b is its own ancestor",
        "unit c names parent zz, which is not in the roster"
      ])
    }
  })
})

describe("agreementCoverage", () => {
  it("as of 2024-04-01: the government level is 6 of 8 towns and 1 of 2 departments; enterprises still pending", () => {
    const r = coverage("2024-04-01")
    expect(r.byRequirement["government-township"]).toEqual({
      required: 8, signed: 6, signedOnTime: 6, signedLate: 0, pending: 0, overdue: 2, undetermined: 0, rate: 0.75
    })
    expect(r.byRequirement["government-department"]).toMatchObject({ required: 2, signed: 1, overdue: 1, rate: 0.5 })
    expect(r.overdue.map((x) => x.lower.name)).toEqual(["水口镇人民政府", "马安镇人民政府", "区住建局"])
    // 50 staff is required ("50人以上"), 49 is not, unknown head-count is undetermined.
    expect(r.byRequirement["township-enterprise"]).toMatchObject({ required: 2, signed: 0, pending: 2, undetermined: 1, rate: 0 })
    expect(r.undetermined.map((u) => [u.lower.id, u.missing])).toEqual([["e-unknown", ["staff"]]])
    expect(r.required.some((x) => x.lower.id === "e49")).toBe(false)
  })

  it("a signing after the deadline counts as signed-late once it happens", () => {
    const r = coverage("2024-04-05")
    expect(r.byRequirement["government-township"]).toMatchObject({ signed: 7, signedLate: 1, overdue: 1, rate: 0.875 })
    expect(r.signedLate.map((x) => [x.lower.name, x.agreement])).toEqual([["马安镇人民政府", "ZRS-2024-T2"]])
  })

  it("as of 2024-05-01: enterprises, workshops and teams (teams at any depth below the enterprise)", () => {
    const r = coverage("2024-05-01")
    expect(r.byLevel.enterprise).toMatchObject({ required: 2, signed: 1, overdue: 1, undetermined: 1 })
    expect(r.byLevel.workshop).toMatchObject({ required: 2, signed: 1, overdue: 1 })
    expect(r.byLevel.team).toMatchObject({ required: 2, signed: 1, overdue: 1 })
    expect(r.total).toMatchObject({ required: 16, signed: 11, signedLate: 1, overdue: 5, undetermined: 1 })
    expect(r.missing.map((x) => x.lower.id)).toEqual(["town-1", "dept-hc", "e300", "w2", "t2"])
    // the 住建局 agreement exists but is unsigned: it is matched, so it is not "unmatched"
    expect(r.unmatchedAgreements).toEqual([])
  })

  it("a district override to 30 staff makes the 49-staff plant required", () => {
    const requirements = Schema.decodeUnknownSync(RequirementsConfig)({
      overrides: [{ jurisdiction: DISTRICT, set: [{ ...seed000Requirements[2], lower: { level: "enterprise", minStaff: 30 } }] }]
    })
    const r = coverage("2024-05-01", { requirements, tree })
    expect(r.required.filter((x) => x.requirement === "township-enterprise").map((x) => x.lower.id)).toEqual(["e50", "e49", "e300"])
  })

  it("agreements of other years do not count", () => {
    const lastYear = Schema.decodeUnknownSync(Schema.Array(ResponsibilityAgreement))(
      agreements.map((a) => ({ ...a, id: `${a.id}-2023`, period: { from: "2023-01-01", to: "2023-12-31" } }))
    )
    expect(agreementCoverage({ year: 2024, roster: units, agreements: lastYear }, d("2024-05-01")).total.signed).toBe(0)
  })

  it("matches parties by credit code, department id, jurisdiction, then name", () => {
    const u = units.find((x) => x.id === "e50")!
    const p = { level: "enterprise" as const, unit: "别名", principal: { name: "某" } }
    expect(partyMatchesUnit({ ...p, creditCode: u.creditCode! }, u)).toBe(true)
    expect(partyMatchesUnit({ ...p, unit: u.name }, u)).toBe(true)
    expect(partyMatchesUnit(p, u)).toBe(false)
    expect(partyMatchesUnit({ ...p, level: "workshop", unit: u.name }, u)).toBe(false)
  })
})

describe("Effect and Promise entries", () => {
  it("decode the data and take as-of as a string", async () => {
    const input = { year: 2024, roster, agreements }
    expect(Effect.runSync(agreementCoverageEffect(input, { asOf: "2024-04-01" })).total.rate).toBe(
      coverage("2024-04-01").total.rate
    )
    expect((await agreementCoveragePromise(input, { asOf: "2024-05-01" })).total.required).toBe(16)
  })

  it("fail with every bad field", () => {
    const r = Effect.runSync(Effect.result(agreementCoverageEffect({ year: 2024, roster: [{ id: "x", level: "county" }], agreements: [] }, { asOf: "2024-04-01" })))
    expect(Result.isFailure(r) && r.failure._tag).toBe("SchemaError")
  })
})
