/**
 * The `anquan` command, built with effect's CLI module.
 *
 * @since 0.1.0
 */
import { createWriteStream } from "node:fs"
import { CalendarDate } from "@anquan/core"
import { Console, Effect, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { check, UsageError } from "./check.ts"
import type { OutputFormat } from "./check.ts"
import { listPacks, selectPacks } from "./packs.ts"

const today = (): string => CalendarDate.format(CalendarDate.fromInstant(Date.now()))

const lang = Flag.Literals("lang", ["zh-CN", "en"]).pipe(Flag.withDescription("Language of the text output"), Flag.withDefault("zh-CN" as const))

const usage = (message: string) => Effect.sync(() => {
  process.stderr.write(`anquan: ${message}\n`)
  process.exitCode = 2
})

/** A sink for output: stdout, or a file given with --out. */
const openOutput = (out: Option.Option<string>) => {
  if (Option.isNone(out)) return { write: (s: string) => void process.stdout.write(s), close: () => Promise.resolve() }
  const stream = createWriteStream(out.value)
  return {
    write: (s: string) => void stream.write(s),
    close: () => new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())))
  }
}

const checkCommand = Command.make("check", {
  input: Argument.String("input").pipe(Argument.withDescription("A .json, .ndjson/.jsonl or .csv file, a directory of them, or - for stdin")),
  pack: Flag.String("pack").pipe(Flag.withDescription("A pack to use (repeatable); default: every installed pack"), Flag.atLeast(0)),
  asOf: Flag.String("as-of").pipe(Flag.withDescription("Evaluate the law in force on this date (YYYY-MM-DD); default today"), Flag.optional),
  config: Flag.String("config").pipe(Flag.withDescription("A JSON file of config layers (national first)"), Flag.optional),
  format: Flag.Literals("format", ["table", "json", "ndjson", "html"]).pipe(Flag.withDescription("Output format (html: one self-contained offline file with charts; use with --out)"), Flag.withDefault("table" as const)),
  inputFormat: Flag.Literals("input-format", ["json", "ndjson", "csv"]).pipe(Flag.withDescription("Input format when the file name or content does not tell"), Flag.optional),
  out: Flag.String("out").pipe(Flag.withDescription("Write the output to this file instead of stdout"), Flag.optional),
  lang
}, (o) =>
  Effect.gen(function*() {
    const asOf = Option.getOrElse(o.asOf, today)
    if (CalendarDate.parse(asOf) === undefined) return yield* usage(`--as-of must be a calendar date YYYY-MM-DD, got ${JSON.stringify(asOf)}`)
    let packs
    try {
      packs = selectPacks(o.pack)
    } catch (e) {
      return yield* usage((e as Error).message)
    }
    const sink = openOutput(o.out)
    const result = yield* Effect.tryPromise({
      try: () => check({
        input: o.input,
        packs,
        asOf,
        config: Option.getOrUndefined(o.config),
        format: o.format as OutputFormat,
        inputFormat: Option.getOrUndefined(o.inputFormat),
        locale: o.lang,
        write: sink.write
      }).finally(sink.close),
      catch: (e) => e
    }).pipe(Effect.result)
    if (result._tag === "Failure") {
      const e = result.failure
      return yield* usage(e instanceof UsageError || e instanceof Error ? e.message : String(e))
    }
    process.exitCode = result.success.exitCode
  })).pipe(Command.withDescription("Check enterprises against the rule packs. Exit 0: no violation; 1: violations; 2: bad input or usage."))

const packsCommand = Command.make("packs", {
  format: Flag.Literals("format", ["table", "json"]).pipe(Flag.withDescription("Output format"), Flag.withDefault("table" as const)),
  lang
}, (o) => Console.log(listPacks(selectPacks([]), o.format, o.lang).trimEnd())).pipe(
  Command.withDescription("List every registered rule with id, pack, severity, citation and effective window")
)

/** The root command. @since 0.1.0 */
export const anquan = Command.make("anquan").pipe(
  Command.withDescription("Anquan (安全): check work-safety compliance against China's official texts"),
  Command.withSubcommands([checkCommand, packsCommand])
)
