/**
 * Quantifiers over the entries that exist as of the as-of date (`asOf`), entry labels with
 * fallbacks (`label: ["name", "id"]`) and instants.
 */
import { describe, expect, it } from "vitest"
import * as CalendarDate from "../calendar/CalendarDate.ts"
import type { Localized } from "../rule/Localized.ts"
import type { Evidence } from "../rule/Outcome.ts"
import type { RuleContext } from "../rule/Rule.ts"
import { compile, emptyTrace, joinReasons, reasonText } from "./Compile.ts"
import type { CompiledCondition, Trace, Truth } from "./Compile.ts"
import * as C from "./Condition.ts"
import type { Condition } from "./Condition.ts"
import type { FactDeclarations } from "./FactDeclaration.ts"
import { validate } from "./Validate.ts"

const text = (zh: string, en: string) => ({ "zh-CN": zh, en })
const facts: FactDeclarations = {
  "facts.permits": {
    type: "list",
    label: text("作业票", "permit"),
    items: {
      id: { type: "string", label: text("编号", "number") },
      name: { type: "string", label: text("名称", "name") },
      kind: { type: "string", label: text("种类", "kind"), values: ["hot-work", "confined-space"] },
      validFrom: { type: "instant", label: text("有效期起", "valid from") },
      workStartedAt: { type: "instant", label: text("作业开始", "work started") },
      hours: { type: "number", label: text("时长", "hours"), unit: text("小时", "h") }
    }
  },
  "facts.buildings": {
    type: "list",
    label: text("建筑", "building"),
    items: {
      builtOn: { type: "date", label: text("建成日期", "built on") },
      storeys: { type: "integer", label: text("层数", "storeys") }
    }
  }
}
const asOf = CalendarDate.make("2026-06-01")

interface Explained {
  readonly evidence: ReadonlyArray<Evidence>
  readonly missing: ReadonlyArray<string>
  readonly reasons: ReadonlyArray<Localized>
}
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

/** Evaluates every way (generated quick, closures quick, explained); asserts they agree. */
const run = (condition: Condition, section: Record<string, unknown>): { t: Truth; trace: Explained } => {
  expect(validate(condition, { facts, params: {}, functions: {} })).toEqual([])
  const compiled = compile(condition, { facts, explainCodeAfter: 0 })
  const closures = compile(condition, { facts, codegen: false })
  const subject = { enterprise: {}, facts: section }
  const context = { asOf, params: {}, explain: false } as RuleContext<any>
  const trace = emptyTrace()
  const t = compiled.explain(subject, { ...context, explain: true }, undefined, "", trace)
  expect(compiled.quick(subject, context, undefined)).toBe(t)
  expect(closures.quick(subject, context, undefined)).toBe(t)
  explainsAlike(compiled, closures, subject, { ...context, explain: true })
  return { t, trace: { ...trace, reasons: trace.reasons.map(reasonText) } }
}

// 2026-06-01 ends at 2026-06-01T16:00:00Z in Beijing time
const permits = [
  { id: "DH-1", kind: "hot-work", validFrom: new Date("2026-05-30T00:00:00Z"), hours: 30 },
  { id: "DH-2", kind: "hot-work", validFrom: new Date("2026-06-01T15:59:00Z"), hours: 40 }, // 23:59 on the as-of day: issued
  { id: "DH-3", kind: "hot-work", validFrom: new Date("2026-06-01T16:00:00Z"), hours: 50 }, // 00:00 the next day: not yet
  { id: "DH-4", kind: "hot-work", workStartedAt: new Date("2026-06-03T00:00:00Z"), hours: 60 }, // by its second path: not yet
  { id: "DH-5", kind: "hot-work", hours: 70 } // undated: kept
]

