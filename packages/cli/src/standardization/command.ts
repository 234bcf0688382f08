/**
 * `anquan standardization …` wired to effect's CLI; `@anquan/standardization` is loaded when the
 * command runs (`import("./commands.ts")`).
 *
 * @since 0.2.0
 */
import { CalendarDate, calendarDayOf } from "@anquan/core"
import { Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { withStdout } from "../storeCommand.ts"

const ratesCommand = Command.make("rates", {
  file: Argument.String("histories.json").pipe(Argument.withDescription("A JSON array of { enrolment, steps } (- for stdin)")),
  asOf: Flag.String("as-of").pipe(Flag.withDescription("As of this date, YYYY-MM-DD (default: today, in Beijing time)"), Flag.optional),
  targets: Flag.String("targets").pipe(Flag.withDescription("A JSON file of targets (default: the targets of seeds 002 and 004)"), Flag.optional),
  jurisdictions: Flag.String("jurisdictions").pipe(Flag.withDescription("The jurisdiction tree: a jurisdiction's figures include its subtree"), Flag.optional),
  groupBy: Flag.Literals("group-by", ["jurisdiction-sector", "jurisdiction", "sector", "none"]).pipe(
    Flag.withDescription("Groups besides the total (default: jurisdiction-sector, i.e. each, and the two together)"),
    Flag.withDefault("jurisdiction-sector" as const)
  ),
  validityYears: Flag.Int("validity-years").pipe(Flag.withDescription("A certificate's validity when it states none (default 3, unverified)"), Flag.optional)
}, (o) =>
  withStdout(async (write) => {
    const { standardizationRates } = await import("./commands.ts")
    return standardizationRates({
      file: o.file,
      asOf: Option.getOrElse(o.asOf, () => CalendarDate.format(calendarDayOf(new Date()))),
      targets: Option.getOrUndefined(o.targets),
      jurisdictions: Option.getOrUndefined(o.jurisdictions),
      groupBy: o.groupBy === "none" ? [] : o.groupBy === "jurisdiction-sector" ? ["jurisdiction", "sector"] : [o.groupBy],
      validityYears: Option.getOrUndefined(o.validityYears),
      write,
      writeError: (s) => void process.stderr.write(s)
    })
  })).pipe(
  Command.withDescription("Standardization (安全生产标准化) rollout rates per jurisdiction and sector against the targets, as of a day; expired and revoked certificates do not count. JSON. Exit 0: done; 2: bad input.")
)

const revocationCommand = Command.make("revocation-candidates", {
  file: Argument.String("histories.json").pipe(Argument.withDescription("A JSON array of { enrolment, steps }")),
  input: Argument.String("revocation.json").pipe(Argument.withDescription("{ \"triggers\": { revokingAccidentGrades?, revokingMinDeaths?, majorHazardRevokes?, basis? }, \"accidents\"?: [...], \"hazards\"?: [...] }")),
  asOf: Flag.String("as-of").pipe(Flag.withDescription("As of this date, YYYY-MM-DD (default: today, in Beijing time)"), Flag.optional),
  validityYears: Flag.Int("validity-years").pipe(Flag.withDescription("A certificate's validity when it states none (default 3, unverified)"), Flag.optional)
}, (o) =>
  withStdout(async (write) => {
    const { standardizationRevocationCandidates } = await import("./commands.ts")
    return standardizationRevocationCandidates({
      file: o.file,
      input: o.input,
      asOf: Option.getOrElse(o.asOf, () => CalendarDate.format(calendarDayOf(new Date()))),
      validityYears: Option.getOrUndefined(o.validityYears),
      write,
      writeError: (s) => void process.stderr.write(s)
    })
  })).pipe(
  Command.withDescription("Certificates in force that are candidates for 撤销 under the configured triggers (an accident of a configured grade or with at least the configured deaths, a 重大事故隐患) since their approval: proposed, never revoked (record a Revoke step). The criteria are not in the regulation facts (§11, unverified). JSON. Exit 0: done; 2: bad input."),
  Command.withExamples([{ command: "anquan standardization revocation-candidates histories.json revocation.json --as-of 2026-12-01", description: "Which certificates the configured triggers propose to revoke" }])
)

/** `anquan standardization` with its subcommands. @since 0.2.0 */
export const standardizationCommand = Command.make("standardization").pipe(
  Command.withDescription("Standardization (安全生产标准化) rollout: rates against the targets, and the certificates that are candidates for 撤销"),
  Command.withExamples([{ command: "anquan standardization rates histories.json --as-of 2016-12-31", description: "Rates against the seeds' targets at the end of 2016" }]),
  Command.withSubcommands([ratesCommand, revocationCommand])
)
