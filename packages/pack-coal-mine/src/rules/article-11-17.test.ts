import { PackTester } from "@anquan/testing"
import { coalMinePack } from "../pack.ts"
import { asOf, flagCases, mine, openPit, underground } from "../testSupport.ts"

const tester = PackTester.make(coalMinePack)
const burst = { minesRockBurstSeams: true }

// 第十一条
tester.run("coal-mine/burst-grade-appraisal", flagCases("facts.rockBurst.gradeAppraisalFailed", true))
tester.run("coal-mine/burst-prone-seam-unevaluated", {
  violation: [{ name: "burst-prone seam, not evaluated", asOf, enterprise: underground({ rockBurst: { burstProneSeams: true, seamHazardEvaluated: false } }) }],
  compliant: [{ name: "evaluated", asOf, enterprise: underground({ rockBurst: { burstProneSeams: true, seamHazardEvaluated: true } }) }],
  notApplicable: [{ name: "no burst-prone seams", asOf, enterprise: underground({ rockBurst: { burstProneSeams: false } }) }],
  indeterminate: [{ name: "evaluation unknown", asOf, enterprise: underground({ rockBurst: { burstProneSeams: true } }), missing: ["facts.rockBurst.seamHazardEvaluated"] }]
})
tester.run("coal-mine/burst-district-face-unevaluated", flagCases("facts.rockBurst.districtAndFaceEvaluated", false, { base: burst }))
tester.run("coal-mine/burst-evaluation-falsified", flagCases("facts.rockBurst.evaluationFalsified", true, { base: burst }))
tester.run("coal-mine/burst-warning-ignored", flagCases("facts.rockBurst.warningNotActedOn", true, { base: burst }))
tester.run("coal-mine/burst-destressing-unverified", flagCases("facts.rockBurst.destressingNotVerified", true, { base: burst }))
tester.run("coal-mine/burst-advance-support", flagCases("facts.rockBurst.advanceSupportNonCompliant", true, { base: burst }))
tester.run("coal-mine/burst-top-coal-roadways", flagCases("facts.rockBurst.topCoalRoadwaysNotReinforced", true, { base: burst }))

// 第十一条(七): 150 / 350 / 500 m apart; people beyond 300 m
const layout = (more: Record<string, unknown>) => underground({ ...burst, rockBurst: { layoutBreaches: [] }, rockBurstFacePairs: [], destressingOperations: [], ...more })
const pair = (p: string, distanceM: number, extra: Record<string, unknown> = {}) => layout({ rockBurstFacePairs: [{ name: "3103/3105", pair: p, bothAllRock: false, oneStopped: false, distanceM, ...extra }] })
tester.run("coal-mine/burst-layout-breaches", {
  violation: [
    { name: "two headings 149.9 m apart", asOf, enterprise: pair("two-headings", 149.9) },
    { name: "longwall and heading 349 m apart", asOf, enterprise: pair("longwall-and-heading", 349) },
    { name: "two longwalls 499 m apart", asOf, enterprise: pair("two-longwalls", 499) },
    { name: "uninvolved people exactly 300 m away", asOf, enterprise: layout({ destressingOperations: [{ name: "3103卸压", nearestUninvolvedPersonM: 300 }] }), details: { "zh-CN": "无关人员未撤离至距解危地点300m以外" } },
    { name: "an island pillar left by sequence (7)1", asOf, enterprise: layout({ rockBurst: { layoutBreaches: ["sequence-island-pillar"] } }) }
  ],
  compliant: [
    { name: "two headings exactly 150 m apart; longwall–heading 350 m; two longwalls 500 m; people 300.5 m away", asOf, enterprise: layout({
      rockBurstFacePairs: [
        { name: "a", pair: "two-headings", bothAllRock: false, oneStopped: false, distanceM: 150 },
        { name: "b", pair: "longwall-and-heading", oneStopped: false, distanceM: 350 },
        { name: "c", pair: "two-longwalls", oneStopped: false, distanceM: 500 }
      ],
      destressingOperations: [{ name: "3103卸压", nearestUninvolvedPersonM: 300.5 }]
    }) },
    { name: "two all-rock headings 100 m apart (excepted)", asOf, enterprise: pair("two-headings", 100, { bothAllRock: true }) },
    { name: "two longwalls 400 m apart, one stopped", asOf, enterprise: pair("two-longwalls", 400, { oneStopped: true }) }
  ],
  notApplicable: [{ name: "no rock-burst seams", asOf, enterprise: underground({ minesRockBurstSeams: false }) }],
  indeterminate: [{ name: "a pair's distance unknown", asOf, enterprise: layout({ rockBurstFacePairs: [{ name: "x", pair: "two-longwalls", oneStopped: false }] }), missing: ["facts.rockBurstFacePairs[0].distanceM"] }]
})

