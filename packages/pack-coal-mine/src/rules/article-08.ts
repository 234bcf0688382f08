/**
 * 第八条 “通风系统不完善、不可靠”重大事故隐患，是指有下列情形之一的： — 17 情形.
 *
 * Every 情形 is about the ventilation of 井工煤矿: not applicable to 露天煤矿. Boundaries: “小于” strictly
 * less (75 % of the air required); “至少2个区段” — fewer than 2 is the 情形; “相距50m前 / 20m前” — the
 * stopped face must be ventilated from 50 m (20 m) apart, inclusive.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { common2026, openPit, text } from "./shared.ts"

const { all, any, eq, ne, gte, lt, lte, oneOf, some, fact, value, because } = Condition

const gassy = oneOf("facts.gasClass", ["outburst", "high-gas"])

/** A one-fact 情形: `path` equals `breach`. */
const simple = (
  article: number,
  item: number,
  id: string,
  title: readonly [string, string],
  message: readonly [string, string],
  remediation: readonly [string, string],
  path: string,
  breach: boolean
) =>
  Rule.fromCondition({
    id: `coal-mine/${id}`,
    title: text(...title),
    message: text(...message),
    remediation: text(...remediation),
    ...common2026(article, item),
    notApplicableWhen: openPit,
    violationWhen: eq(path, breach)
  })

/**
 * 第八条(一): “矿井总风量不足，或者采掘工作面实际供风量小于需风量75%。”
 *
 * @since 0.2.0
 */
export const airSupplyShort = Rule.fromCondition({
  id: "coal-mine/air-supply-short",
  title: text("矿井总风量不足或工作面供风量小于需风量75%", "Mine air short, or a face below 75 % of its air"),
  message: text("矿井总风量不足，或者采掘工作面实际供风量小于需风量75%", "The mine's total air is insufficient, or a face gets less than 75 % of the air it needs"),
  remediation: text("调整通风系统，保证矿井总风量和采掘工作面需风量。", "Adjust the ventilation so that the mine and every face get the air they need."),
  ...common2026(8, 1),
  notApplicableWhen: openPit,
  violationWhen: any(
    because(eq("facts.ventilation.totalAirSufficient", false), "矿井总风量不足", "the mine's total air is insufficient"),
    some("facts.ventilatedFaces", lt("actualAir", { multiply: [fact("requiredAir"), value(0.75)] }), "name")
  )
})

/**
 * 第八条(二): “没有备用主要通风机，或者两台主要通风机不具有同等能力(主要通风机升级改造、更换期间，制定并落实安全技术措施的除外)。”
 *
 * The exception is read as lifting both halves of the 情形.
 *
 * @since 0.2.0
 */
export const standbyMainFan = Rule.fromCondition({
  id: "coal-mine/standby-main-fan",
  title: text("无备用主要通风机或能力不同等", "No standby main fan, or fans of unequal capacity"),
  message: text("没有备用主要通风机，或者两台主要通风机不具有同等能力", "There is no standby main fan, or the two main fans are not of equal capacity"),
  remediation: text("设置能力同等的备用主要通风机。", "Install a standby main fan of equal capacity."),
  ...common2026(8, 2),
  notApplicableWhen: openPit,
  violationWhen: all(
    any(eq("facts.ventilation.standbyMainFan", false), eq("facts.ventilation.mainFansEqualCapacity", false)),
    eq("facts.ventilation.fanUpgradeWithMeasures", false)
  )
})

/**
 * 第八条(三): “违反《煤矿安全规程》规定采用串联通风。”
 *
 * @since 0.2.0
 */
export const prohibitedSeriesVentilation = simple(
  8, 3, "prohibited-series-ventilation",
  ["违规串联通风", "Series ventilation against the regulations"],
  ["违反《煤矿安全规程》规定采用串联通风", "Series ventilation is used against the Coal Mine Safety Regulations"],
  ["取消违规串联通风，实行独立通风。", "End the series ventilation; ventilate each place separately."],
  "facts.ventilation.prohibitedSeriesVentilation", true
)

/**
 * 第八条(四): “未按照设计形成矿井或者采(盘)区通风系统。”
 *
 * @since 0.2.0
 */
export const ventilationNotAsDesigned = simple(
  8, 4, "ventilation-not-as-designed",
  ["未按设计形成通风系统", "Ventilation not formed as designed"],
  ["未按照设计形成矿井或者采(盘)区通风系统", "The mine or district ventilation has not been formed as designed"],
  ["按照设计形成矿井和采(盘)区通风系统。", "Form the mine and district ventilation as designed."],
  "facts.ventilation.systemFormedAsDesigned", false
)

/**
 * 第八条(五): “生产水平或者生产采(盘)区未实现分区通风。”
 *
 * @since 0.2.0
 */
