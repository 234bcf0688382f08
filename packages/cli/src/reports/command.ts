/**
 * `anquan reports …` wired to effect's CLI. The register (`@anquan/whistleblowing`, the SQL
 * clients) is loaded when a reports command runs (`import("./commands.ts")`), not at every start.
 *
 * @since 0.2.0
 */
import { CalendarDate, calendarDayOf } from "@anquan/core"
import { Effect, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { withStdout } from "../storeCommand.ts"
import type { ReportsAction, ReportsOptions } from "./commands.ts"

const shared = Command.make("reports").pipe(
  Command.withSharedFlags({
    db: Flag.String("db").pipe(Flag.withDescription("The register: a SQLite file (it may be the hazard ledger's) or a postgres:// URL (default: anquan.sqlite)"), Flag.withDefault("anquan.sqlite")),
    actorId: Flag.String("actor-id").pipe(Flag.withDescription("Who acts, recorded on every event; required to write"), Flag.optional),
    actorName: Flag.String("actor-name").pipe(Flag.withDescription("The actor's name; required to write"), Flag.optional),
    actorRole: Flag.Literals("actor-role", ["department", "inspector", "system"]).pipe(
      Flag.withDescription("department (with --jurisdiction: receive, assign, check, decide and pay), inspector (check), system (receive, e.g. a hotline feed)"),
      Flag.optional
    ),
    jurisdiction: Flag.String("jurisdiction").pipe(Flag.withDescription("Bind the caller to this jurisdiction's subtree (needs the tree)"), Flag.optional),
    jurisdictions: Flag.String("jurisdictions").pipe(Flag.withDescription("The jurisdiction tree, a JSON array of { code, name, level, parent? }; required to write"), Flag.optional),
    config: Flag.String("config").pipe(Flag.withDescription("A JSON file of deadlines and reward levels (none are built in)"), Flag.optional)
  }),
  Command.withDescription("Public reports (举报) and rewards on SQLite (default anquan.sqlite) or PostgreSQL, as JSON; reporters are always redacted. Exit 0: done; 2: rejected or bad input."),
  Command.withExamples([{ command: "anquan reports report --db anquan.sqlite --as-of 2026-12-01", description: "Reports by state and category, verified rate, rewards, overdue steps" }])
)

const run = (action: ReportsAction) =>
  Effect.flatMap(shared, (p) =>
    withStdout((write) => {
      const options: ReportsOptions = {
        db: p.db,
        actorId: Option.getOrUndefined(p.actorId),
        actorName: Option.getOrUndefined(p.actorName),
        actorRole: Option.getOrUndefined(p.actorRole),
        jurisdiction: Option.getOrUndefined(p.jurisdiction),
        jurisdictions: Option.getOrUndefined(p.jurisdictions),
        config: Option.getOrUndefined(p.config),
        write,
        writeError: (s) => void process.stderr.write(s)
      }
      return import("./commands.ts").then((m) => m.reportsRun(options, action))
    }))

const asOfFlag = Flag.String("as-of").pipe(Flag.withDescription("As of this date, YYYY-MM-DD (default: today, in Beijing time)"), Flag.optional)
const today = (): string => CalendarDate.format(calendarDayOf(new Date()))

const executeCommand = Command.make("execute", {
  file: Argument.String("request.json").pipe(Argument.withDescription("{ \"command\": { \"_tag\": \"Receive\" | \"Assign\" | \"RecordFinding\" | \"DecideReward\" | \"PayReward\" | \"LinkHazard\", … }, \"expectedVersion\": n } (- for stdin)"))
}, (o) => run({ kind: "execute", file: o.file })).pipe(Command.withDescription("Apply one command to a report (the version you last saw; a stale one is rejected)"))

const listCommand = Command.make("list", {
  state: Flag.Literals("state", ["received", "assigned", "verified", "not-verified", "reward-granted", "reward-declined", "paid"]).pipe(Flag.withDescription("Only this state"), Flag.optional),
  category: Flag.Literals("category", ["major-risk", "major-hazard", "hazard", "violation"]).pipe(Flag.withDescription("Only this category"), Flag.optional)
}, (o) => run({ kind: "list", state: Option.getOrUndefined(o.state), category: Option.getOrUndefined(o.category) })).pipe(
  Command.withDescription("The reports in the caller's view, reporters redacted")
)

const overdueCommand = Command.make("overdue", { asOf: asOfFlag }, (o) => run({ kind: "overdue", asOf: Option.getOrElse(o.asOf, today) })).pipe(
  Command.withDescription("The handling steps late on a day under the configured deadlines")
)

const reportCommand = Command.make("report", { asOf: asOfFlag }, (o) => run({ kind: "report", asOf: Option.getOrElse(o.asOf, today) })).pipe(
  Command.withDescription("Figures as of a day: reports by state and category, checked, verified rate, rewards granted/declined/paid, overdue steps")
)

/** `anquan reports` with its subcommands. @since 0.2.0 */
export const reportsCommand = shared.pipe(Command.withSubcommands([executeCommand, listCommand, overdueCommand, reportCommand]))
