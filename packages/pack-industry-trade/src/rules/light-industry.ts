/**
 * 第八条 — 轻工企业 (7 items). "轻工企业有下列情形之一的，应当判定为重大事故隐患：" Any one item is
 * enough. Facts under `facts.lightIndustry`.
 *
 * [verified: GM10-text, sector-criteria.md §5-add]
 *
 * @since 0.2.0
 */
import { Condition } from "@anquan/core"
import { facility, flag } from "../facts/applicability.ts"
import { item, missing, no, text, without, yes } from "./item.ts"
import { paintRoomItem, premixKilnItem } from "./shared-wording.ts"

const F = "facts.lightIndustry"
const scope = { industry: "light-industry" } as const

/**
 * 第八条(一) "食品制造企业烘制、油炸设备未设置防过热自动切断装置的".
 *
 * @since 0.2.0
 */
export const overheatCutOff = item({
  slug: "light-industry-baking-frying-overheat-cut-off",
  article: 8,
  item: 1,
  scope,
  title: text("食品烘制、油炸设备防过热自动切断", "Over-temperature cut-off of food baking and frying equipment"),
  message: text("食品制造企业烘制、油炸设备未设置防过热自动切断装置的", "Baking or frying equipment of a food manufacturer has no automatic over-temperature cut-off"),
  remediation: text("烘制、油炸设备设置防过热自动切断装置。", "Fit automatic over-temperature cut-offs to baking and frying equipment."),
  facts: {
    [`${F}.bakingOrFryingEquipment`]: flag("食品制造企业有烘制、油炸设备", "food manufacturer with baking or frying equipment"),
    [`${F}.overheatCutOff`]: facility("烘制、油炸设备防过热自动切断装置", "automatic over-temperature cut-off of the baking and frying equipment")
  },
  absentWhen: without(`${F}.bakingOrFryingEquipment`, "无食品烘制、油炸设备", "no baking or frying equipment"),
  violationWhen: missing(`${F}.overheatCutOff`, "烘制、油炸设备未设置防过热自动切断装置", "no automatic over-temperature cut-off")
})

/**
 * 第八条(二) "白酒勾兑、灌装场所和酒库未设置固定式乙醇蒸气浓度监测报警装置，或者监测报警装置未与通风设施联锁的".
 *
 * @since 0.2.0
 */
export const ethanolVapourAlarms = item({
  slug: "light-industry-baijiu-ethanol-alarms",
  article: 8,
  item: 2,
  scope,
  title: text("白酒勾兑、灌装场所和酒库乙醇蒸气监测报警和联锁", "Ethanol-vapour alarms and interlock in baijiu blending, filling and stores"),
  message: text(
    "白酒勾兑、灌装场所和酒库未设置固定式乙醇蒸气浓度监测报警装置，或者监测报警装置未与通风设施联锁的",
    "A baijiu blending or filling area or store has no fixed ethanol-vapour alarm, or the alarm is not interlocked with the ventilation"
  ),
  remediation: text("白酒勾兑、灌装场所和酒库设置固定式乙醇蒸气浓度监测报警装置，并与通风设施联锁。", "Install fixed ethanol-vapour alarms interlocked with the ventilation."),
  facts: {
    [`${F}.baijiuBlendingFillingOrStores`]: flag("有白酒勾兑、灌装场所和酒库", "has baijiu blending or filling areas or stores"),
    [`${F}.ethanolVapourAlarms`]: facility("白酒勾兑、灌装场所和酒库固定式乙醇蒸气浓度监测报警装置", "fixed ethanol-vapour alarms"),
    [`${F}.ethanolAlarmVentilationInterlock`]: facility("乙醇蒸气监测报警装置与通风设施的联锁", "interlock of the ethanol alarms with the ventilation")
  },
  absentWhen: without(`${F}.baijiuBlendingFillingOrStores`, "无白酒勾兑、灌装场所和酒库", "no baijiu blending, filling or stores"),
  violationWhen: Condition.any(
    missing(`${F}.ethanolVapourAlarms`, "未设置固定式乙醇蒸气浓度监测报警装置", "no fixed ethanol-vapour alarm"),
    missing(`${F}.ethanolAlarmVentilationInterlock`, "监测报警装置未与通风设施联锁", "the alarm is not interlocked with the ventilation")
  )
})

/**
 * 第八条(三) "纸浆制造、造纸企业使用蒸气、明火直接加热钢瓶汽化液氯的".
 *
 * @since 0.2.0
 */
