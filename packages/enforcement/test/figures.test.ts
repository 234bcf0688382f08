// Overdue orders (boundaries), 第七十八条 publication (working days, the calendar as input) and
// the statistics against seed 002's target, on cases built through the life cycle.
import { CalendarDate } from "@anquan/core"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Result, Schema } from "effect"
import type { CaseRecordInput, EnforcementCase } from "../src/index.ts"
import {
  addWorkingDays,
  caseOfRecord,
  caseStatistics,
  CaseRecord,
  decodeCaseRecords,
  oneYearEarlier,
  overdueOrders,
  publicationFindings,
  seed002PenaltyCaseTarget,
  workingDaysBetween
} from "../src/index.ts"
import { art97_7, record } from "./fixtures.ts"

const d = CalendarDate.make
const build = (r: CaseRecordInput): EnforcementCase => {
  const c = caseOfRecord(Schema.decodeUnknownSync(CaseRecord)(r))
  if (Result.isFailure(c)) throw new Error(c.failure.message)
  return c.success
}
const ordered = (id: string, deadline: string, more: Partial<CaseRecordInput> = {}) =>
  build(record({ id, orders: [{ issuedOn: "2026-03-03", deadline, findingIds: [] }], ...more }))

describe("overdue orders", () => {
  it("the deadline day is not overdue; the day after is 1 day overdue", () => {
    const c = ordered("C1", "2026-03-17")
    expect(overdueOrders([c], d("2026-03-17"))).toEqual([])
    const late = overdueOrders([c], d("2026-03-18"))
    expect(late.map((o) => [o.caseId, o.daysOverdue])).toEqual([["C1", 1]])
    expect(overdueOrders([c], d("2026-04-17"))[0]?.daysOverdue).toBe(31)
  })

  it("a passed review by the as-of day ends it; a failed one does not; later steps are not known yet", () => {
    const passed = ordered("C2", "2026-03-17", { reviews: [{ on: "2026-03-20", outcome: "rectified" }] })
    expect(overdueOrders([passed], d("2026-03-19")).map((o) => o.daysOverdue)).toEqual([2])
    expect(overdueOrders([passed], d("2026-03-20"))).toEqual([])
    const failed = ordered("C3", "2026-03-17", { reviews: [{ on: "2026-03-18", outcome: "not-rectified" }] })
    expect(overdueOrders([failed], d("2026-03-25"))[0]?.lastReview?.outcome).toBe("not-rectified")
    // an order issued after the as-of day is not in force yet
    expect(overdueOrders([ordered("C4", "2026-03-10")], d("2026-03-02"))).toEqual([])
  })

  it("most overdue first", () => {
    const list = overdueOrders([ordered("A", "2026-03-17"), ordered("B", "2026-03-10"), ordered("C", "2026-03-17")], d("2026-03-20"))
    expect(list.map((o) => `${o.caseId}:${o.daysOverdue}`)).toEqual(["B:10", "A:3", "C:3"])
  })
})

