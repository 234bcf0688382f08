/**
 * 第四条 — 冶金企业 (8 items). "冶金企业有下列情形之一的，应当判定为重大事故隐患：" Any one item is
 * enough. Facts under `facts.metallurgy`.
 *
 * [verified: GM10-text, sector-criteria.md §5-add; items (一)–(四) also anzhuopai 2023-06-01]
 *
 * @since 0.2.0
 */
import { Condition } from "@anquan/core"
import { facility, flag } from "../facts/applicability.ts"
import { drainerItem } from "./gas-drainers.ts"
import { item, missing, no, text, without, yes } from "./item.ts"

const F = "facts.metallurgy"
const scope = { industry: "metallurgy" } as const

/**
 * 第四条(一) "会议室、活动室、休息室、操作室、交接班室、更衣室（含澡堂）等6类人员聚集场所，以及钢铁水罐冷
 * （热）修工位设置在铁水、钢水、液渣吊运跨的地坪区域内的".
 *
 * @since 0.2.0
 */
export const gatheringRoomsInLiftingBays = item({
  slug: "metallurgy-gathering-rooms-in-lifting-bays",
  article: 4,
  item: 1,
  scope,
  title: text("人员聚集场所和钢铁水罐修理工位不在吊运跨地坪区域内", "No gathering rooms or ladle-repair stations in hot-metal lifting bays"),
  message: text(
    "会议室、活动室、休息室、操作室、交接班室、更衣室（含澡堂）等6类人员聚集场所，以及钢铁水罐冷（热）修工位设置在铁水、钢水、液渣吊运跨的地坪区域内的",
    "One of the six kinds of people-gathering room (meeting, activity, rest, operating, shift-handover, changing room incl. bathhouse), or a ladle cold/hot-repair station, is on the floor area of a bay where hot metal, molten steel or liquid slag is lifted"
  ),
  remediation: text(
    "将6类人员聚集场所和钢铁水罐冷（热）修工位移出铁水、钢水、液渣吊运跨的地坪区域。",
    "Move the people-gathering rooms and ladle repair stations out of the floor area of hot-metal, molten-steel and slag lifting bays."
  ),
  facts: {
    [`${F}.moltenMetalLiftingBays`]: flag("有铁水、钢水、液渣吊运跨", "has bays where hot metal, molten steel or slag is lifted"),
    [`${F}.gatheringRoomsInLiftingBay`]: flag(
      "会议室、活动室、休息室、操作室、交接班室、更衣室（含澡堂）等6类人员聚集场所设置在铁水、钢水、液渣吊运跨的地坪区域内",
      "a people-gathering room of the six kinds is on the floor area of a hot-metal, molten-steel or slag lifting bay"
    ),
    [`${F}.ladleRepairStationsInLiftingBay`]: flag(
      "钢铁水罐冷（热）修工位设置在铁水、钢水、液渣吊运跨的地坪区域内",
      "a ladle cold/hot-repair station is on the floor area of such a bay"
    )
  },
  absentWhen: without(`${F}.moltenMetalLiftingBays`, "无铁水、钢水、液渣吊运跨", "no hot-metal, molten-steel or slag lifting bays"),
  violationWhen: Condition.any(
    yes(`${F}.gatheringRoomsInLiftingBay`, "6类人员聚集场所设置在铁水、钢水、液渣吊运跨的地坪区域内", "people-gathering rooms are in a lifting bay"),
    yes(`${F}.ladleRepairStationsInLiftingBay`, "钢铁水罐冷（热）修工位设置在铁水、钢水、液渣吊运跨的地坪区域内", "ladle repair stations are in a lifting bay")
  )
})

/**
 * 第四条(二) "生产期间冶炼、精炼和铸造生产区域的事故坑、炉下渣坑，以及熔融金属泄漏和喷溅影响范围内的炉前
 * 平台、炉基区域、厂房内吊运和地面运输通道等6类区域存在积水的". Any standing water: unlike 第五条(二) the
 * text has no "非生产性".
 *
 * @since 0.2.0
 */
