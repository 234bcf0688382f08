/**
 * The city-gas pack: one rule per judgement item of 城镇燃气经营安全重大隐患判定标准 (建城规〔2023〕4号).
 *
 * @since 0.2.0
 */
import { FactDeclaration, Pack } from "@anquan/core"
import type { FactDeclarations, Rule } from "@anquan/core"
import type { Schema } from "effect"
import { applicabilityFacts } from "./facts/facts.ts"
import { items } from "./rules/items.ts"

/**
 * Every fact the pack's rules read, by path (`facts.stations`), with its type, zh-CN and English
 * label, unit and allowed values: the pack's fact section (`enterprise.facts.cityGas`).
 *
 * @since 0.2.0
 */
export const cityGasFacts: FactDeclarations = (() => {
  const out: Record<string, FactDeclarations[string]> = { ...applicabilityFacts }
  for (const it of items) for (const [path, d] of Object.entries(it.spec.facts)) out[path] = d
  return out
})()

/**
 * The rules in the order of the text: 第四条(一) … 第九条(四), 第十条.
 *
 * @since 0.2.0
 */
export const cityGasRules: ReadonlyArray<Rule.Rule<any>> = items.map((i) => i.rule)

/**
 * The pack. Its facts sit under `enterprise.facts.cityGas`.
 *
 * @example
 * ```ts
 * import { Engine } from "@anquan/core"
 * import { cityGasPack } from "@anquan/pack-city-gas"
 *
 * const engine = Engine.make({ packs: [cityGasPack] })
 * const report = engine.evaluate(records, { asOf: "2026-11-23" })
 * ```
 * @since 0.2.0
 */
export const cityGasPack = Pack.define<any>({
  id: "city-gas",
  factsKey: "cityGas",
  facts: FactDeclaration.sectionSchema(cityGasFacts) as Schema.Decoder<any, never>,
  sectors: ["gas"],
  name: {
    "zh-CN": "城镇燃气经营安全重大隐患判定标准(建城规〔2023〕4号)",
    en: "Criteria for Major Safety Hazards in Town Gas Operation (Jianchenggui [2023] No. 4)"
  },
  version: "0.2.0",
  description: {
    "zh-CN": "建城规〔2023〕4号，自发布之日起执行（发布日期2023-09-21）：适用于燃气经营者。第四条安全生产管理5项、第五条燃气厂站5项、第六条燃气管道和调压设施3项、第七条气瓶3项、第八条警示性臭味、第九条用户端4项（燃气经营者在安全检查中发现而未按规定采取书面告知用户整改等措施）、第十条其他严重违法违规且存在现实危险的情形，共22项，均为重大隐患。非燃气经营者（如燃气用户）不适用。第十条为兜底条款，其“严重违反”与“现实危险”须由城镇燃气管理部门（第三条）或其检查人员认定：本包不自行识别，只对记录的认定判定，两项同时认定方为重大隐患。",
    en: "Jianchenggui [2023] No. 4, applied from its issue (2023-09-21): binds gas suppliers. Article 4 management (5 items), Article 5 gas stations (5), Article 6 mains and regulators (3), Article 7 cylinders (3), Article 8 warning odour, Article 9 users' installations (4: found in the operator's inspection and not acted on in writing), Article 10 other serious breaches with a real danger: 22 items, every one a major hazard. A unit that is no gas supplier (a gas user) is not bound. Article 10 is the catch-all: whether a breach is serious and the danger real is determined by the town-gas authority (Article 3) or its inspector; the pack does not find such hazards itself, it judges the recorded determination, and only both parts determined together make the hazard."
  },
  rules: cityGasRules
})
