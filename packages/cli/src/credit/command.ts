/**
 * `anquan credit …` wired to effect's CLI: the flags every subcommand shares and the subcommands
 * (`list add|repair|remove|show|history`, `check`, `classes`, `rate`, `candidates`). The store
 * (`@anquan/credit`, the SQL clients) is loaded when a credit command runs (`import("./index.ts")`),
 * not at every start of `anquan`.
 *
 * @since 0.2.0
 */
import { Effect, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { configFlag, storeFlags, storeOptions, storeRunner } from "../storeCommand.ts"
import type * as Credit from "./index.ts"
import type { CreditCliOptions, CreditOutcome } from "./run.ts"

type Name =
  | "creditListAdd"
  | "creditListRepair"
  | "creditListRemove"
  | "creditListShow"
  | "creditListHistory"
  | "creditCheck"
  | "creditClassesCommand"
  | "creditRate"
  | "creditCandidatesCommand"

const lazy = <K extends Name>(name: K) => (options: Parameters<(typeof Credit)[K]>[0]): Promise<CreditOutcome<unknown>> =>
  import("./index.ts").then((m) => (m[name] as (o: typeof options) => Promise<CreditOutcome<unknown>>)(options))

const shared = Command.make("credit").pipe(
  Command.withSharedFlags(storeFlags({
    db: "The credit store: a SQLite file (created by the first write; it may be the hazard ledger's) or a postgres://user:password@host/db URL (default: anquan.sqlite)",
    actorId: "Who acts, recorded on every event; required to write",
    actorRole: "The role the actor acts in: department (with --jurisdiction, its own subtree) or system may write; others read",
    jurisdictions: "The jurisdiction tree (行政区划树), a JSON array of { code, name, level, parent? }; required to write"
  }, { config: configFlag("A JSON file of the credit configuration (purposes, entry conditions, durations, repair, classes, scoring, caps, rating target); default: the built-in one, examples marked unverified") })),
  Command.withDescription("Credit and the blacklist (失信名单, 联合惩戒): entries, 信用修复, what an entry blocks, credit classes, the rating rate; on SQLite (default anquan.sqlite) or PostgreSQL. Exit 0: done (check: not blocked); 1: check: blocked; 2: rejected or bad input."),
  Command.withExamples([{ command: "anquan credit check 91330381MA2L9RT6N9 --purpose loan --as-of 2026-12-01", description: "Whether the list blocks a bank loan for this enterprise on that day, and by which entry" }])
)

const sharedOptions = Effect.map(shared, (p): Omit<CreditCliOptions, "write"> => storeOptions(p))

const runCredit = storeRunner(sharedOptions)

const asOf = Flag.String("as-of").pipe(Flag.withDescription("The day, YYYY-MM-DD (default: today, in Beijing time)"), Flag.optional)
const expectedVersion = Flag.Int("expected-version").pipe(Flag.withDescription("The entry's version you last saw (a stale one is rejected)"), Flag.optional)
const on = Flag.String("on").pipe(Flag.withDescription("The day it takes effect, YYYY-MM-DD (default: today)"), Flag.optional)

const addCommand = Command.make("add", {
  enterprise: Argument.String("enterprise").pipe(Argument.withDescription("The enterprise's unified social credit code")),
  enterpriseJurisdiction: Flag.String("enterprise-jurisdiction").pipe(Flag.withDescription("The enterprise's jurisdiction code")),
  condition: Flag.String("condition").pipe(Flag.withDescription("The entry condition (an id of the configuration; default config: fatal-accident, serious-violation)")),
  from: Flag.String("from").pipe(Flag.withDescription("The first day listed, YYYY-MM-DD")),
  reason: Flag.String("reason").pipe(Flag.withDescription("The facts or decision the entry rests on")),
  name: Flag.String("name").pipe(Flag.withDescription("The enterprise's name"), Flag.optional),
  ref: Flag.String("ref").pipe(Flag.withDescription("A reference: the accident id, the decision number"), Flag.optional),
  expiresOn: Flag.String("expires-on").pipe(Flag.withDescription("The first day it no longer applies (default: the condition's duration; none: until repaired)"), Flag.optional),
  id: Flag.String("id").pipe(Flag.withDescription("The entry id (default: <condition>:<enterprise>:<from>)"), Flag.optional)
}, (o) =>
  runCredit(lazy("creditListAdd"), {
    enterprise: o.enterprise,
    enterpriseJurisdiction: o.enterpriseJurisdiction,
    condition: o.condition,
    from: o.from,
    reason: o.reason,
    name: Option.getOrUndefined(o.name),
    ref: Option.getOrUndefined(o.ref),
    expiresOn: Option.getOrUndefined(o.expiresOn),
    id: Option.getOrUndefined(o.id)
  })).pipe(
  Command.withDescription("List an enterprise (列入失信名单) under a configured condition from a day"),
  Command.withExamples([{
    command: "anquan credit list add 91330381MA2L9RT6N9 --enterprise-jurisdiction 330381 --condition fatal-accident --from 2026-03-02 --reason \"SG-2026-001 储罐检修中毒 1人死亡\" --actor-id P-1 --actor-name 瑞安市应急管理局 --actor-role department --jurisdiction 330381 --jurisdictions jurisdictions.json",
    description: "List the enterprise after a fatal accident"
  }])
)

const repairCommand = Command.make("repair", {
  entryId: Argument.String("entry-id").pipe(Argument.withDescription("The entry to repair")),
  evidence: Flag.String("evidence").pipe(Flag.withDescription("The evidence shown, comma-separated ids of the configuration (default config: rectified,penalty-fulfilled,credit-commitment)")),
  note: Flag.String("note").pipe(Flag.withDescription("A note"), Flag.optional),
  on,
  expectedVersion
}, (o) =>
  runCredit(lazy("creditListRepair"), {
    entryId: o.entryId,
    evidence: o.evidence.split(",").map((s) => s.trim()).filter((s) => s !== ""),
    note: Option.getOrUndefined(o.note),
    on: Option.getOrUndefined(o.on),
    expectedVersion: Option.getOrUndefined(o.expectedVersion)
  })).pipe(
  Command.withDescription("Record a 信用修复 (credit repair), if the configuration allows it on that day with that evidence; the entry stops blocking from then"),
  Command.withExamples([{ command: "anquan credit list repair fatal-accident:91330381MA2L9RT6N9:2026-03-02 --evidence rectified,penalty-fulfilled,credit-commitment --on 2026-09-01 --expected-version 1", description: "Repair the entry" }])
)

const removeCommand = Command.make("remove", {
  entryId: Argument.String("entry-id").pipe(Argument.withDescription("The entry to remove")),
  reason: Flag.String("reason").pipe(Flag.withDescription("Why (listed in error, decision quashed)")),
  on,
  expectedVersion
}, (o) =>
  runCredit(lazy("creditListRemove"), { entryId: o.entryId, reason: o.reason, on: Option.getOrUndefined(o.on), expectedVersion: Option.getOrUndefined(o.expectedVersion) })).pipe(
  Command.withDescription("Record a removal (移出, 撤销); the entry and its history are kept"),
  Command.withExamples([{ command: "anquan credit list remove fatal-accident:91330381MA2L9RT6N9:2026-03-02 --reason 误列 --on 2026-04-01 --expected-version 1", description: "Remove an entry listed in error" }])
)

const showCommand = Command.make("show", {
  enterprise: Flag.String("enterprise").pipe(Flag.withDescription("Only this enterprise"), Flag.optional),
  status: Flag.Literals("status", ["pending", "active", "expired", "repaired", "removed"]).pipe(Flag.withDescription("Only entries with this status on --as-of"), Flag.optional),
  asOf
}, (o) => runCredit(lazy("creditListShow"), { enterprise: Option.getOrUndefined(o.enterprise), status: Option.getOrUndefined(o.status), asOf: Option.getOrUndefined(o.asOf) })).pipe(
  Command.withDescription("The entries with their window, status on a day and version"),
  Command.withExamples([{ command: "anquan credit list show --status active --as-of 2026-12-01", description: "The entries active on that day" }])
)

const historyCommand = Command.make("history", {
  entryId: Argument.String("entry-id").pipe(Argument.withDescription("The entry"))
}, (o) => runCredit(lazy("creditListHistory"), { entryId: o.entryId })).pipe(
  Command.withDescription("An entry's events: listed, repaired, removed, with who and when"),
  Command.withExamples([{ command: "anquan credit list history fatal-accident:91330381MA2L9RT6N9:2026-03-02", description: "What happened to the entry" }])
)

const listCommand = Command.make("list").pipe(
  Command.withDescription("The blacklist (失信名单): add, repair, remove, show, history"),
  Command.withExamples([{ command: "anquan credit list show --format json", description: "Every entry, with its status today" }]),
  Command.withSubcommands([addCommand, repairCommand, removeCommand, showCommand, historyCommand])
)

const checkCommand = Command.make("check", {
  enterprise: Argument.String("enterprise").pipe(Argument.withDescription("The enterprise's unified social credit code")),
  purpose: Flag.String("purpose").pipe(Flag.withDescription("What the enterprise asks for (a purpose of the configuration; default config: project-approval, land-approval, securities-financing, loan, award, funding-support)")),
  asOf
}, (o) => runCredit(lazy("creditCheck"), { enterprise: o.enterprise, purpose: o.purpose, asOf: Option.getOrUndefined(o.asOf) })).pipe(
  Command.withDescription("Whether the list blocks a purpose for an enterprise on a day, and by which entries with their basis (exit 1: blocked)"),
  Command.withExamples([{ command: "anquan credit check 91330381MA2L9RT6N9 --purpose loan --as-of 2026-12-01", description: "May the enterprise get a bank loan that day?" }])
)

const classesCommand = Command.make("classes", {
  file: Argument.String("record.json").pipe(Argument.withDescription("{ enterprises, accidents?, majorHazards?, penalties? } or an array of enterprises (- for stdin)")),
  record: Flag.Boolean("record").pipe(Flag.withDescription("Store the classes as ratings (a write: needs the actor flags and --jurisdictions)"), Flag.withDefault(false)),
  ledger: Flag.String("ledger").pipe(Flag.withDescription("A hazard ledger (a SQLite file written by anquan ledger, or a postgres:// URL), read only: its major hazards count with the record's"), Flag.optional),
  asOf
}, (o) => runCredit(lazy("creditClassesCommand"), { file: o.file, record: o.record, ledger: Option.getOrUndefined(o.ledger), asOf: Option.getOrUndefined(o.asOf) })).pipe(
  Command.withDescription("A credit class per enterprise from its record (accidents, major hazards, penalties, standardization, the list), with every fact that made it"),
  Command.withExamples([{ command: "anquan credit classes record.json --as-of 2026-12-01 --format json", description: "Classes A–D with their explanations" }])
)

const rateCommand = Command.make("rate", {
  file: Argument.String("enterprises.json").pipe(Argument.withDescription("The enterprises (an array, or a record file): the 规模以上 ones are in scope")),
  asOf
}, (o) => runCredit(lazy("creditRate"), { file: o.file, asOf: Option.getOrUndefined(o.asOf) })).pipe(
  Command.withDescription("The rating rate (信用等级评估率) per jurisdiction against the target (default ≥ 90 %, seed 002), from the ratings stored"),
  Command.withExamples([{ command: "anquan credit rate record.json --as-of 2026-12-01", description: "Rated 规模以上 enterprises per jurisdiction" }])
)

const candidatesCommand = Command.make("candidates", {
  file: Argument.String("record.json").pipe(Argument.withDescription("{ enterprises, accidents?, majorHazards?, penalties? } (- for stdin)")),
  asOf
}, (o) => runCredit(lazy("creditCandidatesCommand"), { file: o.file, asOf: Option.getOrUndefined(o.asOf) })).pipe(
  Command.withDescription("The entries the configured conditions call for from a record (to list with list add); opens no store"),
  Command.withExamples([{ command: "anquan credit candidates record.json --as-of 2026-12-01", description: "Who the record says should be listed" }])
)

/** `anquan credit` with its subcommands. @since 0.2.0 */
export const creditCommand = shared.pipe(Command.withSubcommands([listCommand, checkCommand, classesCommand, rateCommand, candidatesCommand]))
