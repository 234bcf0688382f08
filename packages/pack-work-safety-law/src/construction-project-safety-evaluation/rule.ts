/**
 * 建设项目安全评价 — 安全生产法 (2021) 第三十二条.
 *
 * 矿山、金属冶炼建设项目和用于生产、储存、装卸危险物品的建设项目，应当按照国家有关规定进行安全评价。
 *
 * Reads `facts.constructionProjects[].kind` (`mine`, `metal-smelting`, `dangerous-goods`, `other`)
 * and `.safetyEvaluation`. The project's kind decides, not the unit's sector: a chemical plant's
 * office building is `other`.
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { constructionProjectFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.1.0 */
export const SafetyEvaluationFacts = factSlice([], ["constructionProjects"])

const PROJECTS = "facts.constructionProjects"

/**
 * 第三十二条, in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const constructionProjectSafetyEvaluation = Rule.fromCondition({
  id: "work-safety-law/construction-project-safety-evaluation",
  title: { "zh-CN": "高危建设项目安全评价", en: "Safety evaluation of high-risk construction projects" },
  message: {
    "zh-CN": "矿山、金属冶炼建设项目或者用于生产、储存、装卸危险物品的建设项目未按照规定进行安全评价",
    en: "A mine, metal-smelting or dangerous-goods (production, storage, loading) construction project has had no safety evaluation"
  },
  remediation: {
    "zh-CN": "按照国家有关规定对矿山、金属冶炼建设项目和用于生产、储存、装卸危险物品的建设项目进行安全评价。",
    en: "Have a safety evaluation of the project carried out as the national rules require."
  },
  citation: { document: "work-safety-law-2021", article: 32, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 98, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: SafetyEvaluationFacts,
  facts: constructionProjectFacts,
  evidence: "read",
  notApplicableWhen: Condition.every(PROJECTS, Condition.eq("kind", "other")),
  notApplicableReason: "no mine, metal-smelting or dangerous-goods project",
  // the project's kind decides, not the unit's sector; one of unknown kind may be one that needs it
  violationWhen: Condition.some(
    PROJECTS,
    Condition.when(
      Condition.oneOf("kind", ["mine", "metal-smelting", "dangerous-goods"]),
      Condition.because(Condition.eq("safetyEvaluation", false), "{kind:label}{name|id|#}未按照规定进行安全评价", "{kind:label} {name|id|#} has had no safety evaluation"),
      { scope: true }
    ),
    { heading: false }
  )
})
