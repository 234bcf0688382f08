/**
 * 第五条 — 有色企业 (13 items). "有色企业有下列情形之一的，应当判定为重大事故隐患：" Any one item is
 * enough. Facts under `facts.nonferrous`.
 *
 * [verified: GM10-text, sector-criteria.md §5-add; items (四)–(十) also a web excerpt headed
 * "铝加工企业重大事故隐患判定"]
 *
 * @since 0.2.0
 */
import { Condition } from "@anquan/core"
import { facility, flag } from "../facts/applicability.ts"
import { drainerItem } from "./gas-drainers.ts"
import { item, missing, no, text, without, yes } from "./item.ts"

const F = "facts.nonferrous"
const scope = { industry: "nonferrous" } as const
const dcCasting = `${F}.dcCasting`
const dcCastingFact = { [dcCasting]: flag("有铝加工深井铸造工艺", "has aluminium direct-chill (deep-well) casting") }
const noDcCasting = without(dcCasting, "无铝加工深井铸造工艺", "no aluminium direct-chill casting")

/**
 * 第五条(一) "会议室、活动室、休息室、操作室、交接班室、更衣室（含澡堂）等6类人员聚集场所设置在熔融金属吊运跨
 * 的地坪区域内的".
 *
 * @since 0.2.0
 */
export const nonferrousGatheringRooms = item({
  slug: "nonferrous-gathering-rooms-in-lifting-bays",
  article: 5,
  item: 1,
  scope,
  title: text("人员聚集场所不在熔融金属吊运跨地坪区域内", "No gathering rooms in molten-metal lifting bays"),
  message: text(
    "会议室、活动室、休息室、操作室、交接班室、更衣室（含澡堂）等6类人员聚集场所设置在熔融金属吊运跨的地坪区域内的",
    "One of the six kinds of people-gathering room (meeting, activity, rest, operating, shift-handover, changing room incl. bathhouse) is on the floor area of a molten-metal lifting bay"
  ),
  remediation: text("将6类人员聚集场所移出熔融金属吊运跨的地坪区域。", "Move the people-gathering rooms out of the floor area of molten-metal lifting bays."),
  facts: {
    [`${F}.moltenMetalLiftingBays`]: flag("有熔融金属吊运跨", "has molten-metal lifting bays"),
    [`${F}.gatheringRoomsInLiftingBay`]: flag(
      "会议室、活动室、休息室、操作室、交接班室、更衣室（含澡堂）等6类人员聚集场所设置在熔融金属吊运跨的地坪区域内",
      "a people-gathering room of the six kinds is on the floor area of a molten-metal lifting bay"
    )
  },
  absentWhen: without(`${F}.moltenMetalLiftingBays`, "无熔融金属吊运跨", "no molten-metal lifting bays"),
  violationWhen: yes(`${F}.gatheringRoomsInLiftingBay`, "6类人员聚集场所设置在熔融金属吊运跨的地坪区域内", "people-gathering rooms are in a molten-metal lifting bay")
})

/**
 * 第五条(二) "生产期间冶炼、精炼、铸造生产区域的事故坑、炉下渣坑，以及熔融金属泄漏、喷溅影响范围内的炉前平台、
 * 炉基区域、厂房内吊运和地面运输通道等6类区域存在非生产性积水的". Only **non-production** water: the
 * qualifier 第四条(二) lacks.
 *
 * @since 0.2.0
 */
export const nonferrousStandingWater = item({
  slug: "nonferrous-non-production-standing-water",
  article: 5,
  item: 2,
  scope,
  title: text("冶炼、精炼、铸造区域6类区域无非生产性积水", "No non-production standing water in the six smelting, refining and casting areas"),
  message: text(
    "生产期间冶炼、精炼、铸造生产区域的事故坑、炉下渣坑，以及熔融金属泄漏、喷溅影响范围内的炉前平台、炉基区域、厂房内吊运和地面运输通道等6类区域存在非生产性积水的",
    "During production there is non-production standing water in one of the six listed areas of smelting, refining or casting (emergency pits, under-furnace slag pits, furnace platforms, furnace-base areas, lifting and ground transport passages within reach of molten-metal leaks and splashes)"
  ),
  remediation: text("清除6类区域的非生产性积水，消除渗漏水源。", "Remove the non-production water from the six kinds of area and stop its source."),
  facts: {
    [`${F}.smeltingRefiningCastingAreas`]: flag("有冶炼、精炼、铸造生产区域", "has smelting, refining or casting areas"),
    [`${F}.nonProductionStandingWater`]: flag(
      "生产期间事故坑、炉下渣坑、炉前平台、炉基区域、厂房内吊运和地面运输通道等6类区域存在非生产性积水",
      "non-production standing water during production in one of the six listed areas"
    )
  },
  absentWhen: without(`${F}.smeltingRefiningCastingAreas`, "无冶炼、精炼、铸造生产区域", "no smelting, refining or casting areas"),
  violationWhen: yes(`${F}.nonProductionStandingWater`, "生产期间6类区域存在非生产性积水", "non-production standing water in one of the six areas during production")
})

