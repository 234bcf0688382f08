/**
 * @anquan/pack-noncoal-mine — 金属非金属矿山重大事故隐患判定标准 (矿安〔2022〕88号, `noncoal-major-hazard-2022`, in force
 * 2022-09-01) and its 补充情形 (矿安〔2024〕41号, `noncoal-major-hazard-supplement-2024`): the mine facts model and one
 * rule per item, every one a 重大事故隐患, written in core's rule language.
 *
 * @module \@anquan/pack-noncoal-mine
 * @since 0.2.0
 */
export * from "./facts/NoncoalMineFacts.ts"
export { noncoalMinePack, noncoalMineRules } from "./pack.ts"
export * from "./rules/underground.ts"
export * from "./rules/open-pit.ts"
export * from "./rules/tailings-pond.ts"
export * from "./rules/supplement.ts"
export * from "./rules/notes.ts"
export { cite, citeSupplement, NONCOAL_2022, notUnit, partNumber, SUPPLEMENT_2024, SUPPLEMENT_FROM } from "./rules/shared.ts"
export type { Part } from "./rules/shared.ts"
