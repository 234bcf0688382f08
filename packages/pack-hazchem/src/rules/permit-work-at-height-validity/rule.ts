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
import {
  formatHours,
  isUnder2022Standard,
  isValidityExceeded,
  PERMITS,
  permitContext,
  permitLabel,
  under2022Standard,
  validityExceeded
} from "../permits.ts"
import { Assessment, definePermitRule, entryAt, sectionFacts } from "../support.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PermitWorkAtHeightValidityFacts = sectionFacts(["specialOperationPermits"])

const MAX_HOURS = permitValidityHours.workAtHeight

/**
 * 高处安全作业票有效期.
 *
 * @since 0.1.0
 */
export const permitWorkAtHeightValidity: Rule.Rule<typeof PermitWorkAtHeightValidityFacts.Type> = definePermitRule({
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
  reads: [
    "facts.specialOperationPermits[kind=work-at-height].validFrom",
    "facts.specialOperationPermits[kind=work-at-height].validTo",
    "facts.specialOperationPermits[kind=work-at-height].workStartedAt",
    "facts.specialOperationPermits[kind=work-at-height].workEndedAt"
  ],
  evaluate: ({ facts }, context) => {
    const a = new Assessment(context)
    const permits = a.list(PERMITS, facts?.specialOperationPermits)
    for (let i = 0; i < permits.length && !a.done; i++) {
      const p = permits[i]!
      if (p.kind !== "work-at-height") continue
      if (!a.entry(isUnder2022Standard(p), isValidityExceeded(p, MAX_HOURS, MAX_HOURS))) continue
      const { path, at } = entryAt(PERMITS, i)
      const breach = validityExceeded(p, at, { maxHours: MAX_HOURS })
      a.check({
        scope: under2022Standard(p, at),
        breach,
        context: permitContext(p, at),
        zh: `高处安全作业票${permitLabel(p, path)}超过有效期7d${breach.hours === undefined ? "" : `（作业票时段${formatHours(breach.hours)}h）`}`,
        en: `work-at-height permit ${permitLabel(p, path)} exceeds its 7-day validity${breach.hours === undefined ? "" : ` (window ${formatHours(breach.hours)} h)`}`
      })
    }
    return a.outcome("no work-at-height permit")
  }
})