// 第十二条
tester.run("coal-mine/longwall-fire-prevention", {
  violation: [{ name: "measures breached", asOf, enterprise: underground({ combustion: { minesProneSeams: true, longwallMeasuresBreached: true } }) }],
  compliant: [{ name: "measures in place", asOf, enterprise: underground({ combustion: { minesProneSeams: true, longwallMeasuresBreached: false } }) }],
  notApplicable: [{ name: "no combustion-prone seams", asOf, enterprise: underground({ combustion: { minesProneSeams: false } }) }, { name: "an open-pit mine", asOf, enterprise: openPit({}) }],
  indeterminate: [{ name: "unknown", asOf, enterprise: underground({ combustion: { minesProneSeams: true } }), missing: ["facts.combustion.longwallMeasuresBreached"] }]
})
tester.run("coal-mine/heating-signs-ignored", {
  violation: [{ name: "signs, response breached", asOf, enterprise: underground({ combustion: { heatingSigns: true, heatingResponseBreached: true } }) }],
  compliant: [{ name: "no signs", asOf, enterprise: underground({ combustion: { heatingSigns: false } }) }, { name: "signs, handled", asOf, enterprise: underground({ combustion: { heatingSigns: true, heatingResponseBreached: false } }) }],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({}) }],
  indeterminate: [{ name: "signs, response unknown", asOf, enterprise: underground({ combustion: { heatingSigns: true } }), missing: ["facts.combustion.heatingResponseBreached"] }]
})
tester.run("coal-mine/fire-zone-handling", flagCases("facts.combustion.fireZonesHandledAgainstRules", true))

// 第十三条
tester.run("coal-mine/banned-equipment", flagCases("facts.equipment.bannedInUse", true, { alwaysApplies: true }))
tester.run("coal-mine/safety-mark-missing", flagCases("facts.equipment.safetyMarkMissing", true))
tester.run("coal-mine/electrical-gas-class-mismatch", flagCases("facts.equipment.electricalMismatchGasClass", true))
tester.run("coal-mine/explosives-not-matched", flagCases("facts.equipment.explosivesNotMatched", true))
tester.run("coal-mine/improper-blasting", flagCases("facts.equipment.noDedicatedBlasterOrBareBlasting", true, { alwaysApplies: true }))
const enclosure = (e: Record<string, unknown>) => underground({ flameproofEquipment: [{ name: "1301工作面馈电开关", enclosureCrackedOrOpenWeld: false, deformationLengthMm: 0, dentDepthMm: 0, otherLosses: [], ...e }] })
tester.run("coal-mine/loss-of-explosion-protection", {
  violation: [
    { name: "deformation 50.1 mm long", asOf, enterprise: enclosure({ deformationLengthMm: 50.1 }) },
    { name: "a dent 5.1 mm deep", asOf, enterprise: enclosure({ dentDepthMm: 5.1 }) },
    { name: "an open weld", asOf, enterprise: enclosure({ enclosureCrackedOrOpenWeld: true }) },
    { name: "interlock failed (4)6", asOf, enterprise: enclosure({ otherLosses: ["interlock-failed"] }) }
  ],
  compliant: [{ name: "deformation exactly 50 mm, dent exactly 5 mm", asOf, enterprise: enclosure({ deformationLengthMm: 50, dentDepthMm: 5 }) }],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({}) }],
  indeterminate: [{ name: "dent unknown", asOf, enterprise: underground({ flameproofEquipment: [{ name: "开关", enclosureCrackedOrOpenWeld: false, deformationLengthMm: 0, otherLosses: [] }] }), missing: ["facts.flameproofEquipment[0].dentDepthMm"] }]
})

