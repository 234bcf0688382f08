/**
 * @anquan/pack-work-safety-law — the baseline duties of 中华人民共和国安全生产法 that bind every
 * production and business unit, with each version of the law in force on its own dates.
 *
 * The staffing rule (第二十四条) carries the 2002, 2014 and 2021 texts; every other rule encodes the
 * 2021 text only (in force from 2021-09-01), because regulations.md gives no earlier wording for
 * those articles. Facts the core enterprise profile does not carry sit in the pack's fact section,
 * `enterprise.facts.workSafety` ({@link WorkSafetyFacts}).
 *
 * @module \@anquan/pack-work-safety-law
 * @since 0.1.0
 */
import { Pack } from "@anquan/core"
import type { CitationDocument } from "@anquan/core"
import { constructionProjectSafetyEvaluation } from "./construction-project-safety-evaluation/rule.ts"
import { contractingQualifiedParties } from "./contracting-qualified-parties/rule.ts"
import { contractingSafetyManagement } from "./contracting-safety-management/rule.ts"
import { dangerousOperationsSupervision } from "./dangerous-operations-supervision/rule.ts"
import { dormitorySeparation } from "./dormitory-separation/rule.ts"
import { dualPrevention } from "./dual-prevention/rule.ts"
import { emergencyPlanDrills } from "./emergency-plan-drills/rule.ts"
import { evacuationExits } from "./evacuation-exits/rule.ts"
import { safetyWarningSigns } from "./safety-warning-signs/rule.ts"
import { safetyEquipmentStandards } from "./safety-equipment-standards/rule.ts"
import { safetyEquipmentInService } from "./safety-equipment-in-service/rule.ts"
import { cateringGasAlarm } from "./catering-gas-alarm/rule.ts"
import { dangerousGoodsApproval } from "./dangerous-goods-approval/rule.ts"
import { dangerousGoodsSafetyMeasures } from "./dangerous-goods-safety-measures/rule.ts"
import { sharedWorkAreaCoordination } from "./shared-work-area-coordination/rule.ts"
import { specialEquipmentInspection } from "./special-equipment-inspection/rule.ts"
import { eliminatedProcessesEquipment } from "./eliminated-processes-equipment/rule.ts"
import { hazardDisclosure } from "./hazard-disclosure/rule.ts"
import { protectiveEquipment } from "./protective-equipment/rule.ts"
import { safetyFacilitiesDesign } from "./safety-facilities-design/rule.ts"
import { safetyFacilitiesAcceptance } from "./safety-facilities-acceptance/rule.ts"
import { safetyInvestment } from "./safety-investment/rule.ts"
import { principalDuties } from "./principal-duties/rule.ts"
import { responsibilitySystem } from "./responsibility-system/rule.ts"
import { postResponsibilities } from "./post-responsibilities/rule.ts"
import { safetyStaffAppointmentNotice } from "./safety-staff-appointment-notice/rule.ts"
import { newTechnologyTraining } from "./new-technology-training/rule.ts"
import { safetyInspections } from "./safety-inspections/rule.ts"
import { ppeAndTrainingFunds } from "./ppe-and-training-funds/rule.ts"
import { workInjuryInsurance } from "./work-injury-insurance/rule.ts"
import { rescueOrganisation } from "./rescue-organisation/rule.ts"
import { accidentReporting } from "./accident-reporting/rule.ts"
import { WORK_SAFETY_FACTS_KEY, WorkSafetyFacts } from "./facts/WorkSafetyFacts.ts"
import { liabilityInsurance } from "./liability-insurance/rule.ts"
import { majorAccidentHazardReporting } from "./major-accident-hazard-reporting/rule.ts"
import { majorHazardInstallations } from "./major-hazard-installations/rule.ts"
import { principalSafetyStaffAssessment } from "./principal-safety-staff-assessment/rule.ts"
import { registeredSafetyEngineer } from "./registered-safety-engineer/rule.ts"
import { safetyManagementStaffing } from "./safety-management-staffing/rule.ts"
import { safetyTraining } from "./safety-training/rule.ts"
import { specialOperatorCertificates } from "./special-operator-certificates/rule.ts"
import { threeSimultaneities } from "./three-simultaneities/rule.ts"
import { trainingRecords } from "./training-records/rule.ts"

