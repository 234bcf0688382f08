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
import { Condition, Rule } from "@anquan/core"
import { Schema } from "effect"
import { factLabels } from "../../facts/labels.ts"
import { hasNoBuildings, noBuildingsReason, someBuilding } from "../buildings.ts"
import { citation, effective, everyFireworksUnit, factsSlice, penalty102 } from "../metadata.ts"

/** The facts the rule reads. @since 0.1.0 */
export const SafetyDistanceFacts = Schema.Struct({ facts: factsSlice(["workshops", "stores"]) })

/** One distance of the building's list `key` shorter than required ("不足": exactly enough is enough). */
const short = (key: string, zh: string, en: string, other: { readonly zh: string; readonly en: string }): Condition.Condition =>
  Condition.some(
    key,
    Condition.because(
      Condition.lt("actualMetres", Condition.fact("requiredMetres")),
      `至{target|=${other.zh}}的${zh}{actualMetres}米，小于要求的{requiredMetres}米`,
      `${en} to {target|=${other.en}} is {actualMetres} m, less than the required {requiredMetres} m`
    ),
    { heading: false }
  )

/** An internal or external safety distance of the building is short. */
const distanceShort = Condition.any(
  short("internalDistances", "内部安全距离", "internal safety distance", { zh: "相邻建筑物", en: "the neighbouring building" }),
  short("externalDistances", "外部安全距离", "external safety distance", { zh: "外部目标", en: "the outside object" })
)

/**
 * @since 0.1.0
 */
export const safetyDistancesAndBarriers = Rule.fromCondition({
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
  schema: SafetyDistanceFacts,
  facts: factLabels("facts.workshops", "facts.stores"),
  notApplicableWhen: hasNoBuildings,
  notApplicableReason: noBuildingsReason,
  violationWhen: someBuilding(
    Condition.any(
      // a distance short: the building's 危险等级 shown beside it when recorded
      Condition.unless(
        Condition.not(Condition.present("hazardClass")),
        Condition.because(Condition.all(distanceShort, Condition.show("hazardClass")), "危险等级{hazardClass}，{$reasons}", "hazard class {hazardClass}, {$reasons}")
      ),
      Condition.unless(Condition.present("hazardClass"), distanceShort),
      Condition.because(Condition.eq("protectiveBarrier", "missing"), "防护屏障缺失", "protective barrier missing"),
      Condition.because(Condition.eq("protectiveBarrier", "substandard"), "防护屏障不符合要求", "protective barrier substandard")
    )
  )
})
