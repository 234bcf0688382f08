/**
 * Test fixtures of the special-equipment pack: input records in their wire shape. Not exported from
 * the package.
 *
 * @since 0.2.0
 */
import { fixtures } from "@anquan/testing"

/** The as-of date of the tests. @since 0.2.0 */
export const asOf = "2026-11-23"

/** The path of entry `i` of the register, `facts.equipment[i]`. @since 0.2.0 */
export const at = (i: number, field: string): string => `facts.equipment[${i}].${field}`

/**
 * A unit with special equipment whose register is `equipment` (the section absent when `undefined`).
 *
 * @since 0.2.0
 */
export const unit = (equipment: ReadonlyArray<Record<string, unknown>> | undefined, overrides: fixtures.EnterpriseOverrides = {}) =>
  fixtures.enterprise({
    sectors: ["industry-trade", "special-equipment"],
    facts: equipment === undefined ? undefined : { specialEquipment: { equipment } },
    ...overrides
  })

/** `entry` without the keys `keys` (a field left out is unknown). @since 0.2.0 */
export const omit = (entry: Record<string, unknown>, ...keys: ReadonlyArray<string>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(entry).filter(([k]) => !keys.includes(k)))
