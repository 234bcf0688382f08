/**
 * Rule-level forms of the rule language: the not-applicable reason, and (below) the features the
 * ports asked for, each through `Rule.fromCondition` as a pack uses it.
 */
import { describe, expect, it } from "vitest"
import * as CalendarDate from "../calendar/CalendarDate.ts"
import * as Outcome from "../rule/Outcome.ts"
import * as Rule from "../rule/Rule.ts"
import * as C from "./Condition.ts"
import type { Condition } from "./Condition.ts"
import type { ConditionRuleDefinition } from "./ConditionRule.ts"
import type { FactDeclarations } from "./FactDeclaration.ts"

export const text = (zh: string, en: string) => ({ "zh-CN": zh, en })
export const asOf = CalendarDate.make("2026-06-01")
export const facts: FactDeclarations = {
  "facts.permits": {
    type: "list",
    label: text("作业票", "permit"),
    items: {
      id: { type: "string", label: text("编号", "number") },
      kind: { type: "string", label: text("种类", "kind"), values: ["hot-work", "confined-space"] },
      issuedOn: { type: "date", label: text("签发日期", "issued on") },
      hours: { type: "number", label: text("时长", "hours"), unit: text("小时", "h") }
    }
  }
}
export const makeRule = (parts: Partial<ConditionRuleDefinition> & { readonly violationWhen: Condition }) =>
  Rule.fromCondition({
    id: "demo/rule",
    title: text("t", "t"), message: text("m", "m"), remediation: text("r", "r"),
    citation: { document: "work-safety-law-2021", article: 42, verified: true },
    severity: "general",
    effective: { from: "2021-09-01" },
    facts,
    ...parts
  } as ConditionRuleDefinition)
export const both = (rule: Rule.Rule<any>, section: Record<string, unknown> | undefined, params: Record<string, unknown> = {}) => {
  const subject = { enterprise: {}, facts: section }
  const quick = rule.evaluate(subject, { asOf, params: params as any, explain: false })
  const explained = rule.evaluate(subject, { asOf, params: params as any, explain: true })
  expect(quick.kind).toBe(explained.kind)
  return { quick, explained }
}

describe("notApplicableReason", () => {
  const rule = makeRule({
    notApplicableWhen: C.none("facts.permits", C.eq("kind", "hot-work"), { asOf: "issuedOn" }),
    notApplicableReason: "no hot-work permit",
    violationWhen: C.some("facts.permits", C.all(C.eq("kind", "hot-work"), C.gt("hours", 8)), { asOf: "issuedOn" })
  })
  it("is the reason of a not-applicable outcome, quick and explained", () => {
    const later = { permits: [{ kind: "hot-work", issuedOn: CalendarDate.make("2026-07-01"), hours: 9 }, { kind: "confined-space", hours: 30 }] }
    const { quick, explained } = both(rule, later)
    expect(explained).toEqual(Outcome.notApplicable("no hot-work permit"))
    expect(quick).toEqual(Outcome.notApplicable("no hot-work permit"))
    expect(both(rule, { permits: [{ kind: "hot-work", hours: 9 }] }).explained.kind).toBe("violation")
    expect(both(rule, {}).explained).toEqual(Outcome.indeterminate(["facts.permits"]))
  })
  it("needs notApplicableWhen", () => {
    expect(() => Rule.prepare(makeRule({ notApplicableReason: "x", violationWhen: C.present("facts.permits") }))).toThrow(
      `at $.notApplicableReason: "notApplicableReason" needs "notApplicableWhen"`
    )
  })
})

