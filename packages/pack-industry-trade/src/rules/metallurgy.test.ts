import { PackTester } from "@anquan/testing"
import { industryTradePack } from "../pack.ts"
import { asOf, ofIndustry, omit, plant } from "../testSupport.ts"

const tester = PackTester.make(industryTradePack)
const steelworks = ofIndustry("metallurgy", "metallurgy")
const textileMill = plant({ industries: ["textile"], specialFields: [] })
const notMetallurgy = { name: "not a metallurgy enterprise", asOf, enterprise: textileMill }

tester.run("industry-trade/metallurgy-gathering-rooms-in-lifting-bays", {
  violation: [
    {
      name: "a rest room on the floor of a hot-metal lifting bay",
      asOf,
      enterprise: steelworks({ moltenMetalLiftingBays: true, gatheringRoomsInLiftingBay: true, ladleRepairStationsInLiftingBay: false }),
      evidence: [{ path: "facts.metallurgy.gatheringRoomsInLiftingBay", value: true }],
      details: { "zh-CN": "6类人员聚集场所设置在铁水、钢水、液渣吊运跨的地坪区域内" }
    },
    { name: "a ladle repair station there", asOf, enterprise: steelworks({ moltenMetalLiftingBays: true, gatheringRoomsInLiftingBay: false, ladleRepairStationsInLiftingBay: true }) }
  ],
  compliant: [{ asOf, enterprise: steelworks({ moltenMetalLiftingBays: true, gatheringRoomsInLiftingBay: false, ladleRepairStationsInLiftingBay: false }) }],
  notApplicable: [notMetallurgy, { name: "no lifting bays", asOf, enterprise: steelworks({ moltenMetalLiftingBays: false }) }],
  indeterminate: [
    { name: "the sub-industry not recorded", asOf, enterprise: plant({ metallurgy: { moltenMetalLiftingBays: true, gatheringRoomsInLiftingBay: false, ladleRepairStationsInLiftingBay: false } }), missing: ["facts.industries"] },
    { asOf, enterprise: steelworks({ moltenMetalLiftingBays: true, gatheringRoomsInLiftingBay: false }), missing: ["facts.metallurgy.ladleRepairStationsInLiftingBay"] }
  ]
})

tester.run("industry-trade/metallurgy-standing-water", {
  violation: [{
    asOf,
    enterprise: steelworks({ smeltingRefiningCastingAreas: true, standingWaterDuringProduction: true }),
    evidence: [{ path: "facts.metallurgy.standingWaterDuringProduction", value: true }],
    details: { "zh-CN": "生产期间6类区域存在积水" }
  }],
  compliant: [{ asOf, enterprise: steelworks({ smeltingRefiningCastingAreas: true, standingWaterDuringProduction: false }) }],
  notApplicable: [notMetallurgy, { asOf, enterprise: steelworks({ smeltingRefiningCastingAreas: false }) }],
  indeterminate: [{ asOf, enterprise: steelworks({ smeltingRefiningCastingAreas: true }), missing: ["facts.metallurgy.standingWaterDuringProduction"] }]
})

