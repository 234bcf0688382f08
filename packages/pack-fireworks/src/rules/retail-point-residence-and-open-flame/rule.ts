/**
 * 第20项 — 零售点与居民居住场所设置在同一建筑物内或者在零售场所使用明火.
 *
 * Applies to retail points only (`unitKinds` includes `retail-point`). Reads
 * `facts.retailPremises.sameBuildingAsResidence` and `facts.retailPremises.openFlameUsed`; either
 * `true` is a violation.
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import { Schema } from "effect"
import { factLabels } from "../../facts/labels.ts"
import { citation, effective, fireworksRetailPoints, factsSlice, penalty102 } from "../metadata.ts"

/** The facts the rule reads. @since 0.1.0 */
export const RetailPremisesFacts = Schema.Struct({ facts: factsSlice(["retailPremises"]) })

/**
 * @since 0.1.0
 */
export const retailPointResidenceAndOpenFlame = Rule.fromCondition({
  id: "fireworks/retail-point-residence-and-open-flame",
  title: { "zh-CN": "零售点不与居民居住场所同一建筑物，零售场所不使用明火", en: "Retail point apart from homes; no open flame in the shop" },
  message: {
    "zh-CN": "零售点与居民居住场所设置在同一建筑物内或者在零售场所使用明火",
    en: "The retail point is in the same building as people's homes, or open flame is used on the retail premises"
  },
  remediation: {
    "zh-CN": "立即停止在与居民居住场所同一建筑物内的零售点销售烟花爆竹，另选符合条件的场所；零售场所严禁使用明火，清除明火源。",
    en: "Stop selling fireworks from a retail point in the same building as homes and move to a suitable place; never use open flame on the retail premises and remove every source of it."
  },
  citation: citation(20),
  penalties: [penalty102],
  severity: "major",
  appliesTo: fireworksRetailPoints,
  effective,
  schema: RetailPremisesFacts,
  facts: factLabels("facts.retailPremises.sameBuildingAsResidence", "facts.retailPremises.openFlameUsed"),
  violationWhen: Condition.any(
    Condition.because(
      Condition.eq("facts.retailPremises.sameBuildingAsResidence", true),
      "零售点与居民居住场所设置在同一建筑物内",
      "the retail point is in the same building as people's homes"
    ),
    Condition.because(Condition.eq("facts.retailPremises.openFlameUsed", true), "在零售场所使用明火", "open flame is used on the retail premises")
  )
})
