/**
 * A rule written in the rule language is validated and compiled on first use, once per rule version:
 * importing (defining) a pack compiles nothing; `Rule.prepare`, `Pack.validate` and `Pack.fromJson`
 * ask at once.
 */
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import * as CalendarDate from "../calendar/CalendarDate.ts"
import * as Engine from "../evaluation/Engine.ts"
import * as Outcome from "../rule/Outcome.ts"
import * as Pack from "../pack/Pack.ts"
import * as Rule from "../rule/Rule.ts"
import type { RuleContext } from "../rule/Rule.ts"
import * as C from "./Condition.ts"
import type { Condition } from "./Condition.ts"
import { compileStats, ConditionRuleError, GENERATE_AFTER } from "./ConditionRule.ts"
import { sourceName } from "./QuickCode.ts"
import type { FactDeclarations } from "./FactDeclaration.ts"

const text = (zh: string, en: string) => ({ "zh-CN": zh, en })
const facts: FactDeclarations = {
  "facts.n": { type: "integer", label: text("人数", "workers") },
  "facts.flag": { type: "boolean", label: text("报警装置", "alarm") }
}
const make = (id: string, violationWhen: Condition) =>
  Rule.fromCondition({
    id: `lazy/${id}`,
    title: text("t", "t"), message: text("m", "m"), remediation: text("r", "r"),
    citation: { document: "work-safety-law-2021", article: 1, verified: false },
    severity: "general", effective: { from: "2023-01-01" }, facts, violationWhen
  })
const ctx = (explain?: false): RuleContext<any> => ({ asOf: CalendarDate.make("2024-01-01"), params: {}, ...(explain === false ? { explain } : {}) })
const subject = (f: Record<string, unknown>) => ({ enterprise: {}, facts: f })

