import { asOf, hazchem, tester } from "../testkit.ts"

const RULE = "hazchem/key-process-automation"

tester.run(RULE, {
  violation: [
    {
      name: "emergency shutdown installed but not in use",
      asOf,
      enterprise: hazchem({
        keyProcesses: [
          { process: "chlor-alkali-electrolysis", unitId: "U-ELEC", automation: "in-use", emergencyShutdown: "in-use" },
          { process: "chlorination", unitId: "U-CHL", automation: "in-use", emergencyShutdown: "installed-not-in-use" }
        ]
      }),
      evidence: [
        { path: "facts.keyProcesses[1].process", value: "chlorination" },
        { path: "facts.keyProcesses[1].emergencyShutdown", value: "installed-not-in-use" }
      ],
      details: { "zh-CN": "氯化工艺装置（U-CHL）紧急停车已装备但未投入使用" },
      severity: "major"
    },
    {
      name: "no automation (second-batch process)",
      asOf,
      enterprise: hazchem({ keyProcesses: [{ process: "azotization", automation: "absent", emergencyShutdown: "in-use" }] }),
      evidence: [{ path: "facts.keyProcesses[0].automation", value: "absent" }]
    },
    {
      name: "one status absent decides even when the other is unknown",
      asOf,
      enterprise: hazchem({ keyProcesses: [{ process: "nitration", emergencyShutdown: "absent" }] })
    }
  ],
  compliant: [
    {
      name: "automation and emergency shutdown in use",
      asOf,
      enterprise: hazchem({ keyProcesses: [{ process: "hydrogenation", automation: "in-use", emergencyShutdown: "in-use" }] })
    }
  ],
  notApplicable: [
    { name: "uses none of the 18 processes", asOf, enterprise: hazchem({ keyProcesses: [] }) }
  ],
  indeterminate: [
    { name: "processes not recorded", asOf, enterprise: hazchem({}), missing: ["facts.keyProcesses"] },
    {
      name: "the emergency shutdown status is unknown",
      asOf,
      enterprise: hazchem({ keyProcesses: [{ process: "oxidation", automation: "in-use" }] }),
      missing: ["facts.keyProcesses[0].emergencyShutdown"]
    }
  ]
})
