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
export const PermitConfinedSpaceValidityFacts = sectionFacts(["specialOperationPermits"])

const MAX_HOURS = permitValidityHours.confinedSpace

/**
 * 受限空间安全作业票有效期.
 *
 * @since 0.1.0
 */
export const permitConfinedSpaceValidity: Rule.Rule<typeof PermitConfinedSpaceValidityFacts.Type> = definePermitRule({
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
  reads: [
    "facts.specialOperationPermits[kind=confined-space].validFrom",
    "facts.specialOperationPermits[kind=confined-space].validTo",
    "facts.specialOperationPermits[kind=confined-space].workStartedAt",
    "facts.specialOperationPermits[kind=confined-space].workEndedAt"
  ],
  evaluate: ({ facts }, context) => {
    const a = new Assessment(context)
    const permits = a.list(PERMITS, facts?.specialOperationPermits)
    for (let i = 0; i < permits.length && !a.done; i++) {
      const p = permits[i]!
      if (p.kind !== "confined-space") continue
      if (!a.entry(isUnder2022Standard(p), isValidityExceeded(p, MAX_HOURS, MAX_HOURS))) continue
      const { path, at } = entryAt(PERMITS, i)
      const breach = validityExceeded(p, at, { maxHours: MAX_HOURS })
      a.check({
        scope: under2022Standard(p, at),
        breach,
        context: permitContext(p, at),
        zh: `受限空间安全作业票${permitLabel(p, path)}超过有效期24h${breach.hours === undefined ? "" : `（作业票时段${formatHours(breach.hours)}h）`}`,
        en: `confined-space permit ${permitLabel(p, path)} exceeds its 24 h validity${breach.hours === undefined ? "" : ` (window ${formatHours(breach.hours)} h)`}`
      })
    }
    return a.outcome("no confined-space permit")
  }
})
