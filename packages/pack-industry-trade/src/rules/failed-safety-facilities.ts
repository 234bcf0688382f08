/**
 * 第十四条 — a failed or ineffective safety facility is itself a 重大事故隐患.
 *
 * "本标准所列情形中直接关系生产安全的监控、报警、防护等设施、设备、装置，应当保证正常运行、使用，失效或者
 * 无效均判定为重大事故隐患。" [verified: GM10-text `C_PDDB_14.json`, regulations.md §5 and sector-criteria.md §5-add]
 *
 * The rule reads every facility fact the items declare (made with `facility`, the states of
 * `facilityStates`): one recorded `failed` (失效或者无效) is a violation, for an item whose article
 * concerns the enterprise (its sub-industry or special field) and whose plant it has. An item's
 * own rule judges only `missing` (未设置); `failed` is judged here, once, with the item named in the
 * details. The condition is built from the item declarations, so a facility added to an item is
 * judged here without a second list to keep.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import type { FactDeclarations } from "@anquan/core"
import { applicabilityFacts, industries, INDUSTRIES, isFacility, SPECIAL_FIELDS, specialFields } from "../facts/applicability.ts"
import { DOCUMENT, IN_FORCE_FROM, inScope, text } from "./item.ts"
import type { Item } from "./item.ts"
import { items } from "./items.ts"
import { withSections } from "../facts/sections.ts"

const chineseNumber = (n: number): string => {
  const digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
  if (n < 10) return digits[n]!
  if (n === 10) return "十"
  if (n < 20) return `十${digits[n - 10]}`
  return `${digits[Math.floor(n / 10)]}十${digits[n % 10]}`
}

/** `第四条(四)` — the item's reference in the text. @since 0.2.0 */
export const itemReference = (article: number, item: number): string => `第${chineseNumber(article)}条(${chineseNumber(item)})`

/**
 * The condition "the facility at `path` of `it` is recorded failed", true only for an item that
 * concerns the enterprise: out of its article's scope or without its plant it is false; a failed
 * facility is a violation even when whether the plant exists is not recorded.
 */
const failedFacility = (it: Item, path: string): Condition.Condition => {
  const { spec } = it
  const label = spec.facts[path]!.label
  const reference = itemReference(spec.article, spec.item)
  const failed = Condition.eq(path, "failed")
  const absent = spec.facilityAbsentWhen?.[path] ?? spec.absentWhen
  const given = absent === undefined
    ? failed
    : Condition.any(Condition.all(Condition.present(path), failed), Condition.all(Condition.not(absent), failed))
  const scope = inScope(spec.scope)
  return Condition.because(
    scope === undefined ? given : Condition.all(scope, given),
    `${reference}：${label["zh-CN"]}失效或者无效`,
    `Art. ${spec.article}(${spec.item}): ${label.en} has failed or is ineffective`
  )
}

/** The facts of the items (their facilities, and the facts saying whether their plant exists). @since 0.2.0 */
export const facilityFacts = (list: ReadonlyArray<Item>): FactDeclarations => {
  const out: Record<string, FactDeclarations[string]> = { ...applicabilityFacts }
  for (const it of list) {
    for (const [path, d] of Object.entries(it.spec.facts)) out[path] = d
  }
  return out
}

/**
 * 第十四条, over the facility facts of `list` (every item by default).
 *
 * @since 0.2.0
 */
export const failedSafetyFacilitiesOf = (list: ReadonlyArray<Item>): Rule.Rule<any> => {
  const parts: Array<Condition.Condition> = []
  for (const it of list) {
    for (const [path, d] of Object.entries(it.spec.facts)) if (isFacility(d)) parts.push(failedFacility(it, path))
  }
  return Rule.fromCondition({
    id: "industry-trade/failed-safety-facilities",
    title: text("直接关系生产安全的监控、报警、防护设施正常运行", "Safety-critical monitoring, alarm and protective facilities working"),
    message: text(
      "本标准所列情形中直接关系生产安全的监控、报警、防护等设施、设备、装置，应当保证正常运行、使用，失效或者无效均判定为重大事故隐患",
      "A monitoring, alarm or protective facility, equipment or device directly related to production safety named in the criteria has failed or is ineffective"
    ),
    remediation: text(
      "立即修复或者更换失效、无效的监控、报警、防护等设施、设备、装置，保证其正常运行、使用。",
      "Repair or replace the failed or ineffective monitoring, alarm or protective facility at once and keep it in normal operation and use."
    ),
    citation: { document: DOCUMENT, article: 14, verified: true },
    severity: "major",
    appliesTo: { sectors: ["industry-trade"] },
    effective: { from: IN_FORCE_FROM },
    facts: withSections(facilityFacts(list)),
    // Unknown while neither the sub-industries nor the special fields are recorded: then no facility
    // can be placed in an article's scope, the answer is `indeterminate` naming those two facts, and
    // the facilities are not walked. False as soon as either is recorded (`[]` included).
    notApplicableWhen: Condition.all(
      Condition.not(Condition.present(INDUSTRIES)),
      Condition.not(Condition.present(SPECIAL_FIELDS)),
      Condition.oneOf(INDUSTRIES, industries),
      Condition.oneOf(SPECIAL_FIELDS, specialFields)
    ),
    violationWhen: Condition.any(...parts)
  })
}

/**
 * 第十四条 over every item's facilities.
 *
 * @since 0.2.0
 */
export const failedSafetyFacilities = failedSafetyFacilitiesOf(items)
