import { type Accident, CalendarDate, type Hazard, Standardization } from "@anquan/core"
import { Effect, Result, Schema } from "effect"
import { TestClock } from "effect/testing"
import { describe, expect, it } from "vitest"
import {
  applicationEligibility,
  applicationEligibilityPromise,
  approvingAuthority,
  approvingAuthorityEffect,
  gradeByScore,
  gradeStanding,
  gradeStandingEffect,
  gradeStandingPromise,
  preScheme2021Thresholds,
  revocationTriggers,
  revocationTriggersPromise,
  StandardizationRecord,
  validUntilFrom
} from "../src/index.ts"

const d = CalendarDate.make
const SUBJECT = "914403001922038216"
const record = (fields: Record<string, unknown>) => Schema.decodeUnknownSync(StandardizationRecord)(fields)
const accident = (id: string, occurredAt: string, deaths: number): Accident =>
  ({
    id,
    occurredAt: new Date(occurredAt),
    jurisdiction: "440300",
    subject: SUBJECT,
    sector: "industry-trade",
    deaths,
    seriousInjuries: 0,
    directLossYuan: 0,
    description: "x"
  }) as unknown as Accident
const majorHazard = (id: string, on: string): Pick<Hazard, "id" | "subject" | "level" | "discoveredOn"> =>
  ({ id, subject: SUBJECT, level: "major", discoveredOn: d(on) }) as Pick<Hazard, "id" | "subject" | "level" | "discoveredOn">

describe("approving level (regulations.md §11; seed 004 line 183)", () => {
  it("before 2021-10-27: 国家安全监管总局 / 省安监局 / 市安监局, as seed 004 line 183 prints (verified)", () => {
    expect([1, 2, 3].map((g) => approvingAuthority(g as 1 | 2 | 3, d("2012-06-01")))).toEqual([
      expect.objectContaining({ level: "state", body: "国家安全生产监督管理总局", scheme: "pre-2021", verified: true }),
      expect.objectContaining({ level: "province", body: "省级安全生产监督管理部门", verified: true }),
      expect.objectContaining({ level: "city", body: "设区的市级安全生产监督管理部门", verified: true })
    ])
  })

  it("from 2021-10-27 (应急〔2021〕83号): 应急管理部 / provincial / city, which may delegate 三级 to the county — memory, so unverified", () => {
    const a = [1, 2, 3].map((g) => approvingAuthority(g as 1 | 2 | 3, d("2021-10-27")))
    expect(a.map((x) => [x.level, x.body, x.delegableTo, x.verified, x.document])).toEqual([
      ["state", "应急管理部", undefined, false, "standardization-grading-2021"],
      ["province", "省级应急管理部门", undefined, false, "standardization-grading-2021"],
      ["city", "设区的市级应急管理部门", "county", false, "standardization-grading-2021"]
    ])
    expect(approvingAuthority(1, d("2021-10-26")).scheme).toBe("pre-2021")
  })

  it("the older thresholds ≥90 / ≥75 / ≥60 grade a score, bounds inclusive", () => {
    expect([95, 90, 89.5, 75, 60, 59.9].map((s) => gradeByScore(s, preScheme2021Thresholds))).toEqual([1, 1, 2, 2, 3, undefined])
  })

  it("the Effect and Promise entries default the date to today", async () => {
    const program = Effect.gen(function*() {
      yield* TestClock.setTime(new Date("2015-01-01T00:00:00+08:00").getTime())
      return yield* approvingAuthorityEffect(2)
    }).pipe(Effect.provide(TestClock.layer()))
    expect((await Effect.runPromise(program)).scheme).toBe("pre-2021")
  })
})

describe("validity", () => {
  it("three years by default (§11, memory): the day before the anniversary", () => {
    expect(validUntilFrom(d("2022-03-15"), 3)).toEqual(d("2025-03-14"))
    expect(validUntilFrom(d("2024-02-29"), 1)).toEqual(d("2025-02-28"))
    const r = record({ grade: 3, approvedBy: "city", approvedOn: "2022-03-15" })
    expect(gradeStanding(r, d("2025-03-14"))).toMatchObject({
      status: "valid", validUntil: d("2025-03-14"), validUntilSource: "approval-date-plus-validity", approverMismatch: false
    })
    expect(gradeStanding(r, d("2025-03-15")).status).toBe("expired")
    expect(gradeStanding(r, d("2025-03-15"), { validityYears: 5 }).status).toBe("valid")
    expect(gradeStanding(r, d("2022-03-14")).status).toBe("not-yet-approved")
  })

  it("a validUntil on record wins; a revocation ends the grade from its date; unknown dates stay unknown", () => {
    expect(gradeStanding(record({ grade: 2, validUntil: "2024-12-31", approvedOn: "2022-03-15" }), d("2025-02-01")).status).toBe("expired")
    const revoked = record({ grade: 2, approvedOn: "2022-03-15", revoked: true, revokedOn: "2023-05-01" })
    expect([gradeStanding(revoked, d("2023-04-30")).status, gradeStanding(revoked, d("2023-05-01")).status]).toEqual(["valid", "revoked"])
    expect(gradeStanding(record({ grade: 1, revoked: true }), d("2020-01-01")).status).toBe("revoked")
    expect(gradeStanding(record({ grade: 1 }), d("2020-01-01")).status).toBe("validity-unknown")
  })

  it("flags an approver that does not fit the grade at the approval date", () => {
    const r = record({ grade: 2, approvedBy: "city", approvedOn: "2022-01-10" })
    expect(gradeStanding(r, d("2022-06-01"))).toMatchObject({ approverMismatch: true, expectedApprover: { level: "province" } })
  })

  it("a core Standardization decodes as a record; the entries decode and default the date", async () => {
    const core = Schema.decodeUnknownSync(Standardization)({ grade: 3, approvedBy: "city", validUntil: "2026-01-01" })
    expect(gradeStanding(core, d("2025-01-01")).status).toBe("valid")
    expect((await gradeStandingPromise({ grade: 3, validUntil: "2026-01-01" }, { asOf: "2026-01-02" })).status).toBe("expired")
    const bad = Effect.runSync(Effect.result(gradeStandingEffect({ grade: 4 }, { asOf: "2025-01-01" })))
    expect(Result.isFailure(bad) && bad.failure._tag).toBe("SchemaError")
  })
})