export const noSplitVentilation = simple(
  8, 5, "no-split-ventilation",
  ["未实现分区通风", "No separate ventilation of levels and districts"],
  ["生产水平或者生产采(盘)区未实现分区通风", "A producing level or district is not separately ventilated"],
  ["生产水平和生产采(盘)区实行分区通风。", "Ventilate each producing level and district separately."],
  "facts.ventilation.splitVentilation", false
)

/**
 * 第八条(六): “高瓦斯、煤(岩)与瓦斯(二氧化碳)突出矿井的每个采(盘)区和开采容易自燃煤层的采(盘)区未设置专用回风巷。”
 *
 * @since 0.2.0
 */
export const dedicatedReturnMissing = Rule.fromCondition({
  id: "coal-mine/dedicated-return-missing",
  title: text("高瓦斯、突出、易自燃采区未设专用回风巷", "No dedicated return in a gassy, outburst or combustion-prone district"),
  message: text(
    "高瓦斯、突出矿井的采(盘)区或者开采容易自燃煤层的采(盘)区未设置专用回风巷",
    "A district of a high-gas or outburst mine, or one mining seams prone to spontaneous combustion, has no dedicated return"
  ),
  remediation: text("在采(盘)区设置专用回风巷。", "Drive a dedicated return for the district."),
  ...common2026(8, 6),
  notApplicableWhen: openPit,
  violationWhen: some("facts.districts", all(eq("dedicatedReturn", false), any(gassy, eq("spontaneousCombustionProne", true))), "name")
})

/**
 * 第八条(七): “低瓦斯矿井开采煤层群、分层开采采用联合布置的采(盘)区未设置专用回风巷。”
 *
 * Not applicable to 高瓦斯 and 突出矿井 (their districts are 第八条(六)).
 *
 * @since 0.2.0
 */
export const jointLayoutReturnMissing = Rule.fromCondition({
  id: "coal-mine/joint-layout-return-missing",
  title: text("低瓦斯矿井联合布置采区未设专用回风巷", "Low-gas mine: no dedicated return in a joint-layout district"),
  message: text("低瓦斯矿井开采煤层群、分层开采采用联合布置的采(盘)区未设置专用回风巷", "A low-gas mine's district mining a seam group or slices in a joint layout has no dedicated return"),
  remediation: text("在联合布置的采(盘)区设置专用回风巷。", "Drive a dedicated return for the joint-layout district."),
  ...common2026(8, 7),
  notApplicableWhen: any(openPit, ne("facts.gasClass", "low-gas")),
  violationWhen: some("facts.districts", all(eq("jointLayout", true), eq("dedicatedReturn", false)), "name")
})

/**
 * 第八条(八): “突出煤层采掘工作面回风没有直接进入专用回风巷或者矿井总回风巷。”
 *
 * Applies to 突出矿井.
 *
 * @since 0.2.0
 */
export const outburstFaceReturn = Rule.fromCondition({
  id: "coal-mine/outburst-face-return",
  title: text("突出煤层工作面回风未直接进入专用回风巷", "Outburst-seam face return not led directly to a dedicated or main return"),
  message: text("突出煤层采掘工作面回风没有直接进入专用回风巷或者矿井总回风巷", "The return air of an outburst-seam face does not go directly into a dedicated or the main return"),
  remediation: text("突出煤层采掘工作面回风直接进入专用回风巷或者矿井总回风巷。", "Lead outburst-seam face returns directly into a dedicated or the main return."),
  ...common2026(8, 8),
  notApplicableWhen: any(openPit, ne("facts.gasClass", "outburst")),
  violationWhen: some("facts.outburstFaces", eq("returnDirectToDedicatedOrMain", false), "name")
})

/**
 * 第八条(九): “进、回风井之间，总进、总回风巷之间和采(盘)区进、回风巷之间联络巷中的风墙、风门不符合《煤矿安全规程》规定，造成风流短路。”
 *
 * @since 0.2.0
 */
export const stoppingsShortCircuit = simple(
  8, 9, "stoppings-short-circuit",
  ["联络巷风墙、风门不符合规定造成风流短路", "Cross-cut stoppings or doors short-circuit the air"],
  [
    "进、回风井之间，总进、总回风巷之间和采(盘)区进、回风巷之间联络巷中的风墙、风门不符合《煤矿安全规程》规定，造成风流短路",
    "Stoppings or air doors in cross-cuts between intake and return shafts, main roads or district roads do not meet the Coal Mine Safety Regulations and short-circuit the air"
  ],
  ["按规程修筑联络巷风墙、风门，消除风流短路。", "Build the cross-cut stoppings and doors to the regulations and stop the short-circuit."],
  "facts.ventilation.connectionStoppingsShortCircuit", true
)

/**
 * 第八条(十): “采煤工作面风流短路造成瓦斯积聚、超限。”
 *
 * @since 0.2.0
 */
