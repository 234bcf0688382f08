import { describe, expect, it } from "vitest"
import * as Exact from "./exact.ts"
import { grade } from "./grade.ts"
import { identify } from "./identify.ts"
import { gradeOf, isMajorHazard } from "./quick.ts"
import { alphaBands, hazardCategory, hazardCategoryIds, identifiableCategoryIds, namedSubstances, toxicGasBetaOf } from "./tables.ts"
import type { HazardUnit, SubstanceEntry } from "./Unit.ts"

// A small seeded generator, so that a failure can be replayed.
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const rnd = random(20261124)
const pick = <A>(xs: ReadonlyArray<A>): A => xs[Math.floor(rnd() * xs.length)]!
const peopleOf = [0, 1, 29, 30, 49, 50, 99, 100, 5000]

/** A decimal quantity with up to 4 decimals, from 0 to ~10 000 t (a third of them small). */
const quantity = (): number => {
  const scale = 10 ** Math.floor(rnd() * 5)
  const max = rnd() < 0.33 ? 10 : 10_000
  return Math.round(rnd() * max * scale) / scale
}

const maybe = <A>(xs: ReadonlyArray<A>): A | undefined => (rnd() < 0.3 ? undefined : pick(xs))
const hazard = () => {
  if (rnd() < 0.5) return { category: pick(identifiableCategoryIds) }
  const above = maybe([true, false]), special = maybe([true, false])
  return {
    flammableLiquid: pick([1, 2, 3] as const),
    ...(above === undefined ? {} : { workingTemperatureAboveBoilingPoint: above }),
    ...(special === undefined ? {} : { specialProcessConditions: special })
  }
}
const hazards = () => [hazard(), ...Array.from({ length: Math.floor(rnd() * 2) }, hazard)] as [ReturnType<typeof hazard>, ...Array<ReturnType<typeof hazard>>]

const entry = (q: number): SubstanceEntry => {
  // classified substances and mixtures (4.1.2 b, 4.2.3), some with facts missing
  if (rnd() < 0.1) return { kind: "classified", hazards: hazards(), quantityTonnes: q }
  if (rnd() < 0.05) {
    const same = maybe([true, false])
    return {
      kind: "mixture",
      pure: rnd() < 0.5 ? { substance: pick(namedSubstances).id, hazardClass: pick(hazardCategoryIds) } : { hazards: hazards() },
      ...(same === undefined ? {} : { sameHazardCategoryAsPure: same }),
      ...(rnd() < 0.2 ? {} : { hazards: hazards() }),
      quantityTonnes: q
    }
  }
  if (rnd() < 0.35) return { kind: "category", category: pick(identifiableCategoryIds), quantityTonnes: q }
  const substance = pick(namedSubstances).id
  // named substances outside 表3 need a hazard class for β; leave it out now and then (BetaUnknown)
  return toxicGasBetaOf(substance) !== undefined || rnd() < 0.15
    ? { kind: "named", substance, quantityTonnes: q }
    : { kind: "named", substance, hazardClass: pick(hazardCategoryIds), quantityTonnes: q }
}

const betaOfEntry = (e: SubstanceEntry): number | undefined =>
  e.kind === "category"
    ? hazardCategory(e.category).beta
    : e.kind === "named"
    ? toxicGasBetaOf(e.substance)?.beta ?? (e.hazardClass === undefined ? undefined : hazardCategory(e.hazardClass).beta)
    : undefined
const criticalOf = (e: SubstanceEntry): number =>
  e.kind === "category"
    ? hazardCategory(e.category).criticalQuantity!
    : namedSubstances.find((n) => e.kind === "named" && n.id === e.substance)!.criticalQuantity

/** The decimal string of a fraction whose denominator has no prime factor but 2 and 5, else `undefined`. */
const decimal = (f: Exact.Fraction): string | undefined => {
  if (f.n < 0n) return undefined
  let d = f.d, k = 0
  while (d % 2n === 0n) { d /= 2n; k++ }
  let m = 0
  while (d % 5n === 0n) { d /= 5n; m++ }
  if (d !== 1n) return undefined
  const places = Math.max(k, m)
  const digits = ((f.n * 10n ** BigInt(places)) / f.d).toString().padStart(places + 1, "0")
  if (places === 0) return digits
  return `${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}`.replace(/\.?0+$/, "")
}

/** The exact answers. */
const exactMajor = (u: HazardUnit) => identify(u).isMajorHazard
const exactGrade = (u: HazardUnit, people: number) => {
  const r = grade(u, { exposedPeople: people })
  return r._tag === "Graded" ? r.grade : r._tag
}

const expectSame = (u: HazardUnit) => {
  expect(isMajorHazard(u.kind, u.substances), JSON.stringify(u)).toBe(exactMajor(u))
  for (const people of peopleOf) expect(gradeOf(u.kind, u.substances, people), `${JSON.stringify(u)}, ${people} people`).toBe(exactGrade(u, people))
}

