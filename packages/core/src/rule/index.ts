export * as Outcome from "./Outcome.ts"
export type { Compliant, Evidence, Indeterminate, NotApplicable, OutcomeKind, Violation } from "./Outcome.ts"
export { Locale, Localized, localize } from "./Localized.ts"
export * as Rule from "./Rule.ts"
export type {
  Applicability,
  BooleanParam,
  FindingKind,
  NumberParam,
  ParamSpec,
  ParamSpecs,
  ParamValues,
  RuleContext,
  RuleDefinition,
  RuleNote,
  Severity,
  Subject
} from "./Rule.ts"