describe("missing paths of a rule", () => {
  const nested: FactDeclarations = {
    "facts.training.file.kept": { type: "boolean", label: text("建立档案", "records kept") },
    "facts.training.file.truthful": { type: "boolean", label: text("如实记录", "truthful") },
    "facts.evacuation.exitsCompliant": { type: "boolean", label: text("出口符合要求", "exits compliant") },
    "facts.evacuation.exitsObstructed": { type: "boolean", label: text("出口被占用", "exits obstructed") },
    "facts.staff": {
      type: "list",
      label: text("人员", "staff"),
      items: {
        "certificate.held": { type: "boolean", label: text("持证", "certificate held") },
        "assessment.passed": { type: "boolean", label: text("考核合格", "passed") },
        "assessment.date": { type: "date", label: text("考核日期", "assessed on") }
      }
    }
  }
  it("an absent object is asked for as the common prefix of what the rule reads through it", () => {
    const file = makeRule({ facts: nested, violationWhen: C.any(C.eq("facts.training.file.kept", false), C.eq("facts.training.file.truthful", false)) })
    expect(both(file, {}).explained).toEqual(Outcome.indeterminate(["facts.training.file"]))
    expect(both(file, undefined).explained).toEqual(Outcome.indeterminate(["facts.training.file"]))
    // a list and its entries' fields read: the list (not the section)
    const listed: FactDeclarations = {
      "facts.dualPrevention.hazards": { type: "list", label: text("重大事故隐患", "major hazards"), items: { reported: { type: "boolean", label: text("已报告", "reported") }, on: { type: "date", label: text("认定日期", "identified on") } } }
    }
    const hazards = makeRule({
      facts: listed,
      notApplicableWhen: C.none("facts.dualPrevention.hazards", undefined, { asOf: "on" }),
      violationWhen: C.some("facts.dualPrevention.hazards", C.eq("reported", false), { asOf: "on" })
    })
    expect(both(hazards, undefined).explained).toEqual(Outcome.indeterminate(["facts.dualPrevention.hazards"]))
    const exits = makeRule({ facts: nested, violationWhen: C.any(C.eq("facts.evacuation.exitsCompliant", false), C.eq("facts.evacuation.exitsObstructed", true)) })
    expect(both(exits, {}).explained).toEqual(Outcome.indeterminate(["facts.evacuation"]))
  })
  it("inside an entry too: the common path of the entry's fields read through the absent object", () => {
    const held = makeRule({ facts: nested, violationWhen: C.some("facts.staff", C.eq("certificate.held", false)) })
    expect(both(held, { staff: [{}] }).explained).toEqual(Outcome.indeterminate(["facts.staff[0].certificate.held"]))
    const assessed = makeRule({ facts: nested, violationWhen: C.some("facts.staff", C.any(C.eq("assessment.passed", false), C.gt("assessment.date", C.asOfDate()))) })
    expect(both(assessed, { staff: [{ assessment: { passed: true, date: CalendarDate.make("2025-01-01") } }, {}] }).explained).toEqual(Outcome.indeterminate(["facts.staff[1].assessment"]))
  })
})

describe("when … scope and {$reasons、}", () => {
  const scoped = (scope: boolean) =>
    makeRule({
      evidence: "read",
      violationWhen: C.some("facts.permits", C.when(C.eq("kind", "hot-work"), C.because(C.gt("hours", 8), "{id}超时", "{id} overran"), { scope }), { heading: false })
    })
  const permits = [{ id: "A", kind: "confined-space", hours: 30 }, { id: "B", kind: "hot-work", hours: 9 }]
  it("scope: an entry out of scope gives no evidence, even of every fact read", () => {
    expect(both(scoped(true), { permits }).explained).toEqual(Outcome.violation([{ path: "facts.permits[1].kind", value: "hot-work" }, { path: "facts.permits[1].hours", value: 9 }], text("B超时", "B overran")))
    expect(both(scoped(false), { permits }).explained.kind === "violation" && (both(scoped(false), { permits }).explained as Outcome.Violation).evidence[0]).toEqual({ path: "facts.permits[0].kind", value: "confined-space" })
  })
  it("{$reasons、} enumerates the deciding parts", () => {
    const rule = makeRule({
      violationWhen: C.some(
        "facts.permits",
        C.because(C.any(C.because(C.lt("hours", 1), "时长", "hours"), C.because(C.not(C.present("id")), "编号", "number")), "作业票未记录{$reasons、}", "the permit does not state the {$reasons、}"),
        { heading: false }
      )
    })
    expect(both(rule, { permits: [{ hours: 0 }] }).explained).toMatchObject({ details: text("作业票未记录时长、编号", "the permit does not state the hours, number") })
  })
})

