/**
 * 评价配置 — the scales and grade bands of the two assessment methods, the review cadence per
 * grade and the controls each grade requires, as configuration.
 *
 * - **LEC** (作业条件危险性评价法): D = L × E × C — L the likelihood (可能性), E the exposure
 *   (暴露频繁程度), C the consequence (后果). Each factor takes one value of its scale.
 * - **Risk matrix** (风险矩阵法): R = L × S — L the likelihood, S the severity (严重性).
 *
 * A band is `{ grade, above }` (the score is strictly greater) or `{ grade, atLeast }` (greater or
 * equal); the bands run from `major` down, thresholds strictly decreasing, and `low` takes the
 * rest (no threshold). Scores are compared exactly (see `decimal.ts`).
 *
 * **Unverified default.** No official text in the project's fact base gives the scales or the
 * bands. {@link defaultRiskConfig} encodes the values in common use (the Graham–Kinney LEC scales
 * with D > 320 / 160 / 70, and a 5 × 5 matrix with R ≥ 20 / 15 / 9), and the review cadence and
 * required controls are this library's own choice: it is marked `verified: false`. Give the
 * configuration your province or sector prescribes.
 *
 * @since 0.2.0
 */
import { Schema } from "effect"
import { fromNumber } from "./decimal.ts"
import type { RiskGrade } from "./grade.ts"
import { RiskGrade as RiskGradeSchema, RiskGrades } from "./grade.ts"

/**
 * 管控措施类别 — engineering (工程技术), management (管理), training (培训教育), ppe (个体防护),
 * emergency (应急处置).
 *
 * @since 0.2.0
 */
export const ControlKinds = ["engineering", "management", "training", "ppe", "emergency"] as const
/** @since 0.2.0 */
export const ControlKind = Schema.Literals(ControlKinds).annotate({
  identifier: "ControlKind",
  description: "管控措施类别 — engineering 工程技术, management 管理, training 培训教育, ppe 个体防护, emergency 应急处置"
})
/** @since 0.2.0 */
export type ControlKind = typeof ControlKind.Type

const ScaleValue = Schema.Number.check(
  Schema.makeFilter((x: number) => x > 0 && fromNumber(x) !== undefined, {
    message: "Expected a positive number written without an exponent"
  })
)

/** One value of a scale and what it means. @since 0.2.0 */
export const ScaleEntry = Schema.Struct({ value: ScaleValue, label: Schema.NonEmptyString }).annotate({ identifier: "ScaleEntry" })
/** @since 0.2.0 */
export type ScaleEntry = typeof ScaleEntry.Type

const Scale = Schema.Array(ScaleEntry).check(Schema.makeFilter((entries) => {
  if (entries.length === 0) return "Expected at least one value"
  const seen = new Set<number>()
  for (const e of entries) {
    if (seen.has(e.value)) return `the value ${e.value} is listed twice`
    seen.add(e.value)
  }
  return undefined
}))

/**
 * A grade band: `above` (score > threshold) or `atLeast` (score ≥ threshold); `low` has neither.
 *
 * @since 0.2.0
 */
export const Band = Schema.Struct({
  grade: RiskGradeSchema,
  above: Schema.optionalKey(ScaleValue),
  atLeast: Schema.optionalKey(ScaleValue),
  label: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "Band" })
/** @since 0.2.0 */
export type Band = typeof Band.Type

/** The threshold of a band, if it has one. @since 0.2.0 */
export const thresholdOf = (band: Band): number | undefined => band.above ?? band.atLeast

const Bands = Schema.Array(Band).check(Schema.makeFilter((bands) => {
  if (bands.length !== RiskGrades.length || bands.some((b, i) => b.grade !== RiskGrades[i])) {
    return `Expected one band per grade in the order ${RiskGrades.join(", ")}`
  }
  for (const [i, b] of bands.entries()) {
    const both = b.above !== undefined && b.atLeast !== undefined
    if (both) return { path: [i], issue: "a band has either above or atLeast, not both" }
    const t = thresholdOf(b)
    if (b.grade === "low" && t !== undefined) return { path: [i], issue: "the low band takes the rest: no threshold" }
    if (b.grade !== "low" && t === undefined) return { path: [i], issue: `the ${b.grade} band needs a threshold (above or atLeast)` }
    const previous = i === 0 ? undefined : thresholdOf(bands[i - 1]!)
    if (t !== undefined && previous !== undefined && !(t < previous)) {
      return { path: [i], issue: `thresholds must decrease from major to general; ${t} is not below ${previous}` }
    }
  }
  return undefined
}))

/**
 * 评价方法配置 — the configuration of the LEC method: the three scales and the bands of D.
 *
 * @since 0.2.0
 */
