import { Accident, CalendarDate, ResponsibilityAgreement } from "@anquan/core"
import { Effect, Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  BaseFigures,
  evaluateTarget,
  evaluateUnitTargetsEffect,
  indicatorBulletins,
  indicatorBulletinsPromise,
  isWithinJurisdiction,
  publicationPeriods,
  type TargetContext,
  targetsFromAgreements,
  TargetSpec,
  UnitTargets
} from "./index.ts"
import { accident, agreements, DISTRICT, townCode } from "./seed000.fixtures.ts"

const d = CalendarDate.make
const year2024 = { from: d("2024-01-01"), to: d("2024-12-31") }
const decodeAccidents = (list: ReadonlyArray<unknown>) => Schema.decodeUnknownSync(Schema.Array(Accident))(list)
const target = (u: unknown) => Schema.decodeUnknownSync(TargetSpec)(u)
const base = (u: unknown) => Schema.decodeUnknownSync(BaseFigures)(u)
/** `n` accidents of one death each in `year`, spread over January–June. */
const deaths = (year: number, n: number, extra: Record<string, unknown> = {}) =>
  Array.from({ length: n }, (_, i) => accident(`A${year}-${i}`, `${year}-0${1 + (i % 6)}-1${i % 10}T10:00:00+08:00`, 1, extra))
const ctx = (list: ReadonlyArray<unknown>, extra: Partial<TargetContext> = {}): TargetContext =>
  ({ jurisdiction: DISTRICT, accidents: decodeAccidents(list), period: year2024, ...extra })

describe("death counts down on last year (seed 000 line 17: 至少下降3%)", () => {
  const t = target({ metric: "deaths", bound: "reduction-at-least-percent", value: 3 })
  it("exactly 3% is met (100 → 97), 2% is not (100 → 98)", () => {
    const met = evaluateTarget(t, ctx([...deaths(2023, 100), ...deaths(2024, 97)]), d("2024-12-31"))
    expect(met).toMatchObject({ status: "met", actual: 97, baseline: 100, final: true })
    expect(met.reductionPercent).toBeCloseTo(3, 10)
    expect(evaluateTarget(t, ctx([...deaths(2023, 100), ...deaths(2024, 98)]), d("2024-12-31")).status).toBe("not-met")
  })

  it("year to date compares with the same window last year", () => {
    // by 03-31: Jan–Mar accidents only, both years
    const r = evaluateTarget(t, ctx([...deaths(2023, 12), ...deaths(2024, 12)]), d("2024-03-31"))
    expect(r).toMatchObject({ final: false, window: { from: d("2024-01-01"), to: d("2024-03-31") }, actual: 6, baseline: 6, status: "not-met" })
  })

  it("last year 0: only 0 meets it", () => {
    expect(evaluateTarget(t, ctx([]), d("2024-12-31"))).toMatchObject({ status: "met", note: { en: "Last year's value was 0: only 0 meets a reduction" } })
    expect(evaluateTarget(t, ctx(deaths(2024, 1)), d("2024-12-31")).status).toBe("not-met")
  })
})

describe("no accident with 3 or more deaths (seed 000 line 17: 不发生一次死亡3人以上的重大平安事故)", () => {
  const t = target({ metric: "max-deaths-per-accident", bound: "at-most", value: 2 })
  it("2 deaths in one accident is within the target, 3 is not", () => {
    expect(evaluateTarget(t, ctx([accident("A1", "2024-05-01T10:00:00+08:00", 2)]), d("2024-12-31")).status).toBe("met")
    const r = evaluateTarget(t, ctx([accident("A1", "2024-05-01T10:00:00+08:00", 3)]), d("2024-06-30"))
    expect(r).toMatchObject({ status: "not-met", actual: 3, final: false, accidents: ["A1"] })
  })

  it("the same as a grade target: no accident of 较大 or above", () => {
    const g = target({ metric: "accidents", bound: "at-most", value: 0, grades: ["relatively-serious", "serious", "especially-serious"] })
    expect(evaluateTarget(g, ctx([accident("A1", "2024-05-01T10:00:00+08:00", 2)]), d("2024-12-31")).status).toBe("met")
    expect(evaluateTarget(g, ctx([accident("A1", "2024-05-01T10:00:00+08:00", 0, { seriousInjuries: 10 })]), d("2024-12-31")).status).toBe("not-met")
  })
})

