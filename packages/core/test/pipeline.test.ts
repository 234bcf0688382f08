import { Schema } from "effect"
import * as CalendarDate from "../src/calendar/CalendarDate.ts"
import * as C from "../src/condition/Condition.ts"
import { describe, expect, it } from "vitest"
import { ConfigError } from "../src/config/EvaluationConfig.ts"
import * as Engine from "../src/evaluation/Engine.ts"
import * as FastDecode from "../src/evaluation/FastDecode.ts"
import * as Pack from "../src/pack/Pack.ts"
import { RegistryError } from "../src/registry/Registry.ts"
import * as Registry from "../src/registry/Registry.ts"
import * as Rule from "../src/rule/Rule.ts"
import * as Outcome from "../src/rule/Outcome.ts"
import { code, DemoFacts, demoPack, headcount, headcountDefinition, record } from "./fixtures.ts"

const engine = Engine.make({ packs: [demoPack] })
const findingOf = (r: ReturnType<typeof engine.evaluateRecord>, ruleId: string) => {
  if (r._tag !== "evaluated") throw new Error(`rejected: ${JSON.stringify(r.issues)}`)
  return r.findings.find((f) => f.ruleId === ruleId)
}

describe("decoding", () => {
  const rejected = (input: unknown) => {
    const r = engine.evaluateRecord(input, 7, engine.plan("2023-01-01"))
    expect(r._tag).toBe("rejected")
    if (r._tag !== "rejected") throw new Error("unreachable")
    expect(r.index).toBe(7)
    return r
  }

  it("reports a wrong type with its exact path", () => {
    const r = rejected(record(1, { employees: "many" }))
    expect(r.id).toBe(code(1))
    expect(r.issues).toContainEqual(expect.objectContaining({ path: ["employees"], message: expect.stringMatching(/number|integer/i) }))
  })

  it("reports an unknown sector with its index in the array", () => {
    const r = rejected(record(2, { sectors: ["industry-trade", "space-mining"] }))
    expect(r.issues.map((i) => i.path)).toContainEqual(["sectors", 1])
  })

  it("reports a bad credit code and says why", () => {
    const bad = code(3).slice(0, 17) + (code(3).endsWith("0") ? "1" : "0")
    const r = rejected(record(3, { creditCode: bad }))
    expect(r.id).toBe(bad)
    expect(r.issues[0]!.path).toEqual(["creditCode"])
    expect(r.issues[0]!.message).toMatch(/check/i)
  })

  it("reports a missing field", () => {
    const { name: _, ...noName } = record(4)
    const r = rejected(noName)
    expect(r.issues).toContainEqual(expect.objectContaining({ path: ["name"], message: expect.stringMatching(/missing/i) }))
  })

  it("reports every problem of a record at once", () => {
    const r = rejected({ creditCode: 5, sectors: "x" })
    expect(r.id).toBeUndefined()
    expect(r.issues.length).toBeGreaterThanOrEqual(3)
  })

  it("reports a bad pack fact section under facts.<key>", () => {
    const r = rejected(record(6, { facts: { demo: { dustExplosion: { removalSystem: "yes" } } } }))
    expect(r.issues).toContainEqual(expect.objectContaining({ path: ["facts", "demo", "dustExplosion", "removalSystem"], message: expect.any(String) }))
  })

  it("in a batch, reports bad records by index and id and evaluates the others", () => {
    const report = engine.evaluate([record(1), record(2, { employees: -3 }), "not an object", record(3)], { asOf: "2023-01-01" })
    expect(report.totals).toMatchObject({ records: 4, evaluated: 2, rejected: 2 })
    expect(report.rejected.map((r) => [r.index, r.id])).toEqual([[1, code(2)], [2, undefined]])
    expect(report.enterprises.map((e) => e.index)).toEqual([0, 3])
  })
})

