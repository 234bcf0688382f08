/**
 * 第6项 — 全压力式液化烃储罐未按国家标准设置注水措施 (hazchem-major-hazard-2017 item 6).
 *
 * Each `pressurisedLiquefiedHydrocarbonTanks[]` entry needs `hasWaterInjection: true`. An empty
 * list (no fully pressurised liquefied-hydrocarbon tank) → not applicable.
 *
 * @since 0.1.0
 */
import type { Rule } from "@anquan/core"
import { Assessment, defineItemRule, entryAt, eq, is, label, sectionFacts } from "../support.ts"

/** The facts item 6 reads. @since 0.1.0 */
export const LiquefiedHydrocarbonTankWaterInjectionFacts = sectionFacts(["pressurisedLiquefiedHydrocarbonTanks"])

const TANKS = "facts.pressurisedLiquefiedHydrocarbonTanks"

/**
 * 全压力式液化烃储罐注水措施.
 *
 * @since 0.1.0
 */
export const liquefiedHydrocarbonTankWaterInjection: Rule.Rule<typeof LiquefiedHydrocarbonTankWaterInjectionFacts.Type> = defineItemRule({
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
  facts: LiquefiedHydrocarbonTankWaterInjectionFacts,
  reads: ["facts.pressurisedLiquefiedHydrocarbonTanks[].hasWaterInjection"],
  evaluate: ({ facts }, context) => {
    const a = new Assessment(context)
    const tanks = a.list(TANKS, facts?.pressurisedLiquefiedHydrocarbonTanks)
    for (let i = 0; i < tanks.length && !a.done; i++) {
      const t = tanks[i]!
      if (!a.entry(true, eq(t.hasWaterInjection, false))) continue
      const { path, at } = entryAt(TANKS, i)
      a.check({
        breach: is(at("hasWaterInjection"), t.hasWaterInjection, false),
        context: t.id === undefined ? [] : [{ path: at("id"), value: t.id }],
        zh: `全压力式液化烃储罐${label(t.id, path)}未设置注水措施`,
        en: `fully pressurised liquefied-hydrocarbon tank ${label(t.id, path)} has no water injection`
      })
    }
    return a.outcome("no fully pressurised liquefied-hydrocarbon tank")
  }
})
