import { asOf, hazchem, tester } from "../testkit.ts"

tester.run("hazchem/special-operation-management", {
  violation: [
    {
      name: "a system on paper, not enforced",
      asOf,
      enterprise: hazchem({ specialOperationManagement: { systemEstablished: true, systemEnforced: false } }),
      evidence: [{ path: "facts.specialOperationManagement.systemEnforced", value: false }],
      details: { "zh-CN": "未有效执行" },
      severity: "major"
    },
    {
      name: "no system",
      asOf,
      enterprise: hazchem({ specialOperationManagement: { systemEstablished: false } }),
      evidence: [{ path: "facts.specialOperationManagement.systemEstablished", value: false }],
      details: { "zh-CN": "未制定特殊作业管理制度" }
    }
  ],
  compliant: [
    { name: "drawn up and enforced", asOf, enterprise: hazchem({ specialOperationManagement: { systemEstablished: true, systemEnforced: true } }) }
  ],
  indeterminate: [
    {
      name: "nothing recorded",
      asOf,
      enterprise: hazchem({}),
      missing: ["facts.specialOperationManagement"]
    },
    {
      name: "enforcement unknown",
      asOf,
      enterprise: hazchem({ specialOperationManagement: { systemEstablished: true } }),
      missing: ["facts.specialOperationManagement.systemEnforced"]
    }
  ]
})
