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
    },
    {
      name: "the risk register: a 重大 risk point without controls, though the unit says it controls by level",
      asOf,
      enterprise: withFacts({
        dualPrevention: {
          ...inPlace,
          riskRegister: {
            riskPoints: 12,
            majorRiskPoints: [{ id: "RP-01", name: "液氨储罐区", controls: 3 }, { id: "RP-07", name: "氨压缩机房", controls: 0 }]
          }
        }
      }),
      evidence: [{ path: "facts.dualPrevention.riskRegister.majorRiskPoints[1].controls", value: 0 }],
      details: { "zh-CN": "重大风险点氨压缩机房（RP-07）未采取管控措施", en: "major risk point 氨压缩机房 (RP-07) has no controls" }
    },
    {
      name: "the register decides even when the other facts are unknown",
      asOf,
      enterprise: withFacts({ dualPrevention: { riskRegister: { majorRiskPoints: [{ id: "RP-07", controls: 0 }] } } }),
      details: { "zh-CN": "重大风险点RP-07未采取管控措施" }
    }
  ],
  compliant: [
    { name: "both systems in place, records kept and made known", asOf, enterprise: withFacts({ dualPrevention: inPlace }) },
    {
      name: "a register whose 重大 risk points all have controls",
      asOf,
      enterprise: withFacts({ dualPrevention: { ...inPlace, riskRegister: { riskPoints: 12, majorRiskPoints: [{ id: "RP-01", name: "液氨储罐区", controls: 3 }] } } })
    },
    { name: "a register with no 重大 risk point", asOf, enterprise: withFacts({ dualPrevention: { ...inPlace, riskRegister: { riskPoints: 4, majorRiskPoints: [] } } }) }
  ],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.dualPrevention"] },
    {
      name: "notification unknown",
      asOf,
      enterprise: withFacts({ dualPrevention: notificationUnknown }),
      missing: ["facts.dualPrevention.hazardRecordsNotified"]
    },
    {
      name: "a register without a breach does not stand in for the other facts",
      asOf,
      enterprise: withFacts({ dualPrevention: { ...notificationUnknown, riskRegister: { majorRiskPoints: [{ id: "RP-01", controls: 2 }] } } }),
      missing: ["facts.dualPrevention.hazardRecordsNotified"]
    }
  ]
})
