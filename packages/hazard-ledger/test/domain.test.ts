import { CalendarDate } from "@anquan/core"
import { Result, Schema, SchemaIssue } from "effect"
import { describe, expect, it } from "vitest"
import type { HazardEvent, HazardFile } from "../src/index.ts"
import {
  Actor,
  auditHistory,
  Command,
  computeMetrics,
  daysOverdue,
  decide,
  defaultEscalationPolicy,
  escalationOf,
  EscalationPolicy,
  evolve,
  findingsToCommands,
  InvalidHistory,
  isOverdue,
  missingFiveInPlace,
  redactEvent,
  redactFile,
  replay,
  ReportInput
} from "../src/index.ts"
import { actors, fiveInPlace, Machine, majorRectifying, majorReport, report, subject } from "./fixtures.ts"

const d = CalendarDate.make
const issuesOf = (u: unknown) => {
  const r = Schema.decodeUnknownResult(Command, { errors: "all" })(u)
  return Result.isFailure(r) ? SchemaIssue.makeFormatterStandardSchemaV1()(r.failure.issue).issues.map((i) => ({
    path: (i.path ?? []).map((k) => (typeof k === "object" ? k.key : k)),
    message: i.message
  })) : []
}

describe("the closed loop", () => {
  it("takes a general hazard from report to closure, each step an event with actor, time and version", () => {
    const m = new Machine()
    m.ok(report())
    expect(m.file.state).toBe("reported")
    m.ok({ _tag: "Assess", hazardId: "YH-1", level: "general", responsiblePerson: { name: "李整改" } })
    m.ok({ _tag: "PlanRectification", hazardId: "YH-1", measures: "清理通道" })
    m.ok({ _tag: "StartRectification", hazardId: "YH-1" }, actors.staff)
    m.ok({ _tag: "CompleteRectification", hazardId: "YH-1", evidence: [{ uri: "file://after.jpg" }] }, actors.staff)
    expect(m.file.state).toBe("awaiting-verification")
    m.ok({ _tag: "Verify", hazardId: "YH-1", outcome: "passed", reason: "现场复核合格" }, actors.verifier)
    expect(m.file.state).toBe("closed")
    expect(m.file.closure).toMatchObject({ how: "verified", by: actors.verifier })
    expect(m.history.map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6])
    expect(m.history.map((e) => e._tag)).toEqual([
      "HazardReported",
      "HazardAssessed",
      "RectificationPlanned",
      "RectificationStarted",
      "RectificationCompleted",
      "HazardClosed"
    ])
    expect(m.history.at(-1)).toMatchObject({ actor: actors.verifier, reason: "现场复核合格" })
    expect(m.file.evidence.map((e) => e.uri)).toEqual(["file://photos/1.jpg", "file://after.jpg"])
    expect(replay(m.history)).toEqual(m.file)
    expect(auditHistory(m.history)).toEqual([])
  })

  it("dates a closure on its Beijing-time day (销号日期), not the UTC one", () => {
    const m = new Machine()
    const [reported] = m.ok(report())
    const closed: HazardEvent = {
      _tag: "HazardClosed", hazardId: reported!.hazardId, version: 2, at: new Date("2024-03-01T17:30:00.000Z"), actor: actors.inspector,
      how: "fixed-on-discovery", measures: "当场清理", evidence: []
    } as unknown as HazardEvent
    // 01:30 on 2024-03-02 in Beijing
    expect(CalendarDate.format(evolve(m.file, closed).closure!.on)).toBe("2024-03-02")
    expect(CalendarDate.format(evolve(m.file, { ...closed, at: new Date("2024-03-01T15:59:59.999Z") } as HazardEvent).closure!.on)).toBe("2024-03-01")
  })

  it("随查随治: a general hazard is fixed on discovery in one write, still recorded", () => {
    const m = new Machine()
    const events = m.ok(report({ fixedOnDiscovery: { measures: "当场清理" } }))
    expect(events.map((e) => e._tag)).toEqual(["HazardReported", "HazardClosed"])
    expect(m.file).toMatchObject({ state: "closed", version: 2, closure: { how: "fixed-on-discovery", measures: "当场清理" } })

    const m2 = new Machine()
    m2.ok(report())
    m2.ok({ _tag: "FixOnDiscovery", hazardId: "YH-1", measures: "当场清理", evidence: [{ uri: "file://fixed.jpg" }] })
    expect(m2.file.state).toBe("closed")
  })

  it("a major hazard cannot be fixed on discovery", () => {
    expect(new Machine().err(majorReport({ fixedOnDiscovery: { measures: "x" } }))._tag).toBe("MajorHazardNotFixableOnDiscovery")
    const m = new Machine()
    m.ok(majorReport())
    expect(m.err({ _tag: "FixOnDiscovery", hazardId: "YH-1", measures: "x" })._tag).toBe("MajorHazardNotFixableOnDiscovery")
  })

  it("commands out of order fail with the states they are allowed in", () => {
    const m = new Machine()
    m.ok(report())
    const e = m.err({ _tag: "StartRectification", hazardId: "YH-1" })
    expect(e).toMatchObject({ _tag: "IllegalTransition", state: "reported", command: "StartRectification", allowed: ["rectification-planned"] })
    expect(e.message).toContain("not allowed in state \"reported\"")
    expect(m.err(report())._tag).toBe("IllegalTransition")
    expect(new Machine().err({ _tag: "Assess", hazardId: "YH-1", level: "general" })._tag).toBe("HazardNotFound")
  })
})