export const longwallShortCircuit = Rule.fromCondition({
  id: "coal-mine/longwall-short-circuit",
  title: text("采煤工作面风流短路造成瓦斯积聚、超限", "Longwall air short-circuit causing gas build-up"),
  message: text("采煤工作面风流短路造成瓦斯积聚、超限", "An air short-circuit at a longwall caused gas to build up or exceed the limit"),
  remediation: text("消除风流短路，处理积聚瓦斯。", "Stop the short-circuit and clear the gas."),
  ...common2026(8, 10),
  notApplicableWhen: openPit,
  violationWhen: some("facts.longwalls", eq("airShortCircuitCausedGas", true), "name")
})

/**
 * 第八条(十一): “生产采(盘)区进、回风巷未贯穿整个采(盘)区或者虽贯穿整个采(盘)区，但一段为进风巷、一段为回风巷。”
 *
 * @since 0.2.0
 */
export const districtRoadwaysNotThrough = Rule.fromCondition({
  id: "coal-mine/district-roadways-not-through",
  title: text("生产采区进、回风巷未贯穿或分段进回风", "District intake and return not through, or split"),
  message: text(
    "生产采(盘)区进、回风巷未贯穿整个采(盘)区，或者一段为进风巷、一段为回风巷",
    "A producing district's intake and return do not run through the whole district, or one stretch is intake and another return"
  ),
  remediation: text("生产采(盘)区进、回风巷贯穿整个采(盘)区，不分段使用。", "Run the intake and return through the whole district, each used whole."),
  ...common2026(8, 11),
  notApplicableWhen: openPit,
  violationWhen: some(
    "facts.districts",
    all(eq("stage", "production"), any(eq("roadwaysThroughWhole", false), eq("roadwaySplitIntakeReturn", true))),
    "name"
  )
})

/**
 * 第八条(十二): “准备采(盘)区在未构成贯穿整个采(盘)区的通风系统时，开掘回采巷道。”
 *
 * @since 0.2.0
 */
export const gateRoadsBeforeVentilation = Rule.fromCondition({
  id: "coal-mine/gate-roads-before-ventilation",
  title: text("准备采区未构成通风系统即开掘回采巷道", "Gate roads before the district circuit exists"),
  message: text("准备采(盘)区在未构成贯穿整个采(盘)区的通风系统时，开掘回采巷道", "Gate roads are driven in a preparation district before a ventilation circuit runs through it"),
  remediation: text("构成贯穿整个采(盘)区的通风系统后再开掘回采巷道。", "Form the through ventilation first, then drive the gate roads."),
  ...common2026(8, 12),
  notApplicableWhen: openPit,
  violationWhen: some("facts.districts", all(eq("stage", "preparation"), eq("throughVentilationFormed", false), eq("gateRoadsDriven", true)), "name")
})

/**
 * 第八条(十三): “采用倾斜长壁布置，大巷未超前至少2个区段构成通风系统即开掘回采巷道。”
 *
 * @since 0.2.0
 */
export const mainsNotAhead = Rule.fromCondition({
  id: "coal-mine/mains-not-ahead",
  title: text("倾斜长壁大巷未超前2个区段即开掘回采巷道", "Inclined longwall: mains not 2 sections ahead"),
  message: text("采用倾斜长壁布置，大巷未超前至少2个区段构成通风系统即开掘回采巷道", "In an inclined longwall layout, gate roads are driven before the mains run at least 2 sections ahead with a ventilation circuit"),
  remediation: text("大巷超前至少2个区段构成通风系统后再开掘回采巷道。", "Drive the mains at least 2 sections ahead with ventilation before the gate roads."),
  ...common2026(8, 13),
  notApplicableWhen: openPit,
  violationWhen: some("facts.districts", all(eq("inclinedLongwall", true), eq("gateRoadsDriven", true), lt("mainsAheadSections", 2)), "name")
})

/**
 * 第八条(十四): “高瓦斯、煤(岩)与瓦斯(二氧化碳)突出矿井的煤巷、半煤岩巷和有瓦斯涌出的岩巷掘进工作面采用局部通风机通风时，不能实现双风机、双电源且自动切换，或者出现局部通风机循环风。”
 *
 * Applies to 高瓦斯 and 突出矿井.
 *
 * @since 0.2.0
 */
