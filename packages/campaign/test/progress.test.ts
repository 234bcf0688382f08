import { CalendarDate, computeCheckCharacter, type Hazard, type Inspection, JurisdictionTree } from "@anquan/core"
import { Effect, Result, Schema, SchemaIssue } from "effect"
import { TestClock } from "effect/testing"
import { describe, expect, it } from "vitest"
import {
  CampaignHazard,
  campaignProgress,
  campaignProgressEffect,
  CampaignSpec,
  closureDateAsOf,
  getTemplate,
  hazardStateAsOf,
  instantiate,
  isWithinJurisdiction,
  itemApplies,
  type RosterUnit,
  unitScope
} from "../src/index.ts"

const d = CalendarDate.make
const code = (n: number) => {
  const base = `11500000MB1X0000${n}`
  return base + computeCheckCharacter(base)
}
// Seed 001: a township (紫照镇, code not printed; 500000-based codes here are placeholders) whose
// villages self-check from 2022-04-20 to 06-30 and rectify from 06-30 to 12-31 (lines 22–23).
const TOWN = "500101001"
const tree = JurisdictionTree.make([
  { code: "500000", name: "重庆市", level: "province" },
  { code: "500101", name: "某区", level: "county", parent: "500000" },
  { code: TOWN, name: "紫照镇", level: "township", parent: "500101" },
  { code: "500101001001", name: "甲村", level: "village", parent: TOWN },
  { code: "500101001002", name: "乙社区", level: "village", parent: TOWN },
  { code: "500101002", name: "邻镇", level: "township", parent: "500101" }
])
const campaign = instantiate(getTemplate("fifteen-hard-measures-2022"), { jurisdictions: [TOWN] })
const roster: Array<RosterUnit> = [
  { creditCode: code(1) as RosterUnit["creditCode"], name: "甲村村民委员会", jurisdiction: "500101001001" as RosterUnit["jurisdiction"] },
  { creditCode: code(2) as RosterUnit["creditCode"], name: "乙社区居民委员会", jurisdiction: "500101001002" as RosterUnit["jurisdiction"] },
  { creditCode: code(3) as RosterUnit["creditCode"], name: "镇应急办", jurisdiction: TOWN as RosterUnit["jurisdiction"] },
  { creditCode: code(4) as RosterUnit["creditCode"], name: "邻镇某村", jurisdiction: "500101002" as RosterUnit["jurisdiction"] }
]
const hazard = (id: string, unit: number, fields: Record<string, unknown>): CampaignHazard =>
  Schema.decodeUnknownSync(CampaignHazard)({
    id,
    subject: code(unit),
    jurisdiction: roster[unit - 1]!.jurisdiction,
    sector: "transport",
    level: "general",
    description: "自查发现的问题隐患",
    source: { kind: "self-inspection" },
    state: "reported",
    evidence: [],
    ...fields
  })
const inspection = (id: string, unit: number, on: string, results: ReadonlyArray<[string, string]>): Inspection =>
  ({
    id,
    subject: code(unit),
    inspectedOn: d(on),
    inspectorKind: "self",
    results: results.map(([itemId, outcome]) => ({ itemId, outcome }))
  }) as unknown as Inspection

describe("phases that share a day (seed 001 prints 2022-06-30 in both windows)", () => {
  const hazards = [
    hazard("H1", 1, { discoveredOn: "2022-05-10", deadline: "2022-07-31", state: "closed", closedOn: "2022-07-20" }),
    hazard("H2", 2, { discoveredOn: "2022-06-30", deadline: "2022-09-30", state: "rectifying" }),
    hazard("H3", 3, { discoveredOn: "2022-08-15", deadline: "2022-08-31", state: "rectifying" }),
    hazard("H4", 4, { discoveredOn: "2022-05-01", state: "reported" })
  ]
  const inspections = [
    inspection("S1", 1, "2022-05-10", [["1", "pass"], ["6", "fail"]]),
    inspection("S2", 2, "2022-06-30", Array.from({ length: 15 }, (_, i) => [String(i + 1), "pass"] as [string, string]))
  ]
  const p = campaignProgress({ campaign, roster, hazards, inspections, tree }, d("2022-10-01"))

  it("counts a hazard found on 06-30 in both phases, once in the total", () => {
    expect(p.phases.map((x) => [x.name, x.hazards.found])).toEqual([["自纠自查", 2], ["整改落实", 2]])
    expect(p.hazards.total.found).toBe(3)
    expect(p.phases[1]?.hazards).toMatchObject({ fixed: 0, overdue: 2, closedDuring: 1 })
    expect(p.phases[0]?.hazards).toMatchObject({ fixed: 1, overdue: 1, closedDuring: 0 })
  })

  it("limits units to the township by the jurisdiction tree", () => {
    expect(p.units).toMatchObject({ inScope: 3, covered: 2, outOfScope: 1 })
    expect(p.hazards.excluded.outsideJurisdiction).toBe(1)
  })

  it("counts the 15 items: all checked at one village, 2 at the other", () => {
    expect([p.checklist.itemsChecked, p.checklist.pairs.applicable, p.checklist.pairs.checked]).toEqual([15, 45, 17])
    expect(p.checklist.items[5]).toMatchObject({ id: "6", checkedUnits: 2, pass: 1, fail: 1 })
  })

  it("on 2022-06-30 both phases are current", () => {
    const q = campaignProgress({ campaign, roster, hazards, inspections, tree }, d("2022-06-30"))
    expect(q.currentPhases.map((x) => x.name)).toEqual(["自纠自查", "整改落实"])
  })
})