describe("outcomes", () => {
  const plan = engine.plan("2023-01-01")
  it("gives each outcome kind", () => {
    const small = engine.evaluateRecord(record(1, { employees: 5, facts: { demo: { dustExplosion: { removalSystem: false } } } }), 0, plan, "all")
    expect(findingOf(small, "demo/headcount")?.outcome).toBe("compliant")
    expect(findingOf(small, "demo/dust-removal")).toMatchObject({ outcome: "violation", severity: "general", evidence: [{ path: "facts.dustExplosion.removalSystem", value: false }] })
    expect(findingOf(small, "demo/small-units")?.outcome).toBe("violation")
    const big = engine.evaluateRecord(record(2, { employees: 500 }), 0, plan, "all")
    expect(findingOf(big, "demo/headcount")).toMatchObject({ outcome: "violation", severity: "major", message: headcount.message })
    expect(findingOf(big, "demo/small-units")).toMatchObject({ outcome: "not-applicable", reason: "10 or more staff" })
    expect(findingOf(big, "demo/dust-removal")).toMatchObject({ outcome: "indeterminate", missing: ["facts.dustExplosion.removalSystem"] })
    const { employees: _, ...noHeadcount } = record(3)
    const unknown = engine.evaluateRecord(noHeadcount, 0, plan, "all")
    expect(findingOf(unknown, "demo/headcount")).toMatchObject({ outcome: "indeterminate", missing: ["enterprise.employees"] })
  })

  it("selects rules by sector", () => {
    const r = engine.evaluateRecord(record(1), 0, plan, "all")
    expect(findingOf(r, "demo/transport-only")).toBeUndefined()
    const t = engine.evaluateRecord(record(1, { sectors: ["transport"] }), 0, plan, "all")
    expect(findingOf(t, "demo/transport-only")?.outcome).toBe("violation")
    expect(findingOf(t, "demo/dust-removal")).toBeUndefined()
  })

  it("keeps only problems by default but counts everything", () => {
    const r = engine.evaluateRecord(record(1, { employees: 500 }), 0, plan)
    if (r._tag !== "evaluated") throw new Error("rejected")
    expect(r.findings.every((f) => f.outcome !== "compliant" && f.outcome !== "not-applicable")).toBe(true)
    expect(r.counts.compliant + r.counts["not-applicable"]).toBeGreaterThan(0)
    expect(r.verdict).toBe("major-hazard")
    expect(r.complete).toBe(false)
  })

  it("turns a throwing rule into an error finding naming the rule, and goes on", () => {
    const report = engine.evaluate([record(1, { employees: 13 }), record(2, { employees: 14 })], { asOf: "2023-01-01" })
    const [first, second] = report.enterprises
    expect(findingOf(first!, "demo/fragile")).toMatchObject({ outcome: "error", ruleId: "demo/fragile", error: "Error: unlucky number" })
    expect(first!.counts.compliant).toBeGreaterThan(0)
    expect(findingOf(second!, "demo/fragile")).toBeUndefined() // compliant, not kept
    expect(report.byOutcome.error).toBe(1)
  })

  it("turns a rule that returns garbage into an error finding", () => {
    const bad = Rule.define({ ...headcountDefinition, id: "bad/garbage", evaluate: () => undefined as unknown as Outcome.Outcome })
    const e = Engine.make({ packs: [Pack.define({ id: "bad", name: { "zh-CN": "坏", en: "bad" }, version: "0", rules: [bad] })] })
    const r = e.evaluateRecord(record(1), 0, e.plan("2023-01-01"))
    expect(findingOf(r, "bad/garbage")).toMatchObject({ outcome: "error", error: expect.stringContaining("invalid outcome") })
  })
})

