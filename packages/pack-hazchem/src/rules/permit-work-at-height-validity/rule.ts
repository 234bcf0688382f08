/**
 * 高处安全作业票有效期 — GB 30871-2022 (regulations.md §8, "作业票 validity"): at most 7 d (168 h).
 *
 * In breach when the window is longer than 7 days, the work ran outside it, or the work itself
 * lasted longer ("exceeds" is strictly more). Permits starting before 2022-10-01 (UTC+8) are out
 * of scope. No 高处 permit → not applicable.
 *
 * @since 0.1.0
 */
import type { Rule } from "@anquan/core"
import { permitValidityHours } from "../../facts/specialOperations.ts"
import { defineFixedValidityRule } from "../permits.ts"
import { sectionFacts } from "../support.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PermitWorkAtHeightValidityFacts = sectionFacts(["specialOperationPermits"])

/**
 * 高处安全作业票有效期.
 *
 * @since 0.1.0
 */
export const permitWorkAtHeightValidity: Rule.Rule<typeof PermitWorkAtHeightValidityFacts.Type> = defineFixedValidityRule({
  slug: "permit-work-at-height-validity",
  title: { "zh-CN": "高处安全作业票不超过有效期", en: "Work-at-height permits stay within their validity" },
  message: {
    "zh-CN": "高处安全作业票超过有效期（不超过7d）",
    en: "A work-at-height permit exceeds its validity of at most 7 days"
  },
  remediation: {
    "zh-CN": "高处作业超过7d的，应当重新办理高处安全作业票。",
    en: "When work at height runs past 7 days, issue a new permit."
  },
  facts: PermitWorkAtHeightValidityFacts,
  kind: "work-at-height",
  maxHours: permitValidityHours.workAtHeight,
  permit: { zh: "高处安全作业票", en: "work-at-height" },
  validity: { zh: "7d", en: "7-day validity" }
})
