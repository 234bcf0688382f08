import { PackTester } from "@anquan/testing"
import { fireworksPack } from "../../pack.ts"
import { asOf, producer, wholesaler } from "../../testSupport.ts"

const RULE = "fireworks/one-licence-multiple-plants"

PackTester.make(fireworksPack).run(RULE, {
  violation: [
    {
      name: "one licence used for several plants",
      asOf,
      enterprise: producer({ oneLicenceMultiplePlants: true, shareholdersOperateIndependently: false }),
      evidence: [{ path: "facts.oneLicenceMultiplePlants", value: true }],
      details: { "zh-CN": "一证多厂" }
    },
    {
      name: "shareholders each run their own business, the other fact unknown",
      asOf,
      enterprise: wholesaler({ shareholdersOperateIndependently: true }),
      details: { "zh-CN": "多股东各自独立组织生产经营" }
    }
  ],
  compliant: [{ name: "neither", asOf, enterprise: producer({ oneLicenceMultiplePlants: false, shareholdersOperateIndependently: false }) }],
  indeterminate: [
    { name: "no fireworks facts", asOf, enterprise: producer(undefined), missing: ["facts.oneLicenceMultiplePlants", "facts.shareholdersOperateIndependently"] },
    { name: "shareholders unknown", asOf, enterprise: producer({ oneLicenceMultiplePlants: false }), missing: ["facts.shareholdersOperateIndependently"] }
  ]
})
