import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/safety-warning-signs"
const asOf = "2026-11-23"

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      // the published case: a confined space without a warning sign
      name: "a confined space without a warning sign",
      asOf,
      enterprise: withFacts({
        hazardousLocations: [
          { name: "液氨储罐区", kind: "dangerous-goods", warningSign: true },
          { name: "1号污水池", kind: "confined-space", warningSign: false }
        ]
      }),
      evidence: [{ path: "facts.hazardousLocations[1].warningSign", value: false }, { path: "facts.hazardousLocations[1].kind", value: "confined-space" }],
      details: { "zh-CN": "有限空间1号污水池未设置明显的安全警示标志", en: "confined space 1号污水池 has no conspicuous safety warning sign" }
    },
    { name: "an unnamed place of no given kind", asOf, enterprise: withFacts({ hazardousLocations: [{ warningSign: false }] }), details: { "zh-CN": "场所1未设置" } }
  ],
  compliant: [{ name: "every such place signed", asOf, enterprise: withFacts({ hazardousLocations: [{ name: "配电室", kind: "electrical", warningSign: true }] }) }],
  notApplicable: [{ name: "no place with major danger factors", asOf, enterprise: withFacts({ hazardousLocations: [] }) }],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.hazardousLocations"] },
    { name: "sign unknown", asOf, enterprise: withFacts({ hazardousLocations: [{ name: "1号污水池", kind: "confined-space" }] }), missing: ["facts.hazardousLocations[0].warningSign"] }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: "2021-08-31", enterprise: withFacts({ hazardousLocations: [{ warningSign: false }] }) }]
})
