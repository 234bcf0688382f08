import { PackTester } from "@anquan/testing"
import { describe, expect, it } from "vitest"
import { cityGasPack } from "./index.ts"

const { report, findingsOf, evaluate, expectEveryFindingCites } = PackTester.sample(cityGasPack, new URL("../sample/city-gas-operators.json", import.meta.url), "2026-11-23")

describe("the bundled sample (sample/city-gas-operators.json), as of 2026-11-23", () => {
  it("evaluates the three records: two operators with major hazards, an installer that is no gas supplier, every fact recorded", () => {
    expect(report.totals).toEqual({ records: 3, evaluated: 3, rejected: 0, findings: 66 })
    expect(report.verdicts).toEqual({ "major-hazard": 2, "general-hazard": 0, advisory: 0, "no-violation": 1 })
    expect(report.byPack["city-gas"]).toEqual({ violation: 4, waived: 0, indeterminate: 0, error: 0, compliant: 34, "not-applicable": 28 })
    expect(report.enterprises.map((e) => e.complete)).toEqual([true, true, true])
  })

  it("the piped-gas company: a shop over a medium-pressure main; a banned appliance found and not notified in writing (the basement user on natural gas, 0.6, is outside 第九条(一); the toilet riser was notified)", () => {
    expect(findingsOf(0)).toEqual([
      {
        ruleId: "city-gas/mains-encroachment",
        outcome: "violation",
        evidence: [{ path: "facts.network.encroachments[0].pressureClass", value: "medium" }],
        details: "占压「文一路临街商铺（违建）」：占压中压地下燃气管线（中压及以上）"
      },
      {
        ruleId: "city-gas/user-banned-appliances",
        outcome: "violation",
        evidence: [{ path: "facts.userFindings[1].situation", value: "banned-appliance" }, { path: "facts.userFindings[1].measuresTaken", value: false }],
        details: "燃气用户「文三路某餐馆」：检查发现使用国家明令淘汰的燃气燃烧器具或连接管；未按规定采取书面告知用户整改等措施"
      }
    ])
  })

  it("the LPG company: tank monitoring without an over-limit alarm; LPG (1.8) in a basement restaurant, not notified in writing", () => {
    expect(findingsOf(1)).toEqual([
      {
        ruleId: "city-gas/station-tank-monitoring",
        outcome: "violation",
        evidence: [{ path: "facts.stations[0].storageTanks", value: true }, { path: "facts.stations[0].tankOverLimitAlarm", value: false }],
        details: "燃气厂站「吴中液化石油气储配站」：燃气储罐监测装置不具有超限报警功能"
      },
      {
        ruleId: "city-gas/user-heavy-gas-underground",
        outcome: "violation",
        evidence: [
          { path: "facts.userFindings[0].situation", value: "underground-space" },
          { path: "facts.userFindings[0].gasRelativeDensity", value: 1.8 },
          { path: "facts.userFindings[0].measuresTaken", value: false }
        ],
        details: "燃气用户「木渎镇某饭店」：检查发现燃气管道、调压装置或燃具等设置在地下室、半地下室、地下箱体或其他密闭地下空间内；燃气相对密度为1.8，大于等于0.75；未按规定采取书面告知用户整改等措施"
      }
    ])
  })

  it("the gas-installation contractor is no 燃气经营者: every item not applicable", () => {
    const all = evaluate({ asOf: "2026-11-23", include: "all" })
    const outcomes = all.enterprises[2]!.findings.map((f) => f.outcome)
    expect(outcomes.length).toBe(22)
    expect(new Set(outcomes)).toEqual(new Set(["not-applicable"]))
  })

  it("every finding cites 建城规〔2023〕4号 and is a 重大隐患", () => {
    expectEveryFindingCites("city-gas-major-hazard-2023", "major")
  })

  it("before the standard was issued (2023-09-21) no item is judged", () => {
    const early = evaluate({ asOf: "2023-09-20", include: "all" })
    expect(early.totals.findings).toBe(0)
    expect(early.verdicts["no-violation"]).toBe(3)
  })
})
