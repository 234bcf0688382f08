/**
 * 第15项 — 安全阀、爆破片等安全附件未正常投用 (hazchem-major-hazard-2017 item 15).
 *
 * Every `safetyAccessories[]` entry needs `inNormalService: true`. An empty list → not applicable.
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { safetyAccessoriesFact } from "../../facts/labels.ts"
import { hazchemSafetyLaw, itemRule, sectionFacts } from "../meta.ts"

/** The facts item 15 reads. @since 0.1.0 */
export const SafetyAccessoriesInServiceFacts = sectionFacts(["safetyAccessories"])

const ACCESSORIES = "facts.safetyAccessories"

/**
 * 安全附件正常投用.
 *
 * @since 0.1.0
 */
export const safetyAccessoriesInService: Rule.Rule<typeof SafetyAccessoriesInServiceFacts.Type> = itemRule({
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
  schema: SafetyAccessoriesInServiceFacts,
  facts: safetyAccessoriesFact,
  notApplicableWhen: Condition.eq({ count: ACCESSORIES }, 0),
  notApplicableReason: "no safety accessories",
  violationWhen: Condition.some(
    ACCESSORIES,
    Condition.because(Condition.all(Condition.show("kind"), Condition.show("id"), Condition.eq("inNormalService", false)), "{kind:label}{$entry}未正常投用", "{kind} {$entry} is not in normal service"),
    { label: "id", heading: false }
  )
})
