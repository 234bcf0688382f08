import { PackTester } from "@anquan/testing"
import { fireworksPack } from "../../pack.ts"
import { asOf, producer, retailer, store, wholesaler, workshop } from "../../testSupport.ts"

const RULE = "fireworks/safety-distances-and-barriers"
const d = (target: string, requiredMetres: number, actualMetres: number) => ({ target, requiredMetres, actualMetres })
const sound = { internalDistances: [d("A4 工房", 30, 32)], externalDistances: [d("某村居民点", 220, 260)], protectiveBarrier: "compliant" }

PackTester.make(fireworksPack).run(RULE, {
  violation: [
    {
      name: "internal distance 1 m short of the required one",
      asOf,
      enterprise: producer({ workshops: [workshop({ ...sound, hazardClass: "1.1-1", internalDistances: [d("A4 工房", 30, 29)] })], stores: [] }),
      evidence: [
        { path: "facts.workshops[0].internalDistances[0].requiredMetres", value: 30 },
        { path: "facts.workshops[0].internalDistances[0].actualMetres", value: 29 },
        { path: "facts.workshops[0].hazardClass", value: "1.1-1" }
      ],
      details: {
        "zh-CN": "工房「A3 装药工房」：危险等级1.1-1，至A4 工房的内部安全距离29米，小于要求的30米",
        en: "internal safety distance to A4 工房 is 29 m, less than the required 30 m"
      }
    },
    {
      name: "external distance of a store too short",
      asOf,
      enterprise: wholesaler({ workshops: [], stores: [store({ ...sound, externalDistances: [d("县道", 120, 95.5)] })] }),
      evidence: [{ path: "facts.stores[0].externalDistances[0].actualMetres", value: 95.5 }],
      details: { "zh-CN": "外部安全距离95.5米，小于要求的120米" }
    },
    {
      name: "protective barrier missing",
      asOf,
      enterprise: producer({ workshops: [workshop({ ...sound, protectiveBarrier: "missing" })], stores: [] }),
      evidence: [{ path: "facts.workshops[0].protectiveBarrier", value: "missing" }],
      details: { "zh-CN": "防护屏障缺失" }
    },
    {
      name: "protective barrier substandard",
      asOf,
      enterprise: producer({ workshops: [], stores: [store({ ...sound, protectiveBarrier: "substandard" })] }),
      details: { "zh-CN": "库房「C1 成品库」：防护屏障不符合要求" }
    }
  ],
  compliant: [
    {
      name: "distances exactly as required (不足 excludes equality); barrier not required",
      asOf,
      enterprise: producer({
        workshops: [workshop({ internalDistances: [d("A4 工房", 30, 30)], externalDistances: [d("某村居民点", 220, 220)], protectiveBarrier: "not-required" })],
        stores: []
      })
    },
    { name: "sound workshop and store, no outside object to check", asOf, enterprise: producer({ workshops: [workshop(sound)], stores: [store({ ...sound, externalDistances: [] })] }) }
  ],
  indeterminate: [
    { name: "no fireworks facts", asOf, enterprise: producer(undefined), missing: ["facts.workshops", "facts.stores"] },
    {
      name: "required distance and barrier unknown",
      asOf,
      enterprise: producer({ workshops: [workshop({ internalDistances: [{ target: "A4 工房", actualMetres: 25 }], externalDistances: [] })], stores: [] }),
      missing: ["facts.workshops[0].internalDistances[0].requiredMetres", "facts.workshops[0].protectiveBarrier"]
    },
    {
      name: "distance lists not recorded",
      asOf,
      enterprise: producer({ workshops: [], stores: [store({ protectiveBarrier: "compliant" })] }),
      missing: ["facts.stores[0].internalDistances", "facts.stores[0].externalDistances"]
    }
  ],
  notApplicable: [{ name: "no workshops or stores", asOf, enterprise: retailer({ workshops: [], stores: [] }) }]
})
