/**
 * 4.5 — 移动式压力容器或者气瓶充装 (3 items): "移动式压力容器或者气瓶充装有下列情形之一的，应判定为
 * 重大事故隐患". Unlike every other clause, 4.5 has no "仍继续使用" in its lead sentence: a) and b)
 * are hazards whether or not the filling goes on; only c) adds "仍继续使用的". A register entry of kind
 * `filling` is one filling operation with its filling equipment.
 *
 * [verified: GB45067-text, sector-criteria.md §15]
 *
 * @since 0.2.0
 */
import type { Rule } from "@anquan/core"
import { item, missingOrFailed, no, noneOf, ofKind, text, yes } from "./item.ts"

const clause = "4.5"
const subject = ofKind("filling")
const none = noneOf("filling")
const entry = text("充装", "filling")

/** 4.5 a) "未经许可，擅自从事移动式压力容器充装或者气瓶充装活动" (no 仍继续使用). @since 0.2.0 */
export const unlicensedFilling: Rule.Rule<any> = item({
  slug: "unlicensed-filling", clause, letter: "a", subject, none, entry, continuedUse: false,
  title: text("未经许可擅自从事移动式压力容器充装或者气瓶充装", "Filling mobile vessels or cylinders without a licence"),
  message: text("未经许可，擅自从事移动式压力容器充装或者气瓶充装活动的", "Mobile pressure vessels or gas cylinders are filled without a filling licence"),
  remediation: text("立即停止充装活动，依法取得充装许可后方可从事。", "Stop filling at once and fill only once licensed."),
  breach: no("fillingLicensed", "未经许可，擅自从事充装活动", "filling without a licence")
})

/** 4.5 b) "移动式压力容器、气瓶错装介质" (no 仍继续使用). @since 0.2.0 */
export const wrongMedium: Rule.Rule<any> = item({
  slug: "wrong-medium-filled", clause, letter: "b", subject, none, entry, continuedUse: false,
  title: text("移动式压力容器、气瓶错装介质", "Mobile vessel or cylinder filled with the wrong medium"),
  message: text("移动式压力容器、气瓶错装介质的", "A mobile pressure vessel or gas cylinder is filled with the wrong medium"),
  remediation: text("立即停止充装，处置错装的容器、气瓶，落实充装前检查和介质确认。", "Stop filling, deal with the wrongly filled containers and check the medium before every filling."),
  breach: yes("wrongMediumFilled", "移动式压力容器、气瓶错装介质", "wrong medium filled")
})

/** 4.5 c) "充装设备设施上的紧急切断装置缺失或失效，仍继续使用的". @since 0.2.0 */
export const fillingEmergencyShutOff: Rule.Rule<any> = item({
  slug: "filling-emergency-shut-off", clause, letter: "c", subject, none, entry,
  title: text("充装设备设施紧急切断装置缺失或失效", "Emergency shut-off of the filling equipment missing or failed"),
  message: text("充装设备设施上的紧急切断装置缺失或失效，仍继续使用的", "The emergency shut-off on the filling equipment is missing or has failed and the equipment is still in use"),
  remediation: text("停止使用充装设备设施，装设或修复紧急切断装置后方可使用。", "Stop using the filling equipment until its emergency shut-off is fitted or repaired."),
  breach: missingOrFailed("emergencyShutOff", "充装设备设施上的紧急切断装置", "emergency shut-off of the filling equipment")
})

/** The items of 4.5, in order. @since 0.2.0 */
export const fillingItems: ReadonlyArray<Rule.Rule<any>> = [unlicensedFilling, wrongMedium, fillingEmergencyShutOff]
