/**
 * 安全设备符合标准、维护、检测 — 安全生产法 (2021) 第三十六条 (first paragraph).
 *
 * regulations.md §7: safety equipment must meet the standards, be maintained and periodically
 * tested, with records. Penalties 第九十九条(二) (安全设备 not to standard) and (三) (no maintenance or
 * testing).
 *
 * Reads `facts.safetyEquipment[].meetsStandards`, `.maintained`, `.tested`, `.recordsKept`.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { safetyEquipmentFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const EquipmentStandardsFacts = factSlice([], ["safetyEquipment"])

/**
 * 第三十六条第一款, in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const safetyEquipmentStandards = Rule.fromCondition({
  id: "work-safety-law/safety-equipment-standards",
  title: { "zh-CN": "安全设备符合标准并经常性维护、定期检测", en: "Safety equipment to standard, maintained and tested" },
  message: {
    "zh-CN": "安全设备不符合国家标准或者行业标准，或者未进行经常性维护、保养和定期检测，或者未作好记录",
    en: "Safety equipment does not meet the national or sector standards, or is not regularly maintained and periodically tested, or this is not recorded"
  },
  remediation: {
    "zh-CN": "使用符合国家标准或者行业标准的安全设备，进行经常性维护、保养和定期检测，并作好记录、由有关人员签字。",
    en: "Use safety equipment that meets the standards; maintain it regularly, test it periodically, and record and sign every maintenance and test."
  },
  citation: { document: "work-safety-law-2021", article: 36, verified: true },
  penalties: [
    { document: "work-safety-law-2021", article: 99, item: 2, verified: true },
    { document: "work-safety-law-2021", article: 99, item: 3, verified: true }
  ],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: EquipmentStandardsFacts,
  facts: safetyEquipmentFacts,
  evidence: "read",
  notApplicableWhen: Condition.none("facts.safetyEquipment"),
  notApplicableReason: "no safety equipment listed",
  violationWhen: Condition.some(
    "facts.safetyEquipment",
    Condition.any(
      Condition.because(Condition.eq("meetsStandards", false), "不符合国家标准或者行业标准", "does not meet the standards"),
      Condition.because(Condition.eq("maintained", false), "未进行经常性维护、保养", "not regularly maintained"),
      Condition.because(Condition.eq("tested", false), "未定期检测", "not periodically tested"),
      Condition.because(Condition.eq("recordsKept", false), "维护、保养、检测未作好记录", "maintenance and tests not recorded")
    ),
    { label: ["name", "id"], entry: { "zh-CN": "安全设备", en: "safety equipment" } }
  )
})
