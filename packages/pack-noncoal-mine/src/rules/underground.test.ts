import { PackTester } from "@anquan/testing"
import { noncoalMinePack } from "../pack.ts"
import { asOf, findingCases, mine, unitMine } from "../testSupport.ts"

const tester = PackTester.make(noncoalMinePack)
const U = "facts.underground."
const u = (entries: ReadonlyArray<readonly [string, unknown]>) => unitMine(["underground"], entries.map(([p, v]) => [U + p, v] as const))

// (一) 安全出口: fewer than 2; two less than 30 m apart; a wing longer than 1000 m without its exit; findings 3–5
const exitsOk: ReadonlyArray<readonly [string, unknown]> = [
  ["safetyExits.independentExits", 3], ["safetyExits.notAsDesigned", false], ["safetyExits.oreBodyWings", []],
  ["safetyExits.shaftsWithoutLadderway", false], ["safetyExits.levelsWithoutTwoExits", false], ["safetyExits.blockedOrUnusable", false]
]
const exits = (...more: ReadonlyArray<readonly [string, unknown]>) => u([...exitsOk, ...more])
tester.run("noncoal-mine/safety-exits", {
  violation: [
    { name: "one exit to surface", asOf, enterprise: exits(["safetyExits.independentExits", 1]), evidence: [{ path: "facts.underground.safetyExits.independentExits", value: 1 }], details: { "zh-CN": "1. 独立直达地面的安全出口个数为1个，小于2个" } },
    { name: "two exits 29.9 m apart", asOf, enterprise: exits(["safetyExits.independentExits", 2], ["safetyExits.spacingM", 29.9]), evidence: [{ path: "facts.underground.safetyExits.spacingM", value: 29.9 }], details: { "zh-CN": "2. " } },
    {
      name: "a wing of 1000.1 m without its own exit",
      asOf,
      enterprise: exits(["safetyExits.oreBodyWings", [{ name: "东翼", strikeLengthM: 1000.1, exitOnWing: false }]]),
      evidence: [{ path: "facts.underground.safetyExits.oreBodyWings[0].strikeLengthM", value: 1000.1 }, { path: "facts.underground.safetyExits.oreBodyWings[0].exitOnWing", value: false }],
      details: { "zh-CN": "东翼" }
    },
    { name: "an exit blocked", asOf, enterprise: exits(["safetyExits.blockedOrUnusable", true]), evidence: [{ path: "facts.underground.safetyExits.blockedOrUnusable", value: true }], details: { "zh-CN": "5. 安全出口出现堵塞", en: "5. an exit is blocked" } },
    { name: "exits not as designed", asOf, enterprise: exits(["safetyExits.notAsDesigned", true]), details: { "zh-CN": "1. " } }
  ],
  compliant: [
    { name: "three exits", asOf, enterprise: exits() },
    { name: "two exits exactly 30 m apart", asOf, enterprise: exits(["safetyExits.independentExits", 2], ["safetyExits.spacingM", 30]) },
    { name: "a wing of exactly 1000 m without an exit; a longer one with its exit", asOf, enterprise: exits(["safetyExits.oreBodyWings", [{ name: "东翼", strikeLengthM: 1000, exitOnWing: false }, { name: "西翼", strikeLengthM: 1800, exitOnWing: true }]]) }
  ],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: unitMine(["open-pit"], [["facts.underground.safetyExits.independentExits", 1]]) }],
  indeterminate: [
    { name: "two exits, their spacing unknown", asOf, enterprise: exits(["safetyExits.independentExits", 2]), missing: ["facts.underground.safetyExits.spacingM"] },
    { name: "units unknown", asOf, enterprise: mine({ underground: { safetyExits: { independentExits: 1 } } }), missing: ["facts.units"] }
  ]
})

tester.run("noncoal-mine/underground-banned-equipment", findingCases("underground", [U + "bannedEquipmentInUse"]))
tester.run("noncoal-mine/workings-connected", findingCases("underground", [U + "workingsConnected"]))

