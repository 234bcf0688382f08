import { describe, expect, it } from "vitest"
import * as InspectionChecklist from "../src/checklist/InspectionChecklist.ts"
import * as Engine from "../src/evaluation/Engine.ts"
import * as Pack from "../src/pack/Pack.ts"
import { demoPack, dustRemoval, record } from "./fixtures.ts"

const engine = Engine.make({ packs: [demoPack] })
const paths = (c: { readonly items: ReadonlyArray<{ readonly path: string }> }) => c.items.map((i) => i.path)

describe("InspectionChecklist.make: a blank checklist for sectors on a date", () => {
  const c = InspectionChecklist.make(engine, { asOf: "2023-01-01", sectors: ["industry-trade"] })

  it("lists the identity, then every fact the rules in force read, each with the rules that need it", () => {
    expect(paths(c).slice(0, 5)).toEqual(["creditCode", "name", "jurisdiction", "sectors", "unitKinds"])
    expect(paths(c)).toContain("employees")
    expect(paths(c)).toContain("facts.demo.dustExplosion.removalSystem")
    const dust = c.items.find((i) => i.path === "facts.demo.dustExplosion.removalSystem")!
    expect(dust.rules).toEqual([{ ruleId: "demo/dust-removal", version: "2020-01-01", title: dustRemoval.title, citation: dustRemoval.citation }])
    expect(dust.type).toBe("boolean")
    expect(dust.topic.key).toBe("demo/dustExplosion")
    const employees = c.items.find((i) => i.path === "employees")!
    expect(employees).toMatchObject({ label: { "zh-CN": "从业人员数", en: "staff" }, type: "integer", unit: { "zh-CN": "人" }, topic: { key: "enterprise" } })
    expect(employees.rules.map((r) => r.ruleId)).toContain("demo/headcount")
    expect(employees.value).toBeUndefined()
  })

  it("lists only rules in force and for the sectors: transport's rule is not there, and nothing before the rules took effect", () => {
    expect(c.items.flatMap((i) => i.rules.map((r) => r.ruleId))).not.toContain("demo/transport-only")
    const early = InspectionChecklist.make(engine, { asOf: "2019-01-01", sectors: ["industry-trade"] })
    expect(early.items.flatMap((i) => i.rules)).toEqual([])
  })

  it("takes labels, units and values from a rule's fact declarations when it has them", () => {
    const declared = { ...dustRemoval, factDeclarations: { "facts.dustExplosion.removalSystem": { type: "boolean" as const, label: { "zh-CN": "粉尘爆炸危险场所设置除尘系统", en: "dust removal system in place" } } } }
    const pack = Pack.define({ id: demoPack.id, name: demoPack.name, version: demoPack.version, factsKey: "demo", facts: demoPack.facts!, rules: [declared] })
    const d = InspectionChecklist.make(Engine.make({ packs: [pack] }), { asOf: "2023-01-01", sectors: ["industry-trade"] })
    expect(d.items.find((i) => i.path === "facts.demo.dustExplosion.removalSystem")!.label["zh-CN"]).toBe("粉尘爆炸危险场所设置除尘系统")
  })

  it("needs sectors", () => {
    expect(() => InspectionChecklist.make(engine, { asOf: "2023-01-01" })).toThrow(/needs sectors/)
  })
})

describe("InspectionChecklist with a record", () => {
  const partial = record(1, { employees: 50, facts: { demo: { dustExplosion: {} } } })

  it("pre-fills what the record says and marks what it does not", () => {
    const c = InspectionChecklist.make(engine, { asOf: "2023-01-01", record: partial })
    expect(c.sectors).toEqual(["industry-trade"])
    expect(c.items.find((i) => i.path === "employees")).toMatchObject({ value: 50, known: true })
    expect(c.items.find((i) => i.path === "facts.demo.dustExplosion.removalSystem")).toMatchObject({ known: false })
  })

  it("onlyMissing lists exactly the facts that left findings indeterminate", () => {
    const c = InspectionChecklist.make(engine, { asOf: "2023-01-01", record: partial, onlyMissing: true })
    expect(paths(c)).toEqual(["facts.demo.dustExplosion.removalSystem"])
    expect(c.items[0]!.rules.map((r) => r.ruleId)).toEqual(["demo/dust-removal"])
    const none = InspectionChecklist.make(engine, { asOf: "2023-01-01", record: record(2, { employees: 5, facts: { demo: { dustExplosion: { removalSystem: true } } } }), onlyMissing: true })
    expect(none.items).toEqual([])
  })

  it("round trip: the missing facts filled with compliant answers leave no indeterminate finding; one breach gives exactly that violation", () => {
    const c = InspectionChecklist.make(engine, { asOf: "2023-01-01", record: partial, onlyMissing: true })
    const answer = (value: string) => c.items.map((i) => ({ path: i.path, type: i.type, value }))
    const compliant = InspectionChecklist.fill(answer("是"), partial)
    const ok = engine.evaluateRecord(compliant, 0, engine.plan("2023-01-01"), "all")
    expect(ok._tag).toBe("evaluated")
    if (ok._tag !== "evaluated") return
    expect(ok.findings.filter((f) => f.outcome === "indeterminate")).toEqual([])
    const breach = engine.evaluateRecord(InspectionChecklist.fill(answer("否"), partial), 0, engine.plan("2023-01-01"))
    if (breach._tag !== "evaluated") throw new Error("rejected")
    const violations = breach.findings.filter((f) => f.outcome === "violation").map((f) => f.ruleId)
    const before = engine.evaluateRecord(compliant, 0, engine.plan("2023-01-01"))
    if (before._tag !== "evaluated") throw new Error("rejected")
    const already = before.findings.filter((f) => f.outcome === "violation").map((f) => f.ruleId)
    expect(violations.filter((v) => !already.includes(v))).toEqual(["demo/dust-removal"])
  })
})

describe("InspectionChecklist.fill", () => {
  it("reads form cells by type and leaves empty cells unknown", () => {
    const r = InspectionChecklist.fill([
      { path: "employees", type: "integer", value: "120" },
      { path: "safetyDepartment", type: "boolean", value: "否" },
      { path: "dangerousGoodsActivities", type: "strings", value: "storage、use" },
      { path: "keyPeople[0].name", type: "string", value: "王安" },
      { path: "keyPeople[0].assessment.passed", type: "boolean", value: "true" },
      { path: "address", type: "string", value: "  " }
    ], { creditCode: "x" })
    expect(r).toEqual({ creditCode: "x", employees: 120, safetyDepartment: false, dangerousGoodsActivities: ["storage", "use"], keyPeople: [{ name: "王安", assessment: { passed: true } }] })
  })

  it("refuses, naming every path: a template path, __proto__, a value not of its type, a path through a value", () => {
    let error: unknown
    try {
      InspectionChecklist.fill([
        { path: "keyPeople[].name", value: "王安" },
        { path: "__proto__.polluted", value: "yes" },
        { path: "facts.x.constructor.prototype", value: "1" },
        { path: "employees", type: "integer", value: "约200" },
        { path: "name.first", value: "a" }
      ], { name: "企业" })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InspectionChecklist.FillError)
    expect((error as InspectionChecklist.FillError).problems.map((p) => p.path)).toEqual(["keyPeople[].name", "__proto__.polluted", "facts.x.constructor.prototype", "employees", "name.first"])
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined()
  })
})
