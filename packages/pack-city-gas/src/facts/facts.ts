/**
 * 事实 — what the items of 城镇燃气经营安全重大隐患判定标准 (建城规〔2023〕4号,
 * `city-gas-major-hazard-2023`) read, declared with their type, zh-CN and English label, unit and
 * allowed values. The facts sit under `enterprise.facts.cityGas`, one key per article:
 *
 * - `facts.gasOperator` — whether the unit is a 燃气经营者 (第二条: the standard binds gas suppliers, not gas users);
 * - `facts.management` (第四条), `facts.stations` (第五条, one entry per 燃气厂站), `facts.network` (第六条),
 *   `facts.cylinders` (第七条), `facts.odorisation` (第八条), `facts.userFindings` (第九条),
 *   `facts.otherSeriousHazards` (第十条).
 *
 * Every fact is optional: an absent fact is unknown, and the items that need it answer `indeterminate`.
 *
 * @since 0.2.0
 */
import type { FactDeclaration as Declarations, FactDeclarations, Localized } from "@anquan/core"

type FactDeclaration = Declarations.FactDeclaration

/** Bilingual text. @since 0.2.0 */
export const text = (zh: string, en: string): Localized => ({ "zh-CN": zh, en })

/** A yes/no fact. @since 0.2.0 */
export const flag = (zh: string, en: string): FactDeclaration => ({ type: "boolean", label: text(zh, en) })

/** A name that identifies an entry in reasons. @since 0.2.0 */
export const name = (zh: string, en: string): FactDeclaration => ({ type: "string", label: text(zh, en) })

/** `facts.gasOperator`: 燃气经营者 — the unit engages in gas business (licensed or not). @since 0.2.0 */
export const GAS_OPERATOR = "facts.gasOperator"

/**
 * The applicability fact. `false` (a gas user, not a supplier) makes every item `not-applicable`;
 * absent, every item is `indeterminate`. A unit that sells gas without a licence is still a
 * 燃气经营者 (that is 第四条(一)'s breach), so the fact is "engages in gas business", not "holds a licence".
 *
 * @since 0.2.0
 */
export const applicabilityFacts: FactDeclarations = {
  [GAS_OPERATOR]: flag("燃气经营者（从事燃气经营活动）", "gas supplier (engages in gas business)")
}

/** The pressure classes of a gas main (燃气管道设计压力分级). @since 0.2.0 */
export const pressureClasses = ["low", "medium", "sub-high", "high"] as const

/** @since 0.2.0 */
export type PressureClass = (typeof pressureClasses)[number]

/** The words of the pressure classes. @since 0.2.0 */
export const pressureClassLabels: Readonly<Record<PressureClass, Localized>> = {
  low: text("低压", "low pressure"),
  medium: text("中压", "medium pressure"),
  "sub-high": text("次高压", "sub-high pressure"),
  high: text("高压", "high pressure")
}

/** "中压及以上": the classes 第六条(一) names. @since 0.2.0 */
export const MEDIUM_OR_ABOVE: ReadonlyArray<PressureClass> = ["medium", "sub-high", "high"]

/** The underground structures 第六条(二) names (with "等": `other` is any other underground structure). @since 0.2.0 */
export const undergroundStructures = [
  "drain",
  "water-supply-channel",
  "heating-trench",
  "cable-trench",
  "traffic-tunnel",
  "rail-transit-tunnel",
  "pedestrian-underpass",
  "other"
] as const

/** The words of the underground structures. @since 0.2.0 */
export const undergroundStructureLabels: Readonly<Record<(typeof undergroundStructures)[number], Localized>> = {
  drain: text("排水管（沟）", "drain or sewer"),
  "water-supply-channel": text("供水管渠", "water-supply conduit"),
  "heating-trench": text("热力管沟", "heating-pipe trench"),
  "cable-trench": text("电缆沟", "cable trench"),
  "traffic-tunnel": text("城市交通隧道", "urban traffic tunnel"),
  "rail-transit-tunnel": text("城市轨道交通隧道", "urban rail-transit tunnel"),
  "pedestrian-underpass": text("地下人行通道", "pedestrian underpass"),
  other: text("其他地下构筑物", "other underground structure")
}

/**
 * 第九条's four situations a user inspection may find:
 * - `underground-space` (一) 燃气管道、调压装置和燃具等设置在地下室、半地下室、地下箱体及其他密闭地下空间内
 *   (an item only where the gas's relative density is ≥ 0.75);
 * - `pipes-in-toilet` (二) 燃气引入管、立管、水平干管设置在卫生间内;
 * - `in-sleeping-room` (三) 燃气管道及附件、燃具设置在卧室、旅馆建筑客房等人员居住和休息的房间内;
 * - `banned-appliance` (四) 使用国家明令淘汰的燃气燃烧器具、连接管.
 *
 * @since 0.2.0
 */
export const userSituations = ["underground-space", "pipes-in-toilet", "in-sleeping-room", "banned-appliance"] as const

/** @since 0.2.0 */
export type UserSituation = (typeof userSituations)[number]

/** The words of the user-side situations. @since 0.2.0 */
export const userSituationLabels: Readonly<Record<UserSituation, Localized>> = {
  "underground-space": text("燃气管道、调压装置或燃具等设置在地下室、半地下室、地下箱体或其他密闭地下空间内", "gas pipes, regulators or appliances in a basement, semi-basement, underground box or other enclosed underground space"),
  "pipes-in-toilet": text("燃气引入管、立管或水平干管设置在卫生间内", "gas service pipe, riser or horizontal main in a toilet room"),
  "in-sleeping-room": text("燃气管道及附件或燃具设置在卧室、旅馆建筑客房等人员居住和休息的房间内", "gas pipes, fittings or appliances in a bedroom, hotel guest room or other room where people live or sleep"),
  "banned-appliance": text("使用国家明令淘汰的燃气燃烧器具或连接管", "gas appliances or connectors banned by the state in use")
}

/** "燃气相对密度大于等于0.75" (第九条(一)): gas at least this heavy relative to air. @since 0.2.0 */
export const HEAVY_GAS_RELATIVE_DENSITY = 0.75

/** "可燃气体泄漏浓度可能达到爆炸下限20%" (第五条(五)), in % of the lower explosive limit. @since 0.2.0 */
export const LEAK_ALARM_LEL_PERCENT = 20
