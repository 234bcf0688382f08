import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/dangerous-goods-approval"
const asOf = "2026-11-23"
const storing = { dangerousGoodsActivities: ["storage" as const] }

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "a store not covered by the approval",
      asOf,
      enterprise: withFacts({ dangerousGoods: { activitiesApproved: true, stores: [{ name: "甲类仓库", approved: true }, { name: "临时堆场", approved: false }] } }, storing),
      evidence: [{ path: "facts.dangerousGoods.stores[1].approved", value: false }],
      details: { "zh-CN": "危险物品储存场所临时堆场未经依法批准" }
    },
    { name: "no approval at all", asOf, enterprise: withFacts({ dangerousGoods: { activitiesApproved: false } }, storing), details: { en: "not approved" } }
  ],
  compliant: [{ name: "approved, stores too", asOf, enterprise: withFacts({ dangerousGoods: { activitiesApproved: true, stores: [{ name: "甲类仓库", approved: true }] } }, storing) }],
  notApplicable: [{ name: "no dangerous-goods activity", asOf, enterprise: withFacts({}, { dangerousGoodsActivities: [] }) }],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(storing), missing: ["facts.dangerousGoods"] },
    { name: "stores not given", asOf, enterprise: withFacts({ dangerousGoods: { activitiesApproved: true } }, storing), missing: ["facts.dangerousGoods.stores"] }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: "2021-08-31", enterprise: withFacts({ dangerousGoods: { activitiesApproved: false } }, storing) }]
})
