import { Engine } from "@anquan/core"
import { fixtures, PackTester } from "@anquan/testing"
import { describe, expect, it } from "vitest"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/emergency-plan-drills"
const asOf = "2026-11-23"
type Drill = { plan: "comprehensive" | "special" | "on-site"; date: string }
const plan = (drills: ReadonlyArray<Drill>, extra: Record<string, unknown> = {}) => ({
  emergencyPlan: { established: true, adoptedOn: "2023-03-01", linkedWithLocalGovernmentPlan: true, onSitePlans: 3, drills: [...drills], ...extra }
})
const current: ReadonlyArray<Drill> = [
  { plan: "special", date: "2026-06-18" },
  { plan: "on-site", date: "2026-09-10" }
]

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "no emergency plan",
      asOf,
      enterprise: withFacts({ emergencyPlan: { established: false } }),
      evidence: [{ path: "facts.emergencyPlan.established", value: false }],
      details: { "zh-CN": "未制定生产安全事故应急救援预案" }
    },
    {
      name: "boundary: the last comprehensive drill was a year and a day ago",
      asOf,
      enterprise: withFacts(plan([{ plan: "comprehensive", date: "2025-11-22" }, { plan: "on-site", date: "2026-09-10" }])),
      evidence: [{ path: "facts.emergencyPlan.drills[comprehensive|special].latest", value: "2025-11-22" }],
      details: { "zh-CN": "最近一次为2025-11-22，已超过12个月（应于2026-11-22前再次演练）" }
    },
    {
      name: "boundary: the last on-site drill was six months and a day ago",
      asOf,
      enterprise: withFacts(plan([{ plan: "special", date: "2026-06-18" }, { plan: "on-site", date: "2026-05-22" }])),
      details: { "zh-CN": "现场处置方案演练最近一次为2026-05-22，已超过6个月", en: "on-site disposal plan drills" }
    },
    {
      name: "never drilled since the plan was adopted",
      asOf,
      enterprise: withFacts(plan([])),
      details: { "zh-CN": "自预案2023-03-01施行以来从未组织", en: "none held since the plan was adopted on 2023-03-01" }
    },
    {
      name: "not linked with the local government's plan",
      asOf,
      enterprise: withFacts(plan(current, { linkedWithLocalGovernmentPlan: false })),
      details: { en: "not linked with the local government's plan" }
    },
    {
      name: "a plan adopted after the as-of date did not exist yet",
      asOf,
      enterprise: withFacts(plan([], { adoptedOn: "2026-12-01" })),
      details: { en: "after the as-of date" }
    },
    {
      name: "due dates clamp to the end of a shorter month (2025-08-31 + 6 months = 2026-02-28)",
      asOf: "2026-03-01",
      enterprise: withFacts(plan([{ plan: "special", date: "2026-01-10" }, { plan: "on-site", date: "2025-08-31" }])),
      details: { "zh-CN": "现场处置方案演练最近一次为2025-08-31，已超过6个月（应于2026-02-28前再次演练）" }
    },
    {
      name: "due dates clamp in a leap year (2023-08-31 + 6 months = 2024-02-29)",
      asOf: "2024-03-01",
      enterprise: withFacts(plan([{ plan: "special", date: "2024-01-10" }, { plan: "on-site", date: "2023-08-31" }])),
      details: { "zh-CN": "现场处置方案演练最近一次为2023-08-31，已超过6个月（应于2024-02-29前再次演练）" }
    },
    {
      name: "due dates cross years (2025-05-23 + 6 months = 2025-11-23; the first drill due 12 months after adoption)",
      asOf,
      enterprise: withFacts(plan([{ plan: "on-site", date: "2025-05-23" }], { adoptedOn: "2025-02-01" })),
      details: {
        "zh-CN": "综合应急预案或者专项应急预案演练自预案2025-02-01施行以来从未组织（应于2026-02-01前组织）；现场处置方案演练最近一次为2025-05-23，已超过6个月（应于2025-11-23前再次演练）",
        en: "comprehensive or special plan drills: none held since the plan was adopted on 2025-02-01 (the first was due by 2026-02-01); on-site disposal plan drills: the last was on 2025-05-23, more than 6 months ago (the next was due by 2025-11-23)"
      }
    },
    {
      name: "a province requiring on-site drills every 3 months",
      asOf,
      config: [{ name: "某省", level: "province", rules: { [RULE]: { params: { onSiteDrillMonths: 3 } } } }],
      enterprise: withFacts(plan([{ plan: "special", date: "2026-06-18" }, { plan: "on-site", date: "2026-08-01" }])),
      details: { "zh-CN": "现场处置方案演练最近一次为2026-08-01，已超过3个月" }
    }
  ],
  compliant: [
    { name: "a special drill this year and an on-site drill this half-year", asOf, enterprise: withFacts(plan(current)), version: "2021-09-01" },
    {
      name: "the same on-site drill as the 3-month province case meets the national 6 months",
      asOf,
      enterprise: withFacts(plan([{ plan: "special", date: "2026-06-18" }, { plan: "on-site", date: "2026-08-01" }]))
    },
    {
      name: "boundary: the last comprehensive drill was exactly a year ago",
      asOf,
      enterprise: withFacts(plan([{ plan: "comprehensive", date: "2025-11-23" }, { plan: "on-site", date: "2026-05-23" }]))
    },
    {
      name: "boundary: a drill dated after the as-of date is ignored, and the plan is less than a year old",
      asOf,
      enterprise: withFacts(plan([{ plan: "comprehensive", date: "2026-12-05" }, { plan: "on-site", date: "2026-11-01" }], { adoptedOn: "2026-02-01" }))
    },
    {
      name: "no on-site plans, so no on-site drills are due",
      asOf,
      enterprise: withFacts(plan([{ plan: "comprehensive", date: "2026-03-01" }], { onSitePlans: 0 }))
    },
    {
      name: "recent on-site drills settle it without the number of on-site plans",
      asOf,
      enterprise: withFacts({ emergencyPlan: { established: true, linkedWithLocalGovernmentPlan: true, drills: [...current] } })
    }
  ],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.emergencyPlan"] },
    { name: "drills unknown", asOf, enterprise: withFacts({ emergencyPlan: { established: true, linkedWithLocalGovernmentPlan: true } }), missing: ["facts.emergencyPlan.drills"] },
    {
      name: "never drilled and the adoption date unknown",
      asOf,
      enterprise: withFacts({ emergencyPlan: { established: true, linkedWithLocalGovernmentPlan: true, onSitePlans: 0, drills: [] } }),
      missing: ["facts.emergencyPlan.adoptedOn"]
    },
    {
      name: "the number of on-site plans unknown and no recent on-site drill",
      asOf,
      enterprise: withFacts({ emergencyPlan: { established: true, linkedWithLocalGovernmentPlan: true, drills: [{ plan: "special", date: "2026-06-18" }] } }),
      missing: ["facts.emergencyPlan.onSitePlans"]
    }
  ]
})

describe("drill interval parameters", () => {
  it("a local on-site interval longer than the national 6 months is flagged as laxer", () => {
    const engine = Engine.make({
      packs: [workSafetyLaw],
      config: [{ name: "某市", level: "city", rules: { [RULE]: { params: { onSiteDrillMonths: 12 } } } }]
    })
    expect(engine.plan(asOf).laxerThanNational).toEqual([
      { kind: "param", rule: RULE, param: "onSiteDrillMonths", national: 6, effective: 12, layer: "某市" }
    ])
  })
})
