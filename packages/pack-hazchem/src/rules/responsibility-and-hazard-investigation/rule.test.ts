import { asOf, hazchem, tester } from "../testkit.ts"

const good = {
  responsibilitySystem: { established: true, matchedToPosts: true },
  hazardInvestigationSystem: { established: true, implemented: true }
}

tester.run("hazchem/responsibility-and-hazard-investigation", {
  violation: [
    {
      name: "a responsibility system not matched to posts",
      asOf,
      version: "2017-11-13",
      enterprise: hazchem({ ...good, responsibilitySystem: { established: true, matchedToPosts: false } }),
      evidence: [{ path: "facts.responsibilitySystem.matchedToPosts", value: false }],
      details: { "zh-CN": "与岗位不匹配" },
      severity: "major"
    },
    {
      name: "a hazard investigation system drawn up but not applied",
      asOf,
      enterprise: hazchem({ ...good, hazardInvestigationSystem: { established: true, implemented: false } }),
      evidence: [{ path: "facts.hazardInvestigationSystem.implemented", value: false }],
      details: { "zh-CN": "未实施" }
    },
    {
      name: "no responsibility system at all: whether it matches the posts is moot",
      asOf,
      enterprise: hazchem({ responsibilitySystem: { established: false }, hazardInvestigationSystem: { established: true, implemented: true } }),
      details: { "zh-CN": "未建立全员安全生产责任制" }
    }
  ],
  compliant: [
    { name: "both systems in place", asOf, enterprise: hazchem(good) }
  ],
  indeterminate: [
    {
      name: "nothing recorded",
      asOf,
      enterprise: hazchem({}),
      missing: ["facts.responsibilitySystem", "facts.hazardInvestigationSystem"]
    },
    {
      name: "whether the investigation system is applied is unknown",
      asOf,
      enterprise: hazchem({ ...good, hazardInvestigationSystem: { established: true } }),
      missing: ["facts.hazardInvestigationSystem.implemented"]
    }
  ]
})
