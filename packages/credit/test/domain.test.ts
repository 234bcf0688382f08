import { CalendarDate } from "@anquan/core"
import { InvalidInput } from "@anquan/hazard-ledger"
import { describe, expect, it } from "vitest"
import type { CreditConfigInput, ListEntry } from "../src/index.ts"
import {
  checkEntries,
  checkListEntries,
  creditCandidates,
  creditClasses,
  CreditConfig,
  defaultCreditConfig,
  describeBasis,
  entryOf,
  ListEntry as ListEntrySchema,
  majorHazardsFromLedger,
  ratingRate,
  repairRefusals,
  statusOf
} from "../src/index.ts"
import { Schema } from "effect"
import { ENT_A, ENT_B, ENT_C, jurisdictions, record } from "./fixtures.ts"

const day = CalendarDate.make
const encodeEntry = Schema.encodeSync(ListEntrySchema)

const listed = (over: Partial<Parameters<typeof entryOf>[0]> = {}): ListEntry =>
  entryOf({ enterprise: ENT_A as never, jurisdiction: "330381" as never, condition: "fatal-accident", from: day("2026-03-02"), reason: "SG-2026-001", ...over }, defaultCreditConfig)!

const throws = (f: () => unknown): unknown => {
  try {
    f()
  } catch (e) {
    return e
  }
  throw new Error("expected a throw")
}

describe("the default configuration", () => {
  it("cites 安全生产法 第七十八条 only where it applies, names the seeds' words, and marks the rest as examples", () => {
    const c = defaultCreditConfig
    expect(c.verified).toBe(false)
    const decision = c.conditions.find((x) => x.id === "serious-violation")!
    expect(decision.basis).toMatchObject({ _tag: "official", citation: { document: "work-safety-law-2021", article: 78, verified: true } })
    expect(c.conditions.find((x) => x.id === "fatal-accident")!.basis).toMatchObject({ _tag: "seed", seed: "003", quote: expect.stringContaining("将发生死亡事故的企业列入“黑名单”") })
    expect(c.purposes.filter((p) => p.basis._tag === "seed" && p.basis.seed === "002").map((p) => p.label)).toEqual(["项目核准", "用地审批", "证券融资", "银行贷款", "评先奖励"])
    for (const x of c.conditions) expect(x.durationBasis._tag).toBe("example")
    expect(c.repair.basis._tag).toBe("example")
    expect(c.scoring.basis._tag).toBe("example")
    expect(c.classesBasis).toMatchObject({ _tag: "seed", seed: "003", quote: expect.stringContaining("巩固a类、提高b类、整治c类、淘汰d类") })
    expect(c.rating.targetBasis).toMatchObject({ _tag: "seed", seed: "002", quote: "规模以上企业安全生产信用等级评估率达到90%以上" })
    expect(describeBasis(decision.basis)).toBe("work-safety-law-2021 art. 78")
  })

  it("rejects a bad configuration with the path of every problem", () => {
    const input = JSON.parse(JSON.stringify(defaultCreditConfig)) as { classes: Array<{ atLeast?: number }>; conditions: Array<{ blocks: Array<string> }> }
    input.classes[1]!.atLeast = 95
    input.conditions[0]!.blocks.push("casino-licence")
    const e = throws(() => creditClasses(record(), { asOf: "2026-07-01", config: input as unknown as CreditConfigInput }))
    expect(e).toBeInstanceOf(InvalidInput)
    const issues = (e as InvalidInput).issues.map((i) => [i.path.join("."), i.message])
    expect(issues).toContainEqual(["classes.1.atLeast", "boundaries must decrease from the best class; 95 is not below 90"])
    expect(issues).toContainEqual(["conditions.0.blocks.6", expect.stringContaining("casino-licence is not one of the purposes")])
  })
})

