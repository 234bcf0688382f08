import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/catering-gas-alarm"
const asOf = "2026-11-23"

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "a restaurant kitchen on bottled gas without an alarm",
      asOf,
      enterprise: withFacts({ fuelGasUse: { cateringOrSimilar: true, usesFuelGas: true, places: [{ name: "后厨", combustibleGasAlarm: false }] } }),
      evidence: [{ path: "facts.fuelGasUse.places[0].combustibleGasAlarm", value: false }],
      details: { "zh-CN": "使用燃气的后厨未安装可燃气体报警装置", en: "后厨 uses fuel gas without a combustible gas alarm" }
    }
  ],
  compliant: [{ name: "an alarm in every gas kitchen", asOf, enterprise: withFacts({ fuelGasUse: { cateringOrSimilar: true, usesFuelGas: true, places: [{ name: "后厨", combustibleGasAlarm: true }] } }) }],
  notApplicable: [
    { name: "not a catering business", asOf, enterprise: withFacts({ fuelGasUse: { cateringOrSimilar: false } }) },
    { name: "a canteen cooking on electricity", asOf, enterprise: withFacts({ fuelGasUse: { cateringOrSimilar: true, usesFuelGas: false } }) }
  ],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.fuelGasUse"] },
    { name: "places not given", asOf, enterprise: withFacts({ fuelGasUse: { cateringOrSimilar: true, usesFuelGas: true } }), missing: ["facts.fuelGasUse.places"] }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: "2021-08-31", enterprise: withFacts({ fuelGasUse: { cateringOrSimilar: true, usesFuelGas: true, places: [{ combustibleGasAlarm: false }] } }) }]
})
