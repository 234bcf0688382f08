/**
 * 如实告知危险因素 — 安全生产法 (2021) 第四十四条 (first part).
 *
 * regulations.md §7: tell workers the hazards (of their workplace and post, with the precautions and
 * the emergency measures). Penalty 第九十七条(三) (… or hazards not disclosed). The article's 2021
 * addition (attention to workers' physical and mental condition, psychological support) cannot be
 * seen in a unit's record and has no rule.
 *
 * Reads `facts.hazardsDisclosedToWorkers`.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { disclosureFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const DisclosureRuleFacts = factSlice([], ["hazardsDisclosedToWorkers"])

/**
 * 第四十四条, in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const hazardDisclosure = Rule.fromCondition({
  id: "work-safety-law/hazard-disclosure",
  title: { "zh-CN": "如实告知从业人员危险因素、防范措施和事故应急措施", en: "Workers told the hazards, precautions and emergency measures" },
  message: {
    "zh-CN": "未如实告知从业人员作业场所和工作岗位存在的危险因素、防范措施以及事故应急措施",
    en: "Workers are not truthfully told the hazards of their workplace and post, the precautions and the emergency measures"
  },
  remediation: {
    "zh-CN": "以培训、告知卡、岗位风险告知等方式如实告知从业人员作业场所和工作岗位存在的危险因素、防范措施以及事故应急措施。",
    en: "Tell every worker truthfully — in training, on notice cards, at the post — the hazards of their workplace and post, the precautions and the emergency measures."
  },
  citation: { document: "work-safety-law-2021", article: 44, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 97, item: 3, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: DisclosureRuleFacts,
  facts: disclosureFacts,
  evidence: "read",
  violationWhen: Condition.because(
    Condition.eq("facts.hazardsDisclosedToWorkers", false),
    "未如实告知从业人员危险因素、防范措施以及事故应急措施",
    "workers not told the hazards, precautions and emergency measures"
  )
})
