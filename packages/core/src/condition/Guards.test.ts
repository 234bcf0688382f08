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
  "facts.passedOn": { type: "date", label: text("考核合格日期", "passed on") },
  "facts.startedAt": { type: "instant", label: text("开始时间", "started at") },
  "facts.scope": { type: "strings", label: text("许可范围", "licensed scope") },
  "facts.misuse": { type: "strings", label: text("违规行为", "misuse"), values: ["rented-out", "lent"], valueLabels: { "rented-out": text("出租", "rented out"), lent: text("出借", "lent") } },
  "facts.surchargeMetres": { type: "number", label: text("最近堆载距离", "nearest surcharge") },
  "facts.products": {
    type: "list",
    label: text("产品", "product"),
    items: { kind: { type: "string", label: text("产品种类", "kind") }, certificate: { type: "string", label: text("证书种类", "certificate") } }
  },
  "facts.people": {
    type: "list",
    label: text("人员", "person"),
    items: { role: { type: "string", label: text("角色", "role") }, fullTime: { type: "boolean", label: text("专职", "full-time") } }
  },
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
  // a rule names each missing path once (ConditionRule dedupes)
  return { t, evidence: trace.evidence, missing: [...new Set(trace.missing)], reasons: trace.reasons.map(reasonText) }
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

describe("dates against the as-of day: happened, asOfDate", () => {
  it("happened: on or before the as-of day, or undated; an instant by the end of that day in Beijing time", () => {
    expect(run(C.happened("facts.passedOn"), { passedOn: CalendarDate.make("2026-06-01") }).t).toBe(1)
    expect(run(C.happened("facts.passedOn"), { passedOn: CalendarDate.make("2026-06-02") })).toMatchObject({
      t: 0, evidence: [{ path: "facts.passedOn", value: "2026-06-02" }], reasons: [text("考核合格日期为2026-06-02，在判定日之后", "passed on is 2026-06-02, after the as-of date")]
    })
    expect(run(C.happened("facts.passedOn"), {})).toEqual({ t: 1, evidence: [], missing: [], reasons: [] })
    expect(run(C.happened("facts.startedAt"), { startedAt: new Date("2026-06-01T15:59:59Z") }).t).toBe(1)
    expect(run(C.happened("facts.startedAt"), { startedAt: new Date("2026-06-01T16:00:00Z") }).t).toBe(0)
  })
  it("asOfDate compares a date with the as-of day", () => {
    expect(run(C.lte("facts.passedOn", C.asOfDate()), { passedOn: CalendarDate.make("2026-06-01") }).t).toBe(1)
    expect(run(C.gt("facts.passedOn", C.asOfDate()), { passedOn: CalendarDate.make("2026-06-01") }).t).toBe(0)
    expect(run(C.gt("facts.passedOn", C.asOfDate()), { passedOn: CalendarDate.make("2026-06-02") }).reasons).toEqual([
      text("考核合格日期为2026-06-02，大于判定日(2026-06-01)", "passed on is 2026-06-02, more than the as-of date (2026-06-01)")
    ])
  })
})

describe("named totals and named missing paths", () => {
  it("count … as: one evidence path with the total", () => {
    const c = C.eq(C.count("facts.people", C.eq("role", "engineer"), { as: "facts.people[engineer]" }), 0)
    expect(run(c, { people: [{ role: "officer" }, { role: "engineer" }] })).toMatchObject({ t: 0, evidence: [{ path: "facts.people[engineer]", value: 1 }] })
    expect(run(c, { people: [{ role: "officer" }] })).toMatchObject({ t: 1, evidence: [{ path: "facts.people[engineer]", value: 0 }] })
    expect(run(c, {})).toMatchObject({ t: 2, missing: ["facts.people"] })
  })
  it("unknown names what is not recorded: cannot judge unless an entry is listed", () => {
    const c = C.any(
      C.some("facts.people", C.all(C.eq("role", "principal"), C.eq("fullTime", false))),
      C.all(C.none("facts.people", C.eq("role", "principal")), C.unknown("facts.people[principal]"))
    )
    expect(run(c, { people: [{ role: "officer" }] })).toMatchObject({ t: 2, missing: ["facts.people[principal]"] })
    expect(run(c, { people: [{ role: "principal", fullTime: true }] }).t).toBe(0)
    expect(run(c, { people: [{ role: "principal", fullTime: false }] }).t).toBe(1)
  })
  it("refuses a total named as a declared fact", () => {
    expect(validate(C.eq(C.count("facts.people", undefined, { as: "facts.passedOn" }), 0), { facts, params: {}, functions: {} }).map((i) => i.message)).toEqual([
      `"facts.passedOn" is a declared fact: name the total apart from the facts`
    ])
  })
})