describe("五落实 — five in place", () => {
  it("a major hazard cannot be planned until all five are in place; the error names what is missing", () => {
    const m = new Machine()
    m.ok(majorReport())
    m.ok({ _tag: "Assess", hazardId: "YH-1", level: "major" })
    expect(missingFiveInPlace(m.file)).toEqual(["measures", "funds", "deadline", "responsiblePerson", "emergencyPlan"])
    const e1 = m.err({ _tag: "PlanRectification", hazardId: "YH-1" })
    expect(e1).toMatchObject({ _tag: "FiveInPlaceIncomplete", missing: ["measures", "funds", "deadline", "responsiblePerson", "emergencyPlan"] })
    m.ok({ _tag: "RecordFiveInPlace", hazardId: "YH-1", measures: fiveInPlace.measures, funds: fiveInPlace.funds })
    const e2 = m.err({ _tag: "PlanRectification", hazardId: "YH-1", deadline: "2024-06-30" })
    expect(e2).toMatchObject({ _tag: "FiveInPlaceIncomplete", missing: ["responsiblePerson", "emergencyPlan"] })
    expect(e2.message).toContain("responsible person (责任人), emergency plan (应急预案)")
    m.ok({ _tag: "PlanRectification", hazardId: "YH-1", ...fiveInPlace })
    expect(m.file.state).toBe("rectification-planned")
    expect(missingFiveInPlace(m.file)).toEqual([])
  })

  it("a general hazard needs no five in place", () => {
    const m = new Machine()
    m.ok(report({ deadline: undefined as never }))
    m.ok({ _tag: "Assess", hazardId: "YH-1", level: "general" })
    m.ok({ _tag: "PlanRectification", hazardId: "YH-1" })
    m.ok({ _tag: "StartRectification", hazardId: "YH-1" })
  })

  it("RecordFiveInPlace needs at least one item", () => {
    expect(issuesOf({ _tag: "RecordFiveInPlace", hazardId: "YH-1" })).toEqual([
      { path: [], message: "Expected at least one of measures, funds, emergencyPlan, deadline, responsiblePerson" }
    ])
  })
})

