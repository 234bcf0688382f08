/**
 * 安全生产经常性检查 — 安全生产法 (2021) 第四十六条.
 *
 * regulations.md §7: regular checks with records (第四十六条). No penalty is attached: §7 lists none
 * for 第四十六条.
 *
 * Reads `facts.safetyInspections.regular` and `.recorded`.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { safetyInspectionFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const SafetyInspectionRuleFacts = factSlice([], ["safetyInspections"])

/**
 * 第四十六条, in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const safetyInspections = Rule.fromCondition({
  id: "work-safety-law/safety-inspections",
  title: { "zh-CN": "安全生产状况经常性检查并记录", en: "Regular safety checks, recorded" },
  message: {
    "zh-CN": "未对安全生产状况进行经常性检查，或者检查及处理情况未如实记录在案",
    en: "Safety is not checked regularly, or the checks and their handling are not recorded"
  },
  remediation: {
    "zh-CN": "安全生产管理人员根据本单位的生产经营特点，对安全生产状况进行经常性检查，对发现的问题立即处理，并将检查及处理情况如实记录在案。",
    en: "Have the safety staff check safety regularly as the unit's work requires, deal with what they find at once, and record the checks and their handling."
  },
  citation: { document: "work-safety-law-2021", article: 46, verified: true },
  penalties: [],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: SafetyInspectionRuleFacts,
  facts: safetyInspectionFacts,
  evidence: "read",
  violationWhen: Condition.any(
    Condition.because(Condition.eq("facts.safetyInspections.regular", false), "未对安全生产状况进行经常性检查", "safety not checked regularly"),
    Condition.unless(
      Condition.eq("facts.safetyInspections.regular", false),
      Condition.because(Condition.eq("facts.safetyInspections.recorded", false), "检查及处理情况未如实记录在案", "checks and their handling not recorded")
    )
  )
})
