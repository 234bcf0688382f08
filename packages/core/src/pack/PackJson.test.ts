import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as CalendarDate from "../calendar/CalendarDate.ts"
import * as C from "../condition/Condition.ts"
import type { FactDeclarations } from "../condition/FactDeclaration.ts"
import * as Rule from "../rule/Rule.ts"
import * as Pack from "./Pack.ts"

const text = (zh: string, en: string) => ({ "zh-CN": zh, en })
const facts: FactDeclarations = {
  "facts.usesLiquidAmmonia": { type: "boolean", label: text("使用液氨制冷", "refrigerates with liquid ammonia") },
  "facts.lastDrill": { type: "date", label: text("应急演练", "emergency drill") },
  "facts.quickFreezers": {
    type: "list",
    label: text("快速冻结装置", "quick freezer"),
    items: {
      name: { type: "string", label: text("名称", "name") },
      inSeparateRoom: { type: "boolean", label: text("设置在单独的作业间内", "in a room of its own") },
      roomWorkers: { type: "integer", label: text("作业间内作业人员数量", "workers in its room"), unit: text("人", "people") }
    }
  }
}
const meta = {
  id: "ammonia/quick-freezer-room",
  title: text("快速冻结装置作业间", "Quick-freezer room"),
  message: text("测试夹具（非官方条文）：快速冻结间未单独设置或作业人数超过上限", "Test fixture (not the official text): quick freezer not in its own room, or more workers than the limit"),
  remediation: text("单独设置并控制人数", "Give it a room and keep the crew small"),
  // a fixture: the fact base has 第十二条(二)'s number and its "超过9人", not its wording, so the text above is
  // no quotation and the citation stays unverified
  citation: { document: "industry-trade-major-hazard-2023", article: 12, item: 2, verified: false },
  severity: "major" as const,
  effective: { from: "2023-05-15" },
  params: { maxRoomWorkers: { type: "number" as const, default: 9, integer: true, laxerWhen: "greater" as const, description: text("上限", "Limit") } }
}
const json = () => ({
  id: "ammonia",
  name: text("液氨制冷", "Liquid-ammonia refrigeration"),
  version: "0.1.0",
  factsKey: "ammonia",
  facts: JSON.parse(JSON.stringify(facts)),
  rules: [{
    ...JSON.parse(JSON.stringify(meta)),
    notApplicableWhen: { op: "=", left: { fact: "facts.usesLiquidAmmonia" }, right: { value: false } },
    violationWhen: {
      any: [
        {
          some: "facts.quickFreezers",
          label: "name",
          where: { any: [{ op: "=", left: { fact: "inSeparateRoom" }, right: { value: false } }, { op: ">", left: { fact: "roomWorkers" }, right: { param: "maxRoomWorkers" } }] }
        },
        { op: ">", left: { elapsed: "facts.lastDrill", unit: "days" }, right: { value: 365 } }
      ]
    }
  }]
})

/** The problems of a file, one a line. */
const problems = (file: unknown): Array<string> => {
  const r = Pack.decodeJson(file)
  if (Result.isSuccess(r)) return []
  return r.failure.issues.map(Pack.formatIssue)
}

describe("Pack.fromJson", () => {
  it("reads a sound file into a pack of compiled rules", () => {
    const pack = Pack.fromJson(json())
    expect(pack.rules.map((r) => r.id)).toEqual(["ammonia/quick-freezer-room"])
    expect(pack.factsKey).toBe("ammonia")
  })

  it("refuses, naming the rule id and the JSON path: unknown keys", () => {
    const file = json()
    ;(file.rules[0] as Record<string, unknown>).severty = "major"
    ;(file.rules[0].violationWhen.any[0] as Record<string, unknown>).lable = "name"
    expect(problems(file)).toEqual([`rule "ammonia/quick-freezer-room" at $.rules[0].severty: Expected no excess property`])
    delete (file.rules[0] as Record<string, unknown>).severty
    expect(problems(file)).toEqual([`rule "ammonia/quick-freezer-room" at $.rules[0].violationWhen.any[0].lable: unknown key "lable"; expected some, where, label, asOf, entry, heading, only, by, among, reason`])
  })

  it("refuses unknown operators, undeclared paths and type mismatches", () => {
    const file = json()
    file.rules[0].violationWhen.any[0].where.any[1].op = "gt"
    file.rules[0].violationWhen.any[0].where.any[0].left.fact = "separateRoom"
    file.rules[0].violationWhen.any[1].right = { value: "a year" } as never
    expect(problems(file)).toEqual([
      `rule "ammonia/quick-freezer-room" at $.rules[0].violationWhen.any[0].where.any[0].left.fact: "separateRoom" is not a declared fact (entry fields: name, inSeparateRoom, roomWorkers)`,
      `rule "ammonia/quick-freezer-room" at $.rules[0].violationWhen.any[0].where.any[1].op: unknown operator "gt"; expected one of >, >=, <, <=, =, !=, oneOf, between, in, startsWith`,
      `rule "ammonia/quick-freezer-room" at $.rules[0].violationWhen.any[1].right: cannot compare a number with a string`
    ])
  })

  it("refuses missing translations and unknown citation documents", () => {
    const file = json()
    file.rules[0].title.en = ""
    file.rules[0].citation.document = "industry-trade-2023"
    file.facts["facts.lastDrill"].label["zh-CN"] = " "
    expect(problems(file)).toEqual([
      `at $.facts["facts.lastDrill"].label["zh-CN"]: missing zh-CN translation`,
      `rule "ammonia/quick-freezer-room" at $.rules[0].title.en: missing en translation`,
      `rule "ammonia/quick-freezer-room" at $.rules[0].citation.document: unknown citation document "industry-trade-2023"; declare it in "documents" or use a national one`
    ])
    const missingKey = json()
    delete (missingKey.rules[0].message as Record<string, unknown>).en
    expect(problems(missingKey)).toEqual([`rule "ammonia/quick-freezer-room" at $.rules[0].message.en: Missing key`])
  })

  it("throws a PackFileError whose message lists every problem", () => {
    const file = json()
    file.rules[0].violationWhen.any[1].right = { value: "a year" } as never
    expect(() => Pack.fromJson(file)).toThrow(Pack.PackFileError)
    expect(() => Pack.fromJson(file)).toThrow(`the pack file has 1 problem(s):\nrule "ammonia/quick-freezer-room" at $.rules[0].violationWhen.any[1].right: cannot compare a number with a string`)
  })
})

