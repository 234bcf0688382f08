/**
 * 三同时 — 安全生产法 (2021) 第三十一条.
 *
 * 生产经营单位新建、改建、扩建工程项目（以下统称建设项目）的安全设施，必须与主体工程同时设计、
 * 同时施工、同时投入生产和使用。安全设施投资应当纳入建设项目概算。
 *
 * Reads `facts.constructionProjects`. Which duties a project can already be judged on depends on
 * its stage: 同时设计 and 概算 always; 同时施工 from `construction`; 同时投入生产和使用 at `in-use`.
 * A duty recorded as not met is a violation at any stage.
 *
 * No penalty is attached: regulations.md §7 lists none for 第三十一条 itself (第九十八条 covers the
 * 第三十二–三十四条 projects only).
 *
 * @since 0.1.0
 */
import { Rule } from "@anquan/core"
import type { Outcome, RuleContext } from "@anquan/core"
import { and3, factSlice, findings, notApplicable } from "./shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const ThreeSimultaneitiesFacts = factSlice([], ["constructionProjects"])

type Facts = typeof ThreeSimultaneitiesFacts.Type

const stageRank = { design: 0, construction: 1, "in-use": 2 } as const

const NO_PROJECT = notApplicable("no construction project")

const evaluate = (subject: Facts, ctx: RuleContext): Outcome.Outcome => {
  const out = findings(ctx)
  const projects = subject.facts?.constructionProjects
  if (projects === undefined) return out.need("facts.constructionProjects").outcome()
  if (projects.length === 0) return NO_PROJECT
  for (let i = 0; i < projects.length && !out.done; i++) {
    const p = projects[i]!
    const rank = p.stage === undefined ? undefined : stageRank[p.stage]
    const built = p.safetyFacilitiesBuiltConcurrently
    const inUse = p.safetyFacilitiesInUseConcurrently
    // 施工 is due from the construction stage, 投入生产和使用 at in-use; a "no" counts at any stage
    const builtDue = built === false || (rank !== undefined && rank >= 1)
    const inUseDue = inUse === false || rank === 2
    // the stage known; designed together and in the budget; built and in use together when due
    const met = and3(
      and3(p.stage === undefined ? undefined : true, and3(p.safetyFacilitiesDesignedConcurrently, p.safetyInvestmentInBudget)),
      and3(builtDue ? built : true, inUseDue ? inUse : true)
    )
    if (out.quick(met)) continue
    const path = `facts.constructionProjects[${i}]`
    const name = p.name ?? p.id ?? `#${i + 1}`
    if (p.stage === undefined) out.need(`${path}.stage`)
    else out.see(`${path}.stage`, p.stage)
    out.duty(`${path}.safetyFacilitiesDesignedConcurrently`, p.safetyFacilitiesDesignedConcurrently,
      `建设项目${name}的安全设施未与主体工程同时设计`, `project ${name}: safety facilities not designed together with the main works`)
    out.duty(`${path}.safetyInvestmentInBudget`, p.safetyInvestmentInBudget,
      `建设项目${name}的安全设施投资未纳入建设项目概算`, `project ${name}: safety investment not in the project budget`)
    if (builtDue) {
      out.duty(`${path}.safetyFacilitiesBuiltConcurrently`, built,
        `建设项目${name}的安全设施未与主体工程同时施工`, `project ${name}: safety facilities not built together with the main works`)
    }
    if (inUseDue) {
      out.duty(`${path}.safetyFacilitiesInUseConcurrently`, inUse,
        `建设项目${name}的安全设施未与主体工程同时投入生产和使用`, `project ${name}: safety facilities not put into use together with the main works`)
    }
  }
  return out.outcome()
}

/**
 * 第三十一条, in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const threeSimultaneities = Rule.define({
  id: "work-safety-law/three-simultaneities",
  title: { "zh-CN": "建设项目安全设施“三同时”", en: "Three simultaneities for construction projects" },
  message: {
    "zh-CN": "建设项目的安全设施未与主体工程同时设计、同时施工、同时投入生产和使用，或者安全设施投资未纳入建设项目概算",
    en: "A construction project's safety facilities were not designed, built and put into use together with the main works, or their cost is not in the project budget"
  },
  remediation: {
    "zh-CN": "新建、改建、扩建工程项目的安全设施必须与主体工程同时设计、同时施工、同时投入生产和使用，并将安全设施投资纳入建设项目概算。",
    en: "Design, build and commission the safety facilities of every new, rebuilt or extended project together with the main works, and put their cost into the project budget."
  },
  citation: { document: "work-safety-law-2021", article: 31, verified: true },
  severity: "general",
  effective: { from: "2021-09-01" },
  facts: ThreeSimultaneitiesFacts,
  reads: [
    "facts.constructionProjects[].stage",
    "facts.constructionProjects[].safetyFacilitiesDesignedConcurrently",
    "facts.constructionProjects[].safetyFacilitiesBuiltConcurrently",
    "facts.constructionProjects[].safetyFacilitiesInUseConcurrently",
    "facts.constructionProjects[].safetyInvestmentInBudget"
  ],
  evaluate
})