export const liquidChlorineVaporisation = item({
  slug: "light-industry-liquid-chlorine-vaporisation",
  article: 8,
  item: 3,
  scope,
  title: text("液氯钢瓶不得用蒸气、明火直接加热汽化", "No direct steam or flame heating of liquid-chlorine cylinders"),
  message: text("纸浆制造、造纸企业使用蒸气、明火直接加热钢瓶汽化液氯的", "A pulp or paper plant vaporises liquid chlorine by heating its cylinders directly with steam or open flame"),
  remediation: text("停止使用蒸气、明火直接加热钢瓶，采用符合要求的液氯汽化方式。", "Stop heating cylinders directly with steam or flame and use a proper vaporiser."),
  facts: {
    [`${F}.pulpPaperLiquidChlorine`]: flag("纸浆制造、造纸企业使用液氯", "pulp or paper plant using liquid chlorine"),
    [`${F}.chlorineCylindersHeatedDirectly`]: flag("使用蒸气、明火直接加热钢瓶汽化液氯", "liquid chlorine vaporised by heating cylinders directly with steam or flame")
  },
  absentWhen: without(`${F}.pulpPaperLiquidChlorine`, "非使用液氯的纸浆制造、造纸企业", "not a pulp or paper plant using liquid chlorine"),
  violationWhen: yes(`${F}.chlorineCylindersHeatedDirectly`, "使用蒸气、明火直接加热钢瓶汽化液氯", "cylinders heated directly with steam or flame")
})

/**
 * 第八条(四) the premix gas kiln item of 第六条(五), for 日用玻璃、陶瓷制造企业 (see `shared-wording.ts`).
 *
 * @since 0.2.0
 */
export const lightIndustryPremixKilns = item({
  slug: "light-industry-premix-gas-kilns",
  article: 8,
  item: 4,
  scope,
  ...premixKilnItem(F, { "zh-CN": "日用玻璃、陶瓷制造企业", en: "a domestic glass or ceramics manufacturer" })
})

/**
 * 第八条(五) "日用玻璃制造企业玻璃窑炉的冷却保护系统未设置监测报警装置的".
 *
 * @since 0.2.0
 */
export const domesticGlassFurnaceCooling = item({
  slug: "light-industry-glass-furnace-cooling-alarms",
  article: 8,
  item: 5,
  scope,
  title: text("日用玻璃窑炉冷却保护系统监测报警", "Alarms on the cooling protection of domestic-glass furnaces"),
  message: text("日用玻璃制造企业玻璃窑炉的冷却保护系统未设置监测报警装置的", "The cooling protection system of a domestic-glass furnace has no alarms"),
  remediation: text("玻璃窑炉冷却保护系统设置监测报警装置。", "Fit alarms to the furnace's cooling protection system."),
  facts: {
    [`${F}.domesticGlassFurnaces`]: flag("日用玻璃制造企业有玻璃窑炉", "domestic-glass manufacturer with glass furnaces"),
    [`${F}.glassFurnaceCoolingAlarms`]: facility("玻璃窑炉冷却保护系统监测报警装置", "alarms of the furnace's cooling protection system")
  },
  absentWhen: without(`${F}.domesticGlassFurnaces`, "无日用玻璃窑炉", "no domestic-glass furnaces"),
  violationWhen: missing(`${F}.glassFurnaceCoolingAlarms`, "玻璃窑炉的冷却保护系统未设置监测报警装置", "no alarms on the cooling protection")
})

/**
 * 第八条(六) the paint-room item of 第七条(七) (see `shared-wording.ts`).
 *
 * @since 0.2.0
 */
export const lightIndustryPaintRooms = item({
  slug: "light-industry-solvent-paint-rooms",
  article: 8,
  item: 6,
  scope,
  ...paintRoomItem(F)
})

/**
 * 第八条(七) "锂离子电池储存仓库未对故障电池采取有效物理隔离措施的".
 *
 * @since 0.2.0
 */
export const faultyBatteryIsolation = item({
  slug: "light-industry-faulty-lithium-battery-isolation",
  article: 8,
  item: 7,
  scope,
  title: text("锂离子电池仓库故障电池物理隔离", "Physical isolation of faulty lithium-ion batteries in stores"),
  message: text("锂离子电池储存仓库未对故障电池采取有效物理隔离措施的", "A lithium-ion battery warehouse has not isolated faulty batteries physically and effectively"),
  remediation: text("对故障电池采取有效物理隔离措施。", "Isolate faulty batteries physically and effectively."),
  facts: {
    [`${F}.lithiumBatteryWarehouses`]: flag("有锂离子电池储存仓库", "has lithium-ion battery warehouses"),
    [`${F}.faultyBatteriesIsolated`]: flag("对故障电池采取有效物理隔离措施", "faulty batteries physically and effectively isolated")
  },
  absentWhen: without(`${F}.lithiumBatteryWarehouses`, "无锂离子电池储存仓库", "no lithium-ion battery warehouses"),
  violationWhen: no(`${F}.faultyBatteriesIsolated`, "未对故障电池采取有效物理隔离措施", "faulty batteries are not isolated")
})

/** The items of 第八条, in order. @since 0.2.0 */
export const lightIndustryItems = [
  overheatCutOff,
  ethanolVapourAlarms,
  liquidChlorineVaporisation,
  lightIndustryPremixKilns,
  domesticGlassFurnaceCooling,
  lightIndustryPaintRooms,
  faultyBatteryIsolation
]
