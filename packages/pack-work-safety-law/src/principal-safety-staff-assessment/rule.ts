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
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { keyPeopleFacts, scopeFacts } from "../facts/labels.ts"
import { ART27_HIGH_RISK_ACTIVITIES, ART27_HIGH_RISK_SECTORS } from "../facts/scopes.ts"

/** The facts the rule reads. @since 0.1.0 */
export const AssessmentFacts = factSlice(["sectors", "dangerousGoodsActivities", "keyPeople"], [])

const PEOPLE = "enterprise.keyPeople"

/** The person, in the role `zh` / `en`, has not passed — or passed only after the as-of day. */
const assessed = (zh: string, en: string) =>
  Condition.any(
    Condition.because(Condition.eq("assessment.passed", false), `${zh}{name}未经考核合格`, `${en} {name} has not passed the assessment`),
    // a pass dated after the as-of day had not happened yet (an undated pass counts)
    Condition.when(
      Condition.eq("assessment.passed", true),
      Condition.when(
        Condition.not(Condition.happened("assessment.date")),
        Condition.because(
          Condition.eq("assessment.passed", true),
          `${zh}{name}于{assessment.date}才考核合格，在判定日尚未考核合格`,
          `${en} {name} passed only on {assessment.date}, after the as-of date`
        ),
        { scope: true }
      ),
      { guardEvidence: false }
    )
  )

/**
 * 第二十七条 (考核), in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const principalSafetyStaffAssessment = Rule.fromCondition({
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
  schema: AssessmentFacts,
  facts: { ...scopeFacts, ...keyPeopleFacts },
  evidence: "read",
  // outside the high-risk list the article does not bind
  notApplicableWhen: Condition.not(
    Condition.any(Condition.oneOf("enterprise.sectors", ART27_HIGH_RISK_SECTORS), Condition.oneOf("enterprise.dangerousGoodsActivities", ART27_HIGH_RISK_ACTIVITIES))
  ),
  notApplicableReason: "not on the 第二十七条 high-risk list",
  violationWhen: Condition.all(
    Condition.show("enterprise.sectors"),
    Condition.any(
      Condition.some(
        PEOPLE,
        Condition.any(
          Condition.when(Condition.oneOf("roles", ["principal"]), assessed("主要负责人", "principal"), { guardEvidence: false }),
          Condition.when(
            Condition.all(Condition.not(Condition.oneOf("roles", ["principal"])), Condition.oneOf("roles", ["safety-officer"])),
            assessed("安全生产管理人员", "safety officer"),
            { guardEvidence: false }
          )
        ),
        { heading: false }
      ),
      // whether the unit has safety staff at all is the staffing rule's business; a principal it must have
      Condition.when(Condition.none(PEOPLE, Condition.oneOf("roles", ["principal"])), Condition.unknown("enterprise.keyPeople[principal]"), { guardEvidence: false })
    )
  )
})
