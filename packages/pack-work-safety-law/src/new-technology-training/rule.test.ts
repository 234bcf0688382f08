import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const asOf = "2026-11-23"
const before = "2021-08-31"
const RULE = "work-safety-law/new-technology-training"

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "a new reactor without training",
      asOf,
      enterprise: withFacts({ newTechnologies: [{ name: "连续流微反应器", kind: "equipment", date: "2026-06-01", staffTrained: false }] }),
      evidence: [{ path: "facts.newTechnologies[0].staffTrained", value: false }],
      details: { "zh-CN": "采用新设备连续流微反应器未对从业人员进行专门的安全生产教育和培训" }
    }
  ],
  compliant: [{ name: "trained", asOf, enterprise: withFacts({ newTechnologies: [{ name: "连续流微反应器", kind: "equipment", staffTrained: true }] }) }],
  notApplicable: [
    { name: "nothing new", asOf, enterprise: withFacts({ newTechnologies: [] }) },
    { name: "boundary: adopted the day after", asOf, enterprise: withFacts({ newTechnologies: [{ date: "2026-11-24", staffTrained: false }] }) }
  ],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.newTechnologies"] },
    { name: "training unknown", asOf, enterprise: withFacts({ newTechnologies: [{ name: "新型催化剂", kind: "material" }] }), missing: ["facts.newTechnologies[0].staffTrained"] }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: before, enterprise: withFacts({ newTechnologies: [{ staffTrained: false }] }) }]
})
