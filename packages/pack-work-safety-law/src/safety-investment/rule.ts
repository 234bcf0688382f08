/**
 * 安全生产投入和安全生产费用 — 安全生产法 (2021) 第二十三条.
 *
 * regulations.md §7: the safety budget (投入) must be ensured; 安全生产费用 must be drawn and used as
 * required. Penalty 第九十三条 (safety budget not ensured). Which units must draw 安全生产费用 and at
 * what rate is set by other rules, not in the project's fact base: `costsDrawnAndUsed` is the
 * record's word.
 *
 * Reads `facts.safetyInvestment.ensured` and `.costsDrawnAndUsed`.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { safetyInvestmentFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const SafetyInvestmentRuleFacts = factSlice([], ["safetyInvestment"])

/**
 * 第二十三条, in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const safetyInvestment = Rule.fromCondition({
  id: "work-safety-law/safety-investment",
  title: { "zh-CN": "安全生产投入和安全生产费用", en: "Safety funding and safety costs" },
  message: {
    "zh-CN": "未保证具备安全生产条件所必需的资金投入，或者未按照规定提取和使用安全生产费用",
    en: "The funding safe production needs is not ensured, or safety costs are not drawn and used as required"
  },
  remediation: {
    "zh-CN": "保证具备安全生产条件所必需的资金投入，按照规定提取和使用安全生产费用，专门用于改善安全生产条件。",
    en: "Ensure the funding safe production needs, and draw and use safety costs as required, only for improving safety."
  },
  citation: { document: "work-safety-law-2021", article: 23, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 93, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: SafetyInvestmentRuleFacts,
  facts: safetyInvestmentFacts,
  evidence: "read",
  violationWhen: Condition.any(
    Condition.because(Condition.eq("facts.safetyInvestment.ensured", false), "未保证具备安全生产条件所必需的资金投入", "the funding safe production needs is not ensured"),
    Condition.because(Condition.eq("facts.safetyInvestment.costsDrawnAndUsed", false), "未按照规定提取和使用安全生产费用", "safety costs not drawn and used as required")
  )
})