const casting = { continuousCastingEmergencyLadle: "effective", tundishBreakoutPit: "effective", tundishOverflowPit: "effective", breakoutRotaryChute: "effective" }
tester.run("industry-trade/metallurgy-casting-emergency-facilities", {
  violation: [
    {
      name: "continuous casting without a tundish overflow pit",
      asOf,
      enterprise: steelworks({ continuousCasting: true, ingotCasting: false, ...casting, tundishOverflowPit: "missing" }),
      evidence: [{ path: "facts.metallurgy.tundishOverflowPit", value: "missing" }],
      details: { "zh-CN": "炼钢连铸流程未设置中间罐溢流坑（槽）" }
    },
    { name: "without an emergency ladle", asOf, enterprise: steelworks({ continuousCasting: true, ingotCasting: false, ...casting, continuousCastingEmergencyLadle: "missing" }) },
    { name: "without a breakout pit", asOf, enterprise: steelworks({ continuousCasting: true, ingotCasting: false, ...casting, tundishBreakoutPit: "missing" }) },
    { name: "without a breakout chute", asOf, enterprise: steelworks({ continuousCasting: true, ingotCasting: false, ...casting, breakoutRotaryChute: "missing" }) },
    {
      name: "ingot casting without an emergency ladle (continuous-casting facts not needed)",
      asOf,
      enterprise: steelworks({ continuousCasting: false, ingotCasting: true, ingotCastingEmergencyLadle: "missing" }),
      details: { "zh-CN": "模铸流程未设置事故钢水罐（坑、槽）" }
    }
  ],
  compliant: [
    { name: "both routes equipped", asOf, enterprise: steelworks({ continuousCasting: true, ingotCasting: true, ...casting, ingotCastingEmergencyLadle: "effective" }) },
    { name: "a failed facility is 第十四条's, not this item's", asOf, enterprise: steelworks({ continuousCasting: true, ingotCasting: false, ...casting, breakoutRotaryChute: "failed" }) }
  ],
  notApplicable: [notMetallurgy, { name: "neither route", asOf, enterprise: steelworks({ continuousCasting: false, ingotCasting: false }) }],
  indeterminate: [
    { asOf, enterprise: steelworks({ continuousCasting: false, ingotCasting: true }), missing: ["facts.metallurgy.ingotCastingEmergencyLadle"] },
    { name: "which routes exist unknown", asOf, enterprise: steelworks({ ...casting }), missing: ["facts.metallurgy.continuousCasting", "facts.metallurgy.ingotCasting"] }
  ]
})

tester.run("industry-trade/metallurgy-steelmaking-furnace-cooling", {
  violation: [
    { name: "no cooling alarms", asOf, enterprise: steelworks({ steelmakingFurnaces: true, furnaceCoolingAlarms: "missing", furnaceCoolingInterlocks: "effective" }), details: { "zh-CN": "未设置出水温度、进出水流量差等监测报警装置" } },
    { name: "alarms not interlocked", asOf, enterprise: steelworks({ steelmakingFurnaces: true, furnaceCoolingAlarms: "effective", furnaceCoolingInterlocks: "missing" }), evidence: [{ path: "facts.metallurgy.furnaceCoolingInterlocks", value: "missing" }] }
  ],
  compliant: [{ asOf, enterprise: steelworks({ steelmakingFurnaces: true, furnaceCoolingAlarms: "effective", furnaceCoolingInterlocks: "effective" }) }],
  notApplicable: [notMetallurgy, { asOf, enterprise: steelworks({ steelmakingFurnaces: false }) }],
  indeterminate: [{ asOf, enterprise: steelworks({ steelmakingFurnaces: true, furnaceCoolingAlarms: "effective" }), missing: ["facts.metallurgy.furnaceCoolingInterlocks"] }]
})

const furnace = { blastFurnace: true, topPressureSetPoint: 250, topPressureDesignMaximum: 250, topPressureBleederInterlock: "effective", bleederReleaseSetPoint: 300, bleederEquipmentDesignPressure: 300 }
tester.run("industry-trade/metallurgy-blast-furnace-top-pressure", {
  violation: [
    {
      name: "set-point above the design maximum (250.5 > 250)",
      asOf,
      enterprise: steelworks({ ...furnace, topPressureSetPoint: 250.5 }),
      evidence: [{ path: "facts.metallurgy.topPressureSetPoint", value: 250.5 }, { path: "facts.metallurgy.topPressureDesignMaximum", value: 250 }]
    },
    { name: "monitor not interlocked with the bleeder", asOf, enterprise: steelworks({ ...furnace, topPressureBleederInterlock: "missing" }), details: { "zh-CN": "炉顶工作压力监测装置未与炉顶放散阀联锁" } },
    { name: "bleeder release set-point above the design pressure (301 > 300)", asOf, enterprise: steelworks({ ...furnace, bleederReleaseSetPoint: 301 }) }
  ],
  compliant: [
    { name: "set-points equal to the design values: 超过 is strictly above", asOf, enterprise: steelworks(furnace) },
    { name: "below them", asOf, enterprise: steelworks({ ...furnace, topPressureSetPoint: 240, bleederReleaseSetPoint: 290 }) }
  ],
  notApplicable: [notMetallurgy, { asOf, enterprise: steelworks({ blastFurnace: false }) }],
  indeterminate: [{ asOf, enterprise: steelworks(omit(furnace, "topPressureDesignMaximum")), missing: ["facts.metallurgy.topPressureDesignMaximum"] }]
})

