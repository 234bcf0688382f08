/**
 * Dates of entries: `latest` (the latest entry date by the as-of day among the entries that meet a
 * condition) and `within` / `elapsed` over an operand.
 */
import { describe, expect, it } from "vitest"
import * as CalendarDate from "../calendar/CalendarDate.ts"
import type { Localized } from "../rule/Localized.ts"
import type { Evidence } from "../rule/Outcome.ts"
import type { RuleContext } from "../rule/Rule.ts"
import { compile, emptyTrace, reasonText } from "./Compile.ts"
import type { CompiledCondition, Trace, Truth } from "./Compile.ts"
import * as C from "./Condition.ts"
import type { Condition } from "./Condition.ts"
import type { FactDeclarations } from "./FactDeclaration.ts"
import { pathsOf, validate } from "./Validate.ts"

const text = (zh: string, en: string) => ({ "zh-CN": zh, en })
const facts: FactDeclarations = {
  "facts.drills": {
    type: "list",
    label: text("应急演练", "drill"),
    items: {
      plan: { type: "string", label: text("预案类别", "plan"), values: ["comprehensive", "special", "on-site"] },
      date: { type: "date", label: text("演练日期", "drill date") },
      at: { type: "instant", label: text("演练时间", "drill time") }
    }
  },
  "facts.adoptedOn": { type: "date", label: text("预案施行日期", "plan adopted on") },
  "facts.validFrom": { type: "instant", label: text("有效期起", "valid from") },
  "facts.validTo": { type: "instant", label: text("有效期止", "valid to") },
  "facts.people": { type: "integer", label: text("人数", "people") }
}
const params = { months: { type: "number" as const, default: 6, laxerWhen: "greater" as const, description: text("月", "months") } }
const asOf = CalendarDate.make("2026-11-23")
const d = (iso: string) => CalendarDate.make(iso)

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
const run = (condition: Condition, section: Record<string, unknown>, months = 6): { t: Truth; trace: Explained } => {
  expect(validate(condition, { facts, params, functions: {} })).toEqual([])
  const compiled = compile(condition, { facts, explainCodeAfter: 0 })
  const closures = compile(condition, { facts, codegen: false })
  const subject = { enterprise: {}, facts: section }
  const context = { asOf, params: { months }, explain: false } as RuleContext<any>
  const trace = emptyTrace()
  const t = compiled.explain(subject, { ...context, explain: true }, undefined, "", trace)
  expect(compiled.quick(subject, context, undefined)).toBe(t)
  expect(closures.quick(subject, context, undefined)).toBe(t)
  explainsAlike(compiled, closures, subject, { ...context, explain: true })
  return { t, trace: { ...trace, reasons: trace.reasons.map(reasonText) } }
}

const onSite = C.eq("plan", "on-site")
const lastOnSite = C.latest("facts.drills", "date", onSite, { as: "facts.drills[on-site].latest", orNull: true })

