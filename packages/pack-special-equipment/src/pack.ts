/**
 * The special-equipment pack: one rule per lettered item of 4.1–4.10 of GB 45067-2024
 * 特种设备重大事故隐患判定准则, over the unit's equipment register.
 *
 * @since 0.2.0
 */
import { FactDeclaration, Pack } from "@anquan/core"
import type { FactDeclarations, Rule } from "@anquan/core"
import type { Schema } from "effect"
import { registerFacts, usageFacts } from "./facts/register.ts"
import { items } from "./rules/items.ts"

/**
 * Every fact the pack's rules read: the equipment register `facts.equipment`, its entries' fields
 * with type, zh-CN and English label, unit and allowed values, and `facts.kindsInUse` (the kinds in
 * use where no register is given); the pack's fact section (`enterprise.facts.specialEquipment`).
 *
 * @since 0.2.0
 */
export const specialEquipmentFacts: FactDeclarations = { ...registerFacts, ...usageFacts }

/**
 * The rules in the order of the text: 4.1 a) … 4.10 e).
 *
 * @since 0.2.0
 */
export const specialEquipmentRules: ReadonlyArray<Rule.Rule<any>> = items

/**
 * The pack. Its facts sit under `enterprise.facts.specialEquipment`. Its rules judge every unit
 * that gives an equipment register, whatever its sectors. Without a register: a unit known or
 * expected to use special equipment (sector `special-equipment`, `facts.kindsInUse`, or the
 * `registerExpected` parameter of 4.1 a)) gets one indeterminate finding (4.1 a)) naming the
 * missing register; any other unit gets none (not applicable).
 *
 * @example
 * ```ts
 * import { Engine } from "@anquan/core"
 * import { specialEquipmentPack } from "@anquan/pack-special-equipment"
 *
 * const engine = Engine.make({ packs: [specialEquipmentPack] })
 * const report = engine.evaluate(records, { asOf: "2026-11-23" })
 * ```
 * @since 0.2.0
 */
export const specialEquipmentPack = Pack.define<any>({
  id: "special-equipment",
  factsKey: "specialEquipment",
  facts: FactDeclaration.sectionSchema(specialEquipmentFacts) as Schema.Decoder<any, never>,
  sectors: ["special-equipment", "industry-trade", "hazardous-chemicals"],
  name: {
    "zh-CN": "特种设备重大事故隐患判定准则(GB 45067-2024)",
    en: "Criteria for Major Accident Hazards of Special Equipment (GB 45067-2024)"
  },
  version: "0.2.0",
  description: {
    "zh-CN": "GB 45067-2024，自2024-12-01起实施：4.1 特种设备通用4项（其中d)指向4.2～4.10中超过规定参数、使用范围的情形）、4.2 锅炉7项、4.3 压力容器6项、4.4 压力管道2项、4.5 移动式压力容器或者气瓶充装3项、4.6 电梯5项、4.7 起重机械5项、4.8 客运索道5项、4.9 大型游乐设施5项、4.10 场(厂)内专用机动车辆5项，共47项，均为重大事故隐患。除4.5 a)、b)外，均以“仍继续使用”为条件。按单位的特种设备台账逐台判定；工贸企业（令第10号第二条）、危险化学品企业等的特种设备方面重大事故隐患按本准则判定。",
    en: "GB 45067-2024, in force from 2024-12-01: 4.1 all special equipment 4 items (d) points to the beyond-parameter or beyond-scope situations of 4.2–4.10), 4.2 boilers 7, 4.3 pressure vessels 6, 4.4 pressure piping 2, 4.5 filling of mobile vessels or cylinders 3, 4.6 lifts 5, 4.7 cranes 5, 4.8 passenger ropeways 5, 4.9 large amusement rides 5, 4.10 in-plant motor vehicles 5: 47 items, every one a major accident hazard, all but 4.5 a) and b) only while the equipment is still in use. Judged per item of the unit's equipment register; the special-equipment hazards of an industry-and-trade enterprise (Order No. 10, Article 2), a hazardous-chemical enterprise or any other unit are judged by these criteria."
  },
  rules: specialEquipmentRules
})
