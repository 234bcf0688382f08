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
import { Condition, Rule } from "@anquan/core"
import type { Localized } from "@anquan/core"
import { Schema } from "effect"
import { factLabels } from "../../facts/labels.ts"
import { citation, effective, factsSlice, fireworksProducers, penalty102 } from "../metadata.ts"

/** The facts the rule reads. @since 0.1.0 */
export const CentralStoreCapacityFacts = Schema.Struct({ facts: factsSlice(["centralStoreCapacity"]) })

/**
 * One central store (`key` under `facts.centralStoreCapacity`) whose capacity does not match the
 * designed production capacity; its capacity, when recorded, is shown beside it.
 */
const mismatch = (key: string, store: Localized): Condition.Condition => {
  const matches = `facts.centralStoreCapacity.${key}.matchesDesignedCapacity`
  const capacity = `facts.centralStoreCapacity.${key}.capacityKg`
  return Condition.any(
    Condition.when(
      Condition.present(capacity),
      Condition.because(
        Condition.all(Condition.eq(matches, false), Condition.show(capacity)),
        `${store["zh-CN"]}存储能力（{${capacity}}kg）与设计产能不匹配`,
        `the ${store.en} capacity ({${capacity}} kg) does not match the designed production capacity`
      )
    ),
    Condition.unless(
      Condition.present(capacity),
      Condition.because(
        Condition.eq(matches, false),
        `${store["zh-CN"]}存储能力与设计产能不匹配`,
        `the ${store.en} capacity does not match the designed production capacity`
      )
    )
  )
}

/**
 * @since 0.1.0
 */
export const centralStoreCapacity = Rule.fromCondition({
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
  schema: CentralStoreCapacityFacts,
  facts: factLabels(
    "facts.centralStoreCapacity.transferStore.matchesDesignedCapacity",
    "facts.centralStoreCapacity.transferStore.capacityKg",
    "facts.centralStoreCapacity.compositionStore.matchesDesignedCapacity",
    "facts.centralStoreCapacity.compositionStore.capacityKg",
    "facts.centralStoreCapacity.finishedProductStore.matchesDesignedCapacity",
    "facts.centralStoreCapacity.finishedProductStore.capacityKg"
  ),
  violationWhen: Condition.any(
    mismatch("transferStore", { "zh-CN": "中转库", en: "transfer store" }),
    mismatch("compositionStore", { "zh-CN": "药物总库", en: "central composition store" }),
    mismatch("finishedProductStore", { "zh-CN": "成品总库", en: "central finished-product store" })
  )
})
