/**
 * 金属非金属矿山重大事故隐患判定标准补充情形 (矿安〔2024〕41号) — 8 items: 一、地下矿山 4, 二、露天矿山 2, 三、尾矿库 2.
 *
 * The notice (2024-04-23) states no in-force date; the rules apply from the date of the notice, the earliest day they
 * can, and their citations are `verified: false` (`SUPPLEMENT_FROM`, and each rule's note). “50m范围内”
 * includes 50 m.
 *
 * @since 0.2.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { extremeWeatherNote, surroundingsNote, tailingsWeatherNote } from "./notes.ts"
import { flag, item } from "./shared.ts"

const { all, any, eq, lte } = Condition

const quarters = {
  title: ["人员集聚场所设在灾害威胁范围内", "Quarters in a hazard zone"],
  message: ["办公区、生活区等人员集聚场所设在危崖、塌陷区、崩落区，或洪水、泥石流、滑坡等灾害威胁范围内", "Offices, living quarters or other places where people gather are on a cliff, in a subsidence or caving zone, or within reach of floods, debris flows or landslides"],
  remediation: ["将人员集聚场所迁出危险区域。", "Move the places where people gather out of the hazard zone."]
} as const

const weather = {
  title: ["遇极端天气未停止作业、撤出人员", "No stop and withdrawal in extreme weather"],
  remediation: ["遇极端天气及时停止作业、撤出现场作业人员。", "Stop work and withdraw people in time in extreme weather."]
} as const

/** 补充 一(一): 地表距进风井口和平硐口50m范围内存放油料或其他易燃、易爆材料 (50 m included). @since 0.2.0 */
export const flammablesNearIntakes = item({
  part: "underground",
  item: 1,
  supplement: true,
  slug: "flammables-near-intakes",
  title: ["进风井口、平硐口50m范围内存放易燃易爆材料", "Flammables within 50 m of intakes"],
  message: ["地表距进风井口和平硐口50m范围内存放油料或其他易燃、易爆材料", "Fuel or other flammable or explosive material stored at surface within 50 m of an intake shaft or adit"],
  remediation: ["将油料和易燃、易爆材料移至距进风井口、平硐口50m以外存放。", "Store fuel and flammables more than 50 m from intake shafts and adits."],
  violationWhen: all(eq("facts.underground.flammablesStoredAtSurface", true), lte("facts.underground.flammablesDistanceM", 50))
})

/**
 * 补充 一(二): 受地表水威胁的矿井，未查清隐蔽致灾因素或者未采取有效治理措施，在井下受威胁区域组织生产建设 — the
 * threatened area must be worked too.
 *
 * @since 0.2.0
 */
export const hiddenWaterHazards = item({
  part: "underground",
  item: 2,
  supplement: true,
  slug: "hidden-water-hazards",
  title: ["未查清或者未治理隐蔽致灾因素即在受威胁区域生产", "Working a threatened area with hidden hazards unresolved"],
  message: ["受地表水威胁的矿井，未查清矿山及周边地面裂缝、废弃井巷、封闭不良钻孔、采空区、水力联系通道等隐蔽致灾因素或者未采取有效治理措施，在井下受威胁区域组织生产建设", "A mine threatened by surface water works the threatened area while hidden hazards (cracks, abandoned workings, badly sealed boreholes, voids, water paths) are not identified or not treated"],
  remediation: ["查清隐蔽致灾因素并有效治理后，方可在受威胁区域组织生产建设。", "Identify and treat the hidden hazards before working the threatened area."],
  notes: [surroundingsNote],
  notApplicableWhen: eq("facts.underground.surfaceWater.threatens", false),
  violationWhen: all(
    any(flag("facts.underground.hiddenHazards.notIdentified"), flag("facts.underground.hiddenHazards.untreated")),
    eq("facts.underground.hiddenHazards.producingInThreatenedArea", true)
  )
})

