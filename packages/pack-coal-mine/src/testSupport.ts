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

/** An open-pit mine with the given facts. @since 0.2.0 */
export const openPit = (facts: CoalMineInput = {}) => mine({ mineType: "open-pit", ...facts })