describe("latest: the latest entry date by the as-of day among the entries that meet where", () => {
  it("takes the latest matching date; a date after the as-of day is not evidence", () => {
    const drills = [
      { plan: "on-site", date: d("2026-03-01") },
      { plan: "special", date: d("2026-10-01") },
      { plan: "on-site", date: d("2026-08-01") },
      { plan: "on-site", date: d("2026-12-01") }
    ]
    const r = run(C.withinMonths(lastOnSite, C.param("months")), { drills })
    expect(r.t).toBe(1)
    expect(r.trace.evidence).toEqual([{ path: "facts.drills[on-site].latest", value: "2026-08-01" }])
    // without `as`: the deciding entry's facts
    const plain = run(C.withinMonths(C.latest("facts.drills", "date", onSite), 6), { drills })
    expect(plain.trace.evidence).toEqual([{ path: "facts.drills[2].plan", value: "on-site" }, { path: "facts.drills[2].date", value: "2026-08-01" }])
    expect(plain.trace.reasons[0]).toEqual(text("最近一次应急演练在3个月前，未超过6个月", "the last drill was 3 months ago, within 6 months"))
  })

  it("within months: a drill six months ago to the day is within, a day more is not (the parameter decides)", () => {
    expect(run(C.withinMonths(lastOnSite, C.param("months")), { drills: [{ plan: "on-site", date: d("2026-05-23") }] }).t).toBe(1)
    const late = run(C.withinMonths(lastOnSite, C.param("months")), { drills: [{ plan: "on-site", date: d("2026-05-22") }] })
    expect(late.t).toBe(0)
    expect(late.trace.reasons[0]!["zh-CN"]).toBe("最近一次应急演练在6个月前，超过6个月")
    expect(run(C.withinMonths(lastOnSite, C.param("months")), { drills: [{ plan: "on-site", date: d("2026-05-22") }] }, 12).t).toBe(1)
  })

  it("none: never within, null as named evidence, `never` in words", () => {
    const r = run(C.withinMonths(lastOnSite, 6), { drills: [{ plan: "special", date: d("2026-10-01") }, { plan: "on-site", date: d("2026-12-01") }] })
    expect(r.t).toBe(0)
    expect(r.trace.evidence).toEqual([{ path: "facts.drills[on-site].latest", value: null }])
    expect(r.trace.reasons[0]).toEqual(text("截至判定日没有应急演练记录", "no drill on record by the as-of date"))
    expect(run(C.gt(C.elapsed(lastOnSite, "months"), 100000), { drills: [] }).t).toBe(1)
    // before every date in a comparison
    expect(run(C.lt(C.latest("facts.drills", "date", onSite), C.fact("facts.adoptedOn")), { drills: [], adoptedOn: d("2020-01-01") }).t).toBe(1)
  })

  it("unknown when an entry of unknown where is later than every known one; an earlier one does not matter", () => {
    const unknownLater = run(C.withinMonths(lastOnSite, 6), { drills: [{ plan: "on-site", date: d("2026-01-01") }, { date: d("2026-02-01") }] })
    expect(unknownLater.t).toBe(2)
    expect(unknownLater.trace.missing).toEqual(["facts.drills[1].plan"])
    const unknownEarlier = run(C.withinMonths(lastOnSite, 6), { drills: [{ date: d("2025-01-01") }, { plan: "on-site", date: d("2026-10-01") }] })
    expect(unknownEarlier.t).toBe(1)
    expect(unknownEarlier.trace.missing).toEqual([])
    // an undated entry gives no date; an absent list is missing
    expect(run(C.withinMonths(lastOnSite, 6), { drills: [{ plan: "on-site" }, { plan: "on-site", date: d("2026-10-01") }] }).t).toBe(1)
    const absent = run(C.withinMonths(lastOnSite, 6), {})
    expect(absent.t).toBe(2)
    expect(absent.trace.missing).toEqual(["facts.drills"])
  })

  it("instants: one on the as-of day (Beijing) counts, one the next day does not", () => {
    const c = C.withinDays(C.latest("facts.drills", "at", undefined, { as: "facts.drills.latestAt" }), 0)
    const today = run(c, { drills: [{ at: new Date("2026-11-23T10:00:00+08:00") }, { at: new Date("2026-11-24T01:00:00+08:00") }] })
    expect(today.t).toBe(1)
    expect(today.trace.evidence).toEqual([{ path: "facts.drills.latestAt", value: "2026-11-23" }])
  })

  it("elapsed over an operand, and latest as a comparison operand", () => {
    const drills = [{ plan: "on-site", date: d("2026-09-23") }]
    expect(run(C.eq(C.elapsed(C.latest("facts.drills", "date"), "days"), 61), { drills }).t).toBe(1)
    expect(run(C.gt(C.latest("facts.drills", "date"), C.fact("facts.adoptedOn")), { drills, adoptedOn: d("2026-01-01") }).t).toBe(1)
    expect(run(C.gt(C.latest("facts.drills", "date"), C.asOfDate()), { drills }).t).toBe(0)
  })

  it("reads its paths; checks its list, date and names", () => {
    expect([...pathsOf(C.withinMonths(lastOnSite, 6))]).toEqual(["facts.drills", "facts.drills[].plan", "facts.drills[].date"])
    const scope = { facts, params, functions: {} }
    expect(validate(C.withinMonths(C.latest("facts.drills", "plan"), 6), scope).map((i) => i.message)).toEqual([`"plan" is a string fact; expected date or instant`])
    expect(validate(C.withinMonths(C.latest("facts.adoptedOn", "date"), 6), scope).map((i) => i.message)).toEqual([`"facts.adoptedOn" is a date fact; expected list`, `"date" is not a declared fact (entry fields: none)`])
    expect(validate(C.withinMonths(C.fact("facts.people"), 6), scope).map((i) => i.message)).toEqual(["expected a date, got a number"])
    expect(validate(C.withinMonths(C.latest("facts.drills", "date", undefined, { as: "facts.adoptedOn" }), 6), scope).map((i) => i.message))
      .toEqual([`"facts.adoptedOn" is a declared fact: name the date apart from the facts`])
    expect(validate({ within: { latest: "facts.drills", of: "date", typo: 1 }, months: { value: 6 } } as never, scope).map((i) => i.message)[0]).toMatch(/unknown key "typo"/)
  })
})

