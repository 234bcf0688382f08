/**
 * Test helpers for the hazchem rule tests (not exported by the package).
 *
 * @since 0.1.0
 */
import { fixtures, PackTester } from "@anquan/testing"
import type { HazchemFactsEncoded } from "../facts/HazchemFacts.ts"
import { hazchemPack } from "../pack.ts"

/** The tester of the hazchem pack. @since 0.1.0 */
export const tester = PackTester.make(hazchemPack)

/** The as-of date of most cases. @since 0.1.0 */
export const asOf = "2026-11-23"

/**
 * A valid hazardous-chemicals enterprise whose hazchem section is `facts` (wire shape); `undefined`
 * leaves the section out entirely.
 *
 * @since 0.1.0
 */
export const hazchem = (facts: HazchemFactsEncoded | undefined, overrides: fixtures.EnterpriseOverrides = {}) =>
  fixtures.enterprise({
    sectors: ["hazardous-chemicals"],
    unitKinds: ["production", "storage"],
    dangerousGoodsActivities: ["production", "storage"],
    name: "示例化工有限公司",
    ...(facts === undefined ? {} : { facts: { hazchem: facts } }),
    ...overrides
  })

/**
 * The object without its `undefined` keys: in input, an `undefined` value is not "unknown" but a
 * decoding error (`optionalKey`), so a test that makes a fact unknown removes its key.
 *
 * @since 0.1.0
 */
export const defined = <A extends object>(o: A): A =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as A
