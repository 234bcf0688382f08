import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const asOf = "2026-11-23"
const before = "2021-08-31"
const RULE = "work-safety-law/work-injury-insurance"

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    { name: "none", asOf, enterprise: withFacts({ workInjuryInsurance: false }), evidence: [{ path: "facts.workInjuryInsurance", value: false }], details: { "zh-CN": "未依法参加工伤保险" } }
  ],
  compliant: [{ name: "insured", asOf, enterprise: withFacts({ workInjuryInsurance: true }) }],
  indeterminate: [{ name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.workInjuryInsurance"] }],
  notSelected: [{ name: "before 2021-09-01", asOf: before, enterprise: withFacts({ workInjuryInsurance: false }) }]
})
