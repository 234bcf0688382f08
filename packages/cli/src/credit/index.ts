/**
 * `anquan credit …` — the 黑名单 (失信名单), credit classes and the rating rate from the command
 * line, on SQLite by default (`--db anquan.sqlite`) or PostgreSQL. Each subcommand is a plain async
 * function returning its exit code; `command.ts` wires them to effect's CLI.
 *
 * @since 0.2.0
 */
export {
  creditCandidatesCommand,
  creditCheck,
  creditClassesCommand,
  creditListAdd,
  creditListHistory,
  creditListRemove,
  creditListRepair,
  creditListShow,
  creditRate
} from "./commands.ts"
export type {
  CreditCandidatesOptions,
  CreditCheckOptions,
  CreditClassesOptions,
  CreditListAddOptions,
  CreditListHistoryOptions,
  CreditListRemoveOptions,
  CreditListRepairOptions,
  CreditListShowOptions,
  CreditRateOptions
} from "./commands.ts"
export { failed, readConfig, withCreditStore } from "./run.ts"
export type { CreditCliOptions, CreditFormat, CreditOutcome } from "./run.ts"
