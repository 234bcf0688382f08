/**
 * Entry points for unknown input — decode, then compute — as Effects and as plain functions. Bad
 * input fails with the hazard ledger's `InvalidInput` (every problem, with its path); nothing is
 * dropped.
 *
 * @since 0.2.0
 */
import type { InputIssue } from "@anquan/hazard-ledger"
import { decodeInput, InvalidInput } from "@anquan/hazard-ledger"
import { CalendarDate } from "@anquan/core"
import { Cause, Effect, Exit, Option, Result, Schema } from "effect"
import type { Graded } from "./assessment.ts"
import { Assessment, grade } from "./assessment.ts"
import type { RiskConfig, RiskConfigInput } from "./config.ts"
import { defaultRiskConfig, RiskConfig as RiskConfigSchema } from "./config.ts"
import type { RiskMetrics } from "./metrics.ts"
import { computeRiskMetrics } from "./metrics.ts"
import type { RiskPoint } from "./model.ts"
import { RiskPoint as RiskPointSchema } from "./model.ts"

const decodePoints = decodeInput(Schema.Array(RiskPointSchema), "risk points")
const decodeConfigInput = decodeInput(RiskConfigSchema, "risk config")
const decodeAssessment = decodeInput(Assessment, "assessment")

/**
 * Decodes risk points: an array, or an object with the array under `riskPoints` (an import file,
 * which may also carry `jurisdictions`). Ids must be unique.
 *
 * @since 0.2.0
 */
export const decodeRiskPoints = (input: unknown): Effect.Effect<ReadonlyArray<RiskPoint>, InvalidInput> => {
  const wrapped = typeof input === "object" && input !== null && !Array.isArray(input) && "riskPoints" in input
  const list = wrapped ? (input as { riskPoints: unknown }).riskPoints : input
  return Effect.flatMap(
    decodePoints(list).pipe(Effect.mapError((e) => wrapped ? new InvalidInput({ ...e, issues: e.issues.map((i) => ({ ...i, path: ["riskPoints", ...i.path] })) }) : e)),
    (points) => {
      const seen = new Map<string, number>()
      const issues: Array<InputIssue> = []
      points.forEach((p, i) => {
        const first = seen.get(p.id)
        if (first !== undefined) issues.push({ path: [...(wrapped ? ["riskPoints"] : []), i, "id"], message: `risk point ${p.id} is listed twice (first at ${first})` })
        else seen.set(p.id, i)
      })
      return issues.length === 0 ? Effect.succeed(points) : Effect.fail(new InvalidInput({ entryPoint: "risk points", issues }))
    }
  )
}

/**
 * Decodes a configuration; `undefined` gives {@link defaultRiskConfig}.
 *
 * @since 0.2.0
 */
export const decodeRiskConfig = (input: RiskConfigInput | unknown): Effect.Effect<RiskConfig, InvalidInput> =>
  input === undefined ? Effect.succeed(defaultRiskConfig) : decodeConfigInput(input)

/**
 * Grades an unknown assessment under a configuration (default {@link defaultRiskConfig}); a factor
 * outside its scale is an `InvalidInput`.
 *
 * @since 0.2.0
 */
export const assessEffect = (assessment: unknown, config?: RiskConfigInput): Effect.Effect<Graded, InvalidInput> =>
  Effect.gen(function*() {
    const c = yield* decodeRiskConfig(config)
    const a = yield* decodeAssessment(assessment)
    const r = grade(a, c)
    if (Result.isFailure(r)) return yield* new InvalidInput({ entryPoint: "assessment", issues: r.failure })
    return r.success
  })

/**
 * Options of the metrics entry points.
 *
 * @since 0.2.0
 */
export interface RiskMetricsOptions {
  /** The day the figures are as of (`YYYY-MM-DD`). */
  readonly asOf: string
  /** Default {@link defaultRiskConfig}. */
  readonly config?: RiskConfigInput | undefined
}

/**
 * The figures of unknown risk points (see {@link decodeRiskPoints}) as of a date.
 *
 * @since 0.2.0
 */
export const riskMetricsEffect = (input: unknown, options: RiskMetricsOptions): Effect.Effect<RiskMetrics, InvalidInput> =>
  Effect.gen(function*() {
    if (CalendarDate.parse(options.asOf) === undefined) {
      return yield* new InvalidInput({ entryPoint: "risk metrics", issues: [{ path: ["asOf"], message: "Expected a calendar date YYYY-MM-DD" }] })
    }
    const config = yield* decodeRiskConfig(options.config)
    const points = yield* decodeRiskPoints(input)
    return computeRiskMetrics(points, { asOf: options.asOf, config })
  })

const runSync = <A>(effect: Effect.Effect<A, InvalidInput>): A => {
  const exit = Effect.runSyncExit(effect)
  if (Exit.isSuccess(exit)) return exit.value
  const error = Exit.findErrorOption(exit)
  throw Option.isSome(error) ? error.value : Cause.squash(exit.cause)
}

/**
 * {@link assessEffect} as a plain function: returns the grade or throws the `InvalidInput`.
 *
 * @since 0.2.0
 */
export const assess = (assessment: unknown, config?: RiskConfigInput): Graded => runSync(assessEffect(assessment, config))

/**
 * {@link riskMetricsEffect} as a plain function: returns the figures or throws the `InvalidInput`.
 *
 * @since 0.2.0
 */
export const riskMetrics = (input: unknown, options: RiskMetricsOptions): RiskMetrics => runSync(riskMetricsEffect(input, options))
