/**
 * 风险评价 — an assessment of a risk point and the grade it gives under a {@link RiskConfig}:
 *
 * - `lec`: D = L × E × C, each factor a value of its scale;
 * - `matrix`: R = L × S;
 * - `direct` (直接判定): the grade stated outright, with its basis (e.g. a 重大事故隐患 criterion or
 *   a 重大危险源), no score.
 *
 * The score is exact (`decimal.ts`): `0.1 × 3 × 7` is `2.1`, and a score equal to a threshold
 * falls on the side the band says (`above`: not in the band; `atLeast`: in it).
 *
 * @since 0.2.0
 */
import { Result, Schema } from "effect"
import type { Band, RiskConfig, ScaleEntry } from "./config.ts"
import { thresholdOf } from "./config.ts"
import type { Decimal } from "./decimal.ts"
import { compare, format, fromNumber, multiply } from "./decimal.ts"
import type { RiskGrade } from "./grade.ts"
import { RiskGrade as RiskGradeSchema } from "./grade.ts"

/** LEC: D = L × E × C. @since 0.2.0 */
export const LecAssessment = Schema.Struct({
  method: Schema.Literal("lec"),
  L: Schema.Number,
  E: Schema.Number,
  C: Schema.Number
}).annotate({ identifier: "LecAssessment", description: "作业条件危险性评价法 — D = L × E × C" })

/** Risk matrix: R = L × S. @since 0.2.0 */
export const MatrixAssessment = Schema.Struct({
  method: Schema.Literal("matrix"),
  L: Schema.Number,
  S: Schema.Number
}).annotate({ identifier: "MatrixAssessment", description: "风险矩阵法 — R = L × S" })

/** 直接判定 — the grade stated outright, with its basis. @since 0.2.0 */
export const DirectAssessment = Schema.Struct({
  method: Schema.Literal("direct"),
  grade: RiskGradeSchema,
  basis: Schema.NonEmptyString
}).annotate({ identifier: "DirectAssessment", description: "直接判定 — a grade and its basis" })

/**
 * 风险评价 — one of the three methods, discriminated by `method`.
 *
 * @since 0.2.0
 */
export const Assessment = Schema.Union([LecAssessment, MatrixAssessment, DirectAssessment]).annotate({ identifier: "Assessment" })
/** @since 0.2.0 */
export type Assessment = typeof Assessment.Type

/**
 * What an assessment gives: the grade, the score as exact decimal text (`null` for `direct`) and
 * the band's label.
 *
 * @since 0.2.0
 */
export interface Graded {
  readonly method: Assessment["method"]
  readonly grade: RiskGrade
  /** D or R as exact decimal text (`"2.1"`, `"320"`); `null` for a direct grade. */
  readonly score: string | null
  readonly band: string | null
}

/**
 * An assessment the configuration cannot grade: a factor that is not a value of its scale.
 *
 * @since 0.2.0
 */
export interface AssessmentIssue {
  readonly path: ReadonlyArray<string>
  readonly message: string
}

const inScale = (name: string, value: number, scale: ReadonlyArray<ScaleEntry>): AssessmentIssue | undefined =>
  scale.some((e) => e.value === value)
    ? undefined
    : { path: [name], message: `${name} must be one of ${scale.map((e) => e.value).join(", ")}; got ${value}` }

/**
 * The band a score falls in, exactly: the first band (from `major` down) whose threshold the score
 * passes (`above`: strictly greater; `atLeast`: greater or equal), else the last (`low`).
 *
 * @since 0.2.0
 */
export const bandOf = (score: Decimal, bands: ReadonlyArray<Band>): Band => {
  for (const band of bands) {
    const t = thresholdOf(band)
    if (t === undefined) return band
    const c = compare(score, fromNumber(t)!)
    if (band.above !== undefined ? c > 0 : c >= 0) return band
  }
  return bands[bands.length - 1]!
}

/**
 * The exact product of the factors (each a value of its scale: at most a few decimals).
 *
 * @since 0.2.0
 */
export const scoreOf = (factors: ReadonlyArray<number>): Decimal | undefined => {
  let product: Decimal = { n: 1n, scale: 0 }
  for (const f of factors) {
    const d = fromNumber(f)
    if (d === undefined) return undefined
    product = multiply(product, d)
  }
  return product
}

/**
 * Grades an assessment under a configuration, or lists why it cannot (a factor outside its scale).
 * Pure.
 *
 * @since 0.2.0
 */
export const grade = (assessment: Assessment, config: RiskConfig): Result.Result<Graded, ReadonlyArray<AssessmentIssue>> => {
  if (assessment.method === "direct") {
    return Result.succeed({ method: "direct", grade: assessment.grade, score: null, band: assessment.basis })
  }
  const checks = assessment.method === "lec"
    ? [inScale("L", assessment.L, config.lec.L), inScale("E", assessment.E, config.lec.E), inScale("C", assessment.C, config.lec.C)]
    : [inScale("L", assessment.L, config.matrix.L), inScale("S", assessment.S, config.matrix.S)]
  const issues = checks.filter((i): i is AssessmentIssue => i !== undefined)
  if (issues.length > 0) return Result.fail(issues)
  const factors = assessment.method === "lec" ? [assessment.L, assessment.E, assessment.C] : [assessment.L, assessment.S]
  const score = scoreOf(factors)!
  const band = bandOf(score, assessment.method === "lec" ? config.lec.bands : config.matrix.bands)
  return Result.succeed({ method: assessment.method, grade: band.grade, score: format(score), band: band.label ?? null })
}