describe("a hazard's state as of a date", () => {
  const withHistory = hazard("H", 1, {
    discoveredOn: "2022-05-01",
    deadline: "2022-05-20",
    state: "closed",
    closedOn: "2022-06-10",
    history: [
      { state: "rectifying", on: "2022-05-03" },
      { state: "closed", on: "2022-05-25" },
      { state: "reopened", on: "2022-06-01" },
      { state: "closed", on: "2022-06-10" }
    ]
  })
  const plain = hazard("P", 1, { discoveredOn: "2022-05-01", state: "closed", closedOn: "2022-06-10" })

  it("follows the history (回头看 reopened it on 06-01)", () => {
    expect(["2022-04-30", "2022-05-01", "2022-05-03", "2022-05-26", "2022-06-05", "2022-06-10"].map((x) => hazardStateAsOf(withHistory, d(x))))
      .toEqual([undefined, "reported", "rectifying", "closed", "reopened", "closed"])
    expect(closureDateAsOf(withHistory, d("2022-05-30"))).toEqual(d("2022-05-25"))
    expect(closureDateAsOf(withHistory, d("2022-06-05"))).toBeUndefined()
    expect(closureDateAsOf(withHistory, d("2022-07-01"))).toEqual(d("2022-06-10"))
  })

  it("without a history only the closure is dated", () => {
    expect(hazardStateAsOf(plain, d("2022-06-09"))).toBe("open")
    expect(hazardStateAsOf(plain, d("2022-06-10"))).toBe("closed")
    const core: Hazard = plain
    expect(hazardStateAsOf(core, d("2022-05-02"))).toBe("open")
  })

  it("the history must be in order and not before the discovery", () => {
    const r = Schema.decodeUnknownResult(CampaignHazard, { errors: "all" })({
      ...Schema.encodeSync(CampaignHazard)(withHistory),
      history: [{ state: "closed", on: "2022-04-01" }, { state: "rectifying", on: "2022-03-01" }]
    })
    expect(Result.isFailure(r) && SchemaIssue.makeFormatterStandardSchemaV1()(r.failure.issue).issues.map((i) => i.message)).toEqual([
      "a state change cannot precede the discovery date",
      "a state change cannot precede the discovery date",
      "the history must be in date order"
    ])
  })
})

describe("scope and applicability", () => {
  const hundredDay = instantiate(getTemplate("hundred-day-key-rectification"), { jurisdictions: ["320571"], year: 2024, dates: { start: "2024-06-03" } })
  const unit = (fields: Partial<RosterUnit>): RosterUnit =>
    ({ creditCode: code(5), name: "x", jurisdiction: "320571001", ...fields }) as RosterUnit

  it("a unit is in scope by sector, or by a sector note for sectors core lacks", () => {
    expect(unitScope(hundredDay, unit({ sectors: ["hazardous-chemicals"] }))).toBe("in")
    expect(unitScope(hundredDay, unit({ sectors: ["construction"] }))).toBe("out")
    expect(unitScope(hundredDay, unit({ otherSectors: ["火力发电 (thermal power, as a liquid-ammonia user)"] }))).toBe("in")
    expect(unitScope(hundredDay, unit({ sectors: ["hazardous-chemicals"], jurisdiction: "320506" as RosterUnit["jurisdiction"] }))).toBe("out")
  })

  it("a scope listing unit kinds leaves units of unknown kind undetermined", () => {
    const c = { ...hundredDay, scope: { ...hundredDay.scope, unitKinds: ["use" as const] } }
    expect(unitScope(c, unit({ sectors: ["industry-trade"] }))).toBe("undetermined")
    expect(unitScope(c, unit({ sectors: ["industry-trade"], unitKinds: ["storage"] }))).toBe("out")
    const p = campaignProgress({ campaign: c, roster: [unit({ sectors: ["industry-trade"] })], hazards: [], inspections: [] }, d("2024-07-01"))
    expect(p.units.undetermined).toEqual([code(5)])
  })

  it("items apply by tag and by sector note", () => {
    const fuel = hundredDay.checklist.find((i) => i.id === "fuel-1")!
    expect(itemApplies(fuel, unit({ tags: ["fuel-station"] }))).toBe(true)
    expect(itemApplies(fuel, unit({ tags: ["liquid-ammonia-user"] }))).toBe(false)
    const water = getTemplate("work-safety-year-2010").checklist.find((i) => i.id === "water-1")!
    expect(itemApplies(water, unit({ otherSectors: ["水利"] }))).toBe(true)
    expect(itemApplies(water, unit({ sectors: ["construction"] }))).toBe(false)
  })

  it("jurisdictions nest by the tree when given, else by the code prefix", () => {
    expect(isWithinJurisdiction("500101001002", TOWN, tree)).toBe(true)
    expect(isWithinJurisdiction("500101002", TOWN, tree)).toBe(false)
    expect(isWithinJurisdiction("320571001", "320000")).toBe(true)
    expect(isWithinJurisdiction("320571001", "320500")).toBe(true)
    expect(isWithinJurisdiction("320506", "320571")).toBe(false)
  })
})

