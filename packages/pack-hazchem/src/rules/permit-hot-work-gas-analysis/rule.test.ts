import { asOf, hazchem, tester } from "../testkit.ts"

const P = "facts.specialOperationPermits[0]"
const start = "2026-05-01T09:00:00+08:00"
const hot = (permit: object) =>
  hazchem({ specialOperationPermits: [{ kind: "hot-work", grade: "level-1", validFrom: "2026-05-01T08:00:00+08:00", workStartedAt: start, ...permit } as never] })
const sample = (at: string, flammableGasPercent: number, lowerExplosiveLimitPercent?: number) => ({
  at: `2026-05-01T${at}+08:00`,
  flammableGasPercent,
  ...(lowerExplosiveLimitPercent === undefined ? {} : { lowerExplosiveLimitPercent })
})

tester.run("hazchem/permit-hot-work-gas-analysis", {
  violation: [
    {
      name: "the only analysis was 31 min before the start",
      asOf,
      enterprise: hot({ id: "DH-3", gasAnalyses: [sample("08:29:00", 0.1, 5)] }),
      evidence: [{ path: `${P}.workStartedAt`, value: "2026-05-01T01:00:00.000Z" }],
      details: { "zh-CN": "动火前30min内无动火分析" },
      severity: "general"
    },
    {
      name: "0.3 % flammable gas with an LEL below 4 % (pass value 0.2 %)",
      asOf,
      enterprise: hot({ gasAnalyses: [sample("08:45:00", 0.3, 2.1)] }),
      evidence: [
        { path: `${P}.gasAnalyses[0].flammableGasPercent`, value: 0.3 },
        { path: `${P}.gasAnalyses[0].lowerExplosiveLimitPercent`, value: 2.1 }
      ],
      details: { "zh-CN": "0.3%不合格（不大于0.2%）" }
    },
    {
      name: "0.6 % fails whatever the LEL",
      asOf,
      enterprise: hot({ gasAnalyses: [sample("08:45:00", 0.6)] })
    },
    {
      name: "特级 without continuous monitoring",
      asOf,
      enterprise: hot({ grade: "special", continuousMonitoring: false, gasAnalyses: [sample("08:50:00", 0, 5)] }),
      details: { "zh-CN": "特级动火未连续监测" }
    }
  ],
  compliant: [
    { name: "exactly 30 min before, 0.5 % with an LEL of 4 %", asOf, enterprise: hot({ gasAnalyses: [sample("08:30:00", 0.5, 4)] }) },
    { name: "0.2 % passes whatever the LEL", asOf, enterprise: hot({ gasAnalyses: [sample("08:55:00", 0.2)] }) },
    {
      name: "the last analysis before the start decides (an earlier one failed)",
      asOf,
      enterprise: hot({ gasAnalyses: [sample("08:35:00", 0.9, 5), sample("08:50:00", 0.1, 5)] })
    },
    { name: "特级 with continuous monitoring", asOf, enterprise: hot({ grade: "special", continuousMonitoring: true, gasAnalyses: [sample("08:50:00", 0, 5)] }) }
  ],
  notApplicable: [
    { name: "no hot-work permit", asOf, enterprise: hazchem({ specialOperationPermits: [] }) }
  ],
  indeterminate: [
    {
      name: "no analysis records",
      asOf,
      enterprise: hot({}),
      missing: [`${P}.gasAnalyses`]
    },
    {
      name: "0.3 % with the LEL unknown",
      asOf,
      enterprise: hot({ gasAnalyses: [sample("08:45:00", 0.3)] }),
      missing: [`${P}.gasAnalyses[0].lowerExplosiveLimitPercent`]
    },
    {
      name: "特级, monitoring unknown",
      asOf,
      enterprise: hot({ grade: "special", gasAnalyses: [sample("08:50:00", 0, 5)] }),
      missing: [`${P}.continuousMonitoring`]
    }
  ]
})
