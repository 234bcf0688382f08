/**
 * 第7项 — 防静电、防火、防雷设备设施缺失或者失效.
 *
 * For every 工房 and 库房, each of `antiStatic` (防静电), `fireProtection` (防火) and
 * `lightningProtection` (防雷): `missing` or `failed` is a violation; `effective` and `not-required`
 * (as the design records it) are not. Facilities outside the 工(库)房 are not modelled. A unit known
 * to have no 工(库)房 is not concerned.
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import { Schema } from "effect"
import { factLabels } from "../../facts/labels.ts"
import { hasNoBuildings, noBuildingsReason, someBuilding } from "../buildings.ts"
import { citation, effective, everyFireworksUnit, factsSlice, penalty102 } from "../metadata.ts"

/** The facts the rule reads. @since 0.1.0 */
export const ProtectionFacilityFacts = Schema.Struct({ facts: factsSlice(["workshops", "stores"]) })

/** A facility of a building (field `key`) missing or failed: one situation each, in the item's words. */
const facility = (key: string, zh: string, en: string): ReadonlyArray<Condition.Condition> => [
  Condition.because(Condition.eq(key, "missing"), `${zh}缺失`, `${en} missing`),
  Condition.because(Condition.eq(key, "failed"), `${zh}失效`, `${en} failed`)
]

/**
 * @since 0.1.0
 */
export const antiStaticFireLightningProtection = Rule.fromCondition({
  id: "fireworks/anti-static-fire-lightning-protection",
  title: { "zh-CN": "防静电、防火、防雷设备设施有效", en: "Anti-static, fire and lightning protection in place" },
  message: {
    "zh-CN": "防静电、防火、防雷设备设施缺失或者失效",
    en: "Anti-static, fire protection or lightning protection facilities are missing or have failed"
  },
  remediation: {
    "zh-CN": "按标准补设缺失的防静电、防火、防雷设备设施，修复或更换失效设施，定期检测并保存记录；整改完成前停止相关工(库)房涉药作业。",
    en: "Install the missing anti-static, fire and lightning protection facilities, repair or replace failed ones, test them periodically and keep the records; stop explosive work in the building until they are fixed."
  },
  citation: citation(7),
  penalties: [penalty102],
  severity: "major",
  appliesTo: everyFireworksUnit,
  effective,
  schema: ProtectionFacilityFacts,
  facts: factLabels("facts.workshops", "facts.stores"),
  notApplicableWhen: hasNoBuildings,
  notApplicableReason: noBuildingsReason,
  violationWhen: someBuilding(
    Condition.any(
      ...facility("antiStatic", "防静电设备设施", "anti-static facilities"),
      ...facility("fireProtection", "防火设备设施", "fire protection facilities"),
      ...facility("lightningProtection", "防雷设备设施", "lightning protection facilities")
    )
  )
})
