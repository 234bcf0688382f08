/**
 * 临界量的确定 — which 临界量 Q (and 表4/表3 β) one entry of a unit takes, by GB 18218-2018 4.1.2 and
 * 4.2.3 as gb18218-tables.md §3.4 quotes them:
 * - a 表1 substance takes its 表1 Q (4.1.2 a), even where a 表2 row would give a lower one;
 * - a substance not in 表1 takes the lowest Q of the 表2 rows it falls in (4.1.2 b);
 * - a flammable liquid's W5 row follows from its category and conditions (表2);
 * - a mixture of the pure substance's hazard category counts as the pure substance, whole mass;
 *   otherwise its new category gives Q (4.2.3).
 *
 * β: a 表3 toxic gas takes its 表3 β; a named substance otherwise the 表4 β of its `hazardClass`;
 * any other entry the 表4 β of **the row that gave its Q**. The standard does not say which β goes
 * with the Q chosen among several 表2 rows; pairing it with that row is the fact file's flagged
 * assumption (gb18218-tables.md §3.4, point 2). Where two rows give the same lowest Q with different
 * β, β is not chosen (unknown).
 *
 * A fact left out is never guessed: the entry stays **open** between the rows it could take, with
 * the paths of the facts that would decide. When every possibility gives the same Q and β, the
 * entry is resolved anyway.
 *
 * @since 0.2.0
 */
import { type HazardCategory, hazardCategories, hazardCategory, identifiableCategoryIds, namedSubstance, toxicGasBetaOf } from "./tables.ts"
import type {
  FlammableLiquidHazard,
  Hazard,
  HazardCategoryId,
  IdentifiableCategoryId,
  NamedSubstanceId,
  SubstanceEntry
} from "./Unit.ts"

/**
 * 临界量来源 — where an entry's Q comes from: a 表1 row or a 表2 row.
 *
 * @since 0.2.0
 */
export type Basis =
  | { readonly basis: "named"; readonly substance: NamedSubstanceId }
  | { readonly basis: "category"; readonly category: IdentifiableCategoryId }

/**
 * Where an entry's β comes from: `toxic-gas-table` 表3, `hazard-class` the declared category of a
 * named substance (表4), `category` the row that gave Q (表4).
 *
 * @since 0.1.0
 */
export type BetaBasis = "toxic-gas-table" | "hazard-class" | "category"

/**
 * 一种取值 — one possible (Q, β) of an entry. `beta` is absent when it is not known: a named
 * substance outside 表3 without `hazardClass`, or a tie between rows of different β.
 *
 * @since 0.2.0
 */
export type Choice = Basis & {
  readonly criticalQuantity: number
  readonly zh: string
  readonly beta?: number
  readonly betaBasis?: BetaBasis
}

/**
 * 确定结果 — `Resolved`: one (Q, β); `Open`: the facts at `missing` (paths relative to the entry)
 * are unknown, and the entry could take any of `choices`.
 *
 * @since 0.2.0
 */
export type Resolution =
  | { readonly _tag: "Resolved"; readonly choice: Choice }
  | { readonly _tag: "Open"; readonly choices: ReadonlyArray<Choice>; readonly missing: ReadonlyArray<string> }

const fromCategory = (c: HazardCategory): Choice => ({
  basis: "category",
  category: c.id as IdentifiableCategoryId,
  criticalQuantity: c.criticalQuantity!,
  zh: `${c.id} ${c.group} ${c.zh}`,
  beta: c.beta,
  betaBasis: "category"
})

const CHOICE: ReadonlyMap<string, Choice> = new Map(
  hazardCategories.filter((c) => c.criticalQuantity !== undefined).map((c) => [c.id, fromCategory(c)])
)
const categoryChoice = (id: IdentifiableCategoryId): Choice => CHOICE.get(id)!

/** Every 表2 row: what an entry whose hazards are unknown could take. */
const ANY_ROW: ReadonlyArray<Choice> = identifiableCategoryIds.map(categoryChoice)

interface Options {
  readonly choices: ReadonlyArray<Choice>
  readonly missing: ReadonlyArray<string>
}

const key = (c: Choice): string => `${c.basis === "named" ? c.substance : c.category}|${c.criticalQuantity}|${c.beta}`

const dedupe = (choices: ReadonlyArray<Choice>): ReadonlyArray<Choice> => {
  const seen = new Map<string, Choice>()
  for (const c of choices) if (!seen.has(key(c))) seen.set(key(c), c)
  return [...seen.values()]
}

