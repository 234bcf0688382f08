import { asOf, hazchem, tester } from "../testkit.ts"

const h = (permit: object) => hazchem({ specialOperationPermits: [{ kind: "work-at-height", ...permit } as never] })

tester.run("hazchem/permit-work-at-height-validity", {
  violation: [
    {
      name: "a window of 7 days and 1 hour",
      asOf,
      enterprise: h({ id: "GC-3", validFrom: "2026-06-01T08:00:00+08:00", validTo: "2026-06-08T09:00:00+08:00" }),
      details: { "zh-CN": "GC-3超过有效期7d（作业票时段169h）" },
      severity: "general"
    }
  ],
  compliant: [
    { name: "exactly 7 days", asOf, enterprise: h({ validFrom: "2026-06-01T08:00:00+08:00", validTo: "2026-06-08T08:00:00+08:00" }) }
  ],
  notApplicable: [
    { name: "no work-at-height permit", asOf, enterprise: hazchem({ specialOperationPermits: [{ kind: "excavation" }] }) }
  ],
  indeterminate: [
    {
      name: "window unknown",
      asOf,
      enterprise: h({ validFrom: "2026-06-01T08:00:00+08:00" }),
      missing: ["facts.specialOperationPermits[0].validTo"]
    }
  ]
})
