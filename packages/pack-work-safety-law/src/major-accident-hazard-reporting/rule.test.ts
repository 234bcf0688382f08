import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/major-accident-hazard-reporting"
const asOf = "2026-11-23"
const hazard = (extra: Record<string, unknown>) => ({
  id: "H-2026-03",
  description: "液氨罐区紧急切断阀失效",
  identifiedOn: "2026-10-15",
  ...extra
})

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "reported to the department but not to the workers' congress",
      asOf,
      enterprise: withFacts({ dualPrevention: { majorAccidentHazards: [hazard({ reportedToDepartment: true, reportedToWorkersCongress: false })] } }),
      evidence: [{ path: "facts.dualPrevention.majorAccidentHazards[0].reportedToWorkersCongress", value: false }],
      details: { "zh-CN": "未向职工大会或者职工代表大会报告", en: "workers' congress" }
    },
    {
      name: "reported to neither",
      asOf,
      enterprise: withFacts({ dualPrevention: { majorAccidentHazards: [hazard({ reportedToDepartment: false, reportedToWorkersCongress: false })] } }),
      details: { "zh-CN": "未向负有安全生产监督管理职责的部门报告" }
    },
    {
      name: "boundary: found on the as-of date counts",
      asOf,
      enterprise: withFacts({ dualPrevention: { majorAccidentHazards: [hazard({ identifiedOn: asOf, reportedToDepartment: false, reportedToWorkersCongress: true })] } })
    }
  ],
  compliant: [
    {
      name: "reported to both",
      asOf,
      enterprise: withFacts({ dualPrevention: { majorAccidentHazards: [hazard({ reportedToDepartment: true, reportedToWorkersCongress: true })] } })
    }
  ],
  notApplicable: [
    { name: "no major accident hazard found", asOf, enterprise: withFacts({ dualPrevention: { majorAccidentHazards: [] } }) },
    {
      name: "boundary: a hazard found the day after the as-of date is ignored",
      asOf,
      enterprise: withFacts({ dualPrevention: { majorAccidentHazards: [hazard({ identifiedOn: "2026-11-24", reportedToDepartment: false })] } })
    }
  ],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.dualPrevention.majorAccidentHazards"] },
    {
      name: "whether the congress was told is unknown",
      asOf,
      enterprise: withFacts({ dualPrevention: { majorAccidentHazards: [hazard({ reportedToDepartment: true })] } }),
      missing: ["facts.dualPrevention.majorAccidentHazards[0].reportedToWorkersCongress"]
    }
  ]
})