describe("facts whose absence has a meaning, arguments that are not evidence or may be absent", () => {
  const more: FactDeclarations = {
    ...facts,
    "facts.stage": { type: "string", label: text("阶段", "stage"), values: ["design", "construction"] },
    "facts.built": { type: "boolean", label: text("同时施工", "built concurrently") },
    "facts.kind": { type: "string", label: text("类型", "kind") },
    "facts.people": { type: "integer", label: text("人数", "people") }
  }
  const grade = { returns: "boolean" as const, arity: 2, label: text("一级或二级", "grade 1 or 2"), evaluate: (kind: string, people: number | undefined) => (people === undefined ? (kind === "tank" ? true : undefined) : people > 10) }
  it("ifAbsent: a recorded value decides, an absent one is the given value (not missing, no evidence)", () => {
    const rule = makeRule({ facts: more, violationWhen: C.eq(C.factOr("facts.built", true), false) })
    expect(both(rule, {}).explained).toEqual(Outcome.compliant([]))
    expect(both(rule, { built: false }).explained).toMatchObject({ kind: "violation", evidence: [{ path: "facts.built", value: false }] })
  })
  it("evidence: false reads without naming; optional passes an absent argument", () => {
    const rule = makeRule({
      facts: more,
      functions: { grade },
      violationWhen: { call: "grade", args: [{ fact: "facts.kind", evidence: false }, { fact: "facts.people", optional: true }] }
    })
    expect(both(rule, { kind: "tank" }).explained).toMatchObject({ kind: "violation", evidence: [] })
    expect(both(rule, { kind: "tank", people: 11 }).explained).toMatchObject({ kind: "violation", evidence: [{ path: "facts.people", value: 11 }] })
    expect(both(rule, { kind: "pipe" }).explained).toEqual(Outcome.indeterminate(["grade()"]))
    expect(both(rule, {}).explained).toEqual(Outcome.indeterminate(["facts.kind"]))
  })
  it("when … guardEvidence: false: only the checked part is evidence", () => {
    const rule = makeRule({ facts: more, violationWhen: C.when(C.eq("facts.stage", "construction"), C.eq("facts.built", false), { guardEvidence: false }) })
    expect(both(rule, { stage: "construction", built: false }).explained).toEqual(Outcome.violation([{ path: "facts.built", value: false }], text("同时施工：否", "built concurrently: no")))
  })
  it("templates: {(path)} in brackets when present, + joins pieces", () => {
    const rule = makeRule({
      violationWhen: C.some("facts.permits", C.because(C.gt("hours", 8), "{kind+=#+#|=#+#}作业{(id)}超时", "{kind+=#+#|=#+#} work{(id)} overran"), { heading: false })
    })
    expect(both(rule, { permits: [{ kind: "hot-work", hours: 9, id: "DH-1" }, { hours: 9 }] }).explained).toMatchObject({
      details: text("hot-work#1作业（DH-1）超时；#2作业超时", "hot-work#1 work (DH-1) overran; #2 work overran")
    })
  })
})

