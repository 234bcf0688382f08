import { describe, expect, it } from "vitest"
import * as CalendarDate from "../calendar/CalendarDate.ts"
import * as Outcome from "../rule/Outcome.ts"
import * as Rule from "../rule/Rule.ts"
import type { RuleContext } from "../rule/Rule.ts"
import { compile, emptyTrace, reasonText } from "./Compile.ts"
import type { Localized } from "../rule/Localized.ts"
import type { Evidence } from "../rule/Outcome.ts"
import type { CompiledCondition, SectorFunctions, Trace, Truth } from "./Compile.ts"
import * as C from "./Condition.ts"
import type { Condition } from "./Condition.ts"
import type { FactDeclarations } from "./FactDeclaration.ts"

const d = CalendarDate.make
const text = (zh: string, en: string) => ({ "zh-CN": zh, en })
const facts: FactDeclarations = {
  "facts.n": { type: "number", label: text("数量", "count"), unit: text("人", "people") },
  "facts.m": { type: "number", label: text("另一数量", "other count") },
  "facts.kg": { type: "number", label: text("储量", "stock"), unit: text("吨", "t") },
  "facts.flag": { type: "boolean", label: text("报警装置", "alarm") },
  "facts.kind": { type: "string", label: text("类型", "kind"), values: ["a", "b", "c"] },
  "enterprise.sectors": { type: "strings", label: text("行业领域", "sectors"), values: ["coal-mine", "metal-smelting", "industry-trade"] },
  "facts.drill": { type: "date", label: text("演练", "drill") },
  "facts.drills": { type: "dates", label: text("演练", "drill") },
  "facts.until": { type: "date", label: text("有效期至", "valid until") },
  "facts.issued": { type: "date", label: text("发证日期", "issued on") },
  "facts.evacuation.exitsCompliant": { type: "boolean", label: text("出口符合要求", "exits compliant") },
  "facts.evacuation.exitsObstructed": { type: "boolean", label: text("出口被占用", "exits obstructed") },
  "facts.rooms": {
    type: "list",
    label: text("作业间", "room"),
    items: {
      name: { type: "string", label: text("名称", "name") },
      workers: { type: "integer", label: text("作业人数", "workers"), unit: text("人", "people") },
      alarm: { type: "boolean", label: text("报警装置", "alarm") }
    }
  }
}
const functions: SectorFunctions = {
  isEven: { returns: "boolean", arity: 1, label: text("偶数", "even"), evaluate: (x: number) => x % 2 === 0 },
  half: { returns: "number", arity: 1, label: text("一半", "half"), evaluate: (x: number) => (x < 0 ? undefined : x / 2) }
}
const asOf = d("2026-06-01")

/**
 * The generated explaining code and the closures explain alike — answer, evidence, missing paths and
 * words — in every kind of trace a rule asks for (all, every fact read, only missing paths, no words).
 */
const explainsAlike = (compiled: CompiledCondition, closures: CompiledCondition, subject: unknown, context: RuleContext<any>): void => {
  const modes: ReadonlyArray<readonly [boolean, boolean, boolean]> = [[false, false, false], [true, false, false], [true, false, true], [false, true, true], [false, false, true], [false, true, false]]
  for (const mode of modes) {
    const a = emptyTrace(...mode), b = emptyTrace(...mode)
    expect(compiled.explain(subject, context, undefined, "", a)).toBe(closures.explain(subject, context, undefined, "", b))
    const plain = (t: Trace) => ({ evidence: t.evidence, missing: t.missing, reasons: t.reasons.map(reasonText) })
    expect(plain(a)).toEqual(plain(b))
  }
}

