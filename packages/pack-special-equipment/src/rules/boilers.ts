/**
 * 4.2 — 锅炉 (7 items): "锅炉有下列情形之一仍继续使用的，应判定为重大事故隐患".
 *
 * [verified: GB45067-text, sector-criteria.md §15]
 *
 * @since 0.2.0
 */
import { Condition as C } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { doesNotMeet, inspectionConcluded, item, missingOrFailed, noneOf, ofKind, text, yes } from "./item.ts"

const clause = "4.2"
const subject = ofKind("boiler")
const none = noneOf("boiler")
const entry = text("锅炉", "boiler")
const stopAndRepair = (zh: string, en: string) => text(`停止使用锅炉，${zh}后方可使用。`, `Stop the boiler; ${en} before using it again.`)

/** 4.2 a) "定期检验结论为“不符合要求”". @since 0.2.0 */
export const boilerInspection: Rule.Rule<any> = item({
  slug: "boiler-periodic-inspection", clause, letter: "a", subject, none, entry,
  title: text("锅炉定期检验结论为“不符合要求”", "Boiler whose periodic inspection concluded \"does not meet requirements\""),
  message: text("锅炉定期检验结论为“不符合要求”，仍继续使用的", "A boiler whose periodic inspection concluded \"does not meet requirements\" is still in use"),
  remediation: stopAndRepair("整改并经检验合格", "rectify it and have it pass inspection"),
  breach: inspectionConcluded(doesNotMeet)
})

/** 4.2 b) "热工仪表失效或控制电(气)源中断，导致无法监视、调整主要运行参数". @since 0.2.0 */
export const boilerBlindOperation: Rule.Rule<any> = item({
  slug: "boiler-cannot-monitor-parameters", clause, letter: "b", subject, none, entry,
  title: text("锅炉无法监视、调整主要运行参数", "Boiler whose main parameters cannot be monitored or adjusted"),
  message: text(
    "锅炉热工仪表失效或控制电(气)源中断，导致无法监视、调整主要运行参数，仍继续使用的",
    "A boiler whose instruments have failed or whose control power (air) is cut, so that its main operating parameters cannot be monitored or adjusted, is still in use"
  ),
  remediation: stopAndRepair("修复热工仪表、恢复控制电(气)源", "repair the instruments and restore the control power (air)"),
  breach: yes("cannotMonitorMainParameters", "热工仪表失效或控制电(气)源中断，导致无法监视、调整主要运行参数", "the main operating parameters cannot be monitored or adjusted")
})

/** 4.2 c) "安全阀(爆破片装置)缺失或失效". @since 0.2.0 */
export const boilerReliefDevice: Rule.Rule<any> = item({
  slug: "boiler-safety-valve", clause, letter: "c", subject, none, entry,
  title: text("锅炉安全阀(爆破片装置)缺失或失效", "Boiler safety valve (bursting disc) missing or failed"),
  message: text("锅炉安全阀(爆破片装置)缺失或失效，仍继续使用的", "A boiler whose safety valve (bursting-disc device) is missing or has failed is still in use"),
  remediation: stopAndRepair("装设并校验安全阀(爆破片装置)", "fit a calibrated safety valve (bursting disc)"),
  breach: missingOrFailed("reliefDevice", "安全阀(爆破片装置)", "safety valve (bursting disc)")
})

/** 4.2 d) "系统报警装置缺失或失效". @since 0.2.0 */
export const boilerAlarms: Rule.Rule<any> = item({
  slug: "boiler-alarm-devices", clause, letter: "d", subject, none, entry,
  title: text("锅炉系统报警装置缺失或失效", "Boiler alarm devices missing or failed"),
  message: text("锅炉系统报警装置缺失或失效，仍继续使用的", "A boiler whose system alarm devices are missing or have failed is still in use"),
  remediation: stopAndRepair("装设或修复系统报警装置", "fit or repair the alarm devices"),
  breach: missingOrFailed("alarmSystem", "系统报警装置", "alarm devices")
})

/** 4.2 e) "联锁保护装置缺失或失效". @since 0.2.0 */
export const boilerInterlocks: Rule.Rule<any> = item({
  slug: "boiler-interlock-protection", clause, letter: "e", subject, none, entry,
  title: text("锅炉联锁保护装置缺失或失效", "Boiler interlock protection missing or failed"),
  message: text("锅炉联锁保护装置缺失或失效，仍继续使用的", "A boiler whose interlock protection devices are missing or have failed is still in use"),
  remediation: stopAndRepair("装设或修复联锁保护装置", "fit or repair the interlock protection"),
  breach: missingOrFailed("interlockProtection", "联锁保护装置", "interlock protection")
})

/** 4.2 f) "熄火保护装置缺失或失效". A boiler that by its rules needs none records `not-required`. @since 0.2.0 */
export const boilerFlameFailure: Rule.Rule<any> = item({
  slug: "boiler-flame-failure-protection", clause, letter: "f", subject, none, entry,
  title: text("锅炉熄火保护装置缺失或失效", "Boiler flame-failure protection missing or failed"),
  message: text("锅炉熄火保护装置缺失或失效，仍继续使用的", "A boiler whose flame-failure protection is missing or has failed is still in use"),
  remediation: stopAndRepair("装设或修复熄火保护装置", "fit or repair the flame-failure protection"),
  breach: missingOrFailed("flameFailureProtection", "熄火保护装置", "flame-failure protection")
})

/**
 * 4.2 g) "电站锅炉主要汽水管道泄漏或锅炉范围内管道破裂" — read as one item about 电站锅炉: both
 * alternatives concern a power-station boiler; the item does not apply to other boilers.
 *
 * @since 0.2.0
 */
export const powerStationBoilerPipes: Rule.Rule<any> = item({
  slug: "power-station-boiler-pipes", clause, letter: "g",
  subject: C.all(ofKind("boiler"), C.eq("powerStationBoiler", true)),
  none: text("登记的特种设备中无电站锅炉", "no power-station boiler in the register"),
  entry: text("电站锅炉", "power-station boiler"),
  title: text("电站锅炉主要汽水管道泄漏或锅炉范围内管道破裂", "Power-station boiler with leaking main pipes or ruptured pipes"),
  message: text(
    "电站锅炉主要汽水管道泄漏或锅炉范围内管道破裂，仍继续使用的",
    "A power-station boiler whose main steam or water pipes leak, or a pipe within whose scope has ruptured, is still in use"
  ),
  remediation: stopAndRepair("修复泄漏的主要汽水管道、更换破裂管道", "repair the leaking main pipes and replace ruptured pipes"),
  breach: C.any(
    yes("mainSteamWaterPipeLeak", "主要汽水管道泄漏", "main steam or water pipes leak"),
    yes("pipeRuptureWithinBoiler", "锅炉范围内管道破裂", "a pipe within the boiler's scope has ruptured")
  )
})

/** The items of 4.2, in order. @since 0.2.0 */
export const boilerItems: ReadonlyArray<Rule.Rule<any>> = [boilerInspection, boilerBlindOperation, boilerReliefDevice, boilerAlarms, boilerInterlocks, boilerFlameFailure, powerStationBoilerPipes]