describe("the Effect entry", () => {
  const wire = {
    campaign: Schema.encodeSync(CampaignSpec)(campaign),
    roster,
    hazards: [Schema.encodeSync(CampaignHazard)(hazard("H1", 1, { discoveredOn: "2022-05-10", state: "reported" }))],
    inspections: []
  }

  it("defaults the as-of date to today, Beijing time, by the Clock", async () => {
    const program = Effect.gen(function*() {
      yield* TestClock.setTime(new Date("2022-06-29T17:30:00Z").getTime())
      return yield* campaignProgressEffect(wire, { tree })
    }).pipe(Effect.provide(TestClock.layer()))
    const p = await Effect.runPromise(program)
    expect(CalendarDate.format(p.asOf)).toBe("2022-06-30")
    expect(p.currentPhases).toHaveLength(2)
    expect(p.hazards.total.found).toBe(1)
  })

  it("fails with path-precise schema errors and on a bad as-of", () => {
    const bad = { ...wire, roster: [roster[0], { ...roster[0], name: "" }], hazards: [{ ...wire.hazards[0], sector: "mining" }] }
    const r = Effect.runSync(Effect.result(campaignProgressEffect(bad, { asOf: "2022-07-01" })))
    expect(Result.isFailure(r) && r.failure._tag).toBe("SchemaError")
    if (Result.isFailure(r) && r.failure._tag === "SchemaError") {
      expect(SchemaIssue.makeFormatterStandardSchemaV1()(r.failure.issue).issues.map((i) => i.path)).toEqual([
        ["roster", 1, "name"],
        ["hazards", 0, "sector"]
      ])
    }
    const asOf = Effect.runSync(Effect.result(campaignProgressEffect(wire, { asOf: "soon" })))
    expect(Result.isFailure(asOf) && asOf.failure._tag).toBe("InvalidAsOfError")
  })
})

describe("rule findings per checklist item", () => {
  // Seed 004 (small coal mines), instantiated for 2026 from 2026-03-01; two mines in 中区 (placeholder codes).
  const coal = instantiate(getTemplate("small-coal-mine-three-actions"), { jurisdictions: ["500101"], year: 2026, dates: { start: "2026-03-01" } })
  const mine = (n: number): RosterUnit =>
    ({ creditCode: code(n) as RosterUnit["creditCode"], name: `小煤矿${n}`, jurisdiction: "500101001" as RosterUnit["jurisdiction"], sectors: ["coal-mine"] })
  const found = (id: string, n: number, ruleId: string | undefined, on: string, fields: Record<string, unknown> = {}) =>
    Schema.decodeUnknownSync(CampaignHazard)({
      id,
      subject: code(n),
      jurisdiction: "500101001",
      sector: "coal-mine",
      level: "major",
      description: "检查发现的重大事故隐患",
      source: ruleId === undefined ? { kind: "government-inspection" } : { kind: "rule-finding", ruleId },
      state: "reported",
      discoveredOn: on,
      evidence: [],
      ...fields
    })
  const item = (p: ReturnType<typeof campaignProgress>, id: string) => p.checklist.items.find((i) => i.id === id)!

  it("a coal mine's findings of a linked rule count under the item that links it", () => {
    const hazards = [
      found("YH-1", 1, "coal-mine/air-supply-short", "2026-06-10"), // 第八条(一) → governance-6
      found("YH-2", 1, "coal-mine/regulation-36-monitoring", "2026-05-20", { state: "closed", closedOn: "2026-06-01" }), // → governance-6
      found("YH-3", 2, "coal-mine/restructuring-licence", "2026-07-15"), // 第十九条(二) → enforcement-1
      found("YH-4", 2, "coal-mine/gas-grade-appraisal", "2026-07-15"), // linked to no item
      found("YH-5", 2, undefined, "2026-07-15"), // not a rule finding
      found("YH-6", 2, "coal-mine/air-supply-short", "2025-12-01") // before the campaign's window
    ]
    const p = campaignProgress({ campaign: coal, roster: [mine(1), mine(2)], hazards, inspections: [] }, d("2026-08-01"))
    expect(item(p, "governance-6").ruleHazards).toEqual({
      found: 2, major: 2, fixed: 1, open: 1, overdue: 0, rectificationRate: 0.5, overdueRate: 0, units: 1
    })
    expect(item(p, "enforcement-1").ruleHazards).toMatchObject({ found: 1, open: 1, units: 1 })
    expect(item(p, "enforcement-2").ruleHazards).toMatchObject({ found: 0, units: 0 })
    // An item that links no rule has no rule count (education-1 is publicity).
    expect(item(p, "education-1").ruleHazards).toBeUndefined()
    expect(p.hazards.total.found).toBe(5)
  })
})
