/**
 * The coal-mine pack: one rule per first-level 情形 of 煤矿重大事故隐患判定标准 as revised by
 * 应急管理部令第21号 (in force 2026-07-01).
 *
 * @since 0.2.0
 */
import { Pack } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { CoalMineFacts } from "./facts/CoalMineFacts.ts"
import { clarificationDocuments } from "./rules/clarifications.ts"
import { article04 } from "./rules/article-04.ts"
import { article05 } from "./rules/article-05.ts"
import { article06 } from "./rules/article-06.ts"
import { article07 } from "./rules/article-07.ts"
import { article08 } from "./rules/article-08.ts"
import { article09 } from "./rules/article-09.ts"
import { article10 } from "./rules/article-10.ts"
import { article11 } from "./rules/article-11.ts"
import { article12 } from "./rules/article-12.ts"
import { article13 } from "./rules/article-13.ts"
import { article14 } from "./rules/article-14.ts"
import { article15 } from "./rules/article-15.ts"
import { article16 } from "./rules/article-16.ts"
import { article17 } from "./rules/article-17.ts"
import { article18 } from "./rules/article-18.ts"
import { article19 } from "./rules/article-19.ts"
import { article20 } from "./rules/article-20.ts"
import { regulation36Rules } from "./rules/regulation-2024.ts"

/**
 * The rules: from 2024-05-01 to 2026-06-30 the 17 items of 《煤矿安全生产条例》第三十六条; from 2026-07-01 the 123
 * 情形 of the 2026 判定标准, in the order of its articles.
 *
 * @since 0.2.0
 */
export const coalMineRules: ReadonlyArray<Rule.Rule<any>> = [...regulation36Rules, ...article04, ...article05, ...article06, ...article07, ...article08, ...article09, ...article10, ...article11, ...article12, ...article13, ...article14, ...article15, ...article16, ...article17, ...article18, ...article19, ...article20]

/**
 * The pack. Its facts sit under `enterprise.facts.coalMine`; its rules apply to units in the
 * `coal-mine` sector.
 *
 * @example
 * ```ts
 * import { Engine } from "@anquan/core"
 * import { coalMinePack } from "@anquan/pack-coal-mine"
 *
 * const engine = Engine.make({ packs: [coalMinePack] })
 * const report = engine.evaluate(records, { asOf: "2026-11-23" })
 * ```
 * @since 0.2.0
 */
export const coalMinePack = Pack.define<CoalMineFacts>({
  id: "coal-mine",
  factsKey: "coalMine",
  facts: CoalMineFacts,
  sectors: ["coal-mine"],
  documents: clarificationDocuments,
  name: {
    "zh-CN": "煤矿重大事故隐患判定标准(应急管理部令第21号修订)",
    en: "Criteria for Major Accident Hazards in Coal Mines (revised by MEM Order No. 21)"
  },
  version: "0.2.0",
  description: {
    "zh-CN": "《煤矿重大事故隐患判定标准》(2020年应急管理部令第4号公布，2026年应急管理部令第21号修订，自2026年7月1日起施行)第四条至第二十条的第一层情形，每一情形一条规则，均为重大事故隐患；每条规则同时引用《煤矿安全生产条例》第三十六条对应的一项。该标准为封闭列举(国家矿山安全监察局答复)。2024年5月1日至2026年6月30日，适用《煤矿安全生产条例》第三十六条所列17项。",
    en: "The first-level situations (情形) of Articles 4–20 of the Criteria for Major Accident Hazards in Coal Mines (MEM Order No. 4 of 2020, revised by MEM Order No. 21 of 2026, in force from 2026-07-01), one rule per situation, every one a major accident hazard; each rule also cites the matching item of Article 36 of the Regulation on Coal Mine Work Safety. The list is closed (National Mine Safety Administration reply). From 2024-05-01 to 2026-06-30 the 17 items of Article 36 of the Regulation apply."
  },
  rules: coalMineRules
})