describe("hoursBetween and shift", () => {
  const window = C.gt(C.hoursBetween("facts.validFrom", "facts.validTo"), 8)
  it("hours between two instants: exactly 8 hours is not more than 8, a millisecond more is", () => {
    const from = new Date("2026-11-20T08:00:00+08:00")
    expect(run(window, { validFrom: from, validTo: new Date("2026-11-20T16:00:00+08:00") }).t).toBe(0)
    const r = run(window, { validFrom: from, validTo: new Date("2026-11-20T16:00:00.001+08:00") })
    expect(r.t).toBe(1)
    expect(r.trace.evidence.map((x) => x.path)).toEqual(["facts.validFrom", "facts.validTo"])
    expect(r.trace.reasons[0]!["zh-CN"]).toBe("时长(8小时)，大于8")
    expect(run(C.eq(C.hoursBetween("facts.validFrom", "facts.validTo"), 0.1), { validFrom: from, validTo: new Date("2026-11-20T08:06:00+08:00") }).t).toBe(1)
    const missing = run(window, { validFrom: from })
    expect(missing.t).toBe(2)
    expect(missing.trace.missing).toEqual(["facts.validTo"])
  })
  it("shift: calendar months clamped to the month's end, across years; days", () => {
    const on = (date: string, months: number, expected: string) =>
      expect(run(C.eq(C.shift("facts.adoptedOn", { months }), C.asOfDate()), { adoptedOn: d(date) }).t).toBe(expected === "2026-11-23" ? 1 : 0)
    on("2026-05-23", 6, "2026-11-23")
    on("2025-11-23", 12, "2026-11-23")
    on("2026-05-22", 6, "2026-11-22")
    expect(run(C.lt(C.shift("facts.adoptedOn", { months: 6 }), C.asOfDate()), { adoptedOn: d("2026-05-22") }).t).toBe(1)
    expect(run(C.eq(C.shift("facts.adoptedOn", { days: 30 }), C.asOfDate()), { adoptedOn: d("2026-10-24") }).t).toBe(1)
    // clamping, checked through the explained value in words
    const words = (date: string, months: number) =>
      run(C.lte(C.shift("facts.adoptedOn", { months }), C.asOfDate()), { adoptedOn: d(date) }).trace.reasons[0]!["zh-CN"]
    expect(words("2025-08-31", 6)).toMatch(/^2026-02-28/)
    expect(words("2023-08-31", 6)).toMatch(/^2024-02-29/)
    expect(words("2024-01-31", 1)).toMatch(/^2024-02-29/)
    expect(words("2025-12-15", -13)).toMatch(/^2024-11-15/)
  })
  it("checks its operands", () => {
    const scope = { facts, params, functions: {} }
    expect(validate(C.gt(C.hoursBetween("facts.people", "facts.validTo"), 8), scope).map((i) => i.message)).toEqual(["expected a date or instant, got a number"])
    expect(validate(C.gt(C.shift("facts.adoptedOn", { months: C.fact("facts.validTo") }), C.asOfDate()), scope).map((i) => i.message)).toEqual(["expected a number, got a instant"])
  })
})

describe("named values in a reason's words ({@name})", () => {
  it("a due date and the hours of a window, written when the condition holds", () => {
    const late = C.because(
      C.not(C.withinMonths(C.latest("facts.drills", "date", onSite), C.param("months"))),
      "现场处置方案演练最近一次为{@last}，已超过{param:months}个月（应于{@due}前再次演练）",
      "on-site drills: the last on {@last}, due by {@due}",
      { last: C.latest("facts.drills", "date", onSite), due: C.shift(C.latest("facts.drills", "date", onSite), { months: C.param("months") }) }
    )
    const r = run(late, { drills: [{ plan: "on-site", date: d("2026-05-22") }] })
    expect(r.t).toBe(1)
    expect(r.trace.reasons).toEqual([text("现场处置方案演练最近一次为2026-05-22，已超过6个月（应于2026-11-22前再次演练）", "on-site drills: the last on 2026-05-22, due by 2026-11-22")])
    const long = C.because(
      C.gt(C.hoursBetween("facts.validFrom", "facts.validTo"), 8),
      "作业票超过有效期8h{=（作业票时段+@hours:2+=h）}",
      "permit exceeds 8 h{(@hours:2+= h window)}",
      { hours: C.hoursBetween("facts.validFrom", "facts.validTo") }
    )
    const w = run(long, { validFrom: new Date("2026-11-20T08:00:00+08:00"), validTo: new Date("2026-11-20T20:20:00+08:00") })
    expect(w.trace.reasons).toEqual([text("作业票超过有效期8h（作业票时段12.33h）", "permit exceeds 8 h (12.33 h window)")])
  })
  it("checks the names: unknown, without a reason, an unsound operand", () => {
    const scope = { facts, params, functions: {} }
    expect(validate(C.because(C.present("facts.adoptedOn"), "{@due}", "{@due}"), scope).map((i) => i.message))
      .toEqual([`{@due}: "due" is not a named value of this condition; it names: none`, `{@due}: "due" is not a named value of this condition; it names: none`])
    expect(validate({ present: "facts.adoptedOn", named: { due: { fact: "facts.adoptedOn" } } } as Condition, scope).map((i) => i.message))
      .toEqual([`named values are written in a "reason": give one`])
    expect(validate(C.because(C.present("facts.adoptedOn"), "{@due}", "{@due}", { due: C.fact("facts.nope") }), scope).map((i) => i.message))
      .toEqual([`"facts.nope" is not a declared fact`])
    expect([...pathsOf(C.because(C.present("facts.adoptedOn"), "{@h}", "{@h}", { h: C.hoursBetween("facts.validFrom", "facts.validTo") }))])
      .toEqual(["facts.adoptedOn", "facts.validFrom", "facts.validTo"])
  })
})

