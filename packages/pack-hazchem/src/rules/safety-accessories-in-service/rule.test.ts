import { asOf, hazchem, tester } from "../testkit.ts"

tester.run("hazchem/safety-accessories-in-service", {
  violation: [
    {
      name: "a rupture disc not in service",
      asOf,
      enterprise: hazchem({
        safetyAccessories: [
          { kind: "safety-valve", id: "PSV-201", inNormalService: true },
          { kind: "rupture-disc", id: "RD-7", inNormalService: false }
        ]
      }),
      evidence: [
        { path: "facts.safetyAccessories[1].kind", value: "rupture-disc" },
        { path: "facts.safetyAccessories[1].inNormalService", value: false }
      ],
      details: { "zh-CN": "爆破片RD-7未正常投用" },
      severity: "major"
    }
  ],
  compliant: [
    { name: "all in service", asOf, enterprise: hazchem({ safetyAccessories: [{ kind: "safety-valve", inNormalService: true }] }) }
  ],
  notApplicable: [
    { name: "no accessories", asOf, enterprise: hazchem({ safetyAccessories: [] }) }
  ],
  indeterminate: [
    { name: "accessories not recorded", asOf, enterprise: hazchem({}), missing: ["facts.safetyAccessories"] },
    {
      name: "service status unknown",
      asOf,
      enterprise: hazchem({ safetyAccessories: [{ kind: "other" }] }),
      missing: ["facts.safetyAccessories[0].inNormalService"]
    }
  ]
})
