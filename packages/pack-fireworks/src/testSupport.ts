/**
 * Test fixtures of the fireworks pack: input records in their wire shape (dates as `YYYY-MM-DD`).
 * Not exported from the package.
 *
 * @since 0.1.0
 */
import { fixtures } from "@anquan/testing"

/** The as-of date of the tests. @since 0.1.0 */
export const asOf = "2026-11-23"

/** Overrides of the core profile (`undefined` removes a key). @since 0.1.0 */
export type Overrides = fixtures.EnterpriseOverrides

/** A fireworks fact section in its wire shape. @since 0.1.0 */
export type FireworksInput = Record<string, unknown>

const unit = (base: Overrides) => (fireworks: FireworksInput | undefined, overrides: Overrides = {}) =>
  fixtures.enterprise({ ...base, facts: fireworks === undefined ? undefined : { fireworks }, ...overrides })

/** A fireworks producer (生产企业) in 浏阳市. @since 0.1.0 */
export const producer = unit({
  name: "浏阳市示例花炮制造有限公司",
  creditCode: fixtures.creditCode(7, "430181"),
  jurisdiction: "430181",
  sectors: ["fireworks"],
  unitKinds: ["production"],
  dangerousGoodsActivities: ["production", "storage"]
})

/** A fireworks wholesaler (批发企业) with its own warehouse. @since 0.1.0 */
export const wholesaler = unit({
  name: "浏阳市示例烟花爆竹批发有限公司",
  creditCode: fixtures.creditCode(8, "430181"),
  jurisdiction: "430181",
  sectors: ["fireworks"],
  unitKinds: ["trading", "storage"],
  dangerousGoodsActivities: ["trading", "storage"]
})

/** A fireworks retail point (零售点). @since 0.1.0 */
export const retailer = unit({
  name: "浏阳市示例烟花爆竹零售店",
  creditCode: fixtures.creditCode(9, "430181"),
  jurisdiction: "430181",
  sectors: ["fireworks"],
  unitKinds: ["retail-point"],
  employees: 2,
  dangerousGoodsActivities: ["trading"]
})

/** A unit of another sector, which no fireworks rule concerns. @since 0.1.0 */
export const notFireworks = (fireworks: FireworksInput) => fixtures.enterprise({ facts: { fireworks } })

/** A 工房 (A3 装药工房) with the given facts. @since 0.1.0 */
export const workshop = (facts: FireworksInput = {}) => ({ id: "A3", name: "装药工房", ...facts })

/** A 库房 (C1 成品库) with the given facts. @since 0.1.0 */
export const store = (facts: FireworksInput = {}) => ({ id: "C1", name: "成品库", ...facts })