/** Evaluates both ways; asserts they agree; returns the explained answer and its trace. */
interface Explained {
  readonly evidence: ReadonlyArray<Evidence>
  readonly missing: ReadonlyArray<string>
  readonly reasons: ReadonlyArray<Localized>
}
const run = (condition: Condition, section: Record<string, unknown> | undefined, params: Record<string, unknown> = {}): { t: Truth; trace: Explained } => {
  const compiled = compile(condition, { facts, functions, explainCodeAfter: 0 })
  const closures = compile(condition, { facts, functions, codegen: false })
  expect(compiled.quick).not.toBe(closures.quick)
  const subject = { enterprise: {}, facts: section }
  const context = { asOf, params, explain: false } as RuleContext<any>
  const quick = compiled.quick(subject, context, undefined)
  const trace = emptyTrace()
  const t = compiled.explain(subject, { ...context, explain: true }, undefined, "", trace)
  // the generated quick path, the closures' quick path and the explaining path agree
  expect(quick).toBe(t)
  expect(closures.quick(subject, context, undefined)).toBe(t)
  explainsAlike(compiled, closures, subject, { ...context, explain: true })
  return { t, trace: { ...trace, reasons: trace.reasons.map(reasonText) } }
}
const truth = (condition: Condition, section: Record<string, unknown> | undefined, params: Record<string, unknown> = {}) => run(condition, section, params).t

const T: Condition = C.eq(C.value(1), 1)
const F: Condition = C.eq(C.value(1), 2)
const U: Condition = C.gt("facts.n", 0)

describe("comparisons", () => {
  const table: ReadonlyArray<[ReturnType<typeof C.gt>, number, Truth]> = [
    [C.gt("facts.n", 9), 10, 1], [C.gt("facts.n", 9), 9, 0],
    [C.gte("facts.n", 9), 9, 1], [C.gte("facts.n", 9), 8, 0],
    [C.lt("facts.n", 9), 8, 1], [C.lt("facts.n", 9), 9, 0],
    [C.lte("facts.n", 9), 9, 1], [C.lte("facts.n", 9), 10, 0],
    [C.eq("facts.n", 9), 9, 1], [C.eq("facts.n", 9), 8, 0],
    [C.ne("facts.n", 9), 8, 1], [C.ne("facts.n", 9), 9, 0]
  ]
  it.each(table.map(([c, n, t]) => ({ c, n, t, name: `${(c as { op: string }).op} 9 with ${n}` })))("$name", ({ c, n, t }) => {
    expect(truth(c, { n })).toBe(t)
    const unknown = run(c, {})
    expect(unknown.t).toBe(2)
    expect(unknown.trace.missing).toEqual(["facts.n"])
  })

  it("compares with a rule parameter, another fact, oneOf and between", () => {
    expect(truth(C.gt("facts.n", C.param("max")), { n: 10 }, { max: 9 })).toBe(1)
    expect(truth(C.gt("facts.n", C.param("max")), { n: 10 }, { max: 12 })).toBe(0)
    expect(truth(C.gt("facts.n", C.fact("facts.m")), { n: 10, m: 3 })).toBe(1)
    const missingOther = run(C.gt("facts.n", C.fact("facts.m")), { n: 10 })
    expect(missingOther.t).toBe(2)
    expect(missingOther.trace.missing).toEqual(["facts.m"])
    expect(truth(C.oneOf("facts.kind", ["a", "b"]), { kind: "b" })).toBe(1)
    expect(truth(C.oneOf("facts.kind", ["a", "b"]), { kind: "c" })).toBe(0)
    expect(truth(C.oneOf("facts.kind", ["a", "b"]), {})).toBe(2)
    expect(truth(C.between("facts.n", 3, 5), { n: 3 })).toBe(1)
    expect(truth(C.between("facts.n", 3, 5), { n: 5 })).toBe(1)
    expect(truth(C.between("facts.n", 3, 5), { n: 6 })).toBe(0)
    expect(truth(C.between("facts.n", 3, 5), {})).toBe(2)
  })

  it("oneOf on a list of strings: any of them is one of the values", () => {
    const c = C.oneOf("enterprise.sectors", ["coal-mine", "metal-smelting"])
    const on = (sectors: ReadonlyArray<string> | undefined) => {
      const compiled = compile(c, { facts })
      const closures = compile(c, { facts, codegen: false })
      const subject = { enterprise: sectors === undefined ? {} : { sectors }, facts: {} }
      const context = { asOf, params: {}, explain: false } as RuleContext<any>
      const trace = emptyTrace()
      const t = compiled.explain(subject, context, undefined, "", trace)
      expect(compiled.quick(subject, context, undefined)).toBe(t)
      expect(closures.quick(subject, context, undefined)).toBe(t)
      return { t, trace }
    }
    expect(on(["industry-trade", "metal-smelting"]).t).toBe(1)
    expect(on(["metal-smelting"]).trace.evidence).toEqual([{ path: "enterprise.sectors", value: ["metal-smelting"] }])
    expect(on(["industry-trade"]).t).toBe(0)
    expect(on([]).t).toBe(0)
    expect(on(undefined).t).toBe(2)
    expect(on(undefined).trace.missing).toEqual(["enterprise.sectors"])
  })

  it("show: a fact given is evidence (an entry's too), an absent one none, or null with orNull", () => {
    expect(run(C.show("facts.n"), { n: 3 })).toEqual({ t: 1, trace: expect.objectContaining({ evidence: [{ path: "facts.n", value: 3 }], missing: [], reasons: [] }) })
    expect(run(C.show("facts.n"), {}).trace.evidence).toEqual([])
    expect(run(C.show("facts.n", { orNull: true }), {}).trace.evidence).toEqual([{ path: "facts.n", value: null }])
    expect(run(C.some("facts.rooms", C.all(C.show("name"), C.gt("workers", 9))), { rooms: [{ name: "A", workers: 10 }] }).trace.evidence)
      .toEqual([{ path: "facts.rooms[0].name", value: "A" }, { path: "facts.rooms[0].workers", value: 10 }])
  })

  it("a true comparison carries its evidence and a localized reason", () => {
    const { trace } = run(C.gt("facts.n", 9), { n: 12 })
    expect(trace.evidence).toEqual([{ path: "facts.n", value: 12 }])
    expect(trace.reasons).toEqual([{ "zh-CN": "数量为12人，大于9人", en: "count is 12 people, more than 9 people" }])
  })

  it("a whole missing fact section is unknown", () => {
    expect(run(C.gt("facts.n", 9), undefined).trace.missing).toEqual(["facts.n"])
  })
})

