import { PackTester } from "@anquan/testing"
import { coalMinePack } from "../pack.ts"
import { asOf, flagCases, openPit, underground } from "../testSupport.ts"

const tester = PackTester.make(coalMinePack)
const water = (w: Record<string, unknown>) => underground({ water: w })

tester.run("coal-mine/water-sources-unidentified", flagCases("facts.water.mainSourcesIdentified", false))
tester.run("coal-mine/non-dedicated-drill-probing", flagCases("facts.water.nonDedicatedDrillProbing", true))
tester.run("coal-mine/water-survey-data-falsified", flagCases("facts.water.dataFalsified", true))
tester.run("coal-mine/barrier-pillar-altered", flagCases("facts.water.barrierPillarAlteredOrMined", true))
tester.run("coal-mine/barrier-pillar-entered", flagCases("facts.water.barrierPillarEnteredAsExploration", true))
tester.run("coal-mine/permanent-pumping-missing", flagCases("facts.water.districtRoadwaysWithoutPermanentPumping", true))
tester.run("coal-mine/dip-district-drainage", flagCases("facts.water.dipDistrictGateRoadsBeforeDrainage", true))
tester.run("coal-mine/main-pumping-inadequate", flagCases("facts.water.mainPumpingCompliant", false))
tester.run("coal-mine/steep-seams-under-water", flagCases("facts.water.steepSeamsUnderWaterUntreated", true))
tester.run("coal-mine/bed-separation-water", flagCases("facts.water.bedSeparationWaterUntreated", true))
tester.run("coal-mine/burnt-zone-water", flagCases("facts.water.burntZoneWaterUntreated", true))

tester.run("coal-mine/probing-skipped", {
  violation: [
    { name: "an aquifer approached without probing (3)2", asOf, enterprise: water({ probingSkippedAreas: ["aquifer-fault-karst-column"] }), evidence: [{ path: "facts.water.probingSkippedAreas", value: ["aquifer-fault-karst-column"] }] },
    { name: "a low-resistivity anomaly (3)7", asOf, enterprise: water({ probingSkippedAreas: ["low-resistivity-anomaly"] }) }
  ],
  compliant: [{ name: "none", asOf, enterprise: water({ probingSkippedAreas: [] }) }],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({}) }],
  indeterminate: [{ name: "not inspected", asOf, enterprise: water({}), missing: ["facts.water.probingSkippedAreas"] }]
})

tester.run("coal-mine/probe-holes-non-compliant", {
  violation: [{ name: "casing shorter than the rule (4)2", asOf, enterprise: water({ probeHoleBreaches: ["casing-length"] }) }],
  compliant: [{ name: "none", asOf, enterprise: water({ probeHoleBreaches: [] }) }],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({}) }],
  indeterminate: [{ name: "not inspected", asOf, enterprise: water({}), missing: ["facts.water.probeHoleBreaches"] }]
})

tester.run("coal-mine/barrier-pillar-missing", {
  violation: [
    { name: "none at the mine boundary (6)1", asOf, enterprise: water({ missingBarrierPillars: ["mine-boundary"] }) },
    { name: "none at an opencast area turned underground (6)9", asOf, enterprise: water({ missingBarrierPillars: ["open-pit-turned-underground"] }) }
  ],
  compliant: [{ name: "none missing", asOf, enterprise: water({ missingBarrierPillars: [] }) }],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({}) }],
  indeterminate: [{ name: "not inspected", asOf, enterprise: water({}), missing: ["facts.water.missingBarrierPillars"] }]
})

// 第十条(七): 20 m; 10 × roadway height when driving; the fracture-zone height when extracting
const pillar = (p: Record<string, unknown>) => underground({ barrierPillars: [{ name: "F12断层防水煤柱", beneathStrongAquifer: "no", ...p }] })
tester.run("coal-mine/barrier-pillar-too-small", {
  violation: [
    { name: "19.9 m", asOf, enterprise: pillar({ widthM: 19.9 }), evidence: [{ path: "facts.barrierPillars[0].widthM", value: 19.9 }] },
    { name: "driving: 34.9 m under a 3.5 m roadway", asOf, enterprise: pillar({ widthM: 34.9, beneathStrongAquifer: "driving", roadwayHeightM: 3.5 }) },
    { name: "extracting: 59 m under a 60 m fracture zone", asOf, enterprise: pillar({ widthM: 59, beneathStrongAquifer: "extracting", maxFractureZoneHeightM: 60 }) }
  ],
  compliant: [
    { name: "exactly 20 m", asOf, enterprise: pillar({ widthM: 20 }) },
    { name: "driving: exactly 35 m under a 3.5 m roadway", asOf, enterprise: pillar({ widthM: 35, beneathStrongAquifer: "driving", roadwayHeightM: 3.5 }) },
    { name: "extracting: exactly the 60 m fracture zone", asOf, enterprise: pillar({ widthM: 60, beneathStrongAquifer: "extracting", maxFractureZoneHeightM: 60 }) }
  ],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({}) }],
  indeterminate: [{ name: "driving, roadway height unknown", asOf, enterprise: pillar({ widthM: 30, beneathStrongAquifer: "driving" }), missing: ["facts.barrierPillars[0].roadwayHeightM"] }]
})

tester.run("coal-mine/inrush-signs-no-withdrawal", {
  violation: [{ name: "signs, not withdrawn", asOf, enterprise: water({ inrushSigns: true, threatenedPeopleWithdrawn: false }) }],
  compliant: [{ name: "signs, withdrawn", asOf, enterprise: water({ inrushSigns: true, threatenedPeopleWithdrawn: true }) }, { name: "no signs", asOf, enterprise: water({ inrushSigns: false }) }],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({}) }],
  indeterminate: [{ name: "signs, withdrawal unknown", asOf, enterprise: water({ inrushSigns: true }), missing: ["facts.water.threatenedPeopleWithdrawn"] }]
})
