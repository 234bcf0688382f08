/**
 * 水封式排水器 — the item 第四条(八) (冶金) and 第五条(十三) (有色) state in the same words:
 *
 * "正压煤气输配管线水封式排水器的最高封堵煤气压力小于30kPa，或者同一煤气管道隔断装置的两侧共用一个排水器，
 * 或者不同煤气管道排水器上部的排水管连通，或者不同介质的煤气管道共用一个排水器的"
 *
 * Four alternatives, any one a breach. "小于30kPa" is `< 30`: a drainer rated exactly 30 kPa is
 * compliant. The fact recorded is the lowest 最高封堵煤气压力 among the enterprise's drainers.
 *
 * @since 0.2.0
 */
import { Condition } from "@anquan/core"
import type { FactDeclarations } from "@anquan/core"
import { flag } from "../facts/applicability.ts"
import { text, without, yes } from "./item.ts"
import type { ItemSpec } from "./item.ts"

/** The limit of the text, kPa. @since 0.2.0 */
export const DRAINER_SEAL_PRESSURE_KPA = 30

/** The item's message. @since 0.2.0 */
export const drainerMessage = text(
  "正压煤气输配管线水封式排水器的最高封堵煤气压力小于30kPa，或者同一煤气管道隔断装置的两侧共用一个排水器，或者不同煤气管道排水器上部的排水管连通，或者不同介质的煤气管道共用一个排水器的",
  "A water-seal drainer of a positive-pressure gas line holds back less than 30 kPa of gas, or one drainer serves both sides of an isolation device on the same gas pipe, or the drain pipes above the drainers of different gas pipes are connected, or gas pipes of different media share one drainer"
)

/** The facts, fields and conditions of the item for the facts under `prefix` (`facts.metallurgy`). @since 0.2.0 */
export const drainerItem = (prefix: string): Pick<ItemSpec, "facts" | "absentWhen" | "violationWhen" | "message" | "remediation" | "title"> => {
  const facts: FactDeclarations = {
    [`${prefix}.waterSealDrainers`]: flag("有正压煤气输配管线水封式排水器", "has water-seal drainers on positive-pressure gas lines"),
    [`${prefix}.drainerLowestSealPressure`]: {
      type: "number",
      label: { "zh-CN": "水封式排水器最高封堵煤气压力(最低者)", en: "gas pressure the water-seal drainers hold back (lowest)" },
      unit: { "zh-CN": "kPa", en: "kPa" }
    },
    [`${prefix}.drainerSharedAcrossIsolationDevice`]: flag("同一煤气管道隔断装置的两侧共用一个排水器", "one drainer serves both sides of an isolation device"),
    [`${prefix}.drainPipesOfDifferentLinesConnected`]: flag("不同煤气管道排水器上部的排水管连通", "drain pipes above the drainers of different gas pipes connected"),
    [`${prefix}.drainerSharedByDifferentMedia`]: flag("不同介质的煤气管道共用一个排水器", "gas pipes of different media share one drainer")
  }
  return {
    title: text("正压煤气输配管线水封式排水器", "Water-seal drainers of positive-pressure gas lines"),
    message: drainerMessage,
    remediation: text(
      "水封式排水器的最高封堵煤气压力不小于30kPa；同一煤气管道隔断装置两侧、不同煤气管道、不同介质的煤气管道分别设置排水器，排水器上部的排水管不连通。",
      "Rate every water-seal drainer for at least 30 kPa; give each side of an isolation device, each gas pipe and each gas medium its own drainer, with separate drain pipes."
    ),
    facts,
    absentWhen: without(`${prefix}.waterSealDrainers`, "无正压煤气输配管线水封式排水器", "no water-seal drainers on positive-pressure gas lines"),
    violationWhen: Condition.any(
      Condition.lt(`${prefix}.drainerLowestSealPressure`, DRAINER_SEAL_PRESSURE_KPA),
      yes(`${prefix}.drainerSharedAcrossIsolationDevice`, "同一煤气管道隔断装置的两侧共用一个排水器", "one drainer serves both sides of an isolation device"),
      yes(`${prefix}.drainPipesOfDifferentLinesConnected`, "不同煤气管道排水器上部的排水管连通", "the drain pipes of different gas pipes are connected"),
      yes(`${prefix}.drainerSharedByDifferentMedia`, "不同介质的煤气管道共用一个排水器", "gas pipes of different media share one drainer")
    )
  }
}
