import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const asOf = "2026-11-23"
const before = "2021-08-31"
const RULE = "work-safety-law/accident-reporting"

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "an accident reported late",
      asOf,
      enterprise: withFacts({ accidents: [{ description: "3号车间机械伤害", date: "2026-09-02", reportedPromptlyAndTruthfully: false, concealedOrLate: true }] }),
      evidence: [{ path: "facts.accidents[0].reportedPromptlyAndTruthfully", value: false }],
      details: { "zh-CN": "事故「3号车间机械伤害」：未立即如实报告；隐瞒不报、谎报或者迟报" }
    },
    {
      name: "the scene destroyed",
      asOf,
      enterprise: withFacts({ accidents: [{ id: "SG-2", reportedPromptlyAndTruthfully: true, sceneOrEvidenceDestroyed: true }] }),
      details: { en: "scene or evidence destroyed" }
    }
  ],
  compliant: [{ name: "reported at once", asOf, enterprise: withFacts({ accidents: [{ description: "叉车碰撞", date: "2026-09-02", reportedPromptlyAndTruthfully: true }] }) }],
  notApplicable: [
    { name: "no accident", asOf, enterprise: withFacts({ accidents: [] }) },
    { name: "boundary: an accident after the as-of day", asOf, enterprise: withFacts({ accidents: [{ date: "2026-11-24", reportedPromptlyAndTruthfully: false }] }) }
  ],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.accidents"] },
    { name: "report unknown", asOf, enterprise: withFacts({ accidents: [{ description: "叉车碰撞", date: "2026-09-02" }] }), missing: ["facts.accidents[0].reportedPromptlyAndTruthfully"] }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: before, enterprise: withFacts({ accidents: [{ reportedPromptlyAndTruthfully: false }] }) }]
})