describe("revocation triggers", () => {
  const r = record({ grade: 3, approvedOn: "2022-03-15" })
  const input = {
    creditCode: SUBJECT,
    record: r,
    hazards: [majorHazard("Y-old", "2021-12-01"), majorHazard("Y-1", "2023-02-01")],
    accidents: [accident("A-1", "2023-06-01T10:00:00+08:00", 1), accident("A-2", "2023-07-31T20:00:00Z", 3)]
  }

  it("a major hazard since the approval triggers (§11, memory); accidents wait for a configured rule", () => {
    const c = revocationTriggers(input, d("2023-12-31"))
    expect(c.triggers).toEqual([{ kind: "major-hazard", hazardId: "Y-1", on: d("2023-02-01") }])
    expect(c.accidentRuleConfigured).toBe(false)
    expect(c.unassessedAccidents).toEqual(["A-1", "A-2"])
  })

  it("with accident grades configured, a 较大 accident (3 deaths) triggers on its Beijing-time day", () => {
    const c = revocationTriggers(input, d("2023-12-31"), { revokingAccidentGrades: ["relatively-serious", "serious", "especially-serious"] })
    expect(c.triggers.map((t) => [t.kind, t.kind === "accident" ? t.accidentId : t.hazardId, CalendarDate.format(t.on)])).toEqual([
      ["major-hazard", "Y-1", "2023-02-01"],
      ["accident", "A-2", "2023-08-01"]
    ])
    expect(revocationTriggers(input, d("2023-12-31"), { majorHazardRevokes: false, revokingAccidentGrades: [] }).triggers).toEqual([])
  })

  it("with a deaths threshold configured, an accident with at least that many deaths triggers, whatever its grade", () => {
    const c = revocationTriggers(input, d("2023-12-31"), { majorHazardRevokes: false, revokingMinDeaths: 1 })
    expect(c.accidentRuleConfigured).toBe(true)
    expect(c.unassessedAccidents).toEqual([])
    expect(c.triggers.map((t) => t.kind === "accident" ? [t.accidentId, t.grade, t.deaths, t.by] : [])).toEqual([
      ["A-1", "general", 1, ["deaths"]],
      ["A-2", "relatively-serious", 3, ["deaths"]]
    ])
    // the boundary: 3 deaths reaches a threshold of 3, 1 does not; a grade listed too is said
    const both = revocationTriggers(input, d("2023-12-31"), { majorHazardRevokes: false, revokingMinDeaths: 3, revokingAccidentGrades: ["relatively-serious"] })
    expect(both.triggers.map((t) => t.kind === "accident" ? [t.accidentId, t.by] : [])).toEqual([["A-2", ["grade", "deaths"]]])
  })

  it("the Promise entry decodes core hazards and accidents", async () => {
    const c = await revocationTriggersPromise({
      creditCode: SUBJECT,
      record: { grade: 3, approvedOn: "2022-03-15" },
      hazards: [{
        id: "Y-1", subject: SUBJECT, jurisdiction: "440300", sector: "industry-trade", level: "major", description: "x",
        source: { kind: "government-inspection" }, discoveredOn: "2023-02-01", state: "reported", evidence: []
      }],
      accidents: []
    }, { asOf: "2023-03-01" })
    expect(c.triggers.map((t) => t.kind)).toEqual(["major-hazard"])
  })
})

describe("application eligibility (§11, memory: no 较大 accident, no 重大事故隐患 in the prior year)", () => {
  it("looks back 12 months to the same day", () => {
    const input = { creditCode: SUBJECT, hazards: [majorHazard("Y-1", "2023-02-01")], accidents: [accident("A-2", "2023-07-31T20:00:00Z", 3)] }
    const e = applicationEligibility(input, d("2024-02-01"))
    expect(e).toMatchObject({ eligible: false, blockingAccidents: ["A-2"], blockingMajorHazards: ["Y-1"], verified: false })
    expect(e.lookback).toEqual({ from: d("2023-02-01"), to: d("2024-02-01") })
    expect(applicationEligibility(input, d("2024-08-02")).eligible).toBe(true)
    expect(applicationEligibility({ ...input, accidents: [accident("A-1", "2024-01-01T10:00:00+08:00", 2)] }, d("2024-02-02")).eligible).toBe(true)
  })

  it("has a Promise entry", async () => {
    expect((await applicationEligibilityPromise({ creditCode: SUBJECT, hazards: [], accidents: [] }, { asOf: "2024-01-01" })).eligible).toBe(true)
  })
})
