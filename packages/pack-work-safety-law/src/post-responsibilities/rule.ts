/**
 * 全员安全生产责任制的内容和考核 — 安全生产法 (2021) 第二十二条.
 *
 * regulations.md §7: the 全员责任制 must name, for each post, the responsible person, the scope and
 * the 考核标准; its implementation must be supervised and assessed. No penalty is attached: §7
 * lists none for 第二十二条.
 *
 * Reads `facts.responsibilitySystem.coversEveryPost` and `.implementationAssessed`; not applicable
 * where the unit has no responsibility system at all (the rule of 第四条 finds that).
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { responsibilitySystemFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const PostResponsibilitiesRuleFacts = factSlice([], ["responsibilitySystem"])

/**
 * 第二十二条, in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const postResponsibilities = Rule.fromCondition({
  id: "work-safety-law/post-responsibilities",
  title: { "zh-CN": "全员安全生产责任制明确各岗位责任并监督考核", en: "Responsibilities set for every post and assessed" },
  message: {
    "zh-CN": "全员安全生产责任制未明确各岗位的责任人员、责任范围和考核标准，或者未对其落实情况进行监督考核",
    en: "The responsibility system does not set every post's responsible person, scope and assessment standard, or its implementation is not supervised and assessed"
  },
  remediation: {
    "zh-CN": "在全员安全生产责任制中明确各岗位的责任人员、责任范围和考核标准，并建立机制监督考核其落实情况。",
    en: "Set every post's responsible person, scope and assessment standard in the responsibility system, and supervise and assess how it is applied."
  },
  citation: { document: "work-safety-law-2021", article: 22, verified: true },
  penalties: [],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: PostResponsibilitiesRuleFacts,
  facts: responsibilitySystemFacts,
  evidence: "read",
  notApplicableWhen: Condition.eq("facts.responsibilitySystem.established", false),
  notApplicableReason: "no responsibility system (see work-safety-law/responsibility-system)",
  violationWhen: Condition.any(
    Condition.because(Condition.eq("facts.responsibilitySystem.coversEveryPost", false), "未明确各岗位的责任人员、责任范围和考核标准", "posts' responsible persons, scopes and standards not set"),
    Condition.because(Condition.eq("facts.responsibilitySystem.implementationAssessed", false), "未对责任制落实情况进行监督考核", "implementation not supervised and assessed")
  )
})
