/**
 * Test fixtures of the coal-mine pack: input records in their wire shape. Not exported from the package.
 *
 * @since 0.2.0
 */
import { fixtures } from "@anquan/testing"

/** The first day the 2026 text is in force. @since 0.2.0 */
export const asOf = "2026-07-01"

/** A coal-mine fact section in its wire shape. @since 0.2.0 */
export type CoalMineInput = Record<string, unknown>

/** A coal mine (山西省 晋城市 泽州县, fictional) with the given facts; `undefined` leaves the section out. @since 0.2.0 */
export const mine = (coalMine: CoalMineInput | undefined) =>
  fixtures.enterprise({
    name: "泽州县示例煤业有限公司",
    creditCode: fixtures.creditCode(21, "140525"),
    jurisdiction: "140525",
    sectors: ["coal-mine"],
    unitKinds: ["production"],
    employees: 600,
    facts: coalMine === undefined ? undefined : { coalMine }
  })

/** An underground mine of the given gas class with the given facts. @since 0.2.0 */
export const underground = (facts: CoalMineInput = {}, gasClass: "outburst" | "high-gas" | "low-gas" = "low-gas") =>
  mine({ mineType: "underground", gasClass, ...facts })
const undergroundMine = underground

/** An open-pit mine with the given facts. @since 0.2.0 */
export const openPit = (facts: CoalMineInput = {}) => mine({ mineType: "open-pit", ...facts })

/** The input section with one fact set, from its declared path (`facts.water.dataFalsified` → `{ water: { dataFalsified } }`). @since 0.2.0 */
export const factAt = (path: string, value: unknown): CoalMineInput => {
  const keys = path.replace(/^facts\./, "").split(".")
  let out: unknown = value
  for (let i = keys.length - 1; i >= 0; i--) out = { [keys[i]!]: out }
  return out as CoalMineInput
}

/**
 * The cases of a 情形 one fact decides: the breaching value is a violation with that evidence, the
 * other value compliant, the fact absent indeterminate naming it, and — unless `alwaysApplies` —
 * an open-pit mine not applicable.
 *
 * @since 0.2.0
 */
export const flagCases = (
  path: string,
  breach: boolean,
  options: { readonly alwaysApplies?: boolean; readonly gasClass?: "outburst" | "high-gas" | "low-gas"; readonly base?: CoalMineInput } = {}
) => {
  const gasClass = options.gasClass ?? "low-gas"
  const base = options.base ?? {}
  const underground = (facts: CoalMineInput, g: typeof gasClass) => undergroundMine({ ...base, ...facts }, g)
  return {
    violation: [{ name: `${path} = ${breach}`, asOf, enterprise: underground(factAt(path, breach), gasClass), evidence: [{ path, value: breach }] }],
    compliant: [
      { name: `${path} = ${!breach}`, asOf, enterprise: underground(factAt(path, !breach), gasClass) },
      ...(options.alwaysApplies === true ? [{ name: `an open-pit mine, ${path} = ${!breach}`, asOf, enterprise: openPit(factAt(path, !breach)) }] : [])
    ],
    ...(options.alwaysApplies === true
      ? { violation: [
        { name: `${path} = ${breach}`, asOf, enterprise: underground(factAt(path, breach), gasClass), evidence: [{ path, value: breach }] },
        { name: `an open-pit mine, ${path} = ${breach}`, asOf, enterprise: openPit(factAt(path, breach)) }
      ] }
      : { notApplicable: [{ name: "an open-pit mine", asOf, enterprise: openPit(factAt(path, breach)) }] }),
    indeterminate: [{ name: `${path} unknown`, asOf, enterprise: underground({}, gasClass), missing: [path] }]
  }
}
