/**
 * `anquan enforcement …` wired to effect's CLI: the flags every subcommand shares and the
 * subcommands. The case store (`@anquan/enforcement`, the SQL clients) is loaded when an
 * enforcement command runs (`import("./index.ts")`), not at every start of `anquan`.
 *
 * @since 0.2.0
 */
import { Effect, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { storeFlags, storeOptions, storeRunner } from "../storeCommand.ts"
import type * as Enforcement from "./index.ts"
import type { EnforcementOptions, EnforcementOutcome } from "./run.ts"

type Name =
  | "enforcementImport"
  | "enforcementImportCheck"
  | "enforcementList"
  | "enforcementShow"
  | "enforcementRecord"
  | "enforcementOverdue"
  | "enforcementPublication"
  | "enforcementStats"

const lazy = <K extends Name>(name: K) => (options: Parameters<(typeof Enforcement)[K]>[0]): Promise<EnforcementOutcome<unknown>> =>
  import("./index.ts").then((m) => (m[name] as (o: typeof options) => Promise<EnforcementOutcome<unknown>>)(options))

const shared = Command.make("enforcement").pipe(
  Command.withSharedFlags(storeFlags({
    db: "The case store: a SQLite file (created by the first write; it may be the hazard ledger's) or a postgres://user:password@host/db URL (default: anquan.sqlite)",
    actorId: "Who acts, recorded on every event; required to write (import defaults to the system import)",
    actorRole: "The role the actor acts in: department (with --jurisdiction) or inspector (执法), system (import); enterprise (with --actor-enterprise) reads its own cases only",
    jurisdictions: "The jurisdiction tree (行政区划树), a JSON array of { code, name, level, parent? }; required to write (an import file may carry it)"
  }, {})),
  Command.withDescription("Enforcement cases (执法: inspection → finding → order to rectify → penalty decision → review → closed) on SQLite (default anquan.sqlite) or PostgreSQL. Exit 0: done; 2: refused or bad input."),
  Command.withExamples([{ command: "anquan enforcement overdue --as-of 2026-12-01 --format json", description: "Orders to rectify past their deadline, as JSON" }])
)

const sharedOptions = Effect.map(shared, (p): Omit<EnforcementOptions, "write"> => storeOptions(p))

const runEnforcement = storeRunner(sharedOptions)

const asOf = Flag.String("as-of").pipe(Flag.withDescription("As of this day, YYYY-MM-DD (default: today, in Beijing time)"), Flag.optional)

const importCommand = Command.make("import", {
  file: Argument.String("cases.json").pipe(Argument.withDescription("An array of case records, or { \"jurisdictions\"?: [...], \"cases\": [...] } (- for stdin)"))
}, (o) => runEnforcement(lazy("enforcementImport"), { file: o.file })).pipe(
  Command.withDescription("Open new cases and append the new steps of known ones, every step through the life cycle, all or nothing (without --actor-*: as the system import)"),
  Command.withExamples([{ command: "anquan enforcement import examples/enforcement/sample/cases.json --db cases.sqlite", description: "The sample cases into cases.sqlite" }])
)

const importCheckCommand = Command.make("import-check", {
  report: Argument.String("report.json").pipe(Argument.withDescription("A check report written by anquan check --format json")),
  casePrefix: Flag.String("case-prefix").pipe(Flag.withDescription("Case ids are <case-prefix>-<credit code>")),
  department: Flag.String("department").pipe(Flag.withDescription("The inspecting department, e.g. emergency-management")),
  inspectedOn: Flag.String("inspected-on").pipe(Flag.withDescription("The inspection day (default: the report's as-of date)"), Flag.optional),
  generalDeadlineDays: Flag.Int("general-deadline-days").pipe(Flag.withDescription("General hazards' deadline, days after the inspection (passed to the ledger's import)"), Flag.optional),
  origin: Flag.Literals("origin", ["inspection", "crackdown", "public-report", "accident"]).pipe(Flag.withDescription("How the cases started (default: inspection; crackdown: 打非治违)"), Flag.optional)
}, (o) =>
  runEnforcement(lazy("enforcementImportCheck"), {
    report: o.report,
    casePrefix: o.casePrefix,
    department: o.department,
    inspectedOn: Option.getOrUndefined(o.inspectedOn),
    generalDeadlineDays: Option.getOrUndefined(o.generalDeadlineDays),
    origin: Option.getOrUndefined(o.origin)
  })).pipe(
  Command.withDescription("A check's violations into the hazard ledger of the same --db (its own import: never a duplicate hazard) and one case per enterprise linked to its hazards, with the penalty articles the packs cite; needs --jurisdictions"),
  Command.withExamples([{ command: "anquan enforcement import-check report.json --case-prefix 瑞应急检〔2026〕12 --department emergency-management --jurisdictions jurisdictions.json", description: "The report's hazards into the ledger of anquan.sqlite, one case per enterprise" }])
)

const listCommand = Command.make("list", {
  stage: Flag.Literals("stage", ["inspected", "findings-recorded", "rectification-ordered", "penalty-decided", "reviewed", "closed"]).pipe(Flag.withDescription("Only this stage"), Flag.optional),
  subject: Flag.String("subject").pipe(Flag.withDescription("Only this unit (统一社会信用代码)"), Flag.optional),
  department: Flag.String("department").pipe(Flag.withDescription("Only this department"), Flag.optional),
  sector: Flag.String("sector").pipe(Flag.withDescription("Only this sector"), Flag.optional)
}, (o) =>
  runEnforcement(lazy("enforcementList"), {
    stage: Option.getOrUndefined(o.stage),
    subject: Option.getOrUndefined(o.subject),
    department: Option.getOrUndefined(o.department),
    sector: Option.getOrUndefined(o.sector)
  })).pipe(
  Command.withDescription("List the cases with their stage, unit, department, sector, deadline, penalty and version"),
  Command.withExamples([{ command: "anquan enforcement list --stage rectification-ordered", description: "The cases waiting for their review" }])
)

const showCommand = Command.make("show", {
  caseId: Argument.String("case-id").pipe(Argument.withDescription("The case"))
}, (o) => runEnforcement(lazy("enforcementShow"), { caseId: o.caseId })).pipe(
  Command.withDescription("One case and its events"),
  Command.withExamples([{ command: "anquan enforcement show 瑞应急立〔2026〕3号 --format json", description: "The case and its history as JSON" }])
)

const recordCommand = Command.make("record", {
  command: Flag.String("command").pipe(Flag.withDescription("The step as JSON, @file.json or @-: {\"_tag\":\"OrderRectification\",\"caseId\":\"…\",\"order\":{\"issuedOn\":\"…\",\"deadline\":\"…\"}}, DecidePenalty, RecordReview, PublishDecision, CloseCase, …")),
  expectedVersion: Flag.Int("expected-version").pipe(Flag.withDescription("The version you last saw (0 for OpenCase); a stale one is rejected"))
}, (o) => runEnforcement(lazy("enforcementRecord"), { command: o.command, expectedVersion: o.expectedVersion })).pipe(
  Command.withDescription("Record one step of a case, decided by the life cycle (refused steps write nothing)"),
  Command.withExamples([{ command: "anquan enforcement record --command @review.json --expected-version 4 --actor-id P-1 --actor-name 张执法 --actor-role inspector --jurisdictions jurisdictions.json", description: "Record a review (复查) of a case's order to rectify" }])
)

const overdueCommand = Command.make("overdue", { asOf }, (o) => runEnforcement(lazy("enforcementOverdue"), { asOf: Option.getOrUndefined(o.asOf) })).pipe(
  Command.withDescription("Orders to rectify past their deadline as of a day (the deadline day is not overdue), most overdue first"),
  Command.withExamples([{ command: "anquan enforcement overdue --as-of 2026-12-01", description: "Orders past their deadline on 1 December 2026" }])
)

const publicationCommand = Command.make("publication", {
  asOf,
  calendar: Flag.String("calendar").pipe(Flag.withDescription("A JSON file { \"holidays\": [...], \"workdays\"?: [...] } (法定节假日, 调休上班日); default: weekends only"), Flag.optional)
}, (o) => runEnforcement(lazy("enforcementPublication"), { asOf: Option.getOrUndefined(o.asOf), calendar: Option.getOrUndefined(o.calendar) })).pipe(
  Command.withDescription("Penalty decisions not published within 7 working days of the decision (安全生产法 第七十八条)"),
  Command.withExamples([{ command: "anquan enforcement publication --as-of 2026-12-01 --calendar holidays-2026.json", description: "Decisions published late, counting the year's holidays" }])
)

const statsCommand = Command.make("stats", {
  from: Flag.String("from").pipe(Flag.withDescription("The period's first day, YYYY-MM-DD")),
  to: Flag.String("to").pipe(Flag.withDescription("The period's last day, YYYY-MM-DD")),
  by: Flag.Literals("by", ["department", "sector", "jurisdiction", "month"]).pipe(Flag.withDescription("Break the figures down by department, sector, jurisdiction or calendar month (default: department)"), Flag.withDefault("department" as const)),
  compareFrom: Flag.String("compare-from").pipe(Flag.withDescription("The comparison period's first day (default: --from a year earlier)"), Flag.optional),
  compareTo: Flag.String("compare-to").pipe(Flag.withDescription("The comparison period's last day (default: --to a year earlier)"), Flag.optional),
  target: Flag.String("target").pipe(Flag.withDescription("seed-002 (default: non-accident penalty cases +15 % 同比), none, or a JSON file { metric, growthPercent, source }"), Flag.optional)
}, (o) =>
  runEnforcement(lazy("enforcementStats"), {
    from: o.from,
    to: o.to,
    by: o.by,
    compareFrom: Option.getOrUndefined(o.compareFrom),
    compareTo: Option.getOrUndefined(o.compareTo),
    target: Option.getOrUndefined(o.target)
  })).pipe(
  Command.withDescription("Case figures by department, sector or jurisdiction for a period and its comparison period, against a target"),
  Command.withExamples([{ command: "anquan enforcement stats --from 2026-01-01 --to 2026-12-31 --by department --format json", description: "The year's figures against seed 002's +15 %" }])
)

/** `anquan enforcement` with its subcommands. @since 0.2.0 */
export const enforcementCommand = shared.pipe(
  Command.withSubcommands([importCommand, importCheckCommand, listCommand, showCommand, recordCommand, overdueCommand, publicationCommand, statsCommand])
)