describe("挂牌督办 — listed supervision", () => {
  const listed = () => {
    const m = new Machine()
    majorRectifying(m)
    m.ok({ _tag: "ListForSupervision", hazardId: "YH-1", level: "county", by: "320571" }, actors.county)
    m.ok({ _tag: "CompleteRectification", hazardId: "YH-1" }, actors.staff)
    return m
  }

  it("a listed hazard closes only with the listing level's acceptance", () => {
    const m = listed()
    expect(m.file.listedSupervision).toMatchObject({ level: "county", by: "320571" })
    const e = m.err({ _tag: "Verify", hazardId: "YH-1", outcome: "passed" }, actors.verifier)
    expect(e).toMatchObject({ _tag: "AcceptanceMissing", level: "county", by: "320571" })
    expect(m.err({ _tag: "AcceptClosure", hazardId: "YH-1", level: "city" }, actors.city)).toMatchObject({
      _tag: "AcceptanceLevelMismatch",
      listedLevel: "county",
      level: "city"
    })
    expect(m.err({ _tag: "AcceptClosure", hazardId: "YH-1", level: "county", jurisdiction: "320505" }, actors.county)._tag)
      .toBe("AcceptanceLevelMismatch")
    m.ok({ _tag: "AcceptClosure", hazardId: "YH-1", level: "county", jurisdiction: "320571" }, actors.county)
    m.ok({ _tag: "Verify", hazardId: "YH-1", outcome: "passed" }, actors.verifier)
    expect(m.file.state).toBe("closed")
    expect(auditHistory(m.history)).toEqual([])
  })

  it("the audit refuses a history whose recorded roles could not have written it (the decision table)", () => {
    const m = listed()
    m.ok({ _tag: "AcceptClosure", hazardId: "YH-1", level: "county", jurisdiction: "320571" }, actors.county)
    m.ok({ _tag: "Verify", hazardId: "YH-1", outcome: "passed" }, actors.verifier)
    const withRole = (version: number, role: unknown) => m.history.map((e) => (e.version === version ? { ...e, role } : e)) as Array<HazardEvent>
    const accepted = m.history.find((e) => e._tag === "ClosureAccepted")!.version
    const listing = m.history.find((e) => e._tag === "ListedForSupervision")!.version
    const started = m.history.find((e) => e._tag === "RectificationStarted")!.version
    expect(auditHistory(withRole(accepted, { kind: "department", jurisdiction: "320571" }))).toEqual([])
    // the enterprise's officer recorded the acceptance
    expect(auditHistory(withRole(accepted, { kind: "enterprise", creditCode: m.file.subject }))).toMatchObject([
      { rule: "authority", version: accepted, message: "ClosureAccepted written by role enterprise, which may not issue AcceptClosure" }
    ])
    // another level's department recorded it
    expect(auditHistory(withRole(accepted, { kind: "department", jurisdiction: "320500" }))).toMatchObject([
      { rule: "authority", message: "the acceptance of 320571 written by the department of 320500" }
    ])
    expect(auditHistory(withRole(listing, { kind: "department", jurisdiction: "320500" }))).toMatchObject([{ rule: "authority", version: listing }])
    // another enterprise's personnel started the rectification
    expect(auditHistory(withRole(started, { kind: "enterprise", creditCode: subject(99) }))).toMatchObject([
      { rule: "authority", message: `RectificationStarted written by the personnel of ${subject(99)} on a hazard of ${m.file.subject}` }
    ])
  })

  it("a failed verification drops the acceptance", () => {
    const m = listed()
    m.ok({ _tag: "AcceptClosure", hazardId: "YH-1", level: "county", jurisdiction: "320571" }, actors.county)
    m.ok({ _tag: "Verify", hazardId: "YH-1", outcome: "failed", reason: "仍未接入DCS" }, actors.verifier)
    expect(m.file.state).toBe("rectifying")
    expect(m.file.acceptance).toBeUndefined()
  })

  it("only major hazards are listed, and a listed hazard stays major", () => {
    const g = new Machine()
    g.ok(report())
    expect(g.err({ _tag: "ListForSupervision", hazardId: "YH-1", level: "township" })).toMatchObject({
      _tag: "ListedSupervisionRequiresMajor",
      level: "general"
    })
    expect(g.err({ _tag: "AcceptClosure", hazardId: "YH-1", level: "township" })._tag).toBe("IllegalTransition")
    const m = new Machine()
    m.ok(majorReport())
    m.ok({ _tag: "ListForSupervision", hazardId: "YH-1", level: "city" })
    expect(m.err({ _tag: "Assess", hazardId: "YH-1", level: "general" })._tag).toBe("ListedSupervisionRequiresMajor")
  })

  it("an acceptance for a hazard that is not listed is refused", () => {
    const m = new Machine()
    majorRectifying(m)
    m.ok({ _tag: "CompleteRectification", hazardId: "YH-1" }, actors.staff)
    expect(m.err({ _tag: "AcceptClosure", hazardId: "YH-1", level: "county" })._tag).toBe("NotUnderListedSupervision")
  })
})

