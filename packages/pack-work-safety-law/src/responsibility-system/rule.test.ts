import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const asOf = "2026-11-23"
const before = "2021-08-31"
const RULE = "work-safety-law/responsibility-system"

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "no all-staff responsibility system",
      asOf,
      enterprise: withFacts({ responsibilitySystem: { established: false, safetyRulesEstablished: true } }),
      evidence: [{ path: "facts.responsibilitySystem.established", value: false }],
      details: { "zh-CN": "未建立健全全员安全生产责任制" }
    }
  ],
  compliant: [{ name: "both", asOf, enterprise: withFacts({ responsibilitySystem: { established: true, safetyRulesEstablished: true } }) }],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.responsibilitySystem"] },
    { name: "rules unknown", asOf, enterprise: withFacts({ responsibilitySystem: { established: true } }), missing: ["facts.responsibilitySystem.safetyRulesEstablished"] }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: before, enterprise: withFacts({ responsibilitySystem: { established: false } }) }]
})