export const auxiliaryFanDualSupply = Rule.fromCondition({
  id: "coal-mine/auxiliary-fan-dual-supply",
  title: text("局部通风机不能实现双风机双电源自动切换或循环风", "Auxiliary fans without dual fans and power, or recirculating"),
  message: text(
    "高瓦斯、突出矿井的煤巷、半煤岩巷和有瓦斯涌出的岩巷掘进工作面采用局部通风机通风时，不能实现双风机、双电源且自动切换，或者出现局部通风机循环风",
    "A coal, part-coal or gassy rock heading of a high-gas or outburst mine on auxiliary fans lacks dual fans and dual power with automatic changeover, or the fan recirculates"
  ),
  remediation: text("局部通风机实现双风机、双电源且自动切换，消除循环风。", "Provide dual fans and dual power with automatic changeover; end the recirculation."),
  ...common2026(8, 14),
  notApplicableWhen: any(openPit, eq("facts.gasClass", "low-gas")),
  violationWhen: some(
    "facts.headings",
    all(oneOf("kind", ["coal", "part-coal", "rock-with-gas"]), eq("auxiliaryFan", true), any(eq("dualFansDualPowerAutoSwitch", false), eq("recirculation", true))),
    "name"
  )
})

/**
 * 第八条(十五): “高瓦斯、煤(岩)与瓦斯(二氧化碳)突出建设矿井进入二期工程前，其他建设矿井进入三期工程前，没有形成地面主要通风机供风的全风压通风系统。”
 *
 * Judged on a 建设矿井 that has entered phase II (高瓦斯、突出) or phase III (others) without the system.
 *
 * @since 0.2.0
 */
export const constructionThroughVentilation = Rule.fromCondition({
  id: "coal-mine/construction-through-ventilation",
  title: text("建设矿井未按期形成全风压通风系统", "Construction mine without through-ventilation in time"),
  message: text(
    "高瓦斯、突出建设矿井进入二期工程前，其他建设矿井进入三期工程前，没有形成地面主要通风机供风的全风压通风系统",
    "A high-gas or outburst mine under construction entered phase II, or another one phase III, without through-ventilation by the surface main fan"
  ),
  remediation: text("形成地面主要通风机供风的全风压通风系统后再进入下一期工程。", "Form through-ventilation by the surface main fan before the next phase."),
  ...common2026(8, 15),
  notApplicableWhen: any(openPit, eq("facts.stage", "production")),
  violationWhen: all(
    eq("facts.ventilation.surfaceFanThroughVentilation", false),
    any(all(gassy, gte("facts.constructionPhase", 2)), all(eq("facts.gasClass", "low-gas"), gte("facts.constructionPhase", 3)))
  )
})

/**
 * 第八条(十六): “巷道贯通时，综合机械化掘进巷道在相距50m前、其他巷道在相距20m前，停掘的工作面未保持正常通风。”
 *
 * @since 0.2.0
 */
export const holingStoppedFaceVentilation = Rule.fromCondition({
  id: "coal-mine/holing-stopped-face-ventilation",
  title: text("巷道贯通时停掘工作面未保持正常通风", "Stopped face not ventilated at holing-through"),
  message: text(
    "巷道贯通时，综合机械化掘进巷道在相距50m前、其他巷道在相距20m前，停掘的工作面未保持正常通风",
    "At holing-through (50 m apart for mechanised headings, 20 m for others) the stopped face was not kept ventilated"
  ),
  remediation: text("贯通前停掘的工作面保持正常通风。", "Keep the stopped face ventilated until holing-through."),
  ...common2026(8, 16),
  notApplicableWhen: openPit,
  violationWhen: some(
    "facts.holings",
    all(any(all(eq("mechanised", true), lte("distanceM", 50)), all(eq("mechanised", false), lte("distanceM", 20))), eq("stoppedFaceVentilated", false)),
    "name"
  )
})

/**
 * 第八条(十七): “未按照《煤矿安全规程》规定启封井下永久密闭墙。”
 *
 * @since 0.2.0
 */
export const permanentSealsOpened = simple(
  8, 17, "permanent-seals-opened",
  ["违规启封永久密闭墙", "Permanent seals opened against the regulations"],
  ["未按照《煤矿安全规程》规定启封井下永久密闭墙", "A permanent underground seal was opened against the Coal Mine Safety Regulations"],
  ["按照《煤矿安全规程》规定启封永久密闭墙。", "Open permanent seals only as the Coal Mine Safety Regulations prescribe."],
  "facts.ventilation.permanentSealsOpenedAgainstRules", true
)

/** 第八条, in the order of its 情形. @since 0.2.0 */
export const article08 = [
  airSupplyShort,
  standbyMainFan,
  prohibitedSeriesVentilation,
  ventilationNotAsDesigned,
  noSplitVentilation,
  dedicatedReturnMissing,
  jointLayoutReturnMissing,
  outburstFaceReturn,
  stoppingsShortCircuit,
  longwallShortCircuit,
  districtRoadwaysNotThrough,
  gateRoadsBeforeVentilation,
  mainsNotAhead,
  auxiliaryFanDualSupply,
  constructionThroughVentilation,
  holingStoppedFaceVentilation,
  permanentSealsOpened
] as const
