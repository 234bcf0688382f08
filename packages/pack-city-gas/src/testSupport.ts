/**
 * Test fixtures of the city-gas pack: input records in their wire shape. Not exported from the package.
 *
 * @since 0.2.0
 */
import { fixtures } from "@anquan/testing"

/** The as-of date of the tests. @since 0.2.0 */
export const asOf = "2026-11-23"

/** A unit in the `gas` sector whose `enterprise.facts.cityGas` is `facts` (absent when `undefined`). @since 0.2.0 */
export const unit = (facts: Record<string, unknown> | undefined, overrides: fixtures.EnterpriseOverrides = {}) =>
  fixtures.enterprise({ sectors: ["gas"], facts: facts === undefined ? undefined : { cityGas: facts }, ...overrides })

/** A 燃气经营者 with the facts `facts` besides `gasOperator: true`. @since 0.2.0 */
export const operator = (facts: Record<string, unknown> = {}) => unit({ gasOperator: true, ...facts })

/** A gas user, not a supplier (`gasOperator: false`), with the same facts: every item is not applicable. @since 0.2.0 */
export const user = (facts: Record<string, unknown> = {}) => unit({ ...facts, gasOperator: false })

/** `facts` without its `undefined` keys: a fact set to `undefined` in a test is left out (unknown), as in the input. @since 0.2.0 */
export const defined = (facts: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined))