describe("安全生产法 第七十八条: publication within 7 working days", () => {
  it("counts Monday to Friday from the day after the decision", () => {
    // 2026-03-20 is a Friday: working days 23, 24, 25, 26, 27, 30, 31 March → the 7th is Tuesday 31 March
    expect(CalendarDate.format(addWorkingDays(d("2026-03-20"), 7))).toBe("2026-03-31")
    expect(workingDaysBetween(d("2026-03-31"), d("2026-04-06"))).toBe(4)
  })

  it("holidays and adjusted working days come from the calendar given", () => {
    // a made-up calendar: 2026-03-23 a holiday, 2026-03-28 (Saturday) a working day
    const calendar = { holidays: [d("2026-03-23")], workdays: [d("2026-03-28")] }
    expect(CalendarDate.format(addWorkingDays(d("2026-03-20"), 7, calendar))).toBe("2026-03-31")
    expect(CalendarDate.format(addWorkingDays(d("2026-03-20"), 7, { holidays: [d("2026-03-23")] }))).toBe("2026-04-01")
  })

  it("published on the 7th working day is in time; the day after, or not at all, is a finding", () => {
    const decided = (id: string, publishedOn?: string) =>
      build(record({ id, penalty: { documentNo: `罚${id}`, decidedOn: "2026-03-20", basis: [art97_7], kinds: ["fine"], fineYuan: 20000, findingIds: [], ...(publishedOn === undefined ? {} : { publishedOn }) } }))
    const asOf = d("2026-04-10")
    const findings = publicationFindings([decided("A", "2026-03-31"), decided("B", "2026-04-01"), decided("C")], { asOf })
    expect(findings.map((f) => [f.caseId, f.deadline, f.publishedOn ?? null, f.workingDaysLate, f.calendar])).toEqual([
      ["B", "2026-03-31", "2026-04-01", 1, "weekends-only"],
      ["C", "2026-03-31", null, 8, "weekends-only"]
    ])
    expect(findings[0]?.citation).toEqual({ document: "work-safety-law-2021", article: 78, verified: true })
    expect(findings[1]?.message["zh-CN"]).toBe("行政处罚决定罚C（2026-03-20作出）应于2026-03-31前公开，截至2026-04-10未公开")
    // as of the deadline itself, nothing is late yet; a decision after the as-of day is not known
    expect(publicationFindings([decided("C")], { asOf: d("2026-03-31") })).toEqual([])
    expect(publicationFindings([decided("C")], { asOf: d("2026-03-19") })).toEqual([])
  })
})

describe("statistics against seed 002's target (+15 % non-accident penalty cases, 同比)", () => {
  const penalised = (id: string, decidedOn: string, over: Partial<CaseRecordInput> = {}) =>
    build(record({
      id,
      inspection: { on: decidedOn },
      findings: [{ id: "F1", on: decidedOn, description: "未持证上岗", hazardIds: [], rule: { ruleId: "work-safety-law/special-operator-certificates", penalties: [art97_7] } }],
      penalty: { documentNo: `罚${id}`, decidedOn, basis: [art97_7], kinds: ["fine"], fineYuan: 10000, findingIds: [] },
      ...over
    }))

  it("by department: the comparison period is the same days a year earlier, and printed", () => {
    const cases = [
      ...["2025-02-01", "2025-05-01", "2025-08-01"].map((on, i) => penalised(`P${i}`, on)),
      ...["2026-02-01", "2026-03-01", "2026-05-01", "2026-07-01"].map((on, i) => penalised(`N${i}`, on)),
      penalised("ACC", "2026-06-01", { origin: "accident" }),
      penalised("HZ", "2026-06-02", { department: "housing-construction", sector: "construction" })
    ]
    const s = caseStatistics(cases, { period: { from: d("2026-01-01"), to: d("2026-12-31") }, by: "department", target: seed002PenaltyCaseTarget })
    expect(s.comparisonPeriod).toEqual({ from: "2025-01-01", to: "2025-12-31" })
    const em = s.rows.find((r) => r.key === "emergency-management")!
    expect([em.figures.penaltyCases, em.figures.nonAccidentPenaltyCases, em.comparison.nonAccidentPenaltyCases]).toEqual([5, 4, 3])
    // 3 × 1.15 = 3.45: 4 is needed, 4 is there (+33.3 %)
    expect(em.target).toEqual({ metric: "non-accident-penalty-cases", growthPercent: 15, baseline: 3, required: 4, actual: 4, growth: "33.3", met: true })
    expect(s.total.figures.fineYuan).toBe(60000)
    const hc = s.rows.find((r) => r.key === "housing-construction")!
    expect(hc.target?.met).toBe(true) // 1 against 0: no growth figure, nothing required
    expect(hc.target?.growth).toBeNull()
    expect(s.rows.map((r) => r.key)).toEqual(["emergency-management", "housing-construction"])
  })

  it("the target is exact on integers: 20 → 23 meets +15 %, 22 does not", () => {
    const year = (y: number, n: number) => Array.from({ length: n }, (_, i) => penalised(`${y}-${i}`, `${y}-0${1 + (i % 9)}-1${i % 10}`))
    const s = (n: number) => caseStatistics([...year(2025, 20), ...year(2026, n)], { period: { from: d("2026-01-01"), to: d("2026-12-31") }, by: "sector", target: seed002PenaltyCaseTarget }).total.target
    expect(s(23)).toMatchObject({ baseline: 20, required: 23, actual: 23, met: true, growth: "15.0" })
    expect(s(22)).toMatchObject({ required: 23, actual: 22, met: false, growth: "10.0" })
  })

  it("by month: each month of the period against the same month a year earlier", () => {
    const cases = [penalised("A", "2025-02-10"), penalised("B", "2026-02-03"), penalised("C", "2026-02-20"), penalised("D", "2026-03-05")]
    const s = caseStatistics(cases, { period: { from: d("2026-02-15"), to: d("2026-03-31") }, by: "month", target: seed002PenaltyCaseTarget })
    expect(s.rows.map((r) => [r.key, r.figures.penaltyCases, r.comparison.penaltyCases, r.target?.met])).toEqual([
      ["2026-02", 1, 0, true], // 15–28 February: C only; a year earlier 15–28 February 2025: none (A is on the 10th)
      ["2026-03", 1, 0, true]
    ])
    expect(s.total.figures.penaltyCases).toBe(2)
  })

  it("29 February a year earlier is 28 February", () => {
    expect(CalendarDate.format(oneYearEarlier(d("2028-02-29")))).toBe("2027-02-28")
  })
})

