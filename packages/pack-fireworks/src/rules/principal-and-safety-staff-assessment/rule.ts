/**
 * 第1项 — 主要负责人、安全生产管理人员未依法经考核合格.
 *
 * Reads the core profile: every key person with role `principal` (主要负责人) or `safety-officer`
 * (安全生产管理人员) and their `assessment` (考核). A person with `assessment.passed: false` is a
 * violation; a person whose assessment is unknown makes the outcome indeterminate unless another
 * person already failed. The principal must be listed: a profile without one cannot be judged.
 * The standard gives no validity period for the 考核, so the assessment date is not judged for
 * age; but a pass dated after the as-of day had not happened yet on that day (core's
 * `isDatedByAsOf`): the person had not passed then, a violation.
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import { Schema } from "effect"
import { factLabels } from "../../facts/labels.ts"
import { citation, effective, enterpriseSlice, everyFireworksUnit, penalty102 } from "../metadata.ts"

/** The facts the rule reads. @since 0.1.0 */
export const AssessmentFacts = Schema.Struct({ enterprise: enterpriseSlice(["keyPeople"]) })

/**
 * @since 0.1.0
 */
export const principalAndSafetyStaffAssessment = Rule.fromCondition({
  id: "fireworks/principal-and-safety-staff-assessment",
  title: { "zh-CN": "主要负责人、安全生产管理人员考核合格", en: "Principal and safety staff assessed" },
  message: {
    "zh-CN": "主要负责人、安全生产管理人员未依法经考核合格",
    en: "The principal or safety management staff have not passed the statutory assessment"
  },
  remediation: {
    "zh-CN": "组织主要负责人和安全生产管理人员参加负有安全生产监督管理职责的部门组织的安全生产知识和管理能力考核，考核合格前不得履职。",
    en: "Have the principal and the safety management staff pass the safety knowledge and management ability assessment of the supervising department before they act in those roles."
  },
  citation: citation(1),
  legalBases: [{ document: "work-safety-law-2021", article: 27, verified: true }],
  penalties: [{ document: "work-safety-law-2021", article: 97, item: 2, verified: true }, penalty102],
  severity: "major",
  appliesTo: everyFireworksUnit,
  effective,
  schema: AssessmentFacts,
  facts: factLabels("enterprise.keyPeople"),
  violationWhen: Condition.any(
    Condition.some(
      "enterprise.keyPeople",
      // the people concerned: 主要负责人 and 安全生产管理人员 (their role is no evidence of the breach)
      Condition.when(
        Condition.oneOf("roles", ["principal", "safety-officer"]),
        Condition.any(
          Condition.because(Condition.eq("assessment.passed", false), "{roles:label}{name}未经考核合格", "{roles:label} {name} has not passed the assessment"),
          // a pass dated after the as-of day had not happened yet on that day
          Condition.because(
            Condition.when(Condition.eq("assessment.passed", true), Condition.not(Condition.happened("assessment.date")), { guardEvidence: false }),
            "{roles:label}{name}至{assessment.date}才考核合格，判定日尚未考核合格",
            "{roles:label} {name} passed the assessment only on {assessment.date}, after the as-of date"
          )
        ),
        { guardEvidence: false }
      ),
      { label: "name", heading: false }
    ),
    // the principal must be listed: without one the unit cannot be judged
    Condition.when(
      Condition.none("enterprise.keyPeople", Condition.oneOf("roles", ["principal"])),
      Condition.unknown("enterprise.keyPeople[principal]")
    )
  )
})