export const standingWater = item({
  slug: "metallurgy-standing-water",
  article: 4,
  item: 2,
  scope,
  title: text("冶炼、精炼和铸造区域6类区域无积水", "No standing water in the six smelting, refining and casting areas"),
  message: text(
    "生产期间冶炼、精炼和铸造生产区域的事故坑、炉下渣坑，以及熔融金属泄漏和喷溅影响范围内的炉前平台、炉基区域、厂房内吊运和地面运输通道等6类区域存在积水的",
    "During production there is standing water in an emergency pit or under-furnace slag pit of a smelting, refining or casting area, or on a furnace platform, furnace-base area, or lifting or ground transport passage within reach of molten-metal leaks and splashes"
  ),
  remediation: text(
    "清除6类区域积水，消除渗漏水源，生产期间保持干燥。",
    "Remove the water from the six kinds of area, stop its source and keep them dry during production."
  ),
  facts: {
    [`${F}.smeltingRefiningCastingAreas`]: flag("有冶炼、精炼、铸造生产区域", "has smelting, refining or casting areas"),
    [`${F}.standingWaterDuringProduction`]: flag(
      "生产期间事故坑、炉下渣坑、炉前平台、炉基区域、厂房内吊运和地面运输通道等6类区域存在积水",
      "standing water during production in one of the six listed areas"
    )
  },
  absentWhen: without(`${F}.smeltingRefiningCastingAreas`, "无冶炼、精炼、铸造生产区域", "no smelting, refining or casting areas"),
  violationWhen: yes(`${F}.standingWaterDuringProduction`, "生产期间6类区域存在积水", "standing water in one of the six areas during production")
})

/**
 * 第四条(三) "炼钢连铸流程未设置事故钢水罐、中间罐漏钢坑（槽）、中间罐溢流坑（槽）、漏钢回转溜槽，或者模铸
 * 流程未设置事故钢水罐（坑、槽）的". Each route is judged when the enterprise has it.
 *
 * @since 0.2.0
 */
export const castingEmergencyFacilities = item({
  slug: "metallurgy-casting-emergency-facilities",
  article: 4,
  item: 3,
  scope,
  title: text("连铸、模铸流程事故应急设施", "Emergency facilities of continuous and ingot casting"),
  message: text(
    "炼钢连铸流程未设置事故钢水罐、中间罐漏钢坑（槽）、中间罐溢流坑（槽）、漏钢回转溜槽，或者模铸流程未设置事故钢水罐（坑、槽）的",
    "A continuous-casting line lacks an emergency ladle, tundish breakout pit (trough), tundish overflow pit (trough) or breakout rotary chute, or an ingot-casting line lacks an emergency ladle (pit, trough)"
  ),
  remediation: text(
    "连铸流程设置事故钢水罐、中间罐漏钢坑（槽）、中间罐溢流坑（槽）、漏钢回转溜槽；模铸流程设置事故钢水罐（坑、槽）。",
    "Provide continuous casting with an emergency ladle, tundish breakout and overflow pits and a breakout chute, and ingot casting with an emergency ladle (pit, trough)."
  ),
  facts: {
    [`${F}.continuousCasting`]: flag("有炼钢连铸流程", "has a continuous-casting line"),
    [`${F}.ingotCasting`]: flag("有模铸流程", "has an ingot-casting line"),
    [`${F}.continuousCastingEmergencyLadle`]: facility("连铸流程事故钢水罐", "emergency ladle of continuous casting"),
    [`${F}.tundishBreakoutPit`]: facility("中间罐漏钢坑（槽）", "tundish breakout pit (trough)"),
    [`${F}.tundishOverflowPit`]: facility("中间罐溢流坑（槽）", "tundish overflow pit (trough)"),
    [`${F}.breakoutRotaryChute`]: facility("漏钢回转溜槽", "breakout rotary chute"),
    [`${F}.ingotCastingEmergencyLadle`]: facility("模铸流程事故钢水罐（坑、槽）", "emergency ladle (pit, trough) of ingot casting")
  },
  absentWhen: Condition.all(
    without(`${F}.continuousCasting`, "无炼钢连铸流程", "no continuous casting"),
    without(`${F}.ingotCasting`, "无模铸流程", "no ingot casting")
  ),
  facilityAbsentWhen: {
    [`${F}.continuousCastingEmergencyLadle`]: Condition.eq(`${F}.continuousCasting`, false),
    [`${F}.tundishBreakoutPit`]: Condition.eq(`${F}.continuousCasting`, false),
    [`${F}.tundishOverflowPit`]: Condition.eq(`${F}.continuousCasting`, false),
    [`${F}.breakoutRotaryChute`]: Condition.eq(`${F}.continuousCasting`, false),
    [`${F}.ingotCastingEmergencyLadle`]: Condition.eq(`${F}.ingotCasting`, false)
  },
  violationWhen: Condition.any(
    Condition.all(
      Condition.eq(`${F}.continuousCasting`, true),
      Condition.any(
        missing(`${F}.continuousCastingEmergencyLadle`, "炼钢连铸流程未设置事故钢水罐", "continuous casting has no emergency ladle"),
        missing(`${F}.tundishBreakoutPit`, "炼钢连铸流程未设置中间罐漏钢坑（槽）", "continuous casting has no tundish breakout pit"),
        missing(`${F}.tundishOverflowPit`, "炼钢连铸流程未设置中间罐溢流坑（槽）", "continuous casting has no tundish overflow pit"),
        missing(`${F}.breakoutRotaryChute`, "炼钢连铸流程未设置漏钢回转溜槽", "continuous casting has no breakout rotary chute")
      )
    ),
    Condition.all(
      Condition.eq(`${F}.ingotCasting`, true),
      missing(`${F}.ingotCastingEmergencyLadle`, "模铸流程未设置事故钢水罐（坑、槽）", "ingot casting has no emergency ladle (pit, trough)")
    )
  )
})

