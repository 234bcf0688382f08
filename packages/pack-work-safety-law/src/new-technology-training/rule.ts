/**
 * 采用新工艺、新技术、新材料、新设备的专门培训 — 安全生产法 (2021) 第二十九条.
 *
 * regulations.md §7: special training for 新工艺、新技术、新材料、新设备. Penalty 第九十七条(三)
 * (no training for staff): the article is a training duty owed to the unit's staff.
 *
 * Reads `facts.newTechnologies` (those adopted after the as-of day are ignored).
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { newTechnologyFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const NewTechnologyRuleFacts = factSlice([], ["newTechnologies"])

/**
 * 第二十九条, in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const newTechnologyTraining = Rule.fromCondition({
  id: "work-safety-law/new-technology-training",
  title: { "zh-CN": "采用新工艺、新技术、新材料、新设备的专门培训", en: "Dedicated training for new processes, techniques, materials and equipment" },
  message: {
    "zh-CN": "采用新工艺、新技术、新材料或者使用新设备，未对从业人员进行专门的安全生产教育和培训",
    en: "A new process, technique, material or piece of equipment was adopted without dedicated safety training of the staff"
  },
  remediation: {
    "zh-CN": "采用新工艺、新技术、新材料或者使用新设备，了解、掌握其安全技术特性，采取有效的安全防护措施，并对从业人员进行专门的安全生产教育和培训。",
    en: "When adopting a new process, technique, material or equipment, learn its safety characteristics, take protective measures and give the staff dedicated safety training."
  },
  citation: { document: "work-safety-law-2021", article: 29, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 97, item: 3, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: NewTechnologyRuleFacts,
  facts: newTechnologyFacts,
  evidence: "read",
  notApplicableWhen: Condition.none("facts.newTechnologies", undefined, { asOf: "date" }),
  notApplicableReason: "no new process, technique, material or equipment adopted",
  violationWhen: Condition.some(
    "facts.newTechnologies",
    Condition.because(Condition.eq("staffTrained", false), "采用{kind:label|=新工艺、新技术、新材料、新设备}{name|#}未对从业人员进行专门的安全生产教育和培训", "{kind:label|=new item} {name|#} adopted without dedicated staff training"),
    { heading: false, asOf: "date" }
  )
})
