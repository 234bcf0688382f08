import { addWorkingDays, CalendarDate } from "@anquan/core"
import { Effect, Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  checkInvestigation,
  checkInvestigationEffect,
  checkInvestigationPromise,
  checkInvestigations,
  checkInvestigationsPromise,
  deadlineFrom,
  delegationToUnit,
  InvestigationCase,
  requiredInvestigatingLevel
} from "./index.ts"

// 一般: 1 death. The accident day is 2024-05-01 (Beijing), though the instant is 2024-04-30 in UTC.
const accident = {
  id: "SG-2024-011",
  occurredAt: "2024-05-01T02:00:00+08:00",
  jurisdiction: "320571",
  subject: "914403001922038216",
  sector: "industry-trade",
  deaths: 1,
  seriousInjuries: 0,
  directLossYuan: 800_000,
  description: "机械伤害"
}
const especially = { ...accident, id: "SG-2024-030", deaths: 30 }

const decode = (u: unknown) => Schema.decodeUnknownSync(InvestigationCase)(u)
const make = (extra: Record<string, unknown> = {}, accidentExtra: Record<string, unknown> = {}) =>
  decode({ accident: { ...accident, ...accidentExtra }, ...extra })
const day = CalendarDate.make
const after = (n: number) => CalendarDate.format(CalendarDate.addDays(day("2024-05-01"), n))
const ids = (c: { findings: ReadonlyArray<{ ruleId: string }> }) => c.findings.map((f) => f.ruleId)

describe("investigating level (第十九条)", () => {
  it("maps each grade to its government", () => {
    expect(requiredInvestigatingLevel("especially-serious")).toBe("state-council")
    expect(requiredInvestigatingLevel("serious")).toBe("province")
    expect(requiredInvestigatingLevel("relatively-serious")).toBe("city")
    expect(requiredInvestigatingLevel("general")).toBe("county")
    const levels = [
      [{ deaths: 30 }, "state-council"], [{ deaths: 29 }, "province"], [{ deaths: 10 }, "province"], [{ deaths: 9 }, "city"],
      [{ deaths: 3 }, "city"], [{ deaths: 2 }, "county"]
    ] as const
    for (const [figures, level] of levels) expect(checkInvestigation(make({}, figures), day("2024-05-02")).level.required).toBe(level)
  })

  it("flags an investigation below the required level, not one above it", () => {
    const below = checkInvestigation(make({ investigatedBy: "county" }, { deaths: 3 }), day("2024-05-02"))
    expect(below.level.status).toBe("below-required")
    expect(ids(below)).toEqual(["accident-investigation/level-below-required"])
    expect(below.findings[0]!.citation).toEqual({ document: "accident-reporting-2007", article: 19, verified: true })
    const higher = checkInvestigation(make({ investigatedBy: "province" }, { deaths: 3 }), day("2024-05-02"))
    expect(higher.level.status).toBe("higher")
    expect(ids(higher)).toEqual([])
  })

  it("allows delegation to the unit only for a 一般 accident without casualties", () => {
    const none = { deaths: 0, seriousInjuries: 0, minorInjuries: 0 }
    expect(delegationToUnit(make({}, none).accident)).toBe("allowed")
    expect(delegationToUnit(make({}, { ...none, minorInjuries: 1 }).accident)).toBe("not-allowed")
    expect(delegationToUnit(make({}, { deaths: 0, seriousInjuries: 0 }).accident)).toBe("indeterminate")
    expect(delegationToUnit(make({}, { ...none, missing: 1 }).accident)).toBe("not-allowed")
    expect(delegationToUnit(make({}, { ...none, directLossYuan: 10_000_000 }).accident)).toBe("not-allowed") // 较大 by loss

    const allowed = checkInvestigation(make({ investigatedBy: "unit" }, none), day("2024-05-02"))
    expect(allowed.level.status).toBe("delegated")
    expect(ids(allowed)).toEqual([])
    const refused = checkInvestigation(make({ investigatedBy: "unit" }), day("2024-05-02"))
    expect(ids(refused)).toEqual(["accident-investigation/delegation-not-allowed"])
    expect(refused.findings[0]!.party).toBe("county")
  })
})