describe("the latest drill, else the adoption date (firstOf over a latest of none)", () => {
  const last = C.latest("facts.drills", "date", onSite, { as: "facts.drills[on-site].latest", orNull: true })
  const overdue = C.because(
    C.not(C.withinMonths(C.firstOf(last, "facts.adoptedOn"), 6)),
    "现场处置方案演练{=最近一次为+@last+=，已超过6个月|=自预案+facts.adoptedOn+=施行以来从未组织}（应于{@due}前演练）",
    "on-site drills: {=the last was on +@last|=none held since +facts.adoptedOn} (due by {@due})",
    { last, due: C.shift(C.firstOf(last, "facts.adoptedOn"), { months: 6 }) }
  )
  it("a drill: its date; none: the adoption date; none and no adoption date: unknown, asking for it", () => {
    const drilled = run(overdue, { drills: [{ plan: "on-site", date: d("2026-05-01") }], adoptedOn: d("2020-01-01") })
    expect(drilled.t).toBe(1)
    expect(drilled.trace.evidence).toEqual([{ path: "facts.drills[on-site].latest", value: "2026-05-01" }])
    expect(drilled.trace.reasons).toEqual([text("现场处置方案演练最近一次为2026-05-01，已超过6个月（应于2026-11-01前演练）", "on-site drills: the last was on 2026-05-01 (due by 2026-11-01)")])
    const never = run(overdue, { drills: [{ plan: "special", date: d("2026-05-01") }], adoptedOn: d("2026-02-01") })
    expect(never.t).toBe(1)
    expect(never.trace.evidence).toEqual([{ path: "facts.drills[on-site].latest", value: null }, { path: "facts.adoptedOn", value: "2026-02-01" }])
    expect(never.trace.reasons).toEqual([text("现场处置方案演练自预案2026-02-01施行以来从未组织（应于2026-08-01前演练）", "on-site drills: none held since 2026-02-01 (due by 2026-08-01)")])
    expect(run(overdue, { drills: [], adoptedOn: d("2026-06-01") }).t).toBe(0)
    const unknown = run(overdue, { drills: [] })
    expect(unknown.t).toBe(2)
    expect(unknown.trace.missing).toEqual(["facts.adoptedOn"])
    // none of every operand is none: never within
    expect(run(C.withinMonths(C.firstOf(last, C.latest("facts.drills", "date")), 6), { drills: [] }).t).toBe(0)
  })

  it("a latest met again inside a firstOf and in a window of its own is computed once per evaluation, for the subject at hand", () => {
    // the generated quick code keeps the latest on-site drill for its second use; each subject gets its own
    const both = C.all(C.withinMonths(C.firstOf(last, "facts.adoptedOn"), 6), C.not(C.withinMonths(last, 1)), C.happened("facts.adoptedOn"))
    const compiled = compile(both, { facts }), closures = compile(both, { facts, codegen: false })
    const subjects = [
      { drills: [{ plan: "on-site", date: d("2026-08-01") }], adoptedOn: d("2020-01-01") },
      { drills: [{ plan: "on-site", date: d("2026-11-01") }], adoptedOn: d("2020-01-01") },
      { drills: [{ plan: "special", date: d("2026-11-01") }], adoptedOn: d("2026-07-01") },
      { drills: [{ plan: "special", date: d("2026-11-01") }], adoptedOn: d("2027-01-01") },
      { drills: [{ plan: "on-site", date: d("2026-01-01") }] },
      { drills: [{ date: d("2026-10-01") }], adoptedOn: d("2026-07-01") }
    ]
    const context = { asOf, params: {}, explain: false } as RuleContext<any>
    const answers = subjects.map((section) => compiled.quick({ enterprise: {}, facts: section }, context, undefined))
    expect(answers).toEqual(subjects.map((section) => closures.quick({ enterprise: {}, facts: section }, context, undefined)))
    // within 6 months and not within 1; within but within 1; none, adopted within 6; adopted after the as-of day; too old; unknown plan
    expect(answers).toEqual([1, 0, 1, 0, 0, 2])
    // the same subjects again, in the other order: nothing kept from an evaluation reaches the next
    expect([...subjects].reverse().map((section) => compiled.quick({ enterprise: {}, facts: section }, context, undefined))).toEqual([...answers].reverse())
  })
})

