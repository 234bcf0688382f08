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
import type { SafetyDistance, Store, Workshop } from "../../facts/FireworksFacts.ts"
import { buildingRef, citation, effective, everyFireworksUnit, factsSlice, judgeBuildings, num, penalty102 } from "../shared.ts"
import type { BuildingKind, BuildingRef, Collector } from "../shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const SafetyDistanceFacts = Schema.Struct({ facts: factsSlice(["workshops", "stores"]) })

const kinds = {
  internalDistances: { zh: "内部安全距离", en: "internal safety distance", other: { zh: "相邻建筑物", en: "the neighbouring building" } },
  externalDistances: { zh: "外部安全距离", en: "external safety distance", other: { zh: "外部目标", en: "the outside object" } }
} as const

/** Checks the distances `list` (at `key`) of a building (`r` is its reference when explaining). */
const checkDistances = (
  c: Collector,
  r: BuildingRef | undefined,
  b: Workshop | Store,
  key: keyof typeof kinds,
  list: ReadonlyArray<SafetyDistance> | undefined
): void => {
  if (list === undefined) {
    if (c.unknown()) c.missing(`${r!.path}.${key}`)
    return
  }
  for (let j = 0; j < list.length && !c.done; j++) {
    const d = list[j]!
    const required = d.requiredMetres
    const actual = d.actualMetres
    if (required === undefined || actual === undefined) {
      if (c.unknown()) {
        const path = `${r!.path}.${key}[${j}]`
        if (required === undefined) c.missing(`${path}.requiredMetres`)
        if (actual === undefined) c.missing(`${path}.actualMetres`)
      }
      continue
    }
    if (actual < required) {
      if (!c.breach()) continue
      const path = `${r!.path}.${key}[${j}]`
      const evidence: Array<Evidence> = [{ path: `${path}.requiredMetres`, value: required }, { path: `${path}.actualMetres`, value: actual }]
      if (b.hazardClass !== undefined) evidence.push({ path: `${r!.path}.hazardClass`, value: b.hazardClass })
      const cls = b.hazardClass === undefined ? { zh: "", en: "" } : { zh: `（危险等级${b.hazardClass}）`, en: ` (hazard class ${b.hazardClass})` }
      const k = kinds[key]
      const zhTarget = d.target ?? k.other.zh
      const enTarget = d.target ?? k.other.en
      c.violation(
        evidence,
        `${r!.zh}${cls.zh}至${zhTarget}的${k.zh}${num(actual)}米，小于要求的${num(required)}米（不足${num(required - actual)}米）`,
        `${r!.en}${cls.en}: ${k.en} to ${enTarget} is ${num(actual)} m, less than the required ${num(required)} m (${num(required - actual)} m short)`
      )
    } else if (c.explain) {
      const path = `${r!.path}.${key}[${j}]`
      c.see(`${path}.requiredMetres`, required)
      c.see(`${path}.actualMetres`, actual)
    }
  }
}

/** Checks building `i` of `kind`: its distances, then its barrier. */
const check = (c: Collector, kind: BuildingKind, b: Workshop | Store, i: number): void => {
  const r = c.explain ? buildingRef(kind, b, i) : undefined
  checkDistances(c, r, b, "internalDistances", b.internalDistances)
  checkDistances(c, r, b, "externalDistances", b.externalDistances)
  const barrier = b.protectiveBarrier
  if (barrier === undefined) {
    if (c.unknown()) c.missing(`${r!.path}.protectiveBarrier`)
  } else if (barrier === "missing") {
    if (c.breach()) c.violation([{ path: `${r!.path}.protectiveBarrier`, value: barrier }], `${r!.zh}防护屏障缺失`, `${r!.en}: protective barrier missing`)
  } else if (barrier === "substandard") {
    if (c.breach()) c.violation([{ path: `${r!.path}.protectiveBarrier`, value: barrier }], `${r!.zh}防护屏障不符合要求`, `${r!.en}: protective barrier substandard`)
  } else if (c.explain) c.see(`${r!.path}.protectiveBarrier`, barrier)
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
  evaluate: ({ facts }, context) => judgeBuildings(context, facts, check)
})
