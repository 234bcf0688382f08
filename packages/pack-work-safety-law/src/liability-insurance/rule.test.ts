import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/liability-insurance"
const asOf = "2026-11-23"
const mine = { sectors: ["non-coal-mine"] } as const
const policy = (from: string, to: string) => ({ insurer: "某财产保险股份有限公司", policyNumber: "AQZR-2026-001", from, to })

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "a mine without liability insurance",
      asOf,
      enterprise: withFacts({ liabilityInsurancePolicies: [] }, mine),
      evidence: [{ path: "facts.liabilityInsurancePolicies", value: [] }],
      details: { "zh-CN": "未投保安全生产责任保险" }
    },
    {
      name: "boundary: the policy ended the day before the as-of date",
      asOf,
      enterprise: withFacts({ liabilityInsurancePolicies: [policy("2025-11-23", "2026-11-22")] }, { sectors: ["construction"] }),
      details: { "zh-CN": "已于2026-11-22到期", en: "ran out on 2026-11-22" }
    },
    {
      name: "boundary: the new policy starts the day after",
      asOf,
      enterprise: withFacts({ liabilityInsurancePolicies: [policy("2026-11-24", "2027-11-23")] }, { sectors: ["fireworks"] }),
      details: { en: "no work-safety liability insurance in force" }
    }
  ],
  compliant: [
    { name: "boundary: a policy ending on the as-of date", asOf, enterprise: withFacts({ liabilityInsurancePolicies: [policy("2025-11-24", asOf)] }, mine) },
    {
      name: "a renewed policy covers the date",
      asOf,
      enterprise: withFacts({ liabilityInsurancePolicies: [policy("2024-01-01", "2024-12-31"), policy("2026-01-01", "2026-12-31")] }, { sectors: ["transport"], transportModes: ["road"] })
    }
  ],
  indeterminate: [{ name: "insurance unknown for a hazardous-chemicals unit", asOf, enterprise: fixtures.enterprise({ sectors: ["hazardous-chemicals"] }), missing: ["facts.liabilityInsurancePolicies"] }],
  notSelected: [
    { name: "an industry-and-trade unit is not on the default high-risk list", asOf, enterprise: withFacts({ liabilityInsurancePolicies: [] }) },
    { name: "before 2021-09-01", asOf: "2021-08-31", enterprise: withFacts({ liabilityInsurancePolicies: [] }, mine) }
  ]
})
