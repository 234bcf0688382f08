import { Result, Schema, SchemaIssue } from "effect"
import { describe, expect, it } from "vitest"
import * as CalendarDate from "../calendar/CalendarDate.ts"
import { Hazard, HazardStates, isHazardOverdue, isOpenHazard, lacksFiveInPlace } from "./index.ts"

const issues = (u: unknown) => {
  const r = Schema.decodeUnknownResult(Hazard, { errors: "all" })(u)
  return Result.isFailure(r) ? SchemaIssue.makeFormatterStandardSchemaV1()(r.failure.issue).issues : []
}

const general = {
  id: "YH-2024-0017",
  subject: "914403001922038216",
  jurisdiction: "320571",
  sector: "hazardous-chemicals",
  level: "general",
  description: "消防通道堵塞",
  source: { kind: "self-inspection" },
  discoveredOn: "2024-03-01",
  deadline: "2024-03-03",
  state: "rectifying",
  evidence: ["file://photos/0017-1.jpg"]
}

const major = {
  ...general,
  id: "YH-2024-0018",
  level: "major",
  description: "涉及重点监管危险化工工艺的装置未实现自动化控制",
  source: {
    kind: "rule-finding",
    ruleId: "hazchem/automation",
    citation: { document: "hazchem-major-hazard-2017", item: 4, verified: true }
  },
  fiveInPlace: {
    measures: "增设DCS及紧急停车系统",
    funds: 800_000,
    deadline: "2024-06-30",
    responsiblePerson: { name: "王某", title: "总经理" },
    emergencyPlan: "硝化车间专项应急预案"
  },
  listedSupervision: { level: "county", by: "320571", listedOn: "2024-03-05" },
  state: "rectification-planned",
  deadline: "2024-06-30"
}

describe("Hazard", () => {
  it("decodes general and major hazards", () => {
    const g = Schema.decodeUnknownSync(Hazard)(general)
    expect(g.discoveredOn).toEqual(CalendarDate.make("2024-03-01"))
    const m = Schema.decodeUnknownSync(Hazard)(major)
    expect(m.fiveInPlace?.funds).toBe(800_000)
    expect(m.source.citation).toEqual({ document: "hazchem-major-hazard-2017", item: 4, verified: true })
  })

  it("五落实 needs all five items", () => {
    const { emergencyPlan: _, ...four } = major.fiveInPlace
    expect(issues({ ...major, fiveInPlace: four })).toEqual([{ path: ["fiveInPlace", "emergencyPlan"], message: "Missing key" }])
    expect(issues({ ...major, fiveInPlace: { ...major.fiveInPlace, funds: -1 } })).toEqual([
      { path: ["fiveInPlace", "funds"], message: "Expected a non-negative amount of yuan (元)" }
    ])
  })

  it("rejects unknown states and levels with the allowed values", () => {
    expect(issues({ ...general, state: "done", level: "severe" })).toEqual([
      { path: ["level"], message: 'Expected a hazard level (隐患等级): "general" | "major"' },
      { path: ["state"], message: `Expected a hazard state (隐患状态): ${HazardStates.map((s) => JSON.stringify(s)).join(" | ")}` }
    ])
  })

  it("checks dates against the discovery date", () => {
    expect(issues({ ...general, deadline: "2024-02-01", closedOn: "2024-02-02" })).toEqual([
      { path: ["deadline"], message: "the rectification deadline cannot precede the discovery date" },
      { path: ["closedOn"], message: "a hazard cannot be closed before it was discovered" }
    ])
  })

  it("keeps a whistle-blower's identity in the source (to be redacted on export)", () => {
    const h = Schema.decodeUnknownSync(Hazard)({
      ...general,
      source: { kind: "public-report", reporter: { anonymous: false, name: "匿名群众", contact: "138****0000" } }
    })
    expect(h.source.reporter?.anonymous).toBe(false)
  })

  it("overdue, open, five-in-place helpers", () => {
    const g = Schema.decodeUnknownSync(Hazard)(general)
    expect(isOpenHazard(g)).toBe(true)
    expect(isHazardOverdue(g, CalendarDate.make("2024-03-03"))).toBe(false)
    expect(isHazardOverdue(g, CalendarDate.make("2024-03-04"))).toBe(true)
    expect(isHazardOverdue({ ...g, state: "closed" }, CalendarDate.make("2024-03-04"))).toBe(false)
    const { deadline: _d, ...noDeadline } = g
    expect(isHazardOverdue(noDeadline, CalendarDate.make("2030-01-01"))).toBe(false)
    const m = Schema.decodeUnknownSync(Hazard)(major)
    expect(lacksFiveInPlace(m)).toBe(false)
    const { fiveInPlace: _f, ...bare } = m
    expect(lacksFiveInPlace(bare)).toBe(true)
    expect(lacksFiveInPlace(g)).toBe(false)
  })
})
