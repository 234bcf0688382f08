import { PackTester } from "@anquan/testing"
import { fireworksPack } from "../../pack.ts"
import { asOf, notFireworks, producer, retailer, store, wholesaler, workshop } from "../../testSupport.ts"

const RULE = "fireworks/building-head-count"
const heads = (approvedHeadCount: number, actualHeadCount: number) => ({ approvedHeadCount, actualHeadCount })

PackTester.make(fireworksPack).run(RULE, {
  violation: [
    {
      name: "one more person than approved in a workshop (超过: approved + 1)",
      asOf,
      enterprise: producer({ workshops: [workshop(heads(2, 3))], stores: [] }),
      evidence: [{ path: "facts.workshops[0].approvedHeadCount", value: 2 }, { path: "facts.workshops[0].actualHeadCount", value: 3 }],
      details: { "zh-CN": "工房「A3 装药工房」：实际作业人员3人，超过核定人数2人", en: "3 people working, more than the approved 2" }
    },
    {
      name: "a wholesaler's store over its head-count, the other store within it",
      asOf,
      enterprise: wholesaler({ workshops: [], stores: [store(heads(4, 4)), { id: "C2", ...heads(2, 5) }] }),
      evidence: [{ path: "facts.stores[1].actualHeadCount", value: 5 }],
      details: { "zh-CN": "库房「C2」：实际作业人员5人" }
    },
    {
      name: "a violation is reported even when another building's head-count is unknown",
      asOf,
      enterprise: producer({ workshops: [workshop(heads(2, 6)), { id: "A4" }] })
    },
    {
      name: "an unnamed workshop is labelled by its position",
      asOf,
      enterprise: producer({ workshops: [heads(1, 2)], stores: [] }),
      details: { "zh-CN": "第1个工房", en: "workshop #1" }
    }
  ],
  compliant: [
    { name: "exactly the approved head-count", asOf, enterprise: producer({ workshops: [workshop(heads(2, 2))], stores: [store(heads(3, 0))] }) },
    { name: "a retail point's store within its head-count", asOf, enterprise: retailer({ workshops: [], stores: [store(heads(1, 1))] }) }
  ],
  indeterminate: [
    { name: "no fireworks facts", asOf, enterprise: producer(undefined), missing: ["facts.workshops", "facts.stores"] },
    {
      name: "actual head-count unknown",
      asOf,
      enterprise: producer({ workshops: [workshop({ approvedHeadCount: 2 })], stores: [] }),
      missing: ["facts.workshops[0].actualHeadCount"]
    },
    {
      name: "stores unknown, the workshops within their head-counts",
      asOf,
      enterprise: producer({ workshops: [workshop(heads(2, 1))] }),
      missing: ["facts.stores"]
    }
  ],
  notApplicable: [
    { name: "no workshops or stores (a retail point that keeps no store)", asOf, enterprise: retailer({ workshops: [], stores: [] }) }
  ],
  notSelected: [{ name: "another sector", asOf, enterprise: notFireworks({ workshops: [workshop(heads(1, 9))], stores: [] }) }]
})
