/**
 * What the store commands (`anquan risk`, `anquan enforcement`, `anquan credit`) share on effect's
 * CLI: the flags every subcommand takes (`--db`, `--actor-*`, `--jurisdiction`, `--jurisdictions`,
 * the command's own shared flags such as `--config`, `--format`), turning them into the command's
 * options, and running a command body on stdout with its exit code.
 *
 * @since 0.2.0
 */
import { Effect, Option } from "effect"
import { Flag } from "effect/cli"
import { ExitCode } from "./exitCode.ts"
import { open as openSink, OutputError } from "./output/sink.ts"

/**
 * Runs a body writing to stdout (through the output sink) and sets the exit code it returns; a
 * failure is one line on stderr (an output failure with its own exit code, anything else: usage).
 *
 * @since 0.2.0
 */
export const withStdout = (body: (write: (text: string) => void) => Promise<number>) =>
  Effect.promise(async () => {
    const sink = openSink(undefined)
    try {
      const exitCode = await body(sink.write)
      await sink.close()
      process.exitCode = exitCode
    } catch (e) {
      await sink.abort()
      const failure = sink.failure() ?? e
      if (failure instanceof OutputError) {
        if (!failure.brokenPipe) process.stderr.write(`anquan: ${failure.message}\n`)
        process.exitCode = failure.exitCode
      } else {
        process.stderr.write(`anquan: ${failure instanceof Error ? failure.message : String(failure)}\n`)
        process.exitCode = ExitCode.usage
      }
    }
  })

/**
 * The help texts of the shared flags that differ from one store command to the next.
 *
 * @since 0.2.0
 */
export interface StoreFlagDescriptions {
  readonly db: string
  readonly actorId: string
  readonly actorRole: string
  readonly jurisdictions: string
}

/**
 * The shared flags of a store command, `own` (e.g. `--config`) placed before `--format`.
 *
 * @since 0.2.0
 */
export const storeFlags = <Own extends Record<string, unknown>>(descriptions: StoreFlagDescriptions, own: Own) => ({
  db: Flag.String("db").pipe(Flag.withDescription(descriptions.db), Flag.withDefault("anquan.sqlite")),
  actorId: Flag.String("actor-id").pipe(Flag.withDescription(descriptions.actorId), Flag.optional),
  actorName: Flag.String("actor-name").pipe(Flag.withDescription("The actor's name; required to write"), Flag.optional),
  actorRole: Flag.Literals("actor-role", ["enterprise", "department", "inspector", "system"]).pipe(Flag.withDescription(descriptions.actorRole), Flag.optional),
  actorEnterprise: Flag.String("actor-enterprise").pipe(Flag.withDescription("With --actor-role enterprise: the enterprise's unified social credit code"), Flag.optional),
  jurisdiction: Flag.String("jurisdiction").pipe(Flag.withDescription("Bind the caller to this jurisdiction's subtree (needs the tree)"), Flag.optional),
  jurisdictions: Flag.String("jurisdictions").pipe(Flag.withDescription(descriptions.jurisdictions), Flag.optional),
  ...own,
  format: Flag.Literals("format", ["table", "json"]).pipe(Flag.withDescription("Output format (default: table)"), Flag.withDefault("table" as const))
})

/**
 * The `--config` flag of a store command.
 *
 * @since 0.2.0
 */
export const configFlag = (description: string) => Flag.String("config").pipe(Flag.withDescription(description), Flag.optional)

/** The parsed shared flags. */
interface ParsedStoreFlags {
  readonly db: string
  readonly actorId: Option.Option<string>
  readonly actorName: Option.Option<string>
  readonly actorRole: Option.Option<"enterprise" | "department" | "inspector" | "system">
  readonly actorEnterprise: Option.Option<string>
  readonly jurisdiction: Option.Option<string>
  readonly jurisdictions: Option.Option<string>
  readonly config?: Option.Option<string>
  readonly format: "table" | "json"
}

/**
 * The options of a store command from its parsed shared flags (errors to stderr), without `write`.
 *
 * @since 0.2.0
 */
export const storeOptions = (p: ParsedStoreFlags) => ({
  db: p.db,
  actorId: Option.getOrUndefined(p.actorId),
  actorName: Option.getOrUndefined(p.actorName),
  actorRole: Option.getOrUndefined(p.actorRole),
  actorEnterprise: Option.getOrUndefined(p.actorEnterprise),
  jurisdiction: Option.getOrUndefined(p.jurisdiction),
  jurisdictions: Option.getOrUndefined(p.jurisdictions),
  ...(p.config === undefined ? {} : { config: Option.getOrUndefined(p.config) }),
  format: p.format,
  writeError: (s: string) => void process.stderr.write(s)
})

/**
 * The runner of a store command's subcommands: a body `f` gets the shared options, the
 * subcommand's `own` options and `write` (stdout); its exit code becomes the process's.
 *
 * @since 0.2.0
 */
export const storeRunner = <S extends object, X, R>(sharedOptions: Effect.Effect<S, X, R>) =>
  <O>(f: (o: S & O & { readonly write: (text: string) => void }) => Promise<{ readonly exitCode: number }>, own: O) =>
    Effect.flatMap(sharedOptions, (s) => withStdout((write) => f({ ...s, ...own, write }).then((r) => r.exitCode)))
