import { asOf, hazchem, tester } from "../testkit.ts"

const cs = (permit: object) => hazchem({ specialOperationPermits: [{ kind: "confined-space", ...permit } as never] })

tester.run("hazchem/permit-confined-space-validity", {
  violation: [
    {
      name: "a window of 24 h 30 min",
      asOf,
      enterprise: cs({ id: "SX-77", validFrom: "2026-05-02T08:00:00+08:00", validTo: "2026-05-03T08:30:00+08:00" }),
      evidence: [{ path: "facts.specialOperationPermits[0].validFrom", value: "2026-05-02T00:00:00.000Z" }],
      details: { "zh-CN": "SX-77超过有效期24h（作业票时段24.5h）" },
      severity: "general"
    },
    {
      name: "work started before the permit",
      asOf,
      enterprise: cs({ validFrom: "2026-05-02T08:00:00+08:00", validTo: "2026-05-02T18:00:00+08:00", workStartedAt: "2026-05-02T07:40:00+08:00" })
    }
  ],
  compliant: [
    { name: "exactly 24 h", asOf, enterprise: cs({ validFrom: "2026-05-02T08:00:00+08:00", validTo: "2026-05-03T08:00:00+08:00" }) }
  ],
  notApplicable: [
    { name: "no confined-space permit", asOf, enterprise: hazchem({ specialOperationPermits: [] }) },
    {
      name: "the same 24 h 30 min permit of 2026-05-02 as of 2023-01-01: not issued yet",
      asOf: "2023-01-01",
      enterprise: cs({ id: "SX-77", validFrom: "2026-05-02T08:00:00+08:00", validTo: "2026-05-03T08:30:00+08:00" })
    }
  ],
  indeterminate: [
    {
      name: "window unknown",
      asOf,
      enterprise: cs({ workStartedAt: "2026-05-02T08:00:00+08:00" }),
      missing: ["facts.specialOperationPermits[0].validFrom", "facts.specialOperationPermits[0].validTo"]
    },
    { name: "permits not recorded", asOf, enterprise: hazchem(undefined), missing: ["facts.specialOperationPermits"] }
  ]
})
