/**
 * 4.4 — 压力管道 (2 items): "压力管道有下列情形之一仍继续使用的，应判定为重大事故隐患".
 *
 * [verified: GB45067-text, sector-criteria.md §15]
 *
 * @since 0.2.0
 */
import { Condition as C } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { doesNotMeet, inspectionConcluded, item, missingOrFailed, noneOf, ofKind, text } from "./item.ts"

const clause = "4.4"
const subject = ofKind("pressure-piping")
const none = noneOf("pressure-piping")
const entry = text("压力管道", "pressure pipeline")

/** 4.4 a) "定期检验结论为“不符合要求”或“不允许使用”". @since 0.2.0 */
export const pipingInspection: Rule.Rule<any> = item({
  slug: "pressure-piping-periodic-inspection", clause, letter: "a", subject, none, entry,
  title: text("压力管道定期检验结论为“不符合要求”或“不允许使用”", "Pressure piping whose periodic inspection concluded \"does not meet requirements\" or \"not allowed to be used\""),
  message: text(
    "压力管道定期检验结论为“不符合要求”或“不允许使用”，仍继续使用的",
    "Pressure piping whose periodic inspection concluded \"does not meet requirements\" or \"not allowed to be used\" is still in use"
  ),
  remediation: text("停止使用压力管道，整改并经检验合格后方可使用。", "Stop using the pipeline; rectify it and have it pass inspection before using it again."),
  breach: inspectionConcluded({ ...doesNotMeet, "not-allowed": text("不允许使用", "not allowed to be used") })
})

/** 4.4 b) "安全阀、爆破片装置、紧急切断装置缺失或失效". @since 0.2.0 */
export const pipingSafetyDevices: Rule.Rule<any> = item({
  slug: "pressure-piping-safety-devices", clause, letter: "b", subject, none, entry,
  title: text("压力管道安全阀、爆破片装置、紧急切断装置缺失或失效", "Piping safety valve, bursting disc or emergency shut-off missing or failed"),
  message: text(
    "压力管道安全阀、爆破片装置、紧急切断装置缺失或失效，仍继续使用的",
    "Pressure piping whose safety valve, bursting-disc device or emergency shut-off is missing or has failed is still in use"
  ),
  remediation: text("停止使用压力管道，装设并校验安全阀、爆破片装置，修复紧急切断装置后方可使用。", "Stop using the pipeline; fit calibrated relief devices and repair the emergency shut-off before using it again."),
  breach: C.any(
    missingOrFailed("reliefDevice", "安全阀(爆破片装置)", "safety valve (bursting disc)"),
    missingOrFailed("emergencyShutOff", "紧急切断装置", "emergency shut-off")
  )
})

/** The items of 4.4, in order. @since 0.2.0 */
export const pressurePipingItems: ReadonlyArray<Rule.Rule<any>> = [pipingInspection, pipingSafetyDevices]
