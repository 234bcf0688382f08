import { fixtures, PackTester } from "@anquan/testing"
import { withFacts } from "../../test/helpers.ts"
import { workSafetyLaw } from "../index.ts"

const RULE = "work-safety-law/dangerous-operations-supervision"
const asOf = "2026-11-23"

PackTester.make(workSafetyLaw).run(RULE, {
  violation: [
    {
      name: "hot work without an on-site safety manager",
      asOf,
      enterprise: withFacts({ dangerousOperations: [{ kind: "hot-work", description: "3号罐区管线焊接", date: "2026-11-20", onSiteSafetyManager: false }] }),
      evidence: [{ path: "facts.dangerousOperations[0].onSiteSafetyManager", value: false }],
      details: { "zh-CN": "动火作业（3号罐区管线焊接）未安排专门人员进行现场安全管理", en: "hot work operation" }
    },
    {
      name: "boundary: an operation on the as-of date",
      asOf,
      enterprise: withFacts({ dangerousOperations: [{ kind: "temporary-electricity", date: asOf, onSiteSafetyManager: false }] }),
      details: { "zh-CN": "临时用电作业" }
    },
    {
      name: "hoisting, date not given",
      asOf,
      enterprise: withFacts({ dangerousOperations: [{ kind: "blasting", onSiteSafetyManager: true }, { kind: "hoisting", onSiteSafetyManager: false }] }),
      details: { en: "hoisting" }
    }
  ],
  compliant: [
    {
      name: "each operation had its on-site manager",
      asOf,
      enterprise: withFacts({ dangerousOperations: [{ kind: "blasting", onSiteSafetyManager: true }, { kind: "other", description: "有限空间作业", onSiteSafetyManager: true }] })
    }
  ],
  notApplicable: [
    { name: "no dangerous operation", asOf, enterprise: withFacts({ dangerousOperations: [] }) },
    {
      name: "boundary: an operation planned for the day after is ignored",
      asOf,
      enterprise: withFacts({ dangerousOperations: [{ kind: "hot-work", date: "2026-11-24", onSiteSafetyManager: false }] })
    }
  ],
  indeterminate: [
    { name: "no facts", asOf, enterprise: fixtures.enterprise(), missing: ["facts.dangerousOperations"] },
    {
      name: "supervision of one operation unknown",
      asOf,
      enterprise: withFacts({ dangerousOperations: [{ kind: "hot-work", onSiteSafetyManager: true }, { kind: "hoisting" }] }),
      missing: ["facts.dangerousOperations[1].onSiteSafetyManager"]
    }
  ]
})