describe("quick answers (explain: false)", () => {
  // a rule that records how it was asked, and answers from the head count
  const calls: Array<boolean | undefined> = []
  const told: Array<string | undefined> = []
  const traced = Rule.define({
    ...headcountDefinition,
    id: "trace/headcount",
    evaluate: (f, ctx) => {
      calls.push(ctx.explain)
      told.push(ctx.quickKind)
      const n = f.enterprise.employees
      if (n === undefined) return Outcome.indeterminate(ctx.explain === false ? ["?"] : ["enterprise.employees"])
      if (n > ctx.params.limit) return Outcome.violation(ctx.explain === false ? [] : [{ path: "enterprise.employees", value: n }])
      return Outcome.compliant(ctx.explain === false ? [] : [{ path: "enterprise.employees", value: n }])
    }
  })
  const e = Engine.make({ packs: [Pack.define({ id: "trace", name: { "zh-CN": "跟踪", en: "trace" }, version: "0", rules: [traced] })] })
  const plan = e.plan("2023-01-01")

  it("asks once without explanations when only problems are kept and the answer is compliant", () => {
    calls.length = 0
    const r = e.evaluateRecord(record(1, { employees: 5 }), 0, plan)
    expect(calls).toEqual([false])
    expect(r._tag === "evaluated" && r.counts.compliant).toBe(1)
    expect(findingOf(r, "trace/headcount")).toBeUndefined()
  })

  it("asks again with explanations for a violation or an indeterminate answer, and reports that answer", () => {
    calls.length = 0
    const v = e.evaluateRecord(record(1, { employees: 500 }), 0, plan)
    expect(calls).toEqual([false, undefined])
    expect(findingOf(v, "trace/headcount")).toMatchObject({ outcome: "violation", evidence: [{ path: "enterprise.employees", value: 500 }] })
    calls.length = 0
    const { employees: _, ...noHeadcount } = record(1)
    const i = e.evaluateRecord(noHeadcount, 0, plan)
    expect(calls).toEqual([false, undefined])
    expect(findingOf(i, "trace/headcount")).toMatchObject({ outcome: "indeterminate", missing: ["enterprise.employees"] })
  })

  it("tells the explaining call the kind of the quick answer it follows (quickKind), and nothing otherwise", () => {
    told.length = 0
    e.evaluateRecord(record(1, { employees: 500 }), 0, plan)
    expect(told).toEqual([undefined, "violation"])
    told.length = 0
    const { employees: _, ...noHeadcount } = record(1)
    e.evaluateRecord(noHeadcount, 0, plan)
    expect(told).toEqual([undefined, "indeterminate"])
    told.length = 0
    e.evaluateRecord(record(1, { employees: 500 }), 0, plan, "all")
    expect(told).toEqual([undefined])
  })

  it("asks with explanations only when every finding is kept", () => {
    calls.length = 0
    const r = e.evaluateRecord(record(1, { employees: 5 }), 0, plan, "all")
    expect(calls).toEqual([undefined])
    expect(findingOf(r, "trace/headcount")).toMatchObject({ outcome: "compliant", evidence: [{ path: "enterprise.employees", value: 5 }] })
  })
})

