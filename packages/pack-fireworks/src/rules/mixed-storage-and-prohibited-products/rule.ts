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
import { Rule } from "@anquan/core"
import { Schema } from "effect"
import { at, citation, collector, effective, everyFireworksUnit, factsSlice, penalty102, read } from "../shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const MixedStorageFacts = Schema.Struct({ facts: factsSlice(["stores", "dealsInProhibitedOrSubstandardProducts"]) })

/**
 * @since 0.1.0
 */
export const mixedStorageAndProhibitedProducts = Rule.define({
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
  facts: MixedStorageFacts,
  reads: ["facts.stores[].otherDangerousGoods", "facts.dealsInProhibitedOrSubstandardProducts"],
  evaluate: ({ facts }, context) => {
    const c = collector(context)
    const stores = facts?.stores
    if (stores === undefined) c.missing("facts.stores")
    else {
      for (let i = 0; i < stores.length && !c.done; i++) {
        const s = stores[i]!
        const goods = s.otherDangerousGoods
        if (goods === undefined) {
          if (c.unknown()) c.missing(at("facts.stores", i, "otherDangerousGoods"))
        } else if (goods.length > 0) {
          if (c.breach()) {
            const name = [s.id, s.name].filter((x) => x !== undefined).join(" ")
            const zh = name === "" ? `第${i + 1}个库房` : `库房「${name}」`
            const en = name === "" ? `store #${i + 1}` : `store "${name}"`
            c.violation([{ path: at("facts.stores", i, "otherDangerousGoods"), value: goods }], `${zh}存放其它危险物品：${goods.join("、")}`, `${en} also holds ${goods.join(", ")}`)
          }
        } else if (c.explain) c.see(at("facts.stores", i, "otherDangerousGoods"), [])
      }
    }
    if (read(c, "facts.dealsInProhibitedOrSubstandardProducts", facts?.dealsInProhibitedOrSubstandardProducts) === true && c.breach()) {
      c.violation(
        [{ path: "facts.dealsInProhibitedOrSubstandardProducts", value: true }],
        "生产经营违禁超标产品",
        "the unit produces or trades prohibited or over-standard products"
      )
    }
    return c.outcome()
  }
})
