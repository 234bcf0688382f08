/**
 * Items two articles state in the same words, each with its own facts under its article's key:
 * - the premix gas kiln item, 第六条(五) (建材) and, for 日用玻璃、陶瓷制造企业, 第八条(四) (轻工);
 * - the paint-room item, 第七条(七) (机械) and 第八条(六) (轻工).
 *
 * @since 0.2.0
 */
import { Condition } from "@anquan/core"
import { facility, flag } from "../facts/applicability.ts"
import { missing, text, without } from "./item.ts"
import type { ItemSpec } from "./item.ts"

type Part = Pick<ItemSpec, "facts" | "absentWhen" | "violationWhen" | "message" | "remediation" | "title">

/**
 * "采用预混燃烧方式的燃气窑炉（热发生炉煤气窑炉除外）的燃气总管未设置管道压力监测报警装置，或者监测报警装置未与
 * 紧急自动切断装置联锁的" — `lead` is what precedes it in the article ("" in 第六条(五), "日用玻璃、陶瓷制造企业" in
 * 第八条(四)).
 *
 * @since 0.2.0
 */
export const premixKilnItem = (prefix: string, lead: { readonly "zh-CN": string; readonly en: string }): Part => ({
  title: text(`${lead["zh-CN"]}预混燃烧燃气窑炉燃气总管压力监测报警和联锁`, `Gas-main pressure alarm and shut-off interlock of premix gas kilns${lead.en === "" ? "" : ` (${lead.en})`}`),
  message: text(
    `${lead["zh-CN"]}采用预混燃烧方式的燃气窑炉（热发生炉煤气窑炉除外）的燃气总管未设置管道压力监测报警装置，或者监测报警装置未与紧急自动切断装置联锁的`,
    `The gas main of a premix gas kiln${lead.en === "" ? "" : ` of ${lead.en}`} (producer-gas kilns excepted) has no pipe-pressure alarm, or the alarm is not interlocked with the automatic emergency shut-off`
  ),
  remediation: text("燃气总管设置管道压力监测报警装置，并与紧急自动切断装置联锁。", "Fit a pipe-pressure alarm to the gas main and interlock it with the automatic emergency shut-off."),
  facts: {
    [`${prefix}.premixGasKilns`]: flag("有采用预混燃烧方式的燃气窑炉（热发生炉煤气窑炉除外）", "has premix gas kilns (producer-gas kilns excepted)"),
    [`${prefix}.premixKilnMainPressureAlarm`]: facility("预混燃烧燃气窑炉燃气总管管道压力监测报警装置", "pipe-pressure alarm of the premix kilns' gas main"),
    [`${prefix}.premixKilnAlarmShutOffInterlock`]: facility("燃气总管压力监测报警装置与紧急自动切断装置的联锁", "interlock of the gas-main alarm with the automatic emergency shut-off")
  },
  absentWhen: without(`${prefix}.premixGasKilns`, "无预混燃烧燃气窑炉", "no premix gas kilns"),
  violationWhen: Condition.any(
    missing(`${prefix}.premixKilnMainPressureAlarm`, "燃气总管未设置管道压力监测报警装置", "no pipe-pressure alarm on the gas main"),
    missing(`${prefix}.premixKilnAlarmShutOffInterlock`, "监测报警装置未与紧急自动切断装置联锁", "the alarm is not interlocked with the emergency shut-off")
  )
})

/**
 * "使用非水性漆的调漆间、喷漆室未设置固定式可燃气体浓度监测报警装置或者通风设施的" — either one missing is a
 * breach.
 *
 * @since 0.2.0
 */
export const paintRoomItem = (prefix: string): Part => ({
  title: text("非水性漆调漆间、喷漆室可燃气体监测报警和通风", "Flammable-gas alarms and ventilation of solvent-paint rooms"),
  message: text(
    "使用非水性漆的调漆间、喷漆室未设置固定式可燃气体浓度监测报警装置或者通风设施的",
    "A paint-mixing room or spray booth using non-water-based paint has no fixed flammable-gas alarm or no ventilation"
  ),
  remediation: text("调漆间、喷漆室设置固定式可燃气体浓度监测报警装置和通风设施。", "Install fixed flammable-gas alarms and ventilation in the paint-mixing rooms and spray booths."),
  facts: {
    [`${prefix}.solventPaintRooms`]: flag("有使用非水性漆的调漆间、喷漆室", "has paint-mixing rooms or spray booths using non-water-based paint"),
    [`${prefix}.paintRoomGasAlarms`]: facility("调漆间、喷漆室固定式可燃气体浓度监测报警装置", "fixed flammable-gas alarms of the paint rooms"),
    [`${prefix}.paintRoomVentilation`]: facility("调漆间、喷漆室通风设施", "ventilation of the paint rooms")
  },
  absentWhen: without(`${prefix}.solventPaintRooms`, "无使用非水性漆的调漆间、喷漆室", "no rooms using non-water-based paint"),
  violationWhen: Condition.any(
    missing(`${prefix}.paintRoomGasAlarms`, "调漆间、喷漆室未设置固定式可燃气体浓度监测报警装置", "no fixed flammable-gas alarm"),
    missing(`${prefix}.paintRoomVentilation`, "调漆间、喷漆室未设置通风设施", "no ventilation")
  )
})
