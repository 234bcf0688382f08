/**
 * @anquan/responsibility — the responsibility system (安全生产责任制): agreements signed level by
 * level (责任书) and their coverage as of a date, duty lists (责任清单) from role × rank × sector,
 * control targets (控制指标) evaluated from accident records and published per quarter or month,
 * assessments (考核) with the one-vote veto (一票否决), and accountability (问责) by accident grade.
 *
 * Every computation is a pure function of its inputs and an as-of date, with an Effect entry
 * (`…Effect`: decodes unknown input, as-of defaults to the `Clock`) and a Promise entry (`…Promise`).
 *
 * @module \@anquan/responsibility
 * @since 0.1.0
 */
export {
  AccountabilityData,
  accountabilityFor,
  accountabilityForEffect,
  accountabilityForPromise,
  AccountabilityRule,
  AccountableParty,
  AccountableRole,
  accountabilityForInvestigation,
  accountabilityForInvestigationEffect,
  accountabilityForInvestigationPromise,
  defaultAccountabilityRules,
  InvestigationAccountabilityData,
  Leader,
  ResponsibilityKind
} from "./Accountability.ts"
export type {
  Accountable,
  AccountabilityOptions,
  AccountabilityResult,
  DeterminedPerson,
  InvestigationAccountability
} from "./Accountability.ts"
export {
  AssessedUnit,
  assess,
  AssessmentData,
  assessEffect,
  AssessmentError,
  AssessmentItem,
  AssessmentScheme,
  assessPromise,
  ItemScore,
  pointsFromRate,
  pointsFromTargets,
  seed000Veto,
  VetoRule
} from "./Assessment.ts"
export type { AssessmentInput, AssessmentResult } from "./Assessment.ts"
export {
  BaseFigures,
  evaluateTarget,
  evaluateUnitTargets,
  evaluateUnitTargetsEffect,
  evaluateUnitTargetsPromise,
  indicatorBulletins,
  indicatorBulletinsEffect,
  indicatorBulletinsPromise,
  isWithinJurisdiction,
  publicationPeriods,
  TargetBound,
  targetsFromAgreements,
  TargetsData,
  TargetSpec,
  UnitTargets
} from "./ControlTargets.ts"
export type {
  BulletinInput,
  IndicatorBulletin,
  PublicationCadence,
  PublicationPeriod,
  TargetContext,
  TargetResult,
  UnitTargetResults
} from "./ControlTargets.ts"
export {
  agreementCoverage,
  agreementCoverageEffect,
  agreementCoveragePromise,
  CoverageData,
  partyMatchesUnit
} from "./Coverage.ts"
export type { CoverageInput, CoverageReport, CoverageTally, RequiredAgreement, UndeterminedObligation } from "./Coverage.ts"
export {
  DutyHolder,
  dutyList,
  DutyListData,
  dutyListEffect,
  dutyListPromise,
  DutyRank,
  DutyRole,
  NewSectorAssignment
} from "./DutyList.ts"
export type { Duty, DutyContext, DutyList } from "./DutyList.ts"
export {
  dateInYear,
  defaultRequirementsConfig,
  MonthDay,
  PartySelector,
  RequirementOverride,
  RequirementsConfig,
  resolveRequirements,
  seed000Requirements,
  SigningRequirement
} from "./Requirements.ts"
export { indexRoster, jurisdictionOfUnit, OrgUnit, Roster, unitsBelow } from "./Roster.ts"
export type { RosterIndex } from "./Roster.ts"
