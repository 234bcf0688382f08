import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/special-equipment-inspection"
const asOf = "2026-11-23"

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "a tank truck without a certificate",
      asOf,
      enterprise: withFacts({ specialEquipment: [{ name: "浙A12345罐车", kind: "dangerous-goods-vehicle", inspectedByQualifiedBody: true, certified: false }] }),
      evidence: [{ path: "facts.specialEquipment[0].certified", value: false }],
      details: { "zh-CN": "设备「浙A12345罐车」：未取得安全使用证或者安全标志" }
    },
    { name: "an untested mine hoist", asOf, enterprise: withFacts({ specialEquipment: [{ id: "TS-1", kind: "underground-mine", inspectedByQualifiedBody: false, certified: true }] }), details: { en: "not passed by a qualified body" } }
  ],
  compliant: [{ name: "tested and certified", asOf, enterprise: withFacts({ specialEquipment: [{ name: "液氯钢瓶", kind: "dangerous-goods-container", inspectedByQualifiedBody: true, certified: true }] }) }],
  notApplicable: [{ name: "none", asOf, enterprise: withFacts({ specialEquipment: [] }) }],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.specialEquipment"] },
    { name: "certificate unknown", asOf, enterprise: withFacts({ specialEquipment: [{ name: "液氯钢瓶", inspectedByQualifiedBody: true }] }), missing: ["facts.specialEquipment[0].certified"] }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: "2021-08-31", enterprise: withFacts({ specialEquipment: [{ certified: false }] }) }]
})
