/**
 * 重大危险源分级 — grading by 原总局令第40号 附件1 / GB 18218-2018 4.3 (regulations.md §10):
 * R = α · (β₁ q₁/Q₁ + β₂ q₂/Q₂ + … + βₙ qₙ/Qₙ), then 一级 R ≥ 100, 二级 50 ≤ R < 100,
 * 三级 10 ≤ R < 50, 四级 R < 10. Only a unit that is a 重大危险源 (S ≥ 1) is graded.
 *
 * β of each substance:
 * - a named toxic gas of 表3 (氨 2, 氯 4, 硫化氢 5, 光气 20, …): its 表3 value, whatever else is declared;
 * - any other named (表1) substance: the β of its declared `hazardClass` (表4);
 * - a category (表2) entry: the β of its category (表4).
 *
 * α comes from the number of people outside the plant within 500 m of its boundary (表5).
 * Thresholds are compared exactly (see `exact.ts`): R = 100 is 一级, R = 10 is 三级.
 *
 * @since 0.1.0
 */
import * as Exact from "./exact.ts"
import { type Contribution, type Identification, identify, ratioOf } from "./identify.ts"
import {
  type AlphaBand,
  alphaFor,
  hazardCategory,
  type MajorHazardGrade,
  gradeThresholds,
  toxicGasBetaOf
} from "./tables.ts"
import { entriesWithoutBeta, type GradingOptions, type HazardUnit } from "./Unit.ts"

/**
 * Where an entry's β comes from: `toxic-gas-table` 表3, `hazard-class` the declared category of a
 * named substance (表4), `category` the entry's own category (表4).
 *
 * @since 0.1.0
 */
export type BetaBasis = "toxic-gas-table" | "hazard-class" | "category"

/**
 * 校正后贡献 — one substance's share of R before α.
 *
 * @since 0.1.0
 */
export type WeightedContribution = Contribution & {
  readonly beta: number
  readonly betaBasis: BetaBasis
  /** β · q / Q (rounded to a `number`). */
  readonly weighted: number
}

/**
 * 分级结果:
 * - `NotMajorHazard`: S < 1; the unit is not graded.
 * - `BetaUnknown`: a named substance outside 表3 has no `hazardClass` (`missing` lists entry indexes).
 *   Decoding with `GradableHazardUnit` rules this out up front.
 * - `Graded`: R, grade, α and each β.
 *
 * @since 0.1.0
 */
export type GradeResult =
  | { readonly _tag: "NotMajorHazard"; readonly identification: Identification }
  | { readonly _tag: "BetaUnknown"; readonly identification: Identification; readonly missing: ReadonlyArray<number> }
  | {
    readonly _tag: "Graded"
    readonly identification: Identification
    /** R, rounded to a `number` for display; `grade` is decided exactly. */
    readonly R: number
    readonly grade: MajorHazardGrade
    readonly alpha: number
    readonly alphaBand: AlphaBand
    readonly exposedPeople: number
    readonly contributions: ReadonlyArray<WeightedContribution>
  }

const gradeOfExact = (R: Exact.Fraction): MajorHazardGrade =>
  gradeThresholds.find((t) => Exact.isAtLeast(R, Exact.fromNumber(t.minR)))?.grade ?? 4

/**
 * 级别 — the grade of a value of R: 1 for R ≥ 100, 2 for 50 ≤ R < 100, 3 for 10 ≤ R < 50,
 * 4 below 10. The number is read as the decimal it prints as, so `gradeFor(10)` is 3 and
 * `gradeFor(9.99)` is 4.
 *
 * @since 0.1.0
 */
export const gradeFor = (R: number): MajorHazardGrade => gradeOfExact(Exact.fromNumber(R))

/**
 * The β of entry `index` of a unit, or `undefined` when a named non-表3 substance has no `hazardClass`.
 *
 * @since 0.1.0
 */
export const betaOf = (unit: HazardUnit, index: number): { readonly beta: number; readonly basis: BetaBasis } | undefined => {
  const entry = unit.substances[index]
  if (entry === undefined) return undefined
  if (entry.kind === "category") return { beta: hazardCategory(entry.category).beta, basis: "category" }
  const toxic = toxicGasBetaOf(entry.substance)
  if (toxic !== undefined) return { beta: toxic.beta, basis: "toxic-gas-table" }
  return entry.hazardClass === undefined ? undefined : { beta: hazardCategory(entry.hazardClass).beta, basis: "hazard-class" }
}

/**
 * 分级 — R = α · Σ β·q/Q and the grade, for a unit that is a 重大危险源. Pure. Throws a
 * `RangeError` when `exposedPeople` is not a non-negative integer.
 *
 * @example
 * ```ts
 * grade(
 *   { kind: "storage", substances: [{ kind: "named", substance: "chlorine", quantityTonnes: 12.5 }] },
 *   { exposedPeople: 10 }
 * )
 * // { _tag: "Graded", R: 10, grade: 3, alpha: 1, contributions: [{ beta: 4, ... }], ... }
 * ```
 * @since 0.1.0
 */
export const grade = (unit: HazardUnit, options: GradingOptions): GradeResult => {
  const alphaBand = alphaFor(options.exposedPeople)
  const identification = identify(unit)
  if (!identification.isMajorHazard) return { _tag: "NotMajorHazard", identification }
  const missing = entriesWithoutBeta(unit)
  if (missing.length > 0) return { _tag: "BetaUnknown", identification, missing }

  let sum = Exact.zero
  const contributions: Array<WeightedContribution> = unit.substances.map((entry, i) => {
    const { exact, contribution } = ratioOf(entry, i)
    const { beta, basis } = betaOf(unit, i)!
    const weighted = Exact.multiply(Exact.fromNumber(beta), exact)
    sum = Exact.add(sum, weighted)
    return { ...contribution, beta, betaBasis: basis, weighted: Exact.toNumber(weighted) }
  })
  const R = Exact.multiply(Exact.fromNumber(alphaBand.alpha), sum)
  return {
    _tag: "Graded",
    identification,
    R: Exact.toNumber(R),
    grade: gradeOfExact(R),
    alpha: alphaBand.alpha,
    alphaBand,
    exposedPeople: options.exposedPeople,
    contributions
  }
}
