/**
 * 工伤保险 — 安全生产法 (2021) 第五十一条 (first point).
 *
 * regulations.md §7: 工伤保险 is mandatory. No penalty is attached: §7's penalties list none for it
 * (第一百零九条 is the 安全生产责任保险 of the same article, `work-safety-law/liability-insurance`).
 *
 * Reads `facts.workInjuryInsurance`.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { workInjuryInsuranceFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const WorkInjuryInsuranceRuleFacts = factSlice([], ["workInjuryInsurance"])

/**
 * 第五十一条, in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const workInjuryInsurance = Rule.fromCondition({
  id: "work-safety-law/work-injury-insurance",
  title: { "zh-CN": "依法参加工伤保险", en: "Work-injury insurance" },
  message: {
    "zh-CN": "未依法参加工伤保险，为从业人员缴纳保险费",
    en: "The unit has not taken out work-injury insurance and paid its staff's premiums"
  },
  remediation: {
    "zh-CN": "依法参加工伤保险，为从业人员缴纳保险费。",
    en: "Take out work-injury insurance as the law requires and pay the staff's premiums."
  },
  citation: { document: "work-safety-law-2021", article: 51, verified: true },
  penalties: [],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: WorkInjuryInsuranceRuleFacts,
  facts: workInjuryInsuranceFacts,
  evidence: "read",
  violationWhen: Condition.because(Condition.eq("facts.workInjuryInsurance", false), "未依法参加工伤保险", "no work-injury insurance")
})
