// Bad input of any kind is a rejected record, and no record reads anything it does not own
// (issue 14 §2: a throwing getter made Engine.evaluate throw; a polluted Object.prototype was read as facts).
import { describe, expect, it } from "vitest"
import * as Engine from "../src/evaluation/Engine.ts"
import { ownData } from "../src/evaluation/OwnData.ts"
import type { RecordResult } from "../src/evaluation/Report.ts"
import { code, demoPack, record } from "./fixtures.ts"

const engine = Engine.make({ packs: [demoPack] })
const plan = engine.plan("2023-01-01")

const rejected = (input: unknown): Extract<RecordResult, { _tag: "rejected" }> => {
  const r = engine.evaluateRecord(input, 0, plan)
  expect(r._tag).toBe("rejected")
  return r as Extract<RecordResult, { _tag: "rejected" }>
}

const dust = (r: RecordResult) => {
  if (r._tag !== "evaluated") throw new Error(`rejected: ${JSON.stringify(r.issues)}`)
  return r.findings.find((f) => f.ruleId === "demo/dust-removal")?.outcome
}

/** Runs `body` with `Object.prototype[key]` set to `value`, and removes it again whatever happens. */
const polluted = <A>(key: string, value: unknown, body: () => A): A => {
  Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true, enumerable: false })
  try {
    return body()
  } finally {
    delete (Object.prototype as Record<string, unknown>)[key]
  }
}

describe("input that cannot be read is a rejected record, never a throw", () => {
  it("a throwing getter: rejected with the field's path", () => {
    const input = { ...record(1), get name(): string { throw new Error("boom") } }
    const r = rejected(input)
    expect(r.id).toBe(code(1))
    expect(r.issues).toEqual([expect.objectContaining({ path: ["name"], message: expect.stringContaining("boom") })])
    expect(r.issues[0]!.messages?.["zh-CN"]).toBe("无法读取（Error: boom）")
    expect(() => engine.evaluate([input, record(2)], { asOf: "2023-01-01" })).not.toThrow()
    const report = engine.evaluate([input, record(2)], { asOf: "2023-01-01" })
    expect(report.totals).toMatchObject({ records: 2, rejected: 1, evaluated: 1 })
  })

  it("a throwing creditCode getter: rejected without an id", () => {
    const r = rejected({ get creditCode(): string { throw new Error("no id") } })
    expect(r.id).toBeUndefined()
    expect(r.issues[0]!.message).toContain("no id")
  })

  it("a Proxy whose traps throw, and a revoked Proxy", () => {
    const trap = () => {
      throw new Error("trap")
    }
    rejected(new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap }))
    const { proxy, revoke } = Proxy.revocable(record(3), {})
    revoke()
    rejected(proxy)
    rejected({ ...record(4), facts: { demo: new Proxy({}, { ownKeys: trap, get: trap, has: trap, getOwnPropertyDescriptor: trap }) } })
  })

  it("Engine.evaluate of a revoked Proxy or an array Proxy whose traps throw: one rejected record", () => {
    const { proxy, revoke } = Proxy.revocable([record(20)], {})
    revoke()
    expect(engine.evaluate(proxy, { asOf: "2023-01-01" }).totals).toMatchObject({ records: 1, rejected: 1 })
    const hostile = new Proxy([record(21)], { get: () => { throw new Error("trap") } })
    expect(engine.evaluate(hostile, { asOf: "2023-01-01" }).totals).toMatchObject({ records: 1, rejected: 1 })
  })

  it("a cyclic object", () => {
    const cyclic: Record<string, unknown> = record(5, { sectors: "industry-trade" })
    cyclic["self"] = cyclic
    expect(rejected(cyclic).issues).toContainEqual(expect.objectContaining({ path: ["self"], message: expect.stringContaining("cyclic") }))
    expect(rejected(cyclic).issues).toContainEqual(expect.objectContaining({ path: ["self"], messages: { "zh-CN": "循环引用：值包含其自身", en: expect.stringContaining("cyclic") } }))
  })

  it("BigInt, symbols as values and as keys, functions", () => {
    expect(rejected(record(6, { employees: 10n })).issues).toContainEqual(expect.objectContaining({ path: ["employees"], message: expect.any(String) }))
    rejected(record(7, { employees: Symbol("x") }))
    rejected(record(8, { employees: () => 1 }))
    const withSymbolKey = { ...record(9), [Symbol("hidden")]: 1 }
    expect(engine.evaluateRecord(withSymbolKey, 0, plan)._tag).toBe("evaluated")
    rejected(10n)
    rejected(Symbol("record"))
  })

  it("input nested deeper than any record is rejected, not a stack overflow", () => {
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i++) deep = { a: deep }
    rejected(record(10, { employees: "x", facts: { demo: deep } }))
    expect(ownData(deep)._tag).toBe("unreadable")
  })
})

