import { Effect, Result, Schema, SchemaIssue } from "effect"
import { TestClock } from "effect/testing"
import { describe, expect, it } from "vitest"
import {
  checkReporting,
  checkReportingEffect,
  checkReportingPromise,
  formatLocalTime,
  type ReportingCase,
  ReportingCase as ReportingCaseSchema,
  requiredLevelIn,
  requiredReportingLevel
} from "./index.ts"

const accident = {
  id: "SG-2024-007",
  occurredAt: "2024-05-01T09:00:00+08:00",
  jurisdiction: "320571",
  subject: "914403001922038216",
  sector: "industry-trade",
  kind: "workplace",
  deaths: 1,
  seriousInjuries: 2,
  directLossYuan: 1_200_000,
  description: "粉尘爆炸"
}

const decode = (u: unknown): ReportingCase => Schema.decodeUnknownSync(ReportingCaseSchema)(u)
const makeCase = (extra: Record<string, unknown> = {}, accidentExtra: Record<string, unknown> = {}) =>
  decode({ accident: { ...accident, ...accidentExtra }, ...extra })
const make = makeCase
const t = (s: string) => new Date(s)
const unitReport = (at: string, figures: Record<string, unknown> = { deaths: 1, seriousInjuries: 2, directLossYuan: 1_200_000 }) =>
  ({ from: "unit", to: "county", at, ...figures })
const ids = (c: { findings: ReadonlyArray<{ ruleId: string; outcome: string }> }) => c.findings.map((f) => `${f.ruleId}:${f.outcome}`)

describe("required level (第十条)", () => {
  it("maps grades to the level the report must reach", () => {
    expect(requiredReportingLevel("general")).toBe("city")
    expect(requiredReportingLevel("relatively-serious")).toBe("province")
    expect(requiredReportingLevel("serious")).toBe("state-council")
    expect(requiredReportingLevel("especially-serious")).toBe("state-council")
  })

  it("a 直辖市 chain without a city level sends 一般 accidents to the province level", () => {
    expect(requiredLevelIn("general", ["county", "province", "state-council"])).toBe("province")
    expect(() => requiredLevelIn("general", ["province", "county"])).toThrow(RangeError)
  })
})

describe("unit report within 1 hour (第九条)", () => {
  it("60 minutes is on time, 61 minutes is late", () => {
    const onTime = checkReporting(make({ reports: [unitReport("2024-05-01T10:00:00+08:00")] }), t("2024-05-01T10:30:00+08:00"))
    expect(onTime.unitReport.status).toBe("on-time")
    expect(ids(onTime)).toEqual([])

    const late = checkReporting(make({ reports: [unitReport("2024-05-01T10:01:00+08:00")] }), t("2024-05-01T10:30:00+08:00"))
    expect(late.unitReport.status).toBe("late")
    expect(late.findings).toHaveLength(1)
    const f = late.findings[0]!
    expect(f).toMatchObject({
      ruleId: "accident-reporting/late-report",
      pack: "accident",
      outcome: "violation",
      severity: "major",
      citation: { document: "accident-reporting-2007", article: 9, verified: true },
      accidentId: "SG-2024-007",
      party: "unit"
    })
    expect(f.details?.["zh-CN"]).toBe("单位于2024-05-01 10:01报告，距事故发生（2024-05-01 09:00）61分钟，超过1小时时限")
    // 2024 accident: 条例 第三十五条(二) and 安全生产法 第一百一十条 (in force 2021-09-01).
    expect(f.penalties).toEqual([
      { document: "accident-reporting-2007", article: 35, item: 2, verified: true },
      { document: "work-safety-law-2021", article: 110, verified: true }
    ])
  })

  it("the clock starts when the unit head is told, if known", () => {
    const c = make({ unitHeadNotifiedAt: "2024-05-01T09:20:00+08:00", reports: [unitReport("2024-05-01T10:15:00+08:00")] })
    const r = checkReporting(c, t("2024-05-02T00:00:00+08:00"))
    expect(r.unitReport).toMatchObject({ clockStartsFrom: "unit-head-notified", status: "on-time" })
    expect(r.unitReport.deadline).toEqual(t("2024-05-01T10:20:00+08:00"))
  })

  it("no report: pending until the deadline, then late and possibly concealed", () => {
    const c = make()
    expect(checkReporting(c, t("2024-05-01T10:00:00+08:00"))).toMatchObject({ unitReport: { status: "pending" }, findings: [] })
    const r = checkReporting(c, t("2024-05-01T10:00:01+08:00"))
    expect(r.unitReport.status).toBe("overdue")
    expect(ids(r)).toEqual(["accident-reporting/late-report:violation", "accident-reporting/concealed-report:indeterminate"])
    expect(r.findings[1]!.missing).toEqual(["determinations"])
  })

  it("a report after the as-of instant does not count yet", () => {
    const r = checkReporting(make({ reports: [unitReport("2024-05-01T09:30:00+08:00")] }), t("2024-05-01T09:10:00+08:00"))
    expect(r.unitReport.status).toBe("pending")
  })

  it("accident.reportedAt stands for the unit's report when none is listed", () => {
    const r = checkReporting(make({}, { reportedAt: "2024-05-01T10:30:00+08:00" }), t("2024-05-02T00:00:00+08:00"))
    expect(r.unitReport).toMatchObject({ status: "late", reportedAt: t("2024-05-01T10:30:00+08:00") })
    expect(r.findings[0]!.evidence?.[0]).toEqual({ path: "accident.reportedAt.at", value: "2024-05-01T02:30:00.000Z" })
  })

  it("an on-site report in an emergency starts the government's clock but does not discharge the unit head", () => {
    const c = make({ reports: [{ from: "on-site", to: "county", at: "2024-05-01T09:10:00+08:00" }] })
    const r = checkReporting(c, t("2024-05-01T12:00:00+08:00"))
    expect(r.unitReport.status).toBe("overdue")
    expect(r.escalation).toEqual([
      { level: "city", from: "county", deadline: t("2024-05-01T11:10:00+08:00"), status: "overdue" }
    ])
  })
})