describe("asOf: entries dated after the as-of day are skipped", () => {
  const asOfPaths = ["validFrom", "workStartedAt"]
  it("count, sum, some and every skip them; an undated entry is kept", () => {
    expect(run(C.eq(C.count("facts.permits", undefined, { asOf: asOfPaths }), 3), { permits }).t).toBe(1)
    expect(run(C.eq(C.count("facts.permits", C.gt("hours", 35), { asOf: asOfPaths }), 2), { permits }).t).toBe(1)
    expect(run(C.eq(C.sum("facts.permits", "hours", { asOf: asOfPaths }), 140), { permits }).t).toBe(1)
    expect(run(C.some("facts.permits", C.gte("hours", 50), { asOf: asOfPaths }), { permits }).t).toBe(1) // DH-5
    expect(run(C.some("facts.permits", C.oneOf("hours", [50, 60]), { asOf: asOfPaths }), { permits }).t).toBe(0)
    expect(run(C.every("facts.permits", C.lte("hours", 40), { asOf: asOfPaths }), { permits: permits.slice(0, 4) }).t).toBe(1)
    // without asOf every entry counts
    expect(run(C.some("facts.permits", C.oneOf("hours", [50, 60])), { permits }).t).toBe(1)
  })
  it("a later entry is no evidence and leaves no missing path", () => {
    const later = [{ id: "A", validFrom: new Date("2026-07-01T00:00:00Z") }, { id: "B", validFrom: new Date("2026-05-01T00:00:00Z"), hours: 9 }]
    const { t, trace } = run(C.some("facts.permits", C.gt("hours", 8), { asOf: "validFrom", label: "id" }), { permits: later })
    expect(t).toBe(1)
    expect(trace.evidence).toEqual([{ path: "facts.permits[1].hours", value: 9 }])
    // the later one has no hours: without asOf it would be unknown's missing path, with asOf it is not read
    const open = run(C.every("facts.permits", C.gt("hours", 8), { asOf: "validFrom" }), { permits: later })
    expect(open.t).toBe(1)
    expect(open.trace.missing).toEqual([])
  })
  it("dates: a day after the as-of day is later; the as-of day itself is not", () => {
    const buildings = [{ builtOn: CalendarDate.make("2026-06-01"), storeys: 3 }, { builtOn: CalendarDate.make("2026-06-02"), storeys: 9 }]
    expect(run(C.some("facts.buildings", C.gt("storeys", 5), { asOf: "builtOn" }), { buildings }).t).toBe(0)
    expect(run(C.some("facts.buildings", C.gt("storeys", 2), { asOf: "builtOn" }), { buildings }).t).toBe(1)
  })
  it("none: not applicable when no entry is left, with a reason", () => {
    const na = C.none("facts.permits", C.eq("kind", "hot-work"), { asOf: asOfPaths })
    expect(na).toEqual({ not: { some: "facts.permits", where: C.eq("kind", "hot-work"), asOf: asOfPaths } })
    expect(run(na, { permits: permits.slice(2, 4) }).t).toBe(1)
    expect(run(na, { permits }).t).toBe(0)
    expect(run(na, {}).t).toBe(2)
    const empty = run(C.none("facts.buildings", undefined, { asOf: "builtOn" }), { buildings: [{ builtOn: CalendarDate.make("2027-01-01") }] })
    expect(empty.t).toBe(1)
    const { trace } = run(C.some("facts.permits", C.gt("hours", 1), { asOf: asOfPaths }), { permits: permits.slice(2, 4) })
    expect(trace.reasons).toEqual([text("截至判定日没有作业票", "no permit by the as-of date")])
  })
  it("refuses an asOf that is not a date or instant field of the entry", () => {
    const issues = validate(C.some("facts.permits", C.gt("hours", 1), { asOf: ["validFrom", "hours", "facts.permits"] }), { facts, params: {}, functions: {} })
    expect(issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["asOf.1", `"hours" is a number fact; expected date or instant`],
      ["asOf.2", `"asOf" names a field of the entry, not a fact of the subject: got "facts.permits"`]
    ])
  })
})

describe("label: an entry named by the first present of several paths, else by its path", () => {
  const list = [{ name: "一号动火", id: "DH-1", hours: 9 }, { id: "DH-2", hours: 9 }, { name: "", hours: 9 }]
  it("name, else id, else facts.permits[i]", () => {
    const { trace } = run(C.some("facts.permits", C.gt("hours", 8), ["name", "id"]), { permits: list })
    expect(trace.reasons.map((r) => r["zh-CN"])).toEqual([
      "作业票「一号动火」：时长为9小时，大于8小时",
      "作业票「DH-2」：时长为9小时，大于8小时",
      "作业票「facts.permits[2]」：时长为9小时，大于8小时"
    ])
  })
  it("instants are evidence in ISO form", () => {
    const { trace } = run(C.some("facts.permits", C.gt("validFrom", C.fact("workStartedAt"))), {
      permits: [{ validFrom: new Date("2026-05-02T00:00:00Z"), workStartedAt: new Date("2026-05-01T00:00:00Z") }]
    })
    expect(trace.evidence).toEqual([
      { path: "facts.permits[0].validFrom", value: "2026-05-02T00:00:00.000Z" },
      { path: "facts.permits[0].workStartedAt", value: "2026-05-01T00:00:00.000Z" }
    ])
  })
})

