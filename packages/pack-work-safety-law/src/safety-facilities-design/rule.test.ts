import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const asOf = "2026-11-23"
const before = "2021-08-31"
const RULE = "work-safety-law/safety-facilities-design"

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "a tank farm built without a reviewed design",
      asOf,
      enterprise: withFacts({ constructionProjects: [{ name: "二期罐区", kind: "dangerous-goods", stage: "construction", designReviewed: false, builtToApprovedDesign: true }] }),
      evidence: [{ path: "facts.constructionProjects[0].designReviewed", value: false }],
      details: { "zh-CN": "危险物品建设项目二期罐区的安全设施设计未经审查" }
    },
    {
      name: "a mine not built to its design",
      asOf,
      enterprise: withFacts({ constructionProjects: [{ name: "北风井", kind: "mine", stage: "in-use", designReviewed: true, builtToApprovedDesign: false }] }),
      details: { en: "not built to the approved design" }
    }
  ],
  compliant: [
    { name: "reviewed and followed", asOf, enterprise: withFacts({ constructionProjects: [{ name: "二期罐区", kind: "dangerous-goods", stage: "in-use", designReviewed: true, builtToApprovedDesign: true }] }) },
    {
      name: "an office building needs no review under this article",
      asOf,
      enterprise: withFacts({ constructionProjects: [{ kind: "other", stage: "construction", designReviewed: false }, { kind: "mine", stage: "construction", designReviewed: true, builtToApprovedDesign: true }] })
    }
  ],
  notApplicable: [
    { name: "still at the design stage", asOf, enterprise: withFacts({ constructionProjects: [{ kind: "mine", stage: "design", designReviewed: false }] }) },
    { name: "no project", asOf, enterprise: withFacts({ constructionProjects: [] }) }
  ],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.constructionProjects"] },
    {
      name: "review unknown",
      asOf,
      enterprise: withFacts({ constructionProjects: [{ kind: "metal-smelting", stage: "construction", builtToApprovedDesign: true }] }),
      missing: ["facts.constructionProjects[0].designReviewed"]
    }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: before, enterprise: withFacts({ constructionProjects: [{ kind: "mine", stage: "construction", designReviewed: false }] }) }]
})