/**
 * 第五条(三) "熔融金属铸造环节未设置紧急排放和应急储存设施的（倾动式熔炼炉、倾动式保温炉、倾动式熔保一体炉、
 * 带保温炉的固定式熔炼炉除外）". An enterprise whose casting uses only the excepted furnaces is not concerned.
 *
 * @since 0.2.0
 */
export const castingEmergencyDischarge = item({
  slug: "nonferrous-casting-emergency-discharge",
  article: 5,
  item: 3,
  scope,
  title: text("熔融金属铸造环节紧急排放和应急储存设施", "Emergency discharge and storage for molten-metal casting"),
  message: text(
    "熔融金属铸造环节未设置紧急排放和应急储存设施的（倾动式熔炼炉、倾动式保温炉、倾动式熔保一体炉、带保温炉的固定式熔炼炉除外）",
    "Molten-metal casting has no emergency discharge and emergency storage facilities (tilting melting, holding or melting-holding furnaces and fixed melting furnaces with a holding furnace excepted)"
  ),
  remediation: text("熔融金属铸造环节设置紧急排放和应急储存设施。", "Provide emergency discharge and emergency storage facilities for molten-metal casting."),
  facts: {
    [`${F}.moltenMetalCasting`]: flag("有熔融金属铸造环节", "has molten-metal casting"),
    [`${F}.castingOnlyWithExceptedFurnaces`]: flag(
      "铸造环节仅使用倾动式熔炼炉、倾动式保温炉、倾动式熔保一体炉、带保温炉的固定式熔炼炉",
      "casting uses only tilting furnaces or fixed melting furnaces with a holding furnace (excepted)"
    ),
    [`${F}.castingEmergencyDischargeAndStorage`]: facility("熔融金属铸造环节紧急排放和应急储存设施", "emergency discharge and storage facilities of molten-metal casting")
  },
  absentWhen: Condition.any(
    without(`${F}.moltenMetalCasting`, "无熔融金属铸造环节", "no molten-metal casting"),
    yes(`${F}.castingOnlyWithExceptedFurnaces`, "仅使用除外的倾动式炉或带保温炉的固定式熔炼炉", "only the excepted furnaces")
  ),
  violationWhen: missing(`${F}.castingEmergencyDischargeAndStorage`, "熔融金属铸造环节未设置紧急排放和应急储存设施", "no emergency discharge and storage facilities")
})

/**
 * 第五条(四) "采用水冷冷却的冶炼炉窑、铸造机（铝加工深井铸造工艺的结晶器除外）、加热炉未设置应急水源的".
 *
 * @since 0.2.0
 */
export const emergencyWaterSupply = item({
  slug: "nonferrous-emergency-water-supply",
  article: 5,
  item: 4,
  scope,
  title: text("水冷冶炼炉窑、铸造机、加热炉应急水源", "Emergency water for water-cooled furnaces and casting machines"),
  message: text(
    "采用水冷冷却的冶炼炉窑、铸造机（铝加工深井铸造工艺的结晶器除外）、加热炉未设置应急水源的",
    "A water-cooled smelting furnace, casting machine (moulds of aluminium DC casting excepted) or reheating furnace has no emergency water supply"
  ),
  remediation: text("为水冷冶炼炉窑、铸造机、加热炉设置应急水源。", "Provide an emergency water supply for the water-cooled furnaces and casting machines."),
  facts: {
    [`${F}.waterCooledFurnacesOrCasters`]: flag(
      "有采用水冷冷却的冶炼炉窑、铸造机（铝加工深井铸造工艺的结晶器除外）、加热炉",
      "has water-cooled smelting furnaces, casting machines (DC-casting moulds excepted) or reheating furnaces"
    ),
    [`${F}.emergencyWaterSupply`]: facility("水冷冶炼炉窑、铸造机、加热炉的应急水源", "emergency water supply of the water-cooled furnaces and casting machines")
  },
  absentWhen: without(`${F}.waterCooledFurnacesOrCasters`, "无水冷冶炼炉窑、铸造机、加热炉", "no water-cooled furnaces or casting machines"),
  violationWhen: missing(`${F}.emergencyWaterSupply`, "未设置应急水源", "no emergency water supply")
})

