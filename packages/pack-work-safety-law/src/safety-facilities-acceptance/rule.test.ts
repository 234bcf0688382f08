import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const asOf = "2026-11-23"
const before = "2021-08-31"
const RULE = "work-safety-law/safety-facilities-acceptance"

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "a tank farm in use without acceptance",
      asOf,
      enterprise: withFacts({ constructionProjects: [{ name: "二期罐区", kind: "dangerous-goods", stage: "in-use", safetyFacilitiesAccepted: false }] }),
      evidence: [{ path: "facts.constructionProjects[0].safetyFacilitiesAccepted", value: false }],
      details: { "zh-CN": "危险物品建设项目二期罐区投入使用前安全设施未经验收合格" }
    }
  ],
  compliant: [{ name: "accepted", asOf, enterprise: withFacts({ constructionProjects: [{ kind: "mine", stage: "in-use", safetyFacilitiesAccepted: true }] }) }],
  notApplicable: [{ name: "still being built", asOf, enterprise: withFacts({ constructionProjects: [{ kind: "mine", stage: "construction", safetyFacilitiesAccepted: false }] }) }],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.constructionProjects"] },
    { name: "acceptance unknown", asOf, enterprise: withFacts({ constructionProjects: [{ kind: "mine", stage: "in-use" }] }), missing: ["facts.constructionProjects[0].safetyFacilitiesAccepted"] }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: before, enterprise: withFacts({ constructionProjects: [{ kind: "mine", stage: "in-use", safetyFacilitiesAccepted: false }] }) }]
})
