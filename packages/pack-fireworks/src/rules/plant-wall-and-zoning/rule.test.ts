import { PackTester } from "@anquan/testing"
import { fireworksPack } from "../../pack.ts"
import { asOf, producer, retailer, wholesaler } from "../../testSupport.ts"

const RULE = "fireworks/plant-wall-and-zoning"

PackTester.make(fireworksPack).run(RULE, {
  violation: [
    {
      name: "the perimeter wall is partly missing",
      asOf,
      enterprise: producer({ plant: { perimeterWallComplete: false, zoningCompliant: true } }),
      evidence: [{ path: "facts.plant.perimeterWallComplete", value: false }],
      details: { "zh-CN": "工厂围墙缺失", en: "perimeter wall is missing" }
    },
    {
      name: "zoning does not meet the national standard, wall unknown",
      asOf,
      enterprise: producer({ plant: { zoningCompliant: false } }),
      evidence: [{ path: "facts.plant.zoningCompliant", value: false }],
      details: { "zh-CN": "厂区分区设置不符合国家标准" }
    }
  ],
  compliant: [{ name: "wall complete and zoning compliant", asOf, enterprise: producer({ plant: { perimeterWallComplete: true, zoningCompliant: true } }) }],
  indeterminate: [
    { name: "no fireworks facts", asOf, enterprise: producer(undefined), missing: ["facts.plant"] },
    { name: "zoning unknown", asOf, enterprise: producer({ plant: { perimeterWallComplete: true } }), missing: ["facts.plant.zoningCompliant"] },
    { name: "unit kinds unknown: cannot tell whether it is a producer", asOf, enterprise: producer({}, { unitKinds: undefined }), missing: ["enterprise.unitKinds"] }
  ],
  notApplicable: [
    { name: "a retail point is not a plant", asOf, enterprise: retailer({}) },
    { name: "a wholesaler is not a plant", asOf, enterprise: wholesaler({ plant: { perimeterWallComplete: false } }) }
  ]
})
