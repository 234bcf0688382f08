/**
 * 第十二条 — 使用液氨制冷的工贸企业 (2 items).
 *
 * "使用液氨制冷的工贸企业有下列情形之一的，应当判定为重大事故隐患：（一）包装、分割、产品整理场所的空调系统采用氨
 * 直接蒸发制冷的；（二）快速冻结装置未设置在单独的作业间内，或者快速冻结装置作业间内作业人员数量超过9人的。"
 *
 * [verified: GM10-text `C_PDDB_12.json`, regulations.md §5] Facts under `facts.ammonia`.
 *
 * @since 0.2.0
 */
import { Condition } from "@anquan/core"
import { flag } from "../facts/applicability.ts"
import { item, no, text, without, yes } from "./item.ts"

const F = "facts.ammonia"
const scope = { field: "liquid-ammonia-refrigeration" } as const

/** "超过9人": more than this many people in the quick-freeze room is a breach; exactly 9 is not. @since 0.2.0 */
export const QUICK_FREEZE_ROOM_MAX_WORKERS = 9

/**
 * 第十二条(一) "包装、分割、产品整理场所的空调系统采用氨直接蒸发制冷的".
 *
 * @since 0.2.0
 */
export const directAmmoniaAirConditioning = item({
  slug: "ammonia-direct-evaporation-air-conditioning",
  article: 12,
  item: 1,
  scope,
  title: text("包装、分割、产品整理场所空调不采用氨直接蒸发制冷", "No direct ammonia evaporation in the air-conditioning of packing, cutting and finishing areas"),
  message: text("包装、分割、产品整理场所的空调系统采用氨直接蒸发制冷的", "The air-conditioning of a packing, cutting or product-finishing area uses direct ammonia evaporation"),
  remediation: text("包装、分割、产品整理场所的空调系统改用非氨直接蒸发的制冷方式。", "Change the air-conditioning of those areas to a system without direct ammonia evaporation."),
  facts: {
    [`${F}.directEvaporationAirConditioning`]: flag("包装、分割、产品整理场所的空调系统采用氨直接蒸发制冷", "air-conditioning of packing, cutting or finishing areas uses direct ammonia evaporation")
  },
  violationWhen: yes(`${F}.directEvaporationAirConditioning`, "包装、分割、产品整理场所的空调系统采用氨直接蒸发制冷", "direct ammonia evaporation in the air-conditioning")
})

/**
 * 第十二条(二) "快速冻结装置未设置在单独的作业间内，或者快速冻结装置作业间内作业人员数量超过9人的" — "或者":
 * either part alone. "超过9人" is `> 9`: 9 people is compliant, 10 a breach (the 2017 text's "且" is not
 * this text).
 *
 * @since 0.2.0
 */
export const quickFreezeRoom = item({
  slug: "ammonia-quick-freeze-room",
  article: 12,
  item: 2,
  scope,
  title: text("快速冻结装置单独作业间和作业人数", "Quick-freeze room: separate, at most 9 people"),
  message: text(
    "快速冻结装置未设置在单独的作业间内，或者快速冻结装置作业间内作业人员数量超过9人的",
    "A quick-freezing unit is not in a separate work room, or more than 9 people work in the quick-freeze room"
  ),
  remediation: text("快速冻结装置设置在单独的作业间内，作业间内作业人员不超过9人。", "Put the quick-freezing unit in a separate room with no more than 9 people at work in it."),
  facts: {
    [`${F}.quickFreezers`]: flag("有快速冻结装置", "has quick-freezing units"),
    [`${F}.quickFreezerInSeparateRoom`]: flag("快速冻结装置设置在单独的作业间内", "quick-freezing unit in a separate work room"),
    [`${F}.quickFreezeRoomWorkers`]: { type: "integer", label: text("快速冻结装置作业间内作业人员数量", "people at work in the quick-freeze room"), unit: text("人", "people") }
  },
  absentWhen: without(`${F}.quickFreezers`, "无快速冻结装置", "no quick-freezing units"),
  violationWhen: Condition.any(
    no(`${F}.quickFreezerInSeparateRoom`, "快速冻结装置未设置在单独的作业间内", "the quick-freezing unit is not in a separate room"),
    Condition.gt(`${F}.quickFreezeRoomWorkers`, QUICK_FREEZE_ROOM_MAX_WORKERS)
  )
})

/** The items of 第十二条, in order. @since 0.2.0 */
export const liquidAmmoniaItems = [directAmmoniaAirConditioning, quickFreezeRoom]