describe("a local configuration (examples/credit/sample/config-seed-004.json)", () => {
  it("adds seed 004's practice: every accident listed, more purposes blocked", async () => {
    const { readFileSync } = await import("node:fs")
    const config = JSON.parse(readFileSync(new URL("../../../examples/credit/sample/config-seed-004.json", import.meta.url), "utf8"))
    const c = creditCandidates(record(), { asOf: "2026-07-01", config })
    // the non-fatal accident of ENT_B is listed too; the accident without a subject is not
    expect(c.map((x) => [x.entry.condition, x.entry.enterprise, x.entry.ref])).toEqual([
      ["fatal-accident", ENT_A, "SG-2026-001"],
      ["any-accident", ENT_A, "SG-2026-001"],
      ["any-accident", ENT_B, "SG-2026-002"]
    ])
    const entry = entryOf(c[2]!.entry, Schema.decodeUnknownSync(CreditConfig)(config))
    expect(entry?.blocks).toContain("procurement-bidding")
    expect(checkListEntries([encodeEntry(entry!)], { enterprise: ENT_B, asOf: "2026-07-01", purpose: "insurance-rate" }, config).blocked).toBe(true)
    // 180 days: expired on 2026-11-06
    expect(checkListEntries([encodeEntry(entry!)], { enterprise: ENT_B, asOf: "2026-11-06", purpose: "insurance-rate" }, config).blocked).toBe(false)
  })
})

describe("entries: window, expiry, repair, removal", () => {
  it("an entry blocks from its first day to the day before it expires", () => {
    const e = listed()
    expect(CalendarDate.format(e.expiresOn!)).toBe("2027-03-02") // 365 days (example duration)
    expect(statusOf(e, day("2026-03-01"))).toBe("pending")
    expect(statusOf(e, day("2026-03-02"))).toBe("active")
    expect(statusOf(e, day("2027-03-01"))).toBe("active")
    expect(statusOf(e, day("2027-03-02"))).toBe("expired")
    const q = (asOf: string, purpose = "loan") => checkEntries([e], { enterprise: ENT_A, asOf: day(asOf), purpose }, defaultCreditConfig)
    expect(q("2027-03-01")).toMatchObject({ blocked: true, purposeLabel: "银行贷款", by: [{ entryId: `fatal-accident:${ENT_A}:2026-03-02`, status: "active" }], config: { verified: false } })
    expect(q("2027-03-02")).toMatchObject({ blocked: false, by: [], notBlocking: [{ why: "expired" }] })
    expect(q("2026-03-01").blocked).toBe(false)
  })

  it("a repair stops blocking on its day, only when the configuration allows it; a removal likewise", () => {
    const e = listed()
    const all = ["rectified", "penalty-fulfilled", "credit-commitment"]
    // 180 days listed (example): the earliest repair is 2026-08-29
    expect(repairRefusals(e, day("2026-08-28"), all, defaultCreditConfig)).toEqual([
      "信用修复 is allowed 180 days after the first day, from 2026-08-29; 2026-08-28 is 179 days after it"
    ])
    expect(repairRefusals(e, day("2026-08-29"), all, defaultCreditConfig)).toEqual([])
    expect(repairRefusals(e, day("2026-09-01"), ["rectified", "bribe"], defaultCreditConfig)).toEqual([
      "unknown evidence bribe (the configuration knows rectified, penalty-fulfilled, credit-commitment)",
      "evidence missing: penalty-fulfilled (行政处罚履行完毕), credit-commitment (信用承诺)"
    ])
    expect(repairRefusals(e, day("2027-03-02"), all, defaultCreditConfig)).toContain("the entry expired on 2027-03-02: nothing to repair")
    const repaired: ListEntry = { ...e, repaired: { on: day("2026-09-01"), evidence: all, by: { id: "P-1" as never, name: "应急局" } } }
    expect(statusOf(repaired, day("2026-08-31"))).toBe("active")
    expect(statusOf(repaired, day("2026-09-01"))).toBe("repaired")
    expect(repairRefusals(repaired, day("2026-10-01"), all, defaultCreditConfig)).toContain("already repaired on 2026-09-01")
    const removed: ListEntry = { ...e, removed: { on: day("2026-04-01"), reason: "误列", by: { id: "P-1" as never, name: "应急局" } } }
    expect(statusOf(removed, day("2026-03-31"))).toBe("active")
    expect(statusOf(removed, day("2026-04-01"))).toBe("removed")
  })

  it("a condition that is not repairable, and one without a duration, behave so", () => {
    const config = { ...defaultCreditConfig, conditions: defaultCreditConfig.conditions.map((c) => ({ ...c, durationDays: null, repairable: false })) }
    const e = entryOf({ enterprise: ENT_A as never, jurisdiction: "330381" as never, condition: "fatal-accident", from: day("2026-03-02"), reason: "x" }, config)!
    expect(e.expiresOn).toBeNull()
    expect(statusOf(e, day("2099-01-01"))).toBe("active")
    expect(repairRefusals(e, day("2027-01-01"), ["rectified", "penalty-fulfilled", "credit-commitment"], config)).toEqual(["the condition fatal-accident does not allow 信用修复"])
  })

  it("checks unknown entries with the plain API: an unknown purpose is rejected with the ones known", () => {
    const entries = [encodeEntry(listed())]
    expect(checkListEntries(entries, { enterprise: ENT_A, asOf: "2026-06-01", purpose: "award" }).blocked).toBe(true)
    expect(checkListEntries(entries, { enterprise: ENT_B, asOf: "2026-06-01", purpose: "award" }).blocked).toBe(false)
    const e = throws(() => checkListEntries(entries, { enterprise: ENT_A, asOf: "2026-06-01", purpose: "mortgage" }))
    expect((e as InvalidInput).issues[0]!.message).toMatch(/^Expected one of the configured purposes project-approval \(项目核准\), .*; got "mortgage"$/)
    // a mistyped code is an error, not "not blocked"
    const typo = throws(() => checkListEntries(entries, { enterprise: ENT_A.slice(0, 17) + "X", asOf: "2026-06-01", purpose: "loan" })) as InvalidInput
    expect(typo.issues[0]!.path).toEqual(["enterprise"])
    const bad = throws(() => checkListEntries([{ ...entries[0], from: "2026-02-30" }], { enterprise: ENT_A, asOf: "2026-06-01", purpose: "loan" }))
    expect((bad as InvalidInput).issues[0]!.path).toEqual([0, "from"])
  })
})

