/**
 * `anquan ledger …` — the hazard ledger (隐患台账) from the command line, on SQLite by default
 * (`--db anquan.sqlite`) or PostgreSQL (`--db postgres://…`): import the findings of a check
 * report, list and show hazards with their history, apply a command (transition), and metrics;
 * and the governance section `anquan check --ledger` adds to its reports (`ledgerSection`).
 * Each subcommand is a plain async function returning its exit code; `main.ts` wires them to
 * effect's CLI.
 *
 * @since 0.1.0
 */
export { ledgerImport, ledgerList, ledgerMetrics, ledgerShow, ledgerTransition } from "./commands.ts"
export type { ImportOptions, ImportSummary, ListOptions, MetricsOptions, ShowOptions, TransitionOptions } from "./commands.ts"
export { describeError, renderError, renderEvent, renderFile, renderHazards, renderImport, renderMetrics } from "./format.ts"
export type { ErrorReport } from "./format.ts"
export { DEFAULT_DB, isPostgres, READ_ONLY_ACTOR, resolvePath, withLedger } from "./run.ts"
export type { Access, LedgerFormat, LedgerOptions, LedgerOutcome } from "./run.ts"
export { campaignHazardOf, ledgerCampaignHazards, ledgerForCheck, ledgerSection } from "./section.ts"
export type { LedgerCampaignHazardsOptions, LedgerSection, LedgerSectionOptions, OverdueHazard } from "./section.ts"
