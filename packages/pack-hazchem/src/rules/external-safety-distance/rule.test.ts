import { asOf, hazchem, tester } from "../testkit.ts"

const RULE = "hazchem/external-safety-distance"
const chlorine = (quantityTonnes: number) => ({
  id: "U-CL2",
  unitKind: "storage" as const,
  substances: [{ kind: "named" as const, substance: "chlorine" as const, quantityTonnes }]
})

tester.run(RULE, {
  violation: [
    {
      name: "a major hazard storage that the safety assessment found too close",
      asOf,
      enterprise: hazchem({
        externalSafetyDistances: [{ unitId: "U-CL2", unitName: "液氯储存", involvesMajorHazard: true, meetsStandard: false }]
      }),
      evidence: [
        { path: "facts.externalSafetyDistances[0].involvesMajorHazard", value: true },
        { path: "facts.externalSafetyDistances[0].meetsStandard", value: false }
      ],
      severity: "major"
    },
    {
      name: "actual distance shorter than required (key-supervision chemical)",
      asOf,
      enterprise: hazchem({
        externalSafetyDistances: [{ unitName: "液氨罐", involvesKeySupervisedChemical: true, requiredMetres: 600, actualMetres: 599.5 }]
      }),
      evidence: [
        { path: "facts.externalSafetyDistances[0].requiredMetres", value: 600 },
        { path: "facts.externalSafetyDistances[0].actualMetres", value: 599.5 }
      ],
      details: { "zh-CN": "599.5米，小于要求的600米" }
    },
    {
      name: "the key process is shown by a keyProcesses entry on the same unit",
      asOf,
      enterprise: hazchem({
        keyProcesses: [{ process: "nitration", unitId: "U-NIT", automation: "in-use", emergencyShutdown: "in-use" }],
        externalSafetyDistances: [{ unitId: "U-NIT", meetsStandard: false }]
      }),
      evidence: [{ path: "facts.keyProcesses[0].unitId", value: "U-NIT" }]
    },
    {
      name: "S exactly 1 makes the unit a major hazard (5 t of chlorine, Q = 5 t)",
      asOf,
      enterprise: hazchem({
        majorHazardInstallations: [chlorine(5)],
        externalSafetyDistances: [{ unitId: "U-CL2", involvesKeySupervisedChemical: false, involvesKeyProcess: false, meetsStandard: false }]
      }),
      evidence: [{ path: "facts.majorHazardInstallations[0].substances", value: chlorine(5).substances }]
    },
    {
      name: "a recorded major-hazard grade shows the flag",
      asOf,
      enterprise: hazchem({
        majorHazardInstallations: [{ id: "T-1", recordedGrade: 4 }],
        externalSafetyDistances: [{ unitId: "T-1", meetsStandard: false }]
      })
    }
  ],
  compliant: [
    {
      name: "the distance meets the standard",
      asOf,
      enterprise: hazchem({ externalSafetyDistances: [{ involvesMajorHazard: true, meetsStandard: true }] })
    },
    {
      name: "exactly the required distance is enough",
      asOf,
      enterprise: hazchem({ externalSafetyDistances: [{ involvesKeyProcess: true, requiredMetres: 600, actualMetres: 600 }] })
    },
    {
      name: "a distance that is met needs no 两重点一重大 flags",
      asOf,
      enterprise: hazchem({ externalSafetyDistances: [{ meetsStandard: true }] })
    }
  ],
  notApplicable: [
    { name: "no unit involving 两重点一重大", asOf, enterprise: hazchem({ externalSafetyDistances: [] }) },
    {
      name: "a unit with none of the three flags is out of scope, whatever its distance",
      asOf,
      enterprise: hazchem({
        externalSafetyDistances: [{ involvesKeyProcess: false, involvesKeySupervisedChemical: false, involvesMajorHazard: false, meetsStandard: false }]
      })
    }
  ],
  indeterminate: [
    { name: "distances not recorded", asOf, enterprise: hazchem({}), missing: ["facts.externalSafetyDistances"] },
    {
      name: "short distance, but whether the unit involves 两重点一重大 is unknown",
      asOf,
      enterprise: hazchem({ externalSafetyDistances: [{ requiredMetres: 300, actualMetres: 200 }] }),
      missing: [
        "facts.externalSafetyDistances[0].involvesKeyProcess",
        "facts.externalSafetyDistances[0].involvesKeySupervisedChemical",
        "facts.externalSafetyDistances[0].involvesMajorHazard"
      ]
    },
    {
      name: "S just below 1 (4.99 t of chlorine) does not show the major-hazard flag",
      asOf,
      enterprise: hazchem({
        majorHazardInstallations: [chlorine(4.99)],
        externalSafetyDistances: [{ unitId: "U-CL2", involvesKeySupervisedChemical: false, involvesKeyProcess: false, meetsStandard: false }]
      }),
      missing: ["facts.externalSafetyDistances[0].involvesMajorHazard"]
    },
    {
      name: "a unit in scope whose distance is unknown",
      asOf,
      enterprise: hazchem({ externalSafetyDistances: [{ involvesMajorHazard: true, requiredMetres: 300 }] }),
      missing: ["facts.externalSafetyDistances[0].meetsStandard"]
    }
  ]
})
