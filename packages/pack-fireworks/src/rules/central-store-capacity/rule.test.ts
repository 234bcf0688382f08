import { PackTester } from "@anquan/testing"
import { fireworksPack } from "../../pack.ts"
import { asOf, producer, retailer, wholesaler } from "../../testSupport.ts"

const RULE = "fireworks/central-store-capacity"
const ok = { matchesDesignedCapacity: true }

PackTester.make(fireworksPack).run(RULE, {
  violation: [
    {
      name: "the central finished-product store is too small for the designed capacity",
      asOf,
      enterprise: producer({
        centralStoreCapacity: { transferStore: ok, compositionStore: ok, finishedProductStore: { capacityKg: 8000, matchesDesignedCapacity: false } }
      }),
      evidence: [
        { path: "facts.centralStoreCapacity.finishedProductStore.matchesDesignedCapacity", value: false },
        { path: "facts.centralStoreCapacity.finishedProductStore.capacityKg", value: 8000 }
      ],
      details: { "zh-CN": "成品总库存储能力（8000kg）与设计产能不匹配", en: "central finished-product store capacity (8000 kg) does not match" }
    },
    {
      name: "the transfer store does not match, the others unknown",
      asOf,
      enterprise: producer({ centralStoreCapacity: { transferStore: { matchesDesignedCapacity: false } } }),
      details: { "zh-CN": "中转库存储能力与设计产能不匹配" }
    }
  ],
  compliant: [{ name: "all three match", asOf, enterprise: producer({ centralStoreCapacity: { transferStore: ok, compositionStore: ok, finishedProductStore: { ...ok, capacityKg: 20000 } } }) }],
  indeterminate: [
    { name: "no fireworks facts", asOf, enterprise: producer(undefined), missing: ["facts.centralStoreCapacity"] },
    {
      name: "composition store not assessed",
      asOf,
      enterprise: producer({ centralStoreCapacity: { transferStore: ok, compositionStore: { capacityKg: 500 }, finishedProductStore: ok } }),
      missing: ["facts.centralStoreCapacity.compositionStore.matchesDesignedCapacity"]
    },
    {
      name: "finished-product store not recorded",
      asOf,
      enterprise: producer({ centralStoreCapacity: { transferStore: ok, compositionStore: ok } }),
      missing: ["facts.centralStoreCapacity.finishedProductStore"]
    }
  ],
  notApplicable: [
    { name: "a wholesaler has no designed production capacity", asOf, enterprise: wholesaler({}) },
    { name: "a retail point has none either", asOf, enterprise: retailer({}) }
  ]
})