describe("lists and strings: in, startsWith, nonEmpty, isNull", () => {
  it("in: a value among another fact's values", () => {
    const c = C.some("facts.products", C.not(C.isIn("kind", "facts.scope")), "kind")
    const r = run(c, { scope: ["爆竹", "喷花"], products: [{ kind: "爆竹" }, { kind: "组合烟花" }] })
    expect(r.t).toBe(1)
    expect(r.evidence).toEqual([{ path: "facts.products[1].kind", value: "组合烟花" }, { path: "facts.scope", value: ["爆竹", "喷花"] }])
    expect(run(c, { products: [{ kind: "爆竹" }] })).toMatchObject({ t: 2, missing: ["facts.scope"] })
  })
  it("startsWith: a prefix", () => {
    expect(run(C.some("facts.products", C.startsWith("certificate", "special-operation")), { products: [{ certificate: "special-operation:electrician" }] }).t).toBe(1)
    expect(run(C.some("facts.products", C.startsWith("certificate", "special-operation")), { products: [{ certificate: "other" }] }).t).toBe(0)
  })
  it("nonEmpty: the list as evidence, or each entry; words with value labels", () => {
    expect(run(C.nonEmpty("facts.misuse"), { misuse: ["rented-out", "lent"] })).toEqual({
      t: 1, evidence: [{ path: "facts.misuse", value: ["rented-out", "lent"] }], missing: [], reasons: [text("违规行为：出租、出借", "misuse: rented out, lent")]
    })
    expect(run(C.nonEmpty("facts.misuse"), { misuse: [] })).toMatchObject({ t: 0, evidence: [{ path: "facts.misuse", value: [] }] })
    expect(run(C.nonEmpty("facts.misuse"), {})).toMatchObject({ t: 2, missing: ["facts.misuse"] })
    expect(run(C.nonEmpty("facts.products", { entries: true }), { products: [{ kind: "a" }] }).evidence).toEqual([{ path: "facts.products[0]", value: { kind: "a" } }])
  })
  it("isNull: given as null is none; a value is not; absent is unknown", () => {
    const c = C.all(C.not(C.isNull("facts.surchargeMetres")), C.lt("facts.surchargeMetres", 3))
    expect(run(c, { surchargeMetres: null })).toMatchObject({ t: 0, evidence: [{ path: "facts.surchargeMetres", value: null }] })
    expect(run(c, { surchargeMetres: 2 }).t).toBe(1)
    expect(run(c, {})).toMatchObject({ t: 2, missing: ["facts.surchargeMetres"] })
  })
})

describe("evidence values", () => {
  it("give dates as YYYY-MM-DD at any depth", () => {
    const declared: FactDeclarations = {
      "facts.certs": { type: "list", label: text("证书", "certificates"), items: { kind: { type: "string", label: text("种类", "kind") }, validUntil: { type: "date", label: text("有效期至", "valid until") } } }
    }
    const compiled = compile(C.all(C.nonEmpty("facts.certs"), C.show("facts.certs")), { facts: declared })
    const trace = emptyTrace()
    compiled.explain({ facts: { certs: [{ kind: "a", validUntil: CalendarDate.make("2026-09-14") }] } }, { asOf, params: {}, explain: true } as RuleContext<any>, undefined, "", trace)
    expect(trace.evidence).toEqual([
      { path: "facts.certs", value: [{ kind: "a", validUntil: "2026-09-14" }] },
      { path: "facts.certs", value: [{ kind: "a", validUntil: "2026-09-14" }] }
    ])
  })
})

