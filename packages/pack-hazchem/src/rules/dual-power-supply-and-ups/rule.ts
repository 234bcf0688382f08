/**
 * 第14项 — 化工生产装置未按国家标准要求设置双重电源供电，自动化控制系统未设置不间断电源
 * (hazchem-major-hazard-2017 item 14).
 *
 * Every `chemicalUnits[]` entry needs `dualPowerSupply: true` and `automationUps: true`; either
 * `false` is a breach. The item names no in-service condition (unlike item 10), so every listed unit
 * is checked. An empty list → not applicable.
 *
 * @since 0.1.0
 */
import type { Rule } from "@anquan/core"
import { any, Assessment, defineItemRule, entryAt, eq, is, or3, sectionFacts } from "../support.ts"

/** The facts item 14 reads. @since 0.1.0 */
export const DualPowerSupplyAndUpsFacts = sectionFacts(["chemicalUnits"])

const UNITS = "facts.chemicalUnits"

/**
 * 双重电源供电和自动化控制系统不间断电源.
 *
 * @since 0.1.0
 */
export const dualPowerSupplyAndUps: Rule.Rule<typeof DualPowerSupplyAndUpsFacts.Type> = defineItemRule({
  item: 14,
  slug: "dual-power-supply-and-ups",
  title: {
    "zh-CN": "化工生产装置双重电源供电，自动化控制系统设置不间断电源",
    en: "Chemical units have a dual power supply and their automation a UPS"
  },
  message: {
    "zh-CN": "化工生产装置未按国家标准要求设置双重电源供电，或者自动化控制系统未设置不间断电源",
    en: "A chemical production unit has no dual power supply as the national standard requires, or its automation system has no uninterruptible power supply"
  },
  remediation: {
    "zh-CN": "按国家标准为化工生产装置设置双重电源供电，为自动化控制系统配置不间断电源（UPS）并定期测试。",
    en: "Provide a dual power supply to the unit as the national standard requires, and a tested uninterruptible power supply (UPS) to its automation system."
  },
  facts: DualPowerSupplyAndUpsFacts,
  reads: ["facts.chemicalUnits[].dualPowerSupply", "facts.chemicalUnits[].automationUps"],
  evaluate: ({ facts }, context) => {
    const a = new Assessment(context)
    const units = a.list(UNITS, facts?.chemicalUnits)
    for (let i = 0; i < units.length && !a.done; i++) {
      const u = units[i]!
      if (!a.entry(true, or3(eq(u.dualPowerSupply, false), eq(u.automationUps, false)))) continue
      const { path, at } = entryAt(UNITS, i)
      const name = u.name ?? u.id ?? path
      const what = [
        ...(u.dualPowerSupply === false ? [{ zh: "未设置双重电源供电", en: "no dual power supply" }] : []),
        ...(u.automationUps === false ? [{ zh: "自动化控制系统未设置不间断电源", en: "no UPS for the automation system" }] : [])
      ]
      a.check({
        breach: any(is(at("dualPowerSupply"), u.dualPowerSupply, false), is(at("automationUps"), u.automationUps, false)),
        context: u.id === undefined ? [] : [{ path: at("id"), value: u.id }],
        zh: `化工生产装置${name}${what.map((w) => w.zh).join("，")}`,
        en: `chemical unit ${name}: ${what.map((w) => w.en).join("; ")}`
      })
    }
    return a.outcome("no chemical production unit")
  }
})
