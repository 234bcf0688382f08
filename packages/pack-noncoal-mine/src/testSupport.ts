/**
 * Test fixtures of the non-coal-mine pack: input records in their wire shape. Not exported from the package.
 *
 * @since 0.2.0
 */
import { fixtures } from "@anquan/testing"

/** A day the 2022 text and the supplement are both in force. @since 0.2.0 */
export const asOf = "2026-11-23"

/** A non-coal-mine fact section in its wire shape. @since 0.2.0 */
export type NoncoalMineInput = Record<string, unknown>

/** The mine units of the standard's three parts. @since 0.2.0 */
export type Unit = "underground" | "open-pit" | "tailings-pond"

/** A non-coal mine (河北省 承德市 滦平县, fictional) with the given facts; `undefined` leaves the section out. @since 0.2.0 */
export const mine = (noncoalMine: NoncoalMineInput | undefined) =>
  fixtures.enterprise({
    name: "滦平县示例铁矿有限公司",
    creditCode: fixtures.creditCode(31, "130824"),
    jurisdiction: "130824",
    sectors: ["non-coal-mine"],
    unitKinds: ["production"],
    employees: 320,
    facts: noncoalMine === undefined ? undefined : { noncoalMine }
  })

/** The input section with one fact set, from its declared path (`facts.underground.voidsUntreated` → `{ underground: { voidsUntreated } }`), merged into `into`. @since 0.2.0 */
export const setAt = (into: NoncoalMineInput, path: string, value: unknown): NoncoalMineInput => {
  const keys = path.replace(/^facts\./, "").split(".")
  const out: Record<string, unknown> = structuredClone(into)
  let at = out
  for (const k of keys.slice(0, -1)) {
    const next = at[k]
    at = at[k] = typeof next === "object" && next !== null ? (next as Record<string, unknown>) : {}
  }
  at[keys[keys.length - 1]!] = value
  return out
}

/** The section with every `[path, value]` set. @since 0.2.0 */
export const withFacts = (entries: ReadonlyArray<readonly [string, unknown]>, base: NoncoalMineInput = {}): NoncoalMineInput =>
  entries.reduce((acc, [p, v]) => setAt(acc, p, v), base)

/** A mine with the given units and facts. @since 0.2.0 */
export const unitMine = (units: ReadonlyArray<Unit>, entries: ReadonlyArray<readonly [string, unknown]> = [], base: NoncoalMineInput = {}) =>
  mine(withFacts(entries, { ...base, units }))

/**
 * The cases of an item whose sub-cases are findings (`paths`, each `true` = present): each finding alone is a
 * violation with its evidence; all of them `false` compliant; one unknown while the others are `false` indeterminate
 * naming it; a mine without a unit of the item's part not applicable, and one whose units are unknown indeterminate
 * naming `facts.units`. `base` holds the facts that make the item apply.
 *
 * @since 0.2.0
 */
export const findingCases = (
  unit: Unit,
  paths: ReadonlyArray<string>,
  options: { readonly base?: ReadonlyArray<readonly [string, unknown]>; readonly gate?: readonly [string, unknown] } = {}
) => {
  const base = options.base ?? []
  const others: Unit = unit === "underground" ? "open-pit" : "underground"
  const allFalse = paths.map((p) => [p, false] as const)
  const allTrue = paths.map((p) => [p, true] as const)
  return {
    violation: paths.map((p) => ({
      name: `${p} = true`,
      asOf,
      enterprise: unitMine([unit], [...base, ...allFalse.filter(([q]) => q !== p), [p, true]]),
      evidence: [{ path: p, value: true }]
    })),
    compliant: [
      { name: "every finding false", asOf, enterprise: unitMine([unit], [...base, ...allFalse]) },
      { name: "a mine with several units, every finding false", asOf, enterprise: unitMine([others, unit], [...base, ...allFalse]) }
    ],
    notApplicable: [
      { name: `a mine without a ${unit} unit`, asOf, enterprise: unitMine([others], [...base, ...allTrue]) },
      ...(options.gate === undefined ? [] : [{ name: `${options.gate[0]} = ${String(options.gate[1])}`, asOf, enterprise: unitMine([unit], [...base, ...allTrue, options.gate]) }])
    ],
    indeterminate: [
      ...paths.map((p) => ({ name: `${p} unknown`, asOf, enterprise: unitMine([unit], [...base, ...allFalse.filter(([q]) => q !== p)]), missing: [p] })),
      { name: "units unknown", asOf, enterprise: mine(withFacts([...base, ...allTrue])), missing: ["facts.units"] }
    ]
  }
}
