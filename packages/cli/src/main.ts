/**
 * The `anquan` command, built with effect's CLI module.
 *
 * @since 0.1.0
 */
import { CalendarDate, calendarDayOf } from "@anquan/core"
import { Effect, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { campaignStatus } from "./campaign.ts"
import { check, DEFAULT_MAX_REJECTED } from "./check.ts"
import { checklist, fillChecklist } from "./checklist.ts"
import type { ChecklistFormat, CsvEncoding } from "./checklist.ts"
import { diff } from "./diff.ts"
import type { DiffFormat } from "./diff.ts"
import type { OutputFormat } from "./check.ts"
import { ExitCode } from "./exitCode.ts"
import type * as Ledger from "./ledger/index.ts"
import type { LedgerOptions, LedgerOutcome } from "./ledger/index.ts"
import { abandon, open as openSink, OutputError } from "./output/sink.ts"
import type { Sink } from "./output/sink.ts"
import { DEFAULT_MAX_LINE_BYTES } from "./input/encoding.ts"
import { creditCommand } from "./credit/command.ts"
import { enforcementCommand } from "./enforcement/command.ts"
import { investigationStoreCommands } from "./investigation/command.ts"
import { delimiterArgument } from "./input/readRecords.ts"
import { terminalSafe } from "./output/terminal.ts"
import { reportsCommand } from "./reports/command.ts"
import { riskCommand } from "./risk/command.ts"
import { standardizationCommand } from "./standardization/command.ts"

/**
 * The installed packs, loaded when a command needs them and not at every start (`--version`,
 * `--help`, the ledger's commands): each pack compiles its rules as its module loads.
 */
const packsModule = Effect.promise(() => import("./packs.ts"))
// The investigation commands (@anquan/accident, @anquan/responsibility) load when one runs, not at every start.
const loadInvestigation = () => import("./investigation.ts")

// The ledger (hazard-ledger, SQL clients) is loaded when a ledger command runs, not at every start:
// `anquan check` never needs it.
const lazyLedger = <K extends "ledgerImport" | "ledgerList" | "ledgerMetrics" | "ledgerShow" | "ledgerTransition">(name: K): (typeof Ledger)[K] =>
  ((options: never) => import("./ledger/index.ts").then((m) => (m[name] as (o: never) => Promise<unknown>)(options))) as unknown as (typeof Ledger)[K]
const ledgerImport = lazyLedger("ledgerImport")
const ledgerList = lazyLedger("ledgerList")
const ledgerMetrics = lazyLedger("ledgerMetrics")
const ledgerShow = lazyLedger("ledgerShow")
const ledgerTransition = lazyLedger("ledgerTransition")

const today = (): string => CalendarDate.format(calendarDayOf(new Date()))

/**
 * A flag's description and default in one place: the help shows "(default: …)" after the text, since
 * effect's help lists a flag's description and choices but not its default.
 */
const withDefaultShown = <const A extends string | number>(description: string, value: A) => <B>(self: Flag.Flag<B>): Flag.Flag<A | B> =>
  self.pipe(Flag.withDescription(`${description} (default: ${value})`), Flag.withDefault(value))

/** A flag whose default is worked out when the command runs: the help says what it is. */
const withComputedDefault = (description: string, value: string) => <B>(self: Flag.Flag<B>): Flag.Flag<B> =>
  self.pipe(Flag.withDescription(`${description} (default: ${value})`))

/** One example for a command's help: what to type, and what it does. */
const example = (command: string, description: string) => Command.withExamples([{ command, description }])

const lang = Flag.Literals("lang", ["zh-CN", "en"]).pipe(withDefaultShown("Language of the text output", "zh-CN"))

const usage = (message: string) => Effect.sync(() => {
  process.stderr.write(`anquan: ${terminalSafe(message)}\n`)
  process.exitCode = ExitCode.usage
})

/** A command's failure as one line on stderr and its exit code: output (4; a broken pipe: quiet, 141) or usage (2). */
const failed = (e: unknown): void => {
  if (e instanceof OutputError) {
    if (!e.brokenPipe) process.stderr.write(`anquan: ${e.message}\n`)
    process.exitCode = e.exitCode
    return
  }
  process.stderr.write(`anquan: ${e instanceof Error ? e.message : String(e)}\n`)
  process.exitCode = ExitCode.usage
}

/**
 * Runs a command's body with its output (`--out`, else stdout; see `output/sink.ts`) and sets the
 * exit code it returns once all of its output is written: the process never exits with output
 * queued. A failure of the output wins over the body's outcome; a `--out` file is then removed.
 */
const withOutput = (out: string | undefined, body: (sink: Sink) => Promise<number>) =>
  Effect.promise(async () => {
    let sink: Sink
    try {
      sink = openSink(out)
    } catch (e) {
      return failed(e)
    }
    try {
      const exitCode = await body(sink)
      await sink.close()
      process.exitCode = exitCode
    } catch (e) {
      failed(await abandon(sink, e))
    }
  })

const warn = (text: string): void => void process.stderr.write(`anquan: warning: ${text}\n`)

/** The flags of the commands that read records (`check`, `diff`): how the input is read. */
const inputFlags = {
  inputFormat: Flag.Literals("input-format", ["json", "ndjson", "csv"]).pipe(Flag.withDescription("Input format when the file name or content does not tell"), Flag.optional),
  encoding: Flag.String("encoding").pipe(
    Flag.withDescription("Text encoding of the input (utf-8, gb18030, gbk, big5, utf-16le, …); default: a byte-order mark, else UTF-8 (a line that is not UTF-8 but is GB18030 is read as GB18030, with a warning)"),
    Flag.optional
  ),
  delimiter: Flag.String("delimiter").pipe(Flag.withDescription("CSV field delimiter: one character, e.g. ';' or tab (default ',')"), Flag.optional),
  maxLineBytes: Flag.Int("max-line-bytes").pipe(
    Flag.withDescription(`Longest line of NDJSON or CSV, in bytes; a longer line is rejected by its number and the rest go on (default ${DEFAULT_MAX_LINE_BYTES}, 64 MiB)`),
    Flag.optional
  )
}

/** The parsed {@link inputFlags} as the `inputFormat` and `read` options of `check` and `diff`. */
const inputOptions = (o: {
  readonly inputFormat: Option.Option<"json" | "ndjson" | "csv">
  readonly encoding: Option.Option<string>
  readonly delimiter: Option.Option<string>
  readonly maxLineBytes: Option.Option<number>
}) => ({
  inputFormat: Option.getOrUndefined(o.inputFormat),
  read: {
    encoding: Option.getOrUndefined(o.encoding),
    delimiter: Option.getOrUndefined(Option.map(o.delimiter, delimiterArgument)),
    maxLineBytes: Option.getOrUndefined(o.maxLineBytes)
  }
})

const checkCommand = Command.make("check", {
  input: Argument.String("input").pipe(Argument.withDescription("A .json, .ndjson/.jsonl or .csv file, a directory of them, or - for stdin")),
  pack: Flag.String("pack").pipe(withComputedDefault("A pack to use (repeatable): an installed pack's id, or the path of a JSON pack file (…/pack.json)", "every installed pack"), Flag.atLeast(0)),
  asOf: Flag.String("as-of").pipe(withComputedDefault("Evaluate the law in force on this date (YYYY-MM-DD)", "today, in Beijing time"), Flag.optional),
  config: Flag.String("config").pipe(Flag.withDescription("A JSON file of config layers (national first)"), Flag.optional),
  format: Flag.Literals("format", ["table", "json", "ndjson", "html"]).pipe(withDefaultShown("Output format (html: one self-contained offline file with charts; use with --out)", "table")),
  ...inputFlags,
  out: Flag.String("out").pipe(Flag.withDescription("Write the output to this file instead of stdout (written beside it, then renamed: never a partial file)"), Flag.optional),
  maxRejected: Flag.Int("max-rejected").pipe(
    Flag.withDescription("List at most this many rejected records in the json/html report; the rest are counted (rejectedNotListed). table and ndjson list every one"),
    Flag.withDefault(DEFAULT_MAX_REJECTED)
  ),
  lang,
  ledger: Flag.String("ledger").pipe(
    Flag.withDescription("Add a hazard governance section (隐患治理) to the html/json report from this hazard ledger, read only, as of --as-of: a SQLite file written by anquan ledger, or a postgres:// URL"),
    Flag.optional
  ),
  jurisdictions: Flag.String("jurisdictions").pipe(
    Flag.withDescription("With --ledger: the jurisdiction tree (a JSON array of { code, name, level, parent? }), for the rates by child jurisdiction"),
    Flag.optional
  ),
  campaign: Flag.String("campaign").pipe(
    Flag.withDescription("Add a campaign section (专项行动) to the html/json report: a campaign file as anquan campaign status takes it (a full campaign, or template parameters with templateId)"),
    Flag.optional
  ),
  campaignRoster: Flag.String("campaign-roster").pipe(Flag.withDescription("With --campaign: JSON file of the units the campaign may cover (campaign status --roster)"), Flag.optional),
  campaignHazards: Flag.String("campaign-hazards").pipe(Flag.withDescription("With --campaign: JSON file of the campaign's hazards (campaign status --hazards)"), Flag.optional),
  campaignInspections: Flag.String("campaign-inspections").pipe(Flag.withDescription("With --campaign: JSON file of inspections (campaign status --inspections)"), Flag.optional),
  campaignReports: Flag.String("campaign-reports").pipe(Flag.withDescription("With --campaign: JSON file of the reports submitted (campaign status --reports)"), Flag.optional),
  riskRegister: Flag.String("risk-register").pipe(
    Flag.withDescription("Add a risk section (风险分级管控: risk points by grade, a four-colour risk map per enterprise) to the html/json report, read only, as of --as-of: a SQLite file written by anquan risk, a postgres:// URL, or a .json file of risk points as anquan risk import takes it"),
    Flag.optional
  ),
  riskConfig: Flag.String("risk-config").pipe(Flag.withDescription("With --risk-register: a JSON file of the risk configuration (as anquan risk --config takes it)"), Flag.optional),
  enforcement: Flag.String("enforcement").pipe(
    Flag.withDescription("Add an enforcement section (执法: cases by stage, orders to rectify running and overdue, penalty decisions published late under 第七十八条, the year's figures against the target) to the html/json report, read only, as of --as-of: a SQLite file written by anquan enforcement, or a postgres:// URL"),
    Flag.optional
  ),
  calendar: Flag.String("calendar").pipe(Flag.withDescription("With --enforcement (default: weekends only) or --investigations-day-kind working: the working-day calendar, a JSON file { \"holidays\": [...], \"workdays\"?: [...] } (法定节假日, 调休上班日)"), Flag.optional),
  enforcementTarget: Flag.String("enforcement-target").pipe(Flag.withDescription("With --enforcement: seed-002 (default: non-accident penalty cases +15 % 同比), none, or a JSON file { metric, growthPercent, source }"), Flag.optional),
  credit: Flag.String("credit").pipe(
    Flag.withDescription("Add a credit section (信用: 失信名单 entries in force, enterprises by class, the rating rate against the target) to the html/json report, read only, as of --as-of: a SQLite file written by anquan credit, or a postgres:// URL"),
    Flag.optional
  ),
  creditEnterprises: Flag.String("credit-enterprises").pipe(Flag.withDescription("With --credit: a JSON file of enterprises (as anquan credit rate takes it); the rating rate is computed over them"), Flag.optional),
  creditConfig: Flag.String("credit-config").pipe(Flag.withDescription("With --credit: a JSON file of the credit configuration (as anquan credit --config takes it)"), Flag.optional),
  investigations: Flag.String("investigations").pipe(
    Flag.withDescription("Add an accident investigation section (事故调查: cases by grade, report and approval deadlines, overdue ones, the closure checklist) to the html/json report, as of --as-of: a .json file of cases as anquan investigation check takes it, or an investigation store (a SQLite file written by anquan investigation open, or a postgres:// URL), read only"),
    Flag.optional
  ),
  investigationsDayKind: Flag.Literals("investigations-day-kind", ["calendar", "working"]).pipe(
    Flag.withDescription("With --investigations: count the report and approval deadlines in calendar days (default) or working days (working: with --calendar; unverified reading)"),
    Flag.optional
  ),
  reports: Flag.String("reports").pipe(
    Flag.withDescription("Add a public reports section (举报与奖励: reports by state and category, the verified rate, steps overdue, figures by jurisdiction, the reward decisions as recorded; no reporter's identity) to the html/json report, read only, as of --as-of: a SQLite file written by anquan reports, or a postgres:// URL"),
    Flag.optional
  ),
  reportsConfig: Flag.String("reports-config").pipe(Flag.withDescription("With --reports: a JSON file of deadlines and reward levels (as anquan reports --config takes it; none are built in)"), Flag.optional),
  standardization: Flag.String("standardization").pipe(
    Flag.withDescription("Add a standardization section (安全生产标准化: enterprises by standing; per target — by default seed 002's 三级 ≥ 98 % and seed 004's 工贸 schedule — the rates per jurisdiction and sector) to the html/json report, as of --as-of: a .json file of histories as anquan standardization rates takes it, or a standardization register (a SQLite file or a postgres:// URL), read only"),
    Flag.optional
  ),
  standardizationTargets: Flag.String("standardization-targets").pipe(Flag.withDescription("With --standardization: a JSON file of targets (default: the targets of seeds 002 and 004)"), Flag.optional),
  standardizationRevocation: Flag.String("standardization-revocation").pipe(
    Flag.withDescription("With --standardization: a JSON file { triggers, accidents?, hazards? } (as anquan standardization revocation-candidates takes it); the section lists the certificates the triggers propose for 撤销 (never revoked)"),
    Flag.optional
  ),
  standardizationJurisdictions: Flag.String("standardization-jurisdictions").pipe(Flag.withDescription("With --standardization: the jurisdiction tree; a jurisdiction's figures include its subtree"), Flag.optional),
  workers: Flag.Int("workers").pipe(
    Flag.withDescription("Evaluate NDJSON input on this many worker threads (same output, in the same order); default: none, on the main thread. Other inputs are read on the main thread"),
    Flag.optional
  )
}, (o) =>
  Effect.gen(function*() {
    const asOf = Option.getOrElse(o.asOf, today)
    if (CalendarDate.parse(asOf) === undefined) return yield* usage(`--as-of must be a calendar date YYYY-MM-DD, got ${JSON.stringify(asOf)}`)
    if (Option.isSome(o.jurisdictions) && Option.isNone(o.ledger)) return yield* usage("--jurisdictions is used with --ledger (the rates by child jurisdiction); give --ledger too")
    const campaignRecords = { roster: o.campaignRoster, hazards: o.campaignHazards, inspections: o.campaignInspections, reports: o.campaignReports }
    const stray = Object.entries(campaignRecords).filter(([, v]) => Option.isSome(v)).map(([k]) => `--campaign-${k}`)
    if (stray.length > 0 && Option.isNone(o.campaign)) return yield* usage(`${stray.join(", ")} ${stray.length === 1 ? "is" : "are"} used with --campaign; give --campaign too`)
    if (Option.isSome(o.riskConfig) && Option.isNone(o.riskRegister)) return yield* usage("--risk-config is used with --risk-register; give --risk-register too")
    for (const [given, flag, needs, section] of [
      [o.investigationsDayKind, "--investigations-day-kind", o.investigations, "--investigations"],
      [o.enforcementTarget, "--enforcement-target", o.enforcement, "--enforcement"],
      [o.creditEnterprises, "--credit-enterprises", o.credit, "--credit"],
      [o.creditConfig, "--credit-config", o.credit, "--credit"],
      [o.reportsConfig, "--reports-config", o.reports, "--reports"],
      [o.standardizationTargets, "--standardization-targets", o.standardization, "--standardization"],
      [o.standardizationJurisdictions, "--standardization-jurisdictions", o.standardization, "--standardization"],
      [o.standardizationRevocation, "--standardization-revocation", o.standardization, "--standardization"]
    ] as const) {
      if (Option.isSome(given) && Option.isNone(needs)) return yield* usage(`${flag} is used with ${section}; give ${section} too`)
    }
    const investigationsWorking = Option.getOrUndefined(o.investigationsDayKind) === "working"
    if (Option.isSome(o.calendar) && Option.isNone(o.enforcement) && !investigationsWorking) {
      return yield* usage("--calendar is used with --enforcement or --investigations-day-kind working; give one of them too")
    }
    if (investigationsWorking && Option.isNone(o.calendar)) {
      return yield* usage("--investigations-day-kind working needs --calendar <file.json> ({ \"holidays\": [...], \"workdays\"?: [...] }): no holiday calendar is built in")
    }
    const { selectPacks } = yield* packsModule
    let packs
    try {
      packs = selectPacks(o.pack)
    } catch (e) {
      return yield* usage((e as Error).message)
    }
    if (o.maxRejected < 0) return yield* usage(`--max-rejected must be a whole number ≥ 0, got ${o.maxRejected}`)
    return yield* withOutput(Option.getOrUndefined(o.out), async (sink) => {
      const result = await check({
        input: o.input,
        packs,
        asOf,
        config: Option.getOrUndefined(o.config),
        format: o.format as OutputFormat,
        ...inputOptions(o),
        locale: o.lang,
        write: sink.write,
        ready: sink.ready,
        warn,
        maxRejected: o.maxRejected,
        ledger: Option.isNone(o.ledger) ? undefined : { db: o.ledger.value, jurisdictions: Option.getOrUndefined(o.jurisdictions) },
        campaign: Option.isNone(o.campaign) ? undefined : {
          campaign: o.campaign.value,
          roster: Option.getOrUndefined(o.campaignRoster),
          hazards: Option.getOrUndefined(o.campaignHazards),
          inspections: Option.getOrUndefined(o.campaignInspections),
          reports: Option.getOrUndefined(o.campaignReports)
        },
        risk: Option.isNone(o.riskRegister) ? undefined : { source: o.riskRegister.value, config: Option.getOrUndefined(o.riskConfig) },
        enforcement: Option.isNone(o.enforcement)
          ? undefined
          : { source: o.enforcement.value, calendar: Option.getOrUndefined(o.calendar), target: Option.getOrUndefined(o.enforcementTarget) },
        credit: Option.isNone(o.credit)
          ? undefined
          : { source: o.credit.value, enterprises: Option.getOrUndefined(o.creditEnterprises), config: Option.getOrUndefined(o.creditConfig) },
        investigations: Option.isNone(o.investigations)
          ? undefined
          : { source: o.investigations.value, ...(investigationsWorking ? { dayKind: "working" as const, calendar: Option.getOrUndefined(o.calendar) } : {}) },
        reports: Option.isNone(o.reports) ? undefined : { source: o.reports.value, config: Option.getOrUndefined(o.reportsConfig) },
        standardization: Option.isNone(o.standardization)
          ? undefined
          : {
            source: o.standardization.value,
            targets: Option.getOrUndefined(o.standardizationTargets),
            jurisdictions: Option.getOrUndefined(o.standardizationJurisdictions),
            revocation: Option.getOrUndefined(o.standardizationRevocation)
          },
        workers: Option.getOrUndefined(o.workers)
      })
      return result.exitCode
    })
  })).pipe(
  Command.withDescription("Check enterprises against the rule packs (with --ledger, --campaign, --risk-register, --enforcement, --credit, --investigations, --reports and --standardization, the html/json report adds hazard governance, campaign progress, the risk register, enforcement cases, credit and the blacklist, accident investigations, public reports and rewards, and the standardization rollout). Exit 0: no violation; 1: violations; 2: bad usage or input; 3: some records rejected, or none at all; 4: output not written; 141: stdout closed by its reader."),
  example("anquan check enterprises.json --as-of 2026-10-09 --format html --out report.html", "The law in force on 2026-10-09, as a self-contained HTML report")
)

const packsCommand = Command.make("packs", {
  format: Flag.Literals("format", ["table", "json"]).pipe(withDefaultShown("Output format", "table")),
  lang
}, (o) =>
  withOutput(undefined, async (sink) => {
    const { listPacks, selectPacks } = await import("./packs.ts")
    sink.write(listPacks(selectPacks([]), o.format, o.lang))
    return ExitCode.noViolation
  })).pipe(
  Command.withDescription("List every registered rule with id, pack, severity, citation and effective window"),
  example("anquan packs --format json --lang en", "Every rule as JSON, texts in English")
)

// ---------------------------------------------------------------------------------------------
// anquan ledger …: the flags every subcommand shares (accepted before or after the subcommand)
// ---------------------------------------------------------------------------------------------

const ledgerCommand = Command.make("ledger").pipe(
  Command.withSharedFlags({
    db: Flag.String("db").pipe(
      withDefaultShown("The ledger: a SQLite file (created by the first write) or a postgres://user:password@host/db URL", "anquan.sqlite")
    ),
    actorId: Flag.String("actor-id").pipe(Flag.withDescription("Who acts (操作人), recorded on every event; required to write"), Flag.optional),
    actorName: Flag.String("actor-name").pipe(Flag.withDescription("The actor's name; required to write"), Flag.optional),
    actorRole: Flag.Literals("actor-role", ["enterprise", "department", "inspector", "system"]).pipe(
      Flag.withDescription(
        "The role the actor acts in (角色); required to write, no default: enterprise (with --actor-enterprise), department (with --jurisdiction, its own), inspector, system (import only). Reads need none"
      ),
      Flag.optional
    ),
    actorEnterprise: Flag.String("actor-enterprise").pipe(
      Flag.withDescription("With --actor-role enterprise: the enterprise's unified social credit code; its personnel act on and read its own hazards only"),
      Flag.optional
    ),
    jurisdiction: Flag.String("jurisdiction").pipe(
      Flag.withDescription("Bind the caller to this jurisdiction: read and write only its subtree (needs --jurisdictions)"),
      Flag.optional
    ),
    jurisdictions: Flag.String("jurisdictions").pipe(
      Flag.withDescription("The jurisdiction tree (行政区划树), a JSON array of { code, name, level, parent? }; required to write"),
      Flag.optional
    ),
    format: Flag.Literals("format", ["table", "json"]).pipe(withDefaultShown("Output format", "table"))
  }),
  Command.withDescription("The hazard ledger (隐患台账) on SQLite (default anquan.sqlite) or PostgreSQL. Exit 0: done; 2: rejected or bad input."),
  example("anquan ledger list --db anquan.sqlite --state reported --level major", "The major hazards still waiting to be assessed")
)

/** The shared flags as the plain functions take them, writing to stdout and stderr. */
const ledgerOptions = Effect.map(ledgerCommand, (p): LedgerOptions => ({
  db: p.db,
  actorId: Option.getOrUndefined(p.actorId),
  actorName: Option.getOrUndefined(p.actorName),
  actorRole: Option.getOrUndefined(p.actorRole),
  actorEnterprise: Option.getOrUndefined(p.actorEnterprise),
  jurisdiction: Option.getOrUndefined(p.jurisdiction),
  jurisdictions: Option.getOrUndefined(p.jurisdictions),
  format: p.format,
  write: (s) => void process.stdout.write(s),
  writeError: (s) => void process.stderr.write(s)
}))

/** Runs a ledger function with the shared flags, writing through the output sink, and sets the exit code it returns. */
const runLedger = <O>(f: (o: LedgerOptions & O) => Promise<LedgerOutcome<unknown>>, own: O) =>
  Effect.flatMap(ledgerOptions, (shared) => withOutput(undefined, (sink) => f({ ...shared, ...own, write: sink.write }).then((r) => r.exitCode)))

const ledgerImportCommand = Command.make("import", {
  report: Argument.String("report.json").pipe(Argument.withDescription("A report written by anquan check --format json --out report.json (- for stdin)")),
  discoveredOn: Flag.String("discovered-on").pipe(withComputedDefault("Discovery date of the hazards (YYYY-MM-DD)", "the report's as-of date"), Flag.optional),
  generalDeadlineDays: Flag.Int("general-deadline-days").pipe(Flag.withDescription("Give general hazards a deadline this many days after discovery"), Flag.optional),
  campaignId: Flag.String("campaign-id").pipe(Flag.withDescription("The campaign (专项行动) the evaluation belongs to"), Flag.optional)
}, (o) =>
  runLedger(ledgerImport, {
    report: o.report,
    discoveredOn: Option.getOrUndefined(o.discoveredOn),
    generalDeadlineDays: Option.getOrUndefined(o.generalDeadlineDays),
    campaignId: Option.getOrUndefined(o.campaignId)
  })).pipe(
  Command.withDescription("Open hazards for the violations of a check report; a rule already open on an enterprise is skipped as a duplicate"),
  example("anquan ledger import findings.json --general-deadline-days 30 --jurisdictions jurisdictions.json --actor-id SYS-EVAL --actor-name 合规评估导入 --actor-role system", "The violations in findings.json (anquan check --format json --out findings.json) become hazards; general ones are due in 30 days")
)

const ledgerListCommand = Command.make("list", {
  state: Flag.String("state").pipe(Flag.withDescription("Only these states (repeatable or comma-separated): reported, assessed, rectification-planned, rectifying, awaiting-verification, closed, reopened"), Flag.atLeast(0)),
  level: Flag.Literals("level", ["general", "major"]).pipe(Flag.withDescription("Only this level"), Flag.optional),
  subject: Flag.String("subject").pipe(Flag.withDescription("Only this enterprise (统一社会信用代码)"), Flag.optional),
  overdueAsOf: Flag.String("overdue-as-of").pipe(Flag.withDescription("Only hazards overdue on this date (YYYY-MM-DD)"), Flag.optional)
}, (o) =>
  runLedger(ledgerList, {
    states: o.state,
    level: Option.getOrUndefined(o.level),
    subject: Option.getOrUndefined(o.subject),
    overdueAsOf: Option.getOrUndefined(o.overdueAsOf)
  })).pipe(
  Command.withDescription("List hazards, by discovery date"),
  example("anquan ledger list --overdue-as-of 2026-12-01 --format json", "The hazards overdue on 2026-12-01, as JSON")
)

const ledgerShowCommand = Command.make("show", {
  hazardId: Argument.String("hazard-id").pipe(Argument.withDescription("The hazard"))
}, (o) => runLedger(ledgerShow, { hazardId: o.hazardId })).pipe(
  Command.withDescription("Show a hazard's file (一患一档) and its full history, one event per line"),
  example("anquan ledger show YH-2026-0016", "One hazard's file and history, with the version that --expected-version takes")
)

const ledgerTransitionCommand = Command.make("transition", {
  hazardId: Argument.String("hazard-id").pipe(Argument.withDescription("The hazard")),
  expectedVersion: Flag.Int("expected-version").pipe(Flag.withDescription("The version you last saw (show prints it); a stale one is a VersionConflict")),
  command: Flag.String("command").pipe(Flag.withDescription("The command in the ledger's wire form: JSON, @file.json or @- (hazardId is filled in)")),
  idempotencyKey: Flag.String("idempotency-key").pipe(Flag.withDescription("A retry with the same key and request returns the first result"), Flag.optional)
}, (o) =>
  runLedger(ledgerTransition, {
    hazardId: o.hazardId,
    expectedVersion: o.expectedVersion,
    command: o.command,
    idempotencyKey: Option.getOrUndefined(o.idempotencyKey)
  })).pipe(
  Command.withDescription("Apply a command (Assess, PlanRectification, Verify, …) to a hazard; exit 2 when a guard rejects it"),
  example("anquan ledger transition YH-2026-0016 --expected-version 0 --command @self-inspection.json --jurisdictions jurisdictions.json --actor-id P-ENT-07 --actor-name 吴整改 --actor-role enterprise --actor-enterprise 91330381MA2L9RT6N9", "Apply the command in self-inspection.json to the hazard at version 0")
)

const ledgerMetricsCommand = Command.make("metrics", {
  asOf: Flag.String("as-of").pipe(Flag.withDescription("Count closures and overdue hazards as of this date (YYYY-MM-DD)")),
  from: Flag.String("from").pipe(Flag.withDescription("First discovery date of the period (YYYY-MM-DD)")),
  to: Flag.String("to").pipe(Flag.withDescription("Last discovery date of the period (YYYY-MM-DD)")),
  breakdown: Flag.Literals("breakdown", ["none", "jurisdiction", "month"]).pipe(
    withDefaultShown("Rows by child jurisdiction (needs --jurisdictions) or by month", "none")
  )
}, (o) => runLedger(ledgerMetrics, { asOf: o.asOf, from: o.from, to: o.to, breakdown: o.breakdown })).pipe(
  Command.withDescription("Rectification, overdue, self-inspection, self-fix and self-report rates of the hazards discovered in a period"),
  example("anquan ledger metrics --from 2026-01-01 --to 2026-06-30 --as-of 2026-07-01 --breakdown month", "The first half-year's rates, month by month")
)

const campaignStatusCommand = Command.make("status", {
  campaign: Argument.String("campaign").pipe(Argument.withDescription("A campaign file: a full campaign, or template parameters with templateId")),
  asOf: Flag.String("as-of").pipe(withComputedDefault("Progress as of this date (YYYY-MM-DD)", "today, in Beijing time"), Flag.optional),
  roster: Flag.String("roster").pipe(Flag.withDescription("JSON file of the units (roster) the campaign may cover"), Flag.optional),
  hazards: Flag.String("hazards").pipe(Flag.withDescription("JSON file of hazards (core Hazard records, optionally with a dated state history)"), Flag.optional),
  inspections: Flag.String("inspections").pipe(Flag.withDescription("JSON file of inspections (core Inspection records)"), Flag.optional),
  reports: Flag.String("reports").pipe(Flag.withDescription("JSON file of the reports submitted"), Flag.optional),
  format: Flag.Literals("format", ["table", "json"]).pipe(withDefaultShown("Output format", "table"))
}, (o) =>
  Effect.gen(function*() {
    const asOf = Option.getOrElse(o.asOf, today)
    if (CalendarDate.parse(asOf) === undefined) return yield* usage(`--as-of must be a calendar date YYYY-MM-DD, got ${JSON.stringify(asOf)}`)
    return yield* withOutput(undefined, async (sink) => {
      const result = await campaignStatus({
        campaign: o.campaign,
        roster: Option.getOrUndefined(o.roster),
        hazards: Option.getOrUndefined(o.hazards),
        inspections: Option.getOrUndefined(o.inspections),
        reports: Option.getOrUndefined(o.reports),
        asOf,
        format: o.format,
        write: sink.write
      })
      return result.exitCode
    })
  })).pipe(
  Command.withDescription("A campaign's progress as of a date: phase, coverage, checklist, hazards per phase, reports due and late, targets"),
  example("anquan campaign status params.json --roster roster.json --hazards hazards.json --as-of 2024-09-10", "A campaign's progress on 2024-09-10 over its roster and hazards")
)

const checklistFillCommand = Command.make("fill", {
  answers: Argument.String("answers").pipe(Argument.withDescription("A filled checklist: .csv (columns path and value; type read when present) or .json ([{ path, value }] or { items })")),
  facts: Flag.String("facts").pipe(Flag.withDescription("The record to fill in (a JSON file of one record); default: a new record"), Flag.optional),
  encoding: Flag.String("encoding").pipe(Flag.withDescription("Text encoding of the answers (default: a byte-order mark, else UTF-8; a GB18030 file from Excel is recognised)"), Flag.optional),
  out: Flag.String("out").pipe(Flag.withDescription("Write the record to this file instead of stdout"), Flag.optional)
}, (o) =>
  withOutput(Option.getOrUndefined(o.out), async (sink) => {
    const record = await fillChecklist({ answers: o.answers, base: Option.getOrUndefined(o.facts), encoding: Option.getOrUndefined(o.encoding) })
    sink.write(JSON.stringify(record, null, 2) + "\n")
    return ExitCode.noViolation
  })).pipe(
  Command.withDescription("A filled checklist back into an enterprise record that anquan check reads (every path that cannot be set is named; exit 2)"),
  example("anquan checklist fill filled.csv --facts unit.json --out unit-filled.json", "The answers of an inspection added to the unit's record")
)

const checklistCommand = Command.make("checklist", {
  sector: Flag.String("sector").pipe(Flag.withDescription("A sector whose rules to list (repeatable); default: the sectors of the --facts record"), Flag.atLeast(0)),
  unitKind: Flag.String("unit-kind").pipe(Flag.withDescription("Only rules for this unit kind (repeatable)"), Flag.atLeast(0)),
  facts: Flag.String("facts").pipe(Flag.withDescription("A JSON file of one enterprise record: the checklist is pre-filled with what it says"), Flag.optional),
  onlyMissing: Flag.Boolean("only-missing").pipe(Flag.withDescription("With --facts: only the facts that left a finding indeterminate"), Flag.withDefault(false)),
  asOf: Flag.String("as-of").pipe(withComputedDefault("The rules in force on this date (YYYY-MM-DD)", "today, in Beijing time"), Flag.optional),
  pack: Flag.String("pack").pipe(withComputedDefault("A pack to use (repeatable): an installed pack's id or a JSON pack file", "every installed pack"), Flag.atLeast(0)),
  config: Flag.String("config").pipe(Flag.withDescription("A JSON file of config layers (disabled rules drop out)"), Flag.optional),
  format: Flag.Literals("format", ["json", "csv", "html"]).pipe(withDefaultShown("Output format (csv: for spreadsheets, fill the value column; html: a printable form)", "json")),
  encoding: Flag.Literals("encoding", ["utf-8", "utf-8-bom", "gb18030"]).pipe(withDefaultShown("Text encoding of the csv (gb18030 or utf-8-bom for Excel)", "utf-8")),
  out: Flag.String("out").pipe(Flag.withDescription("Write the checklist to this file instead of stdout"), Flag.optional),
  lang
}, (o) =>
  Effect.gen(function*() {
    const asOf = Option.getOrElse(o.asOf, today)
    if (CalendarDate.parse(asOf) === undefined) return yield* usage(`--as-of must be a calendar date YYYY-MM-DD, got ${JSON.stringify(asOf)}`)
    if (o.encoding !== "utf-8" && o.format !== "csv") return yield* usage(`--encoding ${o.encoding} is for --format csv`)
    const { selectPacks } = yield* packsModule
    let packs
    try {
      packs = selectPacks(o.pack)
    } catch (e) {
      return yield* usage((e as Error).message)
    }
    return yield* withOutput(Option.getOrUndefined(o.out), async (sink) => {
      checklist({
        packs,
        asOf,
        sectors: o.sector,
        unitKinds: o.unitKind,
        facts: Option.getOrUndefined(o.facts),
        onlyMissing: o.onlyMissing,
        config: Option.getOrUndefined(o.config),
        format: o.format as ChecklistFormat,
        encoding: o.encoding as CsvEncoding,
        locale: o.lang,
        write: sink.write,
        writeBytes: sink.writeBytes
      })
      return ExitCode.noViolation
    })
  })).pipe(
  Command.withDescription("An inspection checklist made from the rules in force: every fact they read, labelled, typed and grouped by topic, with the rules that need it; pre-filled from a record (--facts), or only what a record leaves unknown (--only-missing)"),
  example("anquan checklist --sector construction --as-of 2026-11-23 --format html --out checklist.html", "A printable checklist for building sites"),
  Command.withSubcommands([checklistFillCommand])
)

const diffCommand = Command.make("diff", {
  input: Argument.String("input").pipe(Argument.withDescription("A .json, .ndjson/.jsonl or .csv file, a directory of them, or - for stdin")),
  from: Flag.String("from").pipe(Flag.withDescription("The first side: the law in force on this date (YYYY-MM-DD)")),
  to: Flag.String("to").pipe(Flag.withDescription("The second side: the law in force on this date (YYYY-MM-DD)")),
  pack: Flag.String("pack").pipe(withComputedDefault("A pack for both sides (repeatable): an installed pack's id or a JSON pack file", "every installed pack"), Flag.atLeast(0)),
  fromPack: Flag.String("from-pack").pipe(Flag.withDescription("The first side's packs instead of --pack (repeatable), e.g. the previous version of a JSON pack"), Flag.atLeast(0)),
  toPack: Flag.String("to-pack").pipe(Flag.withDescription("The second side's packs instead of --pack (repeatable)"), Flag.atLeast(0)),
  config: Flag.String("config").pipe(Flag.withDescription("A JSON file of config layers for both sides"), Flag.optional),
  fromConfig: Flag.String("from-config").pipe(Flag.withDescription("The first side's config instead of --config"), Flag.optional),
  toConfig: Flag.String("to-config").pipe(Flag.withDescription("The second side's config instead of --config (e.g. a proposed threshold)"), Flag.optional),
  format: Flag.Literals("format", ["table", "json", "html"]).pipe(withDefaultShown("Output format (json: top-level gained, lost, changed, verdictChanges, rejected, totals; html: one self-contained page, use with --out)", "table")),
  ...inputFlags,
  maxListed: Flag.Int("max-listed").pipe(withDefaultShown("How many changes of each list the html page lists; the rest are counted", 1000)),
  out: Flag.String("out").pipe(Flag.withDescription("Write the output to this file instead of stdout (written beside it, then renamed: never a partial file)"), Flag.optional),
  lang
}, (o) =>
  Effect.gen(function*() {
    for (const [flag, date] of [["--from", o.from], ["--to", o.to]] as const) {
      if (CalendarDate.parse(date) === undefined) return yield* usage(`${flag} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(date)}`)
    }
    const { selectPacks } = yield* packsModule
    let fromPacks, toPacks
    try {
      fromPacks = selectPacks(o.fromPack.length > 0 ? o.fromPack : o.pack)
      toPacks = selectPacks(o.toPack.length > 0 ? o.toPack : o.pack)
    } catch (e) {
      return yield* usage((e as Error).message)
    }
    const fromConfig = Option.getOrUndefined(Option.orElse(o.fromConfig, () => o.config))
    const toConfig = Option.getOrUndefined(Option.orElse(o.toConfig, () => o.config))
    return yield* withOutput(Option.getOrUndefined(o.out), async (sink) => {
      const result = await diff({
        input: o.input,
        from: { asOf: o.from, packs: fromPacks, config: fromConfig },
        to: { asOf: o.to, packs: toPacks, config: toConfig },
        format: o.format as DiffFormat,
        ...inputOptions(o),
        locale: o.lang,
        write: sink.write,
        ready: sink.ready,
        warn,
        maxListed: o.maxListed
      })
      return result.exitCode
    })
  })).pipe(
  Command.withDescription("Regulatory-change impact: the same records evaluated on two sides (two dates, configs or pack versions) — findings gained, lost and changed per enterprise and rule, verdicts that change, totals per rule, pack and sector. Exit 0: nothing changed; 1: changes; 2: bad usage or input; 3: some records rejected, or none at all; 4: output not written."),
  example("anquan diff projects.json --from 2024-12-12 --to 2024-12-13 --pack construction", "What the 2024 edition of the construction criteria changes for these projects")
)

const investigationCheckCommand = Command.make("check", {
  cases: Argument.String("cases").pipe(Argument.withDescription("A JSON file: an array of investigation cases ({ accident, investigatedBy?, reportSubmittedOn?, reportExtensions?, approvedOn?, approvalExtensions?, responsible?, closure? })")),
  asOf: Flag.String("as-of").pipe(withComputedDefault("Check as of this date (YYYY-MM-DD)", "today, in Beijing time"), Flag.optional),
  format: Flag.Literals("format", ["table", "json"]).pipe(withDefaultShown("Output format", "table")),
  reportClockFrom: Flag.Literals("report-clock-from", ["accident-day", "investigation-start"]).pipe(
    withDefaultShown("The day the 60 days of 第二十九条 run from (the regulation notes do not say: unverified)", "accident-day")
  ),
  firstDay: Flag.Literals("first-day", ["excluded", "included"]).pipe(withDefaultShown("Whether the start day counts as day 1 (unverified reading)", "excluded")),
  dayKind: Flag.Literals("day-kind", ["calendar", "working"]).pipe(withDefaultShown("Count the deadlines' days as calendar days or as working days (working: with --calendar; unverified reading)", "calendar")),
  calendar: Flag.String("calendar").pipe(Flag.withDescription("With --day-kind working: the working-day calendar, a JSON file { \"holidays\": [...], \"workdays\"?: [...] } (法定节假日, 调休上班日), the one anquan enforcement publication takes"), Flag.optional),
  lang
}, (o) =>
  withOutput(undefined, async (sink) => {
    const { investigationCheck } = await loadInvestigation()
    const result = await investigationCheck({
      cases: o.cases,
      asOf: Option.getOrElse(o.asOf, today),
      format: o.format,
      reportClockFrom: o.reportClockFrom,
      firstDay: o.firstDay,
      dayKind: o.dayKind,
      calendar: Option.getOrUndefined(o.calendar),
      locale: o.lang,
      write: sink.write
    })
    return result.exitCode
  })).pipe(
  Command.withDescription("Accident investigations as of a date: the investigating level by grade (第十九条), the report deadline (60 days + at most 60, 第二十九条), the approval deadline (15 days; 特别重大 30 + at most 30, 第三十二条), overdue findings, and the closure checklist (四不放过, 结案备案: seed 003). Exit 0: no finding; 1: findings; 2: bad usage; 3: a case rejected."),
  example("anquan investigation check cases.json --as-of 2024-07-15 --format json", "Which investigations are overdue on 2024-07-15, as JSON")
)

const investigationAccountabilityCommand = Command.make("accountability", {
  file: Argument.String("file").pipe(Argument.withDescription("A JSON file: { investigation, rules?, leaders?, leadDepartments? }")),
  asOf: Flag.String("as-of").pipe(withComputedDefault("Who is dealt with as of this date (YYYY-MM-DD)", "today, in Beijing time"), Flag.optional)
}, (o) =>
  withOutput(undefined, async (sink) => {
    const { investigationAccountability } = await loadInvestigation()
    const result = await investigationAccountability({ file: o.file, asOf: Option.getOrElse(o.asOf, today), write: sink.write })
    return result.exitCode
  })).pipe(
  Command.withDescription("Who answers for the accident (问责, @anquan/responsibility) with the people the investigation held responsible, as JSON. Exit 0; 1: a determination fits no rule; 2: bad input."),
  example("anquan investigation accountability investigation.json --as-of 2024-09-01", "The accountability of one investigated accident")
)

/** The root command. @since 0.1.0 */
export const anquan = Command.make("anquan").pipe(
  Command.withDescription("Anquan (安全): check work-safety compliance against China's official texts"),
  example("anquan check enterprises.json", "Check every enterprise in the file against every installed pack, as of today"),
  Command.withSubcommands([
    checkCommand,
    diffCommand,
    checklistCommand,
    packsCommand,
    ledgerCommand.pipe(
      Command.withSubcommands([ledgerImportCommand, ledgerListCommand, ledgerShowCommand, ledgerTransitionCommand, ledgerMetricsCommand])
    ),
    riskCommand,
    Command.make("investigation").pipe(
      Command.withDescription("Accident investigations (事故调查): check a file of cases, the accountability, and the investigation store (open, record, list, show, overdue) on SQLite or PostgreSQL"),
      example("anquan investigation check cases.json --as-of 2024-07-15", "Overdue investigations and open closures on a date"),
      Command.withSubcommands([investigationCheckCommand, investigationAccountabilityCommand, ...investigationStoreCommands])
    ),
    reportsCommand,
    standardizationCommand,
    creditCommand,
    enforcementCommand,
    Command.make("campaign").pipe(
      Command.withDescription("Campaigns (专项行动)"),
      example("anquan campaign status campaign.json --as-of 2024-09-10", "A campaign's progress on a date"),
      Command.withSubcommands([campaignStatusCommand])
    )
  ])
)