describe("outer: a lookup in another list by the entry's key", () => {
  const declared: FactDeclarations = {
    "facts.distances": { type: "list", label: text("外部安全防护距离", "external distances"), items: { unitId: { type: "string", label: text("装置", "unit") }, metres: { type: "number", label: text("距离", "distance") } } },
    "facts.keyProcesses": { type: "list", label: text("重点监管工艺", "key processes"), items: { unitId: { type: "string", label: text("装置", "unit") } } }
  }
  const c = C.some("facts.distances", C.all(C.lt("metres", 100), C.some("facts.keyProcesses", C.eq("unitId", C.outer("unitId")))), "unitId")
  const go = (section: Record<string, unknown>) => {
    expect(validate(c, { facts: declared, params: {}, functions: {} })).toEqual([])
    const subject = { enterprise: {}, facts: section }
    const context = { asOf, params: {}, explain: false } as RuleContext<any>
    const trace = emptyTrace()
    const compiled = compile(c, { facts: declared })
    const t = compiled.explain(subject, { ...context, explain: true }, undefined, "", trace)
    expect(compiled.quick(subject, context, undefined)).toBe(t)
    expect(compile(c, { facts: declared, codegen: false }).quick(subject, context, undefined)).toBe(t)
    return { t, evidence: trace.evidence }
  }
  it("compares an inner entry's field with the enclosing entry's", () => {
    const r = go({ distances: [{ unitId: "U1", metres: 50 }, { unitId: "U2", metres: 50 }], keyProcesses: [{ unitId: "U2" }] })
    expect(r.t).toBe(1)
    expect(r.evidence).toEqual([
      { path: "facts.distances[1].metres", value: 50 },
      { path: "facts.keyProcesses[0].unitId", value: "U2" },
      { path: "facts.distances[1].unitId", value: "U2" }
    ])
    expect(go({ distances: [{ unitId: "U1", metres: 50 }], keyProcesses: [{ unitId: "U2" }] }).t).toBe(0)
  })
  it("a named missing path may hold the entry's values", () => {
    const named = C.some("facts.distances", C.all(C.none("facts.keyProcesses", C.eq("unitId", C.outer("unitId"))), C.unknown("facts.keyProcesses[unitId={unitId}]")))
    const compiled = compile(named, { facts: declared })
    const trace = emptyTrace()
    compiled.explain({ enterprise: {}, facts: { distances: [{ unitId: "U7" }], keyProcesses: [] } }, { asOf, params: {}, explain: true } as RuleContext<any>, undefined, "", trace)
    expect(trace.missing).toEqual(["facts.keyProcesses[unitId=U7]"])
  })
  it("is refused outside a nested quantifier", () => {
    expect(validate(C.some("facts.keyProcesses", C.eq("unitId", C.outer("unitId"))), { facts: declared, params: {}, functions: {} }).map((i) => i.message)).toEqual([
      `"outer" names a field of the enclosing entry: only inside a quantifier nested in another`
    ])
  })
})

describe("a known answer (a trace's skipMissing): guards that are no evidence, or out of scope, asked only for their quick answer", () => {
  // every guard kind whose explanation would be dropped, with a guard that is true, false or unknown and a checked part that holds or not
  const conditions: ReadonlyArray<readonly [string, Condition]> = [
    ["when, guard no evidence", C.when(C.eq("facts.system.exists", true), C.eq("facts.system.applied", false), { guardEvidence: false })],
    ["when, scope", C.when(C.eq("facts.system.exists", true), C.eq("facts.system.applied", false), { scope: true })],
    ["when, both", C.when(C.eq("facts.system.exists", true), C.eq("facts.system.applied", false), { scope: true, guardEvidence: false })],
    ["unless, guard no evidence", C.unless(C.eq("facts.system.exists", false), C.eq("facts.system.applied", false), { guardEvidence: false })],
    ["inside a quantifier", C.some("facts.people", C.when(C.eq("role", "safety"), C.eq("fullTime", false), { guardEvidence: false }))]
  ]
  const sections = [
    { system: { exists: true, applied: false } },
    { system: { exists: true, applied: true } },
    { system: { exists: false, applied: false } },
    { system: { applied: false } },
    { system: { exists: true } },
    { people: [{ role: "safety", fullTime: false }, { role: "other", fullTime: false }] },
    { people: [{ role: "other", fullTime: false }, { fullTime: false }] },
    { people: [{ role: "safety", fullTime: true }] }
  ]
  const context = { asOf, params: {}, explain: true } as RuleContext<any>
  for (const [name, condition] of conditions) {
    it(`${name}: the same answer, evidence and words as a trace that keeps missing paths (closures and generated code)`, () => {
      let known = 0
      for (const compiled of [compile(condition, { facts, codegen: false }), compile(condition, { facts, explainCodeAfter: 0 })]) {
        for (const section of sections) {
          const subject = { enterprise: {}, facts: section }
          for (const keepEveryRead of [false, true]) {
            const full = emptyTrace(keepEveryRead), skipping = emptyTrace(keepEveryRead, false, false, true)
            const t = compiled.explain(subject, context, undefined, "", full)
            // only an answer known to be true or false is explained without missing paths
            if (t === 2) continue
            known++
            expect(compiled.explain(subject, context, undefined, "", skipping)).toBe(t)
            expect({ evidence: skipping.evidence, reasons: skipping.reasons.map(reasonText) }).toEqual({ evidence: full.evidence, reasons: full.reasons.map(reasonText) })
          }
        }
      }
      expect(known).toBeGreaterThan(4)
    })
  }
})
