export * as EvaluationConfig from "./EvaluationConfig.ts"
export { ConfigError, ConfigLayer, ConfigLayers, ConfigLevel, RuleOverride, Waiver } from "./EvaluationConfig.ts"
export type { ConfigScope, LaxerThanNational, ResolvedConfig, RuleSettings, WaiverMatch } from "./EvaluationConfig.ts"
