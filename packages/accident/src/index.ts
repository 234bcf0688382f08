/**
 * @anquan/accident — production-safety accidents (生产安全事故): grades explained, the reporting
 * timeline of 生产安全事故报告和调查处理条例 and its violations (迟报, 漏报, 谎报, 瞒报, 补报), the
 * fines an accident exposes a unit and its principal to, the closure triggers of 安全生产法
 * 第一百一十三条, and the investigation (第十九、二十九、三十二条; 四不放过 and 结案备案 of seed 003),
 * kept with its steps in an investigation store (`InvestigationStore`, `openInvestigationStore`:
 * SQLite or PostgreSQL, events kept, stale writes rejected). The `Accident` model and
 * `accidentGradeOf` live in `@anquan/core`.
 *
 * @module \@anquan/accident
 * @since 0.1.0
 */
export { InvalidAsOfError, resolveAsOfDate, resolveAsOfInstant } from "./AsOf.ts"
export { calendarDayOf, CHINA_UTC_OFFSET_MINUTES, endOfDay, isInstantWithin, startOfDay } from "./ChinaTime.ts"
export {
  REPORTING_REGULATION_IN_FORCE,
  reportingRegulation,
  SAFETY_LAW_2021_IN_FORCE,
  safetyLaw
} from "./Citations.ts"
export type { ReportingArticle, SafetyLawArticle } from "./Citations.ts"
export {
  ClosureCase,
  closureTriggers,
  closureTriggersEffect,
  closureTriggersPromise,
  PenaltyDecision,
  repeatedPenaltyTrigger,
  UnsafeConditionsFinding
} from "./Closure.ts"
export type { ClosureAssessment, ClosureItem, RepeatedPenaltyTrigger } from "./Closure.ts"
export {
  CasualtyFigures,
  gradeBreakdown,
  gradeBreakdownEffect,
  gradeBreakdownPromise,
  gradeByDeaths,
  gradeByDirectLoss,
  gradeBySeriousInjuries,
  gradeIfMissingDie,
  gradeLabel,
  gradeOf,
  gradeRank,
  gradesAscending,
  gradeThresholds,
  isGradeAtLeast,
  maxGrade
} from "./Grade.ts"
export type { Casualties, GradeBreakdown, GradeCriterion } from "./Grade.ts"
export {
  CaseClosure,
  checkInvestigation,
  checkInvestigationEffect,
  checkInvestigationPromise,
  checkInvestigations,
  checkInvestigationsEffect,
  checkInvestigationsPromise,
  deadlineFrom,
  delegationToUnit,
  INVESTIGATION_DAYS,
  InvestigatingLevel,
  investigatingLevelLabel,
  InvestigatingLevels,
  InvestigationCase,
  InvestigationExtension,
  InvestigationRuleIds,
  requiredInvestigatingLevel,
  ResponsibilityDetermination,
  TECHNICAL_APPRAISAL_CITATION,
  TechnicalAppraisal
} from "./Investigation.ts"
export type {
  ClosureChecklistItem,
  DayCounting,
  InvestigationCheck,
  InvestigationDeadline,
  InvestigationFinding,
  InvestigationOptions,
  InvestigationRuleId,
  InvestigationsCheck
} from "./Investigation.ts"
export { applyStep, InvestigationStep, InvestigationStepRefused } from "./InvestigationSteps.ts"
export type { InvestigationStepInput } from "./InvestigationSteps.ts"
export * from "./store/index.ts"
export { principalAccidentFinePercent, reportingPenalties, unitAccidentFine } from "./Penalties.ts"
export type { FineRange, ReportingPenalty, ReportingViolation } from "./Penalties.ts"
export {
  AccidentReport,
  CasualtyUpdate,
  checkReporting,
  checkReportingEffect,
  checkReportingPromise,
  formatLocalTime,
  ReportingCase,
  ReportingDetermination,
  ReportingLevel,
  reportingLevelLabel,
  ReportingLevels,
  ReportingRuleIds,
  ReportSender,
  requiredLevelIn,
  requiredReportingLevel
} from "./Reporting.ts"
export type {
  AccidentFinding,
  DeadlineStatus,
  EscalationStep,
  ReportingCheck,
  ReportingOptions,
  ReportingRuleId,
  SupplementaryItem
} from "./Reporting.ts"
