/**
 * 第5项 — 工(库)房实际滞留、存储药量超过核定药量.
 *
 * For every 工房 and 库房: `actualExplosiveKg > approvedExplosiveKg` is a violation. "超过" excludes
 * the number itself: exactly the approved quantity is compliant. A unit known to have no 工(库)房
 * is not concerned.
 *
 * @since 0.1.0
 */
import { Rule } from "@anquan/core"
import { Schema } from "effect"
import type { Store, Workshop } from "../../facts/FireworksFacts.ts"
import { buildingPath, buildingRef, citation, effective, everyFireworksUnit, factsSlice, judgeBuildings, num, penalty102 } from "../shared.ts"
import type { BuildingKind, Collector } from "../shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const ExplosiveQuantityFacts = Schema.Struct({ facts: factsSlice(["workshops", "stores"]) })

/** Checks building `i` of `kind`. */
const check = (c: Collector, kind: BuildingKind, b: Workshop | Store, i: number): void => {
  const approved = b.approvedExplosiveKg
  const actual = b.actualExplosiveKg
  if (approved === undefined || actual === undefined) {
    if (c.unknown()) {
      const path = buildingPath(kind, i)
      if (approved === undefined) c.missing(`${path}.approvedExplosiveKg`)
      if (actual === undefined) c.missing(`${path}.actualExplosiveKg`)
    }
    return
  }
  if (actual > approved) {
    if (c.breach()) {
      const r = buildingRef(kind, b, i)
      c.violation(
        [{ path: `${r.path}.approvedExplosiveKg`, value: approved }, { path: `${r.path}.actualExplosiveKg`, value: actual }],
        `${r.zh}实际药量${num(actual)}kg，超过核定药量${num(approved)}kg（超出${num(actual - approved)}kg）`,
        `${r.en}: ${num(actual)} kg of explosive material, more than the approved ${num(approved)} kg (${num(actual - approved)} kg over)`
      )
    }
  } else if (c.explain) {
    const path = buildingPath(kind, i)
    c.see(`${path}.approvedExplosiveKg`, approved)
    c.see(`${path}.actualExplosiveKg`, actual)
  }
}

/**
 * @since 0.1.0
 */
export const buildingExplosiveQuantity = Rule.define({
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
  facts: ExplosiveQuantityFacts,
  reads: [
    "facts.workshops[].approvedExplosiveKg",
    "facts.workshops[].actualExplosiveKg",
    "facts.stores[].approvedExplosiveKg",
    "facts.stores[].actualExplosiveKg"
  ],
  evaluate: ({ facts }, context) => judgeBuildings(context, facts, check)
})
