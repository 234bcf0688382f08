/**
 * `anquan investigation open|record|list|show|overdue` wired to effect's CLI: the investigation
 * store's subcommands, each with the store flags (`--db`, the actor flags, `--jurisdiction`,
 * `--jurisdictions`, `--format`). The store (`@anquan/accident`'s, the SQL clients) is loaded when one
 * runs (`import("./commands.ts")`), not at every start of `anquan`.
 *
 * @since 0.2.0
 */
import { Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { storeFlags, storeOptions, withStdout } from "../storeCommand.ts"

type Name = "investigationOpen" | "investigationRecord" | "investigationList" | "investigationShow" | "investigationOverdue"

const flags = () =>
  storeFlags({
    db: "The investigation store: a SQLite file (created by the first write; it may be the hazard ledger's) or a postgres://user:password@host/db URL (default: anquan.sqlite)",
    actorId: "Who acts, recorded on every event; required to write (open defaults to the system import)",
    actorRole: "The role the actor acts in: department (with --jurisdiction: the government investigating) or system; others read only",
    jurisdictions: "The jurisdiction tree (行政区划树), a JSON array of { code, name, level, parent? }; required to write"
  }, {})

type Parsed = Parameters<typeof storeOptions>[0]

const run = <K extends Name>(name: K, parsed: Parsed, own: Record<string, unknown>) =>
  withStdout((write) =>
    import("./commands.ts").then((m) =>
      (m[name] as (o: unknown) => Promise<{ readonly exitCode: number }>)({ ...storeOptions(parsed), ...own, write }).then((r) => r.exitCode)
    )
  )

const openCommand = Command.make("open", {
  ...flags(),
  file: Argument.String("cases.json").pipe(Argument.withDescription("One investigation case { accident, investigatedBy?, … } or an array of them, all or nothing (- for stdin)"))
}, (o) => run("investigationOpen", o, { file: o.file })).pipe(
  Command.withDescription("Open the investigation of an accident (or of each case of an array, all or nothing) in the investigation store (without --actor-*: as the system import)"),
  Command.withExamples([{ command: "anquan investigation open cases.json --db anquan.sqlite --jurisdictions jurisdictions.json", description: "The cases' investigations into anquan.sqlite" }])
)

const recordCommand = Command.make("record", {
  ...flags(),
  accidentId: Argument.String("accident-id").pipe(Argument.withDescription("The accident whose investigation the step is of")),
  step: Flag.String("step").pipe(Flag.withDescription("The step as JSON, @file.json or @-: {\"_tag\":\"SubmitReport\",\"on\":\"2024-06-20\"}, StartInvestigation {on, investigatedBy}, ExtendReport {extension}, RecordAppraisal {appraisal}, ExtendApproval {extension}, ApproveReport {on, unsafeConditionsCaused?}, DetermineResponsibility {determination}, RecordClosure {closure}")),
  expectedVersion: Flag.Int("expected-version").pipe(Flag.withDescription("The version you last saw; a stale one is rejected"))
}, (o) => run("investigationRecord", o, { accidentId: o.accidentId, step: o.step, expectedVersion: o.expectedVersion })).pipe(
  Command.withDescription("Record one step of an investigation (a second start, submission or approval, or a step that breaks the case, is refused and writes nothing)"),
  Command.withExamples([{ command: "anquan investigation record SG-2024-011 --step '{\"_tag\":\"SubmitReport\",\"on\":\"2024-06-20\"}' --expected-version 2 --actor-id D-1 --actor-name 应急管理局 --actor-role department --jurisdiction 330381 --jurisdictions jurisdictions.json", description: "The report submitted on 20 June 2024" }])
)

const listCommand = Command.make("list", {
  ...flags(),
  grade: Flag.Literals("grade", ["especially-serious", "serious", "relatively-serious", "general"]).pipe(Flag.withDescription("Only this grade"), Flag.optional)
}, (o) => run("investigationList", o, { grade: Option.getOrUndefined(o.grade) })).pipe(
  Command.withDescription("List the stored investigations with grade, level, report, approval, closure filing and version")
)

const showCommand = Command.make("show", {
  ...flags(),
  accidentId: Argument.String("accident-id").pipe(Argument.withDescription("The accident"))
}, (o) => run("investigationShow", o, { accidentId: o.accidentId })).pipe(Command.withDescription("One investigation and its events"))

const overdueCommand = Command.make("overdue", {
  ...flags(),
  asOf: Flag.String("as-of").pipe(Flag.withDescription("As of this day, YYYY-MM-DD (default: today, in Beijing time)"), Flag.optional),
  reportClockFrom: Flag.Literals("report-clock-from", ["accident-day", "investigation-start"]).pipe(Flag.withDescription("The day the 60 days of 第二十九条 run from (default accident-day; unverified reading)"), Flag.optional),
  firstDay: Flag.Literals("first-day", ["excluded", "included"]).pipe(Flag.withDescription("Whether the start day counts as day 1 (default excluded; unverified reading)"), Flag.optional),
  dayKind: Flag.Literals("day-kind", ["calendar", "working"]).pipe(Flag.withDescription("Count calendar days (default) or working days (with --calendar; unverified reading)"), Flag.optional),
  calendar: Flag.String("calendar").pipe(Flag.withDescription("With --day-kind working: the working-day calendar { \"holidays\": [...], \"workdays\"?: [...] }"), Flag.optional)
}, (o) =>
  run("investigationOverdue", o, {
    asOf: Option.getOrUndefined(o.asOf),
    reportClockFrom: Option.getOrUndefined(o.reportClockFrom),
    firstDay: Option.getOrUndefined(o.firstDay),
    dayKind: Option.getOrUndefined(o.dayKind),
    calendar: Option.getOrUndefined(o.calendar)
  })).pipe(
  Command.withDescription("The stored investigations whose report (第二十九条) or approval (第三十二条) is past its deadline as of a day"),
  Command.withExamples([{ command: "anquan investigation overdue --as-of 2024-08-01 --format json", description: "Investigations past a deadline on 1 August 2024" }])
)

/** The investigation store's subcommands of `anquan investigation`. @since 0.2.0 */
export const investigationStoreCommands = [openCommand, recordCommand, listCommand, showCommand, overdueCommand] as const
