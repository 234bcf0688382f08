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
import { Rule } from "@anquan/core"
import type { Outcome, RuleContext } from "@anquan/core"
import { factSlice, findings, notApplicable } from "./shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const SafetyEvaluationFacts = factSlice([], ["constructionProjects"])

type Facts = typeof SafetyEvaluationFacts.Type

const kindLabel = {
  mine: { zh: "矿山建设项目", en: "mine project" },
  "metal-smelting": { zh: "金属冶炼建设项目", en: "metal-smelting project" },
  "dangerous-goods": { zh: "危险物品建设项目", en: "dangerous-goods project" }
} as const

const NO_PROJECT = notApplicable("no mine, metal-smelting or dangerous-goods project")

const evaluate = (subject: Facts, ctx: RuleContext): Outcome.Outcome => {
  const out = findings(ctx)
  const projects = subject.facts?.constructionProjects
  if (projects === undefined) return out.need("facts.constructionProjects").outcome()
  let relevant = 0
  for (let i = 0; i < projects.length && !out.done; i++) {
    const p = projects[i]!
    if (p.kind === "other") continue
    if (p.kind !== undefined) relevant++
    // evaluated (a project of unknown kind may be one that needs it)
    if (out.quick(p.kind === undefined ? undefined : p.safetyEvaluation)) continue
    const path = `facts.constructionProjects[${i}]`
    if (p.kind === undefined) {
      out.need(`${path}.kind`)
      continue
    }
    out.see(`${path}.kind`, p.kind)
    const name = p.name ?? p.id ?? `#${i + 1}`
    const label = kindLabel[p.kind]
    out.duty(`${path}.safetyEvaluation`, p.safetyEvaluation,
      `${label.zh}${name}未按照规定进行安全评价`, `${label.en} ${name} has had no safety evaluation`)
  }
  if (relevant === 0 && !out.incomplete) return NO_PROJECT
  return out.outcome()
}

/**
 * 第三十二条, in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const constructionProjectSafetyEvaluation = Rule.define({
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
  facts: SafetyEvaluationFacts,
  reads: ["facts.constructionProjects[].kind", "facts.constructionProjects[].safetyEvaluation"],
  evaluate
})
