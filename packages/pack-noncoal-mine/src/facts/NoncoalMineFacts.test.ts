import { Engine } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { noncoalMinePack } from "../pack.ts"
import { mine } from "../testSupport.ts"
import { noncoalMineFacts } from "./NoncoalMineFacts.ts"

const engine = Engine.make({ packs: [noncoalMinePack] })
const issuesOf = (noncoalMine: Record<string, unknown>) =>
  engine.evaluate([mine(noncoalMine)], { asOf: "2026-11-23" }).rejected.flatMap((r) => r.issues.map((i) => `${i.path.join(".")}: ${i.message}`))

describe("the non-coal-mine facts (enterprise.facts.noncoalMine)", () => {
  it("every fact has a zh-CN and an English label", () => {
    const labels = (d: Record<string, { label: { "zh-CN": string; en: string }; items?: Record<string, any> }>): Array<string> =>
      Object.entries(d).flatMap(([path, x]) => [
        ...(x.label["zh-CN"].length > 0 && x.label.en.length > 0 ? [] : [path]),
        ...(x.items === undefined ? [] : labels(x.items))
      ])
    expect(labels(noncoalMineFacts as never)).toEqual([])
  })

  it("rejects a unit outside the three parts, naming its path", () => {
    expect(issuesOf({ units: ["quarry"] })).toEqual([expect.stringMatching(/^facts\.noncoalMine\.units\.0: /)])
  })

  it("rejects a wrong type inside a list entry, naming the entry", () => {
    expect(issuesOf({ units: ["underground"], underground: { personnelCarriers: [{ name: "1号车", passengers: "30人" }] } })).toEqual([
      expect.stringMatching(/^facts\.noncoalMine\.underground\.personnelCarriers\.0\.passengers: /)
    ])
  })

  it("rejects a date that is not a calendar day", () => {
    expect(issuesOf({ underground: { ventilation: { reversalTests: ["2026-02-30"] } } })).toEqual([
      expect.stringMatching(/^facts\.noncoalMine\.underground\.ventilation\.reversalTests\.0: /)
    ])
  })

  it("keeps a record with an empty section: every rule then says what it needs", () => {
    const report = engine.evaluate([mine({})], { asOf: "2026-11-23" })
    expect(report.rejected).toEqual([])
    expect(report.enterprises[0]!.counts.indeterminate).toBe(72)
  })

  it("a mine of one part: the other parts' rules are not applicable", () => {
    const report = engine.evaluate([mine({ units: ["tailings-pond"] })], { asOf: "2026-11-23" }).enterprises[0]!
    // 32 + 4 underground and 13 + 2 open-pit rules; 尾矿库(十八) does not depend on the units
    expect(report.counts["not-applicable"]).toBe(51)
    expect(report.counts.indeterminate).toBe(21)
  })
})
