/**
 * 临时用电安全作业票有效期 — GB 30871-2022 (regulations.md §8, "作业票 validity"): normally at most
 * 15 days and never more than 30 days; when the temporary power serves 动火 or 受限空间 work, its
 * period matches that work.
 *
 * In breach when:
 * - the window (or the work) is longer than 30 days (720 h), or the work ran outside the window;
 * - it serves another permit (`servesPermitId`) and its window reaches outside that permit's
 *   window (starts before it or ends after it).
 *
 * The 15-day norm allows exceptions §8 does not list, so a window between 15 and 30 days is not a
 * breach. A `servesPermitId` that names no permit in the list → indeterminate at
 * `facts.specialOperationPermits[id=<id>]`. Permits starting before 2022-10-01 (UTC+8) are out of
 * scope. No 临时用电 permit → not applicable.
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { specialOperationPermitsFact } from "../../facts/labels.ts"
import { permitValidityHours } from "../../facts/specialOperations.ts"
import { PERMITS, permitInBreach, permitRule, permitsOfKind, sectionFacts, validityExceeded, windowHours, windowWords } from "../meta.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PermitTemporaryPowerValidityFacts = sectionFacts(["specialOperationPermits"])

const C = Condition
const power = permitsOfKind("temporary-power")
const MAX_HOURS = permitValidityHours.temporaryPower.absolute

/**
 * The permit the power serves, as another entry of the list: its `id` is the power permit's
 * `servesPermitId`, and it is not a permit serving that id itself (the power permit, above all).
 */
const served = C.all(
  C.eq({ fact: "id", evidence: false }, C.outer("servesPermitId")),
  C.not(C.when(C.present("servesPermitId"), C.eq({ fact: "servesPermitId", evidence: false }, C.outer("servesPermitId")), { guardEvidence: false }))
)
/**
 * The power's window reaches outside the served permit's (starts before it or ends after it); the
 * four ends are the evidence (the power's window is ordered, so comparing its ends only shows them).
 */
const outsideServed = C.all(
  C.any(C.gt("validFrom", C.outer("validFrom")), C.lt("validTo", C.outer("validTo"))),
  C.show("validFrom"),
  C.show("validTo"),
  C.lte(C.outer("validFrom"), C.outer("validTo"))
)
/** For 动火 or 受限空间 work, the power's period is that work's; a served permit not in the list cannot be judged. */
const outsideServedWork = C.when(
  C.present("servesPermitId"),
  C.any(
    C.all(C.none(PERMITS, served), C.unknown(`${PERMITS}[id={servesPermitId}]`)),
    C.some(PERMITS, C.all(served, outsideServed), { heading: false })
  ),
  { guardEvidence: false }
)

/** The power permit is in breach of `what`. */
const breach = (what: Condition.Condition, zh: string, en: string, named?: Readonly<Record<string, Condition.Operand>>) =>
  C.because(what, `临时用电安全作业票{id|$entry}${zh}`, `temporary-power permit {id|$entry}: ${en}`, named)

/**
 * 临时用电安全作业票有效期.
 *
 * @since 0.1.0
 */
export const permitTemporaryPowerValidity: Rule.Rule<typeof PermitTemporaryPowerValidityFacts.Type> = permitRule({
  slug: "permit-temporary-power-validity",
  title: { "zh-CN": "临时用电安全作业票不超过有效期", en: "Temporary-power permits stay within their validity" },
  message: {
    "zh-CN": "临时用电安全作业票超过有效期（最长不超过30d；用于动火、受限空间作业的，与该作业的作业时间一致）",
    en: "A temporary-power permit exceeds its validity (never more than 30 days; for hot work or confined-space work, the period of that work)"
  },
  remediation: {
    "zh-CN": "临时用电作业时间一般不超过15d，最长不超过30d；用于动火、受限空间作业的临时用电时间应与相应作业时间一致；超出的应当重新办理临时用电安全作业票。",
    en: "Keep temporary power to 15 days normally and 30 days at most, and to the period of the hot work or confined-space work it serves; issue a new permit otherwise."
  },
  schema: PermitTemporaryPowerValidityFacts,
  facts: specialOperationPermitsFact,
  notApplicableWhen: C.none(PERMITS, power.inScope, { asOf: power.asOf }),
  notApplicableReason: "no temporary-power permit",
  violationWhen: C.some(
    PERMITS,
    permitInBreach("temporary-power", C.any(
      // longer than 30 days, or the work ran outside the window or longer
      breach(validityExceeded(MAX_HOURS), `超过30d${windowWords.zh}`, `longer than 30 days${windowWords.en}`, { hours: windowHours }),
      breach(outsideServedWork, "超出所服务作业票{servesPermitId}的作业时间", "outside the period of the permit it serves, {servesPermitId}")
    )),
    { asOf: power.asOf, heading: false }
  )
})
