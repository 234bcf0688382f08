/**
 * 第六条 — 建材企业 (8 items). "建材企业有下列情形之一的，应当判定为重大事故隐患：" Any one item is
 * enough. Facts under `facts.buildingMaterials`.
 *
 * [verified: GM10-text, sector-criteria.md §5-add; all 8 also the 《应急与安全》 2023-06-22 repost]
 *
 * @since 0.2.0
 */
import { Condition } from "@anquan/core"
import { facility, flag } from "../facts/applicability.ts"
import { item, missing, no, text, without, yes } from "./item.ts"
import { premixKilnItem } from "./shared-wording.ts"

const F = "facts.buildingMaterials"
const scope = { industry: "building-materials" } as const

/**
 * 第六条(一) "煤磨袋式收尘器、煤粉仓未设置温度和固定式一氧化碳浓度监测报警装置，或者未设置气体灭火装置的".
 *
 * @since 0.2.0
 */
export const coalMillProtection = item({
  slug: "building-materials-coal-mill-protection",
  article: 6,
  item: 1,
  scope,
  title: text("煤磨袋式收尘器、煤粉仓监测报警和气体灭火", "Alarms and gas extinguishing of coal-mill filters and bins"),
  message: text(
    "煤磨袋式收尘器、煤粉仓未设置温度和固定式一氧化碳浓度监测报警装置，或者未设置气体灭火装置的",
    "A coal-mill bag filter or pulverised-coal bin has no temperature and fixed CO alarms, or no gas extinguishing system"
  ),
  remediation: text("煤磨袋式收尘器、煤粉仓设置温度和固定式一氧化碳浓度监测报警装置及气体灭火装置。", "Fit temperature and fixed CO alarms and a gas extinguishing system to coal-mill filters and bins."),
  facts: {
    [`${F}.coalMillFiltersOrBins`]: flag("有煤磨袋式收尘器、煤粉仓", "has coal-mill bag filters or pulverised-coal bins"),
    [`${F}.coalMillTemperatureAndCoAlarms`]: facility("煤磨袋式收尘器、煤粉仓温度和固定式一氧化碳浓度监测报警装置", "temperature and fixed CO alarms of the coal-mill filters and bins"),
    [`${F}.coalMillGasExtinguishing`]: facility("煤磨袋式收尘器、煤粉仓气体灭火装置", "gas extinguishing system of the coal-mill filters and bins")
  },
  absentWhen: without(`${F}.coalMillFiltersOrBins`, "无煤磨袋式收尘器、煤粉仓", "no coal-mill filters or bins"),
  violationWhen: Condition.any(
    missing(`${F}.coalMillTemperatureAndCoAlarms`, "未设置温度和固定式一氧化碳浓度监测报警装置", "no temperature and CO alarms"),
    missing(`${F}.coalMillGasExtinguishing`, "未设置气体灭火装置", "no gas extinguishing system")
  )
})

/**
 * 第六条(二) "筒型储库人工清库作业未落实清库方案中防止高处坠落、坍塌等安全措施的".
 *
 * @since 0.2.0
 */
export const siloCleaning = item({
  slug: "building-materials-manual-silo-cleaning",
  article: 6,
  item: 2,
  scope,
  title: text("筒型储库人工清库安全措施", "Safety measures of manual silo cleaning"),
  message: text("筒型储库人工清库作业未落实清库方案中防止高处坠落、坍塌等安全措施的", "Manual silo cleaning does not carry out the cleaning plan's measures against falls from height, collapse and the like"),
  remediation: text("人工清库作业严格落实清库方案中防止高处坠落、坍塌等安全措施。", "Carry out the plan's fall and collapse measures in every manual silo cleaning."),
  facts: {
    [`${F}.manualSiloCleaning`]: flag("开展筒型储库人工清库作业", "cleans silos manually"),
    [`${F}.siloCleaningMeasuresCarriedOut`]: flag("落实清库方案中防止高处坠落、坍塌等安全措施", "the cleaning plan's fall and collapse measures carried out")
  },
  absentWhen: without(`${F}.manualSiloCleaning`, "无筒型储库人工清库作业", "no manual silo cleaning"),
  violationWhen: no(`${F}.siloCleaningMeasuresCarriedOut`, "未落实清库方案中防止高处坠落、坍塌等安全措施", "the plan's fall and collapse measures are not carried out")
})

/**
 * 第六条(三) "水泥企业电石渣原料筒型储库未设置固定式可燃气体浓度监测报警装置，或者监测报警装置未与事故通风装置联锁的".
 *
 * @since 0.2.0
 */
