import { PackTester } from "@anquan/testing"
import { fireworksPack } from "../../pack.ts"
import { asOf, producer, retailer, store, wholesaler } from "../../testSupport.ts"

const RULE = "fireworks/mixed-storage-and-prohibited-products"

PackTester.make(fireworksPack).run(RULE, {
  violation: [
    {
      name: "detonators and petrol kept in the finished-product store",
      asOf,
      enterprise: wholesaler({ stores: [store({ otherDangerousGoods: ["雷管", "汽油"] })], dealsInProhibitedOrSubstandardProducts: false }),
      evidence: [{ path: "facts.stores[0].otherDangerousGoods", value: ["雷管", "汽油"] }],
      details: { "zh-CN": "库房「C1 成品库」存放其它危险物品：雷管、汽油", en: "store \"C1 成品库\" also holds 雷管, 汽油" }
    },
    {
      name: "a retail point sells over-standard products, no store",
      asOf,
      enterprise: retailer({ stores: [], dealsInProhibitedOrSubstandardProducts: true }),
      evidence: [{ path: "facts.dealsInProhibitedOrSubstandardProducts", value: true }],
      details: { "zh-CN": "生产经营违禁超标产品" }
    }
  ],
  compliant: [
    { name: "stores hold fireworks only; no prohibited products", asOf, enterprise: producer({ stores: [store({ otherDangerousGoods: [] })], dealsInProhibitedOrSubstandardProducts: false }) },
    { name: "no stores; no prohibited products", asOf, enterprise: retailer({ stores: [], dealsInProhibitedOrSubstandardProducts: false }) }
  ],
  indeterminate: [
    { name: "no fireworks facts", asOf, enterprise: producer(undefined), missing: ["facts.stores", "facts.dealsInProhibitedOrSubstandardProducts"] },
    {
      name: "a store's other contents unknown",
      asOf,
      enterprise: wholesaler({ stores: [store()], dealsInProhibitedOrSubstandardProducts: false }),
      missing: ["facts.stores[0].otherDangerousGoods"]
    }
  ]
})
