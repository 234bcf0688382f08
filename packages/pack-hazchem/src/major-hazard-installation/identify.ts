/**
 * 重大危险源辨识 — identification by GB 18218-2018: a unit is a 重大危险源 when
 * S = q₁/Q₁ + q₂/Q₂ + … + qₙ/Qₙ ≥ 1 (regulations.md §10).
 *
 * - qᵢ: the maximum actual quantity of substance i in the unit, t.
 * - Qᵢ: its 临界量 — from 表1 when the substance is named there, otherwise from its 表2 category
 *   (§10: 石脑油 is not in 表1, so it goes by its 表2 category; a 表1 substance never goes by category).
 *
 * The comparison with 1 is exact (see `exact.ts`): S = 1 is a major hazard, S = 0.9999 is not.
 *
 * Mixtures and substances with several hazard categories: §10 says nothing about them, so this
 * module does not choose. Each substance is entered once, by the one category the caller's
 * classification gives it; a 表1 substance is always entered by name (decoding enforces that).
 *
 * @since 0.1.0
 */
import * as Exact from "./exact.ts"
import { hazardCategory, namedSubstance } from "./tables.ts"
import type { HazardCategoryId, HazardUnit, NamedSubstanceId, SubstanceEntry, UnitKind } from "./Unit.ts"

/**
 * 单项贡献 — one substance's share of S.
 *
 * @since 0.1.0
 */
export type Contribution =
  & {
    /** Index of the entry in `unit.substances`. */
    readonly index: number
    /** q, t. */
    readonly quantityTonnes: number
    /** Q, t. */
    readonly criticalQuantity: number
    /** q / Q (rounded to a `number`). */
    readonly ratio: number
    /** 品名 or category text (zh). */
    readonly zh: string
  }
  & (
    | { readonly basis: "named"; readonly substance: NamedSubstanceId }
    | { readonly basis: "category"; readonly category: HazardCategoryId }
  )

/**
 * 辨识结果.
 *
 * @since 0.1.0
 */
export interface Identification {
  readonly unitKind: UnitKind
  readonly unitId?: string
  /** S = Σ q/Q, rounded to a `number` for display; `isMajorHazard` is decided exactly. */
  readonly S: number
  /** 构成重大危险源: S ≥ 1. */
  readonly isMajorHazard: boolean
  readonly contributions: ReadonlyArray<Contribution>
}

const ONE = Exact.fromNumber(1)

/** @internal q/Q of one entry, exactly, with its table row. */
export const ratioOf = (entry: SubstanceEntry, index: number): { readonly exact: Exact.Fraction; readonly contribution: Contribution } => {
  const q = entry.quantityTonnes
  if (!Number.isFinite(q) || q < 0) throw new RangeError(`substances[${index}].quantityTonnes must be a finite number ≥ 0, got ${q}`)
  if (entry.kind === "named") {
    const row = namedSubstance(entry.substance)
    if (row === undefined) throw new RangeError(`substances[${index}]: unknown named substance ${JSON.stringify(entry.substance)}`)
    const exact = Exact.divide(Exact.fromNumber(q), Exact.fromNumber(row.criticalQuantity))
    return {
      exact,
      contribution: {
        index, basis: "named", substance: row.id, zh: row.zh,
        quantityTonnes: q, criticalQuantity: row.criticalQuantity, ratio: Exact.toNumber(exact)
      }
    }
  }
  const row = hazardCategory(entry.category)
  if (row?.criticalQuantity === undefined) {
    throw new RangeError(`substances[${index}]: regulations.md §10 records no critical quantity for category ${JSON.stringify(entry.category)}`)
  }
  const exact = Exact.divide(Exact.fromNumber(q), Exact.fromNumber(row.criticalQuantity))
  return {
    exact,
    contribution: {
      index, basis: "category", category: row.id, zh: row.zh,
      quantityTonnes: q, criticalQuantity: row.criticalQuantity, ratio: Exact.toNumber(exact)
    }
  }
}

/** @internal S exactly, with the contributions. */
export const sumOf = (unit: HazardUnit): { readonly S: Exact.Fraction; readonly contributions: ReadonlyArray<Contribution> } => {
  let S = Exact.zero
  const contributions: Array<Contribution> = []
  unit.substances.forEach((entry, i) => {
    const r = ratioOf(entry, i)
    S = Exact.add(S, r.exact)
    contributions.push(r.contribution)
  })
  return { S, contributions }
}

/**
 * 辨识 — S = Σ q/Q and whether the unit is a 重大危险源 (S ≥ 1). Pure; takes a decoded
 * {@link HazardUnit} (throws a `RangeError` on input the schema would have rejected).
 *
 * @example
 * ```ts
 * identify({ kind: "storage", substances: [{ kind: "named", substance: "ammonia", quantityTonnes: 10 }] })
 * // { unitKind: "storage", S: 1, isMajorHazard: true, contributions: [...] }
 * ```
 * @since 0.1.0
 */
export const identify = (unit: HazardUnit): Identification => {
  const { S, contributions } = sumOf(unit)
  const base = { unitKind: unit.kind, S: Exact.toNumber(S), isMajorHazard: Exact.isAtLeast(S, ONE), contributions }
  return unit.id === undefined ? base : { ...base, unitId: unit.id }
}