/**
 * Units whose S is exactly 1, or whose R is exactly 100, 50 or 10, for some head-count: the last
 * entry's quantity is solved exactly from the others; with it, the quantity nudged by one in the
 * 12th significant digit either way. Only quantities that are short decimals are kept.
 */
const boundaryUnits = (count: number): Array<HazardUnit> => {
  const out: Array<HazardUnit> = []
  for (let tries = 0; out.length < count && tries < count * 200; tries++) {
    const others = Array.from({ length: Math.floor(rnd() * 3) }, () => entry(quantity()))
    const last = entry(0)
    const all = [...others, last]
    if (all.some((e) => betaOfEntry(e) === undefined)) continue
    // target: S = 1 (β = 1, α = 1) or R = T for one α
    const target = pick([1, 1, 10, 50, 100])
    const alpha = target === 1 ? 1 : pick(alphaBands).alpha
    const weight = (e: SubstanceEntry) => Exact.fromNumber(target === 1 ? 1 : betaOfEntry(e)!)
    let rest = Exact.divide(Exact.fromNumber(target), Exact.fromNumber(alpha))
    for (const e of others) {
      rest = Exact.add(rest, Exact.multiply(Exact.fromNumber(-1), Exact.multiply(weight(e), Exact.divide(Exact.fromNumber(e.quantityTonnes), Exact.fromNumber(criticalOf(e))))))
    }
    const q = decimal(Exact.divide(Exact.multiply(rest, Exact.fromNumber(criticalOf(last))), weight(last)))
    if (q === undefined || q.replace(/[.-]/g, "").replace(/^0+/, "").length > 14) continue
    const exactQ = Number(q)
    if (String(exactQ) !== q) continue // the exact functions must read the quantity as this decimal
    const nudge = exactQ * 1e-11
    for (const qq of [exactQ, exactQ + nudge, exactQ - nudge]) {
      if (!(qq >= 0)) continue
      out.push({ kind: pick(["production", "storage"] as const), substances: [...others, { ...last, quantityTonnes: qq }] })
    }
  }
  return out
}

describe("quick identification and grading agree with the exact ones", () => {
  it("on 3 000 random units", () => {
    for (let i = 0; i < 3000; i++) {
      expectSame({ kind: pick(["production", "storage"] as const), substances: Array.from({ length: Math.floor(rnd() * 5) }, () => entry(quantity())) })
    }
  })

  it("on units that sit exactly on a threshold, and just either side of it", () => {
    const units = boundaryUnits(1200)
    expect(units.length).toBeGreaterThanOrEqual(1200)
    let onThreshold = 0
    for (const u of units) {
      expectSame(u)
      if (exactMajor(u) && identify(u).S === 1) onThreshold++
    }
    expect(onThreshold, "units with S = 1 exactly").toBeGreaterThan(50)
  })

  it("where floating point alone gets it wrong (S = 0.7 + 0.2 + 0.1 as 0.9999999999999999, R = 100 as 99.99999999999999)", () => {
    // 氯 Q = 5: 3.5 t, 1 t, 0.5 t → S = 0.7 + 0.2 + 0.1 = 1 exactly; summed as floats, 0.9999999999999999
    const chlorine = (q: number): SubstanceEntry => ({ kind: "named", substance: "chlorine", quantityTonnes: q })
    expect(3.5 / 5 + 1 / 5 + 0.5 / 5).toBeLessThan(1)
    const s1: HazardUnit = { kind: "storage", substances: [chlorine(3.5), chlorine(1), chlorine(0.5)] }
    expect(isMajorHazard(s1.kind, s1.substances)).toBe(true)
    expectSame(s1)
    // α 1.5: 异氰酸甲酯 1.75 t (β 20, Q 0.75) and 光气 0.3 t (β 20, Q 0.3): R = 100 exactly (grade.test.ts)
    const r100: HazardUnit = {
      kind: "storage",
      substances: [
        { kind: "named", substance: "methyl-isocyanate", quantityTonnes: 1.75 },
        { kind: "named", substance: "phosgene", quantityTonnes: 0.3 }
      ]
    }
    expect(1.5 * (20 * 1.75 / 0.75 + 20 * 0.3 / 0.3)).toBeLessThan(100)
    expect(gradeOf(r100.kind, r100.substances, 50)).toBe(1)
    expectSame(r100)
  })

  it("throws what the exact functions throw", () => {
    const bad = (q: number): ReadonlyArray<SubstanceEntry> => [{ kind: "named", substance: "chlorine", quantityTonnes: q }]
    for (const q of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => isMajorHazard("storage", bad(q))).toThrow(RangeError)
      expect(() => gradeOf("storage", bad(q), 10)).toThrow(RangeError)
    }
    expect(() => gradeOf("storage", bad(10), -1)).toThrow(RangeError)
    expect(() => gradeOf("storage", bad(10), 1.5)).toThrow(RangeError)
  })
})