describe("escalation within 2 hours per level (第十条、第十一条)", () => {
  it("一般: county → city; exactly 2 hours is on time", () => {
    const c = make({ reports: [unitReport("2024-05-01T09:40:00+08:00"), { from: "county", to: "city", at: "2024-05-01T11:40:00+08:00" }] })
    const r = checkReporting(c, t("2024-05-02T00:00:00+08:00"))
    expect(r.requiredLevel).toBe("city")
    expect(r.escalation).toEqual([{ level: "city", from: "county", deadline: t("2024-05-01T11:40:00+08:00"), reachedAt: t("2024-05-01T11:40:00+08:00"), status: "on-time" }])
    expect(ids(r)).toEqual([])
  })

  it("one minute over is late and the county answers for it", () => {
    const c = make({ reports: [unitReport("2024-05-01T09:40:00+08:00"), { from: "county", to: "city", at: "2024-05-01T11:41:00+08:00" }] })
    const r = checkReporting(c, t("2024-05-02T00:00:00+08:00"))
    expect(r.findings).toHaveLength(1)
    expect(r.findings[0]).toMatchObject({
      ruleId: "accident-reporting/late-escalation",
      party: "county",
      citation: { document: "accident-reporting-2007", article: 11, verified: true },
      legalBases: [{ document: "accident-reporting-2007", article: 10, verified: true }]
    })
  })

  it("较大 goes to the province; skipping the city level (越级上报) is allowed", () => {
    const c = make({
      reports: [unitReport("2024-05-01T09:30:00+08:00", { deaths: 3, seriousInjuries: 0, directLossYuan: 0 }), { from: "county", to: "province", at: "2024-05-01T10:30:00+08:00" }]
    }, { deaths: 3, seriousInjuries: 0 })
    const r = checkReporting(c, t("2024-05-02T00:00:00+08:00"))
    expect(r.grade).toBe("relatively-serious")
    expect(r.requiredLevel).toBe("province")
    expect(r.escalation.map((s) => `${s.level}:${s.status}`)).toEqual(["city:on-time", "province:on-time"])
    expect(ids(r)).toEqual([])
  })

  it("重大 must reach the State Council department; a stalled province is overdue", () => {
    const c = make({
      reports: [
        unitReport("2024-05-01T09:30:00+08:00", { deaths: 10, seriousInjuries: 0, directLossYuan: 0 }),
        { from: "county", to: "city", at: "2024-05-01T10:30:00+08:00" },
        { from: "city", to: "province", at: "2024-05-01T12:00:00+08:00" }
      ]
    }, { deaths: 10, seriousInjuries: 0 })
    const r = checkReporting(c, t("2024-05-01T15:00:00+08:00"))
    expect(r.requiredLevel).toBe("state-council")
    expect(r.escalation.map((s) => `${s.level}:${s.status}`)).toEqual(["city:on-time", "province:on-time", "state-council:overdue"])
    expect(r.findings.map((f) => [f.ruleId, f.party])).toEqual([["accident-reporting/late-escalation", "province"]])
    // before the province's 2 hours run out, it is only pending
    expect(checkReporting(c, t("2024-05-01T14:00:00+08:00")).escalation[2]!.status).toBe("pending")
  })

  it("the 直辖市 chain sends a 一般 accident straight from district to the municipality", () => {
    const c = make({ reports: [unitReport("2024-05-01T09:30:00+08:00")] })
    const r = checkReporting(c, t("2024-05-01T12:00:00+08:00"), { chain: ["county", "province", "state-council"] })
    expect(r.requiredLevel).toBe("province")
    expect(r.escalation.map((s) => `${s.from}→${s.level}:${s.status}`)).toEqual(["county→province:overdue"])
  })
})

