import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/dual-prevention"
const asOf = "2026-11-23"
const inPlace = {
  riskControlSystem: true,
  controlsByRiskLevel: true,
  hazardInvestigationSystem: true,
  hazardRecordsTruthful: true,
  hazardRecordsNotified: true
}
const { hazardRecordsNotified: _notified, ...notificationUnknown } = inPlace

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "no risk classification and control system (controls then need no separate fact)",
      asOf,
      enterprise: withFacts({ dualPrevention: { riskControlSystem: false, hazardInvestigationSystem: true, hazardRecordsTruthful: true } }),
      evidence: [{ path: "facts.dualPrevention.riskControlSystem", value: false }],
      details: { "zh-CN": "未建立安全风险分级管控制度" }
    },
    {
      name: "hazard work not made known to staff",
      asOf,
      enterprise: withFacts({ dualPrevention: { ...inPlace, hazardRecordsNotified: false } }),
      details: { en: "not made known to staff" }
    },
    {
      name: "two failures are both named",
      asOf,
      enterprise: withFacts({ dualPrevention: { ...inPlace, controlsByRiskLevel: false, hazardInvestigationSystem: false } }),
      details: { "zh-CN": "未按照安全风险分级采取相应的管控措施；未建立健全并落实事故隐患排查治理制度" }
    }
  ],
  compliant: [{ name: "both systems in place, records kept and made known", asOf, enterprise: withFacts({ dualPrevention: inPlace }) }],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.dualPrevention"] },
    {
      name: "notification unknown",
      asOf,
      enterprise: withFacts({ dualPrevention: notificationUnknown }),
      missing: ["facts.dualPrevention.hazardRecordsNotified"]
    }
  ]
})
