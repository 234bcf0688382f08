import { PackTester } from "@anquan/testing"
import { fireworksPack } from "../../pack.ts"
import { asOf, producer, retailer, wholesaler } from "../../testSupport.ts"

const RULE = "fireworks/retail-point-residence-and-open-flame"

PackTester.make(fireworksPack).run(RULE, {
  violation: [
    {
      name: "the shop is on the ground floor of a residential building",
      asOf,
      enterprise: retailer({ retailPremises: { sameBuildingAsResidence: true, openFlameUsed: false } }),
      evidence: [{ path: "facts.retailPremises.sameBuildingAsResidence", value: true }],
      details: { "zh-CN": "零售点与居民居住场所设置在同一建筑物内", en: "same building as people's homes" }
    },
    {
      name: "open flame in the shop, residence unknown",
      asOf,
      enterprise: retailer({ retailPremises: { openFlameUsed: true } }),
      evidence: [{ path: "facts.retailPremises.openFlameUsed", value: true }],
      details: { "zh-CN": "在零售场所使用明火" }
    }
  ],
  compliant: [{ name: "separate building, no open flame", asOf, enterprise: retailer({ retailPremises: { sameBuildingAsResidence: false, openFlameUsed: false } }) }],
  indeterminate: [
    { name: "no fireworks facts", asOf, enterprise: retailer(undefined), missing: ["facts.retailPremises"] },
    { name: "open flame unknown", asOf, enterprise: retailer({ retailPremises: { sameBuildingAsResidence: false } }), missing: ["facts.retailPremises.openFlameUsed"] },
    { name: "unit kinds unknown: cannot tell whether it is a retail point", asOf, enterprise: retailer({}, { unitKinds: undefined }), missing: ["enterprise.unitKinds"] }
  ],
  notApplicable: [
    { name: "a producer is not a retail point", asOf, enterprise: producer({ retailPremises: { openFlameUsed: true } }) },
    { name: "a wholesaler is not a retail point", asOf, enterprise: wholesaler({}) }
  ]
})