describe("within months at a month's end", () => {
  it("a date D covers the as-of days up to D + N months, clamped to the month's end", () => {
    const c = C.withinMonths("facts.adoptedOn", 1)
    const compiled = compile(c, { facts }), closures = compile(c, { facts, codegen: false })
    const at = (asOfDay: string, date: string): Truth => {
      const subject = { enterprise: {}, facts: { adoptedOn: d(date) } }
      const context = { asOf: d(asOfDay), params: {}, explain: false } as RuleContext<any>
      const t = compiled.explain(subject, { ...context, explain: true }, undefined, "", emptyTrace())
      expect(compiled.quick(subject, context, undefined)).toBe(t)
      expect(closures.quick(subject, context, undefined)).toBe(t)
      return t
    }
    expect(at("2026-03-31", "2026-03-01")).toBe(1)
    expect(at("2026-03-31", "2026-02-28")).toBe(0)
    expect(at("2026-02-28", "2026-01-31")).toBe(1)
    expect(at("2026-03-01", "2026-01-31")).toBe(0)
  })

  it("agrees with calendar arithmetic on every day of two years, for the as-of days from 28·N to 31·N days after", () => {
    // the reference: the date moved on by N calendar months with Date's own fields, clamped to the month's end
    const reference = (date: Date, months: number): number => {
      const m = date.getUTCMonth() + months
      const lastDay = new Date(Date.UTC(date.getUTCFullYear(), m + 1, 0)).getUTCDate()
      return Date.UTC(date.getUTCFullYear(), m, Math.min(date.getUTCDate(), lastDay))
    }
    const DAY = 86_400_000
    const compiled = new Map<number, { quick: CompiledCondition["quick"] }>()
    const closures = new Map<number, { quick: CompiledCondition["quick"] }>()
    let checked = 0, within = 0
    for (const months of [0, 1, 2, 6, 12, 13]) {
      const c = C.withinMonths("facts.adoptedOn", months)
      compiled.set(months, compile(c, { facts }))
      closures.set(months, compile(c, { facts, codegen: false }))
      for (let day = Date.UTC(2023, 0, 1); day <= Date.UTC(2024, 11, 31); day += DAY) {
        const date = new Date(day)
        const subject = { enterprise: {}, facts: { adoptedOn: date } }
        for (let k = 28 * months - 1; k <= 31 * months + 1; k++) {
          if (k < 0) continue
          const context = { asOf: new Date(day + k * DAY), params: {}, explain: false } as RuleContext<any>
          const expected = context.asOf.getTime() <= reference(date, months) ? 1 : 0
          if (compiled.get(months)!.quick(subject, context, undefined) !== expected || closures.get(months)!.quick(subject, context, undefined) !== expected) {
            expect({ months, date: CalendarDate.format(date), asOf: CalendarDate.format(context.asOf) }).toEqual({ expected })
          }
          checked++
          within += expected
        }
      }
    }
    // both answers were met, on both sides of every boundary
    expect(checked).toBeGreaterThan(50_000)
    expect(within).toBeGreaterThan(10_000)
    expect(checked - within).toBeGreaterThan(10_000)
  })
})

describe("valueLabels of an integer fact (a grade's words)", () => {
  it("words of the value in templates and generated reasons; keys checked as integers", async () => {
    const { checkValueLabels } = await import("./FactDeclaration.ts")
    const { enterpriseFactDeclarations } = await import("../enterprise/EnterpriseFacts.ts")
    const grade = enterpriseFactDeclarations["enterprise.installations"]!.items!["majorHazardGrade"]!
    expect(checkValueLabels(grade)).toEqual([])
    expect(checkValueLabels({ ...grade, valueLabels: { "three": text("三级", "grade 3") } }).map((i) => i.message)).toEqual([`"three" is not an integer`])
    const decls: FactDeclarations = { "facts.grade": grade }
    const c = C.because(C.lte("facts.grade", 3), "重大危险源（{facts.grade:label}）", "({facts.grade:label})")
    const t = emptyTrace()
    const subject = { enterprise: {}, facts: { grade: 3 } }
    expect(compile(c, { facts: decls }).explain(subject, { asOf, params: {} } as RuleContext<any>, undefined, "", t)).toBe(1)
    expect(t.reasons.map(reasonText)).toEqual([text("重大危险源（三级）", "(grade 3)")])
    const g = emptyTrace()
    compile(C.lte("facts.grade", 3), { facts: decls }).explain(subject, { asOf, params: {} } as RuleContext<any>, undefined, "", g)
    expect(g.reasons.map(reasonText)[0]!["zh-CN"]).toBe("重大危险源等级为三级，不大于三级")
  })
})

