/**
 * 第5项 — 工(库)房实际滞留、存储药量超过核定药量.
 *
 * For every 工房 and 库房: `actualExplosiveKg > approvedExplosiveKg` is a violation. "超过" excludes
 * the number itself: exactly the approved quantity is compliant. A unit known to have no 工(库)房
 * is not concerned.
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import { Schema } from "effect"
import { factLabels } from "../../facts/labels.ts"
import { hasNoBuildings, noBuildingsReason, someBuilding } from "../buildings.ts"
import { citation, effective, everyFireworksUnit, factsSlice, penalty102 } from "../metadata.ts"

/** The facts the rule reads. @since 0.1.0 */
export const ExplosiveQuantityFacts = Schema.Struct({ facts: factsSlice(["workshops", "stores"]) })

/**
 * @since 0.1.0
 */
export const buildingExplosiveQuantity = Rule.fromCondition({
  id: "fireworks/building-explosive-quantity",
  title: { "zh-CN": "工(库)房药量不超过核定药量", en: "Explosive quantity within the approved quantity" },
  message: {
    "zh-CN": "工(库)房实际滞留、存储药量超过核定药量",
    en: "A workshop or store holds more explosive material than its approved quantity"
  },
  remediation: {
    "zh-CN": "立即将超量药物、半成品、成品转运至有余量的库房，按核定药量组织生产和储存，及时转运，严禁超量滞留。",
    en: "Move the excess compositions, semi-finished and finished products at once to stores with spare approved capacity; produce and store within the approved quantities and move material out promptly."
  },
  citation: citation(5),
  penalties: [penalty102],
  severity: "major",
  appliesTo: everyFireworksUnit,
  effective,
  schema: ExplosiveQuantityFacts,
  facts: factLabels("facts.workshops", "facts.stores"),
  notApplicableWhen: hasNoBuildings,
  notApplicableReason: noBuildingsReason,
  violationWhen: someBuilding(
    Condition.because(
      Condition.gt("actualExplosiveKg", Condition.fact("approvedExplosiveKg")),
      "实际药量{actualExplosiveKg}kg，超过核定药量{approvedExplosiveKg}kg",
      "{actualExplosiveKg} kg of explosive material, more than the approved {approvedExplosiveKg} kg"
    )
  )
})
