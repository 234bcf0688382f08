import { PackTester } from "@anquan/testing"
import { industryTradePack } from "../pack.ts"
import { asOf, ofIndustry, omit, plant } from "../testSupport.ts"

const tester = PackTester.make(industryTradePack)
const smelter = ofIndustry("nonferrous", "nonferrous")
const notNonferrous = { name: "not a non-ferrous enterprise", asOf, enterprise: plant({ industries: ["metallurgy"], specialFields: [] }) }
const P = "facts.nonferrous"

tester.run("industry-trade/nonferrous-gathering-rooms-in-lifting-bays", {
  violation: [{ asOf, enterprise: smelter({ moltenMetalLiftingBays: true, gatheringRoomsInLiftingBay: true }), evidence: [{ path: `${P}.gatheringRoomsInLiftingBay`, value: true }] }],
  compliant: [{ asOf, enterprise: smelter({ moltenMetalLiftingBays: true, gatheringRoomsInLiftingBay: false }) }],
  notApplicable: [notNonferrous, { asOf, enterprise: smelter({ moltenMetalLiftingBays: false }) }],
  indeterminate: [{ asOf, enterprise: smelter({ moltenMetalLiftingBays: true }), missing: [`${P}.gatheringRoomsInLiftingBay`] }]
})

tester.run("industry-trade/nonferrous-non-production-standing-water", {
  violation: [{ asOf, enterprise: smelter({ smeltingRefiningCastingAreas: true, nonProductionStandingWater: true }), details: { "zh-CN": "非生产性积水" } }],
  compliant: [
    { name: "no non-production water (production water is not this item's)", asOf, enterprise: smelter({ smeltingRefiningCastingAreas: true, nonProductionStandingWater: false }) },
    { name: "第四条(二)'s fact (any water) is not read for 有色", asOf, enterprise: plant({ industries: ["nonferrous"], metallurgy: { standingWaterDuringProduction: true }, nonferrous: { smeltingRefiningCastingAreas: true, nonProductionStandingWater: false } }) }
  ],
  notApplicable: [notNonferrous, { asOf, enterprise: smelter({ smeltingRefiningCastingAreas: false }) }],
  indeterminate: [{ asOf, enterprise: smelter({ smeltingRefiningCastingAreas: true }), missing: [`${P}.nonProductionStandingWater`] }]
})

tester.run("industry-trade/nonferrous-casting-emergency-discharge", {
  violation: [{ asOf, enterprise: smelter({ moltenMetalCasting: true, castingOnlyWithExceptedFurnaces: false, castingEmergencyDischargeAndStorage: "missing" }), details: { "zh-CN": "未设置紧急排放和应急储存设施" } }],
  compliant: [{ asOf, enterprise: smelter({ moltenMetalCasting: true, castingOnlyWithExceptedFurnaces: false, castingEmergencyDischargeAndStorage: "effective" }) }],
  notApplicable: [
    notNonferrous,
    { name: "no casting", asOf, enterprise: smelter({ moltenMetalCasting: false }) },
    { name: "only the excepted tilting furnaces", asOf, enterprise: smelter({ moltenMetalCasting: true, castingOnlyWithExceptedFurnaces: true, castingEmergencyDischargeAndStorage: "missing" }) }
  ],
  indeterminate: [{ name: "the exception not recorded", asOf, enterprise: smelter({ moltenMetalCasting: true, castingEmergencyDischargeAndStorage: "missing" }), missing: [`${P}.castingOnlyWithExceptedFurnaces`] }]
})