describe("candidates", () => {
  it("a fatal accident calls for an entry from its Beijing day; an accident without deaths does not", () => {
    const c = creditCandidates(record(), { asOf: "2026-07-01" })
    expect(c.map((x) => [x.entry.condition, x.entry.enterprise, CalendarDate.format(x.entry.from), x.entry.ref, x.statusOnDay])).toEqual([
      ["fatal-accident", ENT_A, "2026-03-01", "SG-2026-001", "active"]
    ])
    expect(creditCandidates(record(), { asOf: "2026-02-28" })).toEqual([])
  })

  it("a penalties condition (configuration) fires on the decision that completes a run within the window", () => {
    const config = JSON.parse(JSON.stringify(defaultCreditConfig))
    config.conditions.push({ ...config.conditions[0], id: "repeat-penalties", when: { _tag: "penalties", atLeast: 2, withinDays: 60 } })
    const c = creditCandidates(record(), { asOf: "2026-07-01", config })
    expect(c.filter((x) => x.entry.condition === "repeat-penalties").map((x) => [x.entry.enterprise, CalendarDate.format(x.entry.from), x.entry.reason])).toEqual([
      [ENT_B, "2026-03-10", "2 penalty decisions within 60 days: CF-1, CF-2"]
    ])
  })
})

describe("credit classes", () => {
  it("gives each enterprise its class with every contributing fact", () => {
    const r = creditClasses(record(), { asOf: "2026-07-01" })
    const a = r.enterprises.find((e) => e.enterprise === ENT_A)!
    // 100 − 15 (一般 accident) − 20 (open major hazard) + 5 (标准化二级) = 70: C
    expect(a).toMatchObject({ score: 70, class: "C", classLabel: "整治", scoreClass: "C", caps: [] })
    expect(a.contributions.map((c) => [c.fact, c.points])).toEqual([["base", 100], ["accident", -15], ["major-hazard", -20], ["standardization", 5]])
    expect(a.contributions[1]).toMatchObject({ ref: "SG-2026-001", on: "2026-03-01", grade: "general", deaths: 1 })
    const b = r.enterprises.find((e) => e.enterprise === ENT_B)!
    // 100 − 15 − 5 (closed major hazard) − 3 × 5 (penalties) − 5 (no standardization) = 60: C
    expect(b).toMatchObject({ score: 60, class: "C" })
    expect(b.contributions.filter((c) => c.fact === "penalty").map((c) => (c as { ref: string }).ref)).toEqual(["CF-1", "CF-2", "CF-3"])
    expect(b.contributions.find((c) => c.fact === "standardization")!.detail).toBe("no standardization grade on record")
    const c = r.enterprises.find((e) => e.enterprise === ENT_C)!
    expect(c).toMatchObject({ score: 95, class: "A" })
    expect(r.byClass).toEqual({ A: 1, B: 0, C: 2, D: 0 })
    expect(r.unmatched).toEqual({ accidents: ["SG-2026-009"], majorHazards: [], penalties: [] })
    expect(r.config.verified).toBe(false)
  })

  it("boundaries are inclusive at atLeast, facts outside the window or after the day count for nothing", () => {
    // the day before the accident: A has only its standardization (100 + 5); the hazard is found later
    expect(creditClasses(record(), { asOf: "2026-02-28" }).enterprises[0]).toMatchObject({ score: 105, class: "A" })
    // the window is the 1095 days up to the day: 1094 days after the accident it counts, 1095 days after it does not
    expect(creditClasses(record(), { asOf: "2029-02-27" }).enterprises[0]!.contributions.map((c) => c.fact)).toContain("accident")
    expect(creditClasses(record(), { asOf: "2029-02-28" }).enterprises[0]!.contributions.map((c) => c.fact)).not.toContain("accident")
    // three years later the accident is out of the window; the hazard is still open
    const later = creditClasses(record(), { asOf: "2029-03-01" }).enterprises[0]!
    expect(later.contributions.map((c) => c.fact)).toEqual(["base", "major-hazard", "standardization"])
    expect(later.contributions.at(-1)!.detail).toBe("standardization 2级 expired on 2027-06-30")
    // B at exactly 60 is C (atLeast 60); one more penalty → 55: D
    const input = record()
    expect(creditClasses(input, { asOf: "2026-07-01" }).enterprises[1]!.class).toBe("C")
    const more = { ...input, penalties: [...input.penalties!, { id: "CF-4", subject: ENT_B, decidedOn: "2026-06-30" }] }
    expect(creditClasses(more, { asOf: "2026-07-01" }).enterprises[1]).toMatchObject({ score: 55, class: "D" })
  })

  it("caps: a 较大 accident keeps an enterprise in D, an active entry in C at best, and say so", () => {
    const input = { ...record(), accidents: [{ ...record().accidents![0]!, id: "SG-2026-003", deaths: 3 }], majorHazards: [] }
    const r = creditClasses(input, { asOf: "2026-07-01" }).enterprises[0]!
    // 100 − 40 + 5 = 65 → C by score, D by the cap
    expect(r).toMatchObject({ score: 65, scoreClass: "C", class: "D" })
    expect(r.caps).toEqual([{ noBetterThan: "D", detail: "accident SG-2026-003 (较大) of at least 较大 grade in the window", basis: expect.objectContaining({ _tag: "example" }), changedClass: true }])
    const clean = { ...record(), accidents: [], majorHazards: [], penalties: [] }
    const entries = [encodeEntry(listed({ enterprise: ENT_C as never, jurisdiction: "330106" as never }))]
    const withEntry = creditClasses(clean, { asOf: "2026-07-01", entries }).enterprises[2]!
    expect(withEntry).toMatchObject({ score: 95, scoreClass: "A", class: "C" })
    expect(withEntry.caps[0]!.detail).toBe(`on the list: fatal-accident:${ENT_C}:2026-03-02`)
    // after the entry expires the cap no longer holds
    expect(creditClasses(clean, { asOf: "2027-03-02", entries }).enterprises[2]!.class).toBe("A")
  })

  it("rejects a bad record with paths, and a duplicate enterprise", () => {
    const input = record() as unknown as { enterprises: Array<Record<string, unknown>>; accidents: Array<Record<string, unknown>> }
    input.enterprises.push({ ...input.enterprises[0]! })
    input.accidents[0]!.deaths = -1
    const e = throws(() => creditClasses(input, { asOf: "2026-07-01" })) as InvalidInput
    expect(e).toBeInstanceOf(InvalidInput)
    const paths = e.issues.map((i) => i.path.join("."))
    expect(paths).toContain("accidents.0.deaths")
    const dup = { ...record(), enterprises: [...record().enterprises, record().enterprises[0]!] }
    expect((throws(() => creditClasses(dup, { asOf: "2026-07-01" })) as InvalidInput).issues).toMatchObject([
      { path: ["enterprises", 3, "creditCode"], message: `enterprise ${ENT_A} is listed twice (first at 0)`, messages: { "zh-CN": `企业 ${ENT_A} 重复（首次在第 0 项）` } }
    ])
    expect((throws(() => creditClasses(record(), { asOf: "2026-7-1" })) as InvalidInput).issues[0]!.path).toEqual(["asOf"])
  })

  it("reads the hazard ledger's files: major ones only, closed on the closure's day", () => {
    const h = majorHazardsFromLedger([
      { id: "YH-9", level: "major", subject: ENT_A, discoveredOn: day("2026-01-01"), closure: { on: day("2026-02-01") } },
      { id: "YH-10", level: "general", subject: ENT_A, discoveredOn: day("2026-01-01") }
    ])
    expect(h.map((x) => [x.id, x.closedOn && CalendarDate.format(x.closedOn)])).toEqual([["YH-9", "2026-02-01"]])
  })
})