export { constructionProjectSafetyEvaluation } from "./construction-project-safety-evaluation/rule.ts"
export { contractingQualifiedParties } from "./contracting-qualified-parties/rule.ts"
export { contractingSafetyManagement } from "./contracting-safety-management/rule.ts"
export { dangerousOperationsSupervision } from "./dangerous-operations-supervision/rule.ts"
export { dormitorySeparation } from "./dormitory-separation/rule.ts"
export { dualPrevention } from "./dual-prevention/rule.ts"
export { emergencyPlanDrills } from "./emergency-plan-drills/rule.ts"
export { evacuationExits } from "./evacuation-exits/rule.ts"
export { safetyWarningSigns } from "./safety-warning-signs/rule.ts"
export { safetyEquipmentStandards } from "./safety-equipment-standards/rule.ts"
export { safetyEquipmentInService } from "./safety-equipment-in-service/rule.ts"
export { cateringGasAlarm } from "./catering-gas-alarm/rule.ts"
export { dangerousGoodsApproval } from "./dangerous-goods-approval/rule.ts"
export { dangerousGoodsSafetyMeasures } from "./dangerous-goods-safety-measures/rule.ts"
export { sharedWorkAreaCoordination } from "./shared-work-area-coordination/rule.ts"
export { specialEquipmentInspection } from "./special-equipment-inspection/rule.ts"
export { eliminatedProcessesEquipment } from "./eliminated-processes-equipment/rule.ts"
export { hazardDisclosure } from "./hazard-disclosure/rule.ts"
export { protectiveEquipment } from "./protective-equipment/rule.ts"
export { safetyFacilitiesDesign } from "./safety-facilities-design/rule.ts"
export { safetyFacilitiesAcceptance } from "./safety-facilities-acceptance/rule.ts"
export { safetyInvestment } from "./safety-investment/rule.ts"
export { principalDuties } from "./principal-duties/rule.ts"
export { responsibilitySystem } from "./responsibility-system/rule.ts"
export { postResponsibilities } from "./post-responsibilities/rule.ts"
export { safetyStaffAppointmentNotice } from "./safety-staff-appointment-notice/rule.ts"
export { newTechnologyTraining } from "./new-technology-training/rule.ts"
export { safetyInspections } from "./safety-inspections/rule.ts"
export { ppeAndTrainingFunds } from "./ppe-and-training-funds/rule.ts"
export { workInjuryInsurance } from "./work-injury-insurance/rule.ts"
export { rescueOrganisation } from "./rescue-organisation/rule.ts"
export { accidentReporting } from "./accident-reporting/rule.ts"
export * from "./facts/WorkSafetyFacts.ts"
export { notCovered, notCoveredSection } from "./not-covered.ts"
export type { NotCovered, NotCoveredReason } from "./not-covered.ts"
export {
  ART27_ENGINEER_ACTIVITIES,
  ART27_ENGINEER_SECTORS,
  ART27_HIGH_RISK_ACTIVITIES,
  ART27_HIGH_RISK_SECTORS,
  ART42_ACTIVITIES
} from "./facts/scopes.ts"
export { LIABILITY_INSURANCE_SECTORS, liabilityInsurance } from "./liability-insurance/rule.ts"
export { majorAccidentHazardReporting } from "./major-accident-hazard-reporting/rule.ts"
export { majorHazardInstallations } from "./major-hazard-installations/rule.ts"
export { principalSafetyStaffAssessment } from "./principal-safety-staff-assessment/rule.ts"
export { registeredSafetyEngineer } from "./registered-safety-engineer/rule.ts"
export { safetyManagementStaffing, staffing2002, staffing2014, staffing2021, StaffingFacts } from "./safety-management-staffing/rule.ts"
export { safetyTraining } from "./safety-training/rule.ts"
export { SPECIAL_OPERATION_CERTIFICATE_PREFIX, specialOperatorCertificates } from "./special-operator-certificates/rule.ts"
export { threeSimultaneities } from "./three-simultaneities/rule.ts"
export { trainingRecords } from "./training-records/rule.ts"

/**
 * 《生产安全事故应急预案管理办法》: cited as a further legal basis for the drill intervals of
 * `work-safety-law/emergency-plan-drills` (第三十三条, [secondary] in regulations.md §7). Its issuing
 * order and dates are not confirmed from a stored source, so they are left out and the document is
 * `verified: false`.
 *
 * @since 0.1.0
 */
export const emergencyPlanMeasures: CitationDocument = {
  id: "emergency-plan-measures",
  title: "生产安全事故应急预案管理办法",
  titleEn: "Measures for the Administration of Emergency Plans for Production Safety Accidents",
  verified: false
}

/**
 * The pack. Register it with every other pack you use.
 *
 * @example
 * ```ts
 * import { Engine } from "@anquan/core"
 * import { workSafetyLaw } from "@anquan/pack-work-safety-law"
 *
 * const engine = Engine.make({ packs: [workSafetyLaw] })
 * ```
 * @since 0.1.0
 */
export const workSafetyLaw = Pack.define<WorkSafetyFacts>({
  id: "work-safety-law",
  name: { "zh-CN": "中华人民共和国安全生产法", en: "Work Safety Law of the PRC" },
  version: "0.1.0",
  description: {
    "zh-CN": "适用于所有生产经营单位的安全生产法基本义务，按各版本施行日期判定。",
    en: "The Work Safety Law's baseline duties for every production and business unit, each version on its own dates."
  },
  factsKey: WORK_SAFETY_FACTS_KEY,
  facts: WorkSafetyFacts,
  documents: [emergencyPlanMeasures],
  rules: [
    ...safetyManagementStaffing,
    principalSafetyStaffAssessment,
    registeredSafetyEngineer,
    safetyTraining,
    trainingRecords,
    specialOperatorCertificates,
    threeSimultaneities,
    constructionProjectSafetyEvaluation,
    majorHazardInstallations,
    dualPrevention,
    majorAccidentHazardReporting,
    dormitorySeparation,
    evacuationExits,
    dangerousOperationsSupervision,
    liabilityInsurance,
    emergencyPlanDrills,
    contractingQualifiedParties,
    contractingSafetyManagement,
    safetyWarningSigns,
    safetyEquipmentStandards,
    safetyEquipmentInService,
    cateringGasAlarm,
    dangerousGoodsApproval,
    dangerousGoodsSafetyMeasures,
    sharedWorkAreaCoordination,
    specialEquipmentInspection,
    eliminatedProcessesEquipment,
    hazardDisclosure,
    protectiveEquipment,
    safetyFacilitiesDesign,
    safetyFacilitiesAcceptance,
    safetyInvestment,
    principalDuties,
    responsibilitySystem,
    postResponsibilities,
    safetyStaffAppointmentNotice,
    newTechnologyTraining,
    safetyInspections,
    ppeAndTrainingFunds,
    workInjuryInsurance,
    rescueOrganisation,
    accidentReporting
  ]
})
