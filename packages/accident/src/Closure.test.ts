import { CalendarDate } from "@anquan/core"
import { Effect, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { ClosureCase, closureTriggers, closureTriggersEffect, repeatedPenaltyTrigger } from "./index.ts"

const d = CalendarDate.make
const subject = "914403001922038216"
const penalty = (decidedOn: string, extra: Record<string, unknown> = {}) =>
  ({ subject, decidedOn, underWorkSafetyLaw: true, majorHazard: true, ...extra })
const decode = (u: unknown) => Schema.decodeUnknownSync(ClosureCase)(u)
const facts = { stillUnsafeAfterSuspension: false, refusedSuspensionOrder: false }

// regulations.md §7 第一百一十三条: 重大事故隐患, penalised 3 times within 180 days or 4 times within 1 year.
describe("repeatedPenaltyTrigger", () => {
  it("3 within 180 days: day 180 counts, day 181 does not", () => {
    expect(repeatedPenaltyTrigger([d("2024-01-10"), d("2024-03-01"), d("2024-07-08")])).toEqual({
      rule: "3-in-180-days",
      metOn: d("2024-07-08"),
      dates: [d("2024-01-10"), d("2024-03-01"), d("2024-07-08")]
    })
    expect(CalendarDate.daysBetween(d("2024-01-10"), d("2024-07-08"))).toBe(180)
    expect(repeatedPenaltyTrigger([d("2024-01-10"), d("2024-03-01"), d("2024-07-09")])).toBeUndefined()
  })

  it("4 within one year: the anniversary counts, the day after does not", () => {
    const three = [d("2023-03-01"), d("2023-07-01"), d("2023-11-01")]
    expect(repeatedPenaltyTrigger([...three, d("2024-03-01")])).toMatchObject({ rule: "4-in-1-year", metOn: d("2024-03-01") })
    expect(repeatedPenaltyTrigger([...three, d("2024-03-02")])).toBeUndefined()
  })

  it("a 29 February start ends the year on 28 February", () => {
    const three = [d("2024-02-29"), d("2024-06-29"), d("2024-10-29")]
    expect(repeatedPenaltyTrigger([...three, d("2025-02-28")])?.rule).toBe("4-in-1-year")
    expect(repeatedPenaltyTrigger([...three, d("2025-03-01")])).toBeUndefined()
  })

  it("the earliest day either rule is met wins; order of input does not matter", () => {
    const r = repeatedPenaltyTrigger([d("2024-09-01"), d("2024-01-01"), d("2024-05-01"), d("2024-06-01")])
    expect(r).toMatchObject({ rule: "3-in-180-days", metOn: d("2024-06-01") })
  })
})

describe("closureTriggers (安全生产法 第一百一十三条)", () => {
  it("counts only this unit's Safety Law penalties concerning a major hazard, up to the as-of day", () => {
    const c = decode({
      subject,
      penalties: [
        penalty("2024-01-10"),
        penalty("2024-02-10", { majorHazard: false }),
        penalty("2024-03-10", { underWorkSafetyLaw: false }),
        penalty("2024-03-11", { subject: "91110000100000000R" }),
        penalty("2024-04-10"),
        penalty("2024-05-10")
      ],
      ...facts
    })
    expect(closureTriggers(c, d("2024-05-09")).closure).toBe("not-required")
    const r = closureTriggers(c, d("2024-05-10"))
    expect(r.closure).toBe("required")
    expect(r.items[0]).toMatchObject({ item: 1, status: "triggered", metOn: d("2024-05-10"), citation: { document: "work-safety-law-2021", article: 113, item: 1, verified: true } })
  })

  it("a serious accident is item 3 once the investigation finds unsafe conditions caused it", () => {
    const accident = {
      id: "SG-2024-101",
      occurredAt: "2024-06-01T14:00:00+08:00",
      jurisdiction: "320571",
      subject,
      sector: "hazardous-chemicals",
      deaths: 10, // 10 deaths: 重大 (§6)
      seriousInjuries: 0,
      directLossYuan: 0,
      description: "反应釜爆炸"
    }
    const open = closureTriggers(decode({ subject, penalties: [], accidents: [accident], ...facts }), d("2024-07-01"))
    expect(open.items.find((i) => i.item === 3)).toMatchObject({ status: "indeterminate", missing: ["unsafeConditionsFindings[SG-2024-101]"] })
    expect(open.closure).toBe("indeterminate")

    const found = closureTriggers(decode({ subject, penalties: [], accidents: [accident], unsafeConditionsFindings: [{ accident: "SG-2024-101", unsafeConditionsCaused: true }], ...facts }), d("2024-07-01"))
    expect(found.items.find((i) => i.item === 3)).toMatchObject({ status: "triggered", metOn: d("2024-06-01") })
    expect(found.closure).toBe("required")

    const nine = closureTriggers(decode({ subject, penalties: [], accidents: [{ ...accident, deaths: 9 }], ...facts }), d("2024-07-01"))
    expect(nine.items.find((i) => i.item === 3)?.status).toBe("not-triggered") // 9 deaths is 较大: not item 3
  })

  it("items 2 and 4 are indeterminate until their facts are given", () => {
    const r = closureTriggers(decode({ subject, penalties: [] }), d("2024-07-01"))
    expect(r.items.map((i) => `${i.item}:${i.status}`)).toEqual(["1:not-triggered", "2:indeterminate", "3:not-triggered", "4:indeterminate"])
    expect(r.closure).toBe("indeterminate")
    expect(closureTriggers(decode({ subject, penalties: [], refusedSuspensionOrder: true }), d("2024-07-01")).closure).toBe("required")
  })

  it("does not apply before 2021-09-01 and ignores earlier penalties", () => {
    const c = decode({ subject, penalties: [penalty("2021-06-01"), penalty("2021-07-01"), penalty("2021-09-10"), penalty("2021-10-10")], ...facts })
    expect(closureTriggers(c, d("2021-08-31"))).toMatchObject({ applicable: false, items: [], closure: "not-required" })
    expect(closureTriggers(c, d("2021-12-31")).closure).toBe("not-required")
  })

  it("Effect entry decodes and takes a YYYY-MM-DD as-of", () => {
    const r = Effect.runSync(closureTriggersEffect({ subject, penalties: [penalty("2024-01-10"), penalty("2024-02-10"), penalty("2024-03-10")], ...facts }, { asOf: "2024-12-31" }))
    expect(r.closure).toBe("required")
  })
})