describe("rating rate (seed 002: ≥ 90 % of 规模以上 enterprises)", () => {
  const subjects = (n: number, jurisdiction: string) =>
    Array.from({ length: n }, (_, i) => ({ creditCode: codes[i]!, name: `企业${i}`, jurisdiction, scale: "above-designated-size" }))
  // five valid codes, none of them ENT_C (check digits computed by core's computeCheckCharacter)
  const codes = ["91330381MA2L9RT6N9", "91330102MA2B0N7Y31", "91330381MA2K4Y8R3N", "91330205MA2CJ7E40N", "91330104MA27UWD5KR"]

  it("per jurisdiction against the target, exactly at the boundary, ratings in force only", () => {
    const ents = [...subjects(5, "330381"), { creditCode: ENT_C, name: "规模未知", jurisdiction: "330106" }]
    const rating = (enterprise: string, ratedOn: string) => ({ enterprise, jurisdiction: "330381", class: "A", ratedOn })
    const rated = codes.slice(0, 4).map((c) => rating(c, "2026-06-01"))
    // 4 of 5 = 80 % < 90 %
    const r = ratingRate(ents, rated, { asOf: "2026-07-01" })
    expect(r.byJurisdiction["330381"]).toMatchObject({ inScope: 5, rated: 4, percent: 80, meetsTarget: false, unrated: [codes[4]] })
    expect(r.byJurisdiction["330106"]).toMatchObject({ inScope: 0, rated: 0, percent: null, meetsTarget: null, scaleUnknown: [ENT_C] })
    expect(r.total).toMatchObject({ inScope: 5, rated: 4, scaleUnknown: [ENT_C] })
    // a target of exactly 80 % is met by 4 of 5
    const config = { ...defaultCreditConfig, rating: { ...defaultCreditConfig.rating, targetPercent: 80 } }
    expect(ratingRate(ents, rated, { asOf: "2026-07-01", config: JSON.parse(JSON.stringify(config)) }).total.meetsTarget).toBe(true)
    // all five rated: 100 %
    expect(ratingRate(ents, [...rated, rating(codes[4]!, "2026-06-01")], { asOf: "2026-07-01" }).total).toMatchObject({ percent: 100, meetsTarget: true })
    // a rating is in force 365 days (example): on 2027-06-01 it has lapsed; one given after the day does not count
    expect(ratingRate(ents, rated, { asOf: "2027-05-31" }).total.rated).toBe(4)
    expect(ratingRate(ents, rated, { asOf: "2027-06-01" }).total.rated).toBe(0)
    expect(ratingRate(ents, rated, { asOf: "2026-05-31" }).total.rated).toBe(0)
    // with a tree: per subtree (温州 330300 counts 瑞安 330381; 西湖 330106 rolls up to 杭州 and 浙江)
    const rolled = ratingRate(ents, rated, { asOf: "2026-07-01", jurisdictions: jurisdictions as never })
    expect(Object.keys(rolled.bySubtree)).toEqual(["330000", "330100", "330106", "330300", "330381"])
    expect(rolled.bySubtree["330300"]).toMatchObject({ inScope: 5, rated: 4, percent: 80 })
    expect(rolled.bySubtree["330000"]).toMatchObject({ inScope: 5, rated: 4, scaleUnknown: [ENT_C] })
    expect(rolled.outsideTree).toEqual([])
    expect(r.bySubtree).toEqual({})
    // an enterprise listed twice would count twice: rejected
    const twice = throws(() => ratingRate([...ents, ents[0]], rated, { asOf: "2026-07-01" })) as InvalidInput
    expect(twice.issues.map((i) => i.path)).toEqual([["enterprises", 6, "creditCode"]])
  })
})
