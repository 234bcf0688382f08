import { Result, Schema, SchemaIssue } from "effect"
import { describe, expect, it } from "vitest"
import * as CalendarDate from "../calendar/CalendarDate.ts"
import { Campaign, phasesOn } from "./index.ts"

const issues = (u: unknown) => {
  const r = Schema.decodeUnknownResult(Campaign, { errors: "all" })(u)
  return Result.isFailure(r) ? SchemaIssue.makeFormatterStandardSchemaV1()(r.failure.issue).issues : []
}

// Shape of seed 001: the 15 hard measures self-check (Apr 20 – Jun 30), then rectification to Dec 31.
const campaign = {
  id: "2022-15-measures",
  name: "安全生产十五条措施专项行动",
  issuer: { name: "某镇安全生产委员会", jurisdiction: "320571001" },
  documentNumber: "某安委〔2022〕3号",
  window: { from: "2022-04-20", to: "2022-12-31" },
  leadingGroup: {
    leader: { name: "张某", title: "镇长" },
    deputies: [{ name: "李某", title: "副镇长" }],
    members: [{ name: "赵某", unit: "安监办" }],
    officeDirector: { name: "钱某" },
    liaison: { name: "孙某" }
  },
  scope: { jurisdictions: ["320571001"], sectors: ["hazardous-chemicals", "industry-trade"] },
  checklist: [
    { id: "1", text: "党委政府安全生产责任落实情况" },
    { id: "2", text: "部门安全监管责任", ruleIds: ["work-safety-law/department-duty"] }
  ],
  phases: [
    { name: "自查自纠", kind: "self-check", window: { from: "2022-04-20", to: "2022-06-30" } },
    { name: "集中整治", kind: "rectification", window: { from: "2022-07-01", to: "2022-12-31" } }
  ],
  targets: [{ metric: "self-inspection-coverage", value: 1, unit: "ratio" }],
  reporting: [
    { kind: "monthly", dueDay: 25, dueMonthOffset: 0, recipient: "镇安委办" },
    { kind: "final", due: "2022-12-20" }
  ]
}

describe("Campaign", () => {
  it("decodes the seed shape", () => {
    const c = Schema.decodeUnknownSync(Campaign)(campaign)
    expect(c.phases[1]?.window.from).toEqual(CalendarDate.make("2022-07-01"))
    expect(c.reporting[1]).toEqual({ kind: "final", due: CalendarDate.make("2022-12-20") })
    expect(phasesOn(c, CalendarDate.make("2022-06-30")).map((p) => p.name)).toEqual(["自查自纠"])
    expect(phasesOn(c, CalendarDate.make("2023-01-01"))).toEqual([])
  })

  it("the scope needs jurisdictions and sectors", () => {
    expect(issues({ ...campaign, scope: { jurisdictions: [], sectors: ["gas", "oil"] } })).toEqual([
      { path: ["scope", "jurisdictions", 0], message: "a campaign covers at least one jurisdiction" },
      { path: ["scope", "sectors", 1], message: expect.stringContaining("Expected a known sector") }
    ])
  })

  it("checks item ids, phase windows and reporting", () => {
    expect(issues({
      ...campaign,
      checklist: [{ id: "1", text: "a" }, { id: "1", text: "b" }],
      phases: [
        { name: "回头看", window: { from: "2023-01-01", to: "2023-01-31" } },
        { name: "倒置", window: { from: "2022-06-01", to: "2022-05-01" } }
      ]
    })).toEqual([
      { path: ["checklist", 1, "id"], message: "duplicate checklist item id 1" },
      { path: ["phases", 0, "window"], message: "phase 回头看 lies outside the campaign window" },
      { path: ["phases", 1, "window", "to"], message: "a window cannot end before it starts" }
    ])
    expect(issues({ ...campaign, reporting: [{ kind: "monthly", dueDay: 32, dueMonthOffset: 0 }] })[0]?.path)
      .toEqual(["reporting", 0, "dueDay"])
  })
})
