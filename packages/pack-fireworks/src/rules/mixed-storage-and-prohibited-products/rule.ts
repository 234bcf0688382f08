/**
 * 第19项 — 烟花爆竹仓库存放其它爆炸物等危险物品或者生产经营违禁超标产品.
 *
 * - Any entry in a store's `otherDangerousGoods` (其它爆炸物等危险物品 kept in a fireworks store) is a
 *   violation;
 * - `facts.dealsInProhibitedOrSubstandardProducts: true` (生产经营违禁超标产品) is a violation.
 *
 * A unit with no stores is still concerned by the second situation.
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import { Schema } from "effect"
import { factLabels } from "../../facts/labels.ts"
import { STORE } from "../buildings.ts"
import { citation, effective, everyFireworksUnit, factsSlice, penalty102 } from "../metadata.ts"

/** The facts the rule reads. @since 0.1.0 */
export const MixedStorageFacts = Schema.Struct({ facts: factsSlice(["stores", "dealsInProhibitedOrSubstandardProducts"]) })

/**
 * @since 0.1.0
 */
export const mixedStorageAndProhibitedProducts = Rule.fromCondition({
  id: "fireworks/mixed-storage-and-prohibited-products",
  title: { "zh-CN": "烟花爆竹仓库不混存其它危险物品，不生产经营违禁超标产品", en: "No other dangerous goods in fireworks stores; no prohibited or over-standard products" },
  message: {
    "zh-CN": "烟花爆竹仓库存放其它爆炸物等危险物品或者生产经营违禁超标产品",
    en: "A fireworks store holds other explosives or dangerous goods, or the unit produces or trades prohibited or over-standard products"
  },
  remediation: {
    "zh-CN": "立即将其它爆炸物等危险物品清出烟花爆竹仓库，交由具备条件的单位处置；立即停止生产经营违禁超标产品，封存并依法销毁。",
    en: "Move the other explosives and dangerous goods out of the fireworks stores at once and hand them to a qualified unit; stop producing or trading prohibited or over-standard products, seal them and have them destroyed lawfully."
  },
  citation: citation(19),
  penalties: [penalty102],
  severity: "major",
  appliesTo: everyFireworksUnit,
  effective,
  schema: MixedStorageFacts,
  facts: factLabels("facts.stores", "facts.dealsInProhibitedOrSubstandardProducts"),
  violationWhen: Condition.any(
    Condition.some(
      "facts.stores",
      Condition.because(Condition.nonEmpty("otherDangerousGoods"), "库房「{$entry}」存放其它危险物品：{otherDangerousGoods}", "store \"{$entry}\" also holds {otherDangerousGoods}"),
      { ...STORE, heading: false }
    ),
    Condition.because(
      Condition.eq("facts.dealsInProhibitedOrSubstandardProducts", true),
      "生产经营违禁超标产品",
      "the unit produces or trades prohibited or over-standard products"
    )
  )
})