/** The W5 rows a flammable liquid can be in, given what is known of its conditions. */
const flammableLiquid = (h: FlammableLiquidHazard, at: string): Options => {
  if (h.flammableLiquid === 1) return { choices: [categoryChoice("W5.1")], missing: [] }
  const other = categoryChoice(h.flammableLiquid === 2 ? "W5.3" : "W5.4")
  const above = h.workingTemperatureAboveBoilingPoint
  const special = h.specialProcessConditions
  if (above === true) return { choices: [categoryChoice("W5.1")], missing: [] }
  const below: Options = special === true
    ? { choices: [categoryChoice("W5.2")], missing: [] }
    : special === false
    ? { choices: [other], missing: [] }
    : { choices: [categoryChoice("W5.2"), other], missing: [`${at}.specialProcessConditions`] }
  return above === false
    ? below
    : { choices: [categoryChoice("W5.1"), ...below.choices], missing: [`${at}.workingTemperatureAboveBoilingPoint`, ...below.missing] }
}

const hazardOptions = (h: Hazard, at: string): Options =>
  "category" in h ? { choices: [categoryChoice(h.category)], missing: [] } : flammableLiquid(h, at)

/**
 * The lowest-Q row among several (4.1.2 b), with its β; on a tie between rows of different β, β is
 * left unknown.
 */
const lowest = (rows: ReadonlyArray<Choice>): Choice => {
  const q = Math.min(...rows.map((r) => r.criticalQuantity))
  const at = rows.filter((r) => r.criticalQuantity === q)
  const betas = new Set(at.map((r) => r.beta))
  if (betas.size === 1) return at[0]!
  const { beta: _beta, betaBasis: _basis, ...rest } = at[0]!
  return { ...rest, zh: at.map((r) => r.zh).join(" / ") }
}

/** Every (Q, β) a list of hazards can give: the lowest row for each combination of the open ones. */
const hazardsOptions = (hazards: ReadonlyArray<Hazard>, at: string): Options => {
  const each = hazards.map((h, i) => hazardOptions(h, `${at}[${i}]`))
  let combos: Array<ReadonlyArray<Choice>> = [[]]
  for (const o of each) combos = combos.flatMap((c) => o.choices.map((x) => [...c, x]))
  return { choices: dedupe(combos.map(lowest)), missing: each.flatMap((o) => o.missing) }
}

const named = (substance: NamedSubstanceId, hazardClass: HazardCategoryId | undefined): Choice => {
  const row = namedSubstance(substance)
  const base = { basis: "named" as const, substance: row.id, criticalQuantity: row.criticalQuantity, zh: row.zh }
  const toxic = toxicGasBetaOf(substance)
  if (toxic !== undefined) return { ...base, beta: toxic.beta, betaBasis: "toxic-gas-table" }
  return hazardClass === undefined
    ? base
    : { ...base, beta: hazardCategory(hazardClass).beta, betaBasis: "hazard-class" }
}

const settle = (o: Options): Resolution => {
  const choices = dedupe(o.choices)
  return choices.length === 1 ? { _tag: "Resolved", choice: choices[0]! } : { _tag: "Open", choices, missing: o.missing }
}

/**
 * The (Q, β) of one entry, or the ones it could take and the facts that would decide. Throws a
 * `RangeError` on an entry the schema would have rejected (an unknown id or category).
 *
 * @example
 * ```ts
 * resolve({ kind: "classified", quantityTonnes: 500, hazards: [{ flammableLiquid: 2 }] })
 * // { _tag: "Open", choices: [W5.1 10 t, W5.2 50 t, W5.3 1000 t],
 * //   missing: ["hazards[0].workingTemperatureAboveBoilingPoint", "hazards[0].specialProcessConditions"] }
 * ```
 * @since 0.2.0
 */
export const resolve = (entry: SubstanceEntry): Resolution => {
  switch (entry.kind) {
    case "named": {
      if (namedSubstance(entry.substance) === undefined) throw new RangeError(`unknown named substance ${JSON.stringify(entry.substance)}`)
      return { _tag: "Resolved", choice: named(entry.substance, entry.hazardClass) }
    }
    case "category": {
      const c = CHOICE.get(entry.category)
      if (c === undefined) throw new RangeError(`GB 18218-2018 表2 has no critical quantity for category ${JSON.stringify(entry.category)}`)
      return { _tag: "Resolved", choice: c }
    }
    case "classified":
      return settle(hazardsOptions(entry.hazards, "hazards"))
    case "mixture": {
      const pure: Options = "substance" in entry.pure
        ? { choices: [named(entry.pure.substance, entry.pure.hazardClass)], missing: [] }
        : hazardsOptions(entry.pure.hazards, "pure.hazards")
      const own: Options = entry.hazards === undefined
        ? { choices: ANY_ROW, missing: ["hazards"] }
        : hazardsOptions(entry.hazards, "hazards")
      if (entry.sameHazardCategoryAsPure === true) return settle(pure)
      if (entry.sameHazardCategoryAsPure === false) return settle(own)
      return settle({ choices: [...pure.choices, ...own.choices], missing: ["sameHazardCategoryAsPure", ...pure.missing, ...own.missing] })
    }
  }
}