/**
 * 第五条(五) "熔融金属冶炼炉窑的闭路循环水冷元件未设置出水温度、进出水流量差监测报警装置，或者开路水冷元件未
 * 设置进水流量、压力监测报警装置，或者未监测开路水冷元件出水温度的".
 *
 * @since 0.2.0
 */
export const smeltingFurnaceCooling = item({
  slug: "nonferrous-smelting-furnace-cooling",
  article: 5,
  item: 5,
  scope,
  title: text("熔融金属冶炼炉窑水冷元件监测报警", "Alarms on the cooling of molten-metal smelting furnaces"),
  message: text(
    "熔融金属冶炼炉窑的闭路循环水冷元件未设置出水温度、进出水流量差监测报警装置，或者开路水冷元件未设置进水流量、压力监测报警装置，或者未监测开路水冷元件出水温度的",
    "Closed-loop water-cooled parts of a molten-metal smelting furnace have no outlet-temperature and flow-difference alarms, or open-loop parts have no inlet flow and pressure alarms, or the outlet temperature of open-loop parts is not monitored"
  ),
  remediation: text(
    "闭路循环水冷元件设置出水温度、进出水流量差监测报警装置；开路水冷元件设置进水流量、压力监测报警装置并监测出水温度。",
    "Fit outlet-temperature and flow-difference alarms to closed-loop parts; inlet flow and pressure alarms, and outlet-temperature monitoring, to open-loop parts."
  ),
  facts: {
    [`${F}.closedLoopCooling`]: flag("熔融金属冶炼炉窑有闭路循环水冷元件", "smelting furnaces have closed-loop water-cooled parts"),
    [`${F}.openLoopCooling`]: flag("熔融金属冶炼炉窑有开路水冷元件", "smelting furnaces have open-loop water-cooled parts"),
    [`${F}.closedLoopCoolingAlarms`]: facility("闭路循环水冷元件出水温度、进出水流量差监测报警装置", "outlet-temperature and flow-difference alarms of closed-loop parts"),
    [`${F}.openLoopCoolingAlarms`]: facility("开路水冷元件进水流量、压力监测报警装置", "inlet flow and pressure alarms of open-loop parts"),
    [`${F}.openLoopOutletTemperatureMonitoring`]: facility("开路水冷元件出水温度监测", "outlet-temperature monitoring of open-loop parts")
  },
  absentWhen: Condition.all(
    without(`${F}.closedLoopCooling`, "无闭路循环水冷元件", "no closed-loop cooling"),
    without(`${F}.openLoopCooling`, "无开路水冷元件", "no open-loop cooling")
  ),
  facilityAbsentWhen: {
    [`${F}.closedLoopCoolingAlarms`]: Condition.eq(`${F}.closedLoopCooling`, false),
    [`${F}.openLoopCoolingAlarms`]: Condition.eq(`${F}.openLoopCooling`, false),
    [`${F}.openLoopOutletTemperatureMonitoring`]: Condition.eq(`${F}.openLoopCooling`, false)
  },
  violationWhen: Condition.any(
    Condition.all(
      Condition.eq(`${F}.closedLoopCooling`, true),
      missing(`${F}.closedLoopCoolingAlarms`, "闭路循环水冷元件未设置出水温度、进出水流量差监测报警装置", "closed-loop parts have no outlet-temperature or flow-difference alarms")
    ),
    Condition.all(
      Condition.eq(`${F}.openLoopCooling`, true),
      Condition.any(
        missing(`${F}.openLoopCoolingAlarms`, "开路水冷元件未设置进水流量、压力监测报警装置", "open-loop parts have no inlet flow or pressure alarms"),
        missing(`${F}.openLoopOutletTemperatureMonitoring`, "未监测开路水冷元件出水温度", "the outlet temperature of open-loop parts is not monitored")
      )
    )
  )
})

