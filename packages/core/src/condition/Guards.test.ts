/** Guards (`when`/`then`, `unless`/`check`) and facts shown beside a breach (`show`). */
import { describe, expect, it } from "vitest"
import * as CalendarDate from "../calendar/CalendarDate.ts"
import type { RuleContext } from "../rule/Rule.ts"
import { compile, emptyTrace, reasonText } from "./Compile.ts"
import * as C from "./Condition.ts"
import type { Condition } from "./Condition.ts"
import type { FactDeclarations } from "./FactDeclaration.ts"
import { validate } from "./Validate.ts"

const text = (zh: string, en: string) => ({ "zh-CN": zh, en })
const facts: FactDeclarations = {
  "facts.system.exists": { type: "boolean", label: text("已建立制度", "system exists") },
  "facts.system.applied": { type: "boolean", label: text("按分级管控", "applied by level") },
  "facts.buildings": {
    type: "list",
    label: text("建筑", "building"),
    items: {
      id: { type: "string", label: text("编号", "number") },
      hazardClass: { type: "string", label: text("危险等级", "hazard class") },
      metres: { type: "number", label: text("距离", "distance"), unit: text("米", "m") }
    }
  }
}
const asOf = CalendarDate.make("2026-06-01")
const run = (condition: Condition, section: Record<string, unknown> | undefined) => {
  expect(validate(condition, { facts, params: {}, functions: {} })).toEqual([])
  const subject = { enterprise: {}, facts: section }
  const context = { asOf, params: {}, explain: false } as RuleContext<any>
  const trace = emptyTrace()
  const compiled = compile(condition, { facts })
  const t = compiled.explain(subject, { ...context, explain: true }, undefined, "", trace)
  expect(compiled.quick(subject, context, undefined)).toBe(t)
  expect(compile(condition, { facts, codegen: false }).quick(subject, context, undefined)).toBe(t)
  return { t, evidence: trace.evidence, missing: trace.missing, reasons: trace.reasons.map(reasonText) }
}

describe("when / then: the second fact is read only when the first holds", () => {
  const c = C.when(C.eq("facts.system.exists", true), C.eq("facts.system.applied", false))
  it("false when the guard is false, without reading then", () => {
    expect(run(c, { system: { exists: false } })).toMatchObject({ t: 0, evidence: [{ path: "facts.system.exists", value: false }], missing: [] })
  })
  it("unknown when the guard is unknown, naming only the guard's path", () => {
    expect(run(c, { system: {} })).toMatchObject({ t: 2, missing: ["facts.system.exists"] })
    // all(…) would be false here (Kleene), and read the second fact
    expect(run(c, { system: { applied: true } })).toMatchObject({ t: 2, missing: ["facts.system.exists"] })
  })
  it("then's value when the guard holds", () => {
    expect(run(c, { system: { exists: true, applied: false } }).t).toBe(1)
    expect(run(c, { system: { exists: true } })).toMatchObject({ t: 2, missing: ["facts.system.applied"] })
  })
})

describe("unless / check: the check decides unless the guard holds for certain", () => {
  const c = C.unless(C.eq("facts.system.exists", false), C.because(C.eq("facts.system.applied", false), "未按分级管控", "not applied by level"))
  it("false when the guard holds, the check not read", () => {
    expect(run(c, { system: { exists: false, applied: false } })).toMatchObject({ t: 0, evidence: [{ path: "facts.system.exists", value: false }] })
  })
  it("an unknown guard leaves the check to decide, with the check's evidence and words only", () => {
    expect(run(c, { system: { applied: false } })).toEqual({ t: 1, evidence: [{ path: "facts.system.applied", value: false }], missing: [], reasons: [text("未按分级管控", "not applied by level")] })
    expect(run(c, { system: {} })).toMatchObject({ t: 2, missing: ["facts.system.applied"] })
  })
})

describe("show: a fact shown beside a breach, never missing", () => {
  const c = C.some("facts.buildings", C.all(C.lt("metres", 10), C.show("hazardClass")), "id")
  it("is evidence when given and the breach holds; absent, nothing and not missing", () => {
    expect(run(c, { buildings: [{ id: "A", metres: 5, hazardClass: "1.1-1" }] }).evidence).toEqual([
      { path: "facts.buildings[0].metres", value: 5 },
      { path: "facts.buildings[0].hazardClass", value: "1.1-1" }
    ])
    expect(run(c, { buildings: [{ id: "A", metres: 5 }] })).toMatchObject({ t: 1, evidence: [{ path: "facts.buildings[0].metres", value: 5 }] })
    // not shown beside a compliant entry
    expect(run(c, { buildings: [{ id: "A", metres: 50, hazardClass: "1.1-1" }] })).toMatchObject({ t: 0, evidence: [{ path: "facts.buildings[0].metres", value: 50 }] })
  })
  it("identifies an entry: shown first, before the deciding facts", () => {
    const identified = C.some("facts.buildings", C.all(C.show("id"), C.lt("metres", 10)))
    expect(run(identified, { buildings: [{ id: "A", metres: 5 }] }).evidence).toEqual([
      { path: "facts.buildings[0].id", value: "A" },
      { path: "facts.buildings[0].metres", value: 5 }
    ])
  })
})
