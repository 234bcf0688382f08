import { PackTester } from "@anquan/testing"
import { cityGasPack } from "../pack.ts"
import { asOf, operator, user } from "../testSupport.ts"

const tester = PackTester.make(cityGasPack)
const weighed = (...list: ReadonlyArray<Record<string, unknown>>) => operator({ otherSeriousHazards: list })
const situation = (seriousBreach: boolean, realDanger: boolean) => ({
  description: "液化石油气储配站储罐区违规动火",
  basis: "《城镇燃气管理条例》",
  seriousBreach,
  realDanger
})

tester.run("city-gas/other-serious-hazards", {
  violation: [{
    name: "a serious breach and a real danger, both as determined",
    asOf,
    enterprise: weighed(situation(true, true)),
    evidence: [
      { path: "facts.otherSeriousHazards[0].basis", value: "《城镇燃气管理条例》" },
      { path: "facts.otherSeriousHazards[0].seriousBreach", value: true },
      { path: "facts.otherSeriousHazards[0].realDanger", value: true }
    ],
    details: { "zh-CN": "情形「液化石油气储配站储罐区违规动火」：严重违反城镇燃气经营法律法规及标准规范；存在危害程度较大、可能导致群死群伤或造成重大经济损失的现实危险" }
  }],
  compliant: [
    { name: "a serious breach without a real danger: the two are conjoined (且)", asOf, enterprise: weighed(situation(true, false)) },
    { name: "a real danger without a serious breach", asOf, enterprise: weighed(situation(false, true)) },
    { name: "nothing weighed under 第十条", asOf, enterprise: weighed() }
  ],
  notApplicable: [{ name: "not a gas supplier", asOf, enterprise: user({ otherSeriousHazards: [situation(true, true)] }) }],
  indeterminate: [
    { name: "not recorded whether the inspector weighed anything", asOf, enterprise: operator(), missing: ["facts.otherSeriousHazards"] },
    { name: "a serious breach, the danger not yet determined", asOf, enterprise: weighed({ description: "x", seriousBreach: true }), missing: ["facts.otherSeriousHazards[0].realDanger"] }
  ]
})
