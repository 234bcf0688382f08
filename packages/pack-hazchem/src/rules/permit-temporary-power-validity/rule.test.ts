import { asOf, hazchem, tester } from "../testkit.ts"

const P = "facts.specialOperationPermits"
const confined = { kind: "confined-space", id: "SX-77", validFrom: "2026-05-02T08:00:00+08:00", validTo: "2026-05-03T08:00:00+08:00" }
const power = (permit: object, others: ReadonlyArray<object> = []) =>
  hazchem({ specialOperationPermits: [...others, { kind: "temporary-power", ...permit }] as never })

tester.run("hazchem/permit-temporary-power-validity", {
  violation: [
    {
      name: "longer than 30 days",
      asOf,
      enterprise: power({ id: "LD-9", validFrom: "2026-05-01T08:00:00+08:00", validTo: "2026-05-31T09:00:00+08:00" }),
      details: { "zh-CN": "超过30d" },
      severity: "general"
    },
    {
      name: "power for confined-space work that outlasts that work",
      asOf,
      enterprise: power(
        { id: "LD-10", servesPermitId: "SX-77", servesWorkKind: "confined-space", validFrom: "2026-05-02T08:00:00+08:00", validTo: "2026-05-03T12:00:00+08:00" },
        [confined]
      ),
      evidence: [
        { path: `${P}[1].servesPermitId`, value: "SX-77" },
        { path: `${P}[0].validTo`, value: "2026-05-03T00:00:00.000Z" }
      ],
      details: { "zh-CN": "超出所服务作业票SX-77的作业时间" }
    }
  ],
  compliant: [
    { name: "20 days (the 15-day norm allows exceptions)", asOf, enterprise: power({ validFrom: "2026-05-01T08:00:00+08:00", validTo: "2026-05-21T08:00:00+08:00" }) },
    { name: "exactly 30 days", asOf, enterprise: power({ validFrom: "2026-05-01T08:00:00+08:00", validTo: "2026-05-31T08:00:00+08:00" }) },
    {
      name: "within the confined-space work it serves",
      asOf,
      enterprise: power({ servesPermitId: "SX-77", validFrom: "2026-05-02T08:00:00+08:00", validTo: "2026-05-03T08:00:00+08:00" }, [confined])
    }
  ],
  notApplicable: [
    { name: "no temporary-power permit", asOf, enterprise: hazchem({ specialOperationPermits: [confined as never] }) }
  ],
  indeterminate: [
    {
      name: "the served permit is not in the list",
      asOf,
      enterprise: power({ servesPermitId: "DH-404", validFrom: "2026-05-02T08:00:00+08:00", validTo: "2026-05-02T12:00:00+08:00" }),
      missing: [`${P}[id=DH-404]`]
    },
    {
      name: "window unknown",
      asOf,
      enterprise: power({ validFrom: "2026-05-02T08:00:00+08:00" }),
      missing: [`${P}[0].validTo`]
    }
  ]
})
