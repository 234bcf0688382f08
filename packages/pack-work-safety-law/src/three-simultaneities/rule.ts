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
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { constructionProjectFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.1.0 */
export const ThreeSimultaneitiesFacts = factSlice([], ["constructionProjects"])

const PROJECTS = "facts.constructionProjects"
const NAME = "{name|id|=#+#}"

/** A duty recorded as not met, or (from `stages` on) not known to be met: 施工 from construction, 投入使用 at in-use. */
const dueFrom = (path: string, stages: ReadonlyArray<string>, zh: string, en: string) => {
  const words = [`建设项目${NAME}的安全设施${zh}`, `project ${NAME}: safety facilities ${en}`] as const
  return Condition.any(
    // a "no" counts at any stage
    Condition.when(
      Condition.eq({ fact: path, ifAbsent: true, evidence: false }, false),
      Condition.because(Condition.show(path), ...words),
      { scope: true }
    ),
    Condition.when(Condition.oneOf("stage", stages), Condition.because(Condition.eq(path, false), ...words), { scope: true })
  )
}

/**
 * 第三十一条, in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const threeSimultaneities = Rule.fromCondition({
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
  schema: ThreeSimultaneitiesFacts,
  facts: constructionProjectFacts,
  evidence: "read",
  notApplicableWhen: Condition.none(PROJECTS),
  notApplicableReason: "no construction project",
  violationWhen: Condition.some(
    PROJECTS,
    Condition.any(
      // which duties can be judged depends on the stage: not known, the project stays open
      Condition.not(Condition.oneOf("stage", ["design", "construction", "in-use"])),
      Condition.because(Condition.eq("safetyFacilitiesDesignedConcurrently", false),
        `建设项目${NAME}的安全设施未与主体工程同时设计`, `project ${NAME}: safety facilities not designed together with the main works`),
      Condition.because(Condition.eq("safetyInvestmentInBudget", false),
        `建设项目${NAME}的安全设施投资未纳入建设项目概算`, `project ${NAME}: safety investment not in the project budget`),
      dueFrom("safetyFacilitiesBuiltConcurrently", ["construction", "in-use"], "未与主体工程同时施工", "not built together with the main works"),
      dueFrom("safetyFacilitiesInUseConcurrently", ["in-use"], "未与主体工程同时投入生产和使用", "not put into use together with the main works")
    ),
    { heading: false }
  )
})
