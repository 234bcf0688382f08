import { PackTester } from "@anquan/testing"
import { fireworksPack } from "../../pack.ts"
import { asOf, producer, retailer, store, wholesaler, workshop } from "../../testSupport.ts"

const RULE = "fireworks/building-explosive-quantity"
const kg = (approvedExplosiveKg: number, actualExplosiveKg: number) => ({ approvedExplosiveKg, actualExplosiveKg })

PackTester.make(fireworksPack).run(RULE, {
  violation: [
    {
      name: "a workshop holds 0.5 kg more than approved",
      asOf,
      enterprise: producer({ workshops: [workshop(kg(10, 10.5))], stores: [] }),
      evidence: [{ path: "facts.workshops[0].approvedExplosiveKg", value: 10 }, { path: "facts.workshops[0].actualExplosiveKg", value: 10.5 }],
      details: { "zh-CN": "工房「A3 装药工房」：实际药量10.5kg，超过核定药量10kg", en: "10.5 kg of explosive material, more than the approved 10 kg" }
    },
    {
      name: "a wholesaler's finished-product store is overstocked",
      asOf,
      enterprise: wholesaler({ workshops: [], stores: [store(kg(5000, 6200))] }),
      evidence: [{ path: "facts.stores[0].actualExplosiveKg", value: 6200 }],
      details: { "zh-CN": "库房「C1 成品库」：实际药量6200kg，超过核定药量5000kg" }
    }
  ],
  compliant: [
    { name: "exactly the approved quantity", asOf, enterprise: producer({ workshops: [workshop(kg(10, 10))], stores: [store(kg(5000, 0))] }) },
    { name: "a retail point's store below its quantity", asOf, enterprise: retailer({ workshops: [], stores: [store(kg(50, 20))] }) }
  ],
  indeterminate: [
    { name: "no fireworks facts", asOf, enterprise: producer(undefined), missing: ["facts.workshops", "facts.stores"] },
    {
      name: "the approved quantity unknown",
      asOf,
      enterprise: producer({ workshops: [], stores: [store({ actualExplosiveKg: 300 })] }),
      missing: ["facts.stores[0].approvedExplosiveKg"]
    }
  ],
  notApplicable: [{ name: "no workshops or stores", asOf, enterprise: retailer({ workshops: [], stores: [] }) }]
})
