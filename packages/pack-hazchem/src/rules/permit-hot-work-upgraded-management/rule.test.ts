import { asOf, hazchem, tester } from "../testkit.ts"

const P = "facts.specialOperationPermits[0]"
const hot = (permit: object) =>
  hazchem({ specialOperationPermits: [{ kind: "hot-work", validFrom: "2026-05-01T20:00:00+08:00", ...permit } as never] })

tester.run("hazchem/permit-hot-work-upgraded-management", {
  violation: [
    {
      name: "night work on a holiday, not upgraded",
      asOf,
      enterprise: hot({ id: "DH-2", circumstances: ["holiday", "night"], outdoor: false, upgradedManagement: false }),
      evidence: [
        { path: `${P}.circumstances`, value: ["holiday", "night"] },
        { path: `${P}.upgradedManagement`, value: false }
      ],
      details: { "zh-CN": "DH-2（节假日、夜间）未升级管理" },
      severity: "general"
    },
    {
      name: "outdoors in force-5 wind (五级风以上 includes 5), not upgraded",
      asOf,
      enterprise: hot({ circumstances: [], outdoor: true, windForce: 5, upgradedManagement: false }),
      evidence: [{ path: `${P}.windForce`, value: 5 }],
      details: { "zh-CN": "5级风室外动火" }
    }
  ],
  compliant: [
    { name: "a holiday, upgraded", asOf, enterprise: hot({ circumstances: ["holiday"], upgradedManagement: true }) },
    { name: "upgraded: the circumstances need not be known", asOf, enterprise: hot({ upgradedManagement: true }) }
  ],
  notApplicable: [
    { name: "a working day, force 4 wind", asOf, enterprise: hot({ circumstances: [], outdoor: true, windForce: 4, upgradedManagement: false }) },
    { name: "indoors in a gale, ordinary day", asOf, enterprise: hot({ circumstances: [], outdoor: false, windForce: 8, upgradedManagement: false }) }
  ],
  indeterminate: [
    {
      name: "not upgraded, circumstances unknown",
      asOf,
      enterprise: hot({ outdoor: false, upgradedManagement: false }),
      missing: [`${P}.circumstances`]
    },
    {
      name: "a night job, whether it was upgraded is unknown",
      asOf,
      enterprise: hot({ circumstances: ["night"] }),
      missing: [`${P}.upgradedManagement`]
    }
  ]
})
