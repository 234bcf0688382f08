/**
 * 工(库)房 in the rule language: the two lists of buildings (`facts.workshops`, `facts.stores`) that
 * items 4–8, 10 and 19 read, and the applicability of items 4–7 ("a unit known to have no 工(库)房
 * is not concerned"), written as conditions (data), not code.
 *
 * @since 0.2.0
 */
import { Condition } from "@anquan/core"

/**
 * How a 工房 is named in reasons: its number and name (`工房「A3 装药工房」`), else its position
 * (`第1个工房`). @since 0.2.0
 */
export const WORKSHOP = { label: { join: ["id", "name"] }, entry: { "zh-CN": "工房", en: "workshop" } } as const

/** How a 库房 is named in reasons (`库房「C1 成品库」`, else `第1个库房`). @since 0.2.0 */
export const STORE = { label: { join: ["id", "name"] }, entry: { "zh-CN": "库房", en: "store" } } as const

/**
 * Not applicable: both lists are known and empty — a unit known to have no 工房 and no 库房. An
 * unknown list leaves it open (then the rule is indeterminate unless a building breaks it).
 *
 * @since 0.2.0
 */
export const hasNoBuildings: Condition.Condition = Condition.all(Condition.none("facts.workshops"), Condition.none("facts.stores"))

/** The reason given with {@link hasNoBuildings}. @since 0.2.0 */
export const noBuildingsReason = "the unit has no workshops (工房) or stores (库房)"

/**
 * Some 工房 or some 库房 meets `where` (its paths are the building's fields): the workshops are
 * checked first, then the stores, each named in reasons as {@link WORKSHOP} and {@link STORE} say.
 *
 * @since 0.2.0
 */
export const someBuilding = (where: Condition.Condition): Condition.Condition =>
  Condition.any(Condition.some("facts.workshops", where, WORKSHOP), Condition.some("facts.stores", where, STORE))
