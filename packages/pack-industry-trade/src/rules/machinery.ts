/**
 * 第七条 — 机械企业 (7 items). "机械企业有下列情形之一的，应当判定为重大事故隐患：" Any one item is
 * enough. Facts under `facts.machinery`.
 *
 * [verified: GM10-text, sector-criteria.md §5-add; (一)–(二) also the 2023-06-22 repost]
 *
 * @since 0.2.0
 */
import { Condition } from "@anquan/core"
import { facility, flag } from "../facts/applicability.ts"
import { item, missing, no, text, without, yes } from "./item.ts"
import { paintRoomItem } from "./shared-wording.ts"

const F = "facts.machinery"
const scope = { industry: "machinery" } as const
const foundryFurnaces = { [`${F}.foundryFurnaces`]: flag("有铸造用熔炼炉、精炼炉、保温炉", "has foundry melting, refining or holding furnaces") }
const noFoundryFurnaces = without(`${F}.foundryFurnaces`, "无铸造用熔炼炉、精炼炉、保温炉", "no foundry furnaces")

/**
 * 第七条(一) "会议室、活动室、休息室、更衣室、交接班室等5类人员聚集场所设置在熔融金属吊运跨或者浇注跨的地坪区域内的"
 * — five kinds (no 操作室, unlike 第四条(一) and 第五条(一)).
 *
 * @since 0.2.0
 */
export const machineryGatheringRooms = item({
  slug: "machinery-gathering-rooms-in-lifting-or-pouring-bays",
  article: 7,
  item: 1,
  scope,
  title: text("人员聚集场所不在熔融金属吊运跨、浇注跨地坪区域内", "No gathering rooms in molten-metal lifting or pouring bays"),
  message: text(
    "会议室、活动室、休息室、更衣室、交接班室等5类人员聚集场所设置在熔融金属吊运跨或者浇注跨的地坪区域内的",
    "One of the five kinds of people-gathering room (meeting, activity, rest, changing, shift-handover room) is on the floor area of a molten-metal lifting bay or pouring bay"
  ),
  remediation: text("将5类人员聚集场所移出熔融金属吊运跨和浇注跨的地坪区域。", "Move the people-gathering rooms out of the lifting and pouring bays."),
  facts: {
    [`${F}.moltenMetalLiftingOrPouringBays`]: flag("有熔融金属吊运跨或者浇注跨", "has molten-metal lifting or pouring bays"),
    [`${F}.gatheringRoomsInBay`]: flag(
      "会议室、活动室、休息室、更衣室、交接班室等5类人员聚集场所设置在熔融金属吊运跨或者浇注跨的地坪区域内",
      "a people-gathering room of the five kinds is on the floor area of a lifting or pouring bay"
    )
  },
  absentWhen: without(`${F}.moltenMetalLiftingOrPouringBays`, "无熔融金属吊运跨、浇注跨", "no lifting or pouring bays"),
  violationWhen: yes(`${F}.gatheringRoomsInBay`, "5类人员聚集场所设置在熔融金属吊运跨或者浇注跨的地坪区域内", "people-gathering rooms are in a lifting or pouring bay")
})

/**
 * 第七条(二) "铸造用熔炼炉、精炼炉、保温炉未设置紧急排放和应急储存设施的".
 *
 * @since 0.2.0
 */
export const foundryEmergencyDischarge = item({
  slug: "machinery-foundry-emergency-discharge",
  article: 7,
  item: 2,
  scope,
  title: text("铸造用熔炼炉、精炼炉、保温炉紧急排放和应急储存设施", "Emergency discharge and storage of foundry furnaces"),
  message: text("铸造用熔炼炉、精炼炉、保温炉未设置紧急排放和应急储存设施的", "A foundry melting, refining or holding furnace has no emergency discharge and emergency storage facilities"),
  remediation: text("铸造用熔炼炉、精炼炉、保温炉设置紧急排放和应急储存设施。", "Provide emergency discharge and storage facilities for the foundry furnaces."),
  facts: {
    ...foundryFurnaces,
    [`${F}.foundryEmergencyDischargeAndStorage`]: facility("铸造用熔炼炉、精炼炉、保温炉紧急排放和应急储存设施", "emergency discharge and storage facilities of the foundry furnaces")
  },
  absentWhen: noFoundryFurnaces,
  violationWhen: missing(`${F}.foundryEmergencyDischargeAndStorage`, "未设置紧急排放和应急储存设施", "no emergency discharge and storage facilities")
})