describe("sector functions that name what they lack, with up to 6 arguments; instants inside evidence; present of an object", () => {
  const grading = {
    grade: {
      returns: "number" as const,
      arity: 2,
      label: text("分级", "grade"),
      evaluate: (units: ReadonlyArray<{ readonly hazardClass?: string }>, people: number | undefined) =>
        units.every((u) => u.hazardClass !== undefined) && people !== undefined ? units.length + people : undefined,
      missing: (units: ReadonlyArray<{ readonly hazardClass?: string }>, people: number | undefined) => [
        ...units.flatMap((u, i) => (u.hazardClass === undefined ? [`units[${i}].hazardClass`] : [])),
        ...(people === undefined ? ["people"] : [])
      ]
    },
    gap: {
      returns: "number" as const,
      arity: 5,
      label: text("间隔", "gap"),
      evaluate: (a: number, b: number, c: number, d: number, asOf: Date) => a + b + c + d + asOf.getUTCDate()
    }
  }
  const sites: FactDeclarations = {
    "facts.sites": {
      type: "list",
      label: text("场所", "site"),
      items: {
        people: { type: "integer", label: text("人数", "people") },
        units: { type: "list", label: text("单元", "units"), items: { hazardClass: { type: "string", label: text("类别", "class") } } },
        "tank.valves": { type: "integer", label: text("阀门", "valves") }
      }
    },
    "facts.log": {
      type: "list",
      label: text("检测记录", "detections"),
      items: { at: { type: "instant", label: text("时间", "at") }, day: { type: "date", label: text("日期", "day") } }
    }
  }
  const explain = (c: Condition, section: Record<string, unknown>) => {
    const scope = { facts: sites, functions: grading }
    expect(validate(c, { ...scope, params: {} })).toEqual([])
    const compiled = compile(c, scope), closures = compile(c, { ...scope, codegen: false })
    const subject = { enterprise: {}, facts: section }
    const context = { asOf, params: {}, explain: false } as RuleContext<any>
    const trace = emptyTrace()
    const t = compiled.explain(subject, { ...context, explain: true }, undefined, "", trace)
    expect(compiled.quick(subject, context, undefined)).toBe(t)
    expect(closures.quick(subject, context, undefined)).toBe(t)
    return { t, trace }
  }
  it("a function's own missing facts, under the entry", () => {
    const c = C.some("facts.sites", C.gt({ call: "grade", args: [C.fact("units"), { fact: "people", optional: true }] }, 2))
    const r = explain(c, { sites: [{ units: [{ hazardClass: "x" }, {}] }] })
    expect(r.t).toBe(2)
    expect(r.trace.missing).toEqual(["facts.sites[0].units[1].hazardClass", "facts.sites[0].people"])
    expect(explain(c, { sites: [{ units: [{ hazardClass: "x" }], people: 5 }] }).t).toBe(1)
  })
  it("five arguments, the as-of date among them", () => {
    const v = (n: number) => C.value(n)
    expect(explain(C.eq({ call: "gap", args: [v(1), v(2), v(3), v(4), C.asOfDate()] }, 33), {}).t).toBe(1)
  })
  it("instants inside a list's evidence keep their time; dates are days", () => {
    const at = new Date("2026-05-02T00:10:00.000Z")
    const r = explain(C.show("facts.log"), { log: [{ at, day: d("2026-05-02") }] })
    expect(r.trace.evidence).toEqual([{ path: "facts.log", value: [{ at: "2026-05-02T00:10:00.000Z", day: "2026-05-02" }] }])
  })
  it("present of an object whose fields are declared", () => {
    const c = C.some("facts.sites", C.present("tank"))
    expect(explain(c, { sites: [{ tank: { valves: 2 } }] }).t).toBe(1)
    expect(explain(c, { sites: [{}] }).t).toBe(0)
  })
})

describe("show a list in part (where, fields)", () => {
  it("the entries meeting where, with only the fields given; dates as days", () => {
    const c = C.show("facts.drills", { where: C.eq("plan", "on-site"), fields: ["plan", "date"] })
    const r = run(c, { drills: [{ plan: "special", date: d("2026-01-01") }, { plan: "on-site", date: d("2026-02-01"), at: new Date("2026-02-01T08:00:00Z") }] })
    expect(r.t).toBe(1)
    expect(r.trace.evidence).toEqual([{ path: "facts.drills", value: [{ plan: "on-site", date: "2026-02-01" }] }])
    expect([...pathsOf(c)]).toEqual(["facts.drills", "facts.drills[].plan", "facts.drills[].date"])
    expect(validate(C.show("facts.adoptedOn", { fields: ["x"] }), { facts, params, functions: {} }).map((i) => i.message))
      .toEqual([`"facts.adoptedOn" is a date fact; expected list`, `"x" is not a declared fact (entry fields: none)`])
  })
})

