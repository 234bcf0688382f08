/**
 * 受限空间安全作业票有效期 — GB 30871-2022 (regulations.md §8, "作业票 validity"): at most 24 h.
 *
 * In breach when the window is longer than 24 h, the work ran outside it, or the work itself lasted
 * longer than 24 h ("exceeds" is strictly more: exactly 24 h is within). Permits starting before
 * 2022-10-01 (UTC+8) are out of scope. No 受限空间 permit → not applicable.
 *
 * @since 0.1.0
 */
import type { Rule } from "@anquan/core"
import { permitValidityHours } from "../../facts/specialOperations.ts"
import { defineFixedValidityRule } from "../permits.ts"
import { sectionFacts } from "../support.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PermitConfinedSpaceValidityFacts = sectionFacts(["specialOperationPermits"])

/**
 * 受限空间安全作业票有效期.
 *
 * @since 0.1.0
 */
export const permitConfinedSpaceValidity: Rule.Rule<typeof PermitConfinedSpaceValidityFacts.Type> = defineFixedValidityRule({
  slug: "permit-confined-space-validity",
  title: { "zh-CN": "受限空间安全作业票不超过有效期", en: "Confined-space permits stay within their validity" },
  message: {
    "zh-CN": "受限空间安全作业票超过有效期（不超过24h）",
    en: "A confined-space permit exceeds its validity of at most 24 h"
  },
  remediation: {
    "zh-CN": "受限空间作业超过24h的，应当重新办理受限空间安全作业票，重新进行气体检测和审批。",
    en: "When confined-space work runs past 24 h, issue a new permit with fresh gas testing and approval."
  },
  facts: PermitConfinedSpaceValidityFacts,
  kind: "confined-space",
  maxHours: permitValidityHours.confinedSpace,
  permit: { zh: "受限空间安全作业票", en: "confined-space" },
  validity: { zh: "24h", en: "24 h validity" }
})