export const carbideSlagSilos = item({
  slug: "building-materials-carbide-slag-silos",
  article: 6,
  item: 3,
  scope,
  title: text("电石渣原料筒型储库可燃气体监测报警和联锁", "Flammable-gas alarms and interlock of carbide-slag silos"),
  message: text(
    "水泥企业电石渣原料筒型储库未设置固定式可燃气体浓度监测报警装置，或者监测报警装置未与事故通风装置联锁的",
    "A cement plant's carbide-slag silo has no fixed flammable-gas alarm, or the alarm is not interlocked with the emergency ventilation"
  ),
  remediation: text("电石渣原料筒型储库设置固定式可燃气体浓度监测报警装置，并与事故通风装置联锁。", "Fit fixed flammable-gas alarms to carbide-slag silos and interlock them with the emergency ventilation."),
  facts: {
    [`${F}.carbideSlagSilos`]: flag("水泥企业有电石渣原料筒型储库", "cement plant with carbide-slag silos"),
    [`${F}.carbideSlagSiloGasAlarms`]: facility("电石渣原料筒型储库固定式可燃气体浓度监测报警装置", "fixed flammable-gas alarms of the carbide-slag silos"),
    [`${F}.carbideSlagSiloVentilationInterlock`]: facility("监测报警装置与事故通风装置的联锁", "interlock of the alarms with the emergency ventilation")
  },
  absentWhen: without(`${F}.carbideSlagSilos`, "无电石渣原料筒型储库", "no carbide-slag silos"),
  violationWhen: Condition.any(
    missing(`${F}.carbideSlagSiloGasAlarms`, "电石渣原料筒型储库未设置固定式可燃气体浓度监测报警装置", "no fixed flammable-gas alarm"),
    missing(`${F}.carbideSlagSiloVentilationInterlock`, "监测报警装置未与事故通风装置联锁", "the alarm is not interlocked with the emergency ventilation")
  )
})

/**
 * 第六条(四) "进入筒型储库、焙烧窑、预热器旋风筒、分解炉、竖炉、篦冷机、磨机、破碎机前，未对可能意外启动的设备和
 * 涌入的物料、高温气体、有毒有害气体等采取隔离措施，或者未落实防止高处坠落、坍塌等安全措施的".
 *
 * @since 0.2.0
 */
export const equipmentEntry = item({
  slug: "building-materials-equipment-entry",
  article: 6,
  item: 4,
  scope,
  title: text("进入储库、窑炉、磨机等设备前的隔离和安全措施", "Isolation and safety measures before entering silos, kilns and mills"),
  message: text(
    "进入筒型储库、焙烧窑、预热器旋风筒、分解炉、竖炉、篦冷机、磨机、破碎机前，未对可能意外启动的设备和涌入的物料、高温气体、有毒有害气体等采取隔离措施，或者未落实防止高处坠落、坍塌等安全措施的",
    "Before entering a silo, kiln, preheater cyclone, calciner, shaft kiln, grate cooler, mill or crusher, equipment that may start unexpectedly and inrushing material, hot or toxic gas are not isolated, or measures against falls and collapse are not carried out"
  ),
  remediation: text(
    "进入前对可能意外启动的设备和涌入的物料、高温气体、有毒有害气体等采取隔离措施，并落实防止高处坠落、坍塌等安全措施。",
    "Before entry, isolate equipment that may start and inrushing material and gases, and carry out fall and collapse measures."
  ),
  facts: {
    [`${F}.equipmentEntryWork`]: flag("有进入筒型储库、焙烧窑、预热器旋风筒、分解炉、竖炉、篦冷机、磨机、破碎机的作业", "has work inside silos, kilns, cyclones, calciners, shaft kilns, grate coolers, mills or crushers"),
    [`${F}.entryIsolationMeasures`]: flag("进入前对可能意外启动的设备和涌入的物料、高温气体、有毒有害气体等采取隔离措施", "equipment and inrushing material and gases isolated before entry"),
    [`${F}.entryFallAndCollapseMeasures`]: flag("进入作业落实防止高处坠落、坍塌等安全措施", "fall and collapse measures carried out for entry")
  },
  absentWhen: without(`${F}.equipmentEntryWork`, "无进入上述设备的作业", "no work inside such equipment"),
  violationWhen: Condition.any(
    no(`${F}.entryIsolationMeasures`, "未对可能意外启动的设备和涌入的物料、高温气体、有毒有害气体等采取隔离措施", "no isolation before entry"),
    no(`${F}.entryFallAndCollapseMeasures`, "未落实防止高处坠落、坍塌等安全措施", "fall and collapse measures not carried out")
  )
})

/**
 * 第六条(五) the premix gas kiln item (see `shared-wording.ts`).
 *
 * @since 0.2.0
 */
export const buildingMaterialsPremixKilns = item({
  slug: "building-materials-premix-gas-kilns",
  article: 6,
  item: 5,
  scope,
  ...premixKilnItem(F, { "zh-CN": "", en: "" })
})

/**
 * 第六条(六) "制氢站、氮氢保护气体配气间、燃气配气间等3类场所未设置固定式可燃气体浓度监测报警装置的".
 *
 * @since 0.2.0
 */