tester.run("industry-trade/nonferrous-emergency-water-supply", {
  violation: [{ asOf, enterprise: smelter({ waterCooledFurnacesOrCasters: true, emergencyWaterSupply: "missing" }), evidence: [{ path: `${P}.emergencyWaterSupply`, value: "missing" }] }],
  compliant: [{ asOf, enterprise: smelter({ waterCooledFurnacesOrCasters: true, emergencyWaterSupply: "effective" }) }],
  notApplicable: [notNonferrous, { asOf, enterprise: smelter({ waterCooledFurnacesOrCasters: false }) }],
  indeterminate: [{ asOf, enterprise: smelter({ waterCooledFurnacesOrCasters: true }), missing: [`${P}.emergencyWaterSupply`] }]
})

const loops = { closedLoopCooling: true, openLoopCooling: true, closedLoopCoolingAlarms: "effective", openLoopCoolingAlarms: "effective", openLoopOutletTemperatureMonitoring: "effective" }
tester.run("industry-trade/nonferrous-smelting-furnace-cooling", {
  violation: [
    { name: "closed loop without alarms", asOf, enterprise: smelter({ ...loops, closedLoopCoolingAlarms: "missing" }), details: { "zh-CN": "闭路循环水冷元件未设置" } },
    { name: "open loop without inlet alarms", asOf, enterprise: smelter({ ...loops, openLoopCoolingAlarms: "missing" }) },
    { name: "open-loop outlet temperature not monitored", asOf, enterprise: smelter({ ...loops, openLoopOutletTemperatureMonitoring: "missing" }), details: { "zh-CN": "未监测开路水冷元件出水温度" } },
    { name: "only open loop, its facts alone decide", asOf, enterprise: smelter({ closedLoopCooling: false, openLoopCooling: true, openLoopCoolingAlarms: "missing" }) }
  ],
  compliant: [{ asOf, enterprise: smelter(loops) }, { name: "closed loop only", asOf, enterprise: smelter({ closedLoopCooling: true, openLoopCooling: false, closedLoopCoolingAlarms: "effective" }) }],
  notApplicable: [notNonferrous, { asOf, enterprise: smelter({ closedLoopCooling: false, openLoopCooling: false }) }],
  indeterminate: [{ asOf, enterprise: smelter(omit(loops, "openLoopOutletTemperatureMonitoring")), missing: [`${P}.openLoopOutletTemperatureMonitoring`] }]
})

const mould = { dcCasting: true, tiltingCastingFurnace: true, mouldCoolingAlarms: "effective", mouldCoolingShutOffInterlocks: "effective", mouldCoolingTiltingFurnaceInterlock: "effective" }
tester.run("industry-trade/nonferrous-dc-casting-mould-cooling", {
  violation: [
    { name: "no inlet pressure/flow alarms", asOf, enterprise: smelter({ ...mould, mouldCoolingAlarms: "missing" }) },
    { name: "not interlocked with the shut-off valves", asOf, enterprise: smelter({ ...mould, mouldCoolingShutOffInterlocks: "missing" }) },
    { name: "not interlocked with the tilting furnace", asOf, enterprise: smelter({ ...mould, mouldCoolingTiltingFurnaceInterlock: "missing" }), details: { "zh-CN": "倾动式浇铸炉控制系统联锁" } }
  ],
  compliant: [{ asOf, enterprise: smelter(mould) }, { name: "a fixed furnace needs no tilt interlock", asOf, enterprise: smelter({ ...omit(mould, "mouldCoolingTiltingFurnaceInterlock"), tiltingCastingFurnace: false }) }],
  notApplicable: [notNonferrous, { asOf, enterprise: smelter({ dcCasting: false }) }],
  indeterminate: [{ name: "the tilt interlock missing, whether the furnace tilts unknown", asOf, enterprise: smelter({ ...omit(mould, "tiltingCastingFurnace"), mouldCoolingTiltingFurnaceInterlock: "missing" }), missing: [`${P}.tiltingCastingFurnace`] }]
})