describe("guard evidence of unless, shown facts that are absent, totals of an absent list", () => {
  const more: FactDeclarations = {
    ...facts,
    "facts.system": { type: "boolean", label: text("已建立制度", "system exists") },
    "facts.applied": { type: "boolean", label: text("按分级管控", "applied") },
    "facts.activities": { type: "strings", label: text("危险物品活动", "dangerous-goods activities") }
  }
  it("unless … guardEvidence: false: a holding guard is no evidence", () => {
    const rule = (guardEvidence: boolean) => makeRule({ facts: more, evidence: "read", violationWhen: C.unless(C.eq("facts.system", false), C.eq("facts.applied", false), { guardEvidence }) })
    expect(both(rule(false), { system: false }).explained).toEqual(Outcome.compliant([]))
    expect(both(rule(true), { system: false }).explained).toEqual(Outcome.compliant([{ path: "facts.system", value: false }]))
  })
  it("show … orNull and count … orNull name an absent fact with null", () => {
    const rule = makeRule({
      facts: more,
      violationWhen: C.any(
        C.all(C.eq("facts.applied", false), C.show("facts.activities", { orNull: true })),
        C.eq(C.count("facts.permits", undefined, { as: "facts.permits[all]", orNull: true }), 3)
      ),
      evidence: "read"
    })
    expect(both(rule, { applied: false }).explained).toMatchObject({
      kind: "violation",
      evidence: [{ path: "facts.applied", value: false }, { path: "facts.activities", value: null }, { path: "facts.permits[all]", value: null }]
    })
  })
})

describe("one: a condition on one object, asked for as that object", () => {
  const contractor: FactDeclarations = {
    "facts.contractor.workSafetyLicence.held": { type: "boolean", label: text("持有安全生产许可证", "licence held") },
    "facts.contractor.workSafetyLicence.valid": { type: "boolean", label: text("许可证有效", "licence valid") },
    "facts.contractor.qualification.held": { type: "boolean", label: text("具备资质", "qualified") }
  }
  const rule = makeRule({
    facts: contractor,
    violationWhen: C.any(
      C.one("facts.contractor.workSafetyLicence", C.any(C.because(C.eq("held", false), "未取得", "none"), C.because(C.eq("valid", false), "已失效", "expired")), { entry: text("安全生产许可证", "work-safety licence") }),
      C.one("facts.contractor.qualification", C.eq("held", false))
    )
  })
  it("an absent object, however far up, is missing as the object", () => {
    expect(both(rule, undefined).explained).toEqual(Outcome.indeterminate(["facts.contractor.workSafetyLicence", "facts.contractor.qualification"]))
    expect(both(rule, { contractor: { workSafetyLicence: {} , qualification: { held: true } } }).explained).toEqual(
      Outcome.indeterminate(["facts.contractor.workSafetyLicence.held", "facts.contractor.workSafetyLicence.valid"])
    )
  })
  it("its reasons once under its heading; evidence at its fields' paths", () => {
    expect(both(rule, { contractor: { workSafetyLicence: { held: false, valid: false } } }).explained).toEqual(Outcome.violation(
      [{ path: "facts.contractor.workSafetyLicence.held", value: false }, { path: "facts.contractor.workSafetyLicence.valid", value: false }],
      text("安全生产许可证：未取得；已失效", "work-safety licence: none; expired")
    ))
  })
})

describe("indeterminate outcomes", () => {
  const rule = makeRule({
    evidence: "read",
    violationWhen: C.any(C.some("facts.permits", C.gt("hours", 8)), C.every("facts.permits", C.eq("kind", "hot-work")))
  })
  it("each keeps its own missing paths, each once in the order first met, however many the rule explains after it", () => {
    const first = both(rule, { permits: [{ kind: "hot-work" }, {}] }).explained
    const copy = structuredClone(first)
    expect(first).toEqual(Outcome.indeterminate(["facts.permits[0].hours", "facts.permits[1].hours", "facts.permits[1].kind"]))
    // the later explanations (another indeterminate one, a violation, one where nothing is known) leave it as it was
    expect(both(rule, { permits: [{}] }).explained).toEqual(Outcome.indeterminate(["facts.permits[0].hours", "facts.permits[0].kind"]))
    expect(both(rule, { permits: [{ hours: 9 }] }).explained.kind).toBe("violation")
    expect(both(rule, undefined).explained).toEqual(Outcome.indeterminate(["facts.permits"]))
    expect(first).toEqual(copy)
    // explained 40 times (its explaining path then generated code), the same
    for (let i = 0; i < 40; i++) both(rule, { permits: [{}] })
    expect(both(rule, { permits: [{ kind: "hot-work" }, {}] }).explained).toEqual(copy)
    expect(first).toEqual(copy)
  })
})