/**
 * 第七条(三) "生产期间铸造用熔炼炉、精炼炉、保温炉的炉底、炉坑和事故坑，以及熔融金属泄漏、喷溅影响范围内的炉前平台、
 * 炉基区域、造型地坑、浇注作业坑和熔融金属转运通道等8类区域存在积水的".
 *
 * @since 0.2.0
 */
export const foundryStandingWater = item({
  slug: "machinery-foundry-standing-water",
  article: 7,
  item: 3,
  scope,
  title: text("铸造8类区域无积水", "No standing water in the eight foundry areas"),
  message: text(
    "生产期间铸造用熔炼炉、精炼炉、保温炉的炉底、炉坑和事故坑，以及熔融金属泄漏、喷溅影响范围内的炉前平台、炉基区域、造型地坑、浇注作业坑和熔融金属转运通道等8类区域存在积水的",
    "During production there is standing water in one of the eight listed foundry areas (furnace bottoms, furnace and emergency pits; within reach of molten-metal leaks and splashes: furnace platforms, furnace bases, moulding pits, pouring pits and transfer passages)"
  ),
  remediation: text("清除8类区域积水，消除渗漏水源，生产期间保持干燥。", "Remove the water from the eight kinds of area and keep them dry during production."),
  facts: {
    ...foundryFurnaces,
    [`${F}.standingWaterDuringProduction`]: flag("生产期间炉底、炉坑、事故坑、炉前平台、炉基区域、造型地坑、浇注作业坑、熔融金属转运通道等8类区域存在积水", "standing water during production in one of the eight listed foundry areas")
  },
  absentWhen: noFoundryFurnaces,
  violationWhen: yes(`${F}.standingWaterDuringProduction`, "生产期间8类区域存在积水", "standing water in one of the eight areas during production")
})

/**
 * 第七条(四) "铸造用熔炼炉、精炼炉、压铸机、氧枪的冷却水系统未设置出水温度、进出水流量差监测报警装置，或者监测报警
 * 装置未与熔融金属加热、输送控制系统联锁的".
 *
 * @since 0.2.0
 */
export const foundryCooling = item({
  slug: "machinery-foundry-cooling-water",
  article: 7,
  item: 4,
  scope,
  title: text("熔炼炉、精炼炉、压铸机、氧枪冷却水监测报警和联锁", "Alarms and interlocks on foundry cooling water"),
  message: text(
    "铸造用熔炼炉、精炼炉、压铸机、氧枪的冷却水系统未设置出水温度、进出水流量差监测报警装置，或者监测报警装置未与熔融金属加热、输送控制系统联锁的",
    "The cooling water of a foundry melting or refining furnace, die-casting machine or oxygen lance has no outlet-temperature and flow-difference alarms, or the alarms are not interlocked with the molten-metal heating and transfer controls"
  ),
  remediation: text(
    "冷却水系统设置出水温度、进出水流量差监测报警装置，并与熔融金属加热、输送控制系统联锁。",
    "Fit outlet-temperature and flow-difference alarms and interlock them with the heating and transfer controls."
  ),
  facts: {
    [`${F}.cooledFoundryEquipment`]: flag("有铸造用熔炼炉、精炼炉、压铸机、氧枪的冷却水系统", "has cooling water on foundry furnaces, die-casting machines or oxygen lances"),
    [`${F}.coolingWaterAlarms`]: facility("冷却水系统出水温度、进出水流量差监测报警装置", "outlet-temperature and flow-difference alarms of the cooling water"),
    [`${F}.coolingWaterInterlocks`]: facility("冷却水监测报警装置与熔融金属加热、输送控制系统的联锁", "interlock of the cooling alarms with the heating and transfer controls")
  },
  absentWhen: without(`${F}.cooledFoundryEquipment`, "无上述冷却水系统", "no such cooling water"),
  violationWhen: Condition.any(
    missing(`${F}.coolingWaterAlarms`, "冷却水系统未设置出水温度、进出水流量差监测报警装置", "no outlet-temperature or flow-difference alarms"),
    missing(`${F}.coolingWaterInterlocks`, "监测报警装置未与熔融金属加热、输送控制系统联锁", "the alarms are not interlocked with the heating and transfer controls")
  )
})

/**
 * 第七条(五) "使用煤气（天然气）的燃烧装置的燃气总管未设置管道压力监测报警装置，或者监测报警装置未与紧急自动切断
 * 装置联锁，或者燃烧装置未设置火焰监测和熄火保护系统的".
 *
 * @since 0.2.0
 */