describe("a rule's subject", () => {
  it("the pack's facts as decoded, a declared field the record leaves out an own undefined (after the first records, which effect's decoder decodes)", () => {
    const seen: Array<ReadonlyArray<PropertyKey>> = []
    const answers: Array<boolean | undefined> = []
    const keys = Rule.define({
      ...headcountDefinition,
      id: "demo/subject-keys",
      appliesTo: { sectors: ["industry-trade"] },
      evaluate: (f: any) => {
        const dust = f.facts?.dustExplosion
        seen.push(dust === undefined ? [] : Reflect.ownKeys(dust))
        answers.push(dust?.removalSystem)
        return Outcome.compliant()
      }
    })
    const e = Engine.make({ packs: [Pack.define({ id: "demo", name: demoPack.name, version: "1.0.0", factsKey: "demo", facts: DemoFacts, rules: [keys] })] })
    const plan = e.plan("2023-01-01")
    for (let i = 0; i < FastDecode.ENGINE_FAST_AFTER + 4; i++) {
      expect(e.evaluateRecord(record(i, { facts: { demo: { dustExplosion: { distanceMetres: 3 } } } }), i, plan)._tag).toBe("evaluated")
    }
    // the first ones decoded by effect: what the record has; then every declared field, in the schema's order
    expect(seen[0]).toEqual(["distanceMetres"])
    expect(seen[seen.length - 1]).toEqual(["removalSystem", "distanceMetres"])
    expect(seen.every((k, i) => (i < FastDecode.ENGINE_FAST_AFTER ? k.length === 1 : k.length === 2))).toBe(true)
    // read by value, the same answer either way
    expect(answers.every((a) => a === undefined)).toBe(true)
  })

  it("the enterprise as decoded, a field the record leaves out an own undefined (after the first records), read by value either way", () => {
    const seen: Array<{ readonly keys: ReadonlyArray<PropertyKey>; readonly address: unknown; readonly employees: unknown }> = []
    const keys = Rule.define({
      ...headcountDefinition,
      id: "demo/enterprise-keys",
      appliesTo: { sectors: ["industry-trade"] },
      evaluate: (f: any) => {
        seen.push({ keys: Reflect.ownKeys(f.enterprise), address: f.enterprise.address, employees: f.enterprise.employees })
        return Outcome.compliant()
      }
    })
    const e = Engine.make({ packs: [Pack.define({ id: "demo", name: demoPack.name, version: "1.0.0", rules: [keys] })] })
    const plan = e.plan("2023-01-01")
    for (let i = 0; i < FastDecode.ENGINE_FAST_AFTER + 4; i++) expect(e.evaluateRecord(record(i), i, plan)._tag).toBe("evaluated")
    const last = seen[seen.length - 1]!
    // (every engine shares one enterprise decoder, so its first records, which effect decodes, may be behind it already)
    // once the fast path decodes: every declared field, one shape for every record
    expect(last.keys).toContain("address")
    expect(last.keys).toContain("unitKinds")
    expect(seen.slice(FastDecode.ENGINE_FAST_AFTER).every((s) => s.keys.join() === last.keys.join())).toBe(true)
    expect(seen.every((s) => s.address === undefined && s.employees === 50)).toBe(true)
  })
})

describe("evidence of an object or a list of them", () => {
  it("shows only the fields the record has, though the rules' subjects have every declared field", () => {
    const Items = Schema.Struct({
      items: Schema.optionalKey(Schema.Array(Schema.Struct({ id: Schema.String, done: Schema.optionalKey(Schema.Boolean), at: Schema.optionalKey(CalendarDate.CalendarDate) })))
    })
    const shown = Rule.fromCondition({
      id: "evidence/items-shown",
      title: { "zh-CN": "清单", en: "Items" }, message: { "zh-CN": "有未完成项", en: "Items not done" }, remediation: { "zh-CN": "完成", en: "Do them" },
      citation: { document: "work-safety-law-2021", article: 1, verified: false },
      severity: "general", effective: { from: "2020-01-01" },
      facts: {
        "facts.items": { type: "list", label: { "zh-CN": "事项", en: "items" }, items: {
          id: { type: "string", label: { "zh-CN": "编号", en: "id" } },
          done: { type: "boolean", label: { "zh-CN": "完成", en: "done" } },
          at: { type: "date", label: { "zh-CN": "日期", en: "date" } }
        } }
      },
      violationWhen: C.all(C.some("facts.items", C.ne("done", true)), C.show("facts.items"))
    })
    const e = Engine.make({ packs: [Pack.define({ id: "evidence", name: { "zh-CN": "证据", en: "evidence" }, version: "0", factsKey: "evidence", facts: Items, rules: [shown] })] })
    const plan = e.plan("2023-01-01")
    const items = [{ id: "a", done: false }, { id: "b", at: "2022-05-01" }]
    // past the first records, which effect's decoder decodes: the fast path's subjects, every declared field own
    for (let i = 0; i <= FastDecode.ENGINE_FAST_AFTER + 2; i++) {
      const r = e.evaluateRecord(record(i, { facts: { evidence: { items } } }), i, plan)
      const f = r._tag === "evaluated" ? r.findings.find((x) => x.ruleId === "evidence/items-shown") : undefined
      const shownItems = f?.evidence?.find((x) => x.path === "facts.items")?.value as ReadonlyArray<object> | undefined
      expect(shownItems).toStrictEqual([{ id: "a", done: false }, { id: "b", at: "2022-05-01" }])
      expect(shownItems!.map((x) => Reflect.ownKeys(x))).toEqual([["id", "done"], ["id", "at"]])
    }
  })
})