describe("only the record's own properties are read", () => {
  it("a fact inherited from a polluted Object.prototype is not decoded into the record's facts", () => {
    // (rules read the decoded objects, which are plain objects: what a rule reads is what the record owns)
    const stages = Engine.stages(engine)
    const subject = polluted("dustExplosion", { removalSystem: false }, () => {
      const enterprise = stages.decodeRecord(record(11, { facts: { demo: {} } }), 0)
      if ("_tag" in enterprise) throw new Error("rejected")
      const subjects = stages.decodeFacts(enterprise, stages.select(enterprise, plan), 0)
      if (!Array.isArray(subjects)) throw new Error("rejected")
      return subjects.find((s) => s?.facts !== undefined)!
    })
    expect(Object.hasOwn(subject.facts as object, "dustExplosion")).toBe(false)
    expect(dust(engine.evaluateRecord(record(11, { facts: { demo: {} } }), 0, plan))).toBe("indeterminate")
  })

  it("a pack's fact section inherited from Object.prototype is no section", () => {
    const r = polluted("demo", { dustExplosion: { removalSystem: false } }, () => engine.evaluateRecord(record(12, { facts: {} }), 0, plan))
    expect(dust(r)).toBe("indeterminate")
  })

  it("an inherited required field does not make a record valid (effect's decoder reads own data only)", () => {
    const { name: _name, ...noName } = record(13)
    const r = polluted("name", "继承的名称", () => engine.evaluateRecord(noName, 0, plan))
    expect(r._tag).toBe("rejected")
    expect((r as Extract<RecordResult, { _tag: "rejected" }>).issues).toContainEqual(expect.objectContaining({ path: ["name"], message: "Missing key" }))
  })

  it("a creditCode inherited from Object.prototype is no id", () => {
    const r = polluted("creditCode", code(14), () => engine.evaluateRecord({ name: "x" }, 0, plan))
    expect((r as Extract<RecordResult, { _tag: "rejected" }>).id).toBeUndefined()
  })

  it("an own __proto__ key (as JSON.parse makes it) changes no prototype and no other record", () => {
    const hostile = JSON.parse(
      `{"creditCode":"${code(15)}","name":"x","jurisdiction":"330102","sectors":["industry-trade"],` +
        `"__proto__":{"facts":{"demo":{"dustExplosion":{"removalSystem":false}}}},` +
        `"facts":{"__proto__":{"demo":{"dustExplosion":{"removalSystem":false}}},"demo":{"__proto__":{"dustExplosion":{"removalSystem":false}}}}}`
    )
    const plain = record(16, { facts: { demo: {} } })
    const alone = engine.evaluateRecord(plain, 1, plan)
    const report = engine.evaluate([hostile, plain], { asOf: "2023-01-01" })
    expect(report.enterprises[1]!.findings).toEqual((alone as Extract<RecordResult, { _tag: "evaluated" }>).findings)
    expect(dust(report.enterprises[0]!)).toBe("indeterminate")
    expect(({} as Record<string, unknown>)["facts"]).toBeUndefined()
    expect(({} as Record<string, unknown>)["dustExplosion"]).toBeUndefined()
  })
})

describe("config keys that name Object.prototype's members", () => {
  it("a parameter named constructor or __proto__ is an unknown parameter, and sets nothing", () => {
    const layers = JSON.parse(`[{"name":"国家","level":"national","rules":{"demo/headcount":{"params":{"__proto__":1,"constructor":3}}}}]`)
    let problems: ReadonlyArray<string> = []
    try {
      Engine.make({ packs: [demoPack], config: layers })
    } catch (e) {
      problems = (e as { problems: ReadonlyArray<string> }).problems
    }
    expect(problems).toEqual([
      expect.stringContaining(`has no parameter "__proto__"`),
      expect.stringContaining(`has no parameter "constructor"`)
    ])
  })
})
