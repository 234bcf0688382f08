import { asOf, hazchem, tester } from "../testkit.ts"

tester.run("hazchem/formal-design-or-diagnosis", {
  violation: [
    {
      name: "an in-service unit never designed nor diagnosed",
      asOf,
      enterprise: hazchem({ chemicalUnits: [{ id: "U-OLD", name: "老氯化釜", inService: true, formallyDesigned: false, safetyDesignDiagnosisDone: false }] }),
      evidence: [
        { path: "facts.chemicalUnits[0].inService", value: true },
        { path: "facts.chemicalUnits[0].formallyDesigned", value: false },
        { path: "facts.chemicalUnits[0].safetyDesignDiagnosisDone", value: false }
      ],
      details: { "zh-CN": "老氯化釜" },
      severity: "major"
    }
  ],
  compliant: [
    { name: "formally designed", asOf, enterprise: hazchem({ chemicalUnits: [{ inService: true, formallyDesigned: true }] }) },
    {
      name: "not formally designed, but diagnosed (either one is enough)",
      asOf,
      enterprise: hazchem({ chemicalUnits: [{ inService: true, formallyDesigned: false, safetyDesignDiagnosisDone: true }] })
    }
  ],
  notApplicable: [
    { name: "no chemical unit", asOf, enterprise: hazchem({ chemicalUnits: [] }) },
    { name: "a unit out of service", asOf, enterprise: hazchem({ chemicalUnits: [{ inService: false, formallyDesigned: false, safetyDesignDiagnosisDone: false }] }) }
  ],
  indeterminate: [
    { name: "units not recorded", asOf, enterprise: hazchem({}), missing: ["facts.chemicalUnits"] },
    {
      name: "not designed, diagnosis unknown",
      asOf,
      enterprise: hazchem({ chemicalUnits: [{ inService: true, formallyDesigned: false }] }),
      missing: ["facts.chemicalUnits[0].safetyDesignDiagnosisDone"]
    },
    {
      name: "neither designed nor diagnosed, service status unknown",
      asOf,
      enterprise: hazchem({ chemicalUnits: [{ formallyDesigned: false, safetyDesignDiagnosisDone: false }] }),
      missing: ["facts.chemicalUnits[0].inService"]
    }
  ]
})
