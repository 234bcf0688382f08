import { asOf, hazchem, tester } from "../testkit.ts"

tester.run("hazchem/liquefied-hydrocarbon-tank-water-injection", {
  violation: [
    {
      name: "a propane sphere without water injection",
      asOf,
      enterprise: hazchem({ pressurisedLiquefiedHydrocarbonTanks: [{ id: "V-101", hasWaterInjection: true }, { id: "V-102", hasWaterInjection: false }] }),
      evidence: [
        { path: "facts.pressurisedLiquefiedHydrocarbonTanks[1].id", value: "V-102" },
        { path: "facts.pressurisedLiquefiedHydrocarbonTanks[1].hasWaterInjection", value: false }
      ],
      details: { "zh-CN": "V-102未设置注水措施" },
      severity: "major"
    }
  ],
  compliant: [
    { name: "every tank has water injection", asOf, enterprise: hazchem({ pressurisedLiquefiedHydrocarbonTanks: [{ hasWaterInjection: true }] }) }
  ],
  notApplicable: [
    { name: "no fully pressurised liquefied-hydrocarbon tank", asOf, enterprise: hazchem({ pressurisedLiquefiedHydrocarbonTanks: [] }) }
  ],
  indeterminate: [
    { name: "tanks not recorded", asOf, enterprise: hazchem({}), missing: ["facts.pressurisedLiquefiedHydrocarbonTanks"] },
    {
      name: "water injection unknown",
      asOf,
      enterprise: hazchem({ pressurisedLiquefiedHydrocarbonTanks: [{ id: "V-101" }] }),
      missing: ["facts.pressurisedLiquefiedHydrocarbonTanks[0].hasWaterInjection"]
    }
  ]
})
