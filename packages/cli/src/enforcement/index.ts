/**
 * `anquan enforcement …` — enforcement cases (执法) from the command line, on SQLite by default
 * (`--db anquan.sqlite`, beside the hazard ledger) or PostgreSQL: import cases, open them from a
 * check's findings through the hazard ledger, list and show them, record a step, and read the
 * overdue orders, the 第七十八条 publication findings and the statistics. Each subcommand is a plain
 * async function returning its exit code; `command.ts` wires them to effect's CLI.
 *
 * @since 0.2.0
 */
export {
  enforcementImport,
  enforcementImportCheck,
  enforcementList,
  enforcementOverdue,
  enforcementPublication,
  enforcementRecord,
  enforcementShow,
  enforcementStats,
  renderCases,
  renderStatistics
} from "./commands.ts"
export type {
  EnforcementAsOfOptions,
  EnforcementImportCheckOptions,
  EnforcementImportOptions,
  EnforcementListOptions,
  EnforcementPublicationOptions,
  EnforcementRecordOptions,
  EnforcementShowOptions,
  EnforcementStatsOptions
} from "./commands.ts"
export { ENFORCEMENT_IMPORT_ACTOR, enforcementCaller, reportFailures, withCases } from "./run.ts"
export type { EnforcementAccess, EnforcementFormat, EnforcementOptions, EnforcementOutcome } from "./run.ts"
