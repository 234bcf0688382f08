import { asOf, hazchem, tester } from "../testkit.ts"

tester.run("hazchem/overhead-power-line-crossing", {
  violation: [
    {
      name: "a 110 kV line over the production area, not to standard",
      asOf,
      enterprise: hazchem({ overheadPowerLines: [{ id: "110kV 东线", crossesProductionArea: true, compliesWithStandard: false }] }),
      evidence: [
        { path: "facts.overheadPowerLines[0].crossesProductionArea", value: true },
        { path: "facts.overheadPowerLines[0].compliesWithStandard", value: false }
      ],
      severity: "major"
    }
  ],
  compliant: [
    { name: "crossing, to standard", asOf, enterprise: hazchem({ overheadPowerLines: [{ crossesProductionArea: true, compliesWithStandard: true }] }) },
    { name: "conformity known, crossing unknown", asOf, enterprise: hazchem({ overheadPowerLines: [{ compliesWithStandard: true }] }) }
  ],
  notApplicable: [
    { name: "no line near the site", asOf, enterprise: hazchem({ overheadPowerLines: [] }) },
    { name: "a line that does not cross the production area", asOf, enterprise: hazchem({ overheadPowerLines: [{ crossesProductionArea: false, compliesWithStandard: false }] }) }
  ],
  indeterminate: [
    { name: "lines not recorded", asOf, enterprise: hazchem({}), missing: ["facts.overheadPowerLines"] },
    {
      name: "not to standard, but whether it crosses is unknown",
      asOf,
      enterprise: hazchem({ overheadPowerLines: [{ compliesWithStandard: false }] }),
      missing: ["facts.overheadPowerLines[0].crossesProductionArea"]
    },
    {
      name: "crossing, conformity unknown",
      asOf,
      enterprise: hazchem({ overheadPowerLines: [{ crossesProductionArea: true }] }),
      missing: ["facts.overheadPowerLines[0].compliesWithStandard"]
    }
  ]
})