describe("verdicts and report", () => {
  it("any major violation means 存在重大事故隐患; counts by outcome, severity, pack and sector", () => {
    const report = engine.evaluate([
      record(1, { employees: 500, facts: { demo: { dustExplosion: { removalSystem: true } } } }),
      record(2, { employees: 50, facts: { demo: { dustExplosion: { removalSystem: false } } } }),
      record(3, { employees: 50, sectors: ["industry-trade", "gas"], facts: { demo: { dustExplosion: { removalSystem: true } } } })
    ], { asOf: "2023-01-01" })
    expect(report.enterprises.map((e) => e.verdict)).toEqual(["major-hazard", "general-hazard", "general-hazard"])
    expect(report.verdicts).toEqual({ "major-hazard": 1, "general-hazard": 2, advisory: 0, "no-violation": 0 })
    expect(report.bySeverity).toEqual({ major: 1, general: 4, advisory: 0 }) // headcount; dust; versioned ×3
    expect(report.byPack["demo"]!.violation).toBe(5)
    expect(report.bySector["gas"]!.violation).toBe(1)
    expect(report.bySector["industry-trade"]!.violation).toBe(5)
    expect(report.totals.findings).toBe(Object.values(report.byOutcome).reduce((a, b) => a + b, 0))
  })
})

