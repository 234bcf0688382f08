/**
 * 安全警示标志 — 安全生产法 (2021) 第三十五条.
 *
 * regulations.md §7 gives the article as 安全警示标志: places, installations and equipment with
 * major danger factors (有较大危险因素) carry a conspicuous safety warning sign. Penalty
 * 第九十九条(一) (no warning signs).
 *
 * Reads `facts.hazardousLocations`: the places and installations the unit lists as having major
 * danger factors (a confined space, a dangerous-goods store, a gas room, …), each with
 * `warningSign`. Which places have such factors is the input's word; the law gives no list.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { hazardousLocationFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const WarningSignFacts = factSlice([], ["hazardousLocations"])

/**
 * 第三十五条, in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const safetyWarningSigns = Rule.fromCondition({
  id: "work-safety-law/safety-warning-signs",
  title: { "zh-CN": "设置明显的安全警示标志", en: "Conspicuous safety warning signs" },
  message: {
    "zh-CN": "有较大危险因素的生产经营场所或者有关设施、设备上未设置明显的安全警示标志",
    en: "A place, installation or piece of equipment with major danger factors carries no conspicuous safety warning sign"
  },
  remediation: {
    "zh-CN": "在有较大危险因素的生产经营场所和有关设施、设备上设置明显的安全警示标志。",
    en: "Put conspicuous safety warning signs on every place, installation and piece of equipment with major danger factors."
  },
  citation: { document: "work-safety-law-2021", article: 35, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 99, item: 1, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: WarningSignFacts,
  facts: hazardousLocationFacts,
  evidence: "read",
  notApplicableWhen: Condition.none("facts.hazardousLocations"),
  notApplicableReason: "no place or installation with major danger factors",
  violationWhen: Condition.some(
    "facts.hazardousLocations",
    Condition.all(
      Condition.show("kind"),
      Condition.because(
        Condition.eq("warningSign", false),
        "{kind:label|=场所}{name|id|#}未设置明显的安全警示标志",
        "{kind:label|=place} {name|id|#} has no conspicuous safety warning sign"
      )
    ),
    { heading: false }
  )
})
