/**
 * The pack's rules as they were before the rule language (0.1.0, commit 4d35cae), copied verbatim
 * with their helper kit: the reference the equivalence test compares the ported rules with.
 * Test support only; not part of the package.
 */
import type { Rule } from "@anquan/core"
import { constructionProjectSafetyEvaluation } from "./construction-project-safety-evaluation.ts"
import { dangerousOperationsSupervision } from "./dangerous-operations-supervision.ts"
import { dormitorySeparation } from "./dormitory-separation.ts"
import { dualPrevention } from "./dual-prevention.ts"
import { emergencyPlanDrills } from "./emergency-plan-drills.ts"
import { liabilityInsurance } from "./liability-insurance.ts"
import { majorAccidentHazardReporting } from "./major-accident-hazard-reporting.ts"
import { majorHazardInstallations } from "./major-hazard-installations.ts"
import { principalSafetyStaffAssessment } from "./principal-safety-staff-assessment.ts"
import { registeredSafetyEngineer } from "./registered-safety-engineer.ts"
import { safetyManagementStaffing } from "./safety-management-staffing.ts"
import { safetyTraining } from "./safety-training.ts"
import { specialOperatorCertificates } from "./special-operator-certificates.ts"
import { threeSimultaneities } from "./three-simultaneities.ts"
import { trainingRecords } from "./training-records.ts"

/** Every former rule version (evacuation-exits has its own reference in its equivalence test). */
export const formerRules: ReadonlyArray<Rule.Rule<any>> = [
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
  dangerousOperationsSupervision,
  liabilityInsurance,
  emergencyPlanDrills
]