describe("a TypeScript rule and a JSON rule with the same meaning", () => {
  const typescript = Rule.fromCondition({
    ...meta,
    facts,
    notApplicableWhen: C.eq("facts.usesLiquidAmmonia", false),
    violationWhen: C.any(
      C.some("facts.quickFreezers", C.any(C.eq("inSeparateRoom", false), C.gt("roomWorkers", C.param("maxRoomWorkers"))), "name"),
      C.gt({ elapsed: "facts.lastDrill", unit: "days" }, 365)
    )
  })
  const fromJson = Pack.fromJson(json()).rules[0]!

  it("is the same condition data, and gives the same outcomes, evidence and reasons on the same inputs", () => {
    expect(typescript.reads).toEqual(fromJson.reads)
    const asOf = CalendarDate.make("2026-06-01")
    let seed = 7
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n
    const pick = <A>(xs: ReadonlyArray<A>): A => xs[next(xs.length)]!
    const kinds = new Set<string>()
    for (let i = 0; i < 2000; i++) {
      const section = next(10) === 0 ? undefined : {
        ...(next(4) === 0 ? {} : { usesLiquidAmmonia: next(5) !== 0 }),
        ...(next(3) === 0 ? {} : { lastDrill: CalendarDate.addDays(asOf, next(500) - 420) }),
        ...(next(4) === 0 ? {} : {
          quickFreezers: Array.from({ length: next(4) }, (_, j) => ({
            name: `速冻机${j}`,
            ...(next(6) === 0 ? {} : { inSeparateRoom: next(4) !== 0 }),
            ...(next(6) === 0 ? {} : { roomWorkers: next(14) })
          }))
        })
      }
      const subject = { enterprise: {}, facts: section } as never
      for (const explain of [true, false]) {
        const context = { asOf, params: { maxRoomWorkers: pick([9, 12]) }, explain }
        const a = typescript.evaluate(subject, context), b = fromJson.evaluate(subject, context)
        expect(b).toEqual(a)
        if (!explain) expect(b).toBe(a) // the shared bare outcomes
        kinds.add(a.kind)
      }
    }
    expect([...kinds].sort()).toEqual(["compliant", "indeterminate", "not-applicable", "violation"])
  })
})

describe("a JSON pack with nested facts", () => {
  it("decodes dotted fact paths as nested objects and reports an absent object once", async () => {
    const Engine = await import("../evaluation/Engine.ts")
    const pack = Pack.fromJson({
      id: "exits",
      name: text("出口", "Exits"),
      version: "0.1.0",
      factsKey: "exits",
      facts: {
        "facts.evacuation.exitsCompliant": { type: "boolean", label: text("出口符合要求", "exits compliant") },
        "facts.evacuation.exitsObstructed": { type: "boolean", label: text("出口被占用", "exits obstructed") }
      },
      rules: [{
        id: "exits/clear",
        title: text("出口畅通", "Exits clear"), message: text("出口不符合要求", "Exits inadequate"), remediation: text("整改", "Fix"),
        citation: { document: "work-safety-law-2021", article: 42, verified: true },
        severity: "general",
        effective: { from: "2021-09-01" },
        violationWhen: { any: [
          { op: "=", left: { fact: "facts.evacuation.exitsCompliant" }, right: { value: false } },
          { op: "=", left: { fact: "facts.evacuation.exitsObstructed" }, right: { value: true } }
        ] }
      }]
    })
    const { computeCheckCharacter } = await import("../enterprise/CreditCode.ts")
    const record = (exits: unknown) => ({
      creditCode: "913301020000000" + "01" + computeCheckCharacter("91330102000000001"), name: "某公司", jurisdiction: "330102", sectors: ["industry-trade"],
      ...(exits === undefined ? {} : { facts: { exits } })
    })
    const report = Engine.make({ packs: [pack] }).evaluate([
      record({ evacuation: { exitsCompliant: true, exitsObstructed: true } }),
      record({}),
      record({ evacuation: { exitsCompliant: "yes" } })
    ], { asOf: "2026-06-01", include: "all" })
    expect(report.enterprises.map((e) => e.findings.map((f) => [f.outcome, f.missing ?? null]))).toEqual([
      [["violation", null]],
      [["indeterminate", ["facts.evacuation"]]]
    ])
    // a value of the wrong type is a decode error of the record, reported with its path
    expect(report.rejected.map((r) => r.issues.map((i) => i.path.join(".")))).toEqual([["facts.exits.evacuation.exitsCompliant"]])
  })
})
