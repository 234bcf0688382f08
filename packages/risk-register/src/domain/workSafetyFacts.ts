/**
 * 双重预防规则读取的台账事实 — the facts the work-safety-law pack's dual-prevention rule
 * (`work-safety-law/dual-prevention`, 安全生产法 第四十一条) reads from a unit's risk register, under
 * `enterprise.facts.workSafety.dualPrevention.riskRegister`:
 *
 * ```json
 * { "riskPoints": 12, "unassessedRiskPoints": 1,
 *   "majorRiskPoints": [{ "id": "RP-07", "name": "氨压缩机房", "controls": 0 }] }
 * ```
 *
 * - `riskPoints`: the unit's risk points; `unassessedRiskPoints`: those not yet graded;
 * - `majorRiskPoints`: every point graded 重大 (red) under the configuration, with the number of
 *   controls (管控措施) recorded for it. The rule finds a violation when one has `0`: a 重大 risk
 *   without controls is a risk not controlled by its level (第一百零一条(四)).
 *
 * A point whose assessment the configuration cannot grade (a factor outside its scale) is not left
 * out: the entry points fail with `InvalidInput`, naming it, since it may be a 重大 risk.
 *
 * @since 0.2.0
 */
import type { InputIssue } from "@anquan/hazard-ledger"
import { InvalidInput } from "@anquan/hazard-ledger"
import { Cause, Effect, Exit, Option, Result } from "effect"
import { decodeRiskConfig, decodeRiskPoints } from "./api.ts"
import type { RiskConfig, RiskConfigInput } from "./config.ts"
import { gradePoint } from "./metrics.ts"
import type { RiskPoint } from "./model.ts"

/**
 * The register's facts for the dual-prevention rule (the wire form of the pack's
 * `RiskRegisterSummary`).
 *
 * @since 0.2.0
 */
export interface RiskRegisterFacts {
  readonly riskPoints: number
  readonly unassessedRiskPoints: number
  readonly majorRiskPoints: ReadonlyArray<{ readonly id: string; readonly name: string; readonly controls: number }>
}

/**
 * The facts of decoded risk points, per enterprise (统一社会信用代码), under a configuration. An
 * enterprise with no point is absent from the result: its register is not known to be empty.
 * Fails with the issues of every point the configuration cannot grade.
 *
 * @since 0.2.0
 */
export const computeRiskRegisterFacts = (
  points: ReadonlyArray<RiskPoint>,
  config: RiskConfig
): Result.Result<Readonly<Record<string, RiskRegisterFacts>>, ReadonlyArray<InputIssue>> => {
  const out: Record<string, { riskPoints: number; unassessedRiskPoints: number; majorRiskPoints: Array<RiskRegisterFacts["majorRiskPoints"][number]> }> = {}
  const issues: Array<InputIssue> = []
  points.forEach((point, i) => {
    const facts = (out[point.enterprise] ??= { riskPoints: 0, unassessedRiskPoints: 0, majorRiskPoints: [] })
    facts.riskPoints++
    const graded = gradePoint(point, config)
    if (Result.isFailure(graded)) {
      for (const issue of graded.failure) {
        issues.push({ path: [i, ...issue.path], message: `risk point ${point.id} cannot be graded: ${issue.message}` })
      }
      return
    }
    if (graded.success === undefined) facts.unassessedRiskPoints++
    else if (graded.success.grade === "major") facts.majorRiskPoints.push({ id: point.id, name: point.name, controls: point.controls.length })
  })
  return issues.length > 0 ? Result.fail(issues) : Result.succeed(out)
}

/**
 * Options of {@link riskRegisterFacts}.
 *
 * @since 0.2.0
 */
export interface RiskRegisterFactsOptions {
  /** Default `defaultRiskConfig` (unverified; give the one your province or sector prescribes). */
  readonly config?: RiskConfigInput | undefined
}

/**
 * The facts of unknown risk points (an array, or an import file with `riskPoints`), per enterprise:
 * put `result[creditCode]` under the enterprise's `facts.workSafety.dualPrevention.riskRegister`.
 * Bad points, a bad configuration and ungradable assessments fail with `InvalidInput`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { riskRegisterFactsEffect } from "@anquan/risk-register"
 *
 * const facts = Effect.runSync(riskRegisterFactsEffect(points))
 * record.facts.workSafety.dualPrevention.riskRegister = facts[record.creditCode]
 * ```
 * @since 0.2.0
 */
export const riskRegisterFactsEffect = (input: unknown, options: RiskRegisterFactsOptions = {}): Effect.Effect<Readonly<Record<string, RiskRegisterFacts>>, InvalidInput> =>
  Effect.gen(function*() {
    const config = yield* decodeRiskConfig(options.config)
    const points = yield* decodeRiskPoints(input)
    const r = computeRiskRegisterFacts(points, config)
    if (Result.isFailure(r)) return yield* new InvalidInput({ entryPoint: "risk register facts", issues: r.failure })
    return r.success
  })

/**
 * {@link riskRegisterFactsEffect} as a plain function: returns the facts per enterprise or throws
 * the `InvalidInput`.
 *
 * @since 0.2.0
 */
export const riskRegisterFacts = (input: unknown, options: RiskRegisterFactsOptions = {}): Readonly<Record<string, RiskRegisterFacts>> => {
  const exit = Effect.runSyncExit(riskRegisterFactsEffect(input, options))
  if (Exit.isSuccess(exit)) return exit.value
  const error = Exit.findErrorOption(exit)
  throw Option.isSome(error) ? error.value : Cause.squash(exit.cause)
}
