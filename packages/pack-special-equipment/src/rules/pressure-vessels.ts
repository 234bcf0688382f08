/**
 * 4.3 — 压力容器 (6 items): "压力容器有下列情形之一仍继续使用的，应判定为重大事故隐患". The vessel's
 * type (`vesselType`: fixed, mobile, oxygen chamber) and whether it has a quick-opening door
 * (`quickOpening`) decide which items concern it.
 *
 * [verified: GB45067-text, sector-criteria.md §15]
 *
 * @since 0.2.0
 */
import { Condition as C } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { doesNotMeet, inspectionConcluded, item, missingOrFailed, noneOf, ofKind, text, yes } from "./item.ts"

const clause = "4.3"
const vessel = ofKind("pressure-vessel")
const entry = text("压力容器", "pressure vessel")
const ofType = (types: ReadonlyArray<string>) => C.all(vessel, C.oneOf("vesselType", types))
const stop = (zh: string, en: string) => text(`停止使用压力容器，${zh}后方可使用。`, `Stop using the vessel; ${en} before using it again.`)

/** 4.3 a) "定期检验结论为“不符合要求”". @since 0.2.0 */
export const vesselInspection: Rule.Rule<any> = item({
  slug: "pressure-vessel-periodic-inspection", clause, letter: "a", subject: vessel, none: noneOf("pressure-vessel"), entry,
  title: text("压力容器定期检验结论为“不符合要求”", "Pressure vessel whose periodic inspection concluded \"does not meet requirements\""),
  message: text("压力容器定期检验结论为“不符合要求”，仍继续使用的", "A pressure vessel whose periodic inspection concluded \"does not meet requirements\" is still in use"),
  remediation: stop("整改并经检验合格", "rectify it and have it pass inspection"),
  breach: inspectionConcluded(doesNotMeet)
})

/** 4.3 b) "固定式压力容器改做移动式使用" — a use beyond the scope of use (4.1 d) points here). @since 0.2.0 */
export const fixedVesselAsMobile: Rule.Rule<any> = item({
  slug: "fixed-vessel-used-as-mobile", clause, letter: "b",
  subject: ofType(["fixed"]),
  none: text("登记的特种设备中无固定式压力容器", "no fixed pressure vessel in the register"),
  entry: text("固定式压力容器", "fixed pressure vessel"),
  title: text("固定式压力容器改做移动式使用", "Fixed pressure vessel used as a mobile one"),
  message: text("固定式压力容器改做移动式使用，仍继续使用的", "A fixed pressure vessel converted to mobile use is still in use"),
  remediation: stop("恢复为固定式使用；移动式使用须使用取得许可的移动式压力容器", "return it to fixed use; use a licensed mobile vessel for transport"),
  breach: yes("convertedToMobileUse", "改做移动式使用", "converted to mobile use")
})

/** 4.3 c) "固定式、移动式压力容器的安全阀、爆破片装置、紧急切断装置缺失或失效". @since 0.2.0 */
export const vesselSafetyDevices: Rule.Rule<any> = item({
  slug: "pressure-vessel-safety-devices", clause, letter: "c",
  subject: ofType(["fixed", "mobile"]),
  none: text("登记的特种设备中无固定式、移动式压力容器", "no fixed or mobile pressure vessel in the register"),
  entry,
  title: text("压力容器安全阀、爆破片装置、紧急切断装置缺失或失效", "Vessel safety valve, bursting disc or emergency shut-off missing or failed"),
  message: text(
    "固定式、移动式压力容器的安全阀、爆破片装置、紧急切断装置缺失或失效，仍继续使用的",
    "A fixed or mobile pressure vessel whose safety valve, bursting-disc device or emergency shut-off is missing or has failed is still in use"
  ),
  remediation: stop("装设并校验安全阀、爆破片装置，修复紧急切断装置", "fit calibrated safety valves or bursting discs and repair the emergency shut-off"),
  breach: C.any(
    missingOrFailed("reliefDevice", "安全阀(爆破片装置)", "safety valve (bursting disc)"),
    missingOrFailed("emergencyShutOff", "紧急切断装置", "emergency shut-off")
  )
})

/** 4.3 d) "快开门式压力容器的快开安全保护联锁装置缺失或失效". @since 0.2.0 */
export const quickOpeningInterlock: Rule.Rule<any> = item({
  slug: "quick-opening-interlock", clause, letter: "d",
  subject: C.all(vessel, C.eq("quickOpening", true)),
  none: text("登记的特种设备中无快开门式压力容器", "no quick-opening-door vessel in the register"),
  entry: text("快开门式压力容器", "quick-opening-door vessel"),
  title: text("快开门式压力容器快开安全保护联锁装置缺失或失效", "Quick-opening safety interlock missing or failed"),
  message: text("快开门式压力容器的快开安全保护联锁装置缺失或失效，仍继续使用的", "A quick-opening-door vessel whose quick-opening safety interlock is missing or has failed is still in use"),
  remediation: stop("装设或修复快开安全保护联锁装置", "fit or repair the quick-opening safety interlock"),
  breach: missingOrFailed("quickOpeningInterlock", "快开安全保护联锁装置", "quick-opening safety interlock")
})

const chamber = ofType(["oxygen-chamber"])
const noChamber = text("登记的特种设备中无氧舱", "no oxygen chamber in the register")
const chamberEntry = text("氧舱", "oxygen chamber")

/** 4.3 e) "氧舱的接地装置缺失或失效". @since 0.2.0 */
export const oxygenChamberGrounding: Rule.Rule<any> = item({
  slug: "oxygen-chamber-grounding", clause, letter: "e", subject: chamber, none: noChamber, entry: chamberEntry,
  title: text("氧舱接地装置缺失或失效", "Oxygen-chamber grounding missing or failed"),
  message: text("氧舱的接地装置缺失或失效，仍继续使用的", "An oxygen chamber whose grounding device is missing or has failed is still in use"),
  remediation: stop("装设或修复接地装置", "fit or repair the grounding"),
  breach: missingOrFailed("grounding", "接地装置", "grounding")
})

/**
 * 4.3 f) "氧舱安全保护联锁装置(联锁功能)失效" — the text names only a failure (失效), not a missing
 * device: `failed` is the breach, `missing` is not this item's.
 *
 * @since 0.2.0
 */
export const oxygenChamberInterlock: Rule.Rule<any> = item({
  slug: "oxygen-chamber-interlock", clause, letter: "f", subject: chamber, none: noChamber, entry: chamberEntry,
  title: text("氧舱安全保护联锁装置(联锁功能)失效", "Oxygen-chamber safety interlock failed"),
  message: text("氧舱安全保护联锁装置(联锁功能)失效，仍继续使用的", "An oxygen chamber whose safety interlock (interlock function) has failed is still in use"),
  remediation: stop("修复安全保护联锁装置，恢复联锁功能", "repair the safety interlock and restore its function"),
  breach: C.because(C.eq("oxygenChamberInterlock", "failed"), "安全保护联锁装置(联锁功能)失效", "safety interlock (interlock function) failed")
})

/** The items of 4.3, in order. @since 0.2.0 */
export const pressureVesselItems: ReadonlyArray<Rule.Rule<any>> = [vesselInspection, fixedVesselAsMobile, vesselSafetyDevices, quickOpeningInterlock, oxygenChamberGrounding, oxygenChamberInterlock]
