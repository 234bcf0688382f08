/**
 * 4.6 — 电梯 (5 items): "电梯有下列情形之一仍继续使用的，应判定为重大事故隐患". The lift's type
 * (`elevatorType`) decides which items concern it: b) passenger and goods lifts, c) lifts that are
 * not escalators or moving walks, d) and e) escalators and moving walks.
 *
 * [verified: GB45067-text, sector-criteria.md §15]
 *
 * @since 0.2.0
 */
import { Condition as C } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { unqualified, inspectionConcluded, item, missingOrFailed, no, noneOf, ofKind, text, yes } from "./item.ts"

const clause = "4.6"
const lift = ofKind("elevator")
const entry = text("电梯", "lift")
const escalators = C.all(lift, C.oneOf("elevatorType", ["escalator", "moving-walk"]))
const noEscalators = text("登记的特种设备中无自动扶梯、自动人行道", "no escalator or moving walk in the register")
const escalatorEntry = text("自动扶梯(自动人行道)", "escalator (moving walk)")
const stop = (zh: string, en: string) => text(`停止使用电梯，${zh}后方可使用。`, `Stop the lift; ${en} before using it again.`)

/** 4.6 a) "定期检验结论为“不合格”". @since 0.2.0 */
export const elevatorInspection: Rule.Rule<any> = item({
  slug: "elevator-periodic-inspection", clause, letter: "a", subject: lift, none: noneOf("elevator"), entry,
  title: text("电梯定期检验结论为“不合格”", "Lift whose periodic inspection concluded \"unqualified\""),
  message: text("电梯定期检验结论为“不合格”，仍继续使用的", "A lift whose periodic inspection concluded \"unqualified\" is still in use"),
  remediation: stop("整改并经检验合格", "rectify it and have it pass inspection"),
  breach: inspectionConcluded(unqualified)
})

/** 4.6 b) "乘客与载货电梯门锁安全回路被短接". @since 0.2.0 */
export const doorLockCircuitBypassed: Rule.Rule<any> = item({
  slug: "elevator-door-lock-circuit-bypassed", clause, letter: "b",
  subject: C.all(lift, C.oneOf("elevatorType", ["passenger", "freight"])),
  none: text("登记的特种设备中无乘客电梯、载货电梯", "no passenger or goods lift in the register"),
  entry,
  title: text("乘客与载货电梯门锁安全回路被短接", "Door-lock safety circuit of a passenger or goods lift bypassed"),
  message: text("乘客与载货电梯门锁安全回路被短接，仍继续使用的", "A passenger or goods lift whose door-lock safety circuit is bypassed is still in use"),
  remediation: stop("拆除短接线，恢复门锁安全回路", "remove the bypass and restore the door-lock circuit"),
  breach: yes("doorLockCircuitBypassed", "门锁安全回路被短接", "door-lock safety circuit bypassed")
})

/** 4.6 c) "限速器-安全钳联动试验失效". @since 0.2.0 */
export const governorSafetyGear: Rule.Rule<any> = item({
  slug: "elevator-governor-safety-gear", clause, letter: "c",
  subject: C.all(lift, C.oneOf("elevatorType", ["passenger", "freight", "other"])),
  none: text("登记的特种设备中无自动扶梯、自动人行道以外的电梯", "no lift other than escalators and moving walks in the register"),
  entry,
  title: text("电梯限速器-安全钳联动试验失效", "Lift governor and safety gear failing their combined test"),
  message: text("电梯限速器-安全钳联动试验失效，仍继续使用的", "A lift whose overspeed governor and safety gear fail their combined test is still in use"),
  remediation: stop("修复限速器、安全钳并经联动试验合格", "repair the governor and safety gear until they pass the combined test"),
  breach: yes("governorSafetyGearTestFailed", "限速器-安全钳联动试验失效", "governor and safety gear fail their combined test")
})

/** 4.6 d) "自动扶梯、自动人行道紧急停止开关缺失或失效". @since 0.2.0 */
export const escalatorEmergencyStop: Rule.Rule<any> = item({
  slug: "escalator-emergency-stop", clause, letter: "d", subject: escalators, none: noEscalators, entry: escalatorEntry,
  title: text("自动扶梯、自动人行道紧急停止开关缺失或失效", "Escalator or moving-walk emergency stop missing or failed"),
  message: text("自动扶梯、自动人行道紧急停止开关缺失或失效，仍继续使用的", "An escalator or moving walk whose emergency stop switch is missing or has failed is still in use"),
  remediation: stop("装设或修复紧急停止开关", "fit or repair the emergency stop switches"),
  breach: missingOrFailed("emergencyStop", "紧急停止开关", "emergency stop switch")
})

/**
 * 4.6 e) "自动扶梯、自动人行道扶手带外缘与任何障碍物之间距离小于400mm时，未按要求装设防护挡板" —
 * `handrailClearance` is the least such distance; `< 400` (400 mm is not "小于400mm"); the guard
 * plates are read only then.
 *
 * @since 0.2.0
 */
export const handrailGuardPlates: Rule.Rule<any> = item({
  slug: "escalator-handrail-guard-plates", clause, letter: "e", subject: escalators, none: noEscalators, entry: escalatorEntry,
  title: text("自动扶梯、自动人行道扶手带外缘距障碍物小于400mm未装设防护挡板", "Escalator handrail less than 400 mm from an obstacle without guard plates"),
  message: text(
    "自动扶梯、自动人行道扶手带外缘与任何障碍物之间距离小于400mm时，未按要求装设防护挡板，仍继续使用的",
    "An escalator or moving walk whose handrail's outer edge is less than 400 mm from an obstacle has no guard plates fitted as required, and is still in use"
  ),
  remediation: stop("按要求装设防护挡板", "fit guard plates as required"),
  breach: C.when(
    C.lt("handrailClearance", 400),
    no("guardPlatesFitted", "未按要求装设防护挡板", "no guard plates fitted as required")
  )
})

/** The items of 4.6, in order. @since 0.2.0 */
export const elevatorItems: ReadonlyArray<Rule.Rule<any>> = [elevatorInspection, doorLockCircuitBypassed, governorSafetyGear, escalatorEmergencyStop, handrailGuardPlates]
