import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/contracting-safety-management"
const asOf = "2026-11-23"
const managed = { safetyAgreement: true, unifiedCoordination: true, periodicChecks: true }

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      // the published case: a landlord with no safety agreement and no coordination with its tenant
      name: "a landlord without a safety agreement and coordination with its tenant",
      asOf,
      enterprise: withFacts({
        contractsAndLeases: [{ subject: "2号厂房", kind: "lease", counterparty: "某家具厂", counterpartyQualified: true, safetyAgreement: false, unifiedCoordination: false, periodicChecks: true }]
      }),
      evidence: [
        { path: "facts.contractsAndLeases[0].safetyAgreement", value: false },
        { path: "facts.contractsAndLeases[0].unifiedCoordination", value: false }
      ],
      details: { "zh-CN": "2号厂房出租给某家具厂：未签订安全生产管理协议、未统一协调、管理", en: "2号厂房 leased out to 某家具厂: no safety management agreement, no unified coordination" }
    },
    {
      name: "a contractor never checked",
      asOf,
      enterprise: withFacts({ contractsAndLeases: [{ subject: "检修工程", kind: "contract", ...managed, periodicChecks: false }] }),
      details: { "zh-CN": "检修工程发包给承包单位、承租单位：未定期进行安全检查" }
    }
  ],
  compliant: [{ name: "agreement, coordination and checks", asOf, enterprise: withFacts({ contractsAndLeases: [{ subject: "2号厂房", kind: "lease", ...managed }] }) }],
  notApplicable: [{ name: "nothing contracted out or leased", asOf, enterprise: withFacts({ contractsAndLeases: [] }) }],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.contractsAndLeases"] },
    {
      name: "checks unknown",
      asOf,
      enterprise: withFacts({ contractsAndLeases: [{ subject: "2号厂房", kind: "lease", safetyAgreement: true, unifiedCoordination: true }] }),
      missing: ["facts.contractsAndLeases[0].periodicChecks"]
    }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: "2021-08-31", enterprise: withFacts({ contractsAndLeases: [{ safetyAgreement: false }] }) }]
})
