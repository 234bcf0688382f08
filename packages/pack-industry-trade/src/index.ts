/**
 * @anquan/pack-industry-trade — 工贸企业重大事故隐患判定标准 (应急管理部令第10号,
 * `industry-trade-major-hazard-2023`, in force from 2023-05-15): one rule per item of 第三条 to
 * 第十三条 (64) and one for 第十四条, every one a 重大事故隐患, all written in core's rule language.
 *
 * @module \@anquan/pack-industry-trade
 * @since 0.2.0
 */
export * from "./facts/applicability.ts"
export { industryTradeFacts, industryTradePack, industryTradeRules } from "./pack.ts"
export { DOCUMENT, IN_FORCE_FROM } from "./rules/item.ts"
export type { Item, ItemSpec, Scope } from "./rules/item.ts"
export { items } from "./rules/items.ts"
export { failedSafetyFacilities, itemReference } from "./rules/failed-safety-facilities.ts"
export * from "./rules/general.ts"
export * from "./rules/metallurgy.ts"
export * from "./rules/nonferrous.ts"
export * from "./rules/building-materials.ts"
export * from "./rules/machinery.ts"
export * from "./rules/light-industry.ts"
export * from "./rules/textile.ts"
export * from "./rules/tobacco.ts"
export * from "./rules/dust-explosion.ts"
export * from "./rules/liquid-ammonia.ts"
export * from "./rules/confined-space.ts"
export { beforeInForce, beforeInForceNote } from "./rules/before-in-force.ts"
