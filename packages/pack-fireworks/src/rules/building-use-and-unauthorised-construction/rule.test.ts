import { PackTester } from "@anquan/testing"
import { fireworksPack } from "../../pack.ts"
import { asOf, producer, retailer, store, wholesaler, workshop } from "../../testSupport.ts"

const RULE = "fireworks/building-use-and-unauthorised-construction"

PackTester.make(fireworksPack).run(RULE, {
  violation: [
    {
      name: "a workshop turned into a store without approval",
      asOf,
      enterprise: producer({
        workshops: [workshop({ designedUse: "装药", actualUse: "半成品暂存", useChanged: true, useChangeApproved: false })],
        stores: [],
        unauthorisedStructures: []
      }),
      evidence: [{ path: "facts.workshops[0].useChanged", value: true }, { path: "facts.workshops[0].useChangeApproved", value: false }],
      details: { "zh-CN": "工房「A3 装药工房」：未经批准擅自改变用途，由「装药」改为「半成品暂存」", en: "use changed without approval from \"装药\" to \"半成品暂存\"" }
    },
    {
      name: "an unauthorised shed, no buildings recorded",
      asOf,
      enterprise: retailer({ workshops: [], stores: [], unauthorisedStructures: [{ description: "彩钢板棚", location: "店铺后院" }] }),
      evidence: [{ path: "facts.unauthorisedStructures", value: [{ description: "彩钢板棚", location: "店铺后院" }] }],
      details: { "zh-CN": "违规私搭乱建的建(构)筑物：1项" }
    },
    {
      name: "an unauthorised structure found while the buildings are unknown",
      asOf,
      enterprise: producer({ unauthorisedStructures: [{}] }),
      details: { "zh-CN": "违规私搭乱建的建(构)筑物：1项" }
    }
  ],
  compliant: [
    {
      name: "use changed with approval; unchanged store; no unauthorised structures",
      asOf,
      enterprise: wholesaler({ workshops: [], stores: [store({ useChanged: true, useChangeApproved: true }), { id: "C2", useChanged: false }], unauthorisedStructures: [] })
    },
    { name: "no buildings and nothing built", asOf, enterprise: retailer({ workshops: [], stores: [], unauthorisedStructures: [] }) }
  ],
  indeterminate: [
    { name: "no fireworks facts", asOf, enterprise: producer(undefined), missing: ["facts.workshops", "facts.stores", "facts.unauthorisedStructures"] },
    {
      name: "use changed, approval unknown",
      asOf,
      enterprise: producer({ workshops: [workshop({ useChanged: true })], stores: [], unauthorisedStructures: [] }),
      missing: ["facts.workshops[0].useChangeApproved"]
    },
    {
      name: "whether the use changed is unknown",
      asOf,
      enterprise: producer({ workshops: [], stores: [store()], unauthorisedStructures: [] }),
      missing: ["facts.stores[0].useChanged"]
    }
  ]
})
