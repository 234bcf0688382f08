/**
 * 入口 — unknown input in, decoded with Schema (every problem with its path), then the records
 * built and the figures computed: Effect entries (`…Effect`) and their Promise twins (`…Promise`).
 * A history whose steps do not fit is reported with the enterprise and the step's index, never
 * dropped.
 *
 * @since 0.2.0
 */
import { CalendarDate, decodeIssues, JurisdictionTree } from "@anquan/core"
import type { JurisdictionInput } from "@anquan/core"
import { Data, Effect, Result, Schema } from "effect"
import type { GroupBy, RolloutTargetInput, TargetFigures } from "./domain/targets.ts"
import { RolloutTarget, rolloutRates, seedTargets } from "./domain/targets.ts"
import type { RevocationCandidates } from "./domain/revocation.ts"
import { RevocationInput, revocationCandidates } from "./domain/revocation.ts"
import type { StandardizationFile, Standing, StepRefused, WorkflowOptions } from "./domain/workflow.ts"
import { buildRecord, StandardizationHistory, standingOn } from "./domain/workflow.ts"

/**
 * 输入无效 — the input does not decode: every problem with its path.
 *
 * @since 0.2.0
 */
export class StandardizationInputError extends Data.TaggedError("StandardizationInputError")<{
  readonly entryPoint: string
  readonly issues: ReadonlyArray<{ readonly path: ReadonlyArray<PropertyKey>; readonly message: string }>
}> {
  override get message(): string {
    return `invalid input to ${this.entryPoint}:\n` +
      this.issues.map((i) => `  - ${i.message}${i.path.length === 0 ? "" : ` at ${i.path.map((k) => `[${JSON.stringify(k)}]`).join("")}`}`).join("\n")
  }
}

const decode = <S extends Schema.Decoder<unknown>>(schema: S, entryPoint: string) => {
  const run = Schema.decodeUnknownResult(schema as Schema.Decoder<S["Type"]>, { errors: "all" })
  return (input: unknown): Effect.Effect<S["Type"], StandardizationInputError> => {
    const r = run(input)
    return Result.isSuccess(r)
      ? Effect.succeed(r.success)
      : Effect.fail(new StandardizationInputError({ entryPoint, issues: decodeIssues(r.failure).map((i) => ({ path: i.path, message: i.message })) }))
  }
}

const Histories = Schema.Array(StandardizationHistory)
const Targets = Schema.Array(RolloutTarget)

/**
 * The records of a list of histories (`{ enrolment, steps }[]`): decoded, then built; the first
 * history whose steps do not fit fails with `StepRefused`.
 *
 * @since 0.2.0
 */
export const buildRecordsEffect = (input: unknown, options: WorkflowOptions = {}): Effect.Effect<ReadonlyArray<StandardizationFile>, StandardizationInputError | StepRefused> =>
  Effect.gen(function*() {
    const histories = yield* decode(Histories, "histories")(input)
    const files: Array<StandardizationFile> = []
    for (const h of histories) files.push(yield* Effect.fromResult(buildRecord(h, options)))
    return files
  })

/** Promise entry of {@link buildRecordsEffect}. @since 0.2.0 */
export const buildRecordsPromise = (input: unknown, options: WorkflowOptions = {}): Promise<ReadonlyArray<StandardizationFile>> =>
  Effect.runPromise(buildRecordsEffect(input, options))

/**
 * Options of {@link rolloutRatesEffect}.
 *
 * @since 0.2.0
 */
export interface RolloutOptions extends WorkflowOptions {
  /** The day (`YYYY-MM-DD`). */
  readonly asOf: string
  /** The targets (default {@link seedTargets}). */
  readonly targets?: ReadonlyArray<RolloutTargetInput> | undefined
  /** A jurisdiction tree: figures of a jurisdiction include its subtree. */
  readonly jurisdictions?: ReadonlyArray<JurisdictionInput> | undefined
  readonly groupBy?: GroupBy | undefined
}

/**
 * 达标率 from histories: decodes histories, targets and the day, builds the records and computes
 * the figures of every target per group ({@link rolloutRates}).
 *
 * @since 0.2.0
 */
export const rolloutRatesEffect = (
  histories: unknown,
  options: RolloutOptions
): Effect.Effect<ReadonlyArray<TargetFigures>, StandardizationInputError | StepRefused> =>
  Effect.gen(function*() {
    const asOf = yield* decode(CalendarDate.CalendarDate, "asOf")(options.asOf)
    const targets = yield* decode(Targets, "targets")(options.targets ?? seedTargets)
    let tree: JurisdictionTree.JurisdictionTree | undefined
    if (options.jurisdictions !== undefined) {
      const r = JurisdictionTree.validate(options.jurisdictions)
      if (Result.isFailure(r)) {
        return yield* new StandardizationInputError({ entryPoint: "jurisdictions", issues: r.failure.problems.map((p) => ({ path: [], message: p.message })) })
      }
      tree = r.success
    }
    const files = yield* buildRecordsEffect(histories, options)
    return rolloutRates(files, targets, { asOf, jurisdictions: tree, groupBy: options.groupBy })
  })

/** Promise entry of {@link rolloutRatesEffect}. @since 0.2.0 */
export const rolloutRatesPromise = (histories: unknown, options: RolloutOptions): Promise<ReadonlyArray<TargetFigures>> =>
  Effect.runPromise(rolloutRatesEffect(histories, options))

/**
 * One enterprise's standing on a day from its history.
 *
 * @since 0.2.0
 */
export const standingEffect = (history: unknown, options: WorkflowOptions & { readonly asOf: string }): Effect.Effect<Standing, StandardizationInputError | StepRefused> =>
  Effect.gen(function*() {
    const asOf = yield* decode(CalendarDate.CalendarDate, "asOf")(options.asOf)
    const h = yield* decode(StandardizationHistory, "history")(history)
    return standingOn(yield* Effect.fromResult(buildRecord(h, options)), asOf)
  })

/** Promise entry of {@link standingEffect}. @since 0.2.0 */
export const standingPromise = (history: unknown, options: WorkflowOptions & { readonly asOf: string }): Promise<Standing> =>
  Effect.runPromise(standingEffect(history, options))

/**
 * 撤销候选 from records: decodes the input (`{ triggers, accidents?, hazards? }`, every problem with
 * its path) and the day, and lists the certificates in force that are candidates for 撤销
 * ({@link revocationCandidates}). Proposes only.
 *
 * @since 0.2.0
 */
export const revocationCandidatesEffect = (
  files: ReadonlyArray<StandardizationFile>,
  input: unknown,
  options: { readonly asOf: string }
): Effect.Effect<RevocationCandidates, StandardizationInputError> =>
  Effect.gen(function*() {
    const asOf = yield* decode(CalendarDate.CalendarDate, "asOf")(options.asOf)
    const decoded = yield* decode(RevocationInput, "revocation")(input)
    return revocationCandidates(files, decoded, asOf)
  })

/** Promise entry of {@link revocationCandidatesEffect}. @since 0.2.0 */
export const revocationCandidatesPromise = (
  files: ReadonlyArray<StandardizationFile>,
  input: unknown,
  options: { readonly asOf: string }
): Promise<RevocationCandidates> => Effect.runPromise(revocationCandidatesEffect(files, input, options))