// (四) 现状图纸: updated at least every 3 months (producing) or every month (construction), as of 2026-11-23
const plansOk: ReadonlyArray<readonly [string, unknown]> = [
  ["plans.requiredPlansMissing", false], ["plans.surfaceMismatch", false], ["plans.workingsMismatch", false], ["plans.neighbourMismatch", false], ["plans.voidsMismatch", false]
]
const plans = (stage: string, updatedOn: ReadonlyArray<string>, ...more: ReadonlyArray<readonly [string, unknown]>) => u([...plansOk, ["stage", stage], ["plans.updatedOn", updatedOn], ...more])
tester.run("noncoal-mine/mine-plans", {
  violation: [
    { name: "producing, last updated 2026-08-22 (more than 3 months)", asOf, enterprise: plans("production", ["2026-05-01", "2026-08-22"]), evidence: [{ path: "facts.underground.stage", value: "production" }], details: { "zh-CN": "1. " } },
    { name: "under construction, last updated 2026-10-22 (more than a month)", asOf, enterprise: plans("construction", ["2026-10-22"]) },
    { name: "producing, the only update dated after the as-of day", asOf, enterprise: plans("production", ["2026-11-30"]) },
    { name: "voids shown differently from reality", asOf, enterprise: plans("production", ["2026-11-01"], ["plans.voidsMismatch", true]), evidence: [{ path: "facts.underground.plans.voidsMismatch", value: true }], details: { "zh-CN": "5. 采空区" } },
    { name: "required plans not kept", asOf, enterprise: plans("production", ["2026-11-01"], ["plans.requiredPlansMissing", true]) }
  ],
  compliant: [
    { name: "producing, updated exactly 3 months before", asOf, enterprise: plans("production", ["2026-08-23"]) },
    { name: "under construction, updated exactly a month before", asOf, enterprise: plans("construction", ["2026-10-23"]) }
  ],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: unitMine(["open-pit"], []) }],
  indeterminate: [
    { name: "stage unknown", asOf, enterprise: u([...plansOk, ["plans.updatedOn", ["2026-01-01"]]]), missing: ["facts.underground.stage"] },
    { name: "update dates unknown", asOf, enterprise: u([...plansOk, ["stage", "production"]]), missing: ["facts.underground.plans.updatedOn"] }
  ]
})

tester.run("noncoal-mine/open-pit-to-underground", findingCases("underground", ["transition.noDesignedDrainage", "transition.jointMiningNotAsDesigned", "transition.noCrownPillarOrCushion"].map((p) => U + p), { base: [[U + "transitionFromOpenPit", true]], gate: [U + "transitionFromOpenPit", false] }))
tester.run("noncoal-mine/surface-water-control", findingCases("underground", [U + "surfaceWater.measuresNotAsDesigned"], { base: [[U + "surfaceWater.threatens", true]], gate: [U + "surfaceWater.threatens", false] }))

// (七) 排水: fewer than 3 pumps; the other exit less than 7 m above the pump-room floor
const pumpingOk: ReadonlyArray<readonly [string, unknown]> = [
  ["pumping.pumps", 3], ["pumping.capacityBelowDesign", false], ["pumping.deliveryLinesDeficient", false], ["pumping.noWatertightDoor", false], ["pumping.otherExitHeightM", 7], ["pumping.voidsAsSumps", false]
]
const pumping = (...more: ReadonlyArray<readonly [string, unknown]>) => u([...pumpingOk, ...more])
tester.run("noncoal-mine/main-pumping", {
  violation: [
    { name: "2 pumps", asOf, enterprise: pumping(["pumping.pumps", 2]), evidence: [{ path: "facts.underground.pumping.pumps", value: 2 }], details: { "zh-CN": "1. 井下主要排水泵数量为2台，小于3台" } },
    { name: "the other exit 6.99 m above the floor", asOf, enterprise: pumping(["pumping.otherExitHeightM", 6.99]), evidence: [{ path: "facts.underground.pumping.otherExitHeightM", value: 6.99 }], details: { "zh-CN": "3. " } },
    { name: "a void used as a sump", asOf, enterprise: pumping(["pumping.voidsAsSumps", true]), details: { "zh-CN": "4. 利用采空区" } }
  ],
  compliant: [{ name: "3 pumps, the other exit exactly 7 m up", asOf, enterprise: pumping() }],
  notApplicable: [{ name: "a tailings pond", asOf, enterprise: unitMine(["tailings-pond"], [["facts.underground.pumping.pumps", 1]]) }],
  indeterminate: [{ name: "the exit's height unknown", asOf, enterprise: u(pumpingOk.filter(([p]) => p !== "pumping.otherExitHeightM")), missing: ["facts.underground.pumping.otherExitHeightM"] }]
})