describe("report content (第十二条) and understated casualties", () => {
  it("an initial report without the direct loss is incomplete", () => {
    const r = checkReporting(make({ reports: [unitReport("2024-05-01T09:30:00+08:00", { deaths: 1, seriousInjuries: 2 })] }), t("2024-05-01T09:40:00+08:00"))
    expect(ids(r)).toEqual(["accident-reporting/incomplete-report:violation"])
    expect(r.findings[0]!.citation).toEqual({ document: "accident-reporting-2007", article: 12, item: 4, verified: true })
  })

  it("reporting fewer deaths than known is indeterminate until the investigation decides; a determination makes it 谎报", () => {
    const base = {
      casualtyUpdates: [{ at: "2024-05-01T09:00:00+08:00", deaths: 3, seriousInjuries: 2 }],
      reports: [
        unitReport("2024-05-01T09:30:00+08:00", { deaths: 1, seriousInjuries: 2, directLossYuan: 1_200_000 }),
        { from: "county", to: "city", at: "2024-05-01T10:00:00+08:00" },
        { from: "city", to: "province", at: "2024-05-01T11:00:00+08:00" } // 3 deaths: 较大 goes to the province
      ]
    }
    const open = checkReporting(make(base, { deaths: 3 }), t("2024-05-01T09:40:00+08:00"))
    expect(ids(open)).toEqual(["accident-reporting/under-reported:indeterminate"])
    expect(open.findings[0]!.missing).toEqual(["determinations"])

    const decided = make({ ...base, determinations: [{ kind: "false", decidedOn: "2024-06-20", by: "某市事故调查组" }] }, { deaths: 3 })
    expect(ids(checkReporting(decided, t("2024-06-19T12:00:00+08:00")))).toEqual(["accident-reporting/under-reported:indeterminate"])
    const after = checkReporting(decided, t("2024-06-21T00:00:00+08:00"))
    expect(ids(after)).toEqual(["accident-reporting/false-report:violation"])
    expect(after.findings[0]).toMatchObject({
      citation: { document: "accident-reporting-2007", article: 36, item: 1, verified: true },
      penalties: [
        { document: "accident-reporting-2007", article: 36, item: 1, verified: true },
        { document: "work-safety-law-2021", article: 110, verified: true }
      ]
    })
  })

  it("a 漏报 determination carries 第三十五条 only (安全生产法 第一百一十条 does not name 漏报)", () => {
    const r = checkReporting(
      make({ reports: [unitReport("2024-05-01T09:30:00+08:00"), { from: "county", to: "city", at: "2024-05-01T10:00:00+08:00" }], determinations: [{ kind: "omitted", decidedOn: "2024-06-01" }] }),
      t("2024-06-02T00:00:00+08:00")
    )
    expect(r.findings.map((f) => [f.ruleId, f.penalties.map((p) => `${p.document}#${p.article}`)])).toEqual([
      ["accident-reporting/omitted-report", ["accident-reporting-2007#35"]]
    ])
  })
})

