/**
 * 工(库)房 in the rule language: the two lists of buildings (`facts.workshops`, `facts.stores`) that
 * items 4–8, 10 and 19 read, and the applicability of items 4–7 ("a unit known to have no 工(库)房
 * is not concerned"), written as conditions (data), not code.
 *
 * @since 0.2.0
 */
import { Condition } from "@anquan/core"

/** The entry paths (the first present) that name a building in reasons. @since 0.2.0 */
export const BUILDING_LABEL: ReadonlyArray<string> = ["name", "id"]

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
 * checked first, then the stores, each named in reasons by {@link BUILDING_LABEL}.
 *
 * @since 0.2.0
 */
export const someBuilding = (where: Condition.Condition): Condition.Condition =>
  Condition.any(Condition.some("facts.workshops", where, { label: BUILDING_LABEL }), Condition.some("facts.stores", where, { label: BUILDING_LABEL }))
