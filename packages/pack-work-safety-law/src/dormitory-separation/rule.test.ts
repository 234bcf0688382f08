import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/dormitory-separation"
const asOf = "2026-11-23"
const trader = { dangerousGoodsActivities: ["trading" as const, "storage" as const] }

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "a shop with staff living upstairs (三合一)",
      asOf,
      enterprise: withFacts({ staffDormitory: true, dangerousGoodsPremises: [{ name: "门店", kind: "shop", sameBuildingAsDormitory: true }] }, trader),
      evidence: [{ path: "facts.dangerousGoodsPremises[0].sameBuildingAsDormitory", value: true }],
      details: { "zh-CN": "危险物品场所门店与员工宿舍在同一座建筑物内" }
    },
    {
      name: "a warehouse too close to the dormitory",
      asOf,
      enterprise: withFacts({
        staffDormitory: true,
        dangerousGoodsPremises: [{ kind: "warehouse", sameBuildingAsDormitory: false, safeDistanceFromDormitory: false }]
      }, trader),
      details: { "zh-CN": "仓库#1与员工宿舍未保持安全距离", en: "not at a safe distance" }
    },
    {
      name: "a user of dangerous goods (使用 is named in this article)",
      asOf,
      enterprise: withFacts({ dangerousGoodsPremises: [{ kind: "workshop", sameBuildingAsDormitory: true }] }, { dangerousGoodsActivities: ["use"] })
    }
  ],
  compliant: [
    {
      name: "separate building at a safe distance",
      asOf,
      enterprise: withFacts({
        staffDormitory: true,
        dangerousGoodsPremises: [{ kind: "warehouse", sameBuildingAsDormitory: false, safeDistanceFromDormitory: true }]
      }, trader)
    }
  ],
  notApplicable: [
    { name: "no staff dormitory", asOf, enterprise: withFacts({ staffDormitory: false }, trader) },
    { name: "no dangerous goods", asOf, enterprise: fixtures.enterprise() },
    { name: "loading only (装卸 is not named in this article)", asOf, enterprise: fixtures.enterprise({ dangerousGoodsActivities: ["loading"] }) },
    { name: "no dangerous-goods workshop, shop or warehouse", asOf, enterprise: withFacts({ staffDormitory: true, dangerousGoodsPremises: [] }, trader) }
  ],
  indeterminate: [
    { name: "premises and dormitory unknown", asOf, enterprise: fixtures.enterprise(trader), missing: ["facts.dangerousGoodsPremises", "facts.staffDormitory"] },
    {
      name: "distance unknown (no dormitory fact either)",
      asOf,
      enterprise: withFacts({ dangerousGoodsPremises: [{ kind: "warehouse", sameBuildingAsDormitory: false }] }, trader),
      missing: ["facts.dangerousGoodsPremises[0].safeDistanceFromDormitory", "facts.staffDormitory"]
    },
    { name: "dangerous-goods activities unknown", asOf, enterprise: fixtures.enterprise({ dangerousGoodsActivities: undefined }), missing: ["enterprise.dangerousGoodsActivities"] }
  ]
})