/**
 * 第五条(六) "铝加工深井铸造工艺的结晶器冷却水系统未设置进水压力、进水流量监测报警装置，或者监测报警装置未与快速
 * 切断阀、紧急排放阀、流槽断开装置联锁，或者监测报警装置未与倾动式浇铸炉控制系统联锁的". The last
 * alternative is judged where the casting furnace is a tilting one.
 *
 * @since 0.2.0
 */
export const dcMouldCooling = item({
  slug: "nonferrous-dc-casting-mould-cooling",
  article: 5,
  item: 6,
  scope,
  title: text("深井铸造结晶器冷却水监测报警和联锁", "Alarms and interlocks on DC-casting mould cooling"),
  message: text(
    "铝加工深井铸造工艺的结晶器冷却水系统未设置进水压力、进水流量监测报警装置，或者监测报警装置未与快速切断阀、紧急排放阀、流槽断开装置联锁，或者监测报警装置未与倾动式浇铸炉控制系统联锁的",
    "The mould cooling-water system of aluminium DC casting has no inlet pressure and flow alarms, or the alarms are not interlocked with the quick shut-off valve, emergency drain valve and launder disconnect, or not with the tilting casting furnace's control system"
  ),
  remediation: text(
    "结晶器冷却水系统设置进水压力、进水流量监测报警装置，并与快速切断阀、紧急排放阀、流槽断开装置及倾动式浇铸炉控制系统联锁。",
    "Fit inlet pressure and flow alarms to the mould cooling water and interlock them with the quick shut-off, emergency drain, launder disconnect and the tilting furnace's control."
  ),
  facts: {
    ...dcCastingFact,
    [`${F}.tiltingCastingFurnace`]: flag("深井铸造使用倾动式浇铸炉", "DC casting uses a tilting casting furnace"),
    [`${F}.mouldCoolingAlarms`]: facility("结晶器冷却水系统进水压力、进水流量监测报警装置", "inlet pressure and flow alarms of the mould cooling water"),
    [`${F}.mouldCoolingShutOffInterlocks`]: facility(
      "结晶器冷却水监测报警装置与快速切断阀、紧急排放阀、流槽断开装置的联锁",
      "interlock of the mould-cooling alarms with the quick shut-off valve, emergency drain valve and launder disconnect"
    ),
    [`${F}.mouldCoolingTiltingFurnaceInterlock`]: facility("结晶器冷却水监测报警装置与倾动式浇铸炉控制系统的联锁", "interlock of the mould-cooling alarms with the tilting casting furnace's control")
  },
  absentWhen: noDcCasting,
  facilityAbsentWhen: {
    [`${F}.mouldCoolingTiltingFurnaceInterlock`]: Condition.any(Condition.eq(dcCasting, false), Condition.eq(`${F}.tiltingCastingFurnace`, false))
  },
  violationWhen: Condition.any(
    missing(`${F}.mouldCoolingAlarms`, "结晶器冷却水系统未设置进水压力、进水流量监测报警装置", "no inlet pressure or flow alarms on the mould cooling water"),
    missing(`${F}.mouldCoolingShutOffInterlocks`, "监测报警装置未与快速切断阀、紧急排放阀、流槽断开装置联锁", "the alarms are not interlocked with the shut-off, drain valve and launder disconnect"),
    Condition.all(
      Condition.eq(`${F}.tiltingCastingFurnace`, true),
      missing(`${F}.mouldCoolingTiltingFurnaceInterlock`, "监测报警装置未与倾动式浇铸炉控制系统联锁", "the alarms are not interlocked with the tilting furnace's control")
    )
  )
})

/**
 * 第五条(七) "铝加工深井铸造工艺的浇铸炉铝液出口流槽、流槽与模盘（分配流槽）入口连接处未设置液位监测报警装置，
 * 或者固定式浇铸炉的铝液出口未设置机械锁紧装置的".
 *
 * @since 0.2.0
 */
