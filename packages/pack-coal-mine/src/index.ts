/**
 * @anquan/pack-coal-mine — 煤矿重大事故隐患判定标准 as revised by 应急管理部令第21号
 * (`coal-major-hazard-2026`, in force 2026-07-01): the mine facts model, 表1–7 as data, and one rule
 * per first-level 情形, every one a 重大事故隐患, written in core's rule language.
 *
 * @module \@anquan/pack-coal-mine
 * @since 0.2.0
 */
export * from "./facts/CoalMineFacts.ts"
export * from "./facts/tables.ts"
export { coalMinePack, coalMineRules } from "./pack.ts"
export { article04, headcountOverLimit, levelsAndFacesOverLimit, outputOverCapacity } from "./rules/article-04.ts"
export {
  article05,
  blastingInMethane,
  drainageBelowStandard,
  faceMethaneElectricWork,
  gasDischargeUnsafe,
  methaneAccumulation,
  methaneAt15NotActedOn,
  returnAirGasNotActedOn,
  reventilationWithoutPlan,
  sustainedFaceMethane
} from "./rules/article-05.ts"
export {
  article06,
  faceOutburstMeasuresMissing,
  outburstEffectChecksFailed,
  outburstPrecursorsIgnored,
  outburstPredictionMissing,
  outburstSafetyProtectionMissing,
  regionalOutburstMeasuresMissing
} from "./rules/article-06.ts"
export {
  article07,
  drainagePumpCapacity,
  drainageSystemMissing,
  drainageSystemNotRunning,
  dryPumpSafetyDevices,
  standbyDrainagePump
} from "./rules/article-07.ts"
export {
  airSupplyShort,
  article08,
  auxiliaryFanDualSupply,
  constructionThroughVentilation,
  dedicatedReturnMissing,
  districtRoadwaysNotThrough,
  gateRoadsBeforeVentilation,
  holingStoppedFaceVentilation,
  jointLayoutReturnMissing,
  longwallShortCircuit,
  mainsNotAhead,
  noSplitVentilation,
  outburstFaceReturn,
  permanentSealsOpened,
  prohibitedSeriesVentilation,
  standbyMainFan,
  stoppingsShortCircuit,
  ventilationNotAsDesigned
} from "./rules/article-08.ts"
export { article09, beyondLicensedBoundary, safetyPillarBreached, seamsBeyondLicence } from "./rules/article-09.ts"
export {
  article10,
  barrierPillarAltered,
  barrierPillarEntered,
  barrierPillarMissing,
  barrierPillarTooSmall,
  bedSeparationWater,
  burntZoneWater,
  dipDistrictDrainage,
  inrushSignsNoWithdrawal,
  mainPumpingInadequate,
  nonDedicatedDrillProbing,
  permanentPumpingMissing,
  probeHolesNonCompliant,
  probingSkipped,
  steepSeamsUnderWater,
  waterSourcesUnidentified,
  waterSurveyDataFalsified
} from "./rules/article-10.ts"
export * from "./rules/article-11.ts"
export * from "./rules/article-12.ts"
export * from "./rules/article-13.ts"
export * from "./rules/article-14.ts"
export * from "./rules/article-15.ts"
export * from "./rules/article-16.ts"
export * from "./rules/article-17.ts"
export * from "./rules/article-18.ts"
export * from "./rules/article-19.ts"
export * from "./rules/article-20.ts"
export * from "./rules/regulation-2024.ts"
export * from "./rules/clarifications.ts"