/** 补充 一(三): 人员集聚场所设在危崖、塌陷区、崩落区或者灾害威胁范围内 (地下矿山). @since 0.2.0 */
export const undergroundQuarters = item({
  part: "underground",
  item: 3,
  supplement: true,
  slug: "underground-quarters-in-hazard-zone",
  ...quarters,
  violationWhen: flag("facts.quartersInHazardZone")
})

/** 补充 一(四): 遇极端天气地下矿山未及时停止作业、撤出现场作业人员. @since 0.2.0 */
export const undergroundExtremeWeather = item({
  part: "underground",
  item: 4,
  supplement: true,
  slug: "underground-extreme-weather",
  ...weather,
  message: ["遇极端天气地下矿山未及时停止作业、撤出现场作业人员", "In extreme weather the underground mine did not stop work and withdraw people in time"],
  notes: [extremeWeatherNote],
  violationWhen: flag("facts.underground.extremeWeatherNoWithdrawal")
})

/** 补充 二(一): 人员集聚场所设在危崖、塌陷区、崩落区或者灾害威胁范围内 (露天矿山). @since 0.2.0 */
export const openPitQuarters = item({
  part: "open-pit",
  item: 1,
  supplement: true,
  slug: "open-pit-quarters-in-hazard-zone",
  ...quarters,
  violationWhen: flag("facts.quartersInHazardZone")
})

/** 补充 二(二): 遇极端天气露天矿山未及时停止作业、撤出现场作业人员. @since 0.2.0 */
export const openPitExtremeWeather = item({
  part: "open-pit",
  item: 2,
  supplement: true,
  slug: "open-pit-extreme-weather",
  ...weather,
  message: ["遇极端天气露天矿山未及时停止作业、撤出现场作业人员", "In extreme weather the open-pit mine did not stop work and withdraw people in time"],
  violationWhen: flag("facts.openPit.extremeWeatherNoWithdrawal")
})

/** 补充 三(一): 排洪构筑物拱板(盖板)缝隙未充满充实，或者封堵体设置在井顶、井身段或斜槽顶、槽身段. @since 0.2.0 */
export const decantSlabsAndPlugs = item({
  part: "tailings-pond",
  item: 1,
  supplement: true,
  slug: "decant-slabs-and-plugs",
  title: ["排洪构筑物盖板缝隙未充实或者封堵体位置错误", "Decant slab gaps unfilled or plug misplaced"],
  message: ["尾矿库排洪构筑物拱板(盖板)与周边结构缝隙未采用设计材料充满充实的，或封堵体设置在井顶、井身段或斜槽顶、槽身段", "Gaps between decant arch (cover) slabs and the structure not filled with the design material, or a closure plug placed at the top or in the body of a tower or chute"],
  remediation: ["用设计材料充满充实缝隙，按设计位置设置封堵体。", "Fill the gaps with the design material and place plugs where the design says."],
  violationWhen: any(flag("facts.tailingsPond.coverSlabGapsNotFilled", 1), flag("facts.tailingsPond.plugWrongPlace", 2))
})

/** 补充 三(二): 遇极端天气尾矿库未及时停止作业、撤出现场作业人员. @since 0.2.0 */
export const tailingsExtremeWeather = item({
  part: "tailings-pond",
  item: 2,
  supplement: true,
  slug: "tailings-extreme-weather",
  ...weather,
  message: ["遇极端天气尾矿库未及时停止作业、撤出现场作业人员", "In extreme weather the tailings pond did not stop work and withdraw people in time"],
  notes: [tailingsWeatherNote],
  violationWhen: flag("facts.tailingsPond.extremeWeatherNoWithdrawal")
})

/** The 补充情形, in the order of the notice. @since 0.2.0 */
export const supplementRules = [
  flammablesNearIntakes, hiddenWaterHazards, undergroundQuarters, undergroundExtremeWeather,
  openPitQuarters, openPitExtremeWeather,
  decantSlabsAndPlugs, tailingsExtremeWeather
] as const satisfies ReadonlyArray<Rule.Rule<any>>
