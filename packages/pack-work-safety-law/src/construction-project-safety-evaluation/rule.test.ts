import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/construction-project-safety-evaluation"
const asOf = "2026-11-23"

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "a dangerous-goods storage project without a safety evaluation",
      asOf,
      enterprise: withFacts({ constructionProjects: [{ name: "甲类仓库", kind: "dangerous-goods", safetyEvaluation: false }] }),
      evidence: [{ path: "facts.constructionProjects[0].safetyEvaluation", value: false }],
      details: { "zh-CN": "危险物品建设项目甲类仓库未按照规定进行安全评价" }
    },
    {
      name: "a mine project, next to an ordinary one",
      asOf,
      enterprise: withFacts({ constructionProjects: [{ kind: "other" }, { id: "K-2", kind: "mine", safetyEvaluation: false }] }),
      evidence: [{ path: "facts.constructionProjects[1].kind", value: "mine" }],
      details: { en: "mine project K-2" }
    }
  ],
  compliant: [
    {
      name: "a metal-smelting project with its safety evaluation",
      asOf,
      enterprise: withFacts({ constructionProjects: [{ kind: "metal-smelting", safetyEvaluation: true }, { kind: "other", safetyEvaluation: false }] })
    }
  ],
  notApplicable: [
    { name: "only ordinary projects (the project's kind decides, not the sector)", asOf, enterprise: withFacts({ constructionProjects: [{ kind: "other" }] }, { sectors: ["hazardous-chemicals"] }) },
    { name: "no project", asOf, enterprise: withFacts({ constructionProjects: [] }) }
  ],
  indeterminate: [
    { name: "projects unknown", asOf, enterprise: fixtures.enterprise(), missing: ["facts.constructionProjects"] },
    { name: "a project of unknown kind", asOf, enterprise: withFacts({ constructionProjects: [{ name: "新车间" }] }), missing: ["facts.constructionProjects[0].kind"] },
    {
      name: "a dangerous-goods project whose evaluation is unknown",
      asOf,
      enterprise: withFacts({ constructionProjects: [{ kind: "dangerous-goods" }] }),
      missing: ["facts.constructionProjects[0].safetyEvaluation"]
    }
  ]
})
