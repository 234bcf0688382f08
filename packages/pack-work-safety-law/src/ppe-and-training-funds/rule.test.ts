import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const asOf = "2026-11-23"
const before = "2021-08-31"
const RULE = "work-safety-law/ppe-and-training-funds"

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "no funds",
      asOf,
      enterprise: withFacts({ safetyInvestment: { ppeAndTrainingFunded: false } }),
      evidence: [{ path: "facts.safetyInvestment.ppeAndTrainingFunded", value: false }],
      details: { "zh-CN": "未安排用于配备劳动防护用品、进行安全生产培训的经费" }
    }
  ],
  compliant: [{ name: "funded", asOf, enterprise: withFacts({ safetyInvestment: { ppeAndTrainingFunded: true } }) }],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.safetyInvestment.ppeAndTrainingFunded"] },
    { name: "only the other investment facts", asOf, enterprise: withFacts({ safetyInvestment: { ensured: true } }), missing: ["facts.safetyInvestment.ppeAndTrainingFunded"] }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: before, enterprise: withFacts({ safetyInvestment: { ppeAndTrainingFunded: false } }) }]
})