tester.run("industry-trade/metallurgy-gas-co-alarms", {
  violation: [
    { name: "no fixed CO alarms", asOf, enterprise: steelworks({ gasFacilities: true, gasAreaCoAlarms: "missing", gasAreaCoDataTo24hStaffedPlace: true }), details: { "zh-CN": "未设置固定式一氧化碳浓度监测报警装置" } },
    { name: "readings not sent to a 24 h staffed place", asOf, enterprise: steelworks({ gasFacilities: true, gasAreaCoAlarms: "effective", gasAreaCoDataTo24hStaffedPlace: false }), details: { "zh-CN": "监测数据未接入24小时有人值守场所" } }
  ],
  compliant: [{ asOf, enterprise: steelworks({ gasFacilities: true, gasAreaCoAlarms: "effective", gasAreaCoDataTo24hStaffedPlace: true }) }],
  notApplicable: [notMetallurgy, { asOf, enterprise: steelworks({ gasFacilities: false }) }],
  indeterminate: [{ asOf, enterprise: steelworks({ gasFacilities: true }), missing: ["facts.metallurgy.gasAreaCoAlarms", "facts.metallurgy.gasAreaCoDataTo24hStaffedPlace"] }]
})

tester.run("industry-trade/metallurgy-gas-isolation-devices", {
  violation: [{ asOf, enterprise: steelworks({ gasFacilities: true, gasIsolationDevices: "missing" }), evidence: [{ path: "facts.metallurgy.gasIsolationDevices", value: "missing" }] }],
  compliant: [{ asOf, enterprise: steelworks({ gasFacilities: true, gasIsolationDevices: "effective" }) }],
  notApplicable: [notMetallurgy, { asOf, enterprise: steelworks({ gasFacilities: false }) }],
  indeterminate: [{ asOf, enterprise: steelworks({ gasFacilities: true }), missing: ["facts.metallurgy.gasIsolationDevices"] }]
})

const drainers = { waterSealDrainers: true, drainerLowestSealPressure: 30, drainerSharedAcrossIsolationDevice: false, drainPipesOfDifferentLinesConnected: false, drainerSharedByDifferentMedia: false }
tester.run("industry-trade/metallurgy-gas-drainers", {
  violation: [
    {
      name: "29.9 kPa: below 30",
      asOf,
      enterprise: steelworks({ ...drainers, drainerLowestSealPressure: 29.9 }),
      evidence: [{ path: "facts.metallurgy.drainerLowestSealPressure", value: 29.9 }],
      details: { "zh-CN": "29.9kPa" }
    },
    { name: "one drainer on both sides of an isolation device", asOf, enterprise: steelworks({ ...drainers, drainerSharedAcrossIsolationDevice: true }) },
    { name: "drain pipes of different lines connected", asOf, enterprise: steelworks({ ...drainers, drainPipesOfDifferentLinesConnected: true }) },
    { name: "different media share a drainer", asOf, enterprise: steelworks({ ...drainers, drainerSharedByDifferentMedia: true }), details: { "zh-CN": "不同介质的煤气管道共用一个排水器" } }
  ],
  compliant: [{ name: "exactly 30 kPa is not 小于30kPa", asOf, enterprise: steelworks(drainers) }, { name: "50 kPa", asOf, enterprise: steelworks({ ...drainers, drainerLowestSealPressure: 50 }) }],
  notApplicable: [notMetallurgy, { asOf, enterprise: steelworks({ waterSealDrainers: false }) }],
  indeterminate: [{ asOf, enterprise: steelworks(omit(drainers, "drainerLowestSealPressure")), missing: ["facts.metallurgy.drainerLowestSealPressure"] }]
})