describe("verification", () => {
  it("the verifier is not the person who rectified", () => {
    const m = new Machine()
    majorRectifying(m)
    m.ok({ _tag: "CompleteRectification", hazardId: "YH-1" }, actors.staff)
    const e = m.err({ _tag: "Verify", hazardId: "YH-1", outcome: "passed" }, actors.staff)
    expect(e).toMatchObject({ _tag: "VerifierIsRectifier", personId: "P-STAFF" })
    expect(m.err({ _tag: "Verify", hazardId: "YH-1", outcome: "failed", reason: "x" }, actors.staff)._tag).toBe("VerifierIsRectifier")
    m.ok({ _tag: "Verify", hazardId: "YH-1", outcome: "passed" }, actors.verifier)
  })

  it("a failed verification states why", () => {
    expect(issuesOf({ _tag: "Verify", hazardId: "YH-1", outcome: "failed" })).toEqual([
      { path: ["reason"], message: "a failed verification states why (reason)" }
    ])
  })
})

describe("deadlines move only through an approved extension", () => {
  const m0 = () => {
    const m = new Machine()
    m.ok(report())
    return m
  }

  it("a command cannot change a deadline already set; the same day is fine", () => {
    const m = m0()
    expect(m.err({ _tag: "Assess", hazardId: "YH-1", level: "general", deadline: "2024-04-01" })).toMatchObject({
      _tag: "DeadlineChangeRequiresExtension",
      current: d("2024-03-15"),
      requested: d("2024-04-01")
    })
    expect(m.err({ _tag: "RecordFiveInPlace", hazardId: "YH-1", deadline: "2024-04-01" })._tag).toBe("DeadlineChangeRequiresExtension")
    m.ok({ _tag: "Assess", hazardId: "YH-1", level: "general", deadline: "2024-03-15" })
  })

  it("a deadline cannot precede the discovery", () => {
    expect(new Machine().err(report({ deadline: "2024-02-28" }))._tag).toBe("DeadlineBeforeDiscovery")
    const m = new Machine()
    m.ok(report({ deadline: undefined as never }))
    expect(m.err({ _tag: "Assess", hazardId: "YH-1", level: "general", deadline: "2024-02-01" })._tag).toBe("DeadlineBeforeDiscovery")
  })

  it("request → grant moves the deadline; request → reject keeps it", () => {
    const m = m0()
    expect(m.err({ _tag: "RequestExtension", hazardId: "YH-1", newDeadline: "2024-03-10", reason: "x" })).toMatchObject({
      _tag: "ExtensionNotLater"
    })
    expect(m.err({ _tag: "GrantExtension", hazardId: "YH-1" }, actors.verifier)._tag).toBe("NoPendingExtension")
    m.ok({ _tag: "RequestExtension", hazardId: "YH-1", newDeadline: "2024-04-15", reason: "设备到货延迟" }, actors.staff)
    expect(m.file.pendingExtension).toMatchObject({ from: d("2024-03-15"), to: d("2024-04-15"), reason: "设备到货延迟" })
    expect(m.file.deadline).toEqual(d("2024-03-15"))
    expect(m.err({ _tag: "RequestExtension", hazardId: "YH-1", newDeadline: "2024-05-01", reason: "x" }, actors.staff)._tag)
      .toBe("ExtensionAlreadyPending")
    expect(m.err({ _tag: "GrantExtension", hazardId: "YH-1" }, actors.staff)).toMatchObject({ _tag: "ExtensionSelfApproval" })
    m.ok({ _tag: "GrantExtension", hazardId: "YH-1" }, actors.verifier)
    expect(m.file.deadline).toEqual(d("2024-04-15"))
    expect(m.file.extensions).toHaveLength(1)
    expect(m.file.pendingExtension).toBeUndefined()
    m.ok({ _tag: "RequestExtension", hazardId: "YH-1", newDeadline: "2024-05-15", reason: "再延" }, actors.staff)
    m.ok({ _tag: "RejectExtension", hazardId: "YH-1", reason: "理由不充分" }, actors.verifier)
    expect(m.file.deadline).toEqual(d("2024-04-15"))
    expect(auditHistory(m.history)).toEqual([])
  })

  it("no deadline, nothing to extend", () => {
    const m = new Machine()
    m.ok(report({ deadline: undefined as never }))
    expect(m.err({ _tag: "RequestExtension", hazardId: "YH-1", newDeadline: "2024-05-15", reason: "x" })._tag).toBe("NoDeadlineToExtend")
  })
})