describe("工矿商贸 deaths capped at 5 (seed 000 line 19: 工矿商贸企业…死亡人数控制目标…5人)", () => {
  const t = target({ metric: "deaths", bound: "at-most", value: 5, kinds: ["workplace"] })
  it("5 is met, 6 is not; road deaths do not count", () => {
    const road = accident("R1", "2024-02-01T10:00:00+08:00", 4, { kind: "road-traffic", sector: "transport" })
    expect(evaluateTarget(t, ctx([...deaths(2024, 5), road]), d("2024-12-31"))).toMatchObject({ status: "met", actual: 5 })
    expect(evaluateTarget(t, ctx(deaths(2024, 6)), d("2024-12-31"))).toMatchObject({ status: "not-met", actual: 6 })
  })

  it("an accident of unknown kind leaves a kind-filtered target indeterminate", () => {
    const { kind: _k, ...noKind } = accident("U1", "2024-02-01T10:00:00+08:00", 1)
    expect(evaluateTarget(t, ctx([noKind]), d("2024-12-31"))).toMatchObject({ status: "indeterminate", missing: ["accidents[U1].kind"] })
  })
})

describe("一般 accidents down 5% (seed 000 line 11: 一般伤亡事故比上年下降5%)", () => {
  it("20 → 19 general accidents is exactly 5%; a 较大 accident is not counted", () => {
    const t = target({ metric: "accidents", bound: "reduction-at-least-percent", value: 5, grades: ["general"] })
    const big = accident("B1", "2024-03-01T10:00:00+08:00", 3)
    expect(evaluateTarget(t, ctx([...deaths(2023, 20), ...deaths(2024, 19), big]), d("2024-12-31"))).toMatchObject({ status: "met", actual: 19, baseline: 20 })
  })
})

describe("rates (seed 000 line 17: 亿元GDP死亡率、十万人死亡率、道路交通万车死亡率比上年下降)", () => {
  it("亿元GDP死亡率 = deaths × 10⁸ ÷ GDP (yuan); 'decrease' is strict", () => {
    const t = target({ metric: "deaths-per-100m-yuan-gdp", bound: "decrease", value: 0 })
    const list = [...deaths(2023, 10), ...deaths(2024, 10)]
    const r = evaluateTarget(t, ctx(list, { base: { current: base({ gdpYuan: 50_000_000_000 }), previous: base({ gdpYuan: 45_000_000_000 }) } }), d("2024-12-31"))
    expect(r.status).toBe("met")
    expect(r.actual).toBeCloseTo(0.02, 12) // 10 deaths ÷ 500亿元
    expect(r.baseline).toBeCloseTo(10 / 450, 12)
    const same = evaluateTarget(t, ctx(list, { base: { current: base({ gdpYuan: 50_000_000_000 }), previous: base({ gdpYuan: 50_000_000_000 }) } }), d("2024-12-31"))
    expect(same.status).toBe("not-met")
  })

  it("万车死亡率 counts road-traffic deaths only and compares decimals exactly (2.1 ≤ 2.1)", () => {
    const t = target({ metric: "road-deaths-per-10k-vehicles", bound: "at-most", value: 2.1 })
    const road = deaths(2024, 21, { kind: "road-traffic", sector: "transport" })
    const r = evaluateTarget(t, ctx([...road, ...deaths(2024, 5)], { base: { current: { motorVehicles: 100_000 } } }), d("2024-12-31"))
    expect(r).toMatchObject({ status: "met", actual: 2.1 })
    expect(evaluateTarget(t, ctx([...road, accident("R22", "2024-05-01T10:00:00+08:00", 1, { kind: "road-traffic" })], { base: { current: { motorVehicles: 100_000 } } }), d("2024-12-31")).status).toBe("not-met")
  })

  it("a missing base figure is indeterminate and named", () => {
    const t = target({ metric: "deaths-per-100k-population", bound: "decrease", value: 0 })
    expect(evaluateTarget(t, ctx(deaths(2024, 1), { base: { current: { population: 800_000 } } }), d("2024-12-31"))).toMatchObject({
      status: "indeterminate",
      missing: ["base.previous.population"]
    })
    expect(evaluateTarget(target({ metric: "other", bound: "at-most", value: 1 }), ctx([]), d("2024-12-31")).missing).toEqual(["target.metric"])
  })
})

