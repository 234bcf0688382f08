/**
 * 快速辨识与分级 — the answers of {@link identify} (`isMajorHazard`) and {@link grade} (the tag or
 * the grade) without the exact arithmetic, for rules asked only for an outcome's kind.
 *
 * S = Σ q/Q and R = α Σ β q/Q are summed in binary floating point. Every term is non-negative, so
 * the float result differs from the exact value of the decimals by at most (n + 7) units of
 * rounding (2⁻⁵³) relative to it, n being the number of substances (each q, Q, β, α is off by at
 * most one unit when read, each quotient, product and sum adds one). A threshold (S ≥ 1; R ≥ 100,
 * 50, 10) is decided by the float only when the float lies further from it than (n + 18) machine
 * epsilons (2⁻⁵², twice the bound) relative to the larger of the two; otherwise — and for any input
 * the exact functions would reject — the exact functions decide. The answers are therefore always
 * theirs (`quick.test.ts` checks it on random and boundary units).
 *
 * Not part of the package's API.
 *
 * @since 0.1.0
 */
import { grade } from "./grade.ts"
import { identify } from "./identify.ts"
import { alphaFor, gradeThresholds, hazardCategory, type MajorHazardGrade, namedSubstance, toxicGasBetaOf } from "./tables.ts"
import type { SubstanceEntry, UnitKind } from "./Unit.ts"

/** `1` when `x` (a float sum of `n` non-negative terms) is surely ≥ `threshold`, `-1` when surely below, `0` when too close to tell. */
const side = (x: number, threshold: number, n: number): 1 | -1 | 0 => {
  if (!Number.isFinite(x)) return 0
  const tolerance = (n + 18) * Number.EPSILON * Math.max(x, threshold)
  return x >= threshold + tolerance ? 1 : x < threshold - tolerance ? -1 : 0
}

/**
 * q / Q of an entry as a float, or `undefined` when the exact functions must decide: an entry they
 * would reject, or a classified or mixture entry (whose Q the exact resolution chooses).
 */
const ratio = (e: SubstanceEntry): number | undefined => {
  const q = e.quantityTonnes
  if (!Number.isFinite(q) || q < 0) return undefined
  const Q = e.kind === "named"
    ? namedSubstance(e.substance)?.criticalQuantity
    : e.kind === "category"
    ? hazardCategory(e.category)?.criticalQuantity
    : undefined
  return Q === undefined ? undefined : q / Q
}

/**
 * `identify({ kind, substances }).isMajorHazard` (S ≥ 1; `undefined` = indeterminate), and the same
 * exceptions.
 *
 * @since 0.1.0
 */
export const isMajorHazard = (kind: UnitKind, substances: ReadonlyArray<SubstanceEntry>): boolean | undefined => {
  let S = 0
  for (let i = 0; i < substances.length; i++) {
    const r = ratio(substances[i]!)
    if (r === undefined) return identify({ kind, substances }).isMajorHazard
    S += r
  }
  const s = side(S, 1, substances.length)
  return s === 0 ? identify({ kind, substances }).isMajorHazard : s > 0
}

/**
 * What `grade({ kind, substances }, { exposedPeople })` answers: `"NotMajorHazard"`,
 * `"Indeterminate"`, `"BetaUnknown"` or the grade; the same exceptions.
 *
 * @since 0.1.0
 */
export const gradeOf = (
  kind: UnitKind,
  substances: ReadonlyArray<SubstanceEntry>,
  exposedPeople: number
): "NotMajorHazard" | "Indeterminate" | "BetaUnknown" | MajorHazardGrade => {
  const alpha = alphaFor(exposedPeople).alpha
  const exactly = () => {
    const exact = grade({ kind, substances }, { exposedPeople })
    return exact._tag === "Graded" ? exact.grade : exact._tag
  }
  const major = isMajorHazard(kind, substances)
  if (major === false) return "NotMajorHazard"
  if (major === undefined) return "Indeterminate"
  let sum = 0
  for (let i = 0; i < substances.length; i++) {
    const e = substances[i]!
    if (e.kind !== "named" && e.kind !== "category") return exactly()
    let beta: number | undefined
    if (e.kind === "category") beta = hazardCategory(e.category).beta
    else beta = toxicGasBetaOf(e.substance)?.beta ?? (e.hazardClass === undefined ? undefined : hazardCategory(e.hazardClass).beta)
    if (beta === undefined) return "BetaUnknown"
    sum += beta * ratio(e)!
  }
  const R = alpha * sum
  for (let t = 0; t < gradeThresholds.length; t++) {
    const { grade: g, minR } = gradeThresholds[t]!
    if (minR === 0) return g
    const s = side(R, minR, substances.length)
    if (s === 0) return exactly()
    if (s > 0) return g
  }
  return 4
}