describe("missing paths", () => {
  const c = C.any(C.eq("facts.evacuation.exitsCompliant", false), C.eq("facts.evacuation.exitsObstructed", true))
  it("name an absent object once, not each of its fields, and never above the section", () => {
    expect(run(c, {}).trace.missing).toEqual(["facts.evacuation", "facts.evacuation"])
    expect(run(c, undefined).trace.missing).toEqual(["facts.evacuation", "facts.evacuation"])
    expect(run(c, { evacuation: { exitsCompliant: true } }).trace.missing).toEqual(["facts.evacuation.exitsObstructed"])
    expect(run(C.some("facts.rooms", C.eq("alarm", true)), { rooms: [{ name: "x" }] }).trace.missing).toEqual(["facts.rooms[0].alarm"])
  })

  it("the generated explaining code names them as the closures do, whichever object on the way is absent or null", () => {
    const deep: FactDeclarations = {
      "facts.site.gate.alarm": { type: "boolean", label: text("报警装置", "alarm") },
      "facts.sites": { type: "list", label: text("场所", "site"), items: { "cert.held": { type: "boolean", label: text("持证", "certified") } } }
    }
    const condition = C.any(C.eq("facts.site.gate.alarm", false), C.some("facts.sites", C.eq("cert.held", false)))
    const compiled = compile(condition, { facts: deep, explainCodeAfter: 0 })
    const closures = compile(condition, { facts: deep, codegen: false })
    const context = { asOf, params: {}, explain: true } as RuleContext<any>
    const missing = (subject: unknown): Array<string> => {
      explainsAlike(compiled, closures, subject, context)
      const trace = emptyTrace(false, true, true)
      compiled.explain(subject, context, undefined, "", trace)
      return trace.missing
    }
    expect(missing(undefined)).toEqual(["facts.site", "facts.sites"])
    expect(missing({ facts: null })).toEqual(["facts.site", "facts.sites"])
    expect(missing({ facts: { site: null, sites: null } })).toEqual(["facts.site", "facts.sites"])
    expect(missing({ facts: { site: { gate: null }, sites: [{ cert: null }, {}] } })).toEqual(["facts.site.gate", "facts.sites[0].cert", "facts.sites[1].cert"])
    expect(missing({ facts: { site: { gate: {} }, sites: [{ cert: {} }] } })).toEqual(["facts.site.gate.alarm", "facts.sites[0].cert.held"])
    expect(missing({ facts: { site: "closed", sites: [{ cert: 3 }] } })).toEqual(["facts.site.gate", "facts.sites[0].cert.held"])
  })
})