describe("回头看 — reopening", () => {
  it("reopens, clears the closure, counts the reopening", () => {
    const m = new Machine()
    m.ok(report())
    m.ok({ _tag: "FixOnDiscovery", hazardId: "YH-1", measures: "当场清理" })
    m.ok({ _tag: "Reopen", hazardId: "YH-1", reason: "回头看发现通道再次堵塞" }, actors.verifier)
    expect(m.file).toMatchObject({ state: "reopened", reopened: 1 })
    expect(m.file.closure).toBeUndefined()
    expect(m.err({ _tag: "Reopen", hazardId: "YH-1", reason: "x" })).toMatchObject({ _tag: "IllegalTransition", allowed: ["closed"] })
    m.ok({ _tag: "PlanRectification", hazardId: "YH-1", measures: "设置禁停标识" })
    expect(m.file.state).toBe("rectification-planned")
  })
})

describe("events and replay", () => {
  it("evolve refuses a history that does not fit together", () => {
    const m = new Machine()
    m.ok(report())
    m.ok({ _tag: "Assess", hazardId: "YH-1", level: "general" })
    const [reported, assessed] = m.history as [HazardEvent, HazardEvent]
    expect(() => evolve(undefined, assessed)).toThrow(InvalidHistory)
    expect(() => evolve(evolve(undefined, reported), { ...assessed, version: 3 })).toThrow(/does not follow/)
    expect(() => evolve(evolve(undefined, reported), reported)).toThrow(/reported twice/)
  })

  it("decide is pure: the same state and command give the same events", () => {
    const m = new Machine()
    m.ok(report())
    const cmd = Schema.decodeUnknownSync(Command)({ _tag: "Assess", hazardId: "YH-1", level: "major" })
    const ctx = { at: new Date("2024-03-02T00:00:00.000Z"), actor: Schema.decodeUnknownSync(Actor)(actors.inspector) }
    expect(decide(m.file, cmd, ctx)).toEqual(decide(m.file, cmd, ctx))
  })
})

describe("bad input", () => {
  it("every problem is reported with its path", () => {
    expect(issuesOf({ ...report(), subject: "91320571000000001X", discoveredOn: "2024-02-30", sector: "bakery" })).toEqual([
      { path: ["subject"], message: expect.stringContaining("") },
      { path: ["sector"], message: expect.stringContaining("Expected a known sector") },
      { path: ["discoveredOn"], message: "Expected a calendar date YYYY-MM-DD" }
    ])
    expect(issuesOf({ ...report(), source: { kind: "rule-finding" } })).toEqual([
      { path: ["source", "ruleId"], message: "a rule finding names its rule id" },
      { path: ["source", "citation"], message: "a rule finding names its citation (依据)" }
    ])
    expect(issuesOf({ ...report(), source: { kind: "self-inspection", reporter: { anonymous: false, name: "x" } } })).toEqual([
      { path: ["source", "reporter"], message: "only a public report (举报) has a reporter" }
    ])
    expect(issuesOf({ _tag: "Delete", hazardId: "YH-1" })).toHaveLength(1)
    expect(issuesOf({ _tag: "Reopen", hazardId: "YH-1" })).toEqual([{ path: ["reason"], message: "Missing key" }])
  })
})

