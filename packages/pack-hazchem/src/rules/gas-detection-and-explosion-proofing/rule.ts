/**
 * 第12项 — 涉及可燃和有毒有害气体泄漏的场所未按国家标准设置检测报警装置，爆炸危险场所未按国家标准
 * 安装使用防爆电气设备 (hazchem-major-hazard-2017 item 12).
 *
 * Two lists, each an independent half of the item: `gasLeakLocations[]` need
 * `hasDetectionAlarm: true`; `explosionHazardAreas[]` need `explosionProofEquipmentCompliant: true`.
 * Empty lists are known "none"; both empty → not applicable.
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { gasAndExplosionFacts } from "../../facts/labels.ts"
import { hazchemSafetyLaw, itemRule, sectionFacts } from "../meta.ts"

/** The facts item 12 reads. @since 0.1.0 */
export const GasDetectionAndExplosionProofingFacts = sectionFacts(["gasLeakLocations", "explosionHazardAreas"])

const GAS = "facts.gasLeakLocations"
const AREAS = "facts.explosionHazardAreas"

/**
 * 气体检测报警和防爆电气设备.
 *
 * @since 0.1.0
 */
export const gasDetectionAndExplosionProofing: Rule.Rule<typeof GasDetectionAndExplosionProofingFacts.Type> = itemRule({
  item: 12,
  slug: "gas-detection-and-explosion-proofing",
  title: {
    "zh-CN": "可燃有毒气体泄漏场所设置检测报警装置，爆炸危险场所使用防爆电气设备",
    en: "Gas detection alarms where flammable or toxic gas can leak; explosion-proof electrical equipment in explosion-hazard areas"
  },
  message: {
    "zh-CN": "涉及可燃和有毒有害气体泄漏的场所未按国家标准设置检测报警装置，或者爆炸危险场所未按国家标准安装使用防爆电气设备",
    en: "A place where flammable or toxic gas can leak has no gas detection alarm as the national standard requires, or an explosion-hazard area lacks the required explosion-proof electrical equipment"
  },
  remediation: {
    "zh-CN": "按国家标准在可燃、有毒气体可能泄漏的场所设置检测报警装置并保持投用；在爆炸危险场所按区域等级安装使用防爆电气设备。",
    en: "Install gas detection alarms where flammable or toxic gas can leak, as the national standard requires, and keep them in service; install and use explosion-proof electrical equipment rated for each explosion-hazard zone."
  },
  legalBases: [hazchemSafetyLaw(37), hazchemSafetyLaw(38)],
  schema: GasDetectionAndExplosionProofingFacts,
  facts: gasAndExplosionFacts,
  notApplicableWhen: Condition.all(Condition.eq({ count: GAS }, 0), Condition.eq({ count: AREAS }, 0)),
  notApplicableReason: "no gas leak location and no explosion-hazard area",
  violationWhen: Condition.any(
    Condition.some(
      GAS,
      Condition.because(
        Condition.all(Condition.show("id"), Condition.show("gas"), Condition.eq("hasDetectionAlarm", false)),
        "{gas:label}气体泄漏场所{$entry}未设置检测报警装置",
        "gas leak location {$entry} has no detection alarm"
      ),
      { label: "id", heading: false }
    ),
    Condition.some(
      AREAS,
      Condition.because(
        Condition.all(Condition.show("id"), Condition.eq("explosionProofEquipmentCompliant", false)),
        "爆炸危险场所{$entry}未按国家标准安装使用防爆电气设备",
        "explosion-hazard area {$entry} lacks compliant explosion-proof electrical equipment"
      ),
      { label: "id", heading: false }
    )
  )
})
