/**
 * 第12项 — 中转库、药物总库和成品总库的存储能力与设计产能不匹配.
 *
 * Reads, for each of the three central stores, `matchesDesignedCapacity` as the approved design or the
 * 安全评价 assesses it; `false` for any is a violation. The standard gives no method or tolerance for
 * "匹配", so the pack does not compute it; `capacityKg` is shown as evidence when known. The item
 * compares with the designed production capacity (设计产能), so the rule applies to production units.
 *
 * @since 0.1.0
 */
import { Rule } from "@anquan/core"
import type { Evidence } from "@anquan/core"
import { Schema } from "effect"
import type { StoreCapacity } from "../../facts/FireworksFacts.ts"
import { citation, collector, effective, factsSlice, fireworksProducers, num, penalty102 } from "../shared.ts"
import type { Collector } from "../shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const CentralStoreCapacityFacts = Schema.Struct({ facts: factsSlice(["centralStoreCapacity"]) })

/** One of the three central stores, with its fact paths. */
interface CentralStore {
  readonly path: string
  readonly matchesPath: string
  readonly capacityPath: string
  readonly zh: string
  readonly en: string
}

const centralStore = (key: string, zh: string, en: string): CentralStore => {
  const path = `facts.centralStoreCapacity.${key}`
  return { path, matchesPath: `${path}.matchesDesignedCapacity`, capacityPath: `${path}.capacityKg`, zh, en }
}

const transferStore = centralStore("transferStore", "中转库", "transfer store")
const compositionStore = centralStore("compositionStore", "药物总库", "central composition store")
const finishedProductStore = centralStore("finishedProductStore", "成品总库", "central finished-product store")

/** Checks one central store (`undefined`: not recorded). */
const check = (c: Collector, s: CentralStore, store: typeof StoreCapacity.Type | undefined): void => {
  if (store === undefined) {
    c.missing(s.path)
    return
  }
  const matches = store.matchesDesignedCapacity
  if (matches === undefined) c.missing(s.matchesPath)
  else if (matches) {
    if (c.explain) {
      c.see(s.matchesPath, matches)
      if (store.capacityKg !== undefined) c.see(s.capacityPath, store.capacityKg)
    }
  } else if (c.breach()) {
    const evidence: Array<Evidence> = [{ path: s.matchesPath, value: matches }]
    if (store.capacityKg !== undefined) evidence.push({ path: s.capacityPath, value: store.capacityKg })
    const cap = store.capacityKg === undefined ? { zh: "", en: "" } : { zh: `（${num(store.capacityKg)}kg）`, en: ` (${num(store.capacityKg)} kg)` }
    c.violation(evidence, `${s.zh}存储能力${cap.zh}与设计产能不匹配`, `the ${s.en} capacity${cap.en} does not match the designed production capacity`)
  }
}

/**
 * @since 0.1.0
 */
export const centralStoreCapacity = Rule.define({
  id: "fireworks/central-store-capacity",
  title: { "zh-CN": "中转库、药物总库和成品总库存储能力与设计产能匹配", en: "Central store capacity matches the designed production capacity" },
  message: {
    "zh-CN": "中转库、药物总库和成品总库的存储能力与设计产能不匹配",
    en: "The capacity of the transfer store, the central composition store or the central finished-product store does not match the designed production capacity"
  },
  remediation: {
    "zh-CN": "按设计产能核定并补足中转库、药物总库和成品总库的存储能力，或者按现有存储能力核减产能、调整生产计划。",
    en: "Bring the transfer, composition and finished-product store capacity up to the designed production capacity, or reduce production to what the stores can hold."
  },
  citation: citation(12),
  penalties: [penalty102],
  severity: "major",
  appliesTo: fireworksProducers,
  effective,
  facts: CentralStoreCapacityFacts,
  reads: [
    "facts.centralStoreCapacity.transferStore.matchesDesignedCapacity",
    "facts.centralStoreCapacity.transferStore.capacityKg",
    "facts.centralStoreCapacity.compositionStore.matchesDesignedCapacity",
    "facts.centralStoreCapacity.compositionStore.capacityKg",
    "facts.centralStoreCapacity.finishedProductStore.matchesDesignedCapacity",
    "facts.centralStoreCapacity.finishedProductStore.capacityKg"
  ],
  evaluate: ({ facts }, context) => {
    const c = collector(context)
    const capacity = facts?.centralStoreCapacity
    if (capacity === undefined) {
      c.missing("facts.centralStoreCapacity")
      return c.outcome()
    }
    check(c, transferStore, capacity.transferStore)
    check(c, compositionStore, capacity.compositionStore)
    check(c, finishedProductStore, capacity.finishedProductStore)
    return c.outcome()
  }
})
