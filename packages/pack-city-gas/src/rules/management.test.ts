import { fixtures, PackTester } from "@anquan/testing"
import { cityGasPack } from "../pack.ts"
import { asOf, operator, unit, user } from "../testSupport.ts"

const tester = PackTester.make(cityGasPack)
const management = (facts: Record<string, unknown>) => operator({ management: facts })

tester.run("city-gas/business-licence", {
  violation: [{
    asOf,
    enterprise: management({ licensed: false }),
    evidence: [{ path: "facts.management.licensed", value: false }],
    details: { "zh-CN": "未取得燃气经营许可证从事燃气经营活动", en: "carries on gas business without a gas business licence" }
  }],
  compliant: [{ asOf, enterprise: management({ licensed: true }) }],
  notApplicable: [{ name: "a gas user, not a supplier, is not bound by the standard", asOf, enterprise: user({ management: { licensed: false } }) }],
  indeterminate: [
    { name: "whether it is a gas supplier is not recorded", asOf, enterprise: unit({ management: { licensed: false } }), missing: ["facts.gasOperator"] },
    { asOf, enterprise: management({}), missing: ["facts.management.licensed"] },
    { name: "no facts at all", asOf, enterprise: unit(undefined), missing: ["facts.gasOperator"] }
  ],
  notSelected: [
    { name: "before the standard was issued (2023-09-21)", asOf: "2023-09-20", enterprise: management({ licensed: false }) },
    { name: "not in the gas sector", asOf, enterprise: fixtures.enterprise({ sectors: ["industry-trade"], facts: { cityGas: { gasOperator: true, management: { licensed: false } } } }) }
  ]
})

const regimes = [
  ["city-gas/risk-grading-system", "riskGradingSystem", "未建立安全风险分级管控制度"],
  ["city-gas/hazard-investigation-system", "hazardInvestigationSystem", "未建立事故隐患排查治理制度"],
  ["city-gas/emergency-plan", "emergencyPlan", "未制定生产安全事故应急救援预案"],
  ["city-gas/user-inspection-regime", "userInspectionRegime", "未建立对燃气用户燃气设施的定期安全检查制度"]
] as const

for (const [id, fact, words] of regimes) {
  tester.run(id, {
    violation: [{ asOf, enterprise: management({ [fact]: false }), evidence: [{ path: `facts.management.${fact}`, value: false }], details: { "zh-CN": words } }],
    compliant: [{ asOf, enterprise: management({ [fact]: true }) }],
    notApplicable: [{ name: "not a gas supplier", asOf, enterprise: user({ management: { [fact]: false } }) }],
    indeterminate: [{ asOf, enterprise: management({}), missing: [`facts.management.${fact}`] }]
  })
}
