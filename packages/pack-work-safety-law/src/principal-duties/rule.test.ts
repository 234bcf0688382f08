import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const asOf = "2026-11-23"
const before = "2021-08-31"
const RULE = "work-safety-law/principal-duties"
const done = { responsibilitySystem: true, rulesAndProcedures: true, trainingPlan: true, investment: true, dualPrevention: true, emergencyPlan: true, accidentReporting: true }
const { accidentReporting: _r, ...reportingUnknown } = done

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "no training plan and hazards left",
      asOf,
      enterprise: withFacts({ principalDuties: { ...done, trainingPlan: false, dualPrevention: false } }),
      evidence: [{ path: "facts.principalDuties.trainingPlan", value: false }],
      details: { "zh-CN": "主要负责人未组织制定并实施安全生产教育和培训计划；主要负责人未组织建立并落实双重预防工作机制、及时消除事故隐患" }
    }
  ],
  compliant: [{ name: "all seven", asOf, enterprise: withFacts({ principalDuties: done }) }],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.principalDuties"] },
    { name: "reporting unknown", asOf, enterprise: withFacts({ principalDuties: reportingUnknown }), missing: ["facts.principalDuties.accidentReporting"] }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: before, enterprise: withFacts({ principalDuties: { ...done, investment: false } }) }]
})
