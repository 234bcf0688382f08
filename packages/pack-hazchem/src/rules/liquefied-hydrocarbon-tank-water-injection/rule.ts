/**
 * 第6项 — 全压力式液化烃储罐未按国家标准设置注水措施 (hazchem-major-hazard-2017 item 6).
 *
 * Each `pressurisedLiquefiedHydrocarbonTanks[]` entry needs `hasWaterInjection: true`. An empty
 * list (no fully pressurised liquefied-hydrocarbon tank) → not applicable.
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { pressurisedTanksFact } from "../../facts/labels.ts"
import { itemRule, sectionFacts } from "../meta.ts"

/** The facts item 6 reads. @since 0.1.0 */
export const LiquefiedHydrocarbonTankWaterInjectionFacts = sectionFacts(["pressurisedLiquefiedHydrocarbonTanks"])

const TANKS = "facts.pressurisedLiquefiedHydrocarbonTanks"

/**
 * 全压力式液化烃储罐注水措施.
 *
 * @since 0.1.0
 */
export const liquefiedHydrocarbonTankWaterInjection: Rule.Rule<typeof LiquefiedHydrocarbonTankWaterInjectionFacts.Type> = itemRule({
  item: 6,
  slug: "liquefied-hydrocarbon-tank-water-injection",
  title: { "zh-CN": "全压力式液化烃储罐按国家标准设置注水措施", en: "Fully pressurised liquefied-hydrocarbon tanks have water injection" },
  message: {
    "zh-CN": "全压力式液化烃储罐未按国家标准设置注水措施",
    en: "A fully pressurised liquefied-hydrocarbon tank has no water injection as the national standard requires"
  },
  remediation: {
    "zh-CN": "按国家标准为全压力式液化烃储罐设置注水措施，并纳入操作规程和应急预案。",
    en: "Provide water injection on fully pressurised liquefied-hydrocarbon tanks as the national standard requires, and include it in the operating procedures and emergency plans."
  },
  schema: LiquefiedHydrocarbonTankWaterInjectionFacts,
  facts: pressurisedTanksFact,
  notApplicableWhen: Condition.eq({ count: TANKS }, 0),
  notApplicableReason: "no fully pressurised liquefied-hydrocarbon tank",
  violationWhen: Condition.some(
    TANKS,
    Condition.because(
      Condition.all(Condition.show("id"), Condition.eq("hasWaterInjection", false)),
      "全压力式液化烃储罐{$entry}未设置注水措施",
      "fully pressurised liquefied-hydrocarbon tank {$entry} has no water injection"
    ),
    { label: "id", heading: false }
  )
})
