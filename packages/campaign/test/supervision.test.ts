import { CalendarDate, Enterprise, type Inspection } from "@anquan/core"
import { Effect, Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  inspectionFrequency,
  SupervisedUnit,
  supervisionClasses,
  SupervisionPolicy,
  supervisionSchedule,
  supervisionScheduleEffect,
  supervisionSchedulePromise,
  type UnitSchedule
} from "../src/index.ts"

const d = CalendarDate.make
const units = Schema.decodeUnknownSync(Schema.Array(SupervisedUnit))([
  { creditCode: "914403001922038216", name: "甲公司", supervisionClass: "A" },
  { creditCode: "9144030071526726XG", name: "乙公司", supervisionClass: "C" },
  { creditCode: "91330100716105852F", name: "丙公司", supervisionClass: "D" },
  { creditCode: "91110108551385082Q", name: "丁公司" }
])
const inspection = (subject: string, on: string, kind: "self" | "government" = "government") =>
  ({ subject, inspectedOn: d(on), inspectorKind: kind }) as Pick<Inspection, "subject" | "inspectedOn" | "inspectorKind">
const inspections = [
  inspection("9144030071526726XG", "2024-01-10"),
  inspection("9144030071526726XG", "2024-03-02"),
  inspection("9144030071526726XG", "2024-03-20", "self"),
  inspection("914403001922038216", "2024-02-01")
]
// A local enforcement plan (seed 003 line 21: 制定有针对性的执法计划,明确…检查频次) — the numbers are the
// deployment's, not the seed's: the seed gives none.
const policy = Schema.decodeUnknownSync(SupervisionPolicy)({
  frequencies: { A: { count: 1, per: "year" }, C: { count: 1, per: "month" } },
  basis: "某区年度执法计划 (sample)"
})
const byName = (s: ReadonlyArray<UnitSchedule>, name: string) => s.find((x) => x.name === name)!

describe("supervision classes (seed 003 line 21: 巩固a类、提高b类、整治c类、淘汰d类)", () => {
  it("A consolidate, B improve, C rectify, D eliminate", () => {
    expect(Object.values(supervisionClasses).map((c) => `${c.class} ${c.zh} ${c.action}`)).toEqual([
      "A 巩固 consolidate", "B 提高 improve", "C 整治 rectify", "D 淘汰 eliminate"
    ])
  })

  it("the seed states no inspection frequency: there is no default", () => {
    const empty = Schema.decodeUnknownSync(SupervisionPolicy)({ frequencies: {} })
    expect((["A", "B", "C", "D"] as const).map((c) => inspectionFrequency(c, empty))).toEqual([undefined, undefined, undefined, undefined])
    const s = supervisionSchedule({ units, inspections, policy: empty, from: d("2024-01-01") }, d("2024-03-31"))
    expect(s.map((x) => x.status)).toEqual(["frequency-not-configured", "frequency-not-configured", "frequency-not-configured", "class-unknown"])
  })
})

describe("supervisionSchedule", () => {
  const s = supervisionSchedule({ units, inspections, policy, from: d("2024-01-01") }, d("2024-03-15"))

  it("C monthly: January met, February short, March in progress (the self-check does not count)", () => {
    const c = byName(s, "乙公司")
    expect(c.status).toBe("scheduled")
    if (c.status === "scheduled") {
      expect(c.periods.map((p) => [p.period, p.done, p.status])).toEqual([
        ["2024-01", 1, "met"], ["2024-02", 0, "short"], ["2024-03", 1, "met"]
      ])
      expect(c.shortPeriods).toBe(1)
    }
  })

  it("A yearly: met by one inspection; D without a frequency; a unit without a class", () => {
    const a = byName(s, "甲公司")
    expect(a.status === "scheduled" && a.periods.map((p) => [p.period, p.window.to, p.status])).toEqual([["2024", d("2024-12-31"), "met"]])
    expect(byName(s, "丙公司")).toMatchObject({ status: "frequency-not-configured", class: { action: "eliminate" } })
    expect(byName(s, "丁公司").status).toBe("class-unknown")
  })

  it("counting self-inspections too is a policy choice", () => {
    const both = supervisionSchedule({ units, inspections, policy: { ...policy, inspectorKinds: ["government", "self"] }, from: d("2024-03-01") }, d("2024-03-31"))
    const c = byName(both, "乙公司")
    expect(c.status === "scheduled" && c.periods[0]?.done).toBe(2)
  })

  it("quarters and half-years label their periods", () => {
    const q = supervisionSchedule({
      units: [units[1]!],
      inspections,
      policy: { frequencies: { C: { count: 2, per: "quarter" } } },
      from: d("2024-02-10")
    }, d("2024-07-01"))[0]!
    expect(q.status === "scheduled" && q.periods.map((p) => [p.period, p.done, p.status])).toEqual([
      ["2024-Q1", 2, "met"], ["2024-Q2", 0, "short"], ["2024-Q3", 0, "in-progress"]
    ])
    const h = supervisionSchedule({ units: [units[1]!], inspections, policy: { frequencies: { C: { count: 1, per: "half-year" } } }, from: d("2024-01-01") }, d("2024-07-01"))[0]!
    expect(h.status === "scheduled" && h.periods.map((p) => p.period)).toEqual(["2024-H1", "2024-H2"])
  })

  it("a core Enterprise decodes as a supervised unit", () => {
    const e = Schema.decodeUnknownSync(Enterprise)({
      creditCode: "914403001922038216", name: "甲公司", jurisdiction: "440300", sectors: ["industry-trade"], supervisionClass: "B"
    })
    expect(Schema.decodeUnknownSync(SupervisedUnit)(e)).toEqual({ creditCode: "914403001922038216", name: "甲公司", supervisionClass: "B" })
  })
})

describe("supervisionSchedule entries", () => {
  const wire = {
    units: [{ creditCode: "9144030071526726XG", name: "乙公司", supervisionClass: "C" }],
    inspections: [{ id: "I-1", subject: "9144030071526726XG", inspectedOn: "2024-01-10", inspectorKind: "government", results: [] }],
    policy: { frequencies: { C: { count: 1, per: "month" } } },
    from: "2024-01-01"
  }

  it("the Promise entry decodes core inspections", async () => {
    const [c] = await supervisionSchedulePromise(wire, { asOf: "2024-02-29" })
    expect(c?.status === "scheduled" && c.periods.map((p) => p.status)).toEqual(["met", "in-progress"])
  })

  it("rejects a frequency of zero", () => {
    const r = Effect.runSync(Effect.result(supervisionScheduleEffect({ ...wire, policy: { frequencies: { C: { count: 0, per: "month" } } } }, { asOf: "2024-02-29" })))
    expect(Result.isFailure(r) && r.failure._tag).toBe("SchemaError")
  })
})