/**
 * 第四条(四) "转炉、电弧炉、AOD炉、LF炉、RH炉、VOD炉等炼钢炉的水冷元件未设置出水温度、进出水流量差等监测
 * 报警装置，或者监测报警装置未与炉体倾动、氧（副）枪自动提升、电极自动断电和升起装置联锁的".
 *
 * @since 0.2.0
 */
export const steelmakingFurnaceCooling = item({
  slug: "metallurgy-steelmaking-furnace-cooling",
  article: 4,
  item: 4,
  scope,
  title: text("炼钢炉水冷元件监测报警和联锁", "Alarms and interlocks on steelmaking-furnace cooling"),
  message: text(
    "转炉、电弧炉、AOD炉、LF炉、RH炉、VOD炉等炼钢炉的水冷元件未设置出水温度、进出水流量差等监测报警装置，或者监测报警装置未与炉体倾动、氧（副）枪自动提升、电极自动断电和升起装置联锁的",
    "Water-cooled parts of a steelmaking furnace (converter, EAF, AOD, LF, RH, VOD …) have no outlet-temperature and in/out flow-difference alarms, or the alarms are not interlocked with furnace tilting, automatic lance lifting and automatic electrode power-off and lifting"
  ),
  remediation: text(
    "炼钢炉水冷元件设置出水温度、进出水流量差等监测报警装置，并与炉体倾动、氧（副）枪自动提升、电极自动断电和升起装置联锁。",
    "Fit outlet-temperature and flow-difference alarms to the water-cooled parts and interlock them with tilting, lance lifting and electrode power-off and lifting."
  ),
  facts: {
    [`${F}.steelmakingFurnaces`]: flag("有转炉、电弧炉、AOD炉、LF炉、RH炉、VOD炉等炼钢炉", "has steelmaking furnaces (converter, EAF, AOD, LF, RH, VOD …)"),
    [`${F}.furnaceCoolingAlarms`]: facility("炼钢炉水冷元件出水温度、进出水流量差等监测报警装置", "outlet-temperature and flow-difference alarms of the furnaces' water-cooled parts"),
    [`${F}.furnaceCoolingInterlocks`]: facility(
      "水冷元件监测报警装置与炉体倾动、氧（副）枪自动提升、电极自动断电和升起装置的联锁",
      "interlock of the cooling alarms with tilting, lance lifting and electrode power-off and lifting"
    )
  },
  absentWhen: without(`${F}.steelmakingFurnaces`, "无炼钢炉", "no steelmaking furnaces"),
  violationWhen: Condition.any(
    missing(`${F}.furnaceCoolingAlarms`, "炼钢炉水冷元件未设置出水温度、进出水流量差等监测报警装置", "the water-cooled parts have no outlet-temperature or flow-difference alarms"),
    missing(`${F}.furnaceCoolingInterlocks`, "监测报警装置未与炉体倾动、氧（副）枪自动提升、电极自动断电和升起装置联锁", "the alarms are not interlocked with tilting, lance lifting and electrode power-off")
  )
})

