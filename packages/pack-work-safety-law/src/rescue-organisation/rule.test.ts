import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const asOf = "2026-11-23"
const before = "2021-08-31"
const RULE = "work-safety-law/rescue-organisation"
const builder: NonNullable<Parameters<typeof fixtures.enterprise>[0]> = { sectors: ["construction"], dangerousGoodsActivities: [] }

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "neither an organisation nor part-time rescuers, whatever the size",
      asOf,
      enterprise: withFacts({ rescueOrganisation: { established: false, partTimeRescuers: false, equipmentKept: true } }, builder),
      evidence: [{ path: "facts.rescueOrganisation.partTimeRescuers", value: false }],
      details: { "zh-CN": "未建立应急救援组织，也未指定兼职的应急救援人员" }
    },
    {
      name: "a large unit with part-time rescuers only",
      asOf,
      enterprise: withFacts({ rescueOrganisation: { established: false, smallScale: false, partTimeRescuers: true, equipmentKept: true } }, builder),
      details: { en: "not a small unit" }
    },
    { name: "no rescue equipment", asOf, enterprise: withFacts({ rescueOrganisation: { established: true, equipmentKept: false } }, builder), details: { "zh-CN": "未配备必要的应急救援器材" } }
  ],
  compliant: [
    { name: "an organisation with equipment", asOf, enterprise: withFacts({ rescueOrganisation: { established: true, equipmentKept: true } }, builder) },
    {
      name: "a small unit with part-time rescuers",
      asOf,
      enterprise: withFacts({ rescueOrganisation: { established: false, smallScale: true, partTimeRescuers: true, equipmentKept: true } }, builder)
    }
  ],
  notApplicable: [
    { name: "a unit outside the list", asOf, enterprise: withFacts({ rescueOrganisation: { established: false } }, { sectors: ["industry-trade"], dangerousGoodsActivities: ["use"] }) },
    {
      name: "a road haulier is not an urban-rail operator",
      asOf,
      enterprise: withFacts({ rescueOrganisation: { established: false } }, { sectors: ["transport"], transportModes: ["road"], dangerousGoodsActivities: [] })
    }
  ],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(builder), missing: ["facts.rescueOrganisation"] },
    {
      name: "size unknown, part-time rescuers named",
      asOf,
      enterprise: withFacts({ rescueOrganisation: { established: false, partTimeRescuers: true, equipmentKept: true } }, builder),
      missing: ["facts.rescueOrganisation.smallScale"]
    }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: before, enterprise: withFacts({ rescueOrganisation: { established: false, partTimeRescuers: false } }, builder) }]
})