describe("all / any / not: Kleene's three-valued logic", () => {
  const v = { T, F, U } as const
  const names = ["T", "F", "U"] as const
  const and: Record<string, Truth> = { TT: 1, TF: 0, TU: 2, FT: 0, FF: 0, FU: 0, UT: 2, UF: 0, UU: 2 }
  const or: Record<string, Truth> = { TT: 1, TF: 1, TU: 1, FT: 1, FF: 0, FU: 2, UT: 1, UF: 2, UU: 2 }
  for (const a of names) {
    for (const b of names) {
      it(`${a} and ${b} = ${and[a + b]}, ${a} or ${b} = ${or[a + b]}`, () => {
        expect(truth(C.all(v[a], v[b]), {})).toBe(and[a + b])
        expect(truth(C.any(v[a], v[b]), {})).toBe(or[a + b])
      })
    }
  }
  it("not flips true and false, keeps unknown", () => {
    expect(truth(C.not(T), {})).toBe(0)
    expect(truth(C.not(F), {})).toBe(1)
    expect(truth(C.not(U), {})).toBe(2)
  })
  it("keeps the evidence of the deciding branches and names the missing paths only when unknown", () => {
    const c = C.any(C.eq("facts.flag", false), C.gt("facts.n", 9))
    const decided = run(c, { flag: false })
    expect(decided.t).toBe(1)
    expect(decided.trace.evidence).toEqual([{ path: "facts.flag", value: false }])
    expect(decided.trace.missing).toEqual([])
    expect(decided.trace.reasons).toEqual([{ "zh-CN": "报警装置：否", en: "alarm: no" }])
    const unknown = run(c, { flag: true })
    expect(unknown.t).toBe(2)
    expect(unknown.trace.missing).toEqual(["facts.n"])
  })
})

describe("presence", () => {
  it("is true or false, never unknown", () => {
    expect(truth(C.present("facts.n"), { n: 0 })).toBe(1)
    expect(truth(C.present("facts.n"), {})).toBe(0)
    expect(truth(C.present("facts.n"), undefined)).toBe(0)
  })
})

describe("dates against the as-of date", () => {
  it("within N days: the latest date by the as-of day; a later date is not evidence", () => {
    const c: Condition = { within: "facts.drills", days: C.value(30) }
    expect(truth(c, { drills: [d("2026-05-02")] })).toBe(1)
    expect(truth(c, { drills: [d("2026-05-01")] })).toBe(0)
    expect(truth(c, { drills: [d("2026-05-01"), d("2026-07-01")] })).toBe(0)
    expect(truth(c, { drills: [] })).toBe(0)
    expect(truth(c, {})).toBe(2)
    expect(truth({ within: "facts.drill", days: C.param("days") }, { drill: d("2026-05-20") }, { days: 10 })).toBe(0)
    const explained = run(c, { drills: [d("2026-05-01"), d("2026-07-01")] })
    expect(explained.trace.reasons[0]!.en).toBe("the last drill was 31 days ago, more than 30 days")
  })
  it("within N months counts whole calendar months", () => {
    const c: Condition = { within: "facts.drill", months: C.value(6) }
    expect(truth(c, { drill: d("2025-12-01") })).toBe(1)
    expect(truth(c, { drill: d("2025-11-30") })).toBe(0)
    expect(truth(c, { drill: d("2026-06-02") })).toBe(0)
  })
  it("elapsed since: whole days, infinite when nothing happened by the as-of day", () => {
    expect(truth(C.gt({ elapsed: "facts.drill", unit: "days" }, 365), { drill: d("2025-06-01") })).toBe(0)
    expect(truth(C.gt({ elapsed: "facts.drill", unit: "days" }, 365), { drill: d("2025-05-31") })).toBe(1)
    expect(truth(C.gt({ elapsed: "facts.drill", unit: "days" }, 365), { drill: d("2026-06-02") })).toBe(1)
    expect(truth(C.gt({ elapsed: "facts.drill", unit: "months" }, 11), { drill: d("2025-06-01") })).toBe(1)
  })
  it("expired and valid on the as-of day (a document issued later did not exist yet)", () => {
    expect(truth({ expired: "facts.until" }, { until: d("2026-05-31") })).toBe(1)
    expect(truth({ expired: "facts.until" }, { until: d("2026-06-01") })).toBe(0)
    expect(truth({ expired: "facts.until" }, {})).toBe(2)
    expect(truth({ validOn: "facts.until", issued: "facts.issued" }, { until: d("2027-01-01"), issued: d("2026-01-01") })).toBe(1)
    expect(truth({ validOn: "facts.until", issued: "facts.issued" }, { until: d("2027-01-01"), issued: d("2026-06-02") })).toBe(0)
    expect(truth({ validOn: "facts.until" }, { until: d("2026-05-31") })).toBe(0)
    expect(truth({ validOn: "facts.until", issued: "facts.issued" }, { until: d("2027-01-01") })).toBe(2)
  })
})

