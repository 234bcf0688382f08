/**
 * 重大危险源分级 — grading by 原总局令第40号 附件1 / GB 18218-2018 4.3 (regulations.md §10):
 * R = α · (β₁ q₁/Q₁ + β₂ q₂/Q₂ + … + βₙ qₙ/Qₙ), then 一级 R ≥ 100, 二级 50 ≤ R < 100,
 * 三级 10 ≤ R < 50, 四级 R < 10. Only a unit that is a 重大危险源 (S ≥ 1) is graded.
 *
 * β of each substance:
 * - a named toxic gas of 表3 (氨 2, 氯 4, 硫化氢 5, 光气 20, …): its 表3 value, whatever else is declared;
 * - any other named (表1) substance: the β of its declared `hazardClass` (表4);
 * - a category (表2) entry: the β of its category (表4);
 * - a classified entry or a mixture: the 表4 β of the row that gave its Q — an assumption (the
 *   standard does not say which β goes with the Q chosen among several rows; gb18218-tables.md §3.4).
 *
 * α comes from the number of people outside the plant within 500 m of its boundary (表5).
 * Thresholds are compared exactly (see `exact.ts`): R = 100 is 一级, R = 10 is 三级.
 *
 * @since 0.1.0
 */
import * as Exact from "./exact.ts"
import { choicesOf, type Contribution, type Identification, identify, ratioFor } from "./identify.ts"
import { type BetaBasis, resolve } from "./resolve.ts"
import { type AlphaBand, alphaFor, type MajorHazardGrade, gradeThresholds } from "./tables.ts"
import type { GradingOptions, HazardUnit } from "./Unit.ts"

export type { BetaBasis } from "./resolve.ts"

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
 * - `Indeterminate`: facts that choose an entry's 临界量 are missing (`missing`, per entry) and the
 *   answer depends on them. `grades`: the most and least severe grade the unit could have if it is
 *   a major hazard (`identification.isMajorHazard` says whether it surely is), when every β is known.
 * - `BetaUnknown`: a named substance outside 表3 has no `hazardClass`, or an entry's lowest Q is
 *   shared by 表2 rows of different β (`missing` lists entry indexes). Decoding with
 *   `GradableHazardUnit` rules out the first up front.
 * - `Graded`: R, grade, α and each β.
 *
 * @since 0.1.0
 */
export type GradeResult =
  | { readonly _tag: "NotMajorHazard"; readonly identification: Identification }
  | {
    readonly _tag: "Indeterminate"
    readonly identification: Identification
    readonly missing: ReadonlyArray<{ readonly index: number; readonly missing: ReadonlyArray<string> }>
    /** The grades it could have, if a major hazard. */
    readonly grades?: { readonly mostSevere: MajorHazardGrade; readonly leastSevere: MajorHazardGrade }
  }
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
 * The β of entry `index` of a unit, or `undefined` when it is not known: a named non-表3 substance
 * without `hazardClass`, a tie between rows of different β, or an open entry.
 *
 * @since 0.1.0
 */
export const betaOf = (unit: HazardUnit, index: number): { readonly beta: number; readonly basis: BetaBasis } | undefined => {
  const entry = unit.substances[index]
  if (entry === undefined) return undefined
  const r = resolve(entry)
  if (r._tag !== "Resolved" || r.choice.beta === undefined) return undefined
  return { beta: r.choice.beta, basis: r.choice.betaBasis! }
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
  if (identification.isMajorHazard === false) return { _tag: "NotMajorHazard", identification }
  const open = identification.open.map((o) => ({ index: o.index, missing: o.missing }))
  const all = choicesOf(unit)
  const missing = all.flatMap(({ choices }, i) => (choices.some((c) => c.beta === undefined) ? [i] : []))
  if (missing.length > 0) {
    return identification.isMajorHazard === undefined
      ? { _tag: "Indeterminate", identification, missing: open }
      : { _tag: "BetaUnknown", identification, missing }
  }
  const alpha = Exact.fromNumber(alphaBand.alpha)

  if (open.length > 0) {
    // R lies between the sums of each entry's lowest and highest β q/Q.
    let low = Exact.zero, high = Exact.zero
    all.forEach(({ choices }, i) => {
      const ws = choices.map((c) => Exact.multiply(Exact.fromNumber(c.beta!), ratioFor(unit.substances[i]!, i, c).exact))
      low = Exact.add(low, ws.reduce((a, b) => (Exact.compare(a, b) <= 0 ? a : b)))
      high = Exact.add(high, ws.reduce((a, b) => (Exact.compare(a, b) >= 0 ? a : b)))
    })
    const grades = { mostSevere: gradeOfExact(Exact.multiply(alpha, high)), leastSevere: gradeOfExact(Exact.multiply(alpha, low)) }
    return { _tag: "Indeterminate", identification, missing: open, grades }
  }

  let sum = Exact.zero
  const contributions: Array<WeightedContribution> = all.map(({ choices }, i) => {
    const choice = choices[0]!
    const { exact, contribution } = ratioFor(unit.substances[i]!, i, choice)
    const weighted = Exact.multiply(Exact.fromNumber(choice.beta!), exact)
    sum = Exact.add(sum, weighted)
    return { ...contribution, beta: choice.beta!, betaBasis: choice.betaBasis!, weighted: Exact.toNumber(weighted) }
  })
  const R = Exact.multiply(alpha, sum)
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
