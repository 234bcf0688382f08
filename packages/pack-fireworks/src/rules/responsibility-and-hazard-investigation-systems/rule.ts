/**
 * 第13项 — 未建立与岗位相匹配的全员安全生产责任制或者未制定实施生产安全事故隐患排查治理制度.
 *
 * - 全员安全生产责任制: `established: false`, or established but `matchedToPosts: false`;
 * - 隐患排查治理制度: `established: false` (未制定), or established but `implemented: false` (未实施).
 *
 * Either fact of a pair found wanting is a violation: a system recorded as not matched to the posts
 * (or not carried out) is one whether or not its establishment is recorded — it is no post-matched
 * (or no formulated-and-implemented) system either way. (Before 0.2.0 the second fact was read only
 * when the first was known true, so an unknown first fact left such a unit indeterminate.)
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import { Schema } from "effect"
import { factLabels } from "../../facts/labels.ts"
import { citation, effective, everyFireworksUnit, factsSlice, penalty102 } from "../metadata.ts"

/** The facts the rule reads. @since 0.1.0 */
export const SafetySystemFacts = Schema.Struct({ facts: factsSlice(["responsibilitySystem", "hazardInvestigationSystem"]) })

/**
 * @since 0.1.0
 */
export const responsibilityAndHazardInvestigationSystems = Rule.fromCondition({
  id: "fireworks/responsibility-and-hazard-investigation-systems",
  title: { "zh-CN": "全员安全生产责任制和隐患排查治理制度", en: "All-staff responsibility system and hazard investigation system" },
  message: {
    "zh-CN": "未建立与岗位相匹配的全员安全生产责任制或者未制定实施生产安全事故隐患排查治理制度",
    en: "There is no all-staff work-safety responsibility system matched to the posts, or no hazard investigation and remediation system formulated and carried out"
  },
  remediation: {
    "zh-CN": "建立覆盖全员、与岗位相匹配的安全生产责任制，明确各岗位责任人员、责任范围和考核标准；制定并实施生产安全事故隐患排查治理制度，如实记录和通报隐患排查治理情况。",
    en: "Set up an all-staff responsibility system matched to every post, naming the person, scope and assessment standard of each; formulate and carry out a hazard investigation and remediation system, recording and reporting its results truthfully."
  },
  citation: citation(13),
  legalBases: [
    { document: "work-safety-law-2021", article: 4, verified: true },
    { document: "work-safety-law-2021", article: 41, verified: true }
  ],
  penalties: [{ document: "work-safety-law-2021", article: 101, item: 5, verified: true }, penalty102],
  severity: "major",
  appliesTo: everyFireworksUnit,
  effective,
  schema: SafetySystemFacts,
  facts: factLabels(
    "facts.responsibilitySystem.established",
    "facts.responsibilitySystem.matchedToPosts",
    "facts.hazardInvestigationSystem.established",
    "facts.hazardInvestigationSystem.implemented"
  ),
  violationWhen: Condition.any(
    Condition.because(Condition.eq("facts.responsibilitySystem.established", false), "未建立全员安全生产责任制", "no all-staff responsibility system"),
    Condition.because(
      // not read when the system is recorded as not established: that situation speaks alone
      Condition.when(
        Condition.eq(Condition.factOr("facts.responsibilitySystem.established", true), true),
        Condition.eq("facts.responsibilitySystem.matchedToPosts", false),
        { guardEvidence: false }
      ),
      "全员安全生产责任制未与岗位相匹配",
      "the responsibility system is not matched to the posts"
    ),
    Condition.because(
      Condition.eq("facts.hazardInvestigationSystem.established", false),
      "未制定生产安全事故隐患排查治理制度",
      "no hazard investigation and remediation system"
    ),
    Condition.because(
      // not read when the system is recorded as not established: that situation speaks alone
      Condition.when(
        Condition.eq(Condition.factOr("facts.hazardInvestigationSystem.established", true), true),
        Condition.eq("facts.hazardInvestigationSystem.implemented", false),
        { guardEvidence: false }
      ),
      "生产安全事故隐患排查治理制度未实施",
      "the hazard investigation and remediation system is not carried out"
    )
  )
})
