/**
 * 主要负责人和安全生产管理人员考核合格 — 安全生产法 (2021) 第二十七条 (考核).
 *
 * 危险物品的生产、经营、储存、装卸单位以及矿山、金属冶炼、建筑施工、运输单位的主要负责人和安全生产
 * 管理人员，应当由主管的负有安全生产监督管理职责的部门对其安全生产知识和管理能力考核合格。
 *
 * Reads the core profile only: `enterprise.keyPeople[].assessment` of every 主要负责人
 * (`principal`) and 安全生产管理人员 (`safety-officer`). `assessment.passed: false` covers both
 * "failed" and "not assessed"; a pass dated after the as-of day did not exist yet on that day.
 * Whether the unit has safety staff at all is the staffing rule's business (第二十四条).
 *
 * @since 0.1.0
 */
import { isDatedAfterAsOf, isDatedByAsOf, Outcome, Rule } from "@anquan/core"
import type { RuleContext } from "@anquan/core"
import { ART27_HIGH_RISK_ACTIVITIES, ART27_HIGH_RISK_SECTORS, factSlice, findings, inScope, iso, notApplicable } from "./shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const AssessmentFacts = factSlice(["sectors", "dangerousGoodsActivities", "keyPeople"], [])

type Facts = typeof AssessmentFacts.Type

const NOT_HIGH_RISK = notApplicable("not on the 第二十七条 high-risk list")
const principal = { zh: "主要负责人", en: "principal" } as const
const safetyOfficer = { zh: "安全生产管理人员", en: "safety officer" } as const

const evaluate = (subject: Facts, ctx: RuleContext): Outcome.Outcome => {
  const e = subject.enterprise
  const { asOf } = ctx
  const highRisk = inScope(e, ART27_HIGH_RISK_SECTORS, ART27_HIGH_RISK_ACTIVITIES)
  if (highRisk === false) return NOT_HIGH_RISK
  // Outside the high-risk list the article does not bind: without the scope there is nothing to decide.
  if (highRisk === undefined) return ctx.explain === false ? Outcome.quickIndeterminate : Outcome.indeterminate(["enterprise.dangerousGoodsActivities"])
  const out = findings(ctx)
  const people = e.keyPeople
  if (people === undefined) return out.need("enterprise.keyPeople").outcome()
  out.see("enterprise.sectors", e.sectors)
  let principals = 0
  for (let i = 0; i < people.length && !out.done; i++) {
    const person = people[i]!
    const isPrincipal = person.roles.includes("principal")
    if (!isPrincipal && !person.roles.includes("safety-officer")) continue
    if (isPrincipal) principals++
    const a = person.assessment
    // passed, and not only after the as-of day
    if (out.quick(a === undefined ? undefined : a.passed && isDatedByAsOf(a.date, asOf))) continue
    const who = isPrincipal ? principal : safetyOfficer
    const path = `enterprise.keyPeople[${i}].assessment`
    if (a === undefined) {
      out.need(path)
      continue
    }
    out.see(`${path}.passed`, a.passed)
    if (!a.passed) {
      out.problem(`${who.zh}${person.name}未经考核合格`, `${who.en} ${person.name} has not passed the assessment`)
    } else if (a.date !== undefined && isDatedAfterAsOf(a.date, asOf)) {
      out.see(`${path}.date`, iso(a.date))
      out.problem(
        `${who.zh}${person.name}于${iso(a.date)}才考核合格，在判定日尚未考核合格`,
        `${who.en} ${person.name} passed only on ${iso(a.date)}, after the as-of date`
      )
    }
  }
  if (principals === 0) out.need("enterprise.keyPeople[principal]")
  return out.outcome()
}

/**
 * 第二十七条 (考核), in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const principalSafetyStaffAssessment = Rule.define({
  id: "work-safety-law/principal-safety-staff-assessment",
  title: { "zh-CN": "主要负责人和安全生产管理人员考核合格", en: "Principal and safety staff assessed" },
  message: {
    "zh-CN": "高危行业单位的主要负责人或者安全生产管理人员未经安全生产知识和管理能力考核合格",
    en: "In a high-risk unit, the principal or a safety officer has not passed the statutory safety knowledge and management assessment"
  },
  remediation: {
    "zh-CN": "组织主要负责人和安全生产管理人员参加主管的负有安全生产监督管理职责的部门组织的安全生产知识和管理能力考核，考核合格后方可任职。",
    en: "Have the principal and every safety officer take the safety knowledge and management assessment of the supervising department, and keep them in post only once they have passed."
  },
  citation: { document: "work-safety-law-2021", article: 27, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 97, item: 2, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  facts: AssessmentFacts,
  reads: ["enterprise.sectors", "enterprise.dangerousGoodsActivities", "enterprise.keyPeople[].roles", "enterprise.keyPeople[].assessment"],
  evaluate
})
