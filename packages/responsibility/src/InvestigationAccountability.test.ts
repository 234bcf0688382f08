import { CalendarDate } from "@anquan/core"
import { InvestigationCase } from "@anquan/accident"
import { Effect, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { accountabilityFor, accountabilityForInvestigation, accountabilityForInvestigationEffect, accountabilityForInvestigationPromise } from "./index.ts"

const accident = {
  id: "SG-2024-021",
  occurredAt: "2024-05-01T10:00:00+08:00",
  jurisdiction: "320571",
  subject: "914403001922038216",
  sector: "industry-trade",
  deaths: 12,
  seriousInjuries: 0,
  directLossYuan: 3_000_000,
  description: "爆炸"
}
const responsible = [
  { person: { name: "王五", title: "车间主任" }, accountabilityRule: "enterprise-direct", handledOn: "2024-08-01" },
  { person: { name: "赵六" }, accountabilityRule: "parent-company", role: "principal" },
  { person: { name: "钱七" }, accountabilityRule: "parent-company" },
  { person: { name: "孙八" }, accountabilityRule: "no-such-rule" },
  { person: { name: "李九" }, accountabilityRule: "enterprise-direct", role: "government-head" }
]
const investigation = Schema.decodeUnknownSync(InvestigationCase)({ accident, responsible })

describe("accountabilityForInvestigation (事故调查 → 问责)", () => {
  it("adds the people the investigation held responsible to the parties of their rules", () => {
    const r = accountabilityForInvestigation(investigation, CalendarDate.make("2024-09-01"))
    const plain = accountabilityFor(investigation.accident)
    expect(r.grade).toBe("serious")
    expect(r.accountable.map((a) => a.rule)).toEqual(plain.accountable.map((a) => a.rule)) // the same model, not a copy
    expect(r.accountable.find((a) => a.rule === "enterprise-direct")!.people).toEqual([{ person: { name: "王五", title: "车间主任" }, role: "direct-responsible" }])
    expect(r.accountable.find((a) => a.rule === "parent-company")!.people).toEqual([{ person: { name: "赵六" }, role: "principal" }])
    expect(r.unmatched.map((u) => `${u.index}:${u.rule}`)).toEqual(["2:parent-company", "3:no-such-rule", "4:enterprise-direct"])
    expect(r.unhandled.map((p) => p.person.name)).toEqual(["赵六"])
    expect(accountabilityForInvestigation(investigation, CalendarDate.make("2024-07-31")).unhandled.map((p) => p.person.name)).toEqual(["王五", "赵六"])
  })

  it("does not apply a rule above the accident's grade", () => {
    const general = Schema.decodeUnknownSync(InvestigationCase)({
      accident: { ...accident, deaths: 1 },
      responsible: [{ person: { name: "赵六" }, accountabilityRule: "parent-company", role: "principal" }]
    })
    const r = accountabilityForInvestigation(general, CalendarDate.make("2024-09-01"))
    expect(r.determined).toEqual([])
    expect(r.unmatched[0]!.reason.en).toContain("does not apply")
  })

  it("decodes its input with paths (Effect and Promise)", async () => {
    const ok = Effect.runSync(accountabilityForInvestigationEffect({ investigation: { accident, responsible: responsible.slice(0, 1) } }, { asOf: "2024-09-01" }))
    expect(ok.unhandled).toEqual([])
    await expect(accountabilityForInvestigationPromise({ investigation: { accident, responsible: [{ person: { name: "" }, accountabilityRule: "x" }] } }, { asOf: "2024-09-01" }))
      .rejects.toThrow('at ["investigation"]["responsible"][0]["person"]["name"]')
  })
})