export const hydrogenAndGasRooms = item({
  slug: "building-materials-hydrogen-and-gas-rooms",
  article: 6,
  item: 6,
  scope,
  title: text("制氢站、配气间固定式可燃气体监测报警", "Fixed flammable-gas alarms in hydrogen stations and gas rooms"),
  message: text(
    "制氢站、氮氢保护气体配气间、燃气配气间等3类场所未设置固定式可燃气体浓度监测报警装置的",
    "A hydrogen station, nitrogen-hydrogen protective-gas room or fuel-gas distribution room has no fixed flammable-gas alarm"
  ),
  remediation: text("在制氢站、氮氢保护气体配气间、燃气配气间设置固定式可燃气体浓度监测报警装置。", "Install fixed flammable-gas alarms in those three kinds of room."),
  facts: {
    [`${F}.hydrogenOrGasRooms`]: flag("有制氢站、氮氢保护气体配气间、燃气配气间", "has hydrogen stations, N₂/H₂ protective-gas rooms or fuel-gas distribution rooms"),
    [`${F}.hydrogenOrGasRoomAlarms`]: facility("制氢站、氮氢保护气体配气间、燃气配气间固定式可燃气体浓度监测报警装置", "fixed flammable-gas alarms of those rooms")
  },
  absentWhen: without(`${F}.hydrogenOrGasRooms`, "无制氢站、配气间", "no hydrogen stations or gas rooms"),
  violationWhen: missing(`${F}.hydrogenOrGasRoomAlarms`, "未设置固定式可燃气体浓度监测报警装置", "no fixed flammable-gas alarm")
})

/**
 * 第六条(七) "电熔制品电炉的水冷设备失效的". The item is itself about a failure: the fact is "失效", a
 * yes/no fact rather than a facility state, so 第十四条 does not count it a second time.
 *
 * @since 0.2.0
 */
export const fusedProductFurnaceCooling = item({
  slug: "building-materials-fused-product-furnace-cooling",
  article: 6,
  item: 7,
  scope,
  title: text("电熔制品电炉水冷设备有效", "Water cooling of fused-product electric furnaces working"),
  message: text("电熔制品电炉的水冷设备失效的", "The water-cooling equipment of a fused-product electric furnace has failed"),
  remediation: text("立即停炉修复电熔制品电炉的水冷设备。", "Stop the furnace and repair its water cooling at once."),
  facts: {
    [`${F}.fusedProductFurnaces`]: flag("有电熔制品电炉", "has fused-product electric furnaces"),
    [`${F}.fusedFurnaceWaterCoolingFailed`]: flag("电熔制品电炉的水冷设备失效", "the furnace's water-cooling equipment has failed")
  },
  absentWhen: without(`${F}.fusedProductFurnaces`, "无电熔制品电炉", "no fused-product electric furnaces"),
  violationWhen: yes(`${F}.fusedFurnaceWaterCoolingFailed`, "电熔制品电炉的水冷设备失效", "the furnace's water cooling has failed")
})

/**
 * 第六条(八) "玻璃窑炉、玻璃锡槽等设备未设置水冷和风冷保护系统的监测报警装置的".
 *
 * @since 0.2.0
 */
export const glassFurnaceCooling = item({
  slug: "building-materials-glass-furnace-cooling-alarms",
  article: 6,
  item: 8,
  scope,
  title: text("玻璃窑炉、锡槽水冷和风冷保护系统监测报警", "Alarms on the cooling protection of glass furnaces and tin baths"),
  message: text("玻璃窑炉、玻璃锡槽等设备未设置水冷和风冷保护系统的监测报警装置的", "A glass furnace, tin bath or similar equipment has no alarms on its water- and air-cooling protection systems"),
  remediation: text("玻璃窑炉、玻璃锡槽等设备设置水冷和风冷保护系统的监测报警装置。", "Fit alarms to the water- and air-cooling protection of glass furnaces and tin baths."),
  facts: {
    [`${F}.glassFurnacesOrTinBaths`]: flag("有玻璃窑炉、玻璃锡槽等设备", "has glass furnaces, tin baths or similar equipment"),
    [`${F}.glassCoolingProtectionAlarms`]: facility("玻璃窑炉、玻璃锡槽水冷和风冷保护系统的监测报警装置", "alarms of the water- and air-cooling protection systems")
  },
  absentWhen: without(`${F}.glassFurnacesOrTinBaths`, "无玻璃窑炉、玻璃锡槽", "no glass furnaces or tin baths"),
  violationWhen: missing(`${F}.glassCoolingProtectionAlarms`, "未设置水冷和风冷保护系统的监测报警装置", "no alarms on the cooling protection")
})

/** The items of 第六条, in order. @since 0.2.0 */
export const buildingMaterialsItems = [
  coalMillProtection,
  siloCleaning,
  carbideSlagSilos,
  equipmentEntry,
  buildingMaterialsPremixKilns,
  hydrogenAndGasRooms,
  fusedProductFurnaceCooling,
  glassFurnaceCooling
]