export const launderLevelAlarms = item({
  slug: "nonferrous-dc-casting-launder-level-alarms",
  article: 5,
  item: 7,
  scope,
  title: text("深井铸造流槽液位监测报警和固定式浇铸炉出口机械锁紧", "Launder level alarms and outlet locks in DC casting"),
  message: text(
    "铝加工深井铸造工艺的浇铸炉铝液出口流槽、流槽与模盘（分配流槽）入口连接处未设置液位监测报警装置，或者固定式浇铸炉的铝液出口未设置机械锁紧装置的",
    "In aluminium DC casting the furnace outlet launder or the launder-to-distributor joint has no metal-level alarm, or the outlet of a fixed casting furnace has no mechanical lock"
  ),
  remediation: text(
    "在铝液出口流槽、流槽与模盘（分配流槽）入口连接处设置液位监测报警装置；固定式浇铸炉铝液出口设置机械锁紧装置。",
    "Fit metal-level alarms at the outlet launder and the launder-to-distributor joint, and a mechanical lock at the outlet of a fixed casting furnace."
  ),
  facts: {
    ...dcCastingFact,
    [`${F}.fixedCastingFurnace`]: flag("深井铸造使用固定式浇铸炉", "DC casting uses a fixed casting furnace"),
    [`${F}.launderLevelAlarms`]: facility("浇铸炉铝液出口流槽、流槽与模盘（分配流槽）入口连接处液位监测报警装置", "metal-level alarms at the outlet launder and the launder-to-distributor joint"),
    [`${F}.fixedFurnaceOutletLock`]: facility("固定式浇铸炉铝液出口机械锁紧装置", "mechanical lock at the fixed casting furnace's outlet")
  },
  absentWhen: noDcCasting,
  facilityAbsentWhen: {
    [`${F}.fixedFurnaceOutletLock`]: Condition.any(Condition.eq(dcCasting, false), Condition.eq(`${F}.fixedCastingFurnace`, false))
  },
  violationWhen: Condition.any(
    missing(`${F}.launderLevelAlarms`, "铝液出口流槽、流槽与模盘（分配流槽）入口连接处未设置液位监测报警装置", "no metal-level alarm at the launder"),
    Condition.all(
      Condition.eq(`${F}.fixedCastingFurnace`, true),
      missing(`${F}.fixedFurnaceOutletLock`, "固定式浇铸炉的铝液出口未设置机械锁紧装置", "the fixed casting furnace's outlet has no mechanical lock")
    )
  )
})

/**
 * 第五条(八) "铝加工深井铸造工艺的固定式浇铸炉的铝液流槽未设置紧急排放阀，或者流槽与模盘（分配流槽）入口连接处未
 * 设置快速切断阀（断开装置），或者流槽与模盘（分配流槽）入口连接处的液位监测报警装置未与快速切断阀（断开装置）、
 * 紧急排放阀联锁的".
 *
 * @since 0.2.0
 */
