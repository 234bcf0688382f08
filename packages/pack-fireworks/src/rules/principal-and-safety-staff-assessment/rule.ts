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
import { CalendarDate, isDatedByAsOf, Rule } from "@anquan/core"
import { Schema } from "effect"
import { citation, collector, effective, enterpriseSlice, everyFireworksUnit, penalty102 } from "../shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const AssessmentFacts = Schema.Struct({ enterprise: enterpriseSlice(["keyPeople"]) })

const roleLabel = { principal: { zh: "主要负责人", en: "principal" }, "safety-officer": { zh: "安全生产管理人员", en: "safety officer" } } as const

/**
 * @since 0.1.0
 */
export const principalAndSafetyStaffAssessment = Rule.define({
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
  facts: AssessmentFacts,
  reads: ["enterprise.keyPeople[].roles", "enterprise.keyPeople[].name", "enterprise.keyPeople[].assessment.passed", "enterprise.keyPeople[].assessment.date"],
  evaluate: ({ enterprise }, context) => {
    const c = collector(context)
    const people = enterprise.keyPeople
    if (people === undefined) {
      c.missing("enterprise.keyPeople")
      return c.outcome()
    }
    let principal = false
    for (let i = 0; i < people.length && !principal; i++) principal = people[i]!.roles.includes("principal")
    if (!principal) c.missing("enterprise.keyPeople[principal]")
    for (let i = 0; i < people.length && !c.done; i++) {
      const p = people[i]!
      if (!p.roles.includes("principal") && !p.roles.includes("safety-officer")) continue
      if (p.assessment === undefined) {
        if (c.unknown()) c.missing(`enterprise.keyPeople[${i}].assessment`)
      } else if (p.assessment.passed && isDatedByAsOf(p.assessment.date, context.asOf)) {
        if (c.explain) c.see(`enterprise.keyPeople[${i}].assessment.passed`, true)
      } else if (c.breach()) {
        const roles = p.roles.filter((r): r is "principal" | "safety-officer" => r === "principal" || r === "safety-officer")
        const zh = roles.map((r) => roleLabel[r].zh).join("、")
        const en = roles.map((r) => roleLabel[r].en).join(" and ")
        const later = p.assessment.passed ? p.assessment.date : undefined
        if (later !== undefined) {
          c.violation(
            [{ path: `enterprise.keyPeople[${i}].assessment.date`, value: CalendarDate.format(later) }],
            `${zh}${p.name}至${CalendarDate.format(later)}才考核合格，判定日尚未考核合格`,
            `${en} ${p.name} passed the assessment only on ${CalendarDate.format(later)}, after the as-of date`
          )
        } else {
          c.violation(
            [{ path: `enterprise.keyPeople[${i}].assessment.passed`, value: false }],
            `${zh}${p.name}未经考核合格`,
            `${en} ${p.name} has not passed the assessment`
          )
        }
      }
    }
    return c.outcome()
  }
})