// (八) both: less than 1 m above the flood level, and no designed protection
tester.run("noncoal-mine/collar-below-flood-level", {
  violation: [{
    name: "0.99 m above, no protection",
    asOf,
    enterprise: u([["flood.collarMarginM", 0.99], ["flood.protectionNotAsDesigned", true]]),
    evidence: [{ path: "facts.underground.flood.collarMarginM", value: 0.99 }, { path: "facts.underground.flood.protectionNotAsDesigned", value: true }]
  }, { name: "below the flood level, no protection", asOf, enterprise: u([["flood.collarMarginM", -2], ["flood.protectionNotAsDesigned", true]]) }],
  compliant: [
    { name: "exactly 1 m above, no protection", asOf, enterprise: u([["flood.collarMarginM", 1], ["flood.protectionNotAsDesigned", true]]) },
    { name: "0.5 m above with the designed protection", asOf, enterprise: u([["flood.collarMarginM", 0.5], ["flood.protectionNotAsDesigned", false]]) },
    { name: "high enough: protection not read", asOf, enterprise: u([["flood.collarMarginM", 5]]) }
  ],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: unitMine(["open-pit"], []) }],
  indeterminate: [{ name: "0.5 m above, protection unknown", asOf, enterprise: u([["flood.collarMarginM", 0.5]]), missing: ["facts.underground.flood.protectionNotAsDesigned"] }]
})

tester.run("noncoal-mine/water-control-team", findingCases("underground", ["water.noSpecialists", "water.noTeam", "water.probingNotAsDesigned"].map((p) => U + p), { base: [[U + "hydrogeology", "medium"]], gate: [U + "hydrogeology", "simple"] }))
tester.run("noncoal-mine/complex-water-works", findingCases("underground", ["water.doorsNotAsDesigned", "water.sumpsNotAsDesigned"].map((p) => U + p), { base: [[U + "hydrogeology", "complex"]], gate: [U + "hydrogeology", "medium"] }))
tester.run("noncoal-mine/inrush-area-mining", findingCases("underground", ["inrush.noPlan", "inrush.probingDeficient"].map((p) => U + p), { base: [[U + "inrush.miningInThreatArea", true]], gate: [U + "inrush.miningInThreatArea", false] }))
tester.run("noncoal-mine/storm-withdrawal", findingCases("underground", [U + "surfaceInflow.noWithdrawal"], { base: [[U + "surfaceInflow.threatened", true]], gate: [U + "surfaceInflow.threatened", false] }))
tester.run("noncoal-mine/spontaneous-combustion", findingCases("underground", ["spontaneousCombustion.noMonitoring", "spontaneousCombustion.noPrevention", "spontaneousCombustion.signsIgnored"].map((p) => U + p), { base: [[U + "spontaneousCombustion.risk", true]], gate: [U + "spontaneousCombustion.risk", false] }))
tester.run("noncoal-mine/neighbour-pillars", findingCases("underground", [U + "neighbourPillarsMissing"], { base: [[U + "neighbourOverlap", true]], gate: [U + "neighbourOverlap", false] }))
tester.run("noncoal-mine/surface-facilities", findingCases("underground", [U + "surface.facilitiesInMovementZone", U + "surface.entriesExposed"]))
tester.run("noncoal-mine/pillars", findingCases("underground", ["pillars.notLeft", "pillars.notRecoveredAsDesigned", "pillars.minedWithoutAuthority"].map((p) => U + p)))
tester.run("noncoal-mine/voids-untreated", findingCases("underground", [U + "voidsUntreated"]))
tester.run("noncoal-mine/ground-pressure", findingCases("underground", ["groundPressure.noTeam", "groundPressure.noMeasures", "groundPressure.noWithdrawal"].map((p) => U + p), { base: [[U + "groundPressure.severe", true]], gate: [U + "groundPressure.severe", false] }))
tester.run("noncoal-mine/roof-support", findingCases("underground", [U + "roofSupportNotAsDesigned"]))