// 第十四条
tester.run("coal-mine/monitoring-systems-missing", flagCases("facts.monitoring.systemsMissingOrDown", true, { alwaysApplies: true }))
tester.run("coal-mine/monitoring-data-tampered", flagCases("facts.monitoring.dataTampered", true, { alwaysApplies: true }))
tester.run("coal-mine/methane-lockout-failed", flagCases("facts.monitoring.alarmOrLockoutFailed", true))
tester.run("coal-mine/methane-settings-wrong", flagCases("facts.monitoring.settingsNonCompliant", true))
tester.run("coal-mine/methane-calibration-overdue", flagCases("facts.monitoring.calibrationOverdue", true))
tester.run("coal-mine/methane-sensors-defeated", flagCases("facts.monitoring.sensorsDefeated", true))
tester.run("coal-mine/methane-sensors-missing", {
  violation: [{ name: "none at a longwall's return corner", asOf, enterprise: underground({ monitoring: { missingMethaneSensors: ["longwall-return-and-corner"] } }) }, { name: "none 5–10 m downwind of outburst drilling", asOf, enterprise: underground({ monitoring: { missingMethaneSensors: ["outburst-drilling-5-10m"] } }) }],
  compliant: [{ name: "none missing", asOf, enterprise: underground({ monitoring: { missingMethaneSensors: [] } }) }],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit({}) }],
  indeterminate: [{ name: "not inspected", asOf, enterprise: underground({ monitoring: {} }), missing: ["facts.monitoring.missingMethaneSensors"] }]
})
tester.run("coal-mine/slope-monitoring-coverage", {
  violation: [{ name: "not full coverage", asOf, enterprise: openPit({ monitoring: { slopeMonitoringFullCoverage: false } }) }],
  compliant: [{ name: "full coverage", asOf, enterprise: openPit({ monitoring: { slopeMonitoringFullCoverage: true } }) }],
  notApplicable: [{ name: "an underground mine", asOf, enterprise: underground({ monitoring: { slopeMonitoringFullCoverage: false } }) }],
  indeterminate: [{ name: "mine type unknown", asOf, enterprise: mine({ monitoring: { slopeMonitoringFullCoverage: false } }), missing: ["facts.mineType"] }]
})

// 第十五条 (露天)
const wall = (benches: number, slopeAngle: number) => openPit({ finalWalls: [{ name: "北帮", benches, slopeAngle, designMaxAngle: 38 }] })
tester.run("coal-mine/final-wall-too-steep", {
  violation: [{ name: "2 benches at 38.5° against 38°", asOf, enterprise: wall(2, 38.5) }],
  compliant: [{ name: "2 benches at exactly 38°", asOf, enterprise: wall(2, 38) }, { name: "1 bench at 45°", asOf, enterprise: wall(1, 45) }],
  notApplicable: [{ name: "an underground mine", asOf, enterprise: underground({}) }],
  indeterminate: [{ name: "angle unknown", asOf, enterprise: openPit({ finalWalls: [{ name: "北帮", benches: 3, designMaxAngle: 38 }] }), missing: ["facts.finalWalls[0].slopeAngle"] }]
})
const bench = (heightM: number, bermWidthM: number) => openPit({ workingBenches: [{ name: "+1210水平", heightM, designHeightM: 12, bermWidthM, designBermWidthM: 40 }] })
tester.run("coal-mine/bench-geometry", {
  violation: [{ name: "24.1 m against 12 m", asOf, enterprise: bench(24.1, 40) }, { name: "a 19.9 m berm against 40 m", asOf, enterprise: bench(12, 19.9) }],
  compliant: [{ name: "exactly twice the height, exactly half the berm", asOf, enterprise: bench(24, 20) }],
  notApplicable: [{ name: "an underground mine", asOf, enterprise: underground({}) }],
  indeterminate: [{ name: "berm unknown", asOf, enterprise: openPit({ workingBenches: [{ name: "+1210", heightM: 12, designHeightM: 12, designBermWidthM: 40 }] }), missing: ["facts.workingBenches[0].bermWidthM"] }]
})
tester.run("coal-mine/accelerating-displacement", {
  violation: [{ name: "accelerating, no measures", asOf, enterprise: openPit({ slope: { acceleratingDisplacement72h: true, displacementMeasuresTaken: false } }) }],
  compliant: [{ name: "accelerating, measures", asOf, enterprise: openPit({ slope: { acceleratingDisplacement72h: true, displacementMeasuresTaken: true } }) }, { name: "not accelerating", asOf, enterprise: openPit({ slope: { acceleratingDisplacement72h: false } }) }],
  notApplicable: [{ name: "an underground mine", asOf, enterprise: underground({}) }],
  indeterminate: [{ name: "accelerating, measures unknown", asOf, enterprise: openPit({ slope: { acceleratingDisplacement72h: true } }), missing: ["facts.slope.displacementMeasuresTaken"] }]
})
tester.run("coal-mine/slope-failure-signs", {
  violation: [{ name: "signs, not withdrawn", asOf, enterprise: openPit({ slope: { failureSigns: true, stoppedAndWithdrawn: false } }) }],
  compliant: [{ name: "signs, withdrawn", asOf, enterprise: openPit({ slope: { failureSigns: true, stoppedAndWithdrawn: true } }) }],
  notApplicable: [{ name: "an underground mine", asOf, enterprise: underground({}) }],
  indeterminate: [{ name: "signs unknown", asOf, enterprise: openPit({ slope: {} }), missing: ["facts.slope.failureSigns", "facts.slope.stoppedAndWithdrawn"] }]
})

