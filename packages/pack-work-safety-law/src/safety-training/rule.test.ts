import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/safety-training"
const asOf = "2026-11-23"
const allTrained = {
  staff: { count: 70, untrainedAtWork: 0 },
  dispatchedWorkers: { count: 8, untrainedAtWork: 0 },
  interns: { count: 2, untrainedAtWork: 0 }
}

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "dispatched workers at work untrained",
      asOf,
      enterprise: withFacts({ training: { ...allTrained, dispatchedWorkers: { count: 8, untrainedAtWork: 3 } } }),
      evidence: [{ path: "facts.training.dispatchedWorkers.untrainedAtWork", value: 3 }],
      details: { "zh-CN": "3名被派遣劳动者未经安全生产教育和培训合格即上岗作业", en: "3 dispatched workers" }
    },
    {
      name: "boundary: a single untrained intern",
      asOf,
      enterprise: withFacts({ training: { ...allTrained, interns: { count: 2, untrainedAtWork: 1 } } }),
      details: { "zh-CN": "1名实习学生" }
    },
    {
      name: "own staff untrained, even though the intern facts are unknown",
      asOf,
      enterprise: withFacts({ training: { staff: { untrainedAtWork: 5 }, dispatchedWorkers: { count: 0 } } }),
      details: { en: "5 staff" }
    }
  ],
  compliant: [
    { name: "every group trained before work", asOf, enterprise: withFacts({ training: allTrained }) },
    {
      name: "no dispatched workers and no interns",
      asOf,
      enterprise: withFacts({ training: { staff: { count: 80, untrainedAtWork: 0 }, dispatchedWorkers: { count: 0 }, interns: { count: 0 } } })
    }
  ],
  indeterminate: [
    { name: "no work-safety facts at all", asOf, enterprise: fixtures.enterprise(), missing: ["facts.training"] },
    {
      name: "interns not recorded",
      asOf,
      enterprise: withFacts({ training: { staff: allTrained.staff, dispatchedWorkers: allTrained.dispatchedWorkers } }),
      missing: ["facts.training.interns"]
    },
    {
      name: "dispatched workers present but their training unknown",
      asOf,
      enterprise: withFacts({ training: { ...allTrained, dispatchedWorkers: { count: 8 } } }),
      missing: ["facts.training.dispatchedWorkers.untrainedAtWork"]
    }
  ],
  notSelected: [{ name: "before 2021-09-01", asOf: "2021-08-31", enterprise: withFacts({ training: allTrained }) }]
})