/**
 * 第四条(五) "高炉生产期间炉顶工作压力设定值超过设计文件规定的最高工作压力，或者炉顶工作压力监测装置未与
 * 炉顶放散阀联锁，或者炉顶放散阀的联锁放散压力设定值超过设备设计压力值的". "超过" is `>`: a set-point equal
 * to the design value is compliant. The design values are recorded facts (from the design documents).
 *
 * @since 0.2.0
 */
export const blastFurnaceTopPressure = item({
  slug: "metallurgy-blast-furnace-top-pressure",
  article: 4,
  item: 5,
  scope,
  title: text("高炉炉顶工作压力和炉顶放散阀联锁", "Blast-furnace top pressure and bleeder-valve interlock"),
  message: text(
    "高炉生产期间炉顶工作压力设定值超过设计文件规定的最高工作压力，或者炉顶工作压力监测装置未与炉顶放散阀联锁，或者炉顶放散阀的联锁放散压力设定值超过设备设计压力值的",
    "The blast-furnace top working-pressure set-point exceeds the design maximum, or the top-pressure monitor is not interlocked with the top bleeder valve, or the bleeder's interlock release set-point exceeds the equipment design pressure"
  ),
  remediation: text(
    "炉顶工作压力设定值不超过设计文件规定的最高工作压力；炉顶工作压力监测装置与炉顶放散阀联锁，联锁放散压力设定值不超过设备设计压力值。",
    "Keep the top-pressure set-point within the design maximum; interlock the top-pressure monitor with the bleeder valve and keep its release set-point within the equipment design pressure."
  ),
  facts: {
    [`${F}.blastFurnace`]: flag("有高炉", "has a blast furnace"),
    [`${F}.topPressureSetPoint`]: { type: "number", label: text("炉顶工作压力设定值", "top working-pressure set-point"), unit: text("kPa", "kPa") },
    [`${F}.topPressureDesignMaximum`]: { type: "number", label: text("设计文件规定的最高工作压力", "design maximum top working pressure"), unit: text("kPa", "kPa") },
    [`${F}.topPressureBleederInterlock`]: facility("炉顶工作压力监测装置与炉顶放散阀的联锁", "interlock of the top-pressure monitor with the top bleeder valve"),
    [`${F}.bleederReleaseSetPoint`]: { type: "number", label: text("炉顶放散阀联锁放散压力设定值", "bleeder interlock release set-point"), unit: text("kPa", "kPa") },
    [`${F}.bleederEquipmentDesignPressure`]: { type: "number", label: text("设备设计压力值", "equipment design pressure"), unit: text("kPa", "kPa") }
  },
  absentWhen: without(`${F}.blastFurnace`, "无高炉", "no blast furnace"),
  violationWhen: Condition.any(
    Condition.gt(`${F}.topPressureSetPoint`, Condition.fact(`${F}.topPressureDesignMaximum`)),
    missing(`${F}.topPressureBleederInterlock`, "炉顶工作压力监测装置未与炉顶放散阀联锁", "the top-pressure monitor is not interlocked with the bleeder valve"),
    Condition.gt(`${F}.bleederReleaseSetPoint`, Condition.fact(`${F}.bleederEquipmentDesignPressure`))
  )
})

/**
 * 第四条(六) "煤气生产、回收净化、加压混合、储存、使用设施附近的会议室、活动室、休息室、操作室、交接班室、
 * 更衣室等6类人员聚集场所，以及可能发生煤气泄漏、积聚的场所和部位未设置固定式一氧化碳浓度监测报警装置，或者
 * 监测数据未接入24小时有人值守场所的".
 *
 * @since 0.2.0
 */
