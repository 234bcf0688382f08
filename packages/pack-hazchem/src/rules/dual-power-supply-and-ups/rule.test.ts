import { asOf, hazchem, tester } from "../testkit.ts"

tester.run("hazchem/dual-power-supply-and-ups", {
  violation: [
    {
      name: "automation without a UPS",
      asOf,
      enterprise: hazchem({ chemicalUnits: [{ id: "U-OLD", name: "老氯化釜", dualPowerSupply: true, automationUps: false }] }),
      evidence: [{ path: "facts.chemicalUnits[0].automationUps", value: false }],
      details: { "zh-CN": "自动化控制系统未设置不间断电源" },
      severity: "major"
    },
    {
      name: "no dual power supply, UPS unknown",
      asOf,
      enterprise: hazchem({ chemicalUnits: [{ dualPowerSupply: false }] }),
      evidence: [{ path: "facts.chemicalUnits[0].dualPowerSupply", value: false }],
      details: { "zh-CN": "未设置双重电源供电" }
    }
  ],
  compliant: [
    { name: "both in place", asOf, enterprise: hazchem({ chemicalUnits: [{ dualPowerSupply: true, automationUps: true }] }) }
  ],
  notApplicable: [
    { name: "no chemical unit", asOf, enterprise: hazchem({ chemicalUnits: [] }) }
  ],
  indeterminate: [
    { name: "units not recorded", asOf, enterprise: hazchem({}), missing: ["facts.chemicalUnits"] },
    {
      name: "UPS unknown",
      asOf,
      enterprise: hazchem({ chemicalUnits: [{ dualPowerSupply: true }] }),
      missing: ["facts.chemicalUnits[0].automationUps"]
    }
  ]
})
