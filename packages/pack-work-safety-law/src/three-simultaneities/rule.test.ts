import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/three-simultaneities"
const asOf = "2026-11-23"
const allTogether = {
  safetyFacilitiesDesignedConcurrently: true,
  safetyFacilitiesBuiltConcurrently: true,
  safetyFacilitiesInUseConcurrently: true,
  safetyInvestmentInBudget: true
}

const { safetyFacilitiesInUseConcurrently: _inUse, ...commissioningUnknown } = allTogether

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "a project in use whose safety facilities were commissioned later",
      asOf,
      enterprise: withFacts({ constructionProjects: [{ name: "二期厂房", stage: "in-use", ...allTogether, safetyFacilitiesInUseConcurrently: false }] }),
      evidence: [{ path: "facts.constructionProjects[0].safetyFacilitiesInUseConcurrently", value: false }],
      details: { "zh-CN": "建设项目二期厂房的安全设施未与主体工程同时投入生产和使用" }
    },
    {
      name: "safety investment left out of the budget at the design stage",
      asOf,
      enterprise: withFacts({ constructionProjects: [{ id: "P-7", stage: "design", safetyFacilitiesDesignedConcurrently: true, safetyInvestmentInBudget: false }] }),
      details: { en: "project P-7: safety investment not in the project budget" }
    },
    {
      name: "built apart from the main works, stage unknown",
      asOf,
      enterprise: withFacts({ constructionProjects: [{ safetyFacilitiesDesignedConcurrently: true, safetyInvestmentInBudget: true, safetyFacilitiesBuiltConcurrently: false }] }),
      details: { "zh-CN": "同时施工" }
    }
  ],
  compliant: [
    { name: "a project in use with everything done together", asOf, enterprise: withFacts({ constructionProjects: [{ name: "仓库扩建", stage: "in-use", ...allTogether }] }) },
    {
      name: "boundary: at the design stage, building and commissioning are not yet judged",
      asOf,
      enterprise: withFacts({ constructionProjects: [{ stage: "design", safetyFacilitiesDesignedConcurrently: true, safetyInvestmentInBudget: true }] })
    },
    {
      name: "boundary: under construction, commissioning is not yet judged",
      asOf,
      enterprise: withFacts({
        constructionProjects: [{ stage: "construction", safetyFacilitiesDesignedConcurrently: true, safetyFacilitiesBuiltConcurrently: true, safetyInvestmentInBudget: true }]
      })
    }
  ],
  notApplicable: [{ name: "no construction project", asOf, enterprise: withFacts({ constructionProjects: [] }) }],
  indeterminate: [
    { name: "projects unknown", asOf, enterprise: fixtures.enterprise(), missing: ["facts.constructionProjects"] },
    {
      name: "a project in use whose commissioning is unknown",
      asOf,
      enterprise: withFacts({ constructionProjects: [{ stage: "in-use", ...commissioningUnknown }] }),
      missing: ["facts.constructionProjects[0].safetyFacilitiesInUseConcurrently"]
    },
    {
      name: "stage unknown",
      asOf,
      enterprise: withFacts({ constructionProjects: [{ safetyFacilitiesDesignedConcurrently: true, safetyInvestmentInBudget: true }] }),
      missing: ["facts.constructionProjects[0].stage"]
    }
  ]
})
