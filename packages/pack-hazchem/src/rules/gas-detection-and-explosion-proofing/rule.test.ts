import { asOf, hazchem, tester } from "../testkit.ts"

tester.run("hazchem/gas-detection-and-explosion-proofing", {
  violation: [
    {
      name: "a toxic gas location without a detection alarm",
      asOf,
      enterprise: hazchem({
        gasLeakLocations: [{ id: "氯气压缩机房", gas: "toxic", hasDetectionAlarm: false }],
        explosionHazardAreas: [{ id: "氢气处理", explosionProofEquipmentCompliant: true }]
      }),
      evidence: [{ path: "facts.gasLeakLocations[0].hasDetectionAlarm", value: false }],
      details: { "zh-CN": "有毒气体泄漏场所氯气压缩机房未设置检测报警装置" },
      severity: "major"
    },
    {
      name: "an explosion-hazard area without compliant equipment, the other half unknown",
      asOf,
      enterprise: hazchem({ explosionHazardAreas: [{ id: "罐区泵房", explosionProofEquipmentCompliant: false }] }),
      evidence: [{ path: "facts.explosionHazardAreas[0].explosionProofEquipmentCompliant", value: false }]
    }
  ],
  compliant: [
    {
      name: "alarms and explosion-proof equipment in place",
      asOf,
      enterprise: hazchem({
        gasLeakLocations: [{ gas: "flammable-and-toxic", hasDetectionAlarm: true }],
        explosionHazardAreas: [{ explosionProofEquipmentCompliant: true }]
      })
    },
    {
      name: "alarms in place and no explosion-hazard area",
      asOf,
      enterprise: hazchem({ gasLeakLocations: [{ hasDetectionAlarm: true }], explosionHazardAreas: [] })
    }
  ],
  notApplicable: [
    { name: "neither kind of place", asOf, enterprise: hazchem({ gasLeakLocations: [], explosionHazardAreas: [] }) }
  ],
  indeterminate: [
    { name: "nothing recorded", asOf, enterprise: hazchem({}), missing: ["facts.gasLeakLocations", "facts.explosionHazardAreas"] },
    {
      name: "alarms in place, explosion-hazard areas not recorded",
      asOf,
      enterprise: hazchem({ gasLeakLocations: [{ hasDetectionAlarm: true }] }),
      missing: ["facts.explosionHazardAreas"]
    },
    {
      name: "alarm status unknown",
      asOf,
      enterprise: hazchem({ gasLeakLocations: [{ gas: "flammable" }], explosionHazardAreas: [] }),
      missing: ["facts.gasLeakLocations[0].hasDetectionAlarm"]
    }
  ]
})
