import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/eliminated-processes-equipment"
const asOf = "2026-11-23"

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "an eliminated kiln still in use",
      asOf,
      enterprise: withFacts({ eliminatedItemsInUse: [{ name: "间歇式固定床造气炉", kind: "equipment" }] }),
      evidence: [{ path: "facts.eliminatedItemsInUse[0].kind", value: "equipment" }],
      details: { "zh-CN": "仍在使用应当淘汰的设备：间歇式固定床造气炉" }
    },
    { name: "kind not given", asOf, enterprise: withFacts({ eliminatedItemsInUse: [{ name: "敞开式离心机" }] }), details: { "zh-CN": "应当淘汰的工艺、设备：敞开式离心机" } }
  ],
  compliant: [{ name: "none in use", asOf, enterprise: withFacts({ eliminatedItemsInUse: [] }) }],
  indeterminate: [{ name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.eliminatedItemsInUse"] }],
  notSelected: [{ name: "before 2021-09-01", asOf: "2021-08-31", enterprise: withFacts({ eliminatedItemsInUse: [{ name: "x" }] }) }]
})
