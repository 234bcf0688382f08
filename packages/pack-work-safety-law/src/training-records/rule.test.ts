import { PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/training-records"
const asOf = "2026-11-23"
const complete = ["time", "content", "attendees", "results"] as const
const goodFile = { kept: true, recordedItems: [...complete], truthful: true }

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "no training file",
      asOf,
      enterprise: withFacts({ training: { file: { kept: false } } }),
      evidence: [{ path: "facts.training.file.kept", value: false }],
      details: { "zh-CN": "未建立安全生产教育和培训档案" }
    },
    {
      name: "the file does not record the assessment results",
      asOf,
      enterprise: withFacts({ training: { file: { ...goodFile, recordedItems: ["time", "content", "attendees"] } } }),
      details: { "zh-CN": "未记录考核结果", en: "results" }
    },
    {
      name: "boundary: a file that records nothing of the four",
      asOf,
      enterprise: withFacts({ training: { file: { ...goodFile, recordedItems: [] } } }),
      details: { "zh-CN": "时间、内容、参加人员、考核结果" }
    },
    {
      name: "records found untruthful",
      asOf,
      enterprise: withFacts({ training: { file: { ...goodFile, truthful: false } } }),
      details: { "zh-CN": "未如实记录" }
    }
  ],
  compliant: [{ name: "a complete, truthful file", asOf, enterprise: withFacts({ training: { file: goodFile } }) }],
  indeterminate: [
    { name: "no file facts", asOf, enterprise: withFacts({ training: {} }), missing: ["facts.training.file"] },
    {
      name: "whether the file is truthful is unknown",
      asOf,
      enterprise: withFacts({ training: { file: { kept: true, recordedItems: [...complete] } } }),
      missing: ["facts.training.file.truthful"]
    },
    {
      name: "only that a file is kept",
      asOf,
      enterprise: withFacts({ training: { file: { kept: true } } }),
      missing: ["facts.training.file.recordedItems", "facts.training.file.truthful"]
    }
  ]
})
