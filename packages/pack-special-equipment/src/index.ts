/**
 * @anquan/pack-special-equipment — GB 45067-2024 特种设备重大事故隐患判定准则
 * (`special-equipment-major-hazard-gb45067-2024`, in force from 2024-12-01): one rule per lettered
 * item of 4.1–4.10 (47), every one a 重大事故隐患, judged over the unit's equipment register and
 * written in core's rule language.
 *
 * @module \@anquan/pack-special-equipment
 * @since 0.2.0
 */
export * from "./facts/register.ts"
export { specialEquipmentFacts, specialEquipmentPack, specialEquipmentRules } from "./pack.ts"
export { DOCUMENT, IN_FORCE_FROM, item, REGISTER_EXPECTED, registerExpectedParam, registerGiven, registerMissing, stillInUse, usesEquipment } from "./rules/item.ts"
export type { ItemSpec } from "./rules/item.ts"
export { items } from "./rules/items.ts"
export * from "./rules/general.ts"
export * from "./rules/boilers.ts"
export * from "./rules/pressure-vessels.ts"
export * from "./rules/pressure-piping.ts"
export * from "./rules/filling.ts"
export * from "./rules/elevators.ts"
export * from "./rules/cranes.ts"
export * from "./rules/ropeways.ts"
export * from "./rules/amusement-rides.ts"
export * from "./rules/vehicles.ts"
