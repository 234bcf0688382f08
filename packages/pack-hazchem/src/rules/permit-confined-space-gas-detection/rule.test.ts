import { asOf, defined, hazchem, tester } from "../testkit.ts"

const P = "facts.specialOperationPermits[0]"
const reading = (time: string) => ({ at: `2026-05-02T${time}+08:00`, oxygenPercent: 20.6, flammableGasPercent: 0, toxicWithinLimit: true })
const cs = (permit: object) =>
  hazchem({
    specialOperationPermits: [defined({
      kind: "confined-space",
      validFrom: "2026-05-02T08:00:00+08:00",
      validTo: "2026-05-03T08:00:00+08:00",
      workStartedAt: "2026-05-02T08:30:00+08:00",
      workEndedAt: "2026-05-02T14:30:00+08:00",
      continuousDetection: true,
      ...permit
    }) as never]
  })

const night = () => cs({
  workStartedAt: "2026-05-02T20:00:00+08:00",
  workEndedAt: "2026-05-03T01:00:00+08:00",
  gasDetections: [reading("19:40:00"), reading("21:30:00"), reading("23:20:00"), { ...reading("00:00:00"), at: "2026-05-03T00:40:00+08:00" }]
})

tester.run("hazchem/permit-confined-space-gas-detection", {
  violation: [
    {
      name: "a 2 h 10 min gap between records",
      asOf,
      enterprise: cs({ id: "SX-77", gasDetections: [reading("08:10:00"), reading("10:20:00"), reading("12:30:00"), reading("14:00:00")] }),
      evidence: [{ path: `${P}.gasDetections`, value: [reading("08:10:00"), reading("10:20:00"), reading("12:30:00"), reading("14:00:00")].map((r) => ({ ...r, at: new Date(r.at).toISOString() })) }],
      details: { "zh-CN": "检测记录间隔2.17h，超过2h" },
      severity: "general"
    },
    {
      name: "the last record is more than 2 h before the end of work",
      asOf,
      enterprise: cs({ gasDetections: [reading("08:10:00"), reading("10:30:00"), reading("12:25:00")] })
    },
    {
      name: "no test within 30 min before entry",
      asOf,
      enterprise: cs({ gasDetections: [reading("07:55:00"), reading("10:30:00"), reading("12:30:00"), reading("14:30:00")] }),
      details: { "zh-CN": "进入前30min内无气体检测记录" }
    },
    {
      name: "no continuous detection",
      asOf,
      enterprise: cs({ continuousDetection: false, gasDetections: [reading("08:10:00"), reading("10:30:00"), reading("12:30:00"), reading("14:30:00")] }),
      evidence: [{ path: `${P}.continuousDetection`, value: false }]
    },
    {
      name: "a gap already shows even before the work has ended",
      asOf,
      enterprise: cs({ workEndedAt: undefined, gasDetections: [reading("08:10:00"), reading("11:00:00")] })
    }
  ],
  compliant: [
    { name: "work through the night, records every 2 h, as of the next day", asOf: "2026-05-03", enterprise: night() },
    {
      name: "records exactly 2 h apart, test exactly 30 min before entry",
      asOf,
      enterprise: cs({ gasDetections: [reading("08:00:00"), reading("10:30:00"), reading("12:30:00"), reading("14:30:00")] })
    },
    {
      name: "a lunch pause is not counted",
      asOf,
      enterprise: cs({
        pauses: [{ from: "2026-05-02T11:30:00+08:00", to: "2026-05-02T13:00:00+08:00" }],
        gasDetections: [reading("08:10:00"), reading("10:20:00"), reading("12:55:00"), reading("14:30:00")]
      })
    }
  ],
  notApplicable: [
    { name: "no confined-space permit", asOf, enterprise: hazchem({ specialOperationPermits: [{ kind: "blinding" }] }) }
  ],
  indeterminate: [
    {
      name: "the same night's work as of its first day: the end and the record after midnight had not happened yet",
      asOf: "2026-05-02",
      enterprise: night(),
      missing: ["facts.specialOperationPermits[0].workEndedAt"]
    },
    { name: "no detection records", asOf, enterprise: cs({}), missing: [`${P}.gasDetections`] },
    {
      name: "work not ended and no gap so far",
      asOf,
      enterprise: cs({ workEndedAt: undefined, gasDetections: [reading("08:10:00"), reading("10:00:00")] }),
      missing: [`${P}.workEndedAt`]
    },
    {
      name: "continuous detection unknown",
      asOf,
      enterprise: cs({ continuousDetection: undefined, gasDetections: [reading("08:10:00"), reading("10:30:00"), reading("12:30:00"), reading("14:30:00")] }),
      missing: [`${P}.continuousDetection`]
    }
  ]
})