export const fixedFurnaceLaunder = item({
  slug: "nonferrous-dc-casting-fixed-furnace-launder",
  article: 5,
  item: 8,
  scope,
  title: text("深井铸造固定式浇铸炉流槽紧急排放阀、快速切断阀和联锁", "Fixed casting furnace: launder drain valve, quick shut-off and interlock"),
  message: text(
    "铝加工深井铸造工艺的固定式浇铸炉的铝液流槽未设置紧急排放阀，或者流槽与模盘（分配流槽）入口连接处未设置快速切断阀（断开装置），或者流槽与模盘（分配流槽）入口连接处的液位监测报警装置未与快速切断阀（断开装置）、紧急排放阀联锁的",
    "In aluminium DC casting with a fixed casting furnace the launder has no emergency drain valve, or the launder-to-distributor joint has no quick shut-off valve (disconnect), or the joint's level alarm is not interlocked with the quick shut-off and the emergency drain valve"
  ),
  remediation: text(
    "固定式浇铸炉铝液流槽设置紧急排放阀，流槽与模盘入口连接处设置快速切断阀（断开装置），液位监测报警装置与其联锁。",
    "Fit an emergency drain valve to the launder and a quick shut-off at the joint, and interlock the level alarm with both."
  ),
  facts: {
    ...dcCastingFact,
    [`${F}.fixedCastingFurnace`]: flag("深井铸造使用固定式浇铸炉", "DC casting uses a fixed casting furnace"),
    [`${F}.fixedLaunderEmergencyDrainValve`]: facility("固定式浇铸炉铝液流槽紧急排放阀", "emergency drain valve of the fixed furnace's launder"),
    [`${F}.fixedJointQuickShutOff`]: facility("固定式浇铸炉流槽与模盘（分配流槽）入口连接处快速切断阀（断开装置）", "quick shut-off valve (disconnect) at the fixed furnace's launder-to-distributor joint"),
    [`${F}.fixedLevelAlarmInterlock`]: facility("连接处液位监测报警装置与快速切断阀（断开装置）、紧急排放阀的联锁", "interlock of the joint's level alarm with the quick shut-off and the drain valve")
  },
  absentWhen: Condition.any(noDcCasting, without(`${F}.fixedCastingFurnace`, "无固定式浇铸炉", "no fixed casting furnace")),
  violationWhen: Condition.any(
    missing(`${F}.fixedLaunderEmergencyDrainValve`, "固定式浇铸炉的铝液流槽未设置紧急排放阀", "the launder has no emergency drain valve"),
    missing(`${F}.fixedJointQuickShutOff`, "流槽与模盘（分配流槽）入口连接处未设置快速切断阀（断开装置）", "the joint has no quick shut-off valve"),
    missing(`${F}.fixedLevelAlarmInterlock`, "液位监测报警装置未与快速切断阀（断开装置）、紧急排放阀联锁", "the level alarm is not interlocked with the shut-off and drain valve")
  )
})

/**
 * 第五条(九) "铝加工深井铸造工艺的倾动式浇铸炉流槽与模盘（分配流槽）入口连接处未设置快速切断阀（断开装置），或者
 * 流槽与模盘（分配流槽）入口连接处的液位监测报警装置未与浇铸炉倾动控制系统、快速切断阀（断开装置）联锁的".
 *
 * @since 0.2.0
 */
export const tiltingFurnaceLaunder = item({
  slug: "nonferrous-dc-casting-tilting-furnace-launder",
  article: 5,
  item: 9,
  scope,
  title: text("深井铸造倾动式浇铸炉快速切断阀和联锁", "Tilting casting furnace: quick shut-off and interlock"),
  message: text(
    "铝加工深井铸造工艺的倾动式浇铸炉流槽与模盘（分配流槽）入口连接处未设置快速切断阀（断开装置），或者流槽与模盘（分配流槽）入口连接处的液位监测报警装置未与浇铸炉倾动控制系统、快速切断阀（断开装置）联锁的",
    "In aluminium DC casting with a tilting casting furnace the launder-to-distributor joint has no quick shut-off valve (disconnect), or its level alarm is not interlocked with the furnace's tilt control and the quick shut-off"
  ),
  remediation: text(
    "倾动式浇铸炉流槽与模盘入口连接处设置快速切断阀（断开装置），液位监测报警装置与浇铸炉倾动控制系统、快速切断阀联锁。",
    "Fit a quick shut-off at the joint and interlock the level alarm with the tilt control and the shut-off."
  ),
  facts: {
    ...dcCastingFact,
    [`${F}.tiltingCastingFurnace`]: flag("深井铸造使用倾动式浇铸炉", "DC casting uses a tilting casting furnace"),
    [`${F}.tiltingJointQuickShutOff`]: facility("倾动式浇铸炉流槽与模盘（分配流槽）入口连接处快速切断阀（断开装置）", "quick shut-off valve (disconnect) at the tilting furnace's launder-to-distributor joint"),
    [`${F}.tiltingLevelAlarmInterlock`]: facility("连接处液位监测报警装置与浇铸炉倾动控制系统、快速切断阀（断开装置）的联锁", "interlock of the joint's level alarm with the tilt control and the quick shut-off")
  },
  absentWhen: Condition.any(noDcCasting, without(`${F}.tiltingCastingFurnace`, "无倾动式浇铸炉", "no tilting casting furnace")),
  violationWhen: Condition.any(
    missing(`${F}.tiltingJointQuickShutOff`, "倾动式浇铸炉流槽与模盘（分配流槽）入口连接处未设置快速切断阀（断开装置）", "the joint has no quick shut-off valve"),
    missing(`${F}.tiltingLevelAlarmInterlock`, "液位监测报警装置未与浇铸炉倾动控制系统、快速切断阀（断开装置）联锁", "the level alarm is not interlocked with the tilt control and the shut-off")
  )
})

