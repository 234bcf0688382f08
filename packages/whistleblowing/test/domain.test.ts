// The pure parts: the life cycle's rules, the state on a day, overdue steps, figures, and the
// hand-over of a verified report of a hazard to the hazard ledger (which keeps the reporter redacted).
import { CalendarDate } from "@anquan/core"
import { makeLedger } from "@anquan/hazard-ledger"
import { describe, expect, it } from "@effect/vitest"
import { Result, Schema } from "effect"
import type { ReportEvent, ReportFile } from "../src/index.ts"
import {
  computeReportMetrics,
  reportMetricsByJurisdiction,
  rewardDecisionsOn,
  decide,
  defaultReportsConfig,
  ledgerReportOf,
  overdueSteps,
  ReportCommand,
  ReportsConfig,
  reportsBasis,
  stateOn,
  evolve
} from "../src/index.ts"
import { department, jurisdictions, officer, report, REPORTER_NAME, testConfig } from "./fixtures.ts"
import { leaks } from "./suite.ts"

const day = CalendarDate.make
const config = Schema.decodeUnknownSync(ReportsConfig)(testConfig)
const actor = { id: "P-1", name: "办理人" }

/** A file built by the same decide/evolve the store uses; `steps` are commands after Receive. */
const fileOf = (id: string, steps: ReadonlyArray<Record<string, unknown>>, over: object = {}): ReportFile => {
  let file: ReportFile | undefined
  const commands = [{ _tag: "Receive", report: { ...report({ id }), ...over } }, ...steps.map((s) => ({ reportId: id, ...s }))]
  commands.forEach((c, i) => {
    const decoded = decodeCommand(c)
    const body = decide(file, decoded, config)
    if (Result.isFailure(body)) throw body.failure
    file = evolve(file, { ...body.success, reportId: id, version: i + 1, at: new Date("2026-01-01T00:00:00.000Z"), actor } as ReportEvent)
  })
  return file!
}
const decodeCommand = Schema.decodeUnknownSync(ReportCommand)

const assigned = { _tag: "Assign", to: "执法大队", on: "2026-03-03" }
const verified = { _tag: "RecordFinding", on: "2026-03-10", outcome: "verified", finding: "属实" }

describe("the life cycle", () => {
  it("reads the state on any day from the dated steps", () => {
    const f = fileOf("JB-1", [assigned, verified, { _tag: "DecideReward", on: "2026-03-20", outcome: "granted", level: "L1", amountYuan: 1000 }])
    expect([day("2026-03-01"), day("2026-03-02"), day("2026-03-03"), day("2026-03-10"), day("2026-03-20")].map((d) => stateOn(f, d)))
      .toEqual([undefined, "received", "assigned", "verified", "reward-granted"])
  })

  it("grants no reward until reward levels are configured: none is built in", () => {
    const f = fileOf("JB-2", [assigned, verified])
    const r = decide(f, decodeCommand({ _tag: "DecideReward", reportId: "JB-2", on: "2026-03-20", outcome: "granted", level: "L1", amountYuan: 1000 }), defaultReportsConfig)
    expect(Result.isFailure(r) && r.failure.reason).toMatch(/no reward levels are configured/)
    const declined = decide(f, decodeCommand({ _tag: "DecideReward", reportId: "JB-2", on: "2026-03-20", outcome: "declined", reason: "匿名且无法联系" }), defaultReportsConfig)
    expect(Result.isSuccess(declined)).toBe(true)
  })

  it("applies a level to its categories only", () => {
    const f = fileOf("JB-3", [assigned, verified], { category: "hazard" })
    const r = decide(f, decodeCommand({ _tag: "DecideReward", reportId: "JB-3", on: "2026-03-20", outcome: "granted", level: "L1", amountYuan: 1000 }), config)
    expect(Result.isFailure(r) && r.failure.reason).toBe("reward level L1 applies to major-hazard, major-risk, violation, not to hazard")
  })

  it("cites the seed and the law as read, and the national 奖励办法 as unverified", () => {
    expect(reportsBasis.filter((b) => !b.verified).map((b) => b.document)).toEqual(["安全生产领域举报奖励办法 (安监总财〔2018〕19号)"])
    expect(reportsBasis.map((b) => b.provision).filter(Boolean)).toEqual(["(十三) 重奖激励安全生产隐患举报", "第七十三条", "第七十六条"])
  })
})

describe("deadlines and figures", () => {
  it("never marks a step late when its deadline is not configured, and says so", () => {
    const f = fileOf("JB-4", [])
    expect(overdueSteps(f, day("2027-01-01"), {})).toEqual([])
    const m = computeReportMetrics([f], day("2027-01-01"), defaultReportsConfig)
    expect(m.deadlinesNotConfigured).toEqual(["assignWithinDays", "findingWithinDays", "rewardDecisionWithinDays", "paymentWithinDays"])
    expect(m.overdue).toEqual([])
  })

  it("counts the reports received by the day, by state and category, with the verified rate", () => {
    const files = [
      fileOf("JB-5", [assigned, verified]),
      fileOf("JB-6", [assigned, { _tag: "RecordFinding", on: "2026-03-05", outcome: "not-verified", finding: "未发现" }], { category: "violation" }),
      fileOf("JB-7", [], { receivedOn: "2026-04-01" })
    ]
    const m = computeReportMetrics(files, day("2026-03-31"), config)
    expect(m).toMatchObject({ received: 2, checked: 2, verified: 1, verifiedRate: 0.5, byCategory: { "major-hazard": 1, violation: 1, hazard: 0, "major-risk": 0 } })
    expect(m.byState).toMatchObject({ verified: 1, "not-verified": 1, received: 0 })
    // JB-5 verified 03-10, reward decision due 15 days later
    expect(m.overdue.map((o) => [o.reportId, o.step, o.due, o.daysLate])).toEqual([["JB-5", "reward-decision", "2026-03-25", 6]])
    expect(leaks(m)).toBe(false)
  })
})

