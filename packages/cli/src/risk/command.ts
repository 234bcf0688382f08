/**
 * `anquan risk …` wired to effect's CLI: the flags every subcommand shares and the four
 * subcommands. The register (`@anquan/risk-register`, the SQL clients) is loaded when a risk
 * command runs (`import("./index.ts")`), not at every start of `anquan`.
 *
 * @since 0.2.0
 */
import { Effect, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { configFlag, storeFlags, storeOptions, storeRunner } from "../storeCommand.ts"
import type * as Risk from "./index.ts"
import type { RiskOptions, RiskOutcome } from "./run.ts"

const lazy = <K extends "riskImport" | "riskList" | "riskAssess" | "riskReport" | "riskFlag">(name: K) =>
  (options: Parameters<(typeof Risk)[K]>[0]): Promise<RiskOutcome<unknown>> =>
    import("./index.ts").then((m) => (m[name] as (o: typeof options) => Promise<RiskOutcome<unknown>>)(options))

const shared = Command.make("risk").pipe(
  Command.withSharedFlags(storeFlags({
    db: "The register: a SQLite file (created by the first write; it may be the hazard ledger's) or a postgres://user:password@host/db URL (default: anquan.sqlite)",
    actorId: "Who acts, recorded on every event; required to write (import defaults to the system import)",
    actorRole: "The role the actor acts in: enterprise (with --actor-enterprise; its own points), department (with --jurisdiction), inspector (assess, flag), system (import, flag)",
    jurisdictions: "The jurisdiction tree (行政区划树), a JSON array of { code, name, level, parent? }; required to write (an import file may carry it)"
  }, { config: configFlag("A JSON file of the risk configuration (LEC and matrix scales and bands, review cadence, required controls); default: the built-in one, marked unverified") })),
  Command.withDescription("The risk register (安全风险分级管控) on SQLite (default anquan.sqlite) or PostgreSQL. Exit 0: done; 2: rejected or bad input."),
  Command.withExamples([{ command: "anquan risk report --db anquan.sqlite --format json", description: "Risk points by grade, reviews overdue, controls missing, as JSON" }])
)

const sharedOptions = Effect.map(shared, (p): Omit<RiskOptions, "write"> => storeOptions(p))

const runRisk = storeRunner(sharedOptions)

const importCommand = Command.make("import", {
  file: Argument.String("risk-points.json").pipe(Argument.withDescription("An array of risk points, or { \"jurisdictions\"?: [...], \"riskPoints\": [...] } (- for stdin)"))
}, (o) => runRisk(lazy("riskImport"), { file: o.file })).pipe(
  Command.withDescription("Register new risk points and update changed ones, all or nothing (without --actor-*: as the system import)"),
  Command.withExamples([{ command: "anquan risk import examples/risk-register/sample/risk-points.json --db risk.sqlite", description: "The sample risk points into risk.sqlite" }])
)

const listCommand = Command.make("list", {
  grade: Flag.Literals("grade", ["major", "significant", "general", "low"]).pipe(Flag.withDescription("Only this grade"), Flag.optional),
  enterprise: Flag.String("enterprise").pipe(Flag.withDescription("Only this enterprise (统一社会信用代码)"), Flag.optional)
}, (o) => runRisk(lazy("riskList"), { grade: Option.getOrUndefined(o.grade), enterprise: Option.getOrUndefined(o.enterprise) })).pipe(
  Command.withDescription("List the risk points with their grade, score, managing level, responsible person and version")
)

const assessCommand = Command.make("assess", {
  riskPointId: Argument.String("risk-point-id").pipe(Argument.withDescription("Record the assessment on this risk point (leave out to grade only)"), Argument.optional),
  assessment: Flag.String("assessment").pipe(Flag.withDescription("The assessment as JSON, @file.json or @-: {\"method\":\"lec\",\"L\":3,\"E\":6,\"C\":15}, {\"method\":\"matrix\",\"L\":4,\"S\":5} or {\"method\":\"direct\",\"grade\":\"major\",\"basis\":\"…\"}")),
  expectedVersion: Flag.Int("expected-version").pipe(Flag.withDescription("With a risk point: the version you last saw (a stale one is rejected)"), Flag.optional),
  on: Flag.String("on").pipe(Flag.withDescription("With a risk point: the day of the assessment (default: today)"), Flag.optional)
}, (o) =>
  runRisk(lazy("riskAssess"), {
    riskPointId: Option.getOrUndefined(o.riskPointId),
    assessment: o.assessment,
    expectedVersion: Option.getOrUndefined(o.expectedVersion),
    on: Option.getOrUndefined(o.on)
  })).pipe(
  Command.withDescription("Grade an assessment (LEC, risk matrix or direct) under the configuration; with a risk point, record it"),
  Command.withExamples([{ command: "anquan risk assess --assessment '{\"method\":\"lec\",\"L\":3,\"E\":6,\"C\":15}'", description: "D = 270: 较大 (橙)" }])
)

const reportCommand = Command.make("report", {
  asOf: Flag.String("as-of").pipe(Flag.withDescription("The figures as of this date, YYYY-MM-DD (default: today, in Beijing time)"), Flag.optional)
}, (o) => runRisk(lazy("riskReport"), { asOf: Option.getOrUndefined(o.asOf) })).pipe(
  Command.withDescription("Risk points by grade (重大/较大/一般/低) and jurisdiction, reviews overdue, re-assessments due, controls missing, 重大 risks without a 包保责任人")
)

const flagCommand = Command.make("flag", {
  ledger: Flag.String("ledger").pipe(Flag.withDescription("The hazard ledger to read: a SQLite file written by anquan ledger or a postgres:// URL (default: --db)"), Flag.optional)
}, (o) => runRisk(lazy("riskFlag"), { ledger: Option.getOrUndefined(o.ledger) })).pipe(
  Command.withDescription("Flag for review every risk point a hazard of the ledger was found at (same enterprise; the hazard's site or installation is the point's), once per hazard; needs --jurisdictions"),
  Command.withExamples([{ command: "anquan risk flag --db anquan.sqlite --jurisdictions jurisdictions.json", description: "Hazards in the ledger of anquan.sqlite flag the risk points they were found at" }])
)

/** `anquan risk` with its subcommands. @since 0.2.0 */
export const riskCommand = shared.pipe(Command.withSubcommands([importCommand, listCommand, assessCommand, reportCommand, flagCommand]))