describe("registration", () => {
  const text = { "zh-CN": "x", en: "x" }
  it("rejects a duplicate rule id, an unknown document, a missing translation and a bad prefix, all at once", () => {
    const dup = Rule.define({ ...headcountDefinition })
    const unknownDoc = Rule.define({ ...headcountDefinition, id: "demo/unknown-doc", citation: { document: "no-such-law", verified: false } })
    const untranslated = Rule.define({ ...headcountDefinition, id: "demo/untranslated", title: { "zh-CN": "标题", en: "" } })
    const wrongPrefix = Rule.define({ ...headcountDefinition, id: "other/rule" })
    const bad = Pack.define({ id: "extra", name: text, version: "0", rules: [dup, unknownDoc, untranslated, wrongPrefix] })
    let error: unknown
    try {
      Registry.make([demoPack, bad])
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(RegistryError)
    const problems = (error as RegistryError).problems
    expect(problems).toContainEqual(expect.stringMatching(/"demo\/headcount".*already used by pack "demo"/))
    expect(problems).toContainEqual(expect.stringMatching(/unknown document "no-such-law"/))
    expect(problems).toContainEqual(expect.stringMatching(/title has no en translation/))
    expect(problems).toContainEqual(expect.stringMatching(/"other\/rule".*must start with "extra\/"/))
    expect((error as RegistryError).message).toContain("invalid rule packs")
  })

  it("rejects overlapping effective windows of one rule id", () => {
    const a = Rule.define({ ...headcountDefinition, effective: { from: "2020-01-01", to: "2022-06-30" } })
    const b = Rule.define({ ...headcountDefinition, effective: { from: "2022-06-30" } })
    expect(() => Registry.make([Pack.define({ id: "demo", name: text, version: "0", rules: [a, b] })]))
      .toThrow(/2020-01-01\.\.2022-06-30 and 2022-06-30\.\.open overlap/)
  })

  it("accepts adjacent windows and lists them", () => {
    const registry = Registry.make([demoPack])
    expect(registry.versionsOf("demo/versioned").map((v) => v.version)).toEqual(["2020-01-01", "2022-01-01"])
    const listing = registry.listing().filter((l) => l.id === "demo/versioned")
    expect(listing.map((l) => l.effective)).toEqual([{ from: "2020-01-01", to: "2021-12-31" }, { from: "2022-01-01", to: null }])
    expect(listing[0]!.citation).toEqual({ document: "industry-trade-major-hazard-2023", article: 3, item: 1, verified: true })
  })
})

describe("as-of selection", () => {
  it("uses the version in force on the as-of date", () => {
    const at = (asOf: string) => findingOf(engine.evaluateRecord(record(1), 0, engine.plan(asOf), "all"), "demo/versioned")
    expect(at("2021-12-31")).toMatchObject({ outcome: "compliant", ruleVersion: "2020-01-01" })
    expect(at("2022-01-01")).toMatchObject({ outcome: "violation", ruleVersion: "2022-01-01" })
    expect(at("2019-12-31")).toBeUndefined()
  })
  it("rejects an impossible as-of date", () => {
    expect(() => engine.plan("2023-02-30")).toThrow(/not a calendar date/)
  })
})

describe("config", () => {
  it("disables a rule, changes a severity and sets a parameter", () => {
    const e = Engine.make({
      packs: [demoPack],
      config: [
        { name: "国家", level: "national" },
        { name: "某市", level: "city", rules: { "demo/headcount": { params: { limit: 20 }, severity: "general" }, "demo/fragile": { enabled: false } } }
      ]
    })
    const r = e.evaluateRecord(record(1, { employees: 13 }), 0, e.plan("2023-01-01"), "all")
    expect(findingOf(r, "demo/fragile")).toBeUndefined()
    expect(findingOf(r, "demo/headcount")?.outcome).toBe("compliant")
    const r2 = e.evaluateRecord(record(1, { employees: 25 }), 0, e.plan("2023-01-01"), "all")
    expect(findingOf(r2, "demo/headcount")).toMatchObject({ outcome: "violation", severity: "general" })
  })

  it("flags what a local layer makes laxer than the national floor, and not what it tightens", () => {
    const e = Engine.make({
      packs: [demoPack],
      config: [
        { name: "国家", level: "national", rules: { "demo/headcount": { params: { limit: 80 } } } },
        { name: "某省", level: "province", rules: { "demo/headcount": { params: { limit: 150 }, severity: "advisory" }, "demo/fragile": { enabled: false } } },
        { name: "某县", level: "county", rules: { "demo/dust-removal": { severity: "major" } } }
      ]
    })
    const report = e.evaluate([record(1)], { asOf: "2023-01-01" })
    expect(report.laxerThanNational).toEqual(expect.arrayContaining([
      { kind: "param", rule: "demo/headcount", param: "limit", national: 80, effective: 150, layer: "某省" },
      { kind: "severity", rule: "demo/headcount", national: "major", effective: "advisory", layer: "某省" },
      { kind: "disabled", rule: "demo/fragile", layer: "某省" }
    ]))
    expect(report.laxerThanNational).toHaveLength(3)
  })

  it("rejects config that does not fit the packs, listing every problem", () => {
    const make = () => Engine.make({
      packs: [demoPack],
      config: [
        { name: "某省", level: "province", rules: { "demo/nope": {}, "demo/headcount": { params: { limit: -1, colour: 3 } } } },
        { name: "国家", level: "national", waivers: [{ rule: "demo/ghost", subject: code(1), reason: "x", expires: "2024-01-01" }] }
      ]
    })
    expect(make).toThrow(ConfigError)
    try {
      make()
    } catch (e) {
      const p = (e as ConfigError).problems
      expect(p).toContainEqual(expect.stringContaining('unknown rule "demo/nope"'))
      expect(p).toContainEqual(expect.stringContaining('parameter "limit" must be at least 0'))
      expect(p).toContainEqual(expect.stringContaining('no parameter "colour" (it has: limit)'))
      expect(p).toContainEqual(expect.stringContaining("comes after a province layer"))
      expect(p).toContainEqual(expect.stringContaining('waivers[0] names unknown rule "demo/ghost"'))
    }
  })

  it("reports config that does not decode with its path", () => {
    expect(() => Engine.make({ packs: [demoPack], config: [{ name: "x", level: "galaxy" }] as never }))
      .toThrow(/config\[0\]\["level"\]/)
  })
})

describe("waivers", () => {
  const e = Engine.make({
    packs: [demoPack],
    config: [{
      name: "某区",
      level: "county",
      waivers: [{ rule: "demo/headcount", subject: code(1), reason: "扩建期间临时超员，已报批", expires: "2023-06-30", grantedBy: "某区应急管理局" }]
    }]
  })
  const big = record(1, { employees: 500 })

  it("reports a waived violation as waived, not in the verdict", () => {
    const report = e.evaluate([big], { asOf: "2023-06-30" })
    const f = findingOf(report.enterprises[0]!, "demo/headcount")
    expect(f).toMatchObject({ outcome: "violation", waiver: { status: "active", expires: "2023-06-30", grantedBy: "某区应急管理局", layer: "某区" } })
    expect(report.enterprises[0]!.verdict).not.toBe("major-hazard")
    expect(report.byOutcome.waived).toBe(1)
    expect(report.bySeverity.major).toBe(0)
  })

  it("stops applying the day after it expires", () => {
    const report = e.evaluate([big], { asOf: "2023-07-01" })
    expect(findingOf(report.enterprises[0]!, "demo/headcount")?.waiver?.status).toBe("expired")
    expect(report.enterprises[0]!.verdict).toBe("major-hazard")
    expect(report.byOutcome.waived).toBe(0)
  })

  it("waives only its own subject", () => {
    const report = e.evaluate([record(2, { employees: 500 })], { asOf: "2023-01-01" })
    expect(findingOf(report.enterprises[0]!, "demo/headcount")?.waiver).toBeUndefined()
    expect(report.enterprises[0]!.verdict).toBe("major-hazard")
  })
})

describe("a batch of records (evaluateRecords)", () => {
  // rules that throw when quick or when explaining, answer garbage, or have a kind that cannot be read, beside the demo pack's
  const explainThrows = Rule.define({
    ...headcountDefinition,
    id: "batch/explain-throws",
    evaluate: (f, ctx) => {
      const n = f.enterprise.employees ?? 0
      if (ctx.explain !== false && n % 3 === 0) throw new Error(`explaining ${n}`)
      return n % 2 === 0 ? Outcome.violation(ctx.explain === false ? [] : [{ path: "enterprise.employees", value: n }]) : Outcome.compliant()
    }
  })
  const garbage = Rule.define({
    ...headcountDefinition,
    id: "batch/garbage",
    evaluate: (f) => ((f.enterprise.employees ?? 0) % 5 === 0 ? (42 as unknown as Outcome.Outcome) : Outcome.compliant())
  })
  const unreadableKind = Rule.define({
    ...headcountDefinition,
    id: "batch/unreadable-kind",
    evaluate: (f) =>
      (f.enterprise.employees ?? 0) % 7 === 0
        ? (Object.defineProperty({}, "kind", { get: () => { throw new Error("no kind") } }) as Outcome.Outcome)
        : Outcome.indeterminate(["enterprise.employees"])
  })
  // a quick answer whose kind answers once, then throws: read once, as one record at a time reads it
  const kindOnce = Rule.define({
    ...headcountDefinition,
    id: "batch/kind-once",
    evaluate: (f, ctx) => {
      const n = f.enterprise.employees ?? 0
      if (ctx.explain !== false || n % 6 !== 1) return Outcome.violation([{ path: "enterprise.employees", value: n }])
      let reads = 0
      return Object.defineProperty({}, "kind", {
        get: () => {
          if (reads++ > 0) throw new Error("kind read twice")
          return "violation"
        }
      }) as Outcome.Outcome
    }
  })
  const e = Engine.make({
    packs: [demoPack, Pack.define({ id: "batch", name: { "zh-CN": "批", en: "batch" }, version: "0", rules: [explainThrows, garbage, unreadableKind, kindOnce] })]
  })
  const inputs: Array<unknown> = []
  for (let k = 0; k < 60; k++) {
    if (k % 11 === 4) inputs.push({ creditCode: 5 }) // rejected
    else if (k % 13 === 6) inputs.push(new Proxy({}, { ownKeys: () => { throw new Error("trap") } })) // unreadable
    else if (k % 9 === 2) {
      const { employees: _, ...none } = record(k)
      inputs.push(none)
    } else inputs.push(record(k, { employees: k, ...(k % 4 === 0 ? { facts: { demo: { dustExplosion: { removalSystem: k % 8 === 0 } } } } : {}) }))
  }

  for (const asOf of ["2021-06-01", "2023-01-01"]) {
    it(`gives what evaluateRecord gives each record in turn, numbered from the first index (as of ${asOf})`, () => {
      const plan = e.plan(asOf)
      const one = inputs.map((input, k) => e.evaluateRecord(input, 100 + k, plan))
      const batch = e.evaluateRecords(inputs, 100, plan)
      expect(batch).toEqual(one)
      // every kind of result is in the batch: rejections, errors from quick answers and explanations, violations
      const findings = batch.flatMap((r) => (r._tag === "evaluated" ? r.findings : []))
      expect(batch.some((r) => r._tag === "rejected")).toBe(true)
      expect(findings.some((f) => f.outcome === "error" && f.error === "Error: unlucky number")).toBe(true)
      expect(findings.some((f) => f.outcome === "error" && f.error?.startsWith("Error: explaining"))).toBe(true)
      expect(findings.some((f) => f.outcome === "error" && f.error?.includes("invalid outcome"))).toBe(true)
      expect(findings.some((f) => f.outcome === "error" && f.error === "Error: no kind")).toBe(true)
      expect(findings.some((f) => f.outcome === "error" && f.error === "Error: kind read twice")).toBe(false)
      expect(findings.filter((f) => f.ruleId === "batch/kind-once" && f.outcome === "violation").length).toBeGreaterThan(3)
      expect(findings.some((f) => f.outcome === "violation")).toBe(true)
      expect(findings.some((f) => f.outcome === "indeterminate")).toBe(true)
      // every finding kept: the same as one by one too
      expect(e.evaluateRecords(inputs, 0, plan, "all")).toEqual(inputs.map((input, k) => e.evaluateRecord(input, k, plan, "all")))
    })
  }

  it("explains a batch's problems rule by rule, each told the kind of its quick answer", () => {
    const asked: Array<string> = []
    const traced = (id: string) =>
      Rule.define({
        ...headcountDefinition,
        id,
        evaluate: (f, ctx) => {
          asked.push(`${id} ${f.enterprise.employees} ${ctx.explain === false ? "quick" : ctx.quickKind}`)
          return (f.enterprise.employees ?? 0) > 2 ? Outcome.violation([]) : Outcome.compliant()
        }
      })
    const t = Engine.make({ packs: [Pack.define({ id: "order", name: { "zh-CN": "序", en: "order" }, version: "0", rules: [traced("order/a"), traced("order/b")] })] })
    t.evaluateRecords([record(1, { employees: 3 }), record(2, { employees: 1 }), record(3, { employees: 4 })], 0, t.plan("2023-01-01"))
    expect(asked).toEqual([
      "order/a 3 quick", "order/b 3 quick", "order/a 1 quick", "order/b 1 quick", "order/a 4 quick", "order/b 4 quick",
      "order/a 3 violation", "order/a 4 violation", "order/b 3 violation", "order/b 4 violation"
    ])
  })
})
