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

/** `anquan standardization` with its subcommands. @since 0.2.0 */
export const standardizationCommand = Command.make("standardization").pipe(
  Command.withDescription("Standardization (安全生产标准化) rollout"),
  Command.withExamples([{ command: "anquan standardization rates histories.json --as-of 2016-12-31", description: "Rates against the seeds' targets at the end of 2016" }]),
  Command.withSubcommands([ratesCommand])
)
