import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/major-hazard-installations"
const asOf = "2026-11-23"
const chemicalPlant = {
  sectors: ["hazardous-chemicals"],
  dangerousGoodsActivities: ["production", "storage"],
  installations: [
    { id: "T-01", name: "甲醇储罐区", kind: "tank-farm", majorHazardGrade: 3 },
    { id: "W-01", name: "成品仓库", kind: "warehouse" }
  ]
} as const
const allDone = {
  installation: "T-01",
  registered: true,
  tested: true,
  assessed: true,
  monitored: true,
  emergencyPlan: true,
  measuresCommunicated: true,
  filed: true
}

const { monitored: _monitored, ...withoutMonitored } = allDone

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "a grade-3 tank farm neither registered nor filed",
      asOf,
      enterprise: withFacts({ majorHazardInstallations: [{ ...allDone, registered: false, filed: false }] }, chemicalPlant),
      evidence: [
        { path: "facts.majorHazardInstallations[0].registered", value: false },
        { path: "facts.majorHazardInstallations[0].filed", value: false }
      ],
      details: { "zh-CN": "重大危险源甲醇储罐区（三级）未登记建档、未报应急管理部门和有关部门备案", en: "grade 3" }
    },
    {
      name: "emergency measures not told, other duties unknown",
      asOf,
      enterprise: withFacts({ majorHazardInstallations: [{ installation: "T-01", measuresCommunicated: false }] }, chemicalPlant),
      details: { en: "emergency measures not told" }
    }
  ],
  compliant: [
    { name: "every duty met for the graded installation", asOf, enterprise: withFacts({ majorHazardInstallations: [allDone] }, chemicalPlant) },
    {
      name: "a second record for the same installation is not read (the first is its record)",
      asOf,
      enterprise: withFacts({ majorHazardInstallations: [allDone, { ...allDone, registered: false }] }, chemicalPlant)
    },
    {
      name: "records of ungraded installations are ignored",
      asOf,
      enterprise: withFacts({ majorHazardInstallations: [allDone, { installation: "W-01", registered: false }] }, chemicalPlant)
    }
  ],
  notApplicable: [
    { name: "no dangerous goods, so no major hazard (第一百一十七条)", asOf, enterprise: fixtures.enterprise() },
    {
      name: "a dangerous-goods user that identified no major hazard",
      asOf,
      enterprise: withFacts({ hasMajorHazardInstallations: false }, { dangerousGoodsActivities: ["use"], installations: [] })
    }
  ],
  indeterminate: [
    {
      name: "the graded installation has no record",
      asOf,
      enterprise: withFacts({ majorHazardInstallations: [] }, chemicalPlant),
      missing: ["facts.majorHazardInstallations[installation=T-01]"]
    },
    { name: "no work-safety facts", asOf, enterprise: fixtures.enterprise(chemicalPlant), missing: ["facts.majorHazardInstallations"] },
    {
      name: "a dangerous-goods unit with no graded installation and no word on major hazards",
      asOf,
      enterprise: fixtures.enterprise({ dangerousGoodsActivities: ["storage"] }),
      missing: ["enterprise.installations", "facts.hasMajorHazardInstallations"]
    },
    {
      name: "the unit says it has a major hazard but no installation is graded",
      asOf,
      enterprise: withFacts({ hasMajorHazardInstallations: true }, { dangerousGoodsActivities: ["storage"], installations: [{ id: "T-9", name: "储罐", kind: "tank" }] }),
      missing: ["enterprise.installations[].majorHazardGrade"]
    },
    {
      name: "one duty unknown",
      asOf,
      enterprise: withFacts({ majorHazardInstallations: [withoutMonitored] }, chemicalPlant),
      missing: ["facts.majorHazardInstallations[0].monitored"]
    }
  ]
})