describe("reasons: entry headings, templates and value labels", () => {
  const rules: FactDeclarations = {
    ...facts,
    "facts.workshops": {
      type: "list",
      label: text("工房列表", "workshops"),
      items: {
        id: { type: "string", label: text("编号", "number") },
        name: { type: "string", label: text("名称", "name") },
        workers: { type: "integer", label: text("人数", "workers"), unit: text("人", "people") },
        use: { type: "string", label: text("用途", "use"), values: ["charging", "packing"], valueLabels: { charging: text("装药", "charging"), packing: text("包装", "packing") } },
        alarm: { type: "boolean", label: text("报警装置", "alarm") }
      }
    },
    "facts.limit": { type: "integer", label: text("上限", "limit") }
  }
  const explain = (condition: Condition, section: Record<string, unknown>, params: Record<string, unknown> = {}) => {
    expect(validate(condition, { facts: rules, params: { max: { type: "number", default: 5, laxerWhen: "greater", description: text("d", "d") } }, functions: {} })).toEqual([])
    const compiled = compile(condition, { facts: rules })
    const subject = { enterprise: {}, facts: section }
    const context = { asOf, params, explain: true } as RuleContext<any>
    const trace = emptyTrace()
    const t = compiled.explain(subject, context, undefined, "", trace)
    expect(compiled.quick(subject, { ...context, explain: false }, undefined)).toBe(t)
    return { t, reasons: trace.reasons }
  }
  const workshops = [
    { id: "A3", name: "装药工房", workers: 7, use: "charging", alarm: false },
    { workers: 9, alarm: false },
    { id: "C2", workers: 1, alarm: true }
  ]
  it("an entry's reasons once under its heading; join; the noun and the ordinal", () => {
    const { reasons } = explain(
      C.some("facts.workshops", C.any(C.gt("workers", 5), C.eq("alarm", false)), { label: { join: ["id", "name"] }, entry: text("工房", "workshop") }),
      { workshops }
    )
    expect(joinReasons(reasons)).toEqual(text(
      "工房「A3 装药工房」：人数为7人，大于5人；报警装置：否。第2个工房：人数为9人，大于5人；报警装置：否",
      "workshop \"A3 装药工房\": workers is 7 people, more than 5 people; alarm: no. workshop #2: workers is 9 people, more than 5 people; alarm: no"
    ))
  })
  it("heading: false gives the reasons bare; templates name values, the entry, parameters and value labels", () => {
    const { reasons } = explain(
      C.some(
        "facts.workshops",
        C.because(C.gt("workers", C.param("max")), "{use:label|=工房}{$entry}作业人员{workers}人，超过{param:max}人（第{#}项）", "{use:label|=workshop} {$entry}: {workers} workers, more than {param:max}"),
        { label: "id", heading: false }
      ),
      { workshops },
      { max: 5 }
    )
    expect(reasons.map(reasonText)).toEqual([
      text("装药A3作业人员7人，超过5人（第1项）", "charging A3: 7 workers, more than 5"),
      text("工房facts.workshops[1]作业人员9人，超过5人（第2项）", "workshop facts.workshops[1]: 9 workers, more than 5")
    ])
  })
  it("{$reasons} gives the deciding children's words; value labels in generated reasons", () => {
    const { reasons } = explain(
      C.some(
        "facts.workshops",
        C.because(C.any(C.eq("alarm", false), C.oneOf("use", ["charging"])), "工房{id|#}：{$reasons}", "workshop {id|#}: {$reasons}"),
        { heading: false }
      ),
      { workshops: workshops.slice(0, 1) }
    )
    expect(reasons.map(reasonText)).toEqual([
      text("工房A3：报警装置：否，用途为装药，属于装药", "workshop A3: alarm: no, use is charging, one of charging")
    ])
  })
  it("refuses unknown placeholders, undeclared paths, {#} outside a list, labels without valueLabels", () => {
    const issues = validate(
      C.all(
        C.because(C.gt("facts.limit", 1), "{#}{$what}{facts.nope}{facts.limit:label}{param:x}", "x"),
        C.some("facts.workshops", C.eq("alarm", false), { label: { join: [] } as never, heading: "no" as never, entry: { "zh-CN": "工房" } as never })
      ),
      { facts: rules, params: {}, functions: {} }
    )
    expect(issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      `all.0.reason.zh-CN: {#} names a list entry: only inside "some" or "every"`,
      "all.0.reason.zh-CN: unknown placeholder {$what}; expected a fact path, path:label, param:name, #, $entry, $reasons, $reasons;, $reasons、 or =text",
      `all.0.reason.zh-CN: in {facts.nope}: "facts.nope" is not a declared fact`,
      `all.0.reason.zh-CN: {facts.limit:label}: "facts.limit" declares no valueLabels`,
      `all.0.reason.zh-CN: unknown parameter "x" in {param:x}; the rule declares: none`,
      "all.1.label.join: expected a non-empty array of entry paths",
      "all.1.entry.en: missing en translation",
      "all.1.heading: expected true or false, got \"no\""
    ])
  })
  it("a constant compared with a labelled fact is given in words too", () => {
    const { reasons } = explain(C.some("facts.workshops", C.eq("use", "charging"), { heading: false }), { workshops: workshops.slice(0, 1) })
    expect(reasons.map(reasonText)).toEqual([text("用途为装药，等于装药", "use is charging, equal to charging")])
    const { reasons: ne } = explain(C.some("facts.workshops", C.ne("use", "packing"), { heading: false }), { workshops: workshops.slice(0, 1) })
    expect(ne.map(reasonText)).toEqual([text("用途为装药，不等于包装", "use is charging, not equal to packing")])
  })
})

