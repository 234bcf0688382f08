import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/shared-work-area-coordination"
const asOf = "2026-11-23"

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "a shared tank farm without a coordinator",
      asOf,
      enterprise: withFacts({ sharedWorkAreas: [{ name: "罐区检修区域", otherUnits: ["某检修公司"], safetyAgreement: true, coordinatorDesignated: false }] }),
      evidence: [{ path: "facts.sharedWorkAreas[0].coordinatorDesignated", value: false }],
      details: { "zh-CN": "作业区域「罐区检修区域」：未指定专职安全生产管理人员进行安全检查与协调", en: "work area \"罐区检修区域\": no full-time safety officer" }
    },
    { name: "no agreement", asOf, enterprise: withFacts({ sharedWorkAreas: [{ id: "A-2", safetyAgreement: false, coordinatorDesignated: true }] }), details: { "zh-CN": "未签订安全生产管理协议" } }
  ],
  compliant: [{ name: "agreement and coordinator", asOf, enterprise: withFacts({ sharedWorkAreas: [{ name: "码头", safetyAgreement: true, coordinatorDesignated: true }] }) }],
  notApplicable: [{ name: "no shared area", asOf, enterprise: withFacts({ sharedWorkAreas: [] }) }],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.sharedWorkAreas"] },
    { name: "coordinator unknown", asOf, enterprise: withFacts({ sharedWorkAreas: [{ name: "码头", safetyAgreement: true }] }), missing: ["facts.sharedWorkAreas[0].coordinatorDesignated"] }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: "2021-08-31", enterprise: withFacts({ sharedWorkAreas: [{ safetyAgreement: false }] }) }]
})
