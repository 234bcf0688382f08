import { PackTester } from "@anquan/testing"
import { describe, expect, it } from "vitest"
import { industryTradePack } from "../pack.ts"
import { asOf, plant } from "../testSupport.ts"
import { itemReference } from "./failed-safety-facilities.ts"

const tester = PackTester.make(industryTradePack)
const RULE = "industry-trade/failed-safety-facilities"

/** A steelworks with every metallurgy plant recorded absent except those in `metallurgy`. */
const steelworks = (metallurgy: Record<string, unknown>) =>
  plant({
    industries: ["metallurgy"],
    specialFields: [],
    metallurgy: {
      continuousCasting: false,
      ingotCasting: false,
      steelmakingFurnaces: false,
      blastFurnace: false,
      gasFacilities: false,
      ...metallurgy
    }
  })

tester.run(RULE, {
  violation: [
    {
      name: "the steelmaking-furnace cooling interlock bypassed",
      asOf,
      enterprise: steelworks({ steelmakingFurnaces: true, furnaceCoolingAlarms: "effective", furnaceCoolingInterlocks: "failed" }),
      evidence: [{ path: "facts.metallurgy.furnaceCoolingInterlocks", value: "failed" }],
      details: { "zh-CN": "第四条(四)：水冷元件监测报警装置与炉体倾动、氧（副）枪自动提升、电极自动断电和升起装置的联锁失效或者无效" }
    },
    {
      name: "a failed facility counts even when whether its plant exists is not recorded",
      asOf,
      enterprise: plant({ industries: ["metallurgy"], specialFields: [], metallurgy: { gasIsolationDevices: "failed" } })
    },
    {
      name: "special fields recorded, sub-industries not: a failed dust facility still decides",
      asOf,
      enterprise: plant({ specialFields: ["dust-explosion"], dust: { dryCollection: true, dryCollectionExplosionControl: "failed" } }),
      details: { "zh-CN": "第十一条(三)：干式除尘系统泄爆、惰化、抑爆等爆炸防控措施失效或者无效" }
    }
  ],
  compliant: [
    { name: "every recorded facility effective, the other plants absent", asOf, enterprise: steelworks({ steelmakingFurnaces: true, furnaceCoolingAlarms: "effective", furnaceCoolingInterlocks: "effective" }) },
    { name: "a missing facility is the item's breach, not 第十四条's", asOf, enterprise: steelworks({ steelmakingFurnaces: true, furnaceCoolingAlarms: "missing", furnaceCoolingInterlocks: "missing" }) },
    {
      name: "a failed facility of an article that does not concern the enterprise",
      asOf,
      enterprise: plant({ industries: ["textile"], specialFields: [], metallurgy: { gasIsolationDevices: "failed" } })
    }
  ],
  indeterminate: [
    { name: "neither sub-industries nor special fields recorded: the facilities are not walked", asOf, enterprise: plant(undefined), missing: ["facts.industries", "facts.specialFields"] },
    {
      name: "a plant present, its facility not recorded",
      asOf,
      enterprise: steelworks({ steelmakingFurnaces: true, furnaceCoolingAlarms: "effective" }),
      missing: ["facts.metallurgy.furnaceCoolingInterlocks"]
    }
  ],
  notSelected: [{ name: "before 2023-05-15", asOf: "2023-05-14", enterprise: steelworks({ gasFacilities: true, gasIsolationDevices: "failed" }) }]
})

describe("itemReference", () => {
  it("writes the article and item as the text does", () => {
    expect(itemReference(4, 4)).toBe("第四条(四)")
    expect(itemReference(11, 10)).toBe("第十一条(十)")
    expect(itemReference(5, 13)).toBe("第五条(十三)")
  })
})
