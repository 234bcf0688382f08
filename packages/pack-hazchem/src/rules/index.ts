/**
 * The hazchem rules: the 20 items of `hazchem-major-hazard-2017` (major) in item order, then the
 * GB 30871-2022 permit checks (general).
 *
 * @since 0.1.0
 */
import type { Rule, Subject } from "@anquan/core"
import type { HazchemFacts } from "../facts/HazchemFacts.ts"
import { controlRoomBlastProtection } from "./control-room-blast-protection/rule.ts"
import { dualPowerSupplyAndUps } from "./dual-power-supply-and-ups/rule.ts"
import { externalSafetyDistance } from "./external-safety-distance/rule.ts"
import { formalDesignOrDiagnosis } from "./formal-design-or-diagnosis/rule.ts"
import { gasDetectionAndExplosionProofing } from "./gas-detection-and-explosion-proofing/rule.ts"
import { keyPersonnelAssessment } from "./key-personnel-assessment/rule.ts"
import { keyProcessAutomation } from "./key-process-automation/rule.ts"
import { liquefiedGasLoadingArm } from "./liquefied-gas-loading-arm/rule.ts"
import { liquefiedHydrocarbonTankWaterInjection } from "./liquefied-hydrocarbon-tank-water-injection/rule.ts"
import { majorHazardTankFarmShutOff } from "./major-hazard-tank-farm-shutoff/rule.ts"
import { obsoleteTechnology } from "./obsolete-technology/rule.ts"
import { operatingProceduresAndControlLimits } from "./operating-procedures-and-control-limits/rule.ts"
import { overheadPowerLineCrossing } from "./overhead-power-line-crossing/rule.ts"
import { permitConfinedSpaceGasDetection } from "./permit-confined-space-gas-detection/rule.ts"
import { permitConfinedSpaceValidity } from "./permit-confined-space-validity/rule.ts"
import { permitHotWorkGasAnalysis } from "./permit-hot-work-gas-analysis/rule.ts"
import { permitHotWorkGrade } from "./permit-hot-work-grade/rule.ts"
import { permitHotWorkUpgradedManagement } from "./permit-hot-work-upgraded-management/rule.ts"
import { permitHotWorkValidity } from "./permit-hot-work-validity/rule.ts"
import { permitLiftingGrade } from "./permit-lifting-grade/rule.ts"
import { permitTemporaryPowerValidity } from "./permit-temporary-power-validity/rule.ts"
import { permitWorkAtHeightGrade } from "./permit-work-at-height-grade/rule.ts"
import { permitWorkAtHeightValidity } from "./permit-work-at-height-validity/rule.ts"
import { processDevelopmentAndTrialRun } from "./process-development-and-trial-run/rule.ts"
import { responsibilityAndHazardInvestigation } from "./responsibility-and-hazard-investigation/rule.ts"
import { safetyAccessoriesInService } from "./safety-accessories-in-service/rule.ts"
import { specialOperationManagement } from "./special-operation-management/rule.ts"
import { specialOperatorCertificate } from "./special-operator-certificate/rule.ts"
import { storageSegregation } from "./storage-segregation/rule.ts"
import { toxicGasPipelinePublicArea } from "./toxic-gas-pipeline-public-area/rule.ts"

export {
  controlRoomBlastProtection,
  dualPowerSupplyAndUps,
  externalSafetyDistance,
  formalDesignOrDiagnosis,
  gasDetectionAndExplosionProofing,
  keyPersonnelAssessment,
  keyProcessAutomation,
  liquefiedGasLoadingArm,
  liquefiedHydrocarbonTankWaterInjection,
  majorHazardTankFarmShutOff,
  obsoleteTechnology,
  operatingProceduresAndControlLimits,
  overheadPowerLineCrossing,
  permitConfinedSpaceGasDetection,
  permitConfinedSpaceValidity,
  permitHotWorkGasAnalysis,
  permitHotWorkGrade,
  permitHotWorkUpgradedManagement,
  permitHotWorkValidity,
  permitLiftingGrade,
  permitTemporaryPowerValidity,
  permitWorkAtHeightGrade,
  permitWorkAtHeightValidity,
  processDevelopmentAndTrialRun,
  responsibilityAndHazardInvestigation,
  safetyAccessoriesInService,
  specialOperationManagement,
  specialOperatorCertificate,
  storageSegregation,
  toxicGasPipelinePublicArea
}

/**
 * The 20 rules of `hazchem-major-hazard-2017`, item 1 first.
 *
 * @since 0.1.0
 */
export const majorHazardItemRules: ReadonlyArray<Rule.Rule<Subject<HazchemFacts>>> = [
  keyPersonnelAssessment,
  specialOperatorCertificate,
  externalSafetyDistance,
  keyProcessAutomation,
  majorHazardTankFarmShutOff,
  liquefiedHydrocarbonTankWaterInjection,
  liquefiedGasLoadingArm,
  toxicGasPipelinePublicArea,
  overheadPowerLineCrossing,
  formalDesignOrDiagnosis,
  obsoleteTechnology,
  gasDetectionAndExplosionProofing,
  controlRoomBlastProtection,
  dualPowerSupplyAndUps,
  safetyAccessoriesInService,
  responsibilityAndHazardInvestigation,
  operatingProceduresAndControlLimits,
  specialOperationManagement,
  processDevelopmentAndTrialRun,
  storageSegregation
]

/**
 * The GB 30871-2022 special-operation permit rules.
 *
 * @since 0.1.0
 */
export const permitRules: ReadonlyArray<Rule.Rule<Subject<HazchemFacts>>> = [
  permitHotWorkValidity,
  permitHotWorkGrade,
  permitHotWorkUpgradedManagement,
  permitHotWorkGasAnalysis,
  permitConfinedSpaceValidity,
  permitConfinedSpaceGasDetection,
  permitWorkAtHeightValidity,
  permitWorkAtHeightGrade,
  permitLiftingGrade,
  permitTemporaryPowerValidity
]
