import { Engine } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { industryTradeFacts, industryTradePack } from "../pack.ts"
import { asOf, plant } from "../testSupport.ts"
import { facilityStates, isFacility } from "./applicability.ts"

describe("the fact declarations", () => {
  it("label every fact in zh-CN and English", () => {
    for (const [path, d] of Object.entries(industryTradeFacts)) {
      expect(d.label["zh-CN"].trim(), path).not.toBe("")
      expect(d.label.en.trim(), path).not.toBe("")
      if (d.unit !== undefined) expect([d.unit["zh-CN"], d.unit.en], path).not.toContain("")
    }
  })
  it("sit under the article keys, with the three facility states where a facility is named", () => {
    const keys = new Set(Object.keys(industryTradeFacts).map((p) => p.split(".")[1]))
    expect([...keys].sort()).toEqual(
      ["ammonia", "buildingMaterials", "confinedSpace", "dust", "industries", "lightIndustry", "machinery", "management", "metallurgy", "nonferrous", "specialFields", "textile", "tobacco"]
    )
    const facilities = Object.values(industryTradeFacts).filter(isFacility)
    expect(facilities.length).toBe(60)
    for (const d of facilities) expect(d.values).toEqual(facilityStates)
  })
  it("are every one read by a rule", () => {
    const read = new Set(industryTradePack.rules.flatMap((r) => r.reads))
    expect(Object.keys(industryTradeFacts).filter((p) => !read.has(p))).toEqual([])
  })
})

describe("bad input", () => {
  const engine = Engine.make({ packs: [industryTradePack] })
  it("is rejected with the path of every problem, never judged", () => {
    const report = engine.evaluate([plant({ industries: ["steel"], ammonia: { quickFreezeRoomWorkers: 9.5 }, metallurgy: { gasIsolationDevices: "broken" } })], { asOf })
    expect(report.totals.rejected).toBe(1)
    const paths = report.rejected[0]!.issues.map((i) => i.path.join("."))
    expect(paths).toEqual(expect.arrayContaining([
      "facts.industryTrade.industries.0",
      "facts.industryTrade.ammonia.quickFreezeRoomWorkers",
      "facts.industryTrade.metallurgy.gasIsolationDevices"
    ]))
  })
})
