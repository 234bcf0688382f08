import { CalendarDate } from "@anquan/core"
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  campaignProgress,
  getTemplate,
  instantiate,
  reportObligations,
  reportStates,
  SubmittedReport,
  summarizeReports
} from "../src/index.ts"

const d = CalendarDate.make
const submitted = Schema.decodeUnknownSync(Schema.Array(SubmittedReport))
// Seed 003, line 21 四、(三)(四): 实施方案 by 04-16; 按月统计、报送; 每季度工作小结; 11月15日前 全年总结.
const plain = instantiate(getTemplate("work-safety-year-2010"), { jurisdictions: ["650100"] })
const local = instantiate(getTemplate("work-safety-year-2010"), {
  jurisdictions: ["650100"],
  reportingDueDays: { monthly: { dueDay: 5, dueMonthOffset: 1 } }
})
const received = submitted([
  { kind: "once", id: "implementation-plans", submittedOn: "2010-04-15" },
  { kind: "monthly", period: "2010-04", submittedOn: "2010-05-04" },
  { kind: "monthly", period: "2010-05", submittedOn: "2010-06-08" },
  { kind: "quarterly", period: "2010-Q2", submittedOn: "2010-07-03" },
  { kind: "monthly", period: "2010-07", submittedOn: "2010-08-01" }
])
const key = (s: { kind: string; period?: string; id?: string }) => s.period ?? s.id ?? s.kind

describe("report obligations of the work-safety year (seed 003)", () => {
  it("one 实施方案, 9 monthly (2010-04 … 12), 3 quarterly (Q2 … Q4) and the annual summary", () => {
    const o = reportObligations(plain)
    expect(o.map(key)).toEqual([
      "implementation-plans",
      "2010-04", "2010-05", "2010-06", "2010-07", "2010-08", "2010-09", "2010-10", "2010-11", "2010-12",
      "2010-Q2", "2010-Q3", "2010-Q4",
      "final"
    ])
    expect(o.filter((x) => x.due !== undefined).map((x) => CalendarDate.format(x.due!))).toEqual(["2010-04-16", "2010-11-15"])
    expect(o[11]?.periodWindow).toEqual({ from: d("2010-07-01"), to: d("2010-09-30") })
  })

  it("without due days, a report is submitted or outstanding, never late (as of 2010-07-20)", () => {
    const s = reportStates(reportObligations(plain), received, d("2010-07-20"))
    expect(s.map((x) => [key(x), x.status])).toEqual([
      ["implementation-plans", "on-time"],
      ["2010-04", "submitted"], ["2010-05", "submitted"], ["2010-06", "outstanding"], ["2010-07", "pending"],
      ["2010-08", "pending"], ["2010-09", "pending"], ["2010-10", "pending"], ["2010-11", "pending"], ["2010-12", "pending"],
      ["2010-Q2", "submitted"], ["2010-Q3", "pending"], ["2010-Q4", "pending"],
      ["final", "pending"]
    ])
    expect(summarizeReports(s)).toEqual({
      obligations: 14, onTime: 1, late: 0, submitted: 3, overdue: 0, pending: 9, outstanding: 1, decided: 1, onTimeRate: 1
    })
  })

  it("with a local due day (5th of the next month), May is late and June overdue", () => {
    const s = reportStates(reportObligations(local), received, d("2010-07-20"))
    const monthly = s.filter((x) => x.kind === "monthly").slice(0, 4)
    expect(monthly.map((x) => [x.period, CalendarDate.format(x.due!), x.status])).toEqual([
      ["2010-04", "2010-05-05", "on-time"],
      ["2010-05", "2010-06-05", "late"],
      ["2010-06", "2010-07-05", "overdue"],
      ["2010-07", "2010-08-05", "pending"]
    ])
    // A submission after the as-of date does not count yet: July was sent on 08-01.
    expect(summarizeReports(s)).toMatchObject({ onTime: 2, late: 1, overdue: 1, decided: 4, onTimeRate: 0.5 })
  })

  it("the annual summary is late after 11-15, and counts once per reporter", () => {
    const reporters = ["天山区", "沙依巴克区"]
    const s = reportStates(
      reportObligations(plain, { reporters }).filter((o) => o.kind === "final"),
      submitted([{ kind: "final", reporter: "天山区", submittedOn: "2010-11-12" }]),
      d("2010-11-16")
    )
    expect(s.map((x) => [x.reporter, x.status])).toEqual([["天山区", "on-time"], ["沙依巴克区", "overdue"]])
  })

  it("clamps a due day to the month's length", () => {
    const c = { ...local, reporting: [{ kind: "monthly" as const, dueDay: 31 }] }
    expect(reportObligations(c).slice(0, 3).map((o) => CalendarDate.format(o.due!))).toEqual(["2010-04-30", "2010-05-31", "2010-06-30"])
  })

  it("campaignProgress reports them with the other progress figures", () => {
    const p = campaignProgress({ campaign: local, roster: [], hazards: [], inspections: [], reports: received }, d("2010-07-20"))
    expect(p.reports.summary).toMatchObject({ onTime: 2, late: 1, overdue: 1 })
    expect(p.units.rate).toBeUndefined()
  })

  it("SubmittedReport checks the period's form", () => {
    const r = Schema.decodeUnknownResult(SubmittedReport)({ kind: "monthly", period: "2010-Q2", submittedOn: "2010-07-01" })
    expect(Result.isFailure(r) && r.failure.message).toContain("a monthly report names its month, YYYY-MM")
    expect(Schema.is(SubmittedReport)({ kind: "quarterly", period: "2010-13", submittedOn: d("2010-07-01") })).toBe(false)
  })
})