describe("report deadline (第二十九条)", () => {
  it("runs 60 days from the accident's Beijing day: day 60 on time, day 61 late", () => {
    const onTime = checkInvestigation(make({ reportSubmittedOn: after(60) }), day(after(70)))
    expect(CalendarDate.format(onTime.report.deadline!)).toBe("2024-06-30")
    expect(onTime.report.status).toBe("on-time")
    expect(ids(onTime)).toEqual([])
    const late = checkInvestigation(make({ reportSubmittedOn: after(61) }), day(after(70)))
    expect(late.report.status).toBe("late")
    expect(ids(late)).toEqual(["accident-investigation/report-overdue"])
    expect(late.findings[0]!.citation).toEqual({ document: "accident-reporting-2007", article: 29, verified: true })
  })

  it("is pending on day 60 and overdue on day 61 when nothing is submitted", () => {
    expect(checkInvestigation(make(), day(after(60))).report.status).toBe("pending")
    const overdue = checkInvestigation(make(), day(after(61)))
    expect(overdue.report.status).toBe("overdue")
    expect(ids(overdue)).toEqual(["accident-investigation/report-overdue"])
    expect(overdue.findings[0]!.kind).toBe("reporting")
  })

  it("extends by at most 60 days: day 120 on time, 121 late; a 61-day extension is flagged and capped", () => {
    const ext = (days: number) => [{ days, approvedOn: after(50) }]
    expect(checkInvestigation(make({ reportExtensions: ext(60), reportSubmittedOn: after(120) }), day(after(130))).report.status).toBe("on-time")
    const late = checkInvestigation(make({ reportExtensions: ext(60), reportSubmittedOn: after(121) }), day(after(130)))
    expect(late.report.status).toBe("late")
    expect(ids(late)).toEqual(["accident-investigation/report-overdue"])
    const over = checkInvestigation(make({ reportExtensions: [{ days: 30, approvedOn: after(50) }, { days: 31, approvedOn: after(55) }], reportSubmittedOn: after(121) }), day(after(130)))
    expect(over.report).toMatchObject({ extensionDays: 60, extensionDaysRequested: 61, status: "late" })
    expect(ids(over).sort()).toEqual(["accident-investigation/report-extension-over-limit", "accident-investigation/report-overdue"])
  })

  it("does not count 技术鉴定 time (第二十七条, unverified): a closed appraisal moves the deadline by its days, a running one keeps it from falling due", () => {
    const closed = checkInvestigation(make({ technicalAppraisals: [{ from: after(20), to: after(29) }], reportSubmittedOn: after(70) }), day(after(80)))
    expect(closed.report).toMatchObject({ excludedDays: 10, status: "on-time" })
    expect(CalendarDate.format(closed.report.deadline!)).toBe(after(70))
    expect(checkInvestigation(make({ technicalAppraisals: [{ from: after(20), to: after(29) }], reportSubmittedOn: after(71) }), day(after(80))).report.status).toBe("late")
    const running = make({ technicalAppraisals: [{ from: after(50) }] })
    expect(checkInvestigation(running, day(after(100))).report.status).toBe("pending")
    expect(checkInvestigation(make({ technicalAppraisals: [{ from: after(90) }] }), day(after(61))).report.status).toBe("overdue") // not started yet
    expect(() => make({ technicalAppraisals: [{ from: after(20), to: after(19) }] })).toThrow('at ["technicalAppraisals"][0]["to"]')
  })

  it("does not count an extension approved after the as-of day", () => {
    const c = make({ reportExtensions: [{ days: 30, approvedOn: after(62) }] })
    expect(checkInvestigation(c, day(after(61))).report.status).toBe("overdue")
    expect(checkInvestigation(c, day(after(62))).report.status).toBe("pending")
  })

  it("counts from the start of the investigation, or with the first day included, when asked", () => {
    const c = make({ startedOn: after(5) })
    expect(CalendarDate.format(checkInvestigation(c, day(after(1)), { reportClockFrom: "investigation-start" }).report.deadline!)).toBe(after(65))
    const included = checkInvestigation(make(), day(after(1)), { firstDay: "included" })
    expect(CalendarDate.format(included.report.deadline!)).toBe(after(59))
    expect(included.counting).toEqual({ reportClockFrom: "accident-day", approvalClockFrom: "report-submitted", firstDay: "included", dayKind: "calendar", technicalAppraisalDays: "calendar-inclusive", verified: false })
  })

  it("counts working days only with a caller's calendar", () => {
    const weekdays = (d: Date) => d.getUTCDay() !== 0 && d.getUTCDay() !== 6
    // 2024-05-01 is a Wednesday: 5 working days later is Wednesday 05-08
    expect(CalendarDate.format(deadlineFrom(day("2024-05-01"), 5, { dayKind: "working", isWorkingDay: weekdays }))).toBe("2024-05-08")
    expect(() => deadlineFrom(day("2024-05-01"), 5, { dayKind: "working" })).toThrow(RangeError)
    // the shared working-day calendar (@anquan/core's, as enforcement counts 第七十八条): a fictional one here
    const calendar = { holidays: [day("2024-05-02"), day("2024-05-03")], workdays: [day("2024-05-04")] }
    expect(CalendarDate.format(deadlineFrom(day("2024-05-01"), 5, { dayKind: "working", calendar }))).toBe("2024-05-09")
    expect(deadlineFrom(day("2024-05-01"), 5, { dayKind: "working", calendar })).toEqual(addWorkingDays(day("2024-05-01"), 5, calendar))
  })
})

