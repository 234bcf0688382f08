export * as Engine from "./Engine.ts"
export type { EngineOptions, EvaluateOptions, Include, Plan, PlannedRule, ScopedPlan } from "./Engine.ts"
export * as Evaluation from "./Evaluation.ts"
export { EvaluationSettings, Evaluator, RuleRegistry } from "./Evaluation.ts"
export type { EffectEvaluateOptions } from "./Evaluation.ts"
export { countKeyOf, countKeys, findingKindOf, isOpenViolation } from "./Finding.ts"
export type { CountKey, Finding, FindingWaiver } from "./Finding.ts"
export { emptyCounts, ReportBuilder, verdictLabels, verdicts } from "./Report.ts"
export type {
  Counts,
  DecodeIssue,
  EvaluatedRecord,
  RecordResult,
  RejectedRecord,
  Report,
  ReportBuilderOptions,
  SubjectSummary,
  Verdict
} from "./Report.ts"
