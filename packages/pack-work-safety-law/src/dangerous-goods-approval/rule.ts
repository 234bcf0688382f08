/**
 * 危险物品活动经审批 — 安全生产法 (2021) 第三十九条 (approval).
 *
 * regulations.md §7: 危险物品 activities need approval. Penalty 第一百条: punished under the sector
 * law (the penalty article points on; it sets no amount itself).
 *
 * Applies to units that produce, trade, store, use, load or transport dangerous goods
 * (`enterprise.dangerousGoodsActivities` not empty). Reads `facts.dangerousGoods.activitiesApproved`
 * and each store's `approved` (`facts.dangerousGoods.stores[]`).
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { dangerousGoodsFacts, scopeFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const DangerousGoodsApprovalFacts = factSlice(["dangerousGoodsActivities"], ["dangerousGoods"])

/**
 * 第三十九条 (审批), in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const dangerousGoodsApproval = Rule.fromCondition({
  id: "work-safety-law/dangerous-goods-approval",
  title: { "zh-CN": "危险物品活动经有关主管部门依法审批", en: "Dangerous-goods activities approved" },
  message: {
    "zh-CN": "生产、经营、运输、储存、使用危险物品未经有关主管部门依法审批",
    en: "Dangerous goods are produced, traded, transported, stored or used without the approval of the competent authorities"
  },
  remediation: {
    "zh-CN": "停止未经审批的危险物品活动，依法向有关主管部门申请审批。",
    en: "Stop any dangerous-goods activity without approval and apply to the competent authorities for it."
  },
  citation: { document: "work-safety-law-2021", article: 39, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 100, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: DangerousGoodsApprovalFacts,
  facts: { ...scopeFacts, ...dangerousGoodsFacts },
  evidence: "read",
  notApplicableWhen: Condition.not(Condition.nonEmpty("enterprise.dangerousGoodsActivities")),
  notApplicableReason: "no dangerous-goods activity",
  violationWhen: Condition.any(
    Condition.because(Condition.eq("facts.dangerousGoods.activitiesApproved", false), "危险物品活动未经有关主管部门依法审批", "dangerous-goods activities not approved"),
    Condition.some(
      "facts.dangerousGoods.stores",
      Condition.because(Condition.eq("approved", false), "危险物品储存场所{name|id|#}未经依法批准", "dangerous-goods store {name|id|#} not approved"),
      { heading: false }
    )
  )
})
