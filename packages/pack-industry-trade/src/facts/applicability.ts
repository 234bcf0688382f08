/**
 * 适用范围事实 — what decides which items of 工贸企业重大事故隐患判定标准 (应急管理部令第10号,
 * `industry-trade-major-hazard-2023`) concern an enterprise: its sub-industries (第二条: 冶金、有色、
 * 建材、机械、轻工、纺织、烟草、商贸) and its special fields (第十一–十三条). A unit can have several
 * of each; both are recorded facts, never guessed from the enterprise's name or licence.
 *
 * @since 0.2.0
 */
import type { FactDeclaration as Declarations, FactDeclarations } from "@anquan/core"

type FactDeclaration = Declarations.FactDeclaration

/**
 * 行业 — the sub-industries of 第二条. `commerce` (商贸) has no article of its own: a 商贸 enterprise is
 * judged by 第三条 and by the special items of its special fields only.
 *
 * @since 0.2.0
 */
export const industries = [
  "metallurgy",
  "nonferrous",
  "building-materials",
  "machinery",
  "light-industry",
  "textile",
  "tobacco",
  "commerce"
] as const

/** @since 0.2.0 */
export type Industry = (typeof industries)[number]

/** The zh-CN and English names of the sub-industries. @since 0.2.0 */
export const industryNames: Readonly<Record<Industry, { readonly "zh-CN": string; readonly en: string }>> = {
  metallurgy: { "zh-CN": "冶金", en: "metallurgy" },
  nonferrous: { "zh-CN": "有色", en: "non-ferrous metals" },
  "building-materials": { "zh-CN": "建材", en: "building materials" },
  machinery: { "zh-CN": "机械", en: "machinery" },
  "light-industry": { "zh-CN": "轻工", en: "light industry" },
  textile: { "zh-CN": "纺织", en: "textiles" },
  tobacco: { "zh-CN": "烟草", en: "tobacco" },
  commerce: { "zh-CN": "商贸", en: "commerce and trade" }
}

/**
 * 专项类 — the special fields of 第十一–十三条:
 * - `dust-explosion` 存在粉尘爆炸危险 (第十一条);
 * - `liquid-ammonia-refrigeration` 使用液氨制冷 (第十二条);
 * - `toxic-confined-space` 存在硫化氢、一氧化碳等中毒风险的有限空间作业 (第十三条).
 *
 * @since 0.2.0
 */
export const specialFields = ["dust-explosion", "liquid-ammonia-refrigeration", "toxic-confined-space"] as const

/** @since 0.2.0 */
export type SpecialField = (typeof specialFields)[number]

/** The zh-CN and English names of the special fields. @since 0.2.0 */
export const specialFieldNames: Readonly<Record<SpecialField, { readonly "zh-CN": string; readonly en: string }>> = {
  "dust-explosion": { "zh-CN": "存在粉尘爆炸危险", en: "dust-explosion hazard" },
  "liquid-ammonia-refrigeration": { "zh-CN": "使用液氨制冷", en: "liquid-ammonia refrigeration" },
  "toxic-confined-space": { "zh-CN": "存在硫化氢、一氧化碳等中毒风险的有限空间作业", en: "confined-space work with H₂S, CO or other poisoning risk" }
}

/** `facts.industries`: the enterprise's sub-industries (several allowed; `[]` = none of them). @since 0.2.0 */
export const INDUSTRIES = "facts.industries"
/** `facts.specialFields`: the special fields the enterprise has (several allowed; `[]` = none). @since 0.2.0 */
export const SPECIAL_FIELDS = "facts.specialFields"

/** The declarations of the two applicability facts. @since 0.2.0 */
export const applicabilityFacts: FactDeclarations = {
  [INDUSTRIES]: {
    type: "strings",
    label: { "zh-CN": "所属行业(冶金、有色、建材、机械、轻工、纺织、烟草、商贸)", en: "sub-industries (metallurgy … tobacco, commerce)" },
    values: industries
  },
  [SPECIAL_FIELDS]: {
    type: "strings",
    label: { "zh-CN": "专项类(粉尘爆炸危险、液氨制冷、中毒风险有限空间作业)", en: "special fields (dust explosion, liquid-ammonia refrigeration, toxic confined spaces)" },
    values: specialFields
  }
}

/**
 * 设施状态 — the state of a monitoring, alarm, interlock or protective facility an item names, as an
 * inspection records it: `effective` 设置且正常运行、使用; `missing` 未设置 (the item's own breach);
 * `failed` 已设置但失效或者无效 (第十四条's breach, judged by `industry-trade/failed-safety-facilities`).
 *
 * @since 0.2.0
 */
export const facilityStates = ["effective", "missing", "failed"] as const

/** @since 0.2.0 */
export type FacilityState = (typeof facilityStates)[number]

/**
 * The declaration of a facility fact: a string with the values of {@link facilityStates}, the
 * label naming the facility. 第十四条's rule reads every fact declared with it.
 *
 * @since 0.2.0
 */
export const facility = (zh: string, en: string): FactDeclaration => ({
  type: "string",
  label: { "zh-CN": zh, en },
  values: facilityStates
})

/** A yes/no fact. @since 0.2.0 */
export const flag = (zh: string, en: string): FactDeclaration => ({ type: "boolean", label: { "zh-CN": zh, en } })

/** Whether a declaration is a facility fact (made by {@link facility}). @since 0.2.0 */
export const isFacility = (d: FactDeclaration): boolean => d.type === "string" && d.values === facilityStates