export const gasCarbonMonoxideAlarms = item({
  slug: "metallurgy-gas-co-alarms",
  article: 4,
  item: 6,
  scope,
  title: text("煤气区域固定式一氧化碳浓度监测报警", "Fixed CO alarms around gas facilities"),
  message: text(
    "煤气生产、回收净化、加压混合、储存、使用设施附近的会议室、活动室、休息室、操作室、交接班室、更衣室等6类人员聚集场所，以及可能发生煤气泄漏、积聚的场所和部位未设置固定式一氧化碳浓度监测报警装置，或者监测数据未接入24小时有人值守场所的",
    "The six kinds of people-gathering room near gas production, cleaning, boosting and mixing, storage or use facilities, and the places where gas can leak or accumulate, have no fixed CO alarms, or the readings are not sent to a place staffed 24 hours a day"
  ),
  remediation: text(
    "在上述场所和部位设置固定式一氧化碳浓度监测报警装置，监测数据接入24小时有人值守场所。",
    "Install fixed CO alarms in those rooms and places and send the readings to a place staffed 24 hours a day."
  ),
  facts: {
    [`${F}.gasFacilities`]: flag("有煤气生产、回收净化、加压混合、储存、使用设施", "has gas production, cleaning, boosting and mixing, storage or use facilities"),
    [`${F}.gasAreaCoAlarms`]: facility(
      "6类人员聚集场所及可能发生煤气泄漏、积聚的场所和部位的固定式一氧化碳浓度监测报警装置",
      "fixed CO alarms in the gathering rooms and where gas can leak or accumulate"
    ),
    [`${F}.gasAreaCoDataTo24hStaffedPlace`]: flag("一氧化碳监测数据接入24小时有人值守场所", "CO readings sent to a place staffed 24 hours a day")
  },
  absentWhen: without(`${F}.gasFacilities`, "无煤气设施", "no gas facilities"),
  violationWhen: Condition.any(
    missing(`${F}.gasAreaCoAlarms`, "未设置固定式一氧化碳浓度监测报警装置", "no fixed CO alarms"),
    no(`${F}.gasAreaCoDataTo24hStaffedPlace`, "监测数据未接入24小时有人值守场所", "the readings are not sent to a place staffed 24 hours a day")
  )
})

/**
 * 第四条(七) "加热炉、煤气柜、除尘器、加压机、烘烤器等设施，以及进入车间前的煤气管道未安装隔断装置的".
 *
 * @since 0.2.0
 */
export const gasIsolationDevices = item({
  slug: "metallurgy-gas-isolation-devices",
  article: 4,
  item: 7,
  scope,
  title: text("煤气设施和进车间煤气管道隔断装置", "Isolation devices on gas facilities and incoming gas pipes"),
  message: text(
    "加热炉、煤气柜、除尘器、加压机、烘烤器等设施，以及进入车间前的煤气管道未安装隔断装置的",
    "A heating furnace, gas holder, dust collector, booster, dryer or similar facility, or a gas pipe before it enters a workshop, has no isolation device"
  ),
  remediation: text(
    "在加热炉、煤气柜、除尘器、加压机、烘烤器等设施和进入车间前的煤气管道上安装隔断装置。",
    "Install isolation devices on those facilities and on gas pipes before they enter a workshop."
  ),
  facts: {
    [`${F}.gasFacilities`]: flag("有煤气生产、回收净化、加压混合、储存、使用设施", "has gas production, cleaning, boosting and mixing, storage or use facilities"),
    [`${F}.gasIsolationDevices`]: facility(
      "加热炉、煤气柜、除尘器、加压机、烘烤器等设施及进入车间前煤气管道的隔断装置",
      "isolation devices of gas-using facilities and of gas pipes before workshops"
    )
  },
  absentWhen: without(`${F}.gasFacilities`, "无煤气设施", "no gas facilities"),
  violationWhen: missing(`${F}.gasIsolationDevices`, "未安装隔断装置", "no isolation device")
})

/**
 * 第四条(八) the water-seal drainer item (see `gas-drainers.ts`): "最高封堵煤气压力小于30kPa", 30 kPa compliant.
 *
 * @since 0.2.0
 */
export const metallurgyGasDrainers = item({
  slug: "metallurgy-gas-drainers",
  article: 4,
  item: 8,
  scope,
  ...drainerItem(F)
})

/** The items of 第四条, in order. @since 0.2.0 */
export const metallurgyItems = [
  gatheringRoomsInLiftingBays,
  standingWater,
  castingEmergencyFacilities,
  steelmakingFurnaceCooling,
  blastFurnaceTopPressure,
  gasCarbonMonoxideAlarms,
  gasIsolationDevices,
  metallurgyGasDrainers
]