describe("approval deadline (第三十二条)", () => {
  const submitted = after(40)
  const from = (n: number) => CalendarDate.format(CalendarDate.addDays(day(submitted), n))

  it("15 days for 一般: day 15 on time, day 16 late", () => {
    expect(checkInvestigation(make({ reportSubmittedOn: submitted, approvedOn: from(15) }), day(from(20))).approval.status).toBe("on-time")
    const late = checkInvestigation(make({ reportSubmittedOn: submitted, approvedOn: from(16) }), day(from(20)))
    expect(late.approval.status).toBe("late")
    expect(ids(late)).toEqual(["accident-investigation/approval-overdue"])
    expect(late.findings[0]!.citation.article).toBe(32)
    expect(checkInvestigation(make({ reportSubmittedOn: submitted }), day(from(15))).approval.status).toBe("pending")
    expect(checkInvestigation(make({ reportSubmittedOn: submitted }), day(from(16))).approval.status).toBe("overdue")
  })

  it("waits for the report", () => {
    expect(checkInvestigation(make(), day(after(10))).approval.status).toBe("waiting")
  })

  it("30 days for 特别重大: day 30 on time, day 31 late", () => {
    const c = (approvedOn: string) => decode({ accident: especially, reportSubmittedOn: submitted, approvedOn })
    expect(checkInvestigation(c(from(30)), day(from(40))).approval.status).toBe("on-time")
    expect(checkInvestigation(c(from(31)), day(from(40))).approval.status).toBe("late")
  })

  it("特别重大 extends by at most 30: day 60 on time, day 61 late; 31 days is flagged", () => {
    const c = (approvedOn: string, days = 30) => decode({ accident: especially, reportSubmittedOn: submitted, approvalExtensions: [{ days, approvedOn: from(20) }], approvedOn })
    expect(checkInvestigation(c(from(60)), day(from(70))).approval.status).toBe("on-time")
    expect(checkInvestigation(c(from(61)), day(from(70))).approval.status).toBe("late")
    expect(ids(checkInvestigation(c(from(60), 31), day(from(70))))).toEqual(["accident-investigation/approval-extension-over-limit"])
  })

  it("a 一般 accident's 15 days cannot be extended", () => {
    const r = checkInvestigation(make({ reportSubmittedOn: submitted, approvalExtensions: [{ days: 10, approvedOn: from(5) }], approvedOn: from(20) }), day(from(30)))
    expect(r.approval.extensionDays).toBe(0)
    expect(ids(r).sort()).toEqual(["accident-investigation/approval-extension-over-limit", "accident-investigation/approval-overdue"])
  })
})

