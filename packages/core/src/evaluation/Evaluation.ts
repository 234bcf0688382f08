/**
 * The Effect API of the pipeline: services and layers for the registry, the config and the
 * evaluator, evaluation as an `Effect`, and streaming evaluation over a `Stream`.
 *
 * The as-of date defaults to today (in Beijing time, UTC+8) by effect's `Clock`, so tests can pin it with `TestClock` and a
 * deployment can provide its own clock; pass `asOf` to evaluate as of any other day.
 *
 * @since 0.1.0
 */
import { Clock, Context, Effect, Layer, Stream } from "effect"
import type * as Arr from "effect/Array"
import * as CalendarDate from "../calendar/CalendarDate.ts"
import { calendarDayOf } from "../calendar/ChinaTime.ts"
import type { ConfigError, ConfigLayers, ResolvedConfig } from "../config/EvaluationConfig.ts"
import { decodeAndResolve, empty as emptyConfig } from "../config/EvaluationConfig.ts"
import type { Pack } from "../pack/Pack.ts"
import type { Registry, RegistryError } from "../registry/Registry.ts"
import { make as makeRegistry } from "../registry/Registry.ts"
import type { Engine, Include } from "./Engine.ts"
import { fromParts, make as makeEngine, RECORDS_TOGETHER } from "./Engine.ts"
import type { RecordResult, Report } from "./Report.ts"

/**
 * 规则注册表服务 — the validated rule packs.
 *
 * @since 0.1.0
 */
export class RuleRegistry extends Context.Service<RuleRegistry, Registry>()("@anquan/core/RuleRegistry") {
  /** Registers the packs; fails with a `RegistryError` listing every problem. */
  static readonly layer = (packs: ReadonlyArray<Pack<any>>): Layer.Layer<RuleRegistry, RegistryError> =>
    Layer.effect(RuleRegistry, Effect.try({ try: () => makeRegistry(packs), catch: (e) => e as RegistryError }))
}

/**
 * 评估配置服务 — the layered config, resolved against the registry.
 *
 * @since 0.1.0
 */
export class EvaluationSettings extends Context.Service<EvaluationSettings, ResolvedConfig>()("@anquan/core/EvaluationSettings") {
  /** Config layers as found in a config file; fails with a `ConfigError` listing every problem. */
  static readonly layer = (config: typeof ConfigLayers.Encoded): Layer.Layer<EvaluationSettings, ConfigError, RuleRegistry> =>
    Layer.effect(
      EvaluationSettings,
      Effect.gen(function*() {
        const registry = yield* RuleRegistry
        return yield* Effect.try({ try: () => makeEngine({ packs: registry.packs, config }).config, catch: (e) => e as ConfigError })
      })
    )
  /** No config: every rule as its pack defines it. */
  static readonly none: Layer.Layer<EvaluationSettings, never, RuleRegistry> = Layer.effect(
    EvaluationSettings,
    Effect.gen(function*() {
      return emptyConfig(yield* RuleRegistry)
    })
  )
}

/**
 * 评估器服务 — the engine built from the registry and the config.
 *
 * @since 0.1.0
 */
export class Evaluator extends Context.Service<Evaluator, Engine>()("@anquan/core/Evaluator") {
  static readonly layer: Layer.Layer<Evaluator, never, RuleRegistry | EvaluationSettings> = Layer.effect(
    Evaluator,
    Effect.gen(function*() {
      return fromParts(yield* RuleRegistry, yield* EvaluationSettings)
    })
  )
}

/**
 * Everything at once: registry, config and evaluator from packs and (optionally) config layers.
 *
 * @example
 * ```ts
 * import { Evaluation } from "@anquan/core"
 * import { workSafetyLaw } from "@anquan/pack-work-safety-law"
 * import { Effect } from "effect"
 *
 * const program = Evaluation.evaluate(records, { asOf: "2023-06-01" })
 * const report = await Effect.runPromise(program.pipe(Effect.provide(Evaluation.layer({ packs: [workSafetyLaw] }))))
 * ```
 * @since 0.1.0
 */
export const layer = (options: {
  readonly packs: ReadonlyArray<Pack<any>>
  readonly config?: typeof ConfigLayers.Encoded
}): Layer.Layer<Evaluator | RuleRegistry | EvaluationSettings, RegistryError | ConfigError> => {
  const settings = options.config === undefined ? EvaluationSettings.none : EvaluationSettings.layer(options.config)
  const base = Layer.provideMerge(settings, RuleRegistry.layer(options.packs))
  return Layer.provideMerge(Evaluator.layer, base)
}

