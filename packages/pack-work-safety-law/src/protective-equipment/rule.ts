/**
 * 劳动防护用品 — 安全生产法 (2021) 第四十五条.
 *
 * regulations.md §7: PPE (第四十五条) — the unit provides its workers with protective equipment that
 * meets the standards. Penalty 第九十九条(五) (no PPE provided).
 *
 * Reads `facts.protectiveEquipment.provided` and `.meetsStandards`.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { protectiveEquipmentFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const ProtectiveEquipmentRuleFacts = factSlice([], ["protectiveEquipment"])

/**
 * 第四十五条, in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const protectiveEquipment = Rule.fromCondition({
  id: "work-safety-law/protective-equipment",
  title: { "zh-CN": "提供符合标准的劳动防护用品", en: "Protective equipment to standard" },
  message: {
    "zh-CN": "未为从业人员提供符合国家标准或者行业标准的劳动防护用品",
    en: "Workers are not provided with protective equipment that meets the national or sector standards"
  },
  remediation: {
    "zh-CN": "为从业人员提供符合国家标准或者行业标准的劳动防护用品，并监督、教育从业人员按照使用规则佩戴、使用。",
    en: "Provide workers with protective equipment that meets the standards, and see that they wear and use it as required."
  },
  citation: { document: "work-safety-law-2021", article: 45, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 99, item: 5, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: ProtectiveEquipmentRuleFacts,
  facts: protectiveEquipmentFacts,
  evidence: "read",
  violationWhen: Condition.any(
    Condition.because(Condition.eq("facts.protectiveEquipment.provided", false), "未为从业人员提供劳动防护用品", "no protective equipment provided"),
    // the standard is asked only of equipment that may have been provided
    Condition.unless(
      Condition.eq("facts.protectiveEquipment.provided", false),
      Condition.because(Condition.eq("facts.protectiveEquipment.meetsStandards", false), "劳动防护用品不符合国家标准或者行业标准", "protective equipment not to standard")
    )
  )
})
