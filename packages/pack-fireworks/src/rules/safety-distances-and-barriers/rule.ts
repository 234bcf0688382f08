/**
 * 第6项 — 工(库)房内、外部安全距离不足，防护屏障缺失或者不符合要求.
 *
 * For every 工房 and 库房:
 * - each listed internal (内部) and external (外部) safety distance: `actualMetres < requiredMetres`
 *   is a violation ("不足": exactly the required distance is enough). The required distances are
 *   facts (from the approved design or 安全评价, by 危险等级 and 药量); the pack has no distance tables;
 * - the 防护屏障: `missing` or `substandard` is a violation; `not-required` and `compliant` are not.
 *
 * The building's 危险等级 is shown with a distance violation when known. A unit known to have no
 * 工(库)房 is not concerned.
 *
 * @since 0.1.0
 */
import { Rule } from "@anquan/core"
import type { Evidence } from "@anquan/core"
import { Schema } from "effect"
import type { SafetyDistance } from "../../facts/FireworksFacts.ts"
import { buildings, citation, collector, effective, everyFireworksUnit, factsSlice, noBuildings, num, penalty102 } from "../shared.ts"
import type { BuildingRef, Collector } from "../shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const SafetyDistanceFacts = Schema.Struct({ facts: factsSlice(["workshops", "stores"]) })

const kinds = {
  internalDistances: { zh: "内部安全距离", en: "internal safety distance", other: { zh: "相邻建筑物", en: "the neighbouring building" } },
  externalDistances: { zh: "外部安全距离", en: "external safety distance", other: { zh: "外部目标", en: "the outside object" } }
} as const

const checkDistances = (c: Collector, b: BuildingRef, key: keyof typeof kinds): void => {
  const list: ReadonlyArray<SafetyDistance> | undefined = b.building[key]
  if (list === undefined) {
    c.missing(`${b.path}.${key}`)
    return
  }
  const k = kinds[key]
  list.forEach((d, j) => {
    const path = `${b.path}.${key}[${j}]`
    if (d.requiredMetres === undefined) c.missing(`${path}.requiredMetres`)
    if (d.actualMetres === undefined) c.missing(`${path}.actualMetres`)
    if (d.requiredMetres === undefined || d.actualMetres === undefined) return
    const evidence: Array<Evidence> = [
      { path: `${path}.requiredMetres`, value: d.requiredMetres },
      { path: `${path}.actualMetres`, value: d.actualMetres }
    ]
    if (d.actualMetres < d.requiredMetres) {
      if (b.building.hazardClass !== undefined) evidence.push({ path: `${b.path}.hazardClass`, value: b.building.hazardClass })
      const cls = b.building.hazardClass === undefined ? { zh: "", en: "" } : { zh: `（危险等级${b.building.hazardClass}）`, en: ` (hazard class ${b.building.hazardClass})` }
      const zhTarget = d.target ?? k.other.zh
      const enTarget = d.target ?? k.other.en
      c.violation(
        evidence,
        `${b.zh}${cls.zh}至${zhTarget}的${k.zh}${num(d.actualMetres)}米，小于要求的${num(d.requiredMetres)}米（不足${num(d.requiredMetres - d.actualMetres)}米）`,
        `${b.en}${cls.en}: ${k.en} to ${enTarget} is ${num(d.actualMetres)} m, less than the required ${num(d.requiredMetres)} m (${num(d.requiredMetres - d.actualMetres)} m short)`
      )
    } else c.seen(...evidence)
  })
}

/**
 * @since 0.1.0
 */
export const safetyDistancesAndBarriers = Rule.define({
  id: "fireworks/safety-distances-and-barriers",
  title: { "zh-CN": "工(库)房安全距离和防护屏障", en: "Safety distances and protective barriers" },
  message: {
    "zh-CN": "工(库)房内、外部安全距离不足，防护屏障缺失或者不符合要求",
    en: "A workshop or store lacks its internal or external safety distance, or its protective barrier is missing or substandard"
  },
  remediation: {
    "zh-CN": "按核定药量和危险等级重新核算安全距离：距离不足的工(库)房应当减少核定药量、停用或者拆除迁移；按标准设置防护屏障并整改不符合要求的屏障。",
    en: "Recompute the safety distances from the approved quantities and hazard classes: reduce the approved quantity of a building that is too close, stop using it or move it; build the protective barriers the standard requires and repair substandard ones."
  },
  citation: citation(6),
  penalties: [penalty102],
  severity: "major",
  appliesTo: everyFireworksUnit,
  effective,
  facts: SafetyDistanceFacts,
  reads: [
    "facts.workshops[].internalDistances[].requiredMetres",
    "facts.workshops[].internalDistances[].actualMetres",
    "facts.workshops[].externalDistances[].requiredMetres",
    "facts.workshops[].externalDistances[].actualMetres",
    "facts.workshops[].protectiveBarrier",
    "facts.workshops[].hazardClass",
    "facts.stores[].internalDistances[].requiredMetres",
    "facts.stores[].internalDistances[].actualMetres",
    "facts.stores[].externalDistances[].requiredMetres",
    "facts.stores[].externalDistances[].actualMetres",
    "facts.stores[].protectiveBarrier",
    "facts.stores[].hazardClass"
  ],
  evaluate: ({ facts }) => {
    const c = collector()
    const { list, known } = buildings(c, facts)
    if (known && list.length === 0) return noBuildings()
    for (const b of list) {
      checkDistances(c, b, "internalDistances")
      checkDistances(c, b, "externalDistances")
      const barrier = b.building.protectiveBarrier
      const path = `${b.path}.protectiveBarrier`
      if (barrier === undefined) c.missing(path)
      else if (barrier === "missing") c.violation([{ path, value: barrier }], `${b.zh}防护屏障缺失`, `${b.en}: protective barrier missing`)
      else if (barrier === "substandard") c.violation([{ path, value: barrier }], `${b.zh}防护屏障不符合要求`, `${b.en}: protective barrier substandard`)
      else c.seen({ path, value: barrier })
    }
    return c.outcome()
  }
})