tester.run("industry-trade/nonferrous-dc-casting-launder-level-alarms", {
  violation: [
    { name: "no level alarm", asOf, enterprise: smelter({ dcCasting: true, fixedCastingFurnace: false, launderLevelAlarms: "missing" }) },
    { name: "fixed furnace outlet without a mechanical lock", asOf, enterprise: smelter({ dcCasting: true, fixedCastingFurnace: true, launderLevelAlarms: "effective", fixedFurnaceOutletLock: "missing" }), details: { "zh-CN": "机械锁紧装置" } }
  ],
  compliant: [{ asOf, enterprise: smelter({ dcCasting: true, fixedCastingFurnace: true, launderLevelAlarms: "effective", fixedFurnaceOutletLock: "effective" }) }],
  notApplicable: [notNonferrous, { asOf, enterprise: smelter({ dcCasting: false }) }],
  indeterminate: [{ asOf, enterprise: smelter({ dcCasting: true, fixedCastingFurnace: true, launderLevelAlarms: "effective" }), missing: [`${P}.fixedFurnaceOutletLock`] }]
})

const fixed = { dcCasting: true, fixedCastingFurnace: true, fixedLaunderEmergencyDrainValve: "effective", fixedJointQuickShutOff: "effective", fixedLevelAlarmInterlock: "effective" }
tester.run("industry-trade/nonferrous-dc-casting-fixed-furnace-launder", {
  violation: [
    { name: "no emergency drain valve", asOf, enterprise: smelter({ ...fixed, fixedLaunderEmergencyDrainValve: "missing" }) },
    { name: "no quick shut-off", asOf, enterprise: smelter({ ...fixed, fixedJointQuickShutOff: "missing" }) },
    { name: "level alarm not interlocked", asOf, enterprise: smelter({ ...fixed, fixedLevelAlarmInterlock: "missing" }) }
  ],
  compliant: [{ asOf, enterprise: smelter(fixed) }],
  notApplicable: [notNonferrous, { name: "tilting furnaces only", asOf, enterprise: smelter({ dcCasting: true, fixedCastingFurnace: false }) }],
  indeterminate: [{ asOf, enterprise: smelter(omit(fixed, "fixedJointQuickShutOff")), missing: [`${P}.fixedJointQuickShutOff`] }]
})

const tilting = { dcCasting: true, tiltingCastingFurnace: true, tiltingJointQuickShutOff: "effective", tiltingLevelAlarmInterlock: "effective" }
tester.run("industry-trade/nonferrous-dc-casting-tilting-furnace-launder", {
  violation: [
    { name: "no quick shut-off", asOf, enterprise: smelter({ ...tilting, tiltingJointQuickShutOff: "missing" }) },
    { name: "level alarm not interlocked with the tilt control", asOf, enterprise: smelter({ ...tilting, tiltingLevelAlarmInterlock: "missing" }) }
  ],
  compliant: [{ asOf, enterprise: smelter(tilting) }],
  notApplicable: [notNonferrous, { asOf, enterprise: smelter({ dcCasting: true, tiltingCastingFurnace: false }) }],
  indeterminate: [{ asOf, enterprise: smelter(omit(tilting, "tiltingLevelAlarmInterlock")), missing: [`${P}.tiltingLevelAlarmInterlock`] }]
})

tester.run("industry-trade/nonferrous-dc-casting-wire-rope", {
  violation: [
    { name: "a rope without a steel core", asOf, enterprise: smelter({ dcCasting: true, nonSteelCoreWireRope: true, wireRopeInspectionRegimeCarriedOut: true }) },
    { name: "the rope regime not carried out", asOf, enterprise: smelter({ dcCasting: true, nonSteelCoreWireRope: false, wireRopeInspectionRegimeCarriedOut: false }) }
  ],
  compliant: [{ asOf, enterprise: smelter({ dcCasting: true, nonSteelCoreWireRope: false, wireRopeInspectionRegimeCarriedOut: true }) }],
  notApplicable: [notNonferrous, { asOf, enterprise: smelter({ dcCasting: false }) }],
  indeterminate: [{ asOf, enterprise: smelter({ dcCasting: true, nonSteelCoreWireRope: false }), missing: [`${P}.wireRopeInspectionRegimeCarriedOut`] }]
})

