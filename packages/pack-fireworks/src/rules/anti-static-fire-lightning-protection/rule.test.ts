import { PackTester } from "@anquan/testing"
import { fireworksPack } from "../../pack.ts"
import { asOf, producer, retailer, store, workshop } from "../../testSupport.ts"

const RULE = "fireworks/anti-static-fire-lightning-protection"
const ok = { antiStatic: "effective", fireProtection: "effective", lightningProtection: "effective" }

PackTester.make(fireworksPack).run(RULE, {
  violation: [
    {
      name: "anti-static facilities missing in a workshop",
      asOf,
      enterprise: producer({ workshops: [workshop({ ...ok, antiStatic: "missing" })], stores: [] }),
      evidence: [{ path: "facts.workshops[0].antiStatic", value: "missing" }],
      details: { "zh-CN": "工房「A3 装药工房」：防静电设备设施缺失", en: "anti-static facilities missing" }
    },
    {
      name: "lightning protection failed at a store",
      asOf,
      enterprise: producer({ workshops: [workshop(ok)], stores: [store({ ...ok, lightningProtection: "failed" })] }),
      evidence: [{ path: "facts.stores[0].lightningProtection", value: "failed" }],
      details: { "zh-CN": "防雷设备设施失效" }
    },
    {
      name: "fire protection failed, other facilities unknown",
      asOf,
      enterprise: producer({ workshops: [workshop({ fireProtection: "failed" })], stores: [] }),
      details: { en: "fire protection facilities failed" }
    }
  ],
  compliant: [
    { name: "all effective", asOf, enterprise: producer({ workshops: [workshop(ok)], stores: [store(ok)] }) },
    { name: "anti-static not required in a store, the rest effective", asOf, enterprise: retailer({ workshops: [], stores: [store({ ...ok, antiStatic: "not-required" })] }) }
  ],
  indeterminate: [
    { name: "no fireworks facts", asOf, enterprise: producer(undefined), missing: ["facts.workshops", "facts.stores"] },
    {
      name: "lightning protection unknown",
      asOf,
      enterprise: producer({ workshops: [workshop({ antiStatic: "effective", fireProtection: "effective" })], stores: [] }),
      missing: ["facts.workshops[0].lightningProtection"]
    }
  ],
  notApplicable: [{ name: "no workshops or stores", asOf, enterprise: retailer({ workshops: [], stores: [] }) }]
})
