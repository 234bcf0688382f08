import { fixtures, PackTester } from "@anquan/testing"
import { hazchemPack } from "../../pack.ts"

const RULE = "hazchem/key-personnel-assessment"
const asOf = "2026-11-23"
const passed = { passed: true, date: "2025-03-01" }
const principal = (assessment?: { passed: boolean }) => ({ ...fixtures.principal(), ...(assessment ? { assessment } : {}) })
const officer = (assessment?: { passed: boolean }) => ({ ...fixtures.safetyOfficer("full-time"), ...(assessment ? { assessment } : {}) })
const enterprise = (keyPeople: ReadonlyArray<unknown> | undefined) =>
  fixtures.enterprise({ sectors: ["hazardous-chemicals"], keyPeople: keyPeople as never, facts: { hazchem: {} } })

PackTester.make(hazchemPack).run(RULE, {
  violation: [
    {
      name: "the principal has not passed",
      asOf,
      version: "2017-11-13",
      enterprise: enterprise([principal({ passed: false }), officer(passed)]),
      evidence: [
        { path: "enterprise.keyPeople[0].roles", value: ["principal"] },
        { path: "enterprise.keyPeople[0].assessment.passed", value: false }
      ],
      details: { "zh-CN": "主要负责人", en: "principal" },
      severity: "major"
    },
    {
      name: "either one failing triggers: the principal passed, a safety officer did not",
      asOf,
      enterprise: enterprise([principal(passed), officer(passed), officer({ passed: false })]),
      evidence: [{ path: "enterprise.keyPeople[2].assessment.passed", value: false }],
      details: { "zh-CN": "安全生产管理人员" }
    },
    {
      name: "the same people as of 2024-01-01: their pass of 2025-03-01 had not happened yet",
      asOf: "2024-01-01",
      enterprise: enterprise([principal(passed), officer(passed)]),
      evidence: [{ path: "enterprise.keyPeople[0].assessment.date", value: "2025-03-01" }],
      details: { "zh-CN": "至2025-03-01才考核合格", en: "only on 2025-03-01, after the as-of date" }
    },
    {
      name: "a failing officer decides even when another officer's result is unknown",
      asOf,
      enterprise: enterprise([principal(passed), officer(), officer({ passed: false })])
    },
    {
      name: "one person holding both roles",
      asOf,
      enterprise: enterprise([{ name: "张总", roles: ["principal", "safety-officer"], assessment: { passed: false } }])
    }
  ],
  compliant: [
    {
      name: "the principal and every safety officer passed (2025-03-01), as of 2026-11-23",
      asOf,
      enterprise: enterprise([principal(passed), officer(passed)])
    },
    {
      name: "the principal and every safety officer passed",
      asOf,
      enterprise: enterprise([principal(passed), officer(passed), { name: "赵工", roles: ["special-operator"] }])
    },
    {
      name: "other roles need no assessment under item 1",
      asOf,
      enterprise: enterprise([principal(passed), { name: "钱分管", roles: ["charge-leader"] }])
    }
  ],
  indeterminate: [
    {
      name: "no key people recorded",
      asOf,
      enterprise: enterprise(undefined),
      missing: ["enterprise.keyPeople"]
    },
    {
      name: "an officer's assessment is not recorded",
      asOf,
      enterprise: enterprise([principal(passed), officer()]),
      missing: ["enterprise.keyPeople[1].assessment"]
    },
    {
      name: "no principal is listed: the principal's assessment is unknown",
      asOf,
      enterprise: enterprise([officer(passed)]),
      missing: ["enterprise.keyPeople[principal]"]
    }
  ],
  notSelected: [
    { name: "before the 判定标准 took effect", asOf: "2017-11-12", enterprise: enterprise([principal({ passed: false })]) },
    {
      name: "another sector",
      asOf,
      enterprise: fixtures.enterprise({ keyPeople: [principal({ passed: false })] as never })
    }
  ]
})
