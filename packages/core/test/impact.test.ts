import { Effect, Stream } from "effect"
import { describe, expect, it } from "vitest"
import * as Engine from "../src/evaluation/Engine.ts"
import * as Impact from "../src/impact/Impact.ts"
import { demoPack, record } from "./fixtures.ts"

const engine = Engine.make({ packs: [demoPack] })
const clean = (seed: number, extra: Record<string, unknown> = {}) =>
  record(seed, { employees: 50, facts: { demo: { dustExplosion: { removalSystem: true } } }, ...extra })

describe("Impact: a rule version switch (demo/versioned: compliant until 2021-12-31, a violation from 2022-01-01)", () => {
  const report = Impact.compare([clean(1), clean(2)], { from: { engine, asOf: "2021-12-31" }, to: { engine, asOf: "2022-01-01" } })

  it("gains the new version's finding for every enterprise, saying the rule was in force before", () => {
    expect(report.gained).toHaveLength(2)
    expect(report.gained[0]).toMatchObject({
      change: "gained",
      index: 0,
      ruleId: "demo/versioned",
      pack: "demo",
      before: { outcome: "none", inForce: true },
      after: { outcome: "violation", ruleVersion: "2022-01-01", severity: "general" },
      fields: []
    })
    expect(report.lost).toEqual([])
    expect(report.changed).toEqual([])
  })

  it("lists the enterprises whose verdict changes and counts the transitions", () => {
    expect(report.verdictChanges.map((v) => [v.index, v.before, v.after])).toEqual([[0, "no-violation", "general-hazard"], [1, "no-violation", "general-hazard"]])
    expect(report.totals).toMatchObject({
      records: 2,
      compared: 2,
      rejected: 0,
      findings: { gained: 2, lost: 0, changed: 0 },
      verdictChanges: 2,
      verdictTransitions: { "no-violation → general-hazard": 2 },
      byRule: { "demo/versioned": { gained: 2, lost: 0, changed: 0 } },
      byPack: { demo: { gained: 2, lost: 0, changed: 0 } },
      bySector: { "industry-trade": { gained: 2, lost: 0, changed: 0 } }
    })
    expect(report.from).toEqual({ asOf: "2021-12-31", label: "2021-12-31" })
  })

  it("backwards, the same findings are lost", () => {
    const back = Impact.compare([clean(1)], { from: { engine, asOf: "2022-01-01" }, to: { engine, asOf: "2021-12-31" } })
    expect(back.gained).toEqual([])
    expect(back.lost).toMatchObject([{ ruleId: "demo/versioned", before: { outcome: "violation" }, after: { outcome: "none", inForce: true } }])
  })

  it("a rule not yet in force is gained with inForce: false", () => {
    const r = Impact.compare([clean(1, { employees: 150 })], { from: { engine, asOf: "2019-06-01" }, to: { engine, asOf: "2020-01-01" } })
    expect(r.gained.find((g) => g.ruleId === "demo/headcount")).toMatchObject({ before: { outcome: "none", inForce: false }, after: { outcome: "violation", severity: "major" } })
  })
})

describe("Impact: two configs on one date (a threshold raised, a severity changed)", () => {
  const raised = Engine.make({
    packs: [demoPack],
    config: [{ name: "国家", level: "national" }, { name: "某省", level: "province", rules: { "demo/headcount": { params: { limit: 200 } } } }]
  })
  const demoted = Engine.make({
    packs: [demoPack],
    config: [{ name: "国家", level: "national" }, { name: "某省", level: "province", rules: { "demo/headcount": { severity: "general" } } }]
  })

  it("a raised limit loses the violation of a unit between the limits, and keeps the one above both", () => {
    const r = Impact.compare([clean(1, { employees: 150 }), clean(2, { employees: 250 }), clean(3, { employees: 50 })], {
      from: { engine, asOf: "2023-01-01", label: "national" },
      to: { engine: raised, asOf: "2023-01-01", label: "province" }
    })
    expect(r.lost).toMatchObject([{ index: 0, ruleId: "demo/headcount", before: { outcome: "violation", severity: "major" }, after: { outcome: "none", inForce: true } }])
    expect(r.gained).toEqual([])
    expect(r.changed).toEqual([])
    // demo/versioned (general, in force from 2022) still breaks: major → general
    expect(r.verdictChanges).toMatchObject([{ index: 0, before: "major-hazard", after: "general-hazard" }])
    expect(r.from.label).toBe("national")
  })

  it("a changed severity is a change with both sides shown", () => {
    const r = Impact.compare([clean(1, { employees: 150 })], { from: { engine, asOf: "2023-01-01" }, to: { engine: demoted, asOf: "2023-01-01" } })
    expect(r.changed).toMatchObject([{ ruleId: "demo/headcount", fields: ["severity"], before: { severity: "major" }, after: { severity: "general" } }])
    expect(r.verdictChanges).toMatchObject([{ before: "major-hazard", after: "general-hazard" }])
  })

  it("an outcome that goes from indeterminate to violation is a change of outcome", () => {
    const unknownDust = record(4, { employees: 50, facts: { demo: { dustExplosion: {} } } })
    const breach = record(4, { employees: 50, facts: { demo: { dustExplosion: { removalSystem: false } } } })
    const before = engine.evaluateRecord(unknownDust, 0, engine.plan("2023-01-01"))
    const after = engine.evaluateRecord(breach, 0, engine.plan("2023-01-01"))
    const r = Impact.compareResults(before, after, engine.plan("2023-01-01"), engine.plan("2023-01-01"))
    expect(r.changed).toMatchObject([{ ruleId: "demo/dust-removal", fields: ["outcome"], before: { outcome: "indeterminate", missing: ["facts.dustExplosion.removalSystem"] }, after: { outcome: "violation" } }])
  })
})

describe("Impact: bad records and streams", () => {
  it("a rejected record is counted as rejected on its side, with no finding changes", () => {
    const r = Impact.compare([{ name: "no code" }, clean(1)], { from: { engine, asOf: "2021-12-31" }, to: { engine, asOf: "2022-01-01" } })
    expect(r.rejected).toHaveLength(1)
    expect(r.rejected[0]!.index).toBe(0)
    expect(r.rejected[0]!.before?._tag).toBe("rejected")
    expect(r.totals).toMatchObject({ records: 2, compared: 1, rejected: 1 })
    expect(r.gained.map((g) => g.index)).toEqual([1])
  })

  it("compareIterable and compareStream give what compare gives, record by record", async () => {
    const records = [clean(1), clean(2, { employees: 150 }), { bad: true }, clean(3)]
    const options = { from: { engine, asOf: "2021-12-31" }, to: { engine, asOf: "2022-01-01" } }
    const whole = Impact.compare(records, options)
    const lazy: Array<Impact.RecordImpact> = []
    async function* source() {
      yield* records
    }
    for await (const r of Impact.compareIterable(source(), options)) lazy.push(r)
    expect(lazy.flatMap((r) => r.gained)).toEqual(whole.gained)
    const streamed = await Effect.runPromise(Stream.runCollect(Impact.compareStream(Stream.fromIterable(records), options)))
    expect([...streamed].flatMap((r) => r.gained)).toEqual(whole.gained)
    const totals = await Effect.runPromise(Impact.totalsOfStream(Stream.fromIterable(records), options))
    expect(totals).toEqual(whole.totals)
  })
})
