import { asOf, hazchem, tester } from "../testkit.ts"

tester.run("hazchem/operating-procedures-and-control-limits", {
  violation: [
    {
      name: "procedures but no process control limits (either one missing is enough)",
      asOf,
      enterprise: hazchem({ operatingProceduresEstablished: true, processControlLimitsEstablished: false }),
      evidence: [{ path: "facts.processControlLimitsEstablished", value: false }],
      details: { "zh-CN": "未制定工艺控制指标" },
      severity: "major"
    },
    {
      name: "neither",
      asOf,
      enterprise: hazchem({ operatingProceduresEstablished: false, processControlLimitsEstablished: false }),
      details: { "zh-CN": "未制定操作规程；未制定工艺控制指标" }
    }
  ],
  compliant: [
    { name: "both drawn up", asOf, enterprise: hazchem({ operatingProceduresEstablished: true, processControlLimitsEstablished: true }) }
  ],
  indeterminate: [
    {
      name: "nothing recorded",
      asOf,
      enterprise: hazchem(undefined),
      missing: ["facts.operatingProceduresEstablished", "facts.processControlLimitsEstablished"]
    },
    {
      name: "control limits unknown",
      asOf,
      enterprise: hazchem({ operatingProceduresEstablished: true }),
      missing: ["facts.processControlLimitsEstablished"]
    }
  ]
})
