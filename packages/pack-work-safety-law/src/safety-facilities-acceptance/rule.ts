/**
 * 安全设施竣工验收 — 安全生产法 (2021) 第三十四条.
 *
 * regulations.md §7 (第三十三条 – 第三十四条, same project types): the 建设单位 organises the 验收 of the
 * safety facilities before use. Penalty 第九十八条 (no 验收 before use).
 *
 * Reads `facts.constructionProjects[].kind`, `.stage` and `.safetyFacilitiesAccepted`: asked of a
 * mine, metal-smelting or dangerous-goods project in use.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { constructionProjectFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const SafetyFacilitiesAcceptanceFacts = factSlice([], ["constructionProjects"])

/**
 * 第三十四条, in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const safetyFacilitiesAcceptance = Rule.fromCondition({
  id: "work-safety-law/safety-facilities-acceptance",
  title: { "zh-CN": "高危建设项目安全设施验收", en: "Safety facilities accepted before use" },
  message: {
    "zh-CN": "矿山、金属冶炼建设项目或者用于生产、储存、装卸危险物品的建设项目投入生产或者使用前，安全设施未经验收合格",
    en: "A mine, metal-smelting or dangerous-goods project is in use without its safety facilities having been accepted"
  },
  remediation: {
    "zh-CN": "竣工投入生产或者使用前，由建设单位负责组织对安全设施进行验收，验收合格后方可投入生产和使用。",
    en: "Before the project is used, the builder organises the acceptance of its safety facilities; use it only once they pass."
  },
  citation: { document: "work-safety-law-2021", article: 34, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 98, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: SafetyFacilitiesAcceptanceFacts,
  facts: constructionProjectFacts,
  evidence: "read",
  notApplicableWhen: Condition.every("facts.constructionProjects", Condition.any(Condition.eq("kind", "other"), Condition.oneOf("stage", ["design", "construction"]))),
  notApplicableReason: "no mine, metal-smelting or dangerous-goods project in use",
  violationWhen: Condition.some(
    "facts.constructionProjects",
    Condition.when(
      Condition.all(Condition.oneOf("kind", ["mine", "metal-smelting", "dangerous-goods"]), Condition.eq("stage", "in-use")),
      Condition.because(Condition.eq("safetyFacilitiesAccepted", false), "{kind:label}{name|id|#}投入使用前安全设施未经验收合格", "{kind:label} {name|id|#} in use without its safety facilities accepted"),
      { scope: true }
    ),
    { heading: false }
  )
})
