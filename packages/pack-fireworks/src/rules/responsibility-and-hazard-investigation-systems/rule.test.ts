import { PackTester } from "@anquan/testing"
import { fireworksPack } from "../../pack.ts"
import { asOf, producer, retailer } from "../../testSupport.ts"

const RULE = "fireworks/responsibility-and-hazard-investigation-systems"
const rsOk = { established: true, matchedToPosts: true }
const hsOk = { established: true, implemented: true }

PackTester.make(fireworksPack).run(RULE, {
  violation: [
    {
      name: "no all-staff responsibility system",
      asOf,
      enterprise: producer({ responsibilitySystem: { established: false }, hazardInvestigationSystem: hsOk }),
      evidence: [{ path: "facts.responsibilitySystem.established", value: false }],
      details: { "zh-CN": "未建立全员安全生产责任制", en: "no all-staff responsibility system" }
    },
    {
      name: "responsibility system not matched to the posts",
      asOf,
      enterprise: producer({ responsibilitySystem: { established: true, matchedToPosts: false }, hazardInvestigationSystem: hsOk }),
      details: { "zh-CN": "全员安全生产责任制未与岗位相匹配" }
    },
    {
      name: "hazard investigation system formulated but not carried out",
      asOf,
      enterprise: retailer({ responsibilitySystem: rsOk, hazardInvestigationSystem: { established: true, implemented: false } }),
      evidence: [{ path: "facts.hazardInvestigationSystem.implemented", value: false }],
      details: { "zh-CN": "生产安全事故隐患排查治理制度未实施" }
    },
    {
      name: "no hazard investigation system, responsibility system unknown",
      asOf,
      enterprise: producer({ hazardInvestigationSystem: { established: false } }),
      details: { "zh-CN": "未制定生产安全事故隐患排查治理制度" }
    },
    {
      name: "responsibility system not matched to the posts, its establishment not recorded (a violation either way)",
      asOf,
      enterprise: producer({ responsibilitySystem: { matchedToPosts: false }, hazardInvestigationSystem: hsOk }),
      evidence: [{ path: "facts.responsibilitySystem.matchedToPosts", value: false }],
      details: { "zh-CN": "全员安全生产责任制未与岗位相匹配" }
    },
    {
      name: "hazard investigation system not carried out, its formulation not recorded (a violation either way)",
      asOf,
      enterprise: producer({ responsibilitySystem: rsOk, hazardInvestigationSystem: { implemented: false } }),
      evidence: [{ path: "facts.hazardInvestigationSystem.implemented", value: false }],
      details: { "zh-CN": "生产安全事故隐患排查治理制度未实施" }
    }
  ],
  compliant: [{ name: "both systems in place", asOf, enterprise: producer({ responsibilitySystem: rsOk, hazardInvestigationSystem: hsOk }) }],
  indeterminate: [
    { name: "no fireworks facts", asOf, enterprise: producer(undefined), missing: ["facts.responsibilitySystem", "facts.hazardInvestigationSystem"] },
    {
      name: "systems established, their match and implementation unknown",
      asOf,
      enterprise: producer({ responsibilitySystem: { established: true }, hazardInvestigationSystem: { established: true } }),
      missing: ["facts.responsibilitySystem.matchedToPosts", "facts.hazardInvestigationSystem.implemented"]
    }
  ]
})