describe("condition rules compiled on first use", () => {
  it("compiles nothing when a rule is defined, then once on its first evaluation", () => {
    const before = compileStats.compiled
    const rule = make("crowded", C.gt("facts.n", 9))
    const other = make("no-alarm", C.eq("facts.flag", false))
    expect(compileStats.compiled).toBe(before)
    // what the registry reads is there without compiling
    expect(rule.reads).toEqual(["facts.n"])
    expect(Object.keys(rule.factDeclarations ?? {})).toEqual(["facts.n"])
    expect(compileStats.compiled).toBe(before)

    expect(rule.evaluate(subject({ n: 10 }), ctx(false))).toBe(Outcome.quickViolation)
    expect(compileStats.compiled).toBe(before + 1)
    expect(rule.evaluate(subject({ n: 10 }), ctx()).kind).toBe("violation")
    expect(rule.evaluate(subject({ n: 1 }), ctx(false))).toBe(Outcome.quickCompliant)
    Rule.prepare(rule)
    expect(compileStats.compiled).toBe(before + 1)
    // a copy made before the first evaluation answers alike (through the compiled rule)
    const copy = { ...other }
    expect(copy.evaluate(subject({ flag: false }), ctx(false))).toBe(Outcome.quickViolation)
    expect(other.evaluate(subject({ flag: true }), ctx(false))).toBe(Outcome.quickCompliant)
    expect(copy.evaluate(subject({}), ctx()).kind).toBe("indeterminate")
    expect(compileStats.compiled).toBe(before + 2)

    Pack.validate(Pack.define({ id: "lazy", name: text("l", "l"), version: "0.1.0", rules: [rule, other, make("third", C.present("facts.n"))] }))
    expect(compileStats.compiled).toBe(before + 3)
  })

  it("an engine compiles only the rules it evaluates", () => {
    const before = compileStats.compiled
    const evaluated = make("evaluated", C.gt("facts.n", 9))
    const idle = { ...make("idle", C.gt("facts.n", 9)), appliesTo: { sectors: ["coal-mine"] as const } }
    const engine = Engine.make({ packs: [Pack.define({ id: "lazy", name: text("l", "l"), version: "0.1.0", factsKey: "lazy", facts: Schema.Struct({ n: Schema.optionalKey(Schema.Number) }), rules: [evaluated, idle] })] })
    expect(compileStats.compiled).toBe(before)
    const result = engine.evaluateRecord({ id: "e1", name: "e", creditCode: "91110000100000000R", sectors: ["industry-trade"], jurisdiction: "110000", facts: { lazy: { n: 10 } } }, 0, engine.plan("2024-01-01"), "all")
    expect(result._tag === "rejected" ? result.issues : result.findings.map((f) => `${f.ruleId} ${f.outcome}`)).toEqual(["lazy/evaluated violation"])
    expect(compileStats.compiled).toBe(before + 1)
  })

  it("keeps a bad rule's error for Rule.prepare, Pack.validate and its evaluations", () => {
    const bad = make("bad", C.gt("facts.nope", 1))
    const message = `rule "lazy/bad": at $.violationWhen.left.fact: "facts.nope" is not a declared fact`
    expect(() => Rule.prepare(bad)).toThrow(ConditionRuleError)
    expect(() => Rule.prepare(bad)).toThrow(message)
    expect(() => Pack.validate(Pack.define({ id: "lazy", name: text("l", "l"), version: "0.1.0", rules: [make("good", C.gt("facts.n", 1)), bad] }))).toThrow(message)
    expect(() => bad.evaluate(subject({ n: 1 }), ctx(false))).toThrow(message)
    expect(() => bad.evaluate(subject({ n: 1 }), ctx())).toThrow(message)
  })

  it("answers with the closures first, then with generated code after GENERATE_AFTER evaluations, alike", () => {
    const rule = make("tiered", C.all(C.gt("facts.n", 9), C.eq("facts.flag", false)))
    const closuresOnly = make("tiered-closures", C.all(C.gt("facts.n", 9), C.eq("facts.flag", false)))
    const subjects = [subject({ n: 10, flag: false }), subject({ n: 1, flag: false }), subject({ n: 10 }), subject({ flag: true })]
    const answers = (r: Rule.Rule<any>, s: unknown) => {
      const explained = r.evaluate(s, ctx())
      return [r.evaluate(s, ctx(false)).kind, explained.kind, explained.kind === "indeterminate" ? explained.missing : explained.kind === "not-applicable" ? [] : explained.evidence]
    }
    const generatedBefore = compileStats.generated
    const first = rule.evaluate
    const seen = subjects.map((s) => answers(rule, s))
    // 8 evaluations: the closures still answer, through the counting step
    expect(compileStats.generated).toBe(generatedBefore)
    expect(rule.evaluate).not.toBe(first)
    const counting = rule.evaluate
    for (let i = 8; i < GENERATE_AFTER - 1; i++) rule.evaluate(subjects[i % 4], ctx(false))
    expect(compileStats.generated).toBe(generatedBefore)
    expect(rule.evaluate).toBe(counting)
    // the GENERATE_AFTER-th: generated code, which becomes the rule's evaluate
    expect(rule.evaluate(subjects[0], ctx(false))).toBe(Outcome.quickViolation)
    expect(compileStats.generated).toBe(generatedBefore + 1)
    expect(rule.evaluate).not.toBe(counting)
    expect(subjects.map((s) => answers(rule, s))).toEqual(seen)
    expect(subjects.map((s) => answers(closuresOnly, s))).toEqual(seen)
    expect(seen.map(([q, e]) => `${q} ${e}`)).toEqual(["violation violation", "compliant compliant", "indeterminate indeterminate", "compliant compliant"])
    expect(compileStats.generated).toBe(generatedBefore + 1)
  })

  it("names its generated code after the rule version in stack traces (and CPU profiles)", () => {
    const rule = make("named", C.gt("facts.n", 9))
    for (let i = 0; i < GENERATE_AFTER; i++) rule.evaluate(subject({ n: 1 }), ctx(false))
    const throwing = { enterprise: {}, facts: Object.defineProperty({}, "n", { enumerable: true, get: () => { throw new Error("unreadable") } }) }
    let stack = ""
    try {
      rule.evaluate(throwing, ctx(false))
    } catch (e) {
      stack = String((e as Error).stack)
    }
    expect(stack).toContain("anquan-rule:lazy/named@2023-01-01/violationWhen/quick")
    // only a safe subset of the name reaches the generated source (a comment line there)
    expect(sourceName("a\n}; throw 1 //", "quick")).toBe("\n//# sourceURL=anquan-rule:a____throw_1_///quick")
    expect(sourceName(undefined, "quick")).toBe("")
  })
})