describe("hostile case records: path-precise, nothing dropped", () => {
  const failure = (input: unknown) => {
    const exit = Effect.runSyncExit(Effect.flip(decodeCaseRecords(input)))
    if (exit._tag !== "Success") throw new Error("expected a failure")
    return exit.value
  }

  it("reports every bad field of every record with its path", () => {
    const e = failure({ cases: [record({ id: "C1", jurisdiction: "33038" }), { ...record({ id: "C2" }), inspection: { on: "2026-02-30" } }, record({ id: "C3" })] })
    const paths = e.issues.map((i) => i.path.join("."))
    expect(paths).toContain("cases.0.jurisdiction")
    expect(paths).toContain("cases.1.inspection.on")
  })

  it("runs every record through the life cycle: a penalty before its finding is refused at its path", () => {
    const bad = record({ id: "C1", penalty: { documentNo: "罚1", decidedOn: "2026-03-01", basis: [art97_7], kinds: ["fine"], findingIds: [] } })
    const e = failure([bad, record({ id: "C2", findings: [], penalty: { documentNo: "罚2", decidedOn: "2026-03-05", basis: [art97_7], kinds: ["fine"], findingIds: [] } }), record({ id: "C1" })])
    expect(e.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["0.penalty.decidedOn", "case C1: DecidePenalty decision.decidedOn 2026-03-01 must be on or after 2026-03-02 (finding F1)"],
      ["1.penalty", "case C2: DecidePenalty is not allowed at stage inspected (allowed at: findings-recorded, rectification-ordered, reviewed)"],
      ["2.id", "case C1 is listed twice (first at 0)"]
    ])
  })

  it("a closure before the last review is refused at closedOn", () => {
    const e = failure([record({ id: "C1", orders: [{ issuedOn: "2026-03-03", deadline: "2026-03-17", findingIds: [] }], reviews: [{ on: "2026-03-20", outcome: "rectified" }], closedOn: "2026-03-19" })])
    expect(e.issues.map((i) => [i.path.join("."), i.message])).toEqual([["0.closedOn", "case C1: CloseCase on 2026-03-19 must be on or after 2026-03-20 (the last review)"]])
  })

  it("refuses a stage given in a record rather than ignoring it", () => {
    // stage is derived: an extra key is not silently taken as the truth
    const e = failure([{ ...record({ id: "C1" }), stage: "closed" }])
    expect(e.issues.map((i) => i.path.join("."))).toEqual(["0.stage"])
  })
})
