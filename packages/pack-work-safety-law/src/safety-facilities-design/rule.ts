/**
 * 安全设施设计审查和按设计施工 — 安全生产法 (2021) 第三十三条.
 *
 * regulations.md §7 (第三十三条 – 第三十四条, the project types of 第三十二条: 矿山, 金属冶炼, and projects
 * for producing, storing or loading 危险物品): the 安全设施设计 must be reviewed by the authorities,
 * and the builder must follow the approved design. Penalty 第九十八条 (no or unreviewed design;
 * building not to the approved design).
 *
 * Reads `facts.constructionProjects[].kind`, `.stage`, `.designReviewed`, `.builtToApprovedDesign`.
 * The review is asked of a project under construction or in use; following the design likewise.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { constructionProjectFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const SafetyFacilitiesDesignFacts = factSlice([], ["constructionProjects"])

/**
 * 第三十三条, in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const safetyFacilitiesDesign = Rule.fromCondition({
  id: "work-safety-law/safety-facilities-design",
  title: { "zh-CN": "高危建设项目安全设施设计审查和按设计施工", en: "Safety facilities design reviewed and followed" },
  message: {
    "zh-CN": "矿山、金属冶炼建设项目或者用于生产、储存、装卸危险物品的建设项目的安全设施设计未经审查，或者未按照批准的安全设施设计施工",
    en: "A mine, metal-smelting or dangerous-goods project is built without its safety facilities design being reviewed, or not to the approved design"
  },
  remediation: {
    "zh-CN": "将安全设施设计报有关部门审查，审查同意后按照批准的安全设施设计施工。",
    en: "Have the safety facilities design reviewed by the authorities before building, and build to the approved design."
  },
  citation: { document: "work-safety-law-2021", article: 33, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 98, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: SafetyFacilitiesDesignFacts,
  facts: constructionProjectFacts,
  evidence: "read",
  notApplicableWhen: Condition.every("facts.constructionProjects", Condition.any(Condition.eq("kind", "other"), Condition.eq("stage", "design"))),
  notApplicableReason: "no mine, metal-smelting or dangerous-goods project under construction or in use",
  violationWhen: Condition.some(
    "facts.constructionProjects",
    Condition.when(
      Condition.all(Condition.oneOf("kind", ["mine", "metal-smelting", "dangerous-goods"]), Condition.oneOf("stage", ["construction", "in-use"])),
      Condition.any(
        Condition.because(Condition.eq("designReviewed", false), "{kind:label}{name|id|#}的安全设施设计未经审查", "the safety facilities design of {kind:label} {name|id|#} was not reviewed"),
        Condition.because(Condition.eq("builtToApprovedDesign", false), "{kind:label}{name|id|#}未按照批准的安全设施设计施工", "{kind:label} {name|id|#} not built to the approved design")
      ),
      { scope: true }
    ),
    { heading: false }
  )
})
