import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/dangerous-goods-safety-measures"
const asOf = "2026-11-23"
const storing = { dangerousGoodsActivities: ["trading" as const, "storage" as const] }
const sound = { gasAlarm: "working" as const, lighting: "explosion-proof" as const, segregated: true, withinApprovedQuantity: true }

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      // the published case: a hazardous-goods store with an unpowered gas alarm and no explosion-proof lights
      name: "a store whose gas alarm is unpowered and whose lights are not explosion-proof",
      asOf,
      enterprise: withFacts({ dangerousGoods: { safetyManagementRules: true, stores: [{ name: "危化品仓库", ...sound, gasAlarm: "unpowered", lighting: "ordinary" }] } }, storing),
      evidence: [
        { path: "facts.dangerousGoods.stores[0].gasAlarm", value: "unpowered" },
        { path: "facts.dangerousGoods.stores[0].lighting", value: "ordinary" }
      ],
      details: {
        "zh-CN": "危险物品储存场所「危化品仓库」：可燃、有毒气体检测报警装置未通电；未使用防爆照明",
        en: "gas alarm unpowered; lighting not explosion-proof"
      }
    },
    { name: "no dedicated safety rules", asOf, enterprise: withFacts({ dangerousGoods: { safetyManagementRules: false } }, storing), details: { "zh-CN": "未建立专门的危险物品安全管理制度" } },
    {
      name: "overstocked and mixed",
      asOf,
      enterprise: withFacts({ dangerousGoods: { safetyManagementRules: true, stores: [{ id: "K2", ...sound, segregated: false, withinApprovedQuantity: false }] } }, storing),
      details: { "zh-CN": "未按性质分类、分区、隔离储存；超过核定储存量储存" }
    }
  ],
  compliant: [
    { name: "rules and sound stores", asOf, enterprise: withFacts({ dangerousGoods: { safetyManagementRules: true, stores: [{ name: "危化品仓库", ...sound }] } }, storing) },
    {
      name: "a store of goods that give off no gas",
      asOf,
      enterprise: withFacts({ dangerousGoods: { safetyManagementRules: true, stores: [{ name: "腐蚀品库", ...sound, gasAlarm: "not-required", lighting: "not-required" }] } }, storing)
    }
  ],
  notApplicable: [{ name: "no dangerous-goods activity", asOf, enterprise: withFacts({}, { dangerousGoodsActivities: [] }) }],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(storing), missing: ["facts.dangerousGoods"] },
    {
      name: "lighting unknown",
      asOf,
      enterprise: withFacts({ dangerousGoods: { safetyManagementRules: true, stores: [{ name: "危化品仓库", gasAlarm: "working", segregated: true, withinApprovedQuantity: true }] } }, storing),
      missing: ["facts.dangerousGoods.stores[0].lighting"]
    }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: "2021-08-31", enterprise: withFacts({ dangerousGoods: { safetyManagementRules: false } }, storing) }]
})