/** @since 0.1.0 */
export interface EffectEvaluateOptions {
  /** Defaults to today by the `Clock` service. */
  readonly asOf?: Date | string
  readonly include?: Include
}

const resolveAsOf = (asOf: Date | string | undefined): Effect.Effect<Date> =>
  asOf === undefined ? Effect.map(Clock.currentTimeMillis, (ms) => calendarDayOf(new Date(ms))) : Effect.sync(() => typeof asOf === "string" ? CalendarDate.make(asOf) : asOf)

/**
 * Evaluates one record or an array of records into a full report.
 *
 * @since 0.1.0
 */
export const evaluate = (input: unknown, options: EffectEvaluateOptions = {}): Effect.Effect<Report, never, Evaluator> =>
  Effect.gen(function*() {
    const engine = yield* Evaluator
    const asOf = yield* resolveAsOf(options.asOf)
    return engine.evaluate(input, { asOf, ...(options.include !== undefined ? { include: options.include } : {}) })
  })

/**
 * Evaluates a stream of unknown records: one `RecordResult` per record, in order, pulled as the
 * consumer pulls, so memory stays bounded however long the stream. Each chunk the stream emits is
 * evaluated as `Engine.evaluateRecords` takes a batch, 64 records at a time: the results of one
 * record at a time, found faster (since 0.2.0).
 *
 * @example
 * ```ts
 * import { Evaluation } from "@anquan/core"
 * import { Effect, Stream } from "effect"
 *
 * const majors = Evaluation.evaluateStream(records).pipe(
 *   Stream.filter((r) => r._tag === "evaluated" && r.verdict === "major-hazard"),
 *   Stream.runCount
 * )
 * ```
 * @since 0.1.0
 */
export const evaluateStream = <E, R>(
  records: Stream.Stream<unknown, E, R>,
  options: EffectEvaluateOptions = {}
): Stream.Stream<RecordResult, E, R | Evaluator> =>
  Stream.unwrap(
    Effect.gen(function*() {
      const engine = yield* Evaluator
      const plan = engine.plan(yield* resolveAsOf(options.asOf))
      let index = 0
      // each chunk the stream emits, as `Engine.evaluateRecords` takes a batch: the same results as one record at a
      // time, found faster
      return Stream.mapArray(records, (chunk) => {
        const results: Array<RecordResult> = []
        forEachResult(engine, chunk, index, plan, options.include, (result) => results.push(result))
        index += chunk.length
        return results as unknown as Arr.NonEmptyReadonlyArray<RecordResult>
      })
    })
  )

/**
 * Each result of a chunk's records, numbered from `first`, given to `f` in order: evaluated `RECORDS_TOGETHER` at a
 * time (`Engine.evaluateRecords`), which keeps a run's memory where one record at a time kept it.
 */
const forEachResult = (
  engine: Engine,
  chunk: ReadonlyArray<unknown>,
  first: number,
  plan: ReturnType<Engine["plan"]>,
  include: Include | undefined,
  f: (result: RecordResult) => void
): void => {
  for (let k = 0; k < chunk.length; k += RECORDS_TOGETHER) {
    // a chunk that fits in one batch is taken as it is, not copied
    const batch = chunk.length <= RECORDS_TOGETHER ? chunk : chunk.slice(k, k + RECORDS_TOGETHER)
    for (const result of engine.evaluateRecords(batch, first + k, plan, include)) f(result)
  }
}

/**
 * Folds a stream of records into a report. By default only counts and rejected records are kept
 * (`retainEnterprises: false`), so any number of records is summarised in bounded memory. Each chunk
 * is evaluated 64 records at a time, as {@link evaluateStream} does (since 0.2.0).
 *
 * @since 0.1.0
 */
export const summarizeStream = <E, R>(
  records: Stream.Stream<unknown, E, R>,
  options: EffectEvaluateOptions & { readonly retainEnterprises?: boolean } = {}
): Effect.Effect<Report, E, R | Evaluator> =>
  Effect.gen(function*() {
    const engine = yield* Evaluator
    const plan = engine.plan(yield* resolveAsOf(options.asOf))
    const builder = engine.reportBuilder(plan, options.retainEnterprises ?? false)
    let index = 0
    yield* Stream.runForEachArray(records, (chunk) =>
      Effect.sync(() => {
        forEachResult(engine, chunk, index, plan, options.include, (result) => builder.add(result))
        index += chunk.length
      }))
    return builder.build()
  })