describe("quantifiers over lists", () => {
  const rooms = [{ name: "速冻间1", workers: 5, alarm: true }, { name: "速冻间2", workers: 12, alarm: false }, { name: "速冻间3", workers: 3 }]
  it("some: per-entry evidence and the entry's label in the reason", () => {
    const { t, trace } = run(C.some("facts.rooms", C.gt("workers", 9), "name"), { rooms })
    expect(t).toBe(1)
    expect(trace.evidence).toEqual([{ path: "facts.rooms[1].workers", value: 12 }])
    expect(trace.reasons).toEqual([{ "zh-CN": "作业间「速冻间2」：作业人数为12人，大于9人", en: "room \"速冻间2\": workers is 12 people, more than 9 people" }])
  })
  it("every: unknown names the missing entry paths; an empty list is vacuously true", () => {
    const { t, trace } = run(C.every("facts.rooms", C.eq("alarm", true)), { rooms })
    expect(t).toBe(0)
    expect(trace.evidence).toEqual([{ path: "facts.rooms[1].alarm", value: false }])
    const unknown = run(C.every("facts.rooms", C.eq("alarm", true)), { rooms: [rooms[0], rooms[2]] })
    expect(unknown.t).toBe(2)
    expect(unknown.trace.missing).toEqual(["facts.rooms[1].alarm"])
    expect(truth(C.every("facts.rooms", C.eq("alarm", true)), { rooms: [] })).toBe(1)
    expect(truth(C.some("facts.rooms", C.eq("alarm", true)), { rooms: [] })).toBe(0)
    expect(run(C.some("facts.rooms", C.eq("alarm", true)), {}).trace.missing).toEqual(["facts.rooms"])
  })
  it("count with a threshold, sum with exact decimals", () => {
    expect(truth(C.gte({ count: "facts.rooms", where: C.gt("workers", 4) }, 2), { rooms })).toBe(1)
    expect(truth(C.gte({ count: "facts.rooms", where: C.gt("workers", 4) }, 3), { rooms })).toBe(0)
    expect(truth(C.gte({ count: "facts.rooms", where: C.eq("alarm", true) }, 1), { rooms })).toBe(2)
    expect(truth(C.eq({ sum: "facts.rooms", of: "workers" }, 20), { rooms })).toBe(1)
    // 0.1 + 0.2 is 0.30000000000000004 in floating point: the boundary 0.3 must hold exactly
    expect(truth(C.lte({ add: [C.fact("facts.kg"), C.fact("facts.m")] }, 0.3), { kg: 0.1, m: 0.2 })).toBe(1)
    expect(truth(C.eq({ multiply: [C.fact("facts.kg"), C.value(3)] }, 3.3), { kg: 1.1 })).toBe(1)
    expect(truth(C.eq({ subtract: [C.fact("facts.kg"), C.fact("facts.m")] }, 0.1), { kg: 0.3, m: 0.2 })).toBe(1)
  })
})

