/**
 * 高处安全作业票有效期 — GB 30871-2022 (regulations.md §8, "作业票 validity"): at most 7 d (168 h).
 *
 * In breach when the window is longer than 7 days, the work ran outside it, or the work itself
 * lasted longer ("exceeds" is strictly more). Permits starting before 2022-10-01 (UTC+8) are out
 * of scope. No 高处 permit → not applicable.
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { specialOperationPermitsFact } from "../../facts/labels.ts"
import { permitValidityHours } from "../../facts/specialOperations.ts"
import { PERMITS, permitInBreach, permitRule, permitsOfKind, sectionFacts, validityExceeded, windowHours, windowWords } from "../meta.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PermitWorkAtHeightValidityFacts = sectionFacts(["specialOperationPermits"])

const permits = permitsOfKind("work-at-height")

/**
 * 高处安全作业票有效期.
 *
 * @since 0.1.0
 */
export const permitWorkAtHeightValidity: Rule.Rule<typeof PermitWorkAtHeightValidityFacts.Type> = permitRule({
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
  schema: PermitWorkAtHeightValidityFacts,
  facts: specialOperationPermitsFact,
  notApplicableWhen: Condition.none(PERMITS, permits.inScope, { asOf: permits.asOf }),
  notApplicableReason: "no work-at-height permit",
  violationWhen: Condition.some(
    PERMITS,
    Condition.because(
      permitInBreach("work-at-height", validityExceeded(permitValidityHours.workAtHeight)),
      `高处安全作业票{id|$entry}超过有效期7d${windowWords.zh}`,
      `work-at-height permit {id|$entry} exceeds its 7-day validity${windowWords.en}`,
      { hours: windowHours }
    ),
    { asOf: permits.asOf, heading: false }
  )
})
