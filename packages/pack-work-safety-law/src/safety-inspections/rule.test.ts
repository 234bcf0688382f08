import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const asOf = "2026-11-23"
const before = "2021-08-31"
const RULE = "work-safety-law/safety-inspections"

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "checks not recorded",
      asOf,
      enterprise: withFacts({ safetyInspections: { regular: true, recorded: false } }),
      evidence: [{ path: "facts.safetyInspections.recorded", value: false }],
      details: { "zh-CN": "检查及处理情况未如实记录在案" }
    },
    { name: "no regular checks (records then need no separate fact)", asOf, enterprise: withFacts({ safetyInspections: { regular: false } }), details: { en: "not checked regularly" } }
  ],
  compliant: [{ name: "regular and recorded", asOf, enterprise: withFacts({ safetyInspections: { regular: true, recorded: true } }) }],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.safetyInspections"] },
    { name: "records unknown", asOf, enterprise: withFacts({ safetyInspections: { regular: true } }), missing: ["facts.safetyInspections.recorded"] }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: before, enterprise: withFacts({ safetyInspections: { regular: false } }) }]
})