describe("closure (四不放过, 结案备案: seed 003)", () => {
  it("lists the five checklist items with the seed as source and closes only when all are done", () => {
    const open = checkInvestigation(make({ reportSubmittedOn: after(50), approvedOn: after(60), closure: { causeIdentified: true, responsibleHandled: false } }), day(after(90)))
    expect(open.closure.status).toBe("open")
    expect(open.closure.items.map((i) => `${i.id}:${i.status}`)).toEqual([
      "cause-identified:done", "responsible-handled:not-done", "measures-taken:unknown", "lessons-learned:unknown", "filed:not-done"
    ])
    for (const i of open.closure.items) expect(i.source.seed).toBe("003")
    expect(open.findings).toEqual([]) // checklist items, not law findings

    const all = { causeIdentified: true, responsibleHandled: true, measuresTaken: true, lessonsLearned: true, filedOn: after(100) }
    expect(checkInvestigation(make({ closure: all }), day(after(99))).closure.status).toBe("open")
    expect(checkInvestigation(make({ closure: all }), day(after(100))).closure.status).toBe("closed")
  })

  it("derives 责任人员已处理 from the people held responsible when not stated", () => {
    const responsible = [
      { person: { name: "王五" }, accountabilityRule: "enterprise-direct", handledOn: after(80) },
      { person: { name: "赵六" }, accountabilityRule: "enterprise-principal-fine", handledOn: after(95) }
    ]
    const status = (asOf: string, closure: Record<string, unknown> = {}) =>
      checkInvestigation(make({ responsible, closure }), day(asOf)).closure.items.find((i) => i.id === "responsible-handled")!.status
    expect(status(after(90))).toBe("not-done")
    expect(status(after(95))).toBe("done")
    expect(status(after(95), { responsibleHandled: false })).toBe("not-done")
  })

  it("hands the safe-conditions finding to closureTriggers' shape", () => {
    expect(checkInvestigation(make({ unsafeConditionsCaused: true }), day(after(1))).unsafeConditionsFinding)
      .toEqual({ accident: "SG-2024-011", unsafeConditionsCaused: true })
  })
})

describe("decoding and entries", () => {
  it("reports each bad field with its path", () => {
    const r = checkInvestigations([
      { accident, reportSubmittedOn: "2024-04-30", approvedOn: "2024-05-10", reportExtensions: [{ days: 10, approvedOn: "2024-04-29" }] },
      { accident, investigatedBy: "township", reportExtensions: [{ days: 0, approvedOn: "2024-05-02" }] },
      { accident, approvedOn: "2024-06-01" },
      { accident, reportSubmittedOn: after(61) }
    ], day(after(70)))
    expect(r.checks.map((c) => c.accidentId)).toEqual(["SG-2024-011"])
    expect(r.rejected.map((x) => x.index)).toEqual([0, 1, 2])
    const paths = r.rejected.map((x) => x.issues.map((i) => i.path.join(".")))
    expect(paths[0]).toEqual(["0.reportSubmittedOn", "0.reportExtensions.0.approvedOn"])
    expect(paths[1]).toEqual(["1.investigatedBy", "1.reportExtensions.0.days"])
    expect(paths[2]).toEqual(["2.reportSubmittedOn"])
    expect(r.summary).toEqual({ cases: 1, withFindings: 1, reportOverdue: 1, approvalOverdue: 0, open: 1 })
  })

  it("Effect and Promise entries decode and take a YYYY-MM-DD as-of", async () => {
    const viaEffect = Effect.runSync(checkInvestigationEffect({ accident }, { asOf: after(61) }))
    expect(viaEffect.report.status).toBe("overdue")
    const viaPromise = await checkInvestigationPromise({ accident }, { asOf: after(60) })
    expect(viaPromise.report.status).toBe("pending")
    await expect(checkInvestigationPromise({ accident: { ...accident, deaths: -1 } }, { asOf: after(1) })).rejects.toThrow()
  })

  it("the batch entries take an array only, and keep every case", async () => {
    const r = await checkInvestigationsPromise([{ accident }, { accident: { ...accident, id: "" } }], { asOf: after(61) })
    expect(r.checks.map((c) => c.report.status)).toEqual(["overdue"])
    expect(r.rejected.map((x) => x.issues.map((i) => i.path.join(".")))).toEqual([["1.accident.id"]])
    await expect(checkInvestigationsPromise({ accident }, { asOf: after(61) })).rejects.toThrow(/Expected array/)
  })

  it("is not applicable before 2007-06-01", () => {
    const r = checkInvestigation(make({}, { occurredAt: "2007-05-01T10:00:00+08:00" }), day("2007-12-31"))
    expect(r.applicable).toBe(false)
    expect(r.findings).toEqual([])
  })
})