describe("only the latest entry meeting a condition is judged (only: latest, by, among)", () => {
  const permits: FactDeclarations = {
    "facts.permits": {
      type: "list",
      label: text("动火作业票", "hot-work permit"),
      items: {
        workStartedAt: { type: "instant", label: text("作业开始", "work started") },
        analyses: {
          type: "list",
          label: text("气体分析", "gas analyses"),
          items: {
            at: { type: "instant", label: text("取样时间", "sampled at") },
            percent: { type: "number", label: text("可燃气体浓度", "flammable gas"), unit: text("%", "%") }
          }
        }
      }
    }
  }
  const lastBeforeStart = C.some("facts.permits", C.some("analyses", C.gt("percent", 0.5), {
    only: "latest",
    by: "at",
    among: C.between(C.hoursBetween("at", C.outer("workStartedAt")), 0, 0.5),
    heading: false
  }))
  const judge = (analyses: ReadonlyArray<Record<string, unknown>>) => {
    expect(validate(lastBeforeStart, { facts: permits, params: {}, functions: {} })).toEqual([])
    const compiled = compile(lastBeforeStart, { facts: permits }), closures = compile(lastBeforeStart, { facts: permits, codegen: false })
    const subject = { enterprise: {}, facts: { permits: [{ workStartedAt: new Date("2026-11-20T09:00:00+08:00"), analyses }] } }
    const context = { asOf, params: {}, explain: false } as RuleContext<any>
    const trace = emptyTrace()
    const t = compiled.explain(subject, { ...context, explain: true }, undefined, "", trace)
    expect(compiled.quick(subject, context, undefined)).toBe(t)
    expect(closures.quick(subject, context, undefined)).toBe(t)
    return { t, trace }
  }
  const at = (hhmm: string) => new Date(`2026-11-20T${hhmm}:00+08:00`)
  it("the last analysis before the start decides (an earlier one failed); one after the start or too early does not count", () => {
    const passed = judge([{ at: at("08:35"), percent: 0.8 }, { at: at("08:50"), percent: 0.1 }, { at: at("09:10"), percent: 0.9 }, { at: at("08:00"), percent: 0.9 }])
    expect(passed.t).toBe(0)
    const failed = judge([{ at: at("08:35"), percent: 0.1 }, { at: at("08:50"), percent: 0.7 }])
    expect(failed.t).toBe(1)
    expect(failed.trace.evidence.map((e) => e.path)).toEqual(["facts.permits[0].analyses[1].percent"])
    expect(judge([{ at: at("08:00"), percent: 0.9 }]).t).toBe(0)
    // an analysis of unknown time is skipped; one whose percentage is unknown, when last, is unknown
    const open = judge([{ at: at("08:50") }])
    expect(open.t).toBe(2)
    expect(open.trace.missing).toEqual(["facts.permits[0].analyses[0].percent"])
  })
})

describe("object sections: a label for the object on the way to declared facts", () => {
  it("labelAt names the section; the rule's declarations carry it; its Schema decodes the fields; an empty section is refused", async () => {
    const { labelAt, checkSections, checkValueLabels, sectionSchema } = await import("./FactDeclaration.ts")
    const { fromCondition } = await import("./ConditionRule.ts")
    const { Schema } = await import("effect")
    const decls: FactDeclarations = {
      "facts.management": { type: "object", label: text("安全管理", "safety management") },
      "facts.management.responsibilitySystem": { type: "boolean", label: text("建立安全生产责任制", "responsibility system") },
      "facts.management.drills": { type: "boolean", label: text("组织演练", "drills held") }
    }
    expect(labelAt(decls, "facts.management")).toEqual(text("安全管理", "safety management"))
    expect(checkSections(decls)).toEqual([])
    expect(checkSections({ "facts.empty": { type: "object", label: text("空", "empty") } }).map((i) => i.message)).toEqual([`no fact is declared under the section "facts.empty."`])
    expect(checkValueLabels({ type: "object", label: text("a", "a"), unit: text("人", "people") }).map((i) => i.message)).toEqual(["an object section has only a label"])
    const rule = fromCondition({
      id: "demo/section", title: text("t", "t"), message: text("m", "m"), remediation: text("r", "r"),
      citation: { document: "work-safety-law-2021", article: 4, verified: false }, severity: "general", effective: { from: "2021-09-01" },
      facts: decls,
      violationWhen: C.all(C.eq("facts.management.responsibilitySystem", false), C.eq("facts.management.drills", false))
    })
    expect(rule.factDeclarations?.["facts.management"]?.label).toEqual(text("安全管理", "safety management"))
    const decode = Schema.decodeUnknownSync(sectionSchema(decls) as never) as (u: unknown) => unknown
    expect(decode({ management: { drills: true } })).toEqual({ management: { drills: true } })
    expect(() => decode({ management: { drills: 1 } })).toThrow()
    const explained = rule.evaluate({ enterprise: {}, facts: {} } as never, { asOf, params: {}, explain: true } as RuleContext<any>)
    expect(explained).toMatchObject({ kind: "indeterminate", missing: ["facts.management"] })
  })
})