describe("supplementary reports (第十三条)", () => {
  const reportedUnit = unitReport("2024-05-01T09:30:00+08:00")
  const upToCity = { from: "county", to: "city", at: "2024-05-01T10:30:00+08:00" }
  const make = (extra: { reports: ReadonlyArray<unknown>; casualtyUpdates?: ReadonlyArray<unknown> }, accidentExtra: Record<string, unknown> = {}) =>
    makeCase({ ...extra, reports: [...extra.reports, upToCity] }, accidentExtra)
  const reported = reportedUnit
  it("a death on day 20 of a workplace accident must be reported; once it is, the item is closed", () => {
    const update = { at: "2024-05-21T08:00:00+08:00", deaths: 2, seriousInjuries: 1 }
    const missing = checkReporting(make({ reports: [reported], casualtyUpdates: [update] }), t("2024-05-22T00:00:00+08:00"))
    expect(missing.supplementary.windowDays).toBe(30)
    expect(missing.supplementary.windowEnd).toEqual(t("2024-06-01T00:00:00+08:00")) // end of 05-31 = 05-01 + 30 days
    expect(missing.supplementary.items.map((i) => i.status)).toEqual(["missing"])
    expect(ids(missing)).toEqual(["accident-reporting/missing-supplementary-report:violation"])

    const supplement = { from: "unit", to: "county", at: "2024-05-21T10:00:00+08:00", supplementary: true, deaths: 2, seriousInjuries: 1 }
    const done = checkReporting(make({ reports: [reported, supplement], casualtyUpdates: [update] }), t("2024-05-22T00:00:00+08:00"))
    expect(done.supplementary.items).toEqual([{ at: t(update.at), deaths: 2, seriousInjuries: 1, reportedAt: t(supplement.at), status: "reported" }])
    expect(ids(done)).toEqual([])
  })

  it("the grace period reads 及时 for the deployment", () => {
    const update = { at: "2024-05-21T08:00:00+08:00", deaths: 2, seriousInjuries: 1 }
    const r = checkReporting(make({ reports: [reported], casualtyUpdates: [update] }), t("2024-05-21T20:00:00+08:00"), { supplementaryGraceMinutes: 24 * 60 })
    expect(r.supplementary.items[0]!.status).toBe("pending")
    expect(ids(r)).toEqual([])
  })

  it("road traffic and fire: 7 days — the last minute of day 7 is inside, day 8 is not", () => {
    const c = (at: string) => make({ reports: [reported], casualtyUpdates: [{ at, deaths: 2, seriousInjuries: 1 }] }, { kind: "road-traffic", sector: "transport" })
    const inside = checkReporting(c("2024-05-08T23:59:00+08:00"), t("2024-06-30T00:00:00+08:00"))
    expect(inside.supplementary.windowDays).toBe(7)
    expect(inside.supplementary.items[0]!.status).toBe("missing")
    const outside = checkReporting(c("2024-05-09T00:00:00+08:00"), t("2024-06-30T00:00:00+08:00"))
    expect(outside.supplementary.items[0]!.status).toBe("not-required")
    expect(ids(outside)).toEqual([])
  })

  it("workplace: day 30 is inside, day 31 is not", () => {
    const c = (at: string) => make({ reports: [reported], casualtyUpdates: [{ at, deaths: 2, seriousInjuries: 1 }] })
    expect(checkReporting(c("2024-05-31T23:00:00+08:00"), t("2024-07-01T00:00:00+08:00")).supplementary.items[0]!.status).toBe("missing")
    expect(checkReporting(c("2024-06-01T00:30:00+08:00"), t("2024-07-01T00:00:00+08:00")).supplementary.items[0]!.status).toBe("not-required")
  })

  it("unknown accident kind between day 7 and day 30 is indeterminate", () => {
    const { kind: _kind, ...noKind } = accident
    const c = decode({ accident: noKind, reports: [reported, upToCity], casualtyUpdates: [{ at: "2024-05-15T08:00:00+08:00", deaths: 2, seriousInjuries: 1 }] })
    const r = checkReporting(c, t("2024-06-30T00:00:00+08:00"))
    expect(r.supplementary.items[0]!.status).toBe("indeterminate")
    expect(r.findings.map((f) => [f.ruleId, f.outcome, f.missing])).toEqual([
      ["accident-reporting/missing-supplementary-report", "indeterminate", ["accident.kind"]]
    ])
  })

  it("changes known before the first report are not supplementary; unchanged updates need nothing", () => {
    const r = checkReporting(
      make({ reports: [reported], casualtyUpdates: [{ at: "2024-05-01T09:05:00+08:00", deaths: 1, seriousInjuries: 2 }, { at: "2024-05-03T09:05:00+08:00", deaths: 1, seriousInjuries: 2 }] }),
      t("2024-06-30T00:00:00+08:00")
    )
    expect(r.supplementary.items).toEqual([])
    expect(ids(r)).toEqual([])
  })
})

