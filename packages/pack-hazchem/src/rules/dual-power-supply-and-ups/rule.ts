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
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { chemicalUnitsFact } from "../../facts/labels.ts"
import { itemRule, sectionFacts } from "../meta.ts"

/** The facts item 14 reads. @since 0.1.0 */
export const DualPowerSupplyAndUpsFacts = sectionFacts(["chemicalUnits"])

const UNITS = "facts.chemicalUnits"

/**
 * 双重电源供电和自动化控制系统不间断电源.
 *
 * @since 0.1.0
 */
export const dualPowerSupplyAndUps: Rule.Rule<typeof DualPowerSupplyAndUpsFacts.Type> = itemRule({
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
  schema: DualPowerSupplyAndUpsFacts,
  facts: chemicalUnitsFact,
  notApplicableWhen: Condition.eq({ count: UNITS }, 0),
  notApplicableReason: "no chemical production unit",
  violationWhen: Condition.some(
    UNITS,
    Condition.because(
      Condition.all(
        Condition.show("id"),
        Condition.any(
          Condition.because(Condition.eq("dualPowerSupply", false), "未设置双重电源供电", "no dual power supply"),
          Condition.because(Condition.eq("automationUps", false), "自动化控制系统未设置不间断电源", "no UPS for the automation system")
        )
      ),
      "化工生产装置{$entry}{$reasons}",
      "chemical unit {$entry}: {$reasons;}"
    ),
    { label: ["name", "id"], heading: false }
  )
})
