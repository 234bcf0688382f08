/**
 * 危险物品专门的安全管理制度和可靠的安全措施 — 安全生产法 (2021) 第三十九条.
 *
 * regulations.md §7: 危险物品 activities need a dedicated 安全管理制度; penalty 第一百零一条(一):
 * "危险物品 activities without a special 管理制度 or reliable measures".
 *
 * Applies to units with dangerous-goods activities. Reads `facts.dangerousGoods.safetyManagementRules`
 * and, for each store (`facts.dangerousGoods.stores[]`), the measures recorded there: the gas alarm
 * (`gasAlarm`: unpowered, faulty or absent is a breach; `not-required` where no flammable or toxic
 * gas can gather), the lighting (`ordinary` where explosion-proof lighting is needed is a breach),
 * segregation by kind and the quantity within the approved amount. Which measures a store needs is
 * set by the standards, which are not in the project's fact base: the rule takes the record's word
 * (`not-required`) for that.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { dangerousGoodsFacts, scopeFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const DangerousGoodsMeasuresFacts = factSlice(["dangerousGoodsActivities"], ["dangerousGoods"])

/**
 * 第三十九条 (专门的安全管理制度, 可靠的安全措施), in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const dangerousGoodsSafetyMeasures = Rule.fromCondition({
  id: "work-safety-law/dangerous-goods-safety-measures",
  title: { "zh-CN": "危险物品专门的安全管理制度和可靠的安全措施", en: "Dangerous-goods safety rules and reliable safety measures" },
  message: {
    "zh-CN": "生产、经营、运输、储存、使用危险物品，未建立专门的安全管理制度或者未采取可靠的安全措施",
    en: "Dangerous goods are handled without dedicated safety rules or without reliable safety measures"
  },
  remediation: {
    "zh-CN": "建立专门的危险物品安全管理制度；危险物品储存场所按规定设置并保持可燃、有毒气体检测报警装置正常运行，使用防爆照明，分类分区储存，不超量储存。",
    en: "Set up dedicated dangerous-goods safety rules; keep every store's gas alarms installed and working, use explosion-proof lighting where required, store goods segregated by kind and within the approved quantity."
  },
  citation: { document: "work-safety-law-2021", article: 39, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 101, item: 1, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: DangerousGoodsMeasuresFacts,
  facts: { ...scopeFacts, ...dangerousGoodsFacts },
  evidence: "read",
  notApplicableWhen: Condition.not(Condition.nonEmpty("enterprise.dangerousGoodsActivities")),
  notApplicableReason: "no dangerous-goods activity",
  violationWhen: Condition.any(
    Condition.because(Condition.eq("facts.dangerousGoods.safetyManagementRules", false), "未建立专门的危险物品安全管理制度", "no dedicated dangerous-goods safety rules"),
    Condition.some(
      "facts.dangerousGoods.stores",
      Condition.any(
        Condition.because(Condition.oneOf("gasAlarm", ["unpowered", "faulty", "absent"]), "可燃、有毒气体检测报警装置{gasAlarm:label}", "gas alarm {gasAlarm:label}"),
        Condition.because(Condition.eq("lighting", "ordinary"), "未使用防爆照明", "lighting not explosion-proof"),
        Condition.because(Condition.eq("segregated", false), "未按性质分类、分区、隔离储存", "goods not segregated by kind"),
        Condition.because(Condition.eq("withinApprovedQuantity", false), "超过核定储存量储存", "more than the approved quantity stored")
      ),
      { label: ["name", "id"], entry: { "zh-CN": "危险物品储存场所", en: "dangerous-goods store" } }
    )
  )
})
