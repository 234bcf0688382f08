import { Accident, CalendarDate } from "@anquan/core"
import { Effect, Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  AssessedUnit,
  assess,
  assessEffect,
  AssessmentError,
  AssessmentScheme,
  assessPromise,
  pointsFromRate,
  pointsFromTargets,
  seed000Veto,
  type TargetResult
} from "./index.ts"
import { accident, creditCode, townCode } from "./seed000.fixtures.ts"

const d = CalendarDate.make
const scheme = Schema.decodeUnknownSync(AssessmentScheme)({
  title: { "zh-CN": "镇安全生产责任制考核", en: "Township responsibility-system assessment" },
  items: [
    { id: "targets", title: { "zh-CN": "控制指标", en: "Control targets" }, weight: 40 },
    { id: "agreements", title: { "zh-CN": "责任书签订", en: "Agreements" }, weight: 30 },
    { id: "duties", title: { "zh-CN": "履职情况", en: "Duties" }, weight: 30 }
  ],
  passScore: 60,
  veto: seed000Veto
})
const town = Schema.decodeUnknownSync(AssessedUnit)({ name: "陈江镇", jurisdiction: townCode(0) })
const scores = [{ item: "targets", points: 40 }, { item: "agreements", points: 22.5 }, { item: "duties", points: 25 }]
const accidents = (list: ReadonlyArray<unknown>) => Schema.decodeUnknownSync(Schema.Array(Accident))(list)
const period = { from: d("2024-01-01"), to: d("2024-12-31") }

describe("assess", () => {
  it("sums weighted points and passes at the pass mark", () => {
    const r = assess({ scheme, unit: town, scores, accidents: [], period }, d("2024-12-31"))
    expect(r).toMatchObject({ score: 87.5, maxScore: 100, percent: 87.5, outcome: "passed", vetoed: false, eligibleForHonours: true })
    expect(assess({ scheme, unit: town, scores: [{ item: "targets", points: 10 }, { item: "agreements", points: 20 }, { item: "duties", points: 29.99 }], accidents: [], period }, d("2024-12-31")).outcome).toBe("failed")
  })

  // seed 000 line 21: 一票否决 — 对凡发生重大事故的单位和个人,均不能评为先进; line 17 calls an accident of
  // 3 or more deaths 重大, which is 较大 and above under 条例 第三条.
  it("one-vote veto: a 3-death accident in the town fails it whatever its score", () => {
    const r = assess({ scheme, unit: town, scores, accidents: accidents([accident("A3", "2024-08-01T10:00:00+08:00", 3)]), period }, d("2024-12-31"))
    expect(r).toMatchObject({ score: 87.5, vetoed: true, outcome: "vetoed", eligibleForHonours: false })
    expect(r.vetoedBy).toEqual([{ accident: "A3", grade: "relatively-serious", occurredOn: d("2024-08-01") }])
  })

  it("2 deaths do not veto; neither does an accident after the as-of day or in another town", () => {
    const list = accidents([
      accident("A2", "2024-08-01T10:00:00+08:00", 2),
      accident("A3-later", "2024-11-01T10:00:00+08:00", 3),
      accident("A3-elsewhere", "2024-08-01T10:00:00+08:00", 3, { jurisdiction: townCode(1) })
    ])
    const r = assess({ scheme, unit: town, scores, accidents: list, period }, d("2024-10-31"))
    expect(r).toMatchObject({ vetoed: false, outcome: "passed", period: { from: d("2024-01-01"), to: d("2024-10-31") } })
  })

  it("an enterprise is vetoed by its own accidents (credit code)", () => {
    const code = creditCode(4)
    const list = accidents([accident("E1", "2024-08-01T10:00:00+08:00", 0, { subject: code, directLossYuan: 10_000_000 })]) // 1000万元: 较大
    expect(assess({ scheme, unit: Schema.decodeUnknownSync(AssessedUnit)({ name: "三百人厂", creditCode: code }), scores, accidents: list, period }, d("2024-12-31")).outcome).toBe("vetoed")
  })

  it("items without a score make the result incomplete; a veto still wins", () => {
    expect(assess({ scheme, unit: town, scores: scores.slice(0, 2), accidents: [], period }, d("2024-12-31"))).toMatchObject({ outcome: "incomplete", missingItems: ["duties"] })
    expect(assess({ scheme, unit: town, scores: [], accidents: accidents([accident("A", "2024-02-01T10:00:00+08:00", 10)]), period }, d("2024-12-31")).outcome).toBe("vetoed")
  })

  it("scores that do not fit the scheme throw an AssessmentError listing every problem", () => {
    const bad = [{ item: "targets", points: 41 }, { item: "x", points: 1 }, { item: "duties", points: 1 }, { item: "duties", points: 1 }]
    expect(() => assess({ scheme, unit: town, scores: bad, accidents: [], period }, d("2024-12-31"))).toThrow(AssessmentError)
    try {
      assess({ scheme, unit: town, scores: bad, accidents: [], period }, d("2024-12-31"))
    } catch (e) {
      expect((e as AssessmentError).problems).toEqual([
        'item "targets": 41 points exceed its weight 40',
        'unknown item "x"',
        'item "duties" is scored twice'
      ])
    }
  })
})

describe("points helpers", () => {
  const res = (status: TargetResult["status"]) => ({ status }) as TargetResult
  it("from control targets and from a coverage rate", () => {
    expect(pointsFromTargets(40, [res("met"), res("met"), res("not-met"), res("met")])).toBe(30)
    expect(pointsFromTargets(40, [res("met"), res("indeterminate")])).toBeUndefined()
    expect(pointsFromRate(30, 0.75)).toBe(22.5)
    expect(pointsFromRate(30, undefined)).toBeUndefined()
    expect(() => pointsFromRate(30, 1.2)).toThrow(RangeError)
  })
})

describe("Effect and Promise entries", () => {
  const input = {
    scheme: Schema.encodeSync(AssessmentScheme)(scheme),
    unit: town,
    scores,
    accidents: [accident("A3", "2024-08-01T10:00:00+08:00", 3)],
    period: { from: "2024-01-01", to: "2024-12-31" }
  }
  it("decode and assess", async () => {
    expect(Effect.runSync(assessEffect(input, { asOf: "2024-07-31" })).outcome).toBe("passed")
    expect((await assessPromise(input, { asOf: "2024-12-31" })).outcome).toBe("vetoed")
  })
  it("fail with a typed AssessmentError", () => {
    const r = Effect.runSync(Effect.result(assessEffect({ ...input, scores: [{ item: "nope", points: 1 }] }, { asOf: "2024-12-31" })))
    expect(Result.isFailure(r) && r.failure._tag).toBe("AssessmentError")
  })
})