describe("overdue and escalation", () => {
  const file = (deadline: string | undefined, state: HazardFile["state"] = "rectifying") =>
    ({ state, ...(deadline === undefined ? {} : { deadline: d(deadline) }) }) as Pick<HazardFile, "state" | "deadline">

  it("overdue = past the deadline and not closed", () => {
    expect(isOverdue(file("2024-03-15"), d("2024-03-15"))).toBe(false)
    expect(isOverdue(file("2024-03-15"), d("2024-03-16"))).toBe(true)
    expect(daysOverdue(file("2024-03-15"), d("2024-04-15"))).toBe(31)
    expect(isOverdue(file("2024-03-15", "closed"), d("2024-04-15"))).toBe(false)
    expect(isOverdue(file(undefined), d("2030-01-01"))).toBe(false)
  })

  it("escalation rises with the days overdue through the steps", () => {
    const f = file("2024-03-15")
    expect(escalationOf(f, d("2024-03-15"))).toEqual({ daysOverdue: 0, level: 0 })
    expect(escalationOf(f, d("2024-03-16"))).toMatchObject({ level: 1, step: { name: "reminder" } })
    expect(escalationOf(f, d("2024-03-22"))).toMatchObject({ daysOverdue: 7, level: 1 })
    expect(escalationOf(f, d("2024-03-23"))).toMatchObject({ daysOverdue: 8, level: 2, step: { name: "warning" } })
    expect(escalationOf(f, d("2024-04-15"))).toMatchObject({ daysOverdue: 31, level: 3, step: { name: "escalated" } })
    const custom = Schema.decodeUnknownSync(EscalationPolicy)({ steps: [{ afterDays: 3, name: "乡镇" }, { afterDays: 10, name: "区县" }] })
    expect(escalationOf(f, d("2024-03-17"), custom).level).toBe(0)
    expect(escalationOf(f, d("2024-03-25"), custom)).toMatchObject({ level: 2, step: { name: "区县" } })
    expect(defaultEscalationPolicy.steps).toHaveLength(3)
  })

  it("escalation steps must increase", () => {
    expect(() => Schema.decodeUnknownSync(EscalationPolicy)({ steps: [{ afterDays: 5, name: "a" }, { afterDays: 5, name: "b" }] }))
      .toThrow(/strictly increasing/)
    expect(() => Schema.decodeUnknownSync(EscalationPolicy)({ steps: [{ afterDays: 0, name: "a" }] })).toThrow(/afterDays ≥ 1/)
  })
})

describe("findings → hazards", () => {
  const finding = (ruleId: string, severity: "major" | "general" | "advisory", extra: Record<string, unknown> = {}) => ({
    ruleId,
    pack: "hazchem",
    ruleVersion: "2018-01-01",
    outcome: "violation",
    severity,
    citation: { document: "hazchem-major-hazard-2017", item: 4, verified: true },
    title: { "zh-CN": `规则${ruleId}`, en: `Rule ${ruleId}` },
    details: { "zh-CN": "未实现自动化控制", en: "No automation" },
    ...extra
  })
  const evaluation = {
    asOf: "2024-03-01",
    enterprises: [
      {
        _tag: "evaluated",
        index: 0,
        verdict: "major-hazard",
        subject: { creditCode: subject(1), name: "甲化工", jurisdiction: "320571001", sectors: ["hazardous-chemicals"] },
        findings: [
          finding("hazchem/automation", "major"),
          finding("hazchem/automation", "major"),
          finding("hazchem/signage", "general"),
          finding("hazchem/advice", "advisory"),
          finding("hazchem/waived", "general", { waiver: { status: "active", reason: "r", expires: "2024-12-31", layer: "x" } }),
          finding("hazchem/compliant", "general", { outcome: "compliant" })
        ]
      },
      {
        _tag: "evaluated",
        index: 1,
        verdict: "general-hazard",
        subject: { creditCode: subject(2), name: "乙公司", jurisdiction: "320571002", sectors: ["bakery"] },
        findings: [finding("hazchem/signage", "general")]
      },
      {
        _tag: "evaluated",
        index: 2,
        verdict: "general-hazard",
        subject: { creditCode: subject(3), name: "丙公司", jurisdiction: "320571002", sectors: ["hazardous-chemicals"] },
        findings: [finding("hazchem/signage", "general")]
      }
    ]
  }

  it("major findings become major hazards with the five-in-place checklist open; no duplicates", () => {
    const decoded = Schema.decodeUnknownSync(ReportInput)(evaluation)
    const open = new Map([[`${subject(3)}|hazchem/signage`, "YH-OLD"]])
    const { commands, skipped } = findingsToCommands(decoded, {
      generalDeadlineDays: 14,
      openHazard: (s, r) => open.get(`${s}|${r}`)
    })
    expect(commands.map((c) => [c.subject, c.source.ruleId, c.level, c.deadline])).toEqual([
      [subject(1), "hazchem/automation", "major", undefined],
      [subject(1), "hazchem/signage", "general", "2024-03-15"]
    ])
    expect(skipped).toEqual([
      { subject: subject(1), ruleId: "hazchem/automation", reason: "duplicate-in-report" },
      { subject: subject(1), ruleId: "hazchem/advice", reason: "advisory" },
      { subject: subject(1), ruleId: "hazchem/waived", reason: "waived" },
      { subject: subject(2), ruleId: "hazchem/signage", reason: "no-sector" },
      { subject: subject(3), ruleId: "hazchem/signage", reason: "already-open", existing: "YH-OLD" }
    ])
    expect(commands[0]).toMatchObject({
      description: "规则hazchem/automation：未实现自动化控制",
      source: { kind: "rule-finding", ruleVersion: "2018-01-01", citation: { document: "hazchem-major-hazard-2017", item: 4 } }
    })
    const m = new Machine()
    m.ok(commands[0])
    expect(m.file.level).toBe("major")
    expect(missingFiveInPlace(m.file)).toEqual(["measures", "funds", "deadline", "responsiblePerson", "emergencyPlan"])
  })
})

