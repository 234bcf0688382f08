import { CalendarDate, Inspection } from "@anquan/core"
import { Effect, Schema } from "effect"
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import {
  CampaignHazard,
  campaignProgress,
  campaignProgressEffect,
  campaignProgressPromise,
  CampaignRoster,
  CampaignSpec,
  getTemplate,
  instantiate
} from "../src/index.ts"

// The sample ledger of packages/campaign/sample/ (fictional units) against the shipped template
// hundred-day-key-rectification (seed 004 lines 255–280), instantiated for 2024 from 2024-06-03.
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../sample/${name}`, import.meta.url), "utf8"))
const params = read("params.json") as Parameters<typeof instantiate>[1] & { readonly templateId: string }
const campaign = instantiate(getTemplate(params.templateId), params)
const roster = Schema.decodeUnknownSync(CampaignRoster)(read("roster.json"))
const hazards = Schema.decodeUnknownSync(Schema.Array(CampaignHazard))(read("hazards.json"))
const inspections = Schema.decodeUnknownSync(Schema.Array(Inspection))(read("inspections.json"))
const progress = (asOf: string) => campaignProgress({ campaign, roster, hazards, inspections }, CalendarDate.make(asOf))
const wire = () => ({
  campaign: Schema.encodeSync(CampaignSpec)(campaign),
  roster: read("roster.json"),
  hazards: read("hazards.json"),
  inspections: read("inspections.json")
})

describe("sample: the 100-day campaign as of 2024-09-10 (集中整治 under way)", () => {
  const p = progress("2024-09-10")

  it("is running, in 集中整治 (6月26日至9月20日)", () => {
    expect(p.status).toBe("running")
    expect(p.currentPhases.map((x) => x.name)).toEqual(["集中整治"])
    expect(p.phases.map((x) => x.status)).toEqual(["past", "current", "upcoming"])
  })

  it("covers 5 of the 6 units in scope; the aluminium smelter has not been inspected", () => {
    expect(p.units).toMatchObject({ inScope: 6, covered: 5, outOfScope: 2, undetermined: [] })
    expect(p.units.rate).toBeCloseTo(5 / 6, 12)
    expect(p.units.byInspector).toEqual({ self: 2, government: 4, expert: 0 })
    expect(p.units.uncovered).toEqual([{ creditCode: "91320571MA1X00006B", name: "样例铝业有限公司" }])
  })

  it("has checked all 14 items somewhere, and 18 of 28 (unit, item) pairs", () => {
    expect([p.checklist.itemsTotal, p.checklist.itemsChecked]).toEqual([14, 14])
    expect(p.checklist.pairs).toEqual({ applicable: 28, checked: 18, rate: 18 / 28 })
    const item = (id: string) => p.checklist.items.find((i) => i.id === id)
    expect(item("industry-7")).toMatchObject({ applicableUnits: 2, checkedUnits: 1, pass: 0, fail: 1 })
    // U1's latest result (07-05, government) replaces its self-check of 06-20.
    expect(item("ammonia-2")).toMatchObject({ applicableUnits: 2, checkedUnits: 2, pass: 1, fail: 1 })
    // The second fuel station marked fuel-2 not-checked.
    expect(item("fuel-2")).toMatchObject({ applicableUnits: 2, checkedUnits: 1, pass: 1, fail: 0 })
  })

  it("counts 7 hazards: 4 fixed, 3 open, 2 overdue, 1 major; 6 excluded, one per reason", () => {
    expect(p.hazards.total).toEqual({
      found: 7, major: 1, fixed: 4, open: 3, overdue: 2, rectificationRate: 4 / 7, overdueRate: 2 / 7
    })
    expect(p.hazards.excluded).toEqual({
      notYetDiscovered: 1, outsideWindow: 1, outsideJurisdiction: 1, outsideSectors: 1, subjectOutOfScope: 1, subjectNotOnRoster: 1
    })
    expect(p.hazards.unlistedSubjects).toEqual(["91320571MA1X00008H"])
    expect(p.hazards.undatedClosures).toEqual(["YH-06"])
    expect(p.hazards.outsidePhases).toBe(0)
  })

  it("per phase: 1 found in 部署动员; 6 found, 3 fixed, 2 overdue and 3 closed in 集中整治", () => {
    expect(p.phases.map((x) => [x.name, x.hazards])).toEqual([
      ["部署动员", { found: 1, major: 0, fixed: 1, open: 0, overdue: 0, rectificationRate: 1, overdueRate: 0, closedDuring: 0 }],
      ["集中整治", { found: 6, major: 1, fixed: 3, open: 3, overdue: 2, rectificationRate: 0.5, overdueRate: 2 / 6, closedDuring: 3 }],
      ["总结提高", { found: 0, major: 0, fixed: 0, open: 0, overdue: 0, rectificationRate: undefined, overdueRate: undefined, closedDuring: 0 }]
    ])
  })

  it("misses both 100% targets: 检查率 3/4 (government), 整治率 3/5", () => {
    expect(p.targets.map((t) => [t.metric, t.numerator, t.denominator, t.actual, t.met])).toEqual([
      ["inspection-coverage", 3, 4, 0.75, false],
      ["rectification-rate", 3, 5, 0.6, false]
    ])
  })

  it("has no report obligations: the plan states no reporting cadence", () => {
    expect(p.reports.states).toEqual([])
    expect(p.reports.summary.onTimeRate).toBeUndefined()
  })
})

describe("sample: as of 2024-09-30 (last day, 总结提高)", () => {
  const p = progress("2024-09-30")

  it("YH-05 closed on 09-12 and YH-12 appeared; 8 found, 6 fixed, 1 overdue", () => {
    expect(p.status).toBe("running")
    expect(p.currentPhases.map((x) => x.name)).toEqual(["总结提高"])
    expect(p.hazards.total).toMatchObject({ found: 8, fixed: 6, open: 2, overdue: 1 })
    expect(p.phases[1]?.hazards).toMatchObject({ found: 7, fixed: 5, overdue: 1, closedDuring: 5 })
  })

  it("meets the 检查率 target (4/4) but not 整治率 (4/6)", () => {
    expect(p.targets.map((t) => [t.numerator, t.denominator, t.met])).toEqual([[4, 4, true], [4, 6, false]])
    // JC-09 (09-25) belongs to another campaign and does not count.
    expect(p.checklist.pairs.checked).toBe(19)
  })
})

describe("sample: before and after", () => {
  it("on 2024-06-01 the campaign has not started; the 06-01 inspection is outside the window", () => {
    const p = progress("2024-06-01")
    expect(p.status).toBe("not-started")
    expect(p.currentPhases).toEqual([])
    expect(p.units.covered).toBe(0)
    expect(p.hazards.total.found).toBe(0)
    expect(p.targets.map((t) => [t.actual, t.met])).toEqual([[0, false], [undefined, undefined]])
  })

  it("on 2024-10-08 it has ended", () => {
    expect(progress("2024-10-08").status).toBe("ended")
  })
})

describe("sample through the Effect and Promise entries", () => {
  it("the Promise entry decodes the wire form and gives the same numbers", async () => {
    const p = await campaignProgressPromise(wire(), { asOf: "2024-09-10" })
    expect(p.hazards.total).toEqual(progress("2024-09-10").hazards.total)
    expect(p.targets).toEqual(progress("2024-09-10").targets)
  })

  it("an ISO instant is read as its Beijing-time day", () => {
    const p = Effect.runSync(campaignProgressEffect(wire(), { asOf: "2024-09-09T17:00:00Z" }))
    expect(CalendarDate.format(p.asOf)).toBe("2024-09-10")
  })
})
