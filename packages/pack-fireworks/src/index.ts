/**
 * @anquan/pack-fireworks — 烟花爆竹生产经营单位重大生产安全事故隐患判定标准(试行)
 * (安监总管三〔2017〕121号, `fireworks-major-hazard-2017`): the fact model of the 20 items and one
 * rule per item, every one a 重大事故隐患.
 *
 * @module \@anquan/pack-fireworks
 * @since 0.1.0
 */
export * from "./facts/index.ts"
export { fireworksPack, fireworksRules } from "./pack.ts"
export { AssessmentFacts, principalAndSafetyStaffAssessment } from "./rules/principal-and-safety-staff-assessment/rule.ts"
export {
  SpecialOperatorFacts,
  specialOperatorsAndRepairsWithExplosives
} from "./rules/special-operators-and-repairs-with-explosives/rule.ts"
export { PersonalToolsFacts, personalToolsInExplosiveWork } from "./rules/personal-tools-in-explosive-work/rule.ts"
export { buildingHeadCount, HeadCountFacts } from "./rules/building-head-count/rule.ts"
export { buildingExplosiveQuantity, ExplosiveQuantityFacts } from "./rules/building-explosive-quantity/rule.ts"
export { SafetyDistanceFacts, safetyDistancesAndBarriers } from "./rules/safety-distances-and-barriers/rule.ts"
export { antiStaticFireLightningProtection, ProtectionFacilityFacts } from "./rules/anti-static-fire-lightning-protection/rule.ts"
export {
  BuildingUseFacts,
  buildingUseAndUnauthorisedConstruction
} from "./rules/building-use-and-unauthorised-construction/rule.ts"
export { PlantFacts, plantWallAndZoning } from "./rules/plant-wall-and-zoning/rule.ts"
export { OxidiserReducerFacts, oxidiserReducerSegregation } from "./rules/oxidiser-reducer-segregation/rule.ts"
export { explosiveMachinery, ExplosiveMachineryFacts } from "./rules/explosive-machinery/rule.ts"
export { centralStoreCapacity, CentralStoreCapacityFacts } from "./rules/central-store-capacity/rule.ts"
export {
  responsibilityAndHazardInvestigationSystems,
  SafetySystemFacts
} from "./rules/responsibility-and-hazard-investigation-systems/rule.ts"
export { licenceMisuse, LicenceMisuseFacts } from "./rules/licence-misuse/rule.ts"
export {
  LicensedScopeFacts,
  licensedScopeAndProhibitedChemicals
} from "./rules/licensed-scope-and-prohibited-chemicals/rule.ts"
export { OutsourcingFacts, subcontractingOfFacilities } from "./rules/subcontracting-of-facilities/rule.ts"
export { OneLicenceFacts, oneLicenceMultiplePlants } from "./rules/one-licence-multiple-plants/rule.ts"
export { operatingDuringSuspension, SuspensionFacts } from "./rules/operating-during-suspension/rule.ts"
export { MixedStorageFacts, mixedStorageAndProhibitedProducts } from "./rules/mixed-storage-and-prohibited-products/rule.ts"
export { RetailPremisesFacts, retailPointResidenceAndOpenFlame } from "./rules/retail-point-residence-and-open-flame/rule.ts"
