/** JSON packs and rules read the enterprise profile (`enterprise.*`), and expose their fact declarations. */
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as CalendarDate from "../calendar/CalendarDate.ts"
import * as C from "../condition/Condition.ts"
import { labelAt } from "../condition/FactDeclaration.ts"
import * as Outcome from "../rule/Outcome.ts"
import * as Rule from "../rule/Rule.ts"
import * as Pack from "./Pack.ts"

const text = (zh: string, en: string) => ({ "zh-CN": zh, en })
const rule = (violationWhen: unknown) => ({
  id: "staffing/officer",
  title: text("安全管理人员", "Safety officer"),
  message: text("从业人员超过100人未配备专职安全生产管理人员", "Over 100 staff and no full-time safety officer"),
  remediation: text("配备", "Appoint one"),
  citation: { document: "work-safety-law-2021", article: 24, verified: true },
  severity: "general",
  effective: { from: "2021-09-01" },
  violationWhen
})
const file = (facts: Record<string, unknown>, violationWhen: unknown) => ({
  id: "staffing",
  name: text("配备", "Staffing"),
  version: "0.1.0",
  factsKey: "staffing",
  facts,
  rules: [rule(violationWhen)]
})
const problems = (json: unknown): Array<string> => {
  const r = Pack.decodeJson(json)
  return Result.isSuccess(r) ? [] : r.failure.issues.map(Pack.formatIssue)
}
const when = {
  all: [
    { op: ">", left: { fact: "enterprise.employees" }, right: { value: 100 } },
    { op: "=", left: { fact: "facts.fullTimeOfficer" }, right: { value: false } }
  ]
}
const own = { "facts.fullTimeOfficer": { type: "boolean", label: text("配备专职安全生产管理人员", "full-time safety officer") } }

describe("enterprise.* in a JSON pack", () => {
  it("is read without declaring it, checked against the enterprise profile", () => {
    const pack = Pack.fromJson(file(own, when))
    const subject = { enterprise: { employees: 150 }, facts: { fullTimeOfficer: false } } as any
    const o = pack.rules[0]!.evaluate(subject, { asOf: CalendarDate.make("2026-06-01"), params: {}, explain: true })
    expect(o).toEqual(Outcome.violation(
      [{ path: "enterprise.employees", value: 150 }, { path: "facts.fullTimeOfficer", value: false }],
      text("从业人员数为150人，大于100人；配备专职安全生产管理人员：否", "staff is 150 people, more than 100 people; full-time safety officer: no")
    ))
  })
  it("may be relabelled, not retyped; an unknown enterprise path or section is refused", () => {
    expect(problems(file({ ...own, "enterprise.employees": { type: "integer", label: text("职工人数", "workers") } }, when))).toEqual([])
    expect(problems(file({ ...own, "enterprise.employees": { type: "string", label: text("职工人数", "workers") } }, when))).toEqual([
      `at $.facts["enterprise.employees"].type: "enterprise.employees" is a integer field of the enterprise profile, not string`,
      `rule "staffing/officer" at $.rules[0].violationWhen.all[0].right: cannot compare a string with a number`
    ])
    expect(problems(file({ ...own, "enterprise.headcount": { type: "integer", label: text("人数", "head-count") } }, when))).toEqual([
      `at $.facts["enterprise.headcount"]: "enterprise.headcount" is not a field of the enterprise profile; declare the pack's own facts under "facts."`
    ])
    expect(problems(file({ ...own, "other.x": { type: "integer", label: text("x", "x") } }, when))).toEqual([
      `at $.facts["other.x"]: a fact path starts with "facts." (the pack's own section) or "enterprise." (the enterprise profile)`
    ])
    expect(problems(file(own, { op: ">", left: { fact: "enterprise.headcount" }, right: { value: 1 } }))).toEqual([
      `rule "staffing/officer" at $.rules[0].violationWhen.left.fact: "enterprise.headcount" is not a declared fact`
    ])
  })
})

describe("a rule's fact declarations", () => {
  it("are the declarations of the paths it reads, the enterprise's included", () => {
    const r = Pack.fromJson(file({ ...own, "facts.unused": { type: "boolean", label: text("未用", "unused") } }, when)).rules[0]!
    expect(Object.keys(r.factDeclarations ?? {}).sort()).toEqual(["enterprise.employees", "facts.fullTimeOfficer"])
    expect(r.factDeclarations?.["enterprise.employees"]?.label).toEqual(text("从业人员数", "staff"))
  })
  it("name a missing fact in words, an entry's field with its position", () => {
    const r = Rule.fromCondition({
      ...(rule(undefined) as any),
      facts: { "facts.rooms": { type: "list", label: text("作业间", "room"), items: { workers: { type: "integer", label: text("作业人数", "workers") } } } },
      violationWhen: C.some("facts.rooms", C.gt("workers", 9))
    })
    expect(labelAt(r.factDeclarations!, "facts.rooms[2].workers")).toEqual(text("作业间（第3项）作业人数", "room #3 workers"))
    expect(labelAt(r.factDeclarations!, "facts.rooms")).toEqual(text("作业间", "room"))
    expect(labelAt(r.factDeclarations!, "facts.other")).toBeUndefined()
  })
  it("a hand-written rule may give them, for paths it reads", () => {
    const base = { ...(rule(undefined) as any), facts: {} as any, evaluate: () => Outcome.compliant([]) }
    expect(Rule.define({ ...base, reads: ["facts.x"], factDeclarations: { "facts.x": { type: "boolean", label: text("x", "x") } } }).factDeclarations).toBeDefined()
    expect(() => Rule.define({ ...base, reads: ["facts.x"], factDeclarations: { "facts.y": { type: "boolean", label: text("y", "y") } } })).toThrow(
      `rule "staffing/officer": factDeclarations name paths it does not read: facts.y`
    )
  })
})