describe("only the first entry meeting a condition (a lookup by key)", () => {
  it("a second record for the same key is not read; an earlier record of unknown key leaves it unknown", () => {
    const c = C.some("facts.drills", C.eq("plan", "special"), { only: "first", among: C.eq("date", C.asOfDate()), heading: false })
    const today = d("2026-11-23")
    const first = run(c, { drills: [{ plan: "special", date: d("2026-01-01") }, { plan: "special", date: today }, { plan: "on-site", date: today }] })
    expect(first.t).toBe(1)
    expect(first.trace.evidence.map((e) => e.path)).toEqual(["facts.drills[1].plan"])
    expect(run(c, { drills: [{ plan: "on-site", date: today }, { plan: "special", date: today }] }).t).toBe(0)
    const open = run(c, { drills: [{ plan: "on-site" }, { plan: "special", date: today }] })
    expect(open.t).toBe(2)
    expect(open.trace.missing).toEqual(["facts.drills[0].date"])
    expect(validate({ ...c, by: "date" } as Condition, { facts, params, functions: {} }).map((i) => i.message)).toEqual([`"only": "first" takes no "by" (the entries' order decides)`])
  })
})

describe("a latest inside a quantifier: each entry's own list, however often an explanation asks", () => {
  const people: FactDeclarations = {
    "facts.people": {
      type: "list",
      label: text("人员", "person"),
      items: {
        name: { type: "string", label: text("姓名", "name") },
        trainings: { type: "list", label: text("培训", "training"), items: { date: { type: "date", label: text("培训日期", "training date") } } }
      }
    }
  }
  const last = C.latest("trainings", "date", undefined, { as: "trainings.latest", orNull: true })
  // the same latest three times per entry: the window, the due date and the words
  const overdue = C.some(
    "facts.people",
    C.because(C.not(C.withinMonths(last, 12)), "{name}最近一次培训为{@last}（应于{@due}前）", "{name} was last trained on {@last} (due by {@due})", { last, due: C.shift(last, { months: 12 }) })
  )
  it("names every overdue person's own latest training, in closures and generated code alike", () => {
    expect(validate(overdue, { facts: people, params: {}, functions: {} })).toEqual([])
    const subject = {
      enterprise: {},
      facts: {
        people: [
          { name: "甲", trainings: [{ date: d("2026-01-01") }] },
          { name: "乙", trainings: [{ date: d("2024-03-01") }, { date: d("2025-02-01") }] },
          { name: "丙", trainings: [{ date: d("2023-05-01") }] }
        ]
      }
    }
    const context = { asOf, params: {}, explain: true } as RuleContext<any>
    for (const compiled of [compile(overdue, { facts: people, codegen: false }), compile(overdue, { facts: people, explainCodeAfter: 0 }), compile(overdue, { facts: people })]) {
      for (let again = 0; again < 2; again++) {
        const trace = emptyTrace(false, false, false, true)
        expect(compiled.explain(subject, context, undefined, "", trace)).toBe(1)
        // (a latest's `as` path is written as given, the same for every entry)
        expect(trace.evidence).toEqual([{ path: "trainings.latest", value: "2025-02-01" }, { path: "trainings.latest", value: "2023-05-01" }])
        expect(trace.reasons.map(reasonText).map((r) => r.en).join(" / ")).toContain("乙 was last trained on 2025-02-01 (due by 2026-02-01)")
        expect(trace.reasons.map(reasonText).map((r) => r.en).join(" / ")).toContain("丙 was last trained on 2023-05-01 (due by 2024-05-01)")
      }
      // the same objects changed between two explanations: the words name what they hold now (nothing kept from the last one)
      const training = { date: d("2023-05-01") }
      const one = { enterprise: {}, facts: { people: [{ name: "丁", trainings: [training] }] } }
      const words = () => {
        const trace = emptyTrace(false, false, false, true)
        expect(compiled.explain(one, context, undefined, "", trace)).toBe(1)
        return trace.reasons.map(reasonText).map((r) => r.en).join(" / ")
      }
      expect(words()).toContain("丁 was last trained on 2023-05-01 (due by 2024-05-01)")
      training.date = d("2023-06-01")
      expect(words()).toContain("丁 was last trained on 2023-06-01 (due by 2024-06-01)")
    }
  })
})