describe("firstOf and byAsOf (permits: validFrom, else workStartedAt; a work end after the as-of day not yet read)", () => {
  it("firstOf: the first given, its evidence; missing the first one's path when none is given", () => {
    const c = C.some("facts.permits", C.lt(C.firstOf("validFrom", "workStartedAt"), C.fact("workStartedAt")))
    const given = run(c, { permits: [{ workStartedAt: new Date("2026-05-01T00:00:00Z") }] })
    expect(given.t).toBe(0)
    expect([...new Set(given.trace.evidence.map((x) => x.path))]).toEqual(["facts.permits[0].workStartedAt"])
    expect(run(c, { permits: [{ validFrom: new Date("2026-04-01T00:00:00Z"), workStartedAt: new Date("2026-05-01T00:00:00Z") }] }).t).toBe(1)
    expect(run(c, { permits: [{ hours: 1 }] }).trace.missing).toEqual(["facts.permits[0].validFrom", "facts.permits[0].workStartedAt"])
  })
  it("byAsOf: a later instant reads as absent", () => {
    const c = C.some("facts.permits", C.present("id"))
    expect(run(c, { permits: [{ id: "x" }] }).t).toBe(1)
    const later = C.some("facts.permits", C.gt({ fact: "workStartedAt", byAsOf: true }, C.fact("validFrom")))
    expect(run(later, { permits: [{ validFrom: new Date("2026-05-01T00:00:00Z"), workStartedAt: new Date("2026-06-02T00:00:00Z") }] })).toMatchObject({ t: 2 })
    expect(run(later, { permits: [{ validFrom: new Date("2026-05-01T00:00:00Z"), workStartedAt: new Date("2026-06-01T08:00:00Z") }] }).t).toBe(1)
  })
})

