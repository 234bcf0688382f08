/**
 * 全员安全生产责任制和安全生产规章制度 — 安全生产法 (2021) 第四条.
 *
 * regulations.md §7: the unit sets up a 全员安全生产责任制 and 安全生产规章制度 (the article's 标准化 and
 * 信息化 have no measure a record can show; its 双重预防 is the rule of 第四十一条). No penalty is
 * attached: §7 lists none for 第四条.
 *
 * Reads `facts.responsibilitySystem.established` and `.safetyRulesEstablished`.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { responsibilitySystemFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const ResponsibilitySystemRuleFacts = factSlice([], ["responsibilitySystem"])

/**
 * 第四条, in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const responsibilitySystem = Rule.fromCondition({
  id: "work-safety-law/responsibility-system",
  title: { "zh-CN": "全员安全生产责任制和安全生产规章制度", en: "All-staff responsibility system and safety rules" },
  message: {
    "zh-CN": "未建立健全全员安全生产责任制或者安全生产规章制度",
    en: "No all-staff safety responsibility system or no safety rules"
  },
  remediation: {
    "zh-CN": "建立健全全员安全生产责任制和安全生产规章制度。",
    en: "Set up an all-staff safety responsibility system and safety rules."
  },
  citation: { document: "work-safety-law-2021", article: 4, verified: true },
  penalties: [],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: ResponsibilitySystemRuleFacts,
  facts: responsibilitySystemFacts,
  evidence: "read",
  violationWhen: Condition.any(
    Condition.because(Condition.eq("facts.responsibilitySystem.established", false), "未建立健全全员安全生产责任制", "no all-staff safety responsibility system"),
    Condition.because(Condition.eq("facts.responsibilitySystem.safetyRulesEstablished", false), "未建立健全安全生产规章制度", "no safety rules")
  )
})