// 第十六条 (井工 only: clarification (b))
tester.run("coal-mine/single-circuit-supply", {
  violation: [{ name: "a producing mine on one circuit", asOf, enterprise: underground({ stage: "production", power: { singleCircuit: true } }) }],
  compliant: [{ name: "dual circuits", asOf, enterprise: underground({ stage: "production", power: { singleCircuit: false } }) }],
  notApplicable: [
    { name: "an open-pit mine on one circuit (clarification (b))", asOf, enterprise: openPit({ stage: "production", power: { singleCircuit: true } }) },
    { name: "a mine under construction", asOf, enterprise: underground({ stage: "construction", power: { singleCircuit: true } }) }
  ],
  indeterminate: [{ name: "stage unknown", asOf, enterprise: underground({ power: { singleCircuit: true } }), missing: ["facts.stage"] }]
})
tester.run("coal-mine/construction-dual-circuit", {
  violation: [{ name: "no dual circuit after connection", asOf, enterprise: underground({ stage: "construction", power: { dualCircuitAfterShaftConnection: false } }) }],
  compliant: [{ name: "dual circuit formed", asOf, enterprise: underground({ stage: "construction", power: { dualCircuitAfterShaftConnection: true } }) }],
  notApplicable: [{ name: "a producing mine", asOf, enterprise: underground({ stage: "production" }) }, { name: "an open-pit mine", asOf, enterprise: openPit({ stage: "construction" }) }],
  indeterminate: [{ name: "unknown", asOf, enterprise: underground({ stage: "construction" }), missing: ["facts.power.dualCircuitAfterShaftConnection"] }]
})
tester.run("coal-mine/compromised-dual-circuit", flagCases("facts.power.producingOnCompromisedDualCircuit", true))

// 第十七条
tester.run("coal-mine/producing-while-building", {
  violation: [{ name: "coal produced during construction", asOf, enterprise: underground({ stage: "construction", construction: { coalProduced: true }, registeredTrialRun: false }) }, { name: "an open-pit mine too", asOf, enterprise: openPit({ stage: "construction", construction: { coalProduced: true }, registeredTrialRun: false }) }],
  compliant: [{ name: "a registered joint trial run (excepted)", asOf, enterprise: underground({ stage: "construction", construction: { coalProduced: true }, registeredTrialRun: true }) }, { name: "no coal produced", asOf, enterprise: underground({ stage: "construction", construction: { coalProduced: false } }) }],
  notApplicable: [{ name: "a producing mine", asOf, enterprise: underground({ stage: "production" }) }],
  indeterminate: [{ name: "trial run unknown", asOf, enterprise: underground({ stage: "construction", construction: { coalProduced: true } }), missing: ["facts.registeredTrialRun"] }]
})
tester.run("coal-mine/producing-in-expansion-area", {
  violation: [{ name: "coal in the expansion area", asOf, enterprise: underground({ expansion: { underway: true, coalProducedInExpansionArea: true }, registeredTrialRun: false }) }],
  compliant: [{ name: "a registered trial run", asOf, enterprise: underground({ expansion: { underway: true, coalProducedInExpansionArea: true }, registeredTrialRun: true }) }],
  notApplicable: [{ name: "no expansion", asOf, enterprise: underground({ expansion: { underway: false } }) }],
  indeterminate: [{ name: "whether expanding unknown", asOf, enterprise: underground({}), missing: ["facts.expansion"] }]
})
tester.run("coal-mine/expansion-beyond-design", {
  violation: [{ name: "beyond design elsewhere", asOf, enterprise: underground({ expansion: { underway: true, beyondDesignElsewhere: true } }) }],
  compliant: [{ name: "within design", asOf, enterprise: underground({ expansion: { underway: true, beyondDesignElsewhere: false } }) }],
  notApplicable: [{ name: "no expansion", asOf, enterprise: underground({ expansion: { underway: false, beyondDesignElsewhere: true } }) }],
  indeterminate: [{ name: "unknown", asOf, enterprise: underground({ expansion: { underway: true } }), missing: ["facts.expansion.beyondDesignElsewhere"] }]
})