export const LecConfig = Schema.Struct({ L: Scale, E: Scale, C: Scale, bands: Bands }).annotate({ identifier: "LecConfig" })
/** @since 0.2.0 */
export type LecConfig = typeof LecConfig.Type

/**
 * The configuration of the risk-matrix method: the two scales and the bands of R.
 *
 * @since 0.2.0
 */
export const MatrixConfig = Schema.Struct({ L: Scale, S: Scale, bands: Bands }).annotate({ identifier: "MatrixConfig" })
/** @since 0.2.0 */
export type MatrixConfig = typeof MatrixConfig.Type

const perGrade = <S extends Schema.Top>(value: S) =>
  Schema.Struct({ major: value, significant: value, general: value, low: value })

/**
 * 风险分级配置 — the whole configuration: both methods, the review interval per grade in days,
 * the control kinds each grade requires, its source and whether it was checked against an
 * official text.
 *
 * @since 0.2.0
 */
export const RiskConfig = Schema.Struct({
  /** Where the values come from. */
  source: Schema.String,
  /** Whether the values were checked against an official text. */
  verified: Schema.Boolean,
  lec: LecConfig,
  matrix: MatrixConfig,
  /** Days between two reviews (复评) of a risk point of each grade, unless the point sets its own. */
  reviewIntervalDays: perGrade(Schema.Int.check(Schema.isGreaterThan(0))),
  /** The control kinds a risk point of each grade must have (besides having at least one control). */
  requiredControls: perGrade(Schema.Array(ControlKind))
}).annotate({ identifier: "RiskConfig" })
/** @since 0.2.0 */
export type RiskConfig = typeof RiskConfig.Type
/** The wire form of a configuration. @since 0.2.0 */
export type RiskConfigInput = typeof RiskConfig.Encoded

/**
 * The default configuration — **unverified** (`verified: false`): the values in common use, no
 * official text in the fact base gives them.
 *
 * - LEC: L ∈ {10, 6, 3, 1, 0.5, 0.2, 0.1}, E ∈ {10, 6, 3, 2, 1, 0.5}, C ∈ {100, 40, 15, 7, 3, 1};
 *   D > 320 重大, D > 160 较大, D > 70 一般, else 低.
 * - Matrix: L, S ∈ 1…5; R ≥ 20 重大, R ≥ 15 较大, R ≥ 9 一般, else 低.
 * - Reviews every 30 / 90 / 180 / 365 days for 重大 / 较大 / 一般 / 低.
 * - Required controls: none beyond at least one control per risk point.
 *
 * @since 0.2.0
 */
export const defaultRiskConfig: RiskConfig = {
  source: "common practice (Graham–Kinney LEC scales; 5×5 risk matrix); review cadence and required controls are @anquan/risk-register defaults — no official text checked",
  verified: false,
  lec: {
    L: [
      { value: 10, label: "完全可以预料" },
      { value: 6, label: "相当可能" },
      { value: 3, label: "可能，但不经常" },
      { value: 1, label: "可能性小，完全意外" },
      { value: 0.5, label: "很不可能，可以设想" },
      { value: 0.2, label: "极不可能" },
      { value: 0.1, label: "实际不可能" }
    ],
    E: [
      { value: 10, label: "连续暴露" },
      { value: 6, label: "每天工作时间内暴露" },
      { value: 3, label: "每周一次或偶然暴露" },
      { value: 2, label: "每月一次暴露" },
      { value: 1, label: "每年几次暴露" },
      { value: 0.5, label: "非常罕见地暴露" }
    ],
    C: [
      { value: 100, label: "大灾难，许多人死亡" },
      { value: 40, label: "灾难，数人死亡" },
      { value: 15, label: "非常严重，一人死亡" },
      { value: 7, label: "严重，重伤" },
      { value: 3, label: "重大，致残" },
      { value: 1, label: "引人注目，需要救护" }
    ],
    bands: [
      { grade: "major", above: 320, label: "极其危险，不能继续作业" },
      { grade: "significant", above: 160, label: "高度危险，需立即整改" },
      { grade: "general", above: 70, label: "显著危险，需要整改" },
      { grade: "low" }
    ]
  },
  matrix: {
    L: [1, 2, 3, 4, 5].map((value) => ({ value, label: `可能性 ${value}` })),
    S: [1, 2, 3, 4, 5].map((value) => ({ value, label: `严重性 ${value}` })),
    bands: [
      { grade: "major", atLeast: 20 },
      { grade: "significant", atLeast: 15 },
      { grade: "general", atLeast: 9 },
      { grade: "low" }
    ]
  },
  reviewIntervalDays: { major: 30, significant: 90, general: 180, low: 365 },
  requiredControls: { major: [], significant: [], general: [], low: [] }
}

/** The review interval of a grade. @since 0.2.0 */
export const reviewIntervalOf = (config: RiskConfig, grade: RiskGrade): number => config.reviewIntervalDays[grade]
