/**
 * 安全生产标准化 — what `anquan check --standardization <source>` adds to the html and json reports:
 * the rollout as of the check's date — how many enterprises hold a certificate in force, how many
 * have lapsed or been revoked, and, per target (default the seeds' targets: seed 002's 三级 ≥ 98 %
 * of 工矿商贸 above-scale enterprises and ≥ 1000 new 小微, seed 004's 工贸 schedule 2012 / 2013 /
 * 2015), the rate per jurisdiction, per sector and per both against the target, as
 * `@anquan/standardization` computes them (`rolloutRates`, through `rolloutRatesPromise` or the
 * register's `rates`): nothing is re-derived here.
 *
 * The source is a `.json` file of histories (as `anquan standardization rates` takes it) or a
 * standardization register (`@anquan/standardization`'s `openStandardizationRegister`: a SQLite file,
 * checked read-only before it opens, or a `postgres://` URL), read only. `--standardization-targets`
 * replaces the seeds' targets with a file's (shown as configuration); `--standardization-jurisdictions`
 * gives the tree, so a jurisdiction's figures include its subtree.
 *
 * @since 0.2.0
 */
import type { JurisdictionInput } from "@anquan/core"
import { CalendarDate } from "@anquan/core"
import type { RevocationCandidates, RolloutTargetInput, StandardizationFile, TargetFigures } from "@anquan/standardization"
import { UsageError } from "../check.ts"
import { describeError } from "../ledger/format.ts"
import { displaySource, isPostgres, READ_ONLY_ACTOR, readJson, requireSqliteTable, resolvePath } from "../ledger/run.ts"

/**
 * Options of `standardizationSection`.
 *
 * @since 0.2.0
 */
export interface StandardizationSectionOptions {
  /** A `.json` file of histories, a SQLite standardization register or a `postgres://` URL, relative to `cwd`. */
  readonly source: string
  /** The check's date: everything is as of it. */
  readonly asOf: string
  /** A JSON file of targets (`RolloutTarget[]`); default the seeds' targets (`seedTargets`). */
  readonly targets?: string | undefined
  /** The jurisdiction tree (a JSON file): a jurisdiction's figures include its subtree. */
  readonly jurisdictions?: string | undefined
  /**
   * A JSON file `{ triggers, accidents?, hazards? }` (`RevocationInput`): the certificates that are
   * candidates for 撤销 under the configured triggers (proposed, never revoked here).
   *
   * @since 0.2.0
   */
  readonly revocation?: string | undefined
  /** Where relative paths are resolved; default `process.cwd()`. */
  readonly cwd?: string | undefined
}

/** One target and its figures (`rolloutRates`' rows): the total first, then each group in the package's order. @since 0.2.0 */
export interface StandardizationTargetRows {
  readonly target: {
    readonly id: string
    readonly label: string
    readonly minGrade: 1 | 2 | 3
    readonly measure: { readonly kind: "rate"; readonly atLeast: number } | { readonly kind: "newly-certified"; readonly atLeast: number; readonly from: string; readonly to: string }
    readonly due: string | null
    readonly source: string
    /** How the source was read, where the package says it reads it (an interpretation, not the seed's words). */
    readonly note: string | null
  }
  readonly rows: ReadonlyArray<TargetFigures>
}

/**
 * The standardization section of a check report.
 *
 * @since 0.2.0
 */
export interface StandardizationSection {
  readonly source: string
  readonly asOf: string
  /** Where the targets come from: the seeds' (`builtIn`) or a configuration file, which nothing here checks against the seeds. */
  readonly targets: { readonly source: string; readonly builtIn: boolean }
  /** The enterprises and their standing on the day (`@anquan/standardization`'s `standingOn`). */
  readonly standing: { readonly enterprises: number; readonly valid: number; readonly expired: number; readonly revoked: number; readonly none: number }
  readonly byTarget: ReadonlyArray<StandardizationTargetRows>
  /** With `revocation`: the candidates for 撤销 (`revocationCandidates`: proposed only), else `null`. */
  readonly revocation: (RevocationCandidates & { readonly source: string }) | null
}

const RECORDS_TABLE = "anquan_std_records"

const isTotal = (r: TargetFigures): boolean => r.group.jurisdiction === undefined && r.group.sector === undefined

/**
 * Reads the standardization section, read-only. Throws {@link UsageError} naming the flag whose
 * file or store cannot be read or does not decode.
 *
 * @since 0.2.0
 */
