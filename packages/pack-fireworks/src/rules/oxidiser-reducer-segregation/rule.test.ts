import { PackTester } from "@anquan/testing"
import { fireworksPack } from "../../pack.ts"
import { asOf, producer, retailer, store, workshop } from "../../testSupport.ts"

const RULE = "fireworks/oxidiser-reducer-segregation"
const rawStore = (holdsOxidiser?: boolean, holdsReducer?: boolean) =>
  store({ id: "Y1", name: "原材料库", ...(holdsOxidiser === undefined ? {} : { holdsOxidiser }), ...(holdsReducer === undefined ? {} : { holdsReducer }) })
const mill = (oxidiserCrushedOrWeighed: boolean, reducerCrushedOrWeighed: boolean) =>
  workshop({ id: "B1", name: "粉碎称量工房", oxidiserCrushedOrWeighed, reducerCrushedOrWeighed })

PackTester.make(fireworksPack).run(RULE, {
  violation: [
    {
      name: "oxidisers and reducers in the same store",
      asOf,
      enterprise: producer({ workshops: [mill(true, false)], stores: [rawStore(true, true)], improperPremixing: false }),
      evidence: [{ path: "facts.stores[0].holdsOxidiser", value: true }, { path: "facts.stores[0].holdsReducer", value: true }],
      details: { "zh-CN": "库房「Y1 原材料库」：氧化剂、还原剂同库储存", en: "oxidisers and reducers stored together" }
    },
    {
      name: "both crushed or weighed in the same workshop",
      asOf,
      enterprise: producer({ workshops: [mill(true, true)], stores: [], improperPremixing: false }),
      evidence: [{ path: "facts.workshops[0].oxidiserCrushedOrWeighed", value: true }],
      details: { "zh-CN": "工房「B1 粉碎称量工房」：同时粉碎、称量氧化剂和还原剂" }
    },
    {
      name: "improper pre-mixing, buildings unknown",
      asOf,
      enterprise: producer({ improperPremixing: true }),
      evidence: [{ path: "facts.improperPremixing", value: true }],
      details: { "zh-CN": "氧化剂、还原剂违规预混" }
    }
  ],
  compliant: [
    {
      name: "separate stores and workshops; a store known to hold no reducer needs no more",
      asOf,
      enterprise: producer({
        workshops: [mill(true, false), workshop({ id: "B2", oxidiserCrushedOrWeighed: false })],
        stores: [rawStore(true, false), { id: "Y2", holdsReducer: true, holdsOxidiser: false }, store({ holdsOxidiser: false })],
        improperPremixing: false
      })
    }
  ],
  indeterminate: [
    { name: "no fireworks facts", asOf, enterprise: producer(undefined), missing: ["facts.workshops", "facts.stores", "facts.improperPremixing"] },
    {
      name: "a store holds oxidisers; whether it also holds reducers is unknown",
      asOf,
      enterprise: producer({ workshops: [], stores: [rawStore(true)], improperPremixing: false }),
      missing: ["facts.stores[0].holdsReducer"]
    },
    {
      name: "nothing known about a store's contents",
      asOf,
      enterprise: producer({ workshops: [], stores: [rawStore()], improperPremixing: false }),
      missing: ["facts.stores[0].holdsOxidiser", "facts.stores[0].holdsReducer"]
    }
  ],
  notApplicable: [{ name: "a retail point does not produce", asOf, enterprise: retailer({ workshops: [], stores: [] }) }]
})
