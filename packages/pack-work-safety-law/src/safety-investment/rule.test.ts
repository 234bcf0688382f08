import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const asOf = "2026-11-23"
const before = "2021-08-31"
const RULE = "work-safety-law/safety-investment"

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "safety costs not drawn",
      asOf,
      enterprise: withFacts({ safetyInvestment: { ensured: true, costsDrawnAndUsed: false } }),
      evidence: [{ path: "facts.safetyInvestment.costsDrawnAndUsed", value: false }],
      details: { "zh-CN": "未按照规定提取和使用安全生产费用" }
    },
    { name: "funding not ensured", asOf, enterprise: withFacts({ safetyInvestment: { ensured: false } }), details: { en: "not ensured" } }
  ],
  compliant: [{ name: "ensured, drawn and used", asOf, enterprise: withFacts({ safetyInvestment: { ensured: true, costsDrawnAndUsed: true } }) }],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.safetyInvestment"] },
    { name: "costs unknown", asOf, enterprise: withFacts({ safetyInvestment: { ensured: true } }), missing: ["facts.safetyInvestment.costsDrawnAndUsed"] }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: before, enterprise: withFacts({ safetyInvestment: { ensured: false } }) }]
})
