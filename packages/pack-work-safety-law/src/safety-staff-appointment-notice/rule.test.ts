import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const asOf = "2026-11-23"
const before = "2021-08-31"
const RULE = "work-safety-law/safety-staff-appointment-notice"
const mine: NonNullable<Parameters<typeof fixtures.enterprise>[0]> = { sectors: ["non-coal-mine"], dangerousGoodsActivities: [] }

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "a safety manager removed without notice",
      asOf,
      enterprise: withFacts({ safetyStaffChanges: [{ name: "李安全", kind: "removed", date: "2026-10-08", notified: false }] }, mine),
      evidence: [{ path: "facts.safetyStaffChanges[0].notified", value: false }],
      details: { "zh-CN": "免职安全生产管理人员李安全未告知主管的负有安全生产监督管理职责的部门" }
    }
  ],
  compliant: [{ name: "notified", asOf, enterprise: withFacts({ safetyStaffChanges: [{ name: "李安全", kind: "appointed", date: "2026-10-08", notified: true }] }, mine) }],
  notApplicable: [
    { name: "a unit outside the list", asOf, enterprise: withFacts({ safetyStaffChanges: [{ notified: false }] }, { sectors: ["industry-trade"], dangerousGoodsActivities: ["use"] }) },
    { name: "no change", asOf, enterprise: withFacts({ safetyStaffChanges: [] }, mine) },
    { name: "boundary: a change after the as-of day", asOf, enterprise: withFacts({ safetyStaffChanges: [{ date: "2026-11-24", notified: false }] }, mine) }
  ],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(mine), missing: ["facts.safetyStaffChanges"] },
    { name: "notice unknown", asOf, enterprise: withFacts({ safetyStaffChanges: [{ name: "李安全", date: "2026-10-08" }] }, mine), missing: ["facts.safetyStaffChanges[0].notified"] }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: before, enterprise: withFacts({ safetyStaffChanges: [{ notified: false }] }, mine) }]
})
