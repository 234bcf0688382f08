/**
 * The fireworks pack: one rule per item of 烟花爆竹生产经营单位重大生产安全事故隐患判定标准(试行).
 *
 * @since 0.1.0
 */
import { Pack } from "@anquan/core"
import type { Rule, Subject } from "@anquan/core"
import { FireworksFacts } from "./facts/FireworksFacts.ts"
import { antiStaticFireLightningProtection } from "./rules/anti-static-fire-lightning-protection/rule.ts"
import { buildingExplosiveQuantity } from "./rules/building-explosive-quantity/rule.ts"
import { buildingHeadCount } from "./rules/building-head-count/rule.ts"
import { buildingUseAndUnauthorisedConstruction } from "./rules/building-use-and-unauthorised-construction/rule.ts"
import { centralStoreCapacity } from "./rules/central-store-capacity/rule.ts"
import { explosiveMachinery } from "./rules/explosive-machinery/rule.ts"
import { licenceMisuse } from "./rules/licence-misuse/rule.ts"
import { licensedScopeAndProhibitedChemicals } from "./rules/licensed-scope-and-prohibited-chemicals/rule.ts"
import { mixedStorageAndProhibitedProducts } from "./rules/mixed-storage-and-prohibited-products/rule.ts"
import { oneLicenceMultiplePlants } from "./rules/one-licence-multiple-plants/rule.ts"
import { operatingDuringSuspension } from "./rules/operating-during-suspension/rule.ts"
import { oxidiserReducerSegregation } from "./rules/oxidiser-reducer-segregation/rule.ts"
import { personalToolsInExplosiveWork } from "./rules/personal-tools-in-explosive-work/rule.ts"
import { plantWallAndZoning } from "./rules/plant-wall-and-zoning/rule.ts"
import { principalAndSafetyStaffAssessment } from "./rules/principal-and-safety-staff-assessment/rule.ts"
import { responsibilityAndHazardInvestigationSystems } from "./rules/responsibility-and-hazard-investigation-systems/rule.ts"
import { retailPointResidenceAndOpenFlame } from "./rules/retail-point-residence-and-open-flame/rule.ts"
import { safetyDistancesAndBarriers } from "./rules/safety-distances-and-barriers/rule.ts"
import { specialOperatorsAndRepairsWithExplosives } from "./rules/special-operators-and-repairs-with-explosives/rule.ts"
import { subcontractingOfFacilities } from "./rules/subcontracting-of-facilities/rule.ts"

/**
 * The 20 rules in the order of the standard's items.
 *
 * @since 0.1.0
 */
export const fireworksRules: ReadonlyArray<Rule.Rule<Subject<FireworksFacts>>> = [
  principalAndSafetyStaffAssessment, // 1
  specialOperatorsAndRepairsWithExplosives, // 2
  personalToolsInExplosiveWork, // 3
  buildingHeadCount, // 4
  buildingExplosiveQuantity, // 5
  safetyDistancesAndBarriers, // 6
  antiStaticFireLightningProtection, // 7
  buildingUseAndUnauthorisedConstruction, // 8
  plantWallAndZoning, // 9
  oxidiserReducerSegregation, // 10
  explosiveMachinery, // 11
  centralStoreCapacity, // 12
  responsibilityAndHazardInvestigationSystems, // 13
  licenceMisuse, // 14
  licensedScopeAndProhibitedChemicals, // 15
  subcontractingOfFacilities, // 16
  oneLicenceMultiplePlants, // 17
  operatingDuringSuspension, // 18
  mixedStorageAndProhibitedProducts, // 19
  retailPointResidenceAndOpenFlame // 20
]

/**
 * The pack. Its facts sit under `enterprise.facts.fireworks`; register it with every other pack you use.
 *
 * @example
 * ```ts
 * import { Engine } from "@anquan/core"
 * import { fireworksPack } from "@anquan/pack-fireworks"
 *
 * const engine = Engine.make({ packs: [fireworksPack] })
 * const report = engine.evaluate(records, { asOf: "2026-11-23" })
 * ```
 * @since 0.1.0
 */
export const fireworksPack = Pack.define<FireworksFacts>({
  id: "fireworks",
  factsKey: "fireworks",
  facts: FireworksFacts,
  sectors: ["fireworks"],
  name: {
    "zh-CN": "烟花爆竹生产经营单位重大生产安全事故隐患判定标准(试行)",
    en: "Criteria for Major Accident Hazards in Fireworks Production and Business Units (trial)"
  },
  version: "0.1.0",
  description: {
    "zh-CN": "安监总管三〔2017〕121号 烟花爆竹部分的20项重大事故隐患，自2017-11-13起施行。第1–8、13–19项适用于所有烟花爆竹生产经营单位（生产、批发、零售）；第9–12项按其文字（工厂、氧化剂还原剂粉碎称量、涉药机械设备、设计产能）适用于生产企业；第20项适用于零售点。",
    en: "The 20 major-hazard situations of the fireworks part of notice 安监总管三〔2017〕121号, in force from 2017-11-13. Items 1–8 and 13–19 apply to every fireworks unit (production, wholesale, retail); items 9–12, by their wording (factory, crushing and weighing of oxidisers and reducers, explosive-handling machinery, designed production capacity), to producers; item 20 to retail points."
  },
  rules: fireworksRules
})
