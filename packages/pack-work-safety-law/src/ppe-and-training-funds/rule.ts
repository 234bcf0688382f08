/**
 * 劳动防护用品和安全生产培训经费 — 安全生产法 (2021) 第四十七条.
 *
 * regulations.md §7: budget for PPE and training (第四十七条). No penalty is attached: §7 lists none
 * for 第四十七条.
 *
 * Reads `facts.safetyInvestment.ppeAndTrainingFunded`.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { safetyInvestmentFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const PpeTrainingFundsRuleFacts = factSlice([], ["safetyInvestment"])

/**
 * 第四十七条, in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const ppeAndTrainingFunds = Rule.fromCondition({
  id: "work-safety-law/ppe-and-training-funds",
  title: { "zh-CN": "安排劳动防护用品和安全生产培训经费", en: "Funds for protective equipment and training" },
  message: {
    "zh-CN": "未安排用于配备劳动防护用品、进行安全生产培训的经费",
    en: "No funds are set aside for protective equipment and safety training"
  },
  remediation: {
    "zh-CN": "安排用于配备劳动防护用品、进行安全生产培训的经费。",
    en: "Set aside funds for protective equipment and safety training."
  },
  citation: { document: "work-safety-law-2021", article: 47, verified: true },
  penalties: [],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: PpeTrainingFundsRuleFacts,
  facts: safetyInvestmentFacts,
  evidence: "read",
  violationWhen: Condition.because(
    Condition.eq("facts.safetyInvestment.ppeAndTrainingFunded", false),
    "未安排用于配备劳动防护用品、进行安全生产培训的经费",
    "no funds for protective equipment and training"
  )
})
