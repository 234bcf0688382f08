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
import { CalendarDate, Enterprise, isDatedAfterAsOf } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { Schema, Struct } from "effect"
import { Assessment, defineItemRule, eq, is, known, unknown, workSafetyLaw } from "../support.ts"

/** The facts item 1 reads: the enterprise's key people. @since 0.1.0 */
export const KeyPersonnelAssessmentFacts = Schema.Struct({
  enterprise: Schema.Struct(Struct.pick(Enterprise.fields, ["keyPeople"]))
})

const roleNames = {
  principal: { zh: "主要负责人", en: "principal (主要负责人)" },
  "safety-officer": { zh: "安全生产管理人员", en: "safety officer (安全生产管理人员)" }
} as const

/**
 * 主要负责人和安全生产管理人员考核合格.
 *
 * @since 0.1.0
 */
export const keyPersonnelAssessment: Rule.Rule<typeof KeyPersonnelAssessmentFacts.Type> = defineItemRule({
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
  facts: KeyPersonnelAssessmentFacts,
  reads: ["enterprise.keyPeople[].roles", "enterprise.keyPeople[].assessment.passed", "enterprise.keyPeople[].assessment.date"],
  evaluate: ({ enterprise }, context) => {
    const keyPeople = enterprise.keyPeople
    if (keyPeople === undefined) return new Assessment(context).missing("enterprise.keyPeople").outcome()
    const a = new Assessment(context)
    let principals = 0
    for (let i = 0; i < keyPeople.length && !a.done; i++) {
      const person = keyPeople[i]!
      // the first of the person's item-1 roles names them in the details
      let role: "principal" | "safety-officer" | undefined
      let principal = false
      for (let j = 0; j < person.roles.length; j++) {
        const r = person.roles[j]!
        if (r === "principal" || r === "safety-officer") {
          role ??= r
          if (r === "principal") principal = true
        }
      }
      if (role === undefined) continue
      if (principal) principals++
      // a pass dated after the as-of day had not happened yet on that day: not passed then
      const passedLater = person.assessment !== undefined && person.assessment.passed && isDatedAfterAsOf(person.assessment.date, context.asOf)
      if (!a.entry(true, person.assessment === undefined ? undefined : passedLater || eq(person.assessment.passed, false))) continue
      const at = `enterprise.keyPeople[${i}]`
      const names = roleNames[role]
      if (passedLater) {
        const day = CalendarDate.format(person.assessment!.date!)
        a.check({
          breach: known(true, [{ path: `${at}.assessment.date`, value: person.assessment!.date }]),
          context: [{ path: `${at}.roles`, value: person.roles }],
          zh: `${names.zh}（${at}）至${day}才考核合格，判定日尚未考核合格`,
          en: `the ${names.en} at ${at} passed the assessment only on ${day}, after the as-of date`
        })
        continue
      }
      a.check({
        breach: person.assessment === undefined
          ? unknown([`${at}.assessment`])
          : is(`${at}.assessment.passed`, person.assessment.passed, false),
        context: [{ path: `${at}.roles`, value: person.roles }],
        zh: `${names.zh}（${at}）未经考核合格`,
        en: `the ${names.en} at ${at} has not passed the assessment`
      })
    }
    if (principals === 0) a.missing("enterprise.keyPeople[principal]")
    return a.outcome()
  }
})
