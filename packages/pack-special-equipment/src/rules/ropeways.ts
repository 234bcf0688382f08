/**
 * 4.8 — 客运索道 (5 items): "客运索道有下列情形之一仍继续使用的，应判定为重大事故隐患".
 *
 * [verified: GB45067-text, sector-criteria.md §15]
 *
 * @since 0.2.0
 */
import { Condition as C } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { unqualified, inspectionConcluded, item, missingOrFailed, no, noneOf, ofKind, text, yes } from "./item.ts"

const clause = "4.8"
const subject = ofKind("passenger-ropeway")
const none = noneOf("passenger-ropeway")
const entry = text("客运索道", "passenger ropeway")
const stop = (zh: string, en: string) => text(`停止运营客运索道，${zh}后方可运营。`, `Stop the ropeway; ${en} before operating it again.`)

/** 4.8 a) "定期检验结论为“不合格”或“复检不合格”". @since 0.2.0 */
export const ropewayInspection: Rule.Rule<any> = item({
  slug: "ropeway-periodic-inspection", clause, letter: "a", subject, none, entry,
  title: text("客运索道定期检验结论为“不合格”或“复检不合格”", "Ropeway whose periodic inspection concluded \"unqualified\" or \"unqualified on re-inspection\""),
  message: text(
    "客运索道定期检验结论为“不合格”或“复检不合格”，仍继续使用的",
    "A passenger ropeway whose periodic inspection concluded \"unqualified\" or \"unqualified on re-inspection\" is still in use"
  ),
  remediation: stop("整改并经检验合格", "rectify it and have it pass inspection"),
  breach: inspectionConcluded({ ...unqualified, "reinspection-fail": text("复检不合格", "unqualified on re-inspection") })
})

/** 4.8 b) "控制室、站台、机房紧急停车开关缺失或失效". @since 0.2.0 */
export const ropewayEmergencyStop: Rule.Rule<any> = item({
  slug: "ropeway-emergency-stop", clause, letter: "b", subject, none, entry,
  title: text("客运索道控制室、站台、机房紧急停车开关缺失或失效", "Ropeway emergency stop switches missing or failed"),
  message: text(
    "客运索道控制室、站台、机房紧急停车开关缺失或失效，仍继续使用的",
    "A passenger ropeway whose emergency stop switches in the control room, stations or machine room are missing or have failed is still in use"
  ),
  remediation: stop("在控制室、站台、机房装设或修复紧急停车开关", "fit or repair the emergency stop switches in the control room, stations and machine room"),
  breach: missingOrFailed("emergencyStop", "控制室、站台、机房紧急停车开关", "emergency stop switches")
})

/**
 * 4.8 c) "吊厢、吊篮、客车门不能锁闭且未停用" — both: a door that cannot lock, and the carrier not
 * withdrawn from service.
 *
 * @since 0.2.0
 */
export const ropewayCarrierDoors: Rule.Rule<any> = item({
  slug: "ropeway-carrier-doors", clause, letter: "c", subject, none, entry,
  title: text("吊厢、吊篮、客车门不能锁闭且未停用", "Cabin, basket or car doors that cannot lock, not withdrawn"),
  message: text("客运索道吊厢、吊篮、客车门不能锁闭且未停用，仍继续使用的", "A ropeway's cabin, basket or car doors cannot be locked and the carriers are not withdrawn, and the ropeway is still in use"),
  remediation: stop("停用门不能锁闭的吊厢、吊篮、客车并修复门锁", "withdraw the carriers whose doors cannot lock and repair them"),
  breach: C.when(
    yes("carrierDoorsCannotLock", "吊厢、吊篮、客车门不能锁闭", "carrier doors cannot be locked"),
    no("unlockableCarriersWithdrawn", "未停用", "not withdrawn")
  )
})

/** 4.8 d) "辅机、备用电源不能启动运行". @since 0.2.0 */
export const ropewayAuxiliaryDrive: Rule.Rule<any> = item({
  slug: "ropeway-auxiliary-drive-and-backup-power", clause, letter: "d", subject, none, entry,
  title: text("客运索道辅机、备用电源不能启动运行", "Ropeway auxiliary drive or backup power cannot start"),
  message: text("客运索道辅机、备用电源不能启动运行，仍继续使用的", "A passenger ropeway whose auxiliary drive or backup power cannot start is still in use"),
  remediation: stop("修复辅机、备用电源并经启动试验", "repair the auxiliary drive and backup power and test them"),
  breach: yes("auxiliaryDriveOrBackupPowerCannotStart", "辅机、备用电源不能启动运行", "auxiliary drive or backup power cannot start")
})

/** 4.8 e) "电气系统安全回路发生故障后采用短接方法继续运营". @since 0.2.0 */
export const ropewaySafetyCircuitBypassed: Rule.Rule<any> = item({
  slug: "ropeway-safety-circuit-bypassed", clause, letter: "e", subject, none, entry,
  title: text("客运索道电气系统安全回路故障后短接继续运营", "Ropeway operated with its safety circuit bypassed after a fault"),
  message: text("客运索道电气系统安全回路发生故障后采用短接方法继续运营，仍继续使用的", "A passenger ropeway is operated on with its electrical safety circuit bypassed after a fault"),
  remediation: stop("拆除短接，排除安全回路故障", "remove the bypass and clear the safety-circuit fault"),
  breach: yes("safetyCircuitBypassedAfterFault", "电气系统安全回路发生故障后采用短接方法继续运营", "safety circuit bypassed after a fault")
})

/** The items of 4.8, in order. @since 0.2.0 */
export const ropewayItems: ReadonlyArray<Rule.Rule<any>> = [ropewayInspection, ropewayEmergencyStop, ropewayCarrierDoors, ropewayAuxiliaryDrive, ropewaySafetyCircuitBypassed]