/**
 * 第五条(十) "铝加工深井铸造机钢丝卷扬系统选用非钢芯钢丝绳，或者未落实钢丝绳定期检查、更换制度的".
 *
 * @since 0.2.0
 */
export const dcCastingWireRope = item({
  slug: "nonferrous-dc-casting-wire-rope",
  article: 5,
  item: 10,
  scope,
  title: text("深井铸造机钢丝卷扬系统钢丝绳", "Wire rope of the DC-casting machine hoist"),
  message: text(
    "铝加工深井铸造机钢丝卷扬系统选用非钢芯钢丝绳，或者未落实钢丝绳定期检查、更换制度的",
    "The wire-rope hoist of an aluminium DC-casting machine uses a rope without a steel core, or the regular inspection and replacement of its ropes is not carried out"
  ),
  remediation: text("选用钢芯钢丝绳，落实钢丝绳定期检查、更换制度。", "Use steel-core wire rope and carry out the regular rope inspection and replacement regime."),
  facts: {
    ...dcCastingFact,
    [`${F}.nonSteelCoreWireRope`]: flag("深井铸造机钢丝卷扬系统选用非钢芯钢丝绳", "the DC-casting hoist uses a rope without a steel core"),
    [`${F}.wireRopeInspectionRegimeCarriedOut`]: flag("落实钢丝绳定期检查、更换制度", "regular rope inspection and replacement carried out")
  },
  absentWhen: noDcCasting,
  violationWhen: Condition.any(
    yes(`${F}.nonSteelCoreWireRope`, "钢丝卷扬系统选用非钢芯钢丝绳", "a rope without a steel core"),
    no(`${F}.wireRopeInspectionRegimeCarriedOut`, "未落实钢丝绳定期检查、更换制度", "rope inspection and replacement not carried out")
  )
})

/**
 * 第五条(十一) "可能发生一氧化碳、砷化氢、氯气、硫化氢等4种有毒气体泄漏、积聚的场所和部位未设置固定式气体浓度
 * 监测报警装置，或者监测数据未接入24小时有人值守场所，或者未对可能有砷化氢气体的场所和部位采取同等效果的检测措施的".
 *
 * @since 0.2.0
 */
export const toxicGasAlarms = item({
  slug: "nonferrous-toxic-gas-alarms",
  article: 5,
  item: 11,
  scope,
  title: text("一氧化碳、砷化氢、氯气、硫化氢固定式气体浓度监测报警", "Fixed alarms for CO, arsine, chlorine and H₂S"),
  message: text(
    "可能发生一氧化碳、砷化氢、氯气、硫化氢等4种有毒气体泄漏、积聚的场所和部位未设置固定式气体浓度监测报警装置，或者监测数据未接入24小时有人值守场所，或者未对可能有砷化氢气体的场所和部位采取同等效果的检测措施的",
    "Places where CO, arsine, chlorine or H₂S can leak or accumulate have no fixed gas alarms, or the readings are not sent to a place staffed 24 hours a day, or places where arsine may be present have no detection of equivalent effect"
  ),
  remediation: text(
    "在上述场所和部位设置固定式气体浓度监测报警装置，数据接入24小时有人值守场所；对可能有砷化氢气体的场所和部位采取同等效果的检测措施。",
    "Install fixed gas alarms there with readings to a place staffed 24 hours a day, and detection of equivalent effect where arsine may be present."
  ),
  facts: {
    [`${F}.toxicGasPlaces`]: flag("有可能发生一氧化碳、砷化氢、氯气、硫化氢等4种有毒气体泄漏、积聚的场所和部位", "has places where CO, arsine, chlorine or H₂S can leak or accumulate"),
    [`${F}.toxicGasAlarms`]: facility("有毒气体泄漏、积聚场所和部位的固定式气体浓度监测报警装置", "fixed gas alarms where toxic gases can leak or accumulate"),
    [`${F}.toxicGasDataTo24hStaffedPlace`]: flag("有毒气体监测数据接入24小时有人值守场所", "toxic-gas readings sent to a place staffed 24 hours a day"),
    [`${F}.arsinePlaces`]: flag("有可能有砷化氢气体的场所和部位", "has places where arsine may be present"),
    [`${F}.arsineEquivalentDetection`]: flag("对可能有砷化氢气体的场所和部位采取同等效果的检测措施", "detection of equivalent effect where arsine may be present")
  },
  absentWhen: without(`${F}.toxicGasPlaces`, "无可能发生4种有毒气体泄漏、积聚的场所和部位", "no places where the four toxic gases can leak or accumulate"),
  violationWhen: Condition.any(
    missing(`${F}.toxicGasAlarms`, "未设置固定式气体浓度监测报警装置", "no fixed gas alarms"),
    no(`${F}.toxicGasDataTo24hStaffedPlace`, "监测数据未接入24小时有人值守场所", "the readings are not sent to a place staffed 24 hours a day"),
    Condition.all(
      Condition.eq(`${F}.arsinePlaces`, true),
      no(`${F}.arsineEquivalentDetection`, "未对可能有砷化氢气体的场所和部位采取同等效果的检测措施", "no detection of equivalent effect where arsine may be present")
    )
  )
})

