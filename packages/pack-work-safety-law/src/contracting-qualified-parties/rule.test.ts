import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/contracting-qualified-parties"
const asOf = "2026-11-23"

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "a workshop leased to a tenant without the safety conditions",
      asOf,
      enterprise: withFacts({
        contractsAndLeases: [
          { subject: "1号厂房", kind: "lease", counterparty: "甲公司", counterpartyQualified: true },
          { subject: "3号厂房", kind: "lease", counterparty: "乙五金加工厂", counterpartyQualified: false }
        ]
      }),
      evidence: [{ path: "facts.contractsAndLeases[1].counterpartyQualified", value: false }],
      details: { "zh-CN": "3号厂房出租给不具备安全生产条件或者相应资质的乙五金加工厂", en: "3号厂房 leased out to 乙五金加工厂" }
    }
  ],
  compliant: [
    { name: "every contractor qualified", asOf, enterprise: withFacts({ contractsAndLeases: [{ subject: "检修工程", kind: "contract", counterpartyQualified: true }] }) }
  ],
  notApplicable: [{ name: "nothing contracted out or leased", asOf, enterprise: withFacts({ contractsAndLeases: [] }) }],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.contractsAndLeases"] },
    {
      name: "qualification unknown",
      asOf,
      enterprise: withFacts({ contractsAndLeases: [{ subject: "仓库", kind: "lease" }] }),
      missing: ["facts.contractsAndLeases[0].counterpartyQualified"]
    }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: "2021-08-31", enterprise: withFacts({ contractsAndLeases: [{ counterpartyQualified: false }] }) }]
})
