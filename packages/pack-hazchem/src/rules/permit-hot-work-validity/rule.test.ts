import { asOf, hazchem, tester } from "../testkit.ts"

const RULE = "hazchem/permit-hot-work-validity"
const hot = (permit: object) => hazchem({ specialOperationPermits: [{ kind: "hot-work", ...permit } as never] })
const window = (from: string, to: string) => ({ validFrom: `2026-05-01T${from}+08:00`, validTo: to.includes("T") ? `${to}+08:00` : `2026-05-01T${to}+08:00` })

tester.run(RULE, {
  violation: [
    {
      name: "a 一级 permit open for 8 h 1 min",
      asOf,
      version: "2022-10-01",
      enterprise: hot({ id: "DH-0501", grade: "level-1", ...window("08:00:00", "16:01:00") }),
      evidence: [
        { path: "facts.specialOperationPermits[0].grade", value: "level-1" },
        { path: "facts.specialOperationPermits[0].validTo", value: "2026-05-01T08:01:00.000Z" }
      ],
      details: { "zh-CN": "一级动火安全作业票DH-0501超过有效期8h（作业票时段8.02h）" },
      severity: "general"
    },
    {
      name: "the same 一级 permit as of its own day (dated facts count from the day they happen)",
      asOf: "2026-05-01",
      enterprise: hot({ id: "DH-0501", grade: "level-1", ...window("08:00:00", "16:01:00") })
    },
    {
      name: "work that ended the next day, after the permit ran out, as of that next day",
      asOf: "2026-05-02",
      enterprise: hot({ grade: "level-1", ...window("08:00:00", "16:00:00"), workStartedAt: "2026-05-01T08:20:00+08:00", workEndedAt: "2026-05-02T09:00:00+08:00" }),
      evidence: [{ path: "facts.specialOperationPermits[0].workEndedAt", value: "2026-05-02T01:00:00.000Z" }]
    },
    {
      name: "a 二级 permit open for more than 72 h",
      asOf,
      enterprise: hot({ grade: "level-2", validFrom: "2026-05-01T08:00:00+08:00", validTo: "2026-05-04T08:30:00+08:00" })
    },
    {
      name: "work went on after the permit ran out",
      asOf,
      enterprise: hot({ grade: "special", ...window("08:00:00", "12:00:00"), workStartedAt: "2026-05-01T08:20:00+08:00", workEndedAt: "2026-05-01T12:30:00+08:00" }),
      evidence: [{ path: "facts.specialOperationPermits[0].workEndedAt", value: "2026-05-01T04:30:00.000Z" }]
    },
    {
      name: "without a grade, a window over 72 h exceeds every limit",
      asOf,
      enterprise: hot({ validFrom: "2026-05-01T08:00:00+08:00", validTo: "2026-05-05T08:00:00+08:00" })
    },
    {
      name: "the work itself lasted longer than 8 h, window unknown",
      asOf,
      enterprise: hot({ grade: "level-1", workStartedAt: "2026-05-01T08:00:00+08:00", workEndedAt: "2026-05-01T17:00:00+08:00" })
    }
  ],
  compliant: [
    { name: "a 一级 permit of exactly 8 h", asOf, enterprise: hot({ grade: "level-1", ...window("08:00:00", "16:00:00") }) },
    {
      name: "a 二级 permit of exactly 72 h",
      asOf,
      enterprise: hot({ grade: "level-2", validFrom: "2026-05-01T08:00:00+08:00", validTo: "2026-05-04T08:00:00+08:00" })
    },
    { name: "without a grade, 8 h is within every limit", asOf, enterprise: hot({ ...window("08:00:00", "15:00:00") }) },
    {
      name: "the same work as of the permit's own day: its end, the next day, had not happened yet",
      asOf: "2026-05-01",
      enterprise: hot({ grade: "level-1", ...window("08:00:00", "16:00:00"), workStartedAt: "2026-05-01T08:20:00+08:00", workEndedAt: "2026-05-02T09:00:00+08:00" })
    }
  ],
  notApplicable: [
    { name: "no hot-work permit", asOf, enterprise: hazchem({ specialOperationPermits: [{ kind: "lifting" }] }) },
    {
      name: "the same 一级 permit of 2026-05-01 as of 2023-01-01: not issued yet, not evidence of the past",
      asOf: "2023-01-01",
      enterprise: hot({ id: "DH-0501", grade: "level-1", ...window("08:00:00", "16:01:00") })
    },
    {
      name: "the same permit as of the day before it starts",
      asOf: "2026-04-30",
      enterprise: hot({ id: "DH-0501", grade: "level-1", ...window("08:00:00", "16:01:00") })
    },
    {
      name: "a permit under GB 30871-2014 (issued 2022-09-30 23:00 Beijing time)",
      asOf,
      enterprise: hot({ grade: "level-1", validFrom: "2022-09-30T23:00:00+08:00", validTo: "2022-10-01T12:00:00+08:00" })
    }
  ],
  indeterminate: [
    { name: "permits not recorded", asOf, enterprise: hazchem({}), missing: ["facts.specialOperationPermits"] },
    {
      name: "a 20 h window without a grade",
      asOf,
      enterprise: hot({ validFrom: "2026-05-01T08:00:00+08:00", validTo: "2026-05-02T04:00:00+08:00" }),
      missing: ["facts.specialOperationPermits[0].grade"]
    },
    {
      name: "window unknown",
      asOf,
      enterprise: hot({ grade: "level-2", validFrom: "2026-05-01T08:00:00+08:00" }),
      missing: ["facts.specialOperationPermits[0].validTo"]
    }
  ],
  notSelected: [
    { name: "before GB 30871-2022 took effect", asOf: "2022-09-30", enterprise: hot({ grade: "level-1", ...window("08:00:00", "20:00:00") }) }
  ]
})
