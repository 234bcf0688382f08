import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const asOf = "2026-11-23"
const before = "2021-08-31"
const RULE = "work-safety-law/post-responsibilities"

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "posts without standards",
      asOf,
      enterprise: withFacts({ responsibilitySystem: { established: true, coversEveryPost: false, implementationAssessed: true } }),
      evidence: [{ path: "facts.responsibilitySystem.coversEveryPost", value: false }],
      details: { "zh-CN": "未明确各岗位的责任人员、责任范围和考核标准" }
    }
  ],
  compliant: [{ name: "every post, assessed", asOf, enterprise: withFacts({ responsibilitySystem: { established: true, coversEveryPost: true, implementationAssessed: true } }) }],
  notApplicable: [{ name: "no system at all (article 4's rule finds it)", asOf, enterprise: withFacts({ responsibilitySystem: { established: false } }) }],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.responsibilitySystem"] },
    {
      name: "assessment unknown",
      asOf,
      enterprise: withFacts({ responsibilitySystem: { established: true, coversEveryPost: true } }),
      missing: ["facts.responsibilitySystem.implementationAssessed"]
    }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: before, enterprise: withFacts({ responsibilitySystem: { established: true, coversEveryPost: false } }) }]
})
