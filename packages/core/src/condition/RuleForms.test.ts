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
    expect(() => makeRule({ notApplicableReason: "x", violationWhen: C.present("facts.permits") })).toThrow(
      `at $.notApplicableReason: "notApplicableReason" needs "notApplicableWhen"`
    )
  })
})
