/**
 * @anquan/campaign — campaigns (专项行动): real plans as templates, instantiated for a
 * jurisdiction and a year, and their progress as of a date (current phase, units covered,
 * checklist items checked, hazards found / fixed / overdue per phase, reports due and late,
 * target attainment); standardization grades (标准化) with their approving level, validity and
 * revocation triggers; supervision classes A–D (分类监管) with a configurable inspection frequency.
 *
 * Every computation is a pure function of its inputs and an as-of date, with an Effect entry
 * (`…Effect`: decodes unknown input with path-precise errors; the as-of date defaults to today,
 * Beijing time, by the `Clock`) and a Promise entry (`…Promise`).
 *
 * @module \@anquan/campaign
 * @since 0.1.0
 */
export { calendarDayOf, CHINA_UTC_OFFSET_MINUTES, InvalidAsOfError, resolveAsOfDate } from "./AsOf.ts"
export {
  CampaignHazard,
  campaignProgress,
  campaignProgressEffect,
  campaignProgressPromise,
  CampaignRoster,
  closureDateAsOf,
  hazardStateAsOf,
  HazardStateChange,
  isWithinJurisdiction,
  itemApplies,
  ProgressData,
  RosterUnit,
  unitMatches,
  unitScope
} from "./Progress.ts"
export type {
  CampaignProgress,
  ChecklistProgress,
  HazardTally,
  ItemProgress,
  PhaseProgress,
  ProgressInput,
  ProgressOptions,
  TargetAttainment,
  UnitCoverage
} from "./Progress.ts"
export { reportObligations, reportStates, SubmittedReport, summarizeReports } from "./Reporting.ts"
export type { ReportObligation, ReportState, ReportStatus, ReportSummary } from "./Reporting.ts"
export {
  CampaignSpec,
  campaignWindow,
  ChecklistItemSpec,
  defaultComparison,
  isPeriodicReporting,
  LeadingGroupSpec,
  OneOffReportingSpec,
  PeriodicReportingSpec,
  PhaseSpec,
  Post,
  ReportingSpec,
  ScopeSpec,
  ScopeTemplate,
  TargetMetric,
  TargetSpec,
  TemplateRef,
  toCoreCampaign,
  UnitFilter,
  UnitTag
} from "./Spec.ts"
export type { CoreConversionProblem } from "./Spec.ts"
export {
  applicationEligibility,
  applicationEligibilityEffect,
  applicationEligibilityPromise,
  approvingAuthority,
  approvingAuthorityEffect,
  approvingAuthorityPromise,
  CURRENT_SCHEME_FROM,
  DEFAULT_VALIDITY_YEARS,
  EligibilityData,
  gradeByScore,
  gradeStanding,
  gradeStandingEffect,
  gradeStandingPromise,
  preScheme2021Thresholds,
  RelativelySeriousOrAbove,
  RevocationData,
  revocationTriggers,
  revocationTriggersEffect,
  revocationTriggersPromise,
  ScoreThresholds,
  StandardizationPolicy,
  StandardizationRecord,
  validUntilFrom
} from "./Standardization.ts"
export type {
  ApplicationEligibility,
  ApprovingAuthority,
  ApprovingLevel,
  GradeStanding,
  GradeStatus,
  RevocationCheck,
  RevocationTrigger,
  StandardizationGrade
} from "./Standardization.ts"
export {
  InspectionFrequency,
  inspectionFrequency,
  ScheduleData,
  SupervisedUnit,
  supervisionClasses,
  SupervisionPolicy,
  supervisionSchedule,
  supervisionScheduleEffect,
  supervisionSchedulePromise
} from "./Supervision.ts"
export type { ScheduleInput, SupervisionClassInfo, SupervisionPeriod, UnitSchedule } from "./Supervision.ts"
export {
  CampaignTemplate,
  DateSource,
  decodeTemplate,
  ExplicitDate,
  instantiate,
  instantiateEffect,
  instantiatePromise,
  instantiateResult,
  InstantiationError,
  MonthDayDate,
  OneOffReportingTemplate,
  ParamDate,
  PhaseTemplate,
  TemplateDate,
  TemplateDecodeError,
  TemplateParameter,
  TemplateSource,
  TemplateWindow
} from "./Template.ts"
export type { InstantiateParams } from "./Template.ts"
export { getTemplate, getTemplateEffect, listTemplates, rawTemplates, TemplateIds, UnknownTemplateError } from "./templates.ts"
export type { TemplateId } from "./templates.ts"
export { progressLines } from "./Render.ts"
