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
import type { Rule } from "@anquan/core"
import { Assessment, defineItemRule, entryAt, eq, hazchemSafetyLaw, is, label, sectionFacts } from "../support.ts"

/** The facts item 12 reads. @since 0.1.0 */
export const GasDetectionAndExplosionProofingFacts = sectionFacts(["gasLeakLocations", "explosionHazardAreas"])

const gasZh = { flammable: "可燃", toxic: "有毒", "flammable-and-toxic": "可燃有毒" } as const

const GAS = "facts.gasLeakLocations"
const AREAS = "facts.explosionHazardAreas"

/**
 * 气体检测报警和防爆电气设备.
 *
 * @since 0.1.0
 */
export const gasDetectionAndExplosionProofing: Rule.Rule<typeof GasDetectionAndExplosionProofingFacts.Type> = defineItemRule({
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
  facts: GasDetectionAndExplosionProofingFacts,
  reads: ["facts.gasLeakLocations[].gas", "facts.gasLeakLocations[].hasDetectionAlarm", "facts.explosionHazardAreas[].explosionProofEquipmentCompliant"],
  evaluate: ({ facts }, context) => {
    const a = new Assessment(context)
    const locations = a.list(GAS, facts?.gasLeakLocations)
    for (let i = 0; i < locations.length && !a.done; i++) {
      const g = locations[i]!
      if (!a.entry(true, eq(g.hasDetectionAlarm, false))) continue
      const { path, at } = entryAt(GAS, i)
      a.check({
        breach: is(at("hasDetectionAlarm"), g.hasDetectionAlarm, false),
        context: [
          ...(g.id === undefined ? [] : [{ path: at("id"), value: g.id }]),
          ...(g.gas === undefined ? [] : [{ path: at("gas"), value: g.gas }])
        ],
        zh: `${g.gas === undefined ? "" : gasZh[g.gas]}气体泄漏场所${label(g.id, path)}未设置检测报警装置`,
        en: `gas leak location ${label(g.id, path)} has no detection alarm`
      })
    }
    const areas = a.list(AREAS, facts?.explosionHazardAreas)
    for (let i = 0; i < areas.length && !a.done; i++) {
      const e = areas[i]!
      if (!a.entry(true, eq(e.explosionProofEquipmentCompliant, false))) continue
      const { path, at } = entryAt(AREAS, i)
      a.check({
        breach: is(at("explosionProofEquipmentCompliant"), e.explosionProofEquipmentCompliant, false),
        context: e.id === undefined ? [] : [{ path: at("id"), value: e.id }],
        zh: `爆炸危险场所${label(e.id, path)}未按国家标准安装使用防爆电气设备`,
        en: `explosion-hazard area ${label(e.id, path)} lacks compliant explosion-proof electrical equipment`
      })
    }
    return a.outcome("no gas leak location and no explosion-hazard area")
  }
})