describe("figures by jurisdiction and the reward decisions", () => {
  const decided = (on: string, over: object) => ({ _tag: "DecideReward", on, ...over })
  const files = () => [
    fileOf("JB-10", [assigned, verified, decided("2026-03-20", { outcome: "granted", level: "L1", amountYuan: 3000 }), { _tag: "PayReward", on: "2026-04-02", amountYuan: 3000 }]),
    fileOf("JB-11", [assigned, verified, decided("2026-03-25", { outcome: "declined", reason: "举报人林秀英系企业负责人" })], { jurisdiction: "330102" }),
    fileOf("JB-12", [], { jurisdiction: "330102" }),
    fileOf("JB-13", [], { jurisdiction: "330300", receivedOn: "2026-05-01" })
  ]

  it("gives each jurisdiction's own figures, leaving out reports received later", () => {
    const rows = reportMetricsByJurisdiction(files(), day("2026-03-31"), config)
    expect(rows.map((r) => [r.jurisdiction, r.metrics.received, r.metrics.verified, r.metrics.rewardsGranted, r.metrics.rewardsDeclined])).toEqual([
      ["330102", 2, 1, 0, 1],
      ["330381", 1, 1, 1, 0]
    ])
    // JB-12 received 03-02, not assigned within 5 days
    expect(rows[0]!.metrics.overdue.map((o) => [o.reportId, o.step, o.due])).toEqual([["JB-12", "assign", "2026-03-07"]])
    const sum = rows.reduce((n, r) => n + r.metrics.received, 0)
    expect(sum).toBe(computeReportMetrics(files(), day("2026-03-31"), config).received)
  })

  it("lists the decisions as recorded by the day: the amount decided, the payment when made, no free text", () => {
    expect(rewardDecisionsOn(files(), day("2026-03-22"))).toEqual([
      { reportId: "JB-10", jurisdiction: "330381", category: "major-hazard", decidedOn: "2026-03-20", outcome: "granted", level: "L1", amountYuan: 3000, basis: "测试用配置 (illustrative)", paidOn: null, paidYuan: null }
    ])
    const later = rewardDecisionsOn(files(), day("2026-04-30"))
    expect(later.map((r) => [r.reportId, r.outcome, r.amountYuan, r.paidOn, r.paidYuan])).toEqual([
      ["JB-11", "declined", null, null, null],
      ["JB-10", "granted", 3000, "2026-04-02", 3000]
    ])
    expect(leaks(later)).toBe(false)
  })
})

describe("a verified report of a hazard opens a hazard in the ledger", () => {
  it("builds the ledger's Report command; the ledger keeps the reporter redacted", async () => {
    const f = fileOf("JB-8", [assigned, verified])
    // #region ledger-link
    const command = ledgerReportOf(f) // f: a verified report of a major hazard, read with the permission
    if (Result.isFailure(command)) throw command.failure
    expect(command.success).toMatchObject({ _tag: "Report", subject: f.report.subject, level: "major", discoveredOn: "2026-03-10", source: { kind: "public-report" } })
    const ledger = await makeLedger({ store: "memory", jurisdictions })
    try {
      const w = await ledger.execute(department, { command: { ...command.success, hazardId: "YH-JB-8" }, expectedVersion: 0 })
      expect(w.hazard.source.reporter).toEqual({ redacted: true })
      expect(leaks(w)).toBe(false)
      expect((await ledger.get(officer, "YH-JB-8")).source.reporter).toMatchObject({ name: REPORTER_NAME })
      // the hazard's id is recorded on the report, once
      const linked = decide(f, decodeCommand({ _tag: "LinkHazard", reportId: "JB-8", hazardId: w.hazard.id }), config)
      if (Result.isFailure(linked)) throw linked.failure
      const withHazard = evolve(f, { ...linked.success, reportId: "JB-8", version: f.version + 1, at: new Date("2026-03-11T00:00:00.000Z"), actor } as ReportEvent)
      expect(withHazard.finding?.hazardId).toBe("YH-JB-8")
      expect(Result.isFailure(decide(withHazard, decodeCommand({ _tag: "LinkHazard", reportId: "JB-8", hazardId: "YH-2" }), config))).toBe(true)
    } finally {
      await ledger.close()
    }
    // #endregion ledger-link
  })

  it("refuses a report not verified, not about a hazard, or read without the permission", () => {
    const reason = (r: ReturnType<typeof ledgerReportOf>) => (Result.isFailure(r) ? r.failure.reason : "ok")
    expect(reason(ledgerReportOf(fileOf("JB-9", [assigned])))).toBe("it is not verified (属实)")
    expect(reason(ledgerReportOf(fileOf("JB-10", [assigned, verified], { category: "violation" })))).toBe("it reports violation, not a hazard")
    const f = fileOf("JB-11", [assigned, verified])
    expect(reason(ledgerReportOf({ ...f, report: { ...f.report, reporter: { redacted: true } } }))).toMatch(/redacted/)
  })
})
