/**
 * @anquan/pack-city-gas — 城镇燃气经营安全重大隐患判定标准 (建城规〔2023〕4号,
 * `city-gas-major-hazard-2023`, applied from its issue on 2023-09-21): one rule per judgement item
 * (22: 第四–七条 and 第九条's listed items, 第八条 and 第十条), every one a 重大隐患 of a 燃气经营者, all
 * written in core's rule language.
 *
 * @module \@anquan/pack-city-gas
 * @since 0.2.0
 */
export * from "./facts/facts.ts"
export { cityGasFacts, cityGasPack, cityGasRules } from "./pack.ts"
export { DOCUMENT, IN_FORCE_FROM, notAGasOperator } from "./rules/item.ts"
export type { Item, ItemSpec } from "./rules/item.ts"
export { items } from "./rules/items.ts"
export * from "./rules/management.ts"
export * from "./rules/stations.ts"
export * from "./rules/network.ts"
export * from "./rules/cylinders.ts"
export * from "./rules/odorisation.ts"
export * from "./rules/user-inspections.ts"
export * from "./rules/other-serious.ts"
