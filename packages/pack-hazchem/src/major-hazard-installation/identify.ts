/**
 * 重大危险源辨识 — identification by GB 18218-2018: a unit is a 重大危险源 when
 * S = q₁/Q₁ + q₂/Q₂ + … + qₙ/Qₙ ≥ 1 (regulations.md §10).
 *
 * - qᵢ: the maximum actual quantity of substance i in the unit, t.
 * - Qᵢ: its 临界量 — from 表1 when the substance is named there (4.1.2 a), otherwise the lowest Q of
 *   the 表2 rows it falls in (4.1.2 b); mixtures by 4.2.3 (see `resolve.ts`).
 *
 * The comparison with 1 is exact (see `exact.ts`): S = 1 is a major hazard, S = 0.9999 is not.
 *
 * When a fact that chooses an entry's row is missing (a flammable liquid's conditions, whether a
 * mixture is of its pure substance's category), S lies between the lowest and highest value the
 * open entries allow: the answer is still given when both ends agree, else `isMajorHazard` is
 * `undefined` (indeterminate) and `open` lists the missing facts.
 *
 * @since 0.1.0
 */
import * as Exact from "./exact.ts"
import { type Basis, type Choice, resolve } from "./resolve.ts"
import type { HazardUnit, SubstanceEntry, UnitKind } from "./Unit.ts"

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
  & Basis

/**
 * 未定项 — an entry whose 临界量 depends on facts that are missing.
 *
 * @since 0.2.0
 */
export interface OpenEntry {
  readonly index: number
  /** Paths of the missing facts, relative to the entry (e.g. `hazards[0].specialProcessConditions`). */
  readonly missing: ReadonlyArray<string>
  /** The critical quantities it could take, ascending. */
  readonly criticalQuantities: ReadonlyArray<number>
}

/**
 * 辨识结果.
 *
 * @since 0.1.0
 */
export interface Identification {
  readonly unitKind: UnitKind
  readonly unitId?: string
  /**
   * S = Σ q/Q, rounded to a `number` for display; `isMajorHazard` is decided exactly. With open
   * entries, the lowest S they allow (and `SMax` the highest).
   */
  readonly S: number
  /** With open entries: the highest S they allow. @since 0.2.0 */
  readonly SMax?: number
  /** 构成重大危险源: S ≥ 1; `undefined` when the missing facts of `open` would decide. */
  readonly isMajorHazard: boolean | undefined
  /** The resolved entries' shares. */
  readonly contributions: ReadonlyArray<Contribution>
  /** The entries whose 临界量 is not decided (empty when every one is). @since 0.2.0 */
  readonly open: ReadonlyArray<OpenEntry>
}

const ONE = Exact.fromNumber(1)

const checkQuantity = (entry: SubstanceEntry, index: number): number => {
  const q = entry.quantityTonnes
  if (!Number.isFinite(q) || q < 0) throw new RangeError(`substances[${index}].quantityTonnes must be a finite number ≥ 0, got ${q}`)
  return q
}

const resolveAt = (entry: SubstanceEntry, index: number) => {
  try {
    return resolve(entry)
  } catch (e) {
    throw new RangeError(`substances[${index}]: ${(e as Error).message}`)
  }
}

/** @internal q/Q of an entry for one of its choices, exactly, with its contribution. */
export const ratioFor = (entry: SubstanceEntry, index: number, choice: Choice): { readonly exact: Exact.Fraction; readonly contribution: Contribution } => {
  const q = checkQuantity(entry, index)
  const exact = Exact.divide(Exact.fromNumber(q), Exact.fromNumber(choice.criticalQuantity))
  const basis: Basis = choice.basis === "named"
    ? { basis: "named", substance: choice.substance }
    : { basis: "category", category: choice.category }
  return {
    exact,
    contribution: { index, ...basis, zh: choice.zh, quantityTonnes: q, criticalQuantity: choice.criticalQuantity, ratio: Exact.toNumber(exact) }
  }
}

/**
 * @internal The choices of each entry: one for a resolved entry, several for an open one. Throws a
 * `RangeError` on input the schema would have rejected.
 */
export const choicesOf = (unit: HazardUnit): ReadonlyArray<{ readonly choices: ReadonlyArray<Choice>; readonly missing: ReadonlyArray<string> }> =>
  unit.substances.map((entry, i) => {
    checkQuantity(entry, i)
    const r = resolveAt(entry, i)
    return r._tag === "Resolved" ? { choices: [r.choice], missing: [] } : { choices: r.choices, missing: r.missing }
  })

/**
 * 辨识 — S = Σ q/Q and whether the unit is a 重大危险源 (S ≥ 1). Pure; takes a decoded
 * {@link HazardUnit} (throws a `RangeError` on input the schema would have rejected).
 *
 * @example
 * ```ts
 * identify({ kind: "storage", substances: [{ kind: "named", substance: "ammonia", quantityTonnes: 10 }] })
 * // { unitKind: "storage", S: 1, isMajorHazard: true, contributions: [...], open: [] }
 * identify({ kind: "storage", substances: [{ kind: "classified", quantityTonnes: 500, hazards: [{ flammableLiquid: 1 }] }] })
 * // S: 50 (石脑油 类别1: W5.1, Q 10 t)
 * ```
 * @since 0.1.0
 */
export const identify = (unit: HazardUnit): Identification => {
  const all = choicesOf(unit)
  let low = Exact.zero
  let high = Exact.zero
  const contributions: Array<Contribution> = []
  const open: Array<OpenEntry> = []
  all.forEach(({ choices, missing }, i) => {
    const entry = unit.substances[i]!
    if (choices.length === 1) {
      const r = ratioFor(entry, i, choices[0]!)
      low = Exact.add(low, r.exact)
      high = Exact.add(high, r.exact)
      contributions.push(r.contribution)
      return
    }
    const qs = [...new Set(choices.map((c) => c.criticalQuantity))].sort((a, b) => a - b)
    const q = Exact.fromNumber(entry.quantityTonnes)
    low = Exact.add(low, Exact.divide(q, Exact.fromNumber(qs[qs.length - 1]!)))
    high = Exact.add(high, Exact.divide(q, Exact.fromNumber(qs[0]!)))
    open.push({ index: i, missing, criticalQuantities: qs })
  })
  const isMajorHazard = Exact.isAtLeast(low, ONE) ? true : Exact.isAtLeast(high, ONE) ? undefined : false
  const base = {
    unitKind: unit.kind,
    S: Exact.toNumber(low),
    ...(open.length === 0 ? {} : { SMax: Exact.toNumber(high) }),
    isMajorHazard,
    contributions,
    open
  }
  return unit.id === undefined ? base : { ...base, unitId: unit.id }
}