// (二十) 通风: reversal within 10 min; tests at most 12 months apart, as of 2026-11-23
const ventOk: ReadonlyArray<readonly [string, unknown]> = [
  ["ventilation.mechanical", true], ["ventilation.mainFanNotContinuous", false], ["ventilation.stopNotHandled", false], ["ventilation.noStandbyMotor", false],
  ["ventilation.faceAirBelowStandard", false], ["ventilation.onlineMonitoring", true], ["ventilation.reversalMinutes", 10], ["ventilation.reversalTests", ["2025-11-23"]]
]
const vent = (...more: ReadonlyArray<readonly [string, unknown]>) => u([...ventOk, ...more])
tester.run("noncoal-mine/ventilation", {
  violation: [
    { name: "no mechanical ventilation", asOf, enterprise: u([["ventilation.mechanical", false]]), evidence: [{ path: "facts.underground.ventilation.mechanical", value: false }], details: { "zh-CN": "矿井未采用机械通风" } },
    { name: "reversal takes 10.5 min", asOf, enterprise: vent(["ventilation.reversalMinutes", 10.5]), evidence: [{ path: "facts.underground.ventilation.reversalMinutes", value: 10.5 }], details: { "zh-CN": "6. " } },
    { name: "last reversal test 2025-11-22, more than a year before", asOf, enterprise: vent(["ventilation.reversalTests", ["2024-06-01", "2025-11-22"]]), details: { "zh-CN": "6. " } },
    { name: "no online monitoring and no test in the last 12 months", asOf, enterprise: vent(["ventilation.onlineMonitoring", false], ["ventilation.systemTests", ["2025-11-22"]]), details: { "zh-CN": "5. " } },
    { name: "main fan not running continuously", asOf, enterprise: vent(["ventilation.mainFanNotContinuous", true]), details: { "zh-CN": "1. 在正常生产情况下" } }
  ],
  compliant: [
    { name: "reversal in exactly 10 min, tested exactly a year before, online monitoring", asOf, enterprise: vent() },
    { name: "no online monitoring, system tested exactly 12 months before", asOf, enterprise: vent(["ventilation.onlineMonitoring", false], ["ventilation.systemTests", ["2025-11-23"]]) }
  ],
  notApplicable: [{ name: "a tailings pond", asOf, enterprise: unitMine(["tailings-pond"], [["facts.underground.ventilation.mechanical", false]]) }],
  indeterminate: [
    { name: "reversal time unknown", asOf, enterprise: u(ventOk.filter(([p]) => p !== "ventilation.reversalMinutes")), missing: ["facts.underground.ventilation.reversalMinutes"] },
    { name: "no online monitoring, tests unknown", asOf, enterprise: vent(["ventilation.onlineMonitoring", false]), missing: ["facts.underground.ventilation.systemTests"] }
  ]
})

tester.run("noncoal-mine/detectors-and-self-rescuers", findingCases("underground", [U + "gasDetectorsOrSelfRescuersMissing", U + "selfRescuerMisuse"]))
tester.run("noncoal-mine/man-hoisting", findingCases("underground", ["hoisting.notTestedOrProtectionFailed", "hoisting.gatesNotInterlocked", "hoisting.overwindProtectionDeficient", "hoisting.inclineSafetyDevicesDeficient", "hoisting.inclineSignalsNotInterlocked"].map((p) => U + p), { base: [[U + "hoisting.manHoisting", true]], gate: [U + "hoisting.manHoisting", false] }))

// (二十三) 无轨运人车辆: more than 25 people
const carrier = (more: Record<string, unknown>) => ({ name: "3号运人车", safetyMark: true, passengers: 25, overRatedLoad: false, dryBrakes: false, threeBrakesMissing: false, notInspected: false, ...more })
tester.run("noncoal-mine/personnel-carriers", {
  violation: [
    { name: "26 people", asOf, enterprise: u([["personnelCarriers", [carrier({ passengers: 26 })]]]), evidence: [{ path: "facts.underground.personnelCarriers[0].passengers", value: 26 }], details: { "zh-CN": "车辆「3号运人车」：2. " } },
    { name: "no safety mark", asOf, enterprise: u([["personnelCarriers", [carrier({}), carrier({ name: "5号运人车", safetyMark: false })]]]), evidence: [{ path: "facts.underground.personnelCarriers[1].safetyMark", value: false }], details: { "zh-CN": "5号运人车" } },
    { name: "dry brakes", asOf, enterprise: u([["personnelCarriers", [carrier({ dryBrakes: true })]]]), details: { "zh-CN": "3. " } }
  ],
  compliant: [{ name: "25 people, marked, wet brakes, inspected", asOf, enterprise: u([["personnelCarriers", [carrier({})]]]) }],
  notApplicable: [
    { name: "no carriers", asOf, enterprise: u([["personnelCarriers", []]]) },
    { name: "an open-pit mine", asOf, enterprise: unitMine(["open-pit"], [["facts.underground.personnelCarriers", [carrier({ passengers: 40 })]]]) }
  ],
  indeterminate: [{ name: "passengers unknown", asOf, enterprise: u([["personnelCarriers", [{ name: "3号运人车", safetyMark: true, overRatedLoad: false, dryBrakes: false, threeBrakesMissing: false, notInspected: false }]]]), missing: ["facts.underground.personnelCarriers[0].passengers"] }]
})

tester.run("noncoal-mine/class-one-power", findingCases("underground", [U + "power.classOneWithoutDualSource", U + "power.sourceCannotCarryAll"]))

