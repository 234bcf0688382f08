import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/evacuation-exits"
const asOf = "2026-11-23"

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "a locked fire exit",
      asOf,
      enterprise: withFacts({ evacuation: { exitsCompliant: true, exitsObstructed: true } }),
      evidence: [{ path: "facts.evacuation.exitsObstructed", value: true }],
      details: { "zh-CN": "占用、锁闭、封堵出口、疏散通道" }
    },
    {
      name: "exits that do not meet evacuation needs",
      asOf,
      enterprise: withFacts({ evacuation: { exitsCompliant: false, exitsObstructed: false } }),
      details: { en: "lack exits" }
    },
    { name: "an obstruction is a violation even if the rest is unknown", asOf, enterprise: withFacts({ evacuation: { exitsObstructed: true } }) }
  ],
  compliant: [{ name: "adequate and clear", asOf, enterprise: withFacts({ evacuation: { exitsCompliant: true, exitsObstructed: false } }) }],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.evacuation"] },
    { name: "obstruction unknown", asOf, enterprise: withFacts({ evacuation: { exitsCompliant: true } }), missing: ["facts.evacuation.exitsObstructed"] }
  ]
})
