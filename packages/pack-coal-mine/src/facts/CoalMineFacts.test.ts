import { Engine } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { coalMinePack } from "../pack.ts"
import { mine } from "../testSupport.ts"
import { coalMineFacts } from "./CoalMineFacts.ts"

const engine = Engine.make({ packs: [coalMinePack] })
const issuesOf = (coalMine: Record<string, unknown>) =>
  engine.evaluate([mine(coalMine)], { asOf: "2026-07-01" }).rejected.flatMap((r) => r.issues.map((i) => `${i.path.join(".")}: ${i.message}`))

describe("the coal-mine facts (enterprise.facts.coalMine)", () => {
  it("every fact has a zh-CN and an English label", () => {
    const labels = (d: Record<string, { label: { "zh-CN": string; en: string }; items?: Record<string, any> }>): Array<string> =>
      Object.entries(d).flatMap(([path, x]) => [
        ...(x.label["zh-CN"].length > 0 && x.label.en.length > 0 ? [] : [path]),
        ...(x.items === undefined ? [] : labels(x.items))
      ])
    expect(labels(coalMineFacts as never)).toEqual([])
  })

  it("rejects a value outside the allowed ones, naming its path", () => {
    expect(issuesOf({ mineType: "surface" })).toEqual([expect.stringMatching(/^facts\.coalMine\.mineType: /)])
  })

  it("rejects a wrong type inside a list entry, naming the entry", () => {
    expect(issuesOf({ gasReadings: [{ location: "1301回风巷", place: "face-return", ch4: "1.2%" }] })).toEqual([
      expect.stringMatching(/^facts\.coalMine\.gasReadings\.0\.ch4: /)
    ])
  })

  it("rejects a date that is not a calendar day", () => {
    expect(issuesOf({ gasGrade: { appraisalDates: ["2025-02-30"] } })).toEqual([expect.stringMatching(/^facts\.coalMine\.gasGrade\.appraisalDates\.0: /)])
  })

  it("keeps a record with an empty section: every rule then says what it needs", () => {
    const report = engine.evaluate([mine({})], { asOf: "2026-07-01" })
    expect(report.rejected).toEqual([])
    expect(report.enterprises[0]!.counts.indeterminate).toBe(123)
  })
})