describe("scope", () => {
  it("counts accidents within the unit's jurisdiction (GB/T 2260 prefixes without a tree)", () => {
    expect(isWithinJurisdiction(townCode(0), DISTRICT)).toBe(true)
    expect(isWithinJurisdiction(townCode(0), "441300")).toBe(true)
    expect(isWithinJurisdiction("441303101", DISTRICT)).toBe(false)
    const t = target({ metric: "deaths", bound: "at-most", value: 5 })
    const other = accident("X", "2024-05-01T10:00:00+08:00", 4, { jurisdiction: townCode(1) })
    const r = evaluateTarget(t, { ...ctx([accident("Y", "2024-05-01T10:00:00+08:00", 2), other]), jurisdiction: townCode(0) }, d("2024-12-31"))
    expect(r).toMatchObject({ actual: 2, accidents: ["Y"] })
  })

  it("days are Beijing days: 2024-04-01 02:00+08:00 is in Q2", () => {
    const t = target({ metric: "deaths", bound: "at-most", value: 0 })
    const a = accident("N", "2024-04-01T02:00:00+08:00", 1)
    expect(evaluateTarget(t, ctx([a]), d("2024-03-31")).status).toBe("met")
    expect(evaluateTarget(t, ctx([a]), d("2024-04-01")).status).toBe("not-met")
  })
})

describe("publication (seed 000 line 19: 每季度公布; seed 003 line 21: 每月公布)", () => {
  it("quarters and months", () => {
    expect(publicationPeriods(2024, "quarterly").map((p) => `${p.label} ${CalendarDate.format(p.from)}…${CalendarDate.format(p.to)}`)).toEqual([
      "2024-Q1 2024-01-01…2024-03-31",
      "2024-Q2 2024-04-01…2024-06-30",
      "2024-Q3 2024-07-01…2024-09-30",
      "2024-Q4 2024-10-01…2024-12-31"
    ])
    expect(publicationPeriods(2024, "monthly")[1]).toEqual({ label: "2024-02", from: d("2024-02-01"), to: d("2024-02-29") })
  })

  it("bulletins due as of a day, each cumulative from 1 January, per unit", () => {
    const units = Schema.decodeUnknownSync(Schema.Array(UnitTargets))([
      { unit: "陈江镇", jurisdiction: townCode(0), targets: [{ metric: "max-deaths-per-accident", bound: "at-most", value: 2 }] }
    ])
    const accidents = decodeAccidents([accident("A", "2024-05-10T10:00:00+08:00", 3)])
    const q = indicatorBulletins({ year: 2024, cadence: "quarterly", units, accidents }, d("2024-07-15"))
    expect(q.map((b) => [b.period.label, b.rows[0]!.results[0]!.status])).toEqual([["2024-Q1", "met"], ["2024-Q2", "not-met"]])
    expect(indicatorBulletins({ year: 2024, cadence: "monthly", units, accidents }, d("2024-07-15"))).toHaveLength(6)
  })

  it("targets come from the agreements' lower parties", () => {
    const units = targetsFromAgreements(Schema.decodeUnknownSync(Schema.Array(ResponsibilityAgreement))(agreements))
    expect(units[0]).toMatchObject({ unit: "陈江镇人民政府", jurisdiction: townCode(0) })
    expect(units[0]!.targets).toHaveLength(2)
    expect(units.some((u) => u.unit === "区安监局")).toBe(false) // no jurisdiction on the department party
  })
})

describe("Effect and Promise entries", () => {
  const input = {
    year: 2024,
    units: [{ unit: "陈江镇", jurisdiction: townCode(0), targets: [{ metric: "deaths", bound: "at-most", value: 1 }] }],
    accidents: [accident("A", "2024-05-10T10:00:00+08:00", 2)]
  }
  it("evaluate unit targets as of a date string", () => {
    const [row] = Effect.runSync(evaluateUnitTargetsEffect(input, { asOf: "2024-06-30" }))
    expect(row!.results[0]).toMatchObject({ status: "not-met", actual: 2 })
  })
  it("publish bulletins", async () => {
    expect(await indicatorBulletinsPromise(input, { cadence: "quarterly", asOf: "2024-12-31" })).toHaveLength(4)
  })
})