const gases = { toxicGasPlaces: true, toxicGasAlarms: "effective", toxicGasDataTo24hStaffedPlace: true, arsinePlaces: true, arsineEquivalentDetection: true }
tester.run("industry-trade/nonferrous-toxic-gas-alarms", {
  violation: [
    { name: "no fixed gas alarms", asOf, enterprise: smelter({ ...gases, toxicGasAlarms: "missing" }) },
    { name: "readings not sent to a 24 h staffed place", asOf, enterprise: smelter({ ...gases, toxicGasDataTo24hStaffedPlace: false }) },
    { name: "no equivalent arsine detection", asOf, enterprise: smelter({ ...gases, arsineEquivalentDetection: false }), details: { "zh-CN": "砷化氢" } }
  ],
  compliant: [{ asOf, enterprise: smelter(gases) }, { name: "no arsine places", asOf, enterprise: smelter({ ...omit(gases, "arsineEquivalentDetection"), arsinePlaces: false }) }],
  notApplicable: [notNonferrous, { asOf, enterprise: smelter({ toxicGasPlaces: false }) }],
  indeterminate: [{ asOf, enterprise: smelter({ ...omit(gases, "arsinePlaces"), arsineEquivalentDetection: false }), missing: [`${P}.arsinePlaces`] }]
})

tester.run("industry-trade/nonferrous-forced-draught-gas-burners", {
  violation: [
    { name: "no pressure alarm", asOf, enterprise: smelter({ forcedDraughtGasBurners: true, burnerGasMainPressureAlarm: "missing", burnerAlarmShutOffInterlock: "effective" }) },
    { name: "not interlocked with the shut-off", asOf, enterprise: smelter({ forcedDraughtGasBurners: true, burnerGasMainPressureAlarm: "effective", burnerAlarmShutOffInterlock: "missing" }) }
  ],
  compliant: [{ asOf, enterprise: smelter({ forcedDraughtGasBurners: true, burnerGasMainPressureAlarm: "effective", burnerAlarmShutOffInterlock: "effective" }) }],
  notApplicable: [notNonferrous, { asOf, enterprise: smelter({ forcedDraughtGasBurners: false }) }],
  indeterminate: [{ asOf, enterprise: smelter({ forcedDraughtGasBurners: true, burnerAlarmShutOffInterlock: "effective" }), missing: [`${P}.burnerGasMainPressureAlarm`] }]
})

const drainers = { waterSealDrainers: true, drainerLowestSealPressure: 30, drainerSharedAcrossIsolationDevice: false, drainPipesOfDifferentLinesConnected: false, drainerSharedByDifferentMedia: false }
tester.run("industry-trade/nonferrous-gas-drainers", {
  violation: [
    { name: "29 kPa", asOf, enterprise: smelter({ ...drainers, drainerLowestSealPressure: 29 }), evidence: [{ path: `${P}.drainerLowestSealPressure`, value: 29 }] },
    { name: "shared across an isolation device", asOf, enterprise: smelter({ ...drainers, drainerSharedAcrossIsolationDevice: true }) },
    { name: "drain pipes connected", asOf, enterprise: smelter({ ...drainers, drainPipesOfDifferentLinesConnected: true }) },
    { name: "media share a drainer", asOf, enterprise: smelter({ ...drainers, drainerSharedByDifferentMedia: true }) }
  ],
  compliant: [{ name: "exactly 30 kPa", asOf, enterprise: smelter(drainers) }],
  notApplicable: [notNonferrous, { asOf, enterprise: smelter({ waterSealDrainers: false }) }],
  indeterminate: [{ asOf, enterprise: smelter(omit(drainers, "drainerSharedByDifferentMedia")), missing: [`${P}.drainerSharedByDifferentMedia`] }]
})
