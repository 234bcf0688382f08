/**
 * The 工贸 pack: one rule per item of 第三条 to 第十三条 of 工贸企业重大事故隐患判定标准
 * (应急管理部令第10号) and one for 第十四条.
 *
 * @since 0.2.0
 */
import { FactDeclaration, Pack } from "@anquan/core"
import type { FactDeclarations, Rule } from "@anquan/core"
import type { Schema } from "effect"
import { applicabilityFacts } from "./facts/applicability.ts"
import { beforeInForce } from "./rules/before-in-force.ts"
import { failedSafetyFacilities } from "./rules/failed-safety-facilities.ts"
import { items } from "./rules/items.ts"

/**
 * Every fact the pack's rules read, by path (`facts.metallurgy.blastFurnace`), with its type, zh-CN
 * and English label, unit and allowed values: the pack's fact section (`enterprise.facts.industryTrade`).
 *
 * @since 0.2.0
 */
export const industryTradeFacts: FactDeclarations = (() => {
  const out: Record<string, FactDeclarations[string]> = { ...applicabilityFacts }
  for (const it of items) for (const [path, d] of Object.entries(it.spec.facts)) out[path] = d
  return out
})()

/**
 * The rules in the order of the text: 第三条(一) … 第十三条(二), then 第十四条; last the note rule
 * for as-of dates before 2023-05-15 (`industry-trade/before-in-force`).
 *
 * @since 0.2.0
 */
export const industryTradeRules: ReadonlyArray<Rule.Rule<any>> = [...items.map((i) => i.rule), failedSafetyFacilities, beforeInForce]

/**
 * The pack. Its facts sit under `enterprise.facts.industryTrade`.
 *
 * @example
 * ```ts
 * import { Engine } from "@anquan/core"
 * import { industryTradePack } from "@anquan/pack-industry-trade"
 *
 * const engine = Engine.make({ packs: [industryTradePack] })
 * const report = engine.evaluate(records, { asOf: "2026-11-23" })
 * ```
 * @since 0.2.0
 */
export const industryTradePack = Pack.define<any>({
  id: "industry-trade",
  factsKey: "industryTrade",
  facts: FactDeclaration.sectionSchema(industryTradeFacts) as Schema.Decoder<any, never>,
  sectors: ["industry-trade"],
  name: {
    "zh-CN": "工贸企业重大事故隐患判定标准(应急管理部令第10号)",
    en: "Criteria for Major Accident Hazards in Industry and Trade Enterprises (MEM Order No. 10)"
  },
  version: "0.2.0",
  description: {
    "zh-CN": "应急管理部令第10号，自2023-05-15起施行：第三条管理类3项适用于所有工贸企业；第四至十条行业类47项按企业所属行业（冶金8、有色13、建材8、机械7、轻工7、纺织2、烟草2；商贸无专条）适用；第十一至十三条专项类14项按专项（粉尘爆炸10、液氨制冷2、有限空间2）适用；第十四条：所列直接关系生产安全的监控、报警、防护设施失效或者无效，亦判定为重大事故隐患。工贸企业内危险化学品、消防（火灾）、燃气、特种设备方面的重大事故隐患依第二条适用其规定，不在本包。",
    en: "MEM Order No. 10, in force from 2023-05-15: the 3 management items of Article 3 bind every industry-and-trade enterprise; the 47 industry items of Articles 4–10 bind by sub-industry (metallurgy 8, non-ferrous 13, building materials 8, machinery 7, light industry 7, textiles 2, tobacco 2; commerce has no article); the 14 special items of Articles 11–13 by special field (dust explosion 10, liquid-ammonia refrigeration 2, confined spaces 2); Article 14: a failed or ineffective safety facility named in the items is itself a major hazard. Hazardous-chemical, fire, gas and special-equipment hazards of such an enterprise are judged by their own criteria (Article 2), not by this pack."
  },
  rules: industryTradeRules
})
