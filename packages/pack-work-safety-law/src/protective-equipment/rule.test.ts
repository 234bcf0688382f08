import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/protective-equipment"
const asOf = "2026-11-23"

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "none provided (the standard then needs no separate fact)",
      asOf,
      enterprise: withFacts({ protectiveEquipment: { provided: false } }),
      evidence: [{ path: "facts.protectiveEquipment.provided", value: false }],
      details: { "zh-CN": "未为从业人员提供劳动防护用品" }
    },
    { name: "not to standard", asOf, enterprise: withFacts({ protectiveEquipment: { provided: true, meetsStandards: false } }), details: { en: "not to standard" } }
  ],
  compliant: [{ name: "provided, to standard", asOf, enterprise: withFacts({ protectiveEquipment: { provided: true, meetsStandards: true } }) }],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.protectiveEquipment"] },
    { name: "standard unknown", asOf, enterprise: withFacts({ protectiveEquipment: { provided: true } }), missing: ["facts.protectiveEquipment.meetsStandards"] }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: "2021-08-31", enterprise: withFacts({ protectiveEquipment: { provided: false } }) }]
})
