/**
 * @anquan/pack-construction — 房屋市政工程生产安全重大事故隐患判定标准 as a rule pack: the 2022
 * edition (建质规〔2022〕2号, in force 2022-04-19 to 2024-12-12) and the 2024 edition (建质规〔2024〕5号,
 * from 2024-12-13). Evaluation as of a date picks the edition in force that day; an item that
 * carries over keeps one rule id with one version per edition.
 *
 * @module \@anquan/pack-construction
 * @since 0.1.0
 */
export { constructionPack, constructionRules } from "./pack.ts"
export * from "./facts/ConstructionFacts.ts"
export { constructionFactLabels } from "./facts/labels.ts"
export * from "./rules/safety-management/rule.ts"
export * from "./rules/foundation-pits/rule.ts"
export * from "./rules/formwork/rule.ts"
export * from "./rules/scaffolding/rule.ts"
export * from "./rules/lifting-machinery/rule.ts"
export * from "./rules/work-at-height/rule.ts"
export * from "./rules/temporary-electricity/rule.ts"
export * from "./rules/confined-spaces/rule.ts"
export * from "./rules/demolition/rule.ts"
export * from "./rules/tunnels/rule.ts"
export * from "./rules/temporary-surcharge/rule.ts"
export * from "./rules/hazardous-operations/rule.ts"
export * from "./rules/prohibited-technology/rule.ts"
export * from "./rules/catch-all/rule.ts"
export type { Edition, Entry, FactKey, ItemRule, ItemSubject, Slice } from "./rules/item.ts"
export { editions, HAZARD_NOT_ELIMINATED, slice } from "./rules/item.ts"
