import { PackTester } from "@anquan/testing"
import { describe, expect, it } from "vitest"
import { industryTradePack } from "./index.ts"

const { report, findingsOf, evaluate, expectEveryFindingCites } = PackTester.sample(industryTradePack, new URL("../sample/industry-trade-enterprises.json", import.meta.url), "2026-11-23")

describe("the bundled sample (sample/industry-trade-enterprises.json), as of 2026-11-23", () => {
  it("evaluates the three records: three units with major hazards, every fact they need recorded", () => {
    expect(report.totals).toEqual({ records: 3, evaluated: 3, rejected: 0, findings: 195 })
    expect(report.verdicts).toEqual({ "major-hazard": 3, "general-hazard": 0, advisory: 0, "no-violation": 0 })
    expect(report.byPack["industry-trade"]).toEqual({ violation: 4, waived: 0, indeterminate: 0, error: 0, compliant: 26, "not-applicable": 165 })
    expect(report.enterprises.map((e) => e.complete)).toEqual([true, true, true])
  })

  it("the steelworks: drainers rated 25 kPa (< 30) and a furnace-cooling interlock that has failed (第十四条); 第十三条(一) not met, as signs are posted", () => {
    expect(findingsOf(0)).toEqual([
      {
        ruleId: "industry-trade/metallurgy-gas-drainers",
        outcome: "violation",
        evidence: [{ path: "facts.metallurgy.drainerLowestSealPressure", value: 25 }],
        details: "水封式排水器最高封堵煤气压力(最低者)为25kPa，小于30kPa"
      },
      {
        ruleId: "industry-trade/failed-safety-facilities",
        outcome: "violation",
        evidence: [
          { path: "facts.industries", value: ["metallurgy"] },
          { path: "facts.metallurgy.furnaceCoolingInterlocks", value: "failed" },
          { path: "facts.metallurgy.steelmakingFurnaces", value: true }
        ],
        details: "第四条(四)：水冷元件监测报警装置与炉体倾动、氧（副）枪自动提升、电极自动断电和升起装置的联锁失效或者无效"
      }
    ])
  })

  it("the cold-chain food plant (轻工 and 商贸, liquid-ammonia refrigeration): 12 people in the quick-freeze room", () => {
    expect(findingsOf(1)).toEqual([{
      ruleId: "industry-trade/ammonia-quick-freeze-room",
      outcome: "violation",
      evidence: [{ path: "facts.ammonia.quickFreezeRoomWorkers", value: 12 }],
      details: "快速冻结装置作业间内作业人员数量为12人，大于9人"
    }])
  })

  it("the furniture plant (dust-explosion hazard): sander ducts without spark detection; 第十一条(十) not met, as dust has not built up", () => {
    expect(findingsOf(2)).toEqual([{
      ruleId: "industry-trade/dust-explosion-tramp-removal-and-sander-sparks",
      outcome: "violation",
      evidence: [{ path: "facts.dust.sanderDucts", value: true }, { path: "facts.dust.sanderDuctSparkDetection", value: "missing" }],
      details: "木制品加工企业有与砂光机连接的风管：是；与砂光机连接的风管未设置火花探测消除装置"
    }])
  })

  it("every finding cites 令第10号 and is a 重大事故隐患", () => {
    expectEveryFindingCites("industry-trade-major-hazard-2023", "major")
  })

  it("before 2023-05-15 no item is judged: only the note, not-applicable", () => {
    const early = evaluate({ asOf: "2023-05-14", include: "all" })
    expect(early.verdicts["no-violation"]).toBe(3)
    for (const e of early.enterprises) expect(e.findings.map((f) => [f.ruleId, f.outcome])).toEqual([["industry-trade/before-in-force", "not-applicable"]])
  })
})
