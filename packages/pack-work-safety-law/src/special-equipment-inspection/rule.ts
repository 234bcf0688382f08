/**
 * 危险物品容器、运输工具和特种设备检测检验 — 安全生产法 (2021) 第三十七条.
 *
 * regulations.md §7: 危险物品 containers and transport vehicles, offshore-oil and underground-mine
 * 特种设备 are tested by a qualified body and carry a 安全使用证 or 安全标志. Penalty 第九十九条(六)
 * (containers or special equipment not inspected).
 *
 * Reads `facts.specialEquipment[].inspectedByQualifiedBody` and `.certified`.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { specialEquipmentFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const SpecialEquipmentRuleFacts = factSlice([], ["specialEquipment"])

/**
 * 第三十七条, in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const specialEquipmentInspection = Rule.fromCondition({
  id: "work-safety-law/special-equipment-inspection",
  title: { "zh-CN": "危险物品容器、运输工具和特种设备检测检验合格", en: "Dangerous-goods containers, vehicles and special equipment tested and certified" },
  message: {
    "zh-CN": "危险物品的容器、运输工具，或者海洋石油开采、矿山井下特种设备未经具有专业资质的机构检测、检验合格，或者未取得安全使用证或者安全标志",
    en: "A dangerous-goods container or vehicle, or offshore-oil or underground-mine special equipment, is used without passing a qualified body's tests or without a safety-use certificate or safety mark"
  },
  remediation: {
    "zh-CN": "停止使用，经具有专业资质的检测、检验机构检测、检验合格，取得安全使用证或者安全标志后方可投入使用。",
    en: "Stop using it until a qualified body has tested it and it has a safety-use certificate or safety mark."
  },
  citation: { document: "work-safety-law-2021", article: 37, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 99, item: 6, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: SpecialEquipmentRuleFacts,
  facts: specialEquipmentFacts,
  evidence: "read",
  notApplicableWhen: Condition.none("facts.specialEquipment"),
  notApplicableReason: "no dangerous-goods container or vehicle, offshore-oil or underground-mine special equipment",
  violationWhen: Condition.some(
    "facts.specialEquipment",
    Condition.any(
      Condition.because(Condition.eq("inspectedByQualifiedBody", false), "未经具有专业资质的机构检测、检验合格", "not passed by a qualified body"),
      Condition.because(Condition.eq("certified", false), "未取得安全使用证或者安全标志", "no safety-use certificate or safety mark")
    ),
    { label: ["name", "id"], entry: { "zh-CN": "设备", en: "equipment" } }
  )
})
