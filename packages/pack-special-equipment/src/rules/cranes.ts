/**
 * 4.7 — 起重机械 (5 items): "起重机械有下列情形之一仍继续使用的，应判定为重大事故隐患". Cranes
 * include the molten-metal cranes of metallurgy, which 令第10号 no longer lists itself.
 *
 * [verified: GB45067-text, sector-criteria.md §15]
 *
 * @since 0.2.0
 */
import { Condition as C } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { unqualified, inspectionConcluded, item, missingOrFailed, noneOf, ofKind, text } from "./item.ts"

const clause = "4.7"
const subject = ofKind("crane")
const none = noneOf("crane")
const entry = text("起重机械", "crane")
const stop = (zh: string, en: string) => text(`停止使用起重机械，${zh}后方可使用。`, `Stop the crane; ${en} before using it again.`)

/** 4.7 a) "未经首次检验". A crane whose rules require none records `not-required`. @since 0.2.0 */
export const craneFirstInspection: Rule.Rule<any> = item({
  slug: "crane-first-inspection", clause, letter: "a", subject, none, entry,
  title: text("起重机械未经首次检验", "Crane without its first inspection"),
  message: text("起重机械未经首次检验，仍继续使用的", "A crane that has not had its first inspection is still in use"),
  remediation: stop("申请首次检验并经检验合格", "have the first inspection done and passed"),
  breach: C.because(C.eq("firstInspection", "not-done"), "未经首次检验", "no first inspection")
})

/**
 * 4.7 b) "定期检验(含首次检验)结论为“不合格”" — `periodicInspection` is the latest periodic
 * inspection's conclusion, the first inspection included.
 *
 * @since 0.2.0
 */
export const craneInspection: Rule.Rule<any> = item({
  slug: "crane-periodic-inspection", clause, letter: "b", subject, none, entry,
  title: text("起重机械定期检验(含首次检验)结论为“不合格”", "Crane whose periodic (or first) inspection concluded \"unqualified\""),
  message: text("起重机械定期检验(含首次检验)结论为“不合格”，仍继续使用的", "A crane whose periodic inspection (first inspection included) concluded \"unqualified\" is still in use"),
  remediation: stop("整改并经检验合格", "rectify it and have it pass inspection"),
  breach: inspectionConcluded(unqualified)
})

/** 4.7 c) "急停开关缺失或失效". @since 0.2.0 */
export const craneEmergencyStop: Rule.Rule<any> = item({
  slug: "crane-emergency-stop", clause, letter: "c", subject, none, entry,
  title: text("起重机械急停开关缺失或失效", "Crane emergency stop missing or failed"),
  message: text("起重机械急停开关缺失或失效，仍继续使用的", "A crane whose emergency stop switch is missing or has failed is still in use"),
  remediation: stop("装设或修复急停开关", "fit or repair the emergency stop switch"),
  breach: missingOrFailed("emergencyStop", "急停开关", "emergency stop switch")
})

/**
 * 4.7 d) "起重量限制器、起重力矩限制器、防坠安全器缺失或失效" — each device where the crane's rules
 * require it; one that need not have it records `not-required`.
 *
 * @since 0.2.0
 */
export const craneLimiters: Rule.Rule<any> = item({
  slug: "crane-limiters-and-fall-arresters", clause, letter: "d", subject, none, entry,
  title: text("起重量限制器、起重力矩限制器、防坠安全器缺失或失效", "Crane load limiter, moment limiter or fall arrester missing or failed"),
  message: text(
    "起重机械起重量限制器、起重力矩限制器、防坠安全器缺失或失效，仍继续使用的",
    "A crane whose load limiter, load-moment limiter or fall arrester is missing or has failed is still in use"
  ),
  remediation: stop("装设或修复起重量限制器、起重力矩限制器、防坠安全器", "fit or repair the limiters and fall arrester"),
  breach: C.any(
    missingOrFailed("loadLimiter", "起重量限制器", "load limiter"),
    missingOrFailed("momentLimiter", "起重力矩限制器", "load-moment limiter"),
    missingOrFailed("fallArrester", "防坠安全器", "fall arrester")
  )
})

/** 4.7 e) "室外工作的轨道式起重机械抗风防滑装置缺失或失效". @since 0.2.0 */
export const craneWindAntiSlip: Rule.Rule<any> = item({
  slug: "crane-wind-anti-slip", clause, letter: "e",
  subject: C.all(subject, C.eq("outdoorRailMounted", true)),
  none: text("登记的特种设备中无室外工作的轨道式起重机械", "no rail-mounted crane working outdoors in the register"),
  entry: text("室外轨道式起重机械", "outdoor rail-mounted crane"),
  title: text("室外工作的轨道式起重机械抗风防滑装置缺失或失效", "Wind-resistant anti-slip devices of an outdoor rail crane missing or failed"),
  message: text(
    "室外工作的轨道式起重机械抗风防滑装置缺失或失效，仍继续使用的",
    "A rail-mounted crane working outdoors whose wind-resistant anti-slip devices are missing or have failed is still in use"
  ),
  remediation: stop("装设或修复抗风防滑装置", "fit or repair the wind-resistant anti-slip devices"),
  breach: missingOrFailed("windAntiSlip", "抗风防滑装置", "wind-resistant anti-slip devices")
})

/** The items of 4.7, in order. @since 0.2.0 */
export const craneItems: ReadonlyArray<Rule.Rule<any>> = [craneFirstInspection, craneInspection, craneEmergencyStop, craneLimiters, craneWindAntiSlip]