describe("facts read more than once in generated code (read once per entry, or once per call for the subject's)", () => {
  const declared: FactDeclarations = {
    ...facts,
    "facts.maxHours": { type: "number", label: text("最长时长", "longest hours"), unit: text("小时", "h") }
  }
  const answers = (condition: Condition, section: Record<string, unknown>) => {
    expect(validate(condition, { facts: declared, params: {}, functions: {} })).toEqual([])
    const generated = compile(condition, { facts: declared, explainCodeAfter: 0 })
    const closures = compile(condition, { facts: declared, codegen: false })
    const subject = { enterprise: {}, facts: section }
    const context = { asOf, params: {}, explain: false } as RuleContext<any>
    const t = closures.quick(subject, context, undefined)
    expect(generated.quick(subject, context, undefined)).toBe(t)
    return t
  }
  // each entry's `kind` and `hours` read twice, the subject's `maxHours` in every entry
  const overlong = C.some("facts.permits", C.any(
    C.all(C.present("kind"), C.eq("kind", "hot-work"), C.gt("hours", C.fact("facts.maxHours"))),
    C.all(C.present("hours"), C.eq("kind", "confined-space"), C.gt("hours", 8))
  ))
  it("each entry's own fields, whatever the entries before it held", () => {
    const permits = [
      { kind: "confined-space", hours: 2 },
      { kind: "hot-work", hours: 12 }
    ]
    expect(answers(overlong, { maxHours: 10, permits })).toBe(1)
    expect(answers(overlong, { maxHours: 10, permits: [permits[1], permits[0]] })).toBe(1)
    expect(answers(overlong, { maxHours: 10, permits: [{ kind: "hot-work", hours: 1 }, { kind: "confined-space", hours: 9 }] })).toBe(1)
    expect(answers(overlong, { maxHours: 10, permits: [{ kind: "hot-work", hours: 12 }, { kind: "confined-space", hours: 9 }].slice(1) })).toBe(1)
    expect(answers(overlong, { maxHours: 10, permits: [{ kind: "confined-space", hours: 2 }, { hours: 3 }, { kind: "hot-work", hours: 9 }] })).toBe(0)
    expect(answers(overlong, { permits: [{ kind: "hot-work", hours: 12 }] })).toBe(2)
    expect(answers(overlong, { maxHours: 13, permits: [{ kind: "hot-work", hours: 12 }, { kind: "hot-work" }] })).toBe(2)
  })
  it("the subject's fact, the same for every entry of one call and read again in the next call", () => {
    const permits = [{ kind: "hot-work", hours: 5 }, { kind: "hot-work", hours: 12 }]
    expect(answers(overlong, { maxHours: 10, permits })).toBe(1)
    expect(answers(overlong, { maxHours: 20, permits })).toBe(0)
    expect(answers(overlong, { maxHours: 4, permits })).toBe(1)
  })
  it("a part written twice is computed once per entry: each entry's own answer", () => {
    // `long` written twice (two objects alike), inside the entry loop: kept for one entry only
    const long = () => C.any(C.gt("hours", C.fact("facts.maxHours")), C.all(C.eq("kind", "confined-space"), C.gt("hours", 4)))
    const c = C.some("facts.permits", C.any(C.all(long(), C.eq("kind", "hot-work")), C.all(long(), C.present("id"))))
    expect(answers(c, { maxHours: 10, permits: [{ kind: "hot-work", hours: 2 }, { kind: "hot-work", hours: 12 }] })).toBe(1)
    expect(answers(c, { maxHours: 10, permits: [{ kind: "hot-work", hours: 12, id: "a" }, { kind: "hot-work", hours: 2 }] })).toBe(1)
    expect(answers(c, { maxHours: 10, permits: [{ kind: "confined-space", hours: 12 }, { kind: "confined-space", hours: 5, id: "b" }] })).toBe(1)
    expect(answers(c, { maxHours: 10, permits: [{ kind: "confined-space", hours: 12 }, { kind: "hot-work", hours: 2, id: "b" }] })).toBe(0)
    expect(answers(c, { maxHours: 10, permits: [{ kind: "confined-space", hours: 5 }, { kind: "hot-work", hours: 2, id: "b" }] })).toBe(0)
    // and at the top: the same part twice outside entries, once per call
    const top = C.any(C.all(C.some("facts.permits", C.gt("hours", 8)), C.present("facts.maxHours")), C.all(C.some("facts.permits", C.gt("hours", 8)), C.gt("facts.maxHours", 100)))
    expect(answers(top, { maxHours: 10, permits: [{ hours: 9 }] })).toBe(1)
    expect(answers(top, { permits: [{ hours: 9 }] })).toBe(2)
    expect(answers(top, { maxHours: 10, permits: [{ hours: 7 }] })).toBe(0)
  })
  it("a condition too large for one function is split into several (parts over the budget), answering alike", () => {
    // each part well over 8,000 characters of definition: long value lists
    const kinds = (n: number) => Array.from({ length: 400 }, (_, i) => `kind-${n}-${i}-${"x".repeat(12)}`)
    const part = (n: number) => C.all(C.gt("hours", C.fact("facts.maxHours")), C.any(C.oneOf("name", kinds(n)), C.eq("kind", n === 0 ? "hot-work" : "confined-space")))
    const big = C.any(C.some("facts.permits", C.any(part(0), part(1))), C.all(C.present("facts.maxHours"), C.some("facts.permits", part(2))))
    expect(JSON.stringify(big).length).toBeGreaterThan(3 * 8_000)
    expect(answers(big, { maxHours: 10, permits: [{ kind: "hot-work", hours: 12 }] })).toBe(1)
    expect(answers(big, { maxHours: 10, permits: [{ kind: "confined-space", hours: 12 }, { name: "kind-1-7-xxxxxxxxxxxx", hours: 11 }] })).toBe(1)
    expect(answers(big, { maxHours: 10, permits: [{ kind: "confined-space", hours: 2 }, { name: "kind-1-7-xxxxxxxxxxxx", hours: 9 }] })).toBe(0)
    expect(answers(big, { permits: [{ kind: "hot-work", hours: 12 }] })).toBe(2)
  })
})