export const machineryGasBurners = item({
  slug: "machinery-gas-burners",
  article: 7,
  item: 5,
  scope,
  title: text("燃气燃烧装置压力监测报警、联锁和熄火保护", "Pressure alarm, interlock and flame-failure protection of gas burners"),
  message: text(
    "使用煤气（天然气）的燃烧装置的燃气总管未设置管道压力监测报警装置，或者监测报警装置未与紧急自动切断装置联锁，或者燃烧装置未设置火焰监测和熄火保护系统的",
    "The gas main of a burner using coal gas (natural gas) has no pipe-pressure alarm, or the alarm is not interlocked with the automatic emergency shut-off, or the burner has no flame monitoring and flame-failure protection"
  ),
  remediation: text(
    "燃气总管设置管道压力监测报警装置并与紧急自动切断装置联锁；燃烧装置设置火焰监测和熄火保护系统。",
    "Fit a pipe-pressure alarm interlocked with the emergency shut-off, and flame monitoring with flame-failure protection."
  ),
  facts: {
    [`${F}.gasBurners`]: flag("有使用煤气（天然气）的燃烧装置", "has burners using coal gas (natural gas)"),
    [`${F}.burnerGasMainPressureAlarm`]: facility("燃气总管管道压力监测报警装置", "pipe-pressure alarm of the gas main"),
    [`${F}.burnerAlarmShutOffInterlock`]: facility("燃气总管压力监测报警装置与紧急自动切断装置的联锁", "interlock of the gas-main alarm with the automatic emergency shut-off"),
    [`${F}.flameFailureProtection`]: facility("燃烧装置火焰监测和熄火保护系统", "flame monitoring and flame-failure protection of the burners")
  },
  absentWhen: without(`${F}.gasBurners`, "无燃气燃烧装置", "no gas burners"),
  violationWhen: Condition.any(
    missing(`${F}.burnerGasMainPressureAlarm`, "燃气总管未设置管道压力监测报警装置", "no pipe-pressure alarm on the gas main"),
    missing(`${F}.burnerAlarmShutOffInterlock`, "监测报警装置未与紧急自动切断装置联锁", "the alarm is not interlocked with the emergency shut-off"),
    missing(`${F}.flameFailureProtection`, "燃烧装置未设置火焰监测和熄火保护系统", "no flame monitoring and flame-failure protection")
  )
})

/**
 * 第七条(六) "使用可燃性有机溶剂清洗设备设施、工装器具、地面时，未采取防止可燃气体在周边密闭或者半密闭空间内积聚
 * 措施的".
 *
 * @since 0.2.0
 */
export const solventCleaning = item({
  slug: "machinery-solvent-cleaning",
  article: 7,
  item: 6,
  scope,
  title: text("可燃性有机溶剂清洗防积聚措施", "Vapour measures when cleaning with flammable solvents"),
  message: text(
    "使用可燃性有机溶剂清洗设备设施、工装器具、地面时，未采取防止可燃气体在周边密闭或者半密闭空间内积聚措施的",
    "Equipment, tooling or floors are cleaned with flammable organic solvents without measures against flammable vapour building up in nearby enclosed or semi-enclosed spaces"
  ),
  remediation: text("使用可燃性有机溶剂清洗时，采取通风等防止可燃气体在周边密闭或者半密闭空间内积聚的措施。", "Take ventilation or other measures against vapour build-up whenever flammable solvents are used for cleaning."),
  facts: {
    [`${F}.solventCleaning`]: flag("使用可燃性有机溶剂清洗设备设施、工装器具、地面", "cleans with flammable organic solvents"),
    [`${F}.solventVapourMeasures`]: flag("采取防止可燃气体在周边密闭或者半密闭空间内积聚措施", "measures against vapour build-up in nearby enclosed spaces")
  },
  absentWhen: without(`${F}.solventCleaning`, "不使用可燃性有机溶剂清洗", "no cleaning with flammable solvents"),
  violationWhen: no(`${F}.solventVapourMeasures`, "未采取防止可燃气体在周边密闭或者半密闭空间内积聚措施", "no measures against vapour build-up")
})

/**
 * 第七条(七) the paint-room item (see `shared-wording.ts`): an alarm **or** ventilation missing is a breach.
 *
 * @since 0.2.0
 */
export const machineryPaintRooms = item({
  slug: "machinery-solvent-paint-rooms",
  article: 7,
  item: 7,
  scope,
  ...paintRoomItem(F)
})

/** The items of 第七条, in order. @since 0.2.0 */
export const machineryItems = [
  machineryGatheringRooms,
  foundryEmergencyDischarge,
  foundryStandingWater,
  foundryCooling,
  machineryGasBurners,
  solventCleaning,
  machineryPaintRooms
]
