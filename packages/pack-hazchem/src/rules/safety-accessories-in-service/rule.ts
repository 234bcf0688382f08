/**
 * 第15项 — 安全阀、爆破片等安全附件未正常投用 (hazchem-major-hazard-2017 item 15).
 *
 * Every `safetyAccessories[]` entry needs `inNormalService: true`. An empty list → not applicable.
 *
 * @since 0.1.0
 */
import type { Rule } from "@anquan/core"
import { Assessment, defineItemRule, entryAt, eq, hazchemSafetyLaw, is, label, sectionFacts } from "../support.ts"

/** The facts item 15 reads. @since 0.1.0 */
export const SafetyAccessoriesInServiceFacts = sectionFacts(["safetyAccessories"])

const ACCESSORIES = "facts.safetyAccessories"

const kindZh = { "safety-valve": "安全阀", "rupture-disc": "爆破片", other: "安全附件" } as const

/**
 * 安全附件正常投用.
 *
 * @since 0.1.0
 */
export const safetyAccessoriesInService: Rule.Rule<typeof SafetyAccessoriesInServiceFacts.Type> = defineItemRule({
  item: 15,
  slug: "safety-accessories-in-service",
  title: { "zh-CN": "安全阀、爆破片等安全附件正常投用", en: "Safety valves, rupture discs and other safety accessories are in normal service" },
  message: {
    "zh-CN": "安全阀、爆破片等安全附件未正常投用",
    en: "A safety valve, rupture disc or other safety accessory is not in normal service"
  },
  remediation: {
    "zh-CN": "立即恢复安全阀、爆破片等安全附件的正常投用，失效的予以更换，并按规定校验。",
    en: "Put the accessory back in normal service at once, replace failed ones, and keep them calibrated as required."
  },
  legalBases: [hazchemSafetyLaw(37), hazchemSafetyLaw(38)],
  facts: SafetyAccessoriesInServiceFacts,
  reads: ["facts.safetyAccessories[].kind", "facts.safetyAccessories[].inNormalService"],
  evaluate: ({ facts }, context) => {
    const a = new Assessment(context)
    const accessories = a.list(ACCESSORIES, facts?.safetyAccessories)
    for (let i = 0; i < accessories.length && !a.done; i++) {
      const s = accessories[i]!
      if (!a.entry(true, eq(s.inNormalService, false))) continue
      const { path, at } = entryAt(ACCESSORIES, i)
      a.check({
        breach: is(at("inNormalService"), s.inNormalService, false),
        context: [{ path: at("kind"), value: s.kind }, ...(s.id === undefined ? [] : [{ path: at("id"), value: s.id }])],
        zh: `${kindZh[s.kind]}${label(s.id, path)}未正常投用`,
        en: `${s.kind} ${label(s.id, path)} is not in normal service`
      })
    }
    return a.outcome("no safety accessories")
  }
})
