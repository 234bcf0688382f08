import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/hazard-disclosure"
const asOf = "2026-11-23"

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "workers not told",
      asOf,
      enterprise: withFacts({ hazardsDisclosedToWorkers: false }),
      evidence: [{ path: "facts.hazardsDisclosedToWorkers", value: false }],
      details: { "zh-CN": "未如实告知从业人员危险因素、防范措施以及事故应急措施" }
    }
  ],
  compliant: [{ name: "workers told", asOf, enterprise: withFacts({ hazardsDisclosedToWorkers: true }) }],
  indeterminate: [{ name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.hazardsDisclosedToWorkers"] }],
  notSelected: [{ name: "before 2021-09-01", asOf: "2021-08-31", enterprise: withFacts({ hazardsDisclosedToWorkers: false }) }]
})
