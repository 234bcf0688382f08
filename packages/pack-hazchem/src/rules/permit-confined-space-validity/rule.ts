/**
 * 受限空间安全作业票有效期 — GB 30871-2022 (regulations.md §8, "作业票 validity"): at most 24 h.
 *
 * In breach when the window is longer than 24 h, the work ran outside it, or the work itself lasted
 * longer than 24 h ("exceeds" is strictly more: exactly 24 h is within). Permits starting before
 * 2022-10-01 (UTC+8) are out of scope. No 受限空间 permit → not applicable.
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { specialOperationPermitsFact } from "../../facts/labels.ts"
import { permitValidityHours } from "../../facts/specialOperations.ts"
import { PERMITS, permitInBreach, permitRule, permitsOfKind, sectionFacts, validityExceeded, windowHours, windowWords } from "../meta.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PermitConfinedSpaceValidityFacts = sectionFacts(["specialOperationPermits"])

const permits = permitsOfKind("confined-space")

/**
 * 受限空间安全作业票有效期.
 *
 * @since 0.1.0
 */
export const permitConfinedSpaceValidity: Rule.Rule<typeof PermitConfinedSpaceValidityFacts.Type> = permitRule({
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
  schema: PermitConfinedSpaceValidityFacts,
  facts: specialOperationPermitsFact,
  notApplicableWhen: Condition.none(PERMITS, permits.inScope, { asOf: permits.asOf }),
  notApplicableReason: "no confined-space permit",
  violationWhen: Condition.some(
    PERMITS,
    Condition.because(
      permitInBreach("confined-space", validityExceeded(permitValidityHours.confinedSpace)),
      `受限空间安全作业票{id|$entry}超过有效期24h${windowWords.zh}`,
      `confined-space permit {id|$entry} exceeds its 24 h validity${windowWords.en}`,
      { hours: windowHours }
    ),
    { asOf: permits.asOf, heading: false }
  )
})