/**
 * 第五条(十二) "使用煤气（天然气）并强制送风的燃烧装置的燃气总管未设置压力监测报警装置，或者监测报警装置未与紧急
 * 自动切断装置联锁的".
 *
 * @since 0.2.0
 */
export const forcedDraughtBurners = item({
  slug: "nonferrous-forced-draught-gas-burners",
  article: 5,
  item: 12,
  scope,
  title: text("强制送风燃气燃烧装置燃气总管压力监测报警和联锁", "Gas-main pressure alarm and shut-off interlock of forced-draught burners"),
  message: text(
    "使用煤气（天然气）并强制送风的燃烧装置的燃气总管未设置压力监测报警装置，或者监测报警装置未与紧急自动切断装置联锁的",
    "The gas main of a forced-draught burner using coal gas (natural gas) has no pressure alarm, or the alarm is not interlocked with the automatic emergency shut-off"
  ),
  remediation: text("燃气总管设置压力监测报警装置，并与紧急自动切断装置联锁。", "Fit a pressure alarm to the gas main and interlock it with the automatic emergency shut-off."),
  facts: {
    [`${F}.forcedDraughtGasBurners`]: flag("有使用煤气（天然气）并强制送风的燃烧装置", "has forced-draught burners using coal gas (natural gas)"),
    [`${F}.burnerGasMainPressureAlarm`]: facility("燃烧装置燃气总管压力监测报警装置", "pressure alarm of the burners' gas main"),
    [`${F}.burnerAlarmShutOffInterlock`]: facility("燃气总管压力监测报警装置与紧急自动切断装置的联锁", "interlock of the gas-main pressure alarm with the automatic emergency shut-off")
  },
  absentWhen: without(`${F}.forcedDraughtGasBurners`, "无强制送风的燃气燃烧装置", "no forced-draught gas burners"),
  violationWhen: Condition.any(
    missing(`${F}.burnerGasMainPressureAlarm`, "燃气总管未设置压力监测报警装置", "no pressure alarm on the gas main"),
    missing(`${F}.burnerAlarmShutOffInterlock`, "监测报警装置未与紧急自动切断装置联锁", "the alarm is not interlocked with the emergency shut-off")
  )
})

/**
 * 第五条(十三) the water-seal drainer item, in the words of 第四条(八) (see `gas-drainers.ts`).
 *
 * @since 0.2.0
 */
export const nonferrousGasDrainers = item({
  slug: "nonferrous-gas-drainers",
  article: 5,
  item: 13,
  scope,
  ...drainerItem(F)
})

/** The items of 第五条, in order. @since 0.2.0 */
export const nonferrousItems = [
  nonferrousGatheringRooms,
  nonferrousStandingWater,
  castingEmergencyDischarge,
  emergencyWaterSupply,
  smeltingFurnaceCooling,
  dcMouldCooling,
  launderLevelAlarms,
  fixedFurnaceLaunder,
  tiltingFurnaceLaunder,
  dcCastingWireRope,
  toxicGasAlarms,
  forcedDraughtBurners,
  nonferrousGasDrainers
]