export const standardizationSection = async (options: StandardizationSectionOptions): Promise<StandardizationSection> => {
  const reading = { cwd: options.cwd, write: () => {}, writeError: () => {} }
  const source = displaySource(options.source)
  const std = await import("@anquan/standardization")
  const targetsInput = options.targets === undefined ? std.seedTargets : await readJson(reading, options.targets, "targets")
  const tree = options.jurisdictions === undefined ? undefined : await readJson(reading, options.jurisdictions, "jurisdiction tree") as ReadonlyArray<JurisdictionInput>
  const revocationInput = options.revocation === undefined ? undefined : await readJson(reading, options.revocation, "revocation input")
  const fromJson = !isPostgres(options.source) && /\.json$/iu.test(options.source)
  let files: ReadonlyArray<StandardizationFile>
  let rates: ReadonlyArray<TargetFigures>
  const flag = (e: unknown, what: string) => {
    if (e instanceof UsageError) return e
    const error = describeError(e)
    // the package names the input that did not decode: the targets and the tree have flags of their own
    const entryPoint = String(error.fields["entryPoint"] ?? "")
    const named = /targets/u.test(entryPoint) && options.targets !== undefined
      ? `--standardization-targets ${options.targets}`
      : /jurisdictions/u.test(entryPoint) && options.jurisdictions !== undefined
      ? `--standardization-jurisdictions ${options.jurisdictions}`
      : `--standardization ${source}`
    return new UsageError(`${named}: ${what}: ${error._tag}: ${error.message}`)
  }
  if (fromJson) {
    const histories = await readJson(reading, options.source, "histories")
    try {
      files = await std.buildRecordsPromise(histories)
      rates = await std.rolloutRatesPromise(histories, { asOf: options.asOf, targets: targetsInput as ReadonlyArray<RolloutTargetInput>, jurisdictions: tree })
    } catch (e) {
      throw flag(e, "cannot read the histories")
    }
  } else {
    if (!isPostgres(options.source)) {
      requireSqliteTable({
        flag: "--standardization",
        source: options.source,
        filename: resolvePath(reading, options.source),
        table: RECORDS_TABLE,
        missing: "no standardization register at {filename} (give a .json file of histories, a SQLite register or a postgres:// URL)",
        notIt: "is not a standardization register",
        writeOne: "@anquan/standardization's openStandardizationRegister (Enrol, RecordStep)"
      })
    }
    const common = { jurisdictions: tree ?? [], createTables: false }
    let register: Awaited<ReturnType<typeof std.openStandardizationRegister>> | undefined
    try {
      register = isPostgres(options.source)
        ? await std.openStandardizationRegister({ store: "postgres", url: options.source, maxConnections: 2, ...common })
        : await std.openStandardizationRegister({ store: "sqlite", filename: resolvePath(reading, options.source), ...common })
      const caller = { actor: READ_ONLY_ACTOR }
      files = await register.list(caller, {})
      rates = await register.rates(caller, { asOf: options.asOf, targets: targetsInput as ReadonlyArray<RolloutTargetInput> })
    } catch (e) {
      throw flag(e, "cannot read the standardization register")
    } finally {
      if (register !== undefined) await register.close()
    }
  }
  const asOf = CalendarDate.make(options.asOf)
  const standing = { enterprises: files.length, valid: 0, expired: 0, revoked: 0, none: 0 }
  for (const f of files) standing[std.standingOn(f, asOf).status]++
  let revocation: StandardizationSection["revocation"] = null
  if (revocationInput !== undefined) {
    try {
      revocation = { source: options.revocation!, ...await std.revocationCandidatesPromise(files, revocationInput, { asOf: options.asOf }) }
    } catch (e) {
      throw new UsageError(`--standardization-revocation ${options.revocation}: ${describeError(e).message}`)
    }
  }
  return {
    source,
    asOf: options.asOf,
    targets: { source: options.targets ?? "seed 002, seed 004", builtIn: options.targets === undefined },
    standing,
    // the targets as given (wire form): the rates above decoded them, so each is valid
    byTarget: (targetsInput as ReadonlyArray<RolloutTargetInput>).map((t) => ({
      target: {
        id: t.id,
        label: t.label,
        minGrade: t.minGrade,
        measure: t.measure.kind === "rate"
          ? { kind: "rate" as const, atLeast: t.measure.atLeast }
          : { kind: "newly-certified" as const, atLeast: t.measure.atLeast, from: t.measure.from, to: t.measure.to },
        due: t.due ?? null,
        source: t.source,
        note: t.note ?? null
      },
      // the total first, then the groups in the package's order
      rows: [...rates.filter((r) => r.target === t.id && isTotal(r)), ...rates.filter((r) => r.target === t.id && !isTotal(r))]
    })),
    revocation
  }
}
