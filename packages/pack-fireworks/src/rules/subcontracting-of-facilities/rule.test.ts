import { PackTester } from "@anquan/testing"
import { fireworksPack } from "../../pack.ts"
import { asOf, producer, wholesaler } from "../../testSupport.ts"

const RULE = "fireworks/subcontracting-of-facilities"
const line = { object: "production-line", arrangement: "subcontract", counterparty: "个人 李某", facility: "组合烟花生产线二" }

PackTester.make(fireworksPack).run(RULE, {
  violation: [
    {
      name: "a production line subcontracted to an individual",
      asOf,
      enterprise: producer({ outsourcedFacilities: [line] }),
      evidence: [{ path: "facts.outsourcedFacilities[0]", value: line }],
      details: { "zh-CN": "生产线「组合烟花生产线二」被分包给个人 李某组织生产经营", en: "production line \"组合烟花生产线二\" subcontracted to 个人 李某" }
    },
    {
      name: "a wholesaler's store leased to another dealer (counted as 转包)",
      asOf,
      enterprise: wholesaler({ outsourcedFacilities: [{ object: "store", arrangement: "lease" }] }),
      details: { "zh-CN": "库房被出租组织生产经营", en: "store leased out" }
    }
  ],
  compliant: [{ name: "nothing subcontracted", asOf, enterprise: producer({ outsourcedFacilities: [] }) }],
  indeterminate: [{ name: "no fireworks facts", asOf, enterprise: producer(undefined), missing: ["facts.outsourcedFacilities"] }]
})