describe("parts used more than once (one object in several places)", () => {
  // the generated quick function computes such a part or operand once per call: each use must still give its answer
  const alarmed = C.count("facts.rooms", C.eq("alarm", true))
  const someAlarm = C.gt(alarmed, 0)
  const big = C.gt("facts.n", 9)
  const c = C.any(
    C.all(C.not(someAlarm), big),
    C.when(C.present("facts.flag"), C.all(C.eq(alarmed, 0), C.eq("facts.flag", false))),
    C.unless(big, C.all(someAlarm, C.lt(alarmed, 2), C.not(C.eq("facts.kind", "a"))))
  )
  it.each([
    [{ n: 10, rooms: [] }, 1],
    [{ n: 10, rooms: [{ alarm: true }] }, 0],
    [{ n: 1, rooms: [{ alarm: true }], kind: "b" }, 1],
    [{ n: 1, rooms: [{ alarm: true }, { alarm: true }], kind: "b" }, 0],
    [{ n: 1, rooms: [{ alarm: true }], kind: "a" }, 0],
    [{ rooms: [{ alarm: true }], kind: "b" }, 1],
    [{ rooms: [], kind: "b" }, 2],
    [{ n: 1, rooms: [], flag: false }, 1],
    [{ n: 1, rooms: [], flag: true }, 0],
    [{ n: 10, rooms: [{ alarm: false }], flag: true }, 1],
    [{ n: 1, rooms: [{ alarm: false }, {}], flag: true }, 2],
    [{ n: 1 }, 2]
  ] as const)("%o → %i", (section, t) => {
    expect(truth(c, section)).toBe(t)
  })
})

describe("a sector function's answer within one evaluation", () => {
  // the explaining path asks its parts' quick answers, then explains them: the function is called once per call site
  // for the same arguments within one evaluation, and again in the next one (the subject may have changed in place)
  let calls = 0
  const counted: SectorFunctions = {
    alarmed: { returns: "number", arity: 1, label: text("报警间数", "rooms with alarms"), evaluate: (rooms: ReadonlyArray<{ alarm?: boolean }>) => (calls++, rooms.filter((r) => r.alarm === true).length) }
  }
  const c = C.all(C.present("facts.rooms"), C.any(C.eq({ call: "alarmed", args: [C.fact("facts.rooms")] }, 0), C.not(C.present("facts.n"))))
  it("is computed once per call site and evaluation (by each path), and again in the next evaluation", () => {
    const compiled = compile(c, { facts, functions: counted, explainCodeAfter: 0 })
    const closures = compile(c, { facts, functions: counted, codegen: false })
    const rooms: Array<{ alarm?: boolean }> = [{ alarm: false }]
    const subject = { enterprise: {}, facts: { rooms, n: 1 } }
    const context = { asOf, params: {}, explain: false } as RuleContext<any>
    calls = 0
    expect(compiled.quick(subject, context, undefined)).toBe(1)
    expect(calls).toBe(1)
    calls = 0
    const trace = emptyTrace()
    expect(compiled.explain(subject, { ...context, explain: true }, undefined, "", trace)).toBe(1)
    // once by the generated quick functions the explaining path asks (all, then any, then the comparison), once as it explains
    expect(calls).toBe(2)
    explainsAlike(compiled, closures, subject, { ...context, explain: true })
    // the same array, changed in place: the next evaluations see it
    rooms.push({ alarm: true })
    expect(compiled.quick(subject, context, undefined)).toBe(0)
    expect(compiled.explain(subject, { ...context, explain: true }, undefined, "", emptyTrace())).toBe(0)
    expect(closures.quick(subject, context, undefined)).toBe(0)
    expect(compiled.quick(subject, context, undefined)).toBe(0)
    rooms.splice(1, 1)
    expect(compiled.quick(subject, context, undefined)).toBe(1)
    expect(compiled.explain(subject, { ...context, explain: true }, undefined, "", emptyTrace())).toBe(1)
    rooms.push({ alarm: true })
    expect(compiled.explain(subject, { ...context, explain: true }, undefined, "", emptyTrace())).toBe(0)
  })
})

