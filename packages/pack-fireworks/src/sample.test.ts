import { readFileSync } from "node:fs"
import { Engine } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { fireworksPack } from "./index.ts"

const json: unknown = JSON.parse(readFileSync(new URL("../sample/fireworks-enterprises.json", import.meta.url), "utf8"))
const report = Engine.make({ packs: [fireworksPack] }).evaluate(json, { asOf: "2026-11-23" })

/** The findings kept (problems only), reduced to what the sample is about. */
const findingsOf = (name: string) =>
  report.enterprises.find((e) => e.subject.name === name)!.findings.map((f) => ({
    ruleId: f.ruleId,
    outcome: f.outcome,
    ...(f.evidence !== undefined ? { evidence: f.evidence } : {}),
    ...(f.missing !== undefined ? { missing: f.missing } : {}),
    ...(f.details !== undefined ? { details: f.details["zh-CN"] } : {})
  }))

describe("the bundled sample (sample/fireworks-enterprises.json), as of 2026-11-23", () => {
  it("evaluates both records: two major hazards", () => {
    expect(report.totals).toEqual({ records: 2, evaluated: 2, rejected: 0, findings: 40 })
    expect(report.verdicts).toEqual({ "major-hazard": 2, "general-hazard": 0, advisory: 0, "no-violation": 0 })
    expect(report.bySeverity).toEqual({ major: 8, general: 0, advisory: 0 })
    expect(report.byPack["fireworks"]).toEqual({ violation: 8, waived: 0, indeterminate: 1, error: 0, compliant: 22, "not-applicable": 9 })
  })

  it("the producer: five violations, one undecided item, item 20 not applicable", () => {
    const producer = report.enterprises[0]!
    expect(producer.subject).toEqual({ creditCode: "91430181MA4L7QX2RH", name: "浏阳市金穗花炮制造有限公司", jurisdiction: "430181", sectors: ["fireworks"] })
    expect(producer.verdict).toBe("major-hazard")
    expect(producer.complete).toBe(false)
    expect(producer.counts).toEqual({ violation: 5, waived: 0, indeterminate: 1, error: 0, compliant: 13, "not-applicable": 1 })
    expect(findingsOf("浏阳市金穗花炮制造有限公司")).toEqual([
      {
        ruleId: "fireworks/special-operators-and-repairs-with-explosives",
        outcome: "violation",
        evidence: [{ path: "enterprise.keyPeople[2].certificates", value: [{ kind: "special-operation:fireworks", validUntil: "2026-09-14" }] }],
        details: "特种作业人员黎国平的特种作业操作证已于2026-09-14到期"
      },
      {
        ruleId: "fireworks/building-head-count",
        outcome: "violation",
        evidence: [{ path: "facts.workshops[1].actualHeadCount", value: 4 }, { path: "facts.workshops[1].approvedHeadCount", value: 2 }],
        details: "工房「A2 装药工房」：实际作业人员4人，超过核定人数2人"
      },
      {
        ruleId: "fireworks/building-explosive-quantity",
        outcome: "violation",
        evidence: [{ path: "facts.stores[0].actualExplosiveKg", value: 6800 }, { path: "facts.stores[0].approvedExplosiveKg", value: 5000 }],
        details: "库房「C1 成品总库」：实际药量6800kg，超过核定药量5000kg"
      },
      {
        ruleId: "fireworks/anti-static-fire-lightning-protection",
        outcome: "violation",
        evidence: [{ path: "facts.stores[0].lightningProtection", value: "failed" }],
        details: "库房「C1 成品总库」：防雷设备设施失效"
      },
      {
        ruleId: "fireworks/central-store-capacity",
        outcome: "indeterminate",
        missing: ["facts.centralStoreCapacity.compositionStore.matchesDesignedCapacity"]
      },
      {
        ruleId: "fireworks/subcontracting-of-facilities",
        outcome: "violation",
        evidence: [{
          path: "facts.outsourcedFacilities[0]",
          value: { object: "production-line", arrangement: "subcontract", counterparty: "个人 周某", facility: "组合烟花生产线二" }
        }],
        details: "分包转包的生产线、工房、库房：1项；生产线「组合烟花生产线二」被分包给个人 周某组织生产经营"
      }
    ])
  })

  it("the retail point: three violations, complete; items 4–7 (no 工库房) and 9–12 (producers) not applicable", () => {
    const shop = report.enterprises[1]!
    expect(shop.subject.creditCode).toBe("92430181MA4P3K8NXW")
    expect(shop.verdict).toBe("major-hazard")
    expect(shop.complete).toBe(true)
    expect(shop.counts).toEqual({ violation: 3, waived: 0, indeterminate: 0, error: 0, compliant: 9, "not-applicable": 8 })
    expect(findingsOf("浏阳市淮川福满堂烟花爆竹零售店")).toEqual([
      {
        ruleId: "fireworks/licensed-scope-and-prohibited-chemicals",
        outcome: "violation",
        evidence: [{ path: "facts.products[1].kind", value: "组合烟花" }, { path: "facts.licensedScope.productKinds", value: ["喷花", "旋转类", "爆竹"] }],
        details: "产品「36发组合烟花」的产品种类「组合烟花」超出许可范围（喷花、旋转类、爆竹）"
      },
      {
        ruleId: "fireworks/operating-during-suspension",
        outcome: "violation",
        evidence: [{ path: "enterprise.licences[0].validUntil", value: "2026-10-31" }, { path: "facts.inOperation", value: true }],
        details: "烟花爆竹经营许可证（湘浏烟零字[2025]第0088号）已于2026-10-31到期，仍在组织生产经营"
      },
      {
        ruleId: "fireworks/retail-point-residence-and-open-flame",
        outcome: "violation",
        evidence: [{ path: "facts.retailPremises.sameBuildingAsResidence", value: true }],
        details: "零售点与居民居住场所设置在同一建筑物内"
      }
    ])
  })

  it("every finding cites the fireworks standard and names the item", () => {
    for (const e of report.enterprises) {
      for (const f of e.findings) {
        expect(f.citation.document).toBe("fireworks-major-hazard-2017")
        expect(f.severity).toBe("major")
      }
    }
  })

  it("before the standard took effect no fireworks rule runs", () => {
    const early = Engine.make({ packs: [fireworksPack] }).evaluate(json, { asOf: "2017-11-12" })
    expect(early.totals.findings).toBe(0)
    expect(early.verdicts["no-violation"]).toBe(2)
  })
})
