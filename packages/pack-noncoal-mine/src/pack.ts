/**
 * The non-coal-mine pack: one rule per item of 金属非金属矿山重大事故隐患判定标准 (矿安〔2022〕88号, from 2022-09-01) and of
 * its 补充情形 (矿安〔2024〕41号, from 2024-04-23, the date of its notice: no in-force date is stated).
 *
 * @since 0.2.0
 */
import { Pack } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { NoncoalMineFacts } from "./facts/NoncoalMineFacts.ts"
import { noteDocuments } from "./rules/notes.ts"
import { openPitRules } from "./rules/open-pit.ts"
import { supplementRules } from "./rules/supplement.ts"
import { tailingsPondRules } from "./rules/tailings-pond.ts"
import { undergroundRules } from "./rules/underground.ts"

/**
 * The rules: 一、地下矿山 (32), 二、露天矿山 (13), 三、尾矿库 (19), then the 补充情形 (4 + 2 + 2).
 *
 * @since 0.2.0
 */
export const noncoalMineRules: ReadonlyArray<Rule.Rule<any>> = [...undergroundRules, ...openPitRules, ...tailingsPondRules, ...supplementRules]

/**
 * The pack. Its facts sit under `enterprise.facts.noncoalMine`; its rules apply to units in the `non-coal-mine` sector,
 * each to the mines with a unit of its part (`facts.units`: `underground`, `open-pit`, `tailings-pond`).
 *
 * @example
 * ```ts
 * import { Engine } from "@anquan/core"
 * import { noncoalMinePack } from "@anquan/pack-noncoal-mine"
 *
 * const engine = Engine.make({ packs: [noncoalMinePack] })
 * const report = engine.evaluate(records, { asOf: "2026-11-23" })
 * ```
 * @since 0.2.0
 */
export const noncoalMinePack = Pack.define<NoncoalMineFacts>({
  id: "noncoal-mine",
  factsKey: "noncoalMine",
  facts: NoncoalMineFacts,
  sectors: ["non-coal-mine"],
  documents: noteDocuments,
  name: {
    "zh-CN": "金属非金属矿山重大事故隐患判定标准(矿安〔2022〕88号及补充情形)",
    en: "Criteria for Major Accident Hazards in Metal and Non-metal Mines (矿安〔2022〕88号 and its supplement)"
  },
  version: "0.2.0",
  description: {
    "zh-CN": "《金属非金属矿山重大事故隐患判定标准》(矿安〔2022〕88号，自2022年9月1日起施行)地下矿山32项、露天矿山13项、尾矿库19项，及《金属非金属矿山重大事故隐患判定标准补充情形》(矿安〔2024〕41号)地下矿山4项、露天矿山2项、尾矿库2项，每项一条规则，均为重大事故隐患；按矿山单元(地下矿山、露天矿山、尾矿库)适用。补充情形的通知未规定施行日期，本包自通知印发之日(2024-04-23)起适用，此日期为推定，引用标注为未核实。",
    en: "The items of the Criteria for Major Accident Hazards in Metal and Non-metal Mines (矿安〔2022〕88号, in force 2022-09-01): 32 for underground mines, 13 for open-pit mines, 19 for tailings ponds; and of its Supplementary situations (矿安〔2024〕41号): 4, 2 and 2. One rule per item, every one a major accident hazard, applied by mine unit (underground, open-pit, tailings pond). The supplement's notice states no in-force date: the pack applies it from the date of the notice (2024-04-23), an inferred date, and its citations are marked unverified."
  },
  rules: noncoalMineRules
})