// (二十五) 6 kV to 35 kV, both included
const system = (voltageKv: number, neutralSolidlyEarthed: boolean) => u([["stopeSupplySystems", [{ name: "井下10kV系统", voltageKv, neutralSolidlyEarthed }]]])
tester.run("noncoal-mine/solidly-earthed-neutral", {
  violation: [
    { name: "6 kV, solidly earthed", asOf, enterprise: system(6, true), evidence: [{ path: "facts.underground.stopeSupplySystems[0].voltageKv", value: 6 }, { path: "facts.underground.stopeSupplySystems[0].neutralSolidlyEarthed", value: true }] },
    { name: "35 kV, solidly earthed", asOf, enterprise: system(35, true) }
  ],
  compliant: [
    { name: "5.9 kV, solidly earthed", asOf, enterprise: system(5.9, true) },
    { name: "35.1 kV, solidly earthed", asOf, enterprise: system(35.1, true) },
    { name: "10 kV, not solidly earthed", asOf, enterprise: system(10, false) }
  ],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: unitMine(["open-pit"], []) }],
  indeterminate: [{ name: "earthing unknown", asOf, enterprise: u([["stopeSupplySystems", [{ name: "井下10kV系统", voltageKv: 10 }]]]), missing: ["facts.underground.stopeSupplySystems[0].neutralSolidlyEarthed"] }]
})

// (二十六) complex engineering geology or hydrogeology
tester.run("noncoal-mine/construction-organisation-design", {
  ...findingCases("underground", [U + "construction.noOrganisationDesign", U + "construction.measuresNotApplied"], { base: [[U + "engineeringGeology", "complex"], [U + "hydrogeology", "simple"]] }),
  notApplicable: [{ name: "neither complex", asOf, enterprise: u([["engineeringGeology", "medium"], ["hydrogeology", "medium"], ["construction.noOrganisationDesign", true]]) }]
})
tester.run("noncoal-mine/construction-organisation-design", {
  violation: [{ name: "complex hydrogeology only", asOf, enterprise: u([["engineeringGeology", "simple"], ["hydrogeology", "complex"], ["construction.noOrganisationDesign", true]]) }],
  indeterminate: [{ name: "engineering geology unknown, hydrogeology medium", asOf, enterprise: u([["hydrogeology", "medium"], ["construction.noOrganisationDesign", true]]), missing: ["facts.underground.engineeringGeology"] }],
  compliant: [{ name: "complex hydrogeology, design made and applied", asOf, enterprise: u([["hydrogeology", "complex"], ["construction.noOrganisationDesign", false], ["construction.measuresNotApplied", false]]) }]
})

tester.run("noncoal-mine/underground-project-approval", findingCases("underground", [U + "project.designNotApproved", U + "project.producingBeforeAcceptance"]))
tester.run("noncoal-mine/underground-contracting", findingCases("underground", [U + "contracting.unqualifiedOrTooMany", U + "contracting.staffDeficient"]))
tester.run("noncoal-mine/hot-work", findingCases("underground", [U + "hotWorkUncontrolled"]))

// (三十) design 30 万t/a: 36 万t a year (120 %) or 6 万t a month (20 %) or more
const output = (annual: number, monthly: number) => u([["designCapacity", 30], ["annualOutputs", [{ year: 2025, output: annual }]], ["monthlyOutputs", [{ month: "2026-10", output: monthly }]]])
tester.run("noncoal-mine/output-over-capacity", {
  violation: [
    { name: "exactly 120 % a year", asOf, enterprise: output(36, 3), evidence: [{ path: "facts.underground.annualOutputs[0].output", value: 36 }, { path: "facts.underground.designCapacity", value: 30 }], details: { "zh-CN": "年产量「2025」" } },
    { name: "exactly 20 % in a month", asOf, enterprise: output(30, 6), evidence: [{ path: "facts.underground.monthlyOutputs[0].output", value: 6 }] }
  ],
  compliant: [{ name: "just under both", asOf, enterprise: output(35.99, 5.99) }],
  notApplicable: [{ name: "an open-pit mine", asOf, enterprise: unitMine(["open-pit"], [["facts.underground.designCapacity", 30]]) }],
  indeterminate: [{ name: "design capacity unknown", asOf, enterprise: u([["annualOutputs", [{ year: 2025, output: 36 }]], ["monthlyOutputs", []]]), missing: ["facts.underground.designCapacity"] }]
})

tester.run("noncoal-mine/underground-safety-systems", findingCases("underground", ["systems.missingOrNonCompliant", "systems.notRepaired", "systems.disabledOrTampered"].map((p) => U + p)))
tester.run("noncoal-mine/underground-management-staff", findingCases("underground", [U + "staff.managersMissing", U + "staff.techniciansMissing"]))
