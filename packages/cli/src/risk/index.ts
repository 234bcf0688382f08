/**
 * `anquan risk …` — the risk register (安全风险分级管控) from the command line, on SQLite by default
 * (`--db anquan.sqlite`) or PostgreSQL: import risk points, list them, assess (grade, or record an
 * assessment on a point) and report the figures. Each subcommand is a plain async function
 * returning its exit code; `command.ts` wires them to effect's CLI.
 *
 * @since 0.2.0
 */
export { renderRiskPoints, renderRiskReport, reportOf, riskAssess, riskFlag, riskImport, riskList, riskReport } from "./commands.ts"
export type { RiskAssessOptions, RiskFlagOptions, RiskImportOptions, RiskListOptions, RiskReport, RiskReportOptions } from "./commands.ts"
export { IMPORT_ACTOR, withRegister } from "./run.ts"
export type { RiskAccess, RiskFormat, RiskOptions, RiskOutcome } from "./run.ts"
