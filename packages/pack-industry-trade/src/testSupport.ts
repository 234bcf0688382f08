/**
 * Test fixtures of the 工贸 pack: input records in their wire shape. Not exported from the package.
 *
 * @since 0.2.0
 */
import { fixtures } from "@anquan/testing"

/** The as-of date of the tests. @since 0.2.0 */
export const asOf = "2026-11-23"

/** A 工贸 enterprise whose `enterprise.facts.industryTrade` is `facts` (absent when `undefined`). @since 0.2.0 */
export const plant = (facts: Record<string, unknown> | undefined, overrides: fixtures.EnterpriseOverrides = {}) =>
  fixtures.enterprise({ sectors: ["industry-trade"], facts: facts === undefined ? undefined : { industryTrade: facts }, ...overrides })

/** A plant of one sub-industry with the facts of its article under `key` (`metallurgy`). @since 0.2.0 */
export const ofIndustry = (industry: string, key: string) => (facts: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}) =>
  plant({ industries: [industry], specialFields: [], ...extra, ...(facts === undefined ? {} : { [key]: facts }) })

/** A plant with one special field and the facts of its article under `key`. @since 0.2.0 */
export const ofField = (field: string, key: string) => (facts: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}) =>
  plant({ industries: ["commerce"], specialFields: [field], ...extra, ...(facts === undefined ? {} : { [key]: facts }) })

/** `facts` without the keys `keys` (a fact left out is unknown). @since 0.2.0 */
export const omit = (facts: Record<string, unknown>, ...keys: ReadonlyArray<string>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(facts).filter(([k]) => !keys.includes(k)))