describe("dates of the law", () => {
  it("accidents before 2007-06-01 are outside the regulation", () => {
    const r = checkReporting(make({}, { occurredAt: "2007-05-31T09:00:00+08:00" }), t("2007-06-30T00:00:00+08:00"))
    expect(r.applicable).toBe(false)
    expect(r.findings).toEqual([])
  })

  it("before 2021-09-01 a late report carries the regulation's penalty only", () => {
    const r = checkReporting(make({ reports: [unitReport("2021-08-31T11:00:00+08:00")] }, { occurredAt: "2021-08-31T09:00:00+08:00" }), t("2021-09-30T00:00:00+08:00"))
    expect(r.findings[0]!.penalties).toEqual([{ document: "accident-reporting-2007", article: 35, item: 2, verified: true }])
  })

  it("Beijing time is used for days: 2024-04-01 02:00+08:00 is day 04-01", () => {
    expect(formatLocalTime(t("2024-03-31T18:00:00Z"))).toBe("2024-04-01 02:00")
  })
})

describe("Effect and Promise entries", () => {
  const json = { accident, reports: [unitReport("2024-05-01T10:30:00+08:00")] }

  it("decodes, then checks as of a YYYY-MM-DD day (its end, Beijing time)", () => {
    const r = Effect.runSync(checkReportingEffect(json, { asOf: "2024-05-01" }))
    expect(r.asOf).toEqual(t("2024-05-01T23:59:59.999+08:00"))
    expect(r.unitReport.status).toBe("late")
  })

  it("defaults as-of to the Clock", async () => {
    const program = Effect.gen(function* () {
      yield* TestClock.setTime(t("2024-05-01T09:30:00+08:00").getTime())
      return yield* checkReportingEffect({ accident })
    }).pipe(Effect.provide(TestClock.layer()))
    const r = await Effect.runPromise(program)
    expect(r.asOf).toEqual(t("2024-05-01T09:30:00+08:00"))
    expect(r.unitReport.status).toBe("pending")
  })

  it("fails with path-precise schema errors and rejects bad as-of strings", () => {
    const bad = { accident, reports: [{ from: "city", to: "county", at: "2024-05-01T08:00:00+08:00" }] }
    const r = Effect.runSync(Effect.result(checkReportingEffect(bad, { asOf: "2024-05-02" })))
    expect(Result.isFailure(r) && r.failure._tag).toBe("SchemaError")
    if (Result.isFailure(r) && r.failure._tag === "SchemaError") {
      expect(SchemaIssue.makeFormatterStandardSchemaV1()(r.failure.issue).issues.map((i) => i.path)).toEqual([["reports", 0, "to"]])
    }
    const asOf = Effect.runSync(Effect.result(checkReportingEffect(json, { asOf: "yesterday" })))
    expect(Result.isFailure(asOf) && asOf.failure._tag).toBe("InvalidAsOfError")
  })

  it("the Promise entry resolves to the same check", async () => {
    const r = await checkReportingPromise(json, { asOf: "2024-05-01T12:00:00+08:00" })
    expect(r.findings.map((f) => f.ruleId)).toEqual(["accident-reporting/late-report"])
  })
})

describe("finding kind", () => {
  it("every reporting finding is a reporting breach, not an accident hazard (its severity grades the breach)", () => {
    const r = checkReporting(make(), t("2024-05-03T00:00:00+08:00"))
    expect(r.findings.length).toBeGreaterThan(0)
    expect(r.findings.find((f) => f.ruleId === "accident-reporting/late-report")).toMatchObject({ severity: "major", kind: "reporting" })
    expect(r.findings.every((f) => f.kind === "reporting")).toBe(true)
  })
})