describe("metrics", () => {
  it("computes rectification, overdue and self-inspect/self-fix/self-report rates as of a date", () => {
    const files: Array<HazardFile> = []
    const mk = (id: string, cmd: Record<string, unknown>, steps: (m: Machine) => void = () => {}) => {
      const m = new Machine(id)
      m.ok(report(cmd as never))
      steps(m)
      files.push(m.file)
    }
    mk("A", { source: { kind: "self-inspection" }, fixedOnDiscovery: { measures: "x" } })
    mk("B", { source: { kind: "self-inspection" }, discoveredOn: "2024-02-01", deadline: "2024-02-10" })
    mk("C", { source: { kind: "government-inspection" }, deadline: "2024-12-31" })
    mk("D", { source: { kind: "expert-check" }, deadline: "2024-03-02" })
    const m = computeMetrics(files, { asOf: d("2024-03-10") })
    expect(m).toMatchObject({ found: 4, closed: 1, open: 3, overdue: 2, selfInspected: 2, selfFixed: 1, selfReported: 1 })
    expect(m.rectificationRate).toBe(0.25)
    expect(m.overdueRate).toBe(0.5)
    expect(m.selfInspectRate).toBe(0.5)
    expect(m.selfFixRate).toBe(0.5)
    expect(m.selfReportRate).toBe(0.5)
    expect(computeMetrics([], { asOf: d("2024-03-10") }).rectificationRate).toBeNull()
  })
})

describe("whistle-blower redaction", () => {
  it("replaces the reporter unless the caller holds the permission", () => {
    const m = new Machine()
    m.ok(report({ source: { kind: "public-report", reporter: { anonymous: false, name: "举报人甲", contact: "138..." } } }))
    expect(redactFile(m.file, {}).source.reporter).toEqual({ redacted: true })
    expect(redactFile(m.file, { permissions: ["read-whistleblower-identity"] }).source.reporter).toMatchObject({ name: "举报人甲" })
    const e = redactEvent(m.history[0]!, {})
    expect(JSON.stringify(e)).not.toContain("举报人甲")
    expect(JSON.stringify(m.history[0])).toContain("举报人甲")
  })
})

describe("audit", () => {
  it("finds forged histories", () => {
    const m = new Machine()
    majorRectifying(m)
    m.ok({ _tag: "CompleteRectification", hazardId: "YH-1" }, actors.staff)
    const h = m.history
    const at = new Date("2024-04-01T00:00:00.000Z")
    const closedBySelf: HazardEvent = { _tag: "HazardClosed", hazardId: "YH-1" as never, version: h.length + 1, at, actor: actors.staff as never, how: "verified", evidence: [] }
    expect(auditHistory([...h, closedBySelf]).map((v) => v.rule)).toEqual(["verifier-not-rectifier"])
    const movedDeadline: HazardEvent = { _tag: "FiveInPlaceRecorded", hazardId: "YH-1" as never, version: h.length + 1, at, actor: actors.staff as never, deadline: d("2024-12-31") }
    expect(auditHistory([...h, movedDeadline]).map((v) => v.rule)).toEqual(["deadline-moves-only-by-extension"])
    const early = new Machine()
    early.ok(majorReport())
    const closedMajor: HazardEvent = { _tag: "HazardClosed", hazardId: "YH-1" as never, version: 2, at, actor: actors.staff as never, how: "fixed-on-discovery", evidence: [] }
    expect(auditHistory([...early.history, closedMajor]).map((v) => v.rule)).toEqual(["fixed-on-discovery-general-only", "five-in-place-at-closure"])
    expect(auditHistory([h[1]!]).map((v) => v.rule)).toEqual(["versions", "history"])
  })
})
