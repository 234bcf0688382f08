/**
 * 第16项 — 未建立与岗位相匹配的全员安全生产责任制或者未制定实施生产安全事故隐患排查治理制度
 * (hazchem-major-hazard-2017 item 16; wording secondary only: `verified: false`).
 *
 * Breach when any of: no 全员安全生产责任制 (`responsibilitySystem.established: false`); one not
 * matched to posts (`matchedToPosts: false`); no 隐患排查治理制度 (`hazardInvestigationSystem.established:
 * false`); or one drawn up but not applied (`implemented: false`).
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { responsibilityFacts } from "../../facts/labels.ts"
import { hazchemSafetyLaw, itemRule, sectionFacts, workSafetyLaw } from "../meta.ts"

/** The facts item 16 reads. @since 0.1.0 */
export const ResponsibilityAndHazardInvestigationFacts = sectionFacts(["responsibilitySystem", "hazardInvestigationSystem"])

/**
 * 全员安全生产责任制和隐患排查治理制度.
 *
 * @since 0.1.0
 */
export const responsibilityAndHazardInvestigation: Rule.Rule<typeof ResponsibilityAndHazardInvestigationFacts.Type> = itemRule({
  item: 16,
  slug: "responsibility-and-hazard-investigation",
  title: {
    "zh-CN": "建立与岗位相匹配的全员安全生产责任制，制定实施事故隐患排查治理制度",
    en: "A post-specific all-staff safety responsibility system and a hazard investigation system in force"
  },
  message: {
    "zh-CN": "未建立与岗位相匹配的全员安全生产责任制，或者未制定实施生产安全事故隐患排查治理制度",
    en: "The unit has no all-staff safety responsibility system matched to its posts, or has not drawn up and applied a hazard investigation and remediation system"
  },
  remediation: {
    "zh-CN": "建立覆盖全员、与岗位相匹配的安全生产责任制（明确各岗位的责任人员、责任范围和考核标准）；制定并实施生产安全事故隐患排查治理制度，做好排查、登记、治理和报告。",
    en: "Set up an all-staff responsibility system matched to each post (responsible person, scope and assessment criteria), and draw up and apply a hazard investigation and remediation system: find, record, fix and report hazards."
  },
  legalBases: [workSafetyLaw(4), workSafetyLaw(22), workSafetyLaw(41), hazchemSafetyLaw(5)],
  penalties: [workSafetyLaw(101, 5)],
  schema: ResponsibilityAndHazardInvestigationFacts,
  facts: responsibilityFacts,
  // the details name each breach, joined as one sentence
  violationWhen: Condition.because(
    Condition.any(
      Condition.because(Condition.eq("facts.responsibilitySystem.established", false), "未建立全员安全生产责任制", "no all-staff responsibility system"),
      // a system that does not exist is neither matched to posts nor applied: those facts are moot
      Condition.unless(
        Condition.eq("facts.responsibilitySystem.established", false),
        Condition.because(
          Condition.eq("facts.responsibilitySystem.matchedToPosts", false),
          "全员安全生产责任制与岗位不匹配",
          "the responsibility system is not matched to the posts"
        )
      ),
      Condition.because(Condition.eq("facts.hazardInvestigationSystem.established", false), "未制定事故隐患排查治理制度", "no hazard investigation system"),
      Condition.unless(
        Condition.eq("facts.hazardInvestigationSystem.established", false),
        Condition.because(Condition.eq("facts.hazardInvestigationSystem.implemented", false), "事故隐患排查治理制度未实施", "the hazard investigation system is not applied")
      )
    ),
    "{$reasons}",
    "{$reasons;}"
  )
})
