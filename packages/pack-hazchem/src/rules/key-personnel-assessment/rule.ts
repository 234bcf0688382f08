/**
 * 第1项 — 主要负责人和安全生产管理人员未依法经考核合格 (hazchem-major-hazard-2017 item 1).
 *
 * Either one failing triggers the item: the 主要负责人 (`principal`) or any 安全生产管理人员
 * (`safety-officer`) whose statutory 考核 is recorded as not passed.
 *
 * **One source.** The rule reads the core enterprise profile, `enterprise.keyPeople[]`: its roles
 * and `assessment.passed` carry exactly what the item needs. (The hazchem section's own
 * `keyPersonnel` list, which duplicated it, was removed.)
 *
 * - A pass dated (`assessment.date`) after the as-of day had not happened yet on that day: the
 *   person had not passed then → violation (core's `isDatedAfterAsOf`).
 * - A principal or safety officer without a recorded `assessment` → indeterminate at
 *   `enterprise.keyPeople[i].assessment`.
 * - No principal in `keyPeople` → indeterminate at `enterprise.keyPeople[principal]`: every unit
 *   has a 主要负责人, so an unlisted one is unknown, not compliant.
 * - Whether the unit has enough safety officers is the staffing rule's question
 *   (`work-safety-law/safety-management-staffing`), not this item's.
 *
 * @since 0.1.0
 */
import { Condition, Enterprise } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { Schema, Struct } from "effect"
import { keyPeopleFact } from "../../facts/labels.ts"
import { itemRule, workSafetyLaw } from "../meta.ts"

/** The facts item 1 reads: the enterprise's key people. @since 0.1.0 */
export const KeyPersonnelAssessmentFacts = Schema.Struct({
  enterprise: Schema.Struct(Struct.pick(Enterprise.fields, ["keyPeople"]))
})

const KEY_PEOPLE = "enterprise.keyPeople"

/**
 * A person in `role` (`inRole`) who has not passed: recorded as not passed, or passed only after the
 * as-of day (not passed then). A person without a recorded assessment is unknown at `…assessment`.
 */
const notPassed = (inRole: Condition.Condition, role: { readonly zh: string; readonly en: string }): Condition.Condition =>
  Condition.any(
    Condition.because(
      Condition.all(inRole, Condition.one("assessment", Condition.eq("passed", false))),
      `${role.zh}（{$entry}）未经考核合格`,
      `the ${role.en} at {$entry} has not passed the assessment`
    ),
    Condition.because(
      Condition.all(inRole, Condition.one("assessment", Condition.unless(Condition.eq("passed", false), Condition.not(Condition.happened("date"))))),
      `${role.zh}（{$entry}）至{assessment.date}才考核合格，判定日尚未考核合格`,
      `the ${role.en} at {$entry} passed the assessment only on {assessment.date}, after the as-of date`
    )
  )

/**
 * 主要负责人和安全生产管理人员考核合格.
 *
 * @since 0.1.0
 */
export const keyPersonnelAssessment: Rule.Rule<typeof KeyPersonnelAssessmentFacts.Type> = itemRule({
  item: 1,
  slug: "key-personnel-assessment",
  title: {
    "zh-CN": "主要负责人和安全生产管理人员依法经考核合格",
    en: "Principal and safety officers have passed the statutory assessment"
  },
  message: {
    "zh-CN": "危险化学品生产、经营单位主要负责人和安全生产管理人员未依法经考核合格",
    en: "The principal or a safety officer of the hazardous-chemicals unit has not passed the statutory safety assessment"
  },
  remediation: {
    "zh-CN": "安排未经考核合格的主要负责人、安全生产管理人员依法参加负有安全生产监督管理职责的部门组织的安全生产知识和管理能力考核，并在企业档案中登记考核结果。",
    en: "Have every principal and safety officer who has not passed take the statutory safety knowledge and management ability assessment held by the supervising department, and record the result in the enterprise profile."
  },
  legalBases: [workSafetyLaw(27)],
  penalties: [workSafetyLaw(97, 2)],
  schema: KeyPersonnelAssessmentFacts,
  facts: keyPeopleFact,
  violationWhen: Condition.any(
    Condition.some(
      KEY_PEOPLE,
      Condition.any(
        notPassed(Condition.oneOf("roles", ["principal"]), { zh: "主要负责人", en: "principal (主要负责人)" }),
        notPassed(
          Condition.all(Condition.oneOf("roles", ["safety-officer"]), Condition.not(Condition.oneOf("roles", ["principal"]))),
          { zh: "安全生产管理人员", en: "safety officer (安全生产管理人员)" }
        )
      ),
      { heading: false }
    ),
    // every unit has a 主要负责人: one not listed is unknown, not compliant
    Condition.when(Condition.none(KEY_PEOPLE, Condition.oneOf("roles", ["principal"])), Condition.unknown("enterprise.keyPeople[principal]"))
  )
})