describe("sector functions", () => {
  it("are called with known arguments; unknown argument or answer is unknown", () => {
    expect(truth({ call: "isEven", args: [C.fact("facts.n")] }, { n: 4 })).toBe(1)
    expect(truth({ call: "isEven", args: [C.fact("facts.n")] }, { n: 3 })).toBe(0)
    expect(truth({ call: "isEven", args: [C.fact("facts.n")] }, {})).toBe(2)
    expect(truth(C.gt({ call: "half", args: [C.fact("facts.n")] }, 2), { n: 6 })).toBe(1)
    expect(truth(C.gt({ call: "half", args: [C.fact("facts.n")] }, 2), { n: -6 })).toBe(2)
  })
})

describe("Rule.fromCondition", () => {
  const rule = Rule.fromCondition({
    id: "demo/freezer-crowded",
    title: text("速冻间人数", "Freezer-room head-count"),
    message: text("速冻间作业人员超过上限", "Too many people in a freezer room"),
    remediation: text("减少作业人员", "Reduce the crew"),
    citation: { document: "industry-trade-major-hazard-2023", article: 12, item: 2, verified: false },
    severity: "major",
    effective: { from: "2023-05-15" },
    params: { maxWorkers: { type: "number", default: 9, integer: true, laxerWhen: "greater", description: text("上限", "Limit") } },
    facts,
    notApplicableWhen: C.eq("facts.flag", false),
    violationWhen: C.some("facts.rooms", C.gt("workers", C.param("maxWorkers")), "name")
  })
  const ctx = (explain: boolean) => ({ asOf, params: { maxWorkers: 9 }, explain })
  const subject = (section: Record<string, unknown> | undefined) => ({ enterprise: {}, facts: section })

  it("reads and explains without the author writing evidence or reasons", () => {
    expect(rule.reads).toEqual(["facts.rooms", "facts.rooms[].workers", "facts.flag"])
    const o = rule.evaluate(subject({ flag: true, rooms: [{ name: "A", workers: 10 }] }), ctx(true))
    expect(o).toEqual(Outcome.violation([{ path: "facts.rooms[0].workers", value: 10 }], text("作业间「A」：作业人数为10人，大于9人", "room \"A\": workers is 10 people, more than 9 people")))
    expect(rule.evaluate(subject({ flag: true, rooms: [{ name: "A", workers: 9 }] }), ctx(true))).toEqual(Outcome.compliant([{ path: "facts.rooms[0].workers", value: 9 }]))
    expect(rule.evaluate(subject({ flag: false }), ctx(true)).kind).toBe("not-applicable")
    expect(rule.evaluate(subject(undefined), ctx(true))).toEqual(Outcome.indeterminate(["facts.flag"]))
    expect(rule.evaluate(subject({ flag: true }), ctx(true))).toEqual(Outcome.indeterminate(["facts.rooms"]))
  })

  it("explains alike before and after its explaining path becomes generated code (a rule keeping every fact read, after 32 explanations)", () => {
    const everyRead = Rule.fromCondition({
      id: "demo/freezer-crowded-read", title: text("t", "t"), message: text("m", "m"), remediation: text("r", "r"),
      citation: { document: "industry-trade-major-hazard-2023", article: 12, item: 2, verified: false }, severity: "major", effective: { from: "2023-05-15" },
      params: { maxWorkers: { type: "number", default: 9, integer: true, laxerWhen: "greater", description: text("上限", "Limit") } },
      facts, evidence: "read",
      notApplicableWhen: C.eq("facts.flag", false),
      violationWhen: C.some("facts.rooms", C.any(C.gt("workers", C.param("maxWorkers")), C.eq("name", "X")), "name")
    })
    const subjects = [
      subject({ flag: true, rooms: [{ name: "A", workers: 10 }, { workers: 12 }, { name: "C", workers: 3 }] }),
      subject({ flag: true, rooms: [{ name: "A", workers: 9 }, { name: "B" }] }),
      subject({ flag: true, rooms: [] }),
      subject({ flag: true }),
      subject(undefined)
    ]
    const first = subjects.map((s) => everyRead.evaluate(s, ctx(true)))
    expect(first.map((o) => o.kind)).toEqual(["violation", "indeterminate", "compliant", "indeterminate", "indeterminate"])
    for (let i = 0; i < 40; i++) expect(subjects.map((s) => everyRead.evaluate(s, ctx(true)))).toEqual(first)
  })

  it("gives the author's words for a condition that holds, and with evidence: read names every fact read", () => {
    const exits = (evidence: "deciding" | "read") => Rule.fromCondition({
      id: "demo/exits", title: text("t", "t"), message: text("m", "m"), remediation: text("r", "r"),
      citation: { document: "work-safety-law-2021", article: 42, verified: true }, severity: "general", effective: { from: "2021-09-01" },
      facts, evidence,
      violationWhen: C.any(
        C.because(C.eq("facts.evacuation.exitsCompliant", false), "出口不符合紧急疏散要求", "exits do not meet evacuation needs"),
        C.because(C.eq("facts.evacuation.exitsObstructed", true), "占用、锁闭、封堵出口", "exits are blocked")
      )
    })
    const s = subject({ evacuation: { exitsCompliant: true, exitsObstructed: true } })
    expect(exits("deciding").evaluate(s, ctx(true))).toEqual(Outcome.violation([{ path: "facts.evacuation.exitsObstructed", value: true }], text("占用、锁闭、封堵出口", "exits are blocked")))
    expect(exits("read").evaluate(s, ctx(true))).toEqual(Outcome.violation(
      [{ path: "facts.evacuation.exitsCompliant", value: true }, { path: "facts.evacuation.exitsObstructed", value: true }],
      text("占用、锁闭、封堵出口", "exits are blocked")
    ))
  })

  it("answers quickly with the shared bare outcomes", () => {
    expect(rule.evaluate(subject({ flag: true, rooms: [{ workers: 10 }] }), ctx(false))).toBe(Outcome.quickViolation)
    expect(rule.evaluate(subject({ flag: true, rooms: [{ workers: 1 }] }), ctx(false))).toBe(Outcome.quickCompliant)
    expect(rule.evaluate(subject({ flag: false }), ctx(false))).toBe(Outcome.quickNotApplicable)
    expect(rule.evaluate(subject({}), ctx(false))).toBe(Outcome.quickIndeterminate)
  })

  it("refuses undeclared paths, unknown operators and keys, type mismatches and unknown parameters", () => {
    // a rule is validated on first use: `Rule.prepare` (as `Pack.validate`, `Pack.fromJson` and `PackTester` do) asks at once
    const bad = (violationWhen: unknown) => () =>
      Rule.prepare(Rule.fromCondition({
        id: "demo/bad",
        title: text("t", "t"), message: text("m", "m"), remediation: text("r", "r"),
        citation: { document: "work-safety-law-2021", article: 1, verified: false },
        severity: "general", effective: { from: "2023-01-01" }, facts, violationWhen: violationWhen as Condition
      }))
    expect(bad(C.gt("facts.nope", 1))).toThrow(`rule "demo/bad": at $.violationWhen.left.fact: "facts.nope" is not a declared fact`)
    expect(bad({ op: "gte", left: C.fact("facts.n"), right: C.value(1) })).toThrow(`at $.violationWhen.op: unknown operator "gte"; expected one of >, >=, <, <=, =, !=, oneOf, between, in, startsWith`)
    expect(bad({ all: [{ present: "facts.n", typo: 1 }] })).toThrow(`at $.violationWhen.all[0].typo: unknown key "typo"; expected present, reason`)
    expect(bad(C.gt("facts.flag", 1))).toThrow(`at $.violationWhen.right: cannot compare a boolean with a number`)
    expect(bad(C.eq("facts.kind", "z"))).toThrow(`at $.violationWhen.right.value: "z" is not an allowed value; expected one of a, b, c`)
    expect(bad(C.gt("facts.n", C.param("max")))).toThrow(`at $.violationWhen.right.param: unknown parameter "max"; the rule declares: none`)
    expect(bad(C.eq("enterprise.sectors", "coal-mine"))).toThrow(`at $.violationWhen.op: "=" does not apply to a strings; use "oneOf" (true when any of them is one of the values)`)
    expect(bad(C.oneOf("enterprise.sectors", ["mine"]))).toThrow(`at $.violationWhen.values[0]: "mine" is not an allowed value; expected one of coal-mine, metal-smelting, industry-trade`)
    expect(bad(C.some("facts.rooms", C.gt("height", 1)))).toThrow(`at $.violationWhen.where.left.fact: "height" is not a declared fact (entry fields: name, workers, alarm)`)
  })
})
