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
import type { Rule } from "@anquan/core"
import type { SpecialOperationPermit } from "../../facts/specialOperations.ts"
import { permitValidityHours } from "../../facts/specialOperations.ts"
import {
  assessPermits,
  formatHours,
  isUnder2022Standard,
  isValidityExceeded,
  permitContext,
  permitLabel,
  type PermitOf,
  PERMITS,
  under2022Standard,
  validityExceeded
} from "../permits.ts"
import { any, Assessment, definePermitRule, entryAt, known, type Lit, or3, sectionFacts, type Tri, unknown } from "../support.ts"

/** The facts the rule reads. @since 0.1.0 */
export const PermitTemporaryPowerValidityFacts = sectionFacts(["specialOperationPermits"])

type Permit = NonNullable<NonNullable<typeof PermitTemporaryPowerValidityFacts.Type["facts"]>["specialOperationPermits"]>[number]

const MAX_HOURS = permitValidityHours.temporaryPower.absolute

/** "The permit's window lies outside the window of the permit it serves", as a bare value. */
const outsideServedPermit = (p: Extract<Permit, { readonly kind: "temporary-power" }>, all: ReadonlyArray<Permit>): Tri => {
  if (p.servesPermitId === undefined) return false
  let served: Permit | undefined
  for (let j = 0; j < all.length && served === undefined; j++) if (all[j]!.id === p.servesPermitId && all[j] !== p) served = all[j]
  if (served === undefined || p.validFrom === undefined || p.validTo === undefined) return undefined
  if (served.validFrom === undefined || served.validTo === undefined) return undefined
  return p.validFrom.getTime() < served.validFrom.getTime() || p.validTo.getTime() > served.validTo.getTime()
}

/** One temporary-power permit (entry `i` of the list). */
const assessPermit = (a: Assessment, p: PermitOf<"temporary-power">, i: number, permits: ReadonlyArray<SpecialOperationPermit>): void => {
  if (!a.entry(isUnder2022Standard(p), or3(isValidityExceeded(p, MAX_HOURS, MAX_HOURS), outsideServedPermit(p, permits)))) return
  const { path, at } = entryAt(PERMITS, i)
  const cap = validityExceeded(p, at, { maxHours: MAX_HOURS })
  let match: Lit = known(false)
  let servedLabel: string | undefined
  if (p.servesPermitId !== undefined) {
    const j = permits.findIndex((q) => q.id === p.servesPermitId && q !== p)
    const served = j < 0 ? undefined : permits[j]!
    servedLabel = p.servesPermitId
    if (served === undefined) match = unknown([`${PERMITS}[id=${p.servesPermitId}]`])
    else if (p.validFrom === undefined || p.validTo === undefined) {
      match = unknown([...(p.validFrom === undefined ? [at("validFrom")] : []), ...(p.validTo === undefined ? [at("validTo")] : [])])
    } else if (served.validFrom === undefined || served.validTo === undefined) {
      match = unknown([
        ...(served.validFrom === undefined ? [`${PERMITS}[${j}].validFrom`] : []),
        ...(served.validTo === undefined ? [`${PERMITS}[${j}].validTo`] : [])
      ])
    } else {
      match = known(
        p.validFrom.getTime() < served.validFrom.getTime() || p.validTo.getTime() > served.validTo.getTime(),
        [
          { path: at("servesPermitId"), value: p.servesPermitId },
          { path: at("validFrom"), value: p.validFrom },
          { path: at("validTo"), value: p.validTo },
          { path: `${PERMITS}[${j}].validFrom`, value: served.validFrom },
          { path: `${PERMITS}[${j}].validTo`, value: served.validTo }
        ]
      )
    }
  }
  const why = [
    ...(cap.holds === true ? [{ zh: `超过30d${cap.hours === undefined ? "" : `（作业票时段${formatHours(cap.hours)}h）`}`, en: `longer than 30 days${cap.hours === undefined ? "" : ` (window ${formatHours(cap.hours)} h)`}` }] : []),
    ...(match.holds === true ? [{ zh: `超出所服务作业票${servedLabel}的作业时间`, en: `outside the period of the permit it serves, ${servedLabel}` }] : [])
  ]
  a.check({
    scope: under2022Standard(p, at),
    breach: any(cap, match),
    context: permitContext(p, at),
    zh: `临时用电安全作业票${permitLabel(p, path)}${why.map((w) => w.zh).join("，")}`,
    en: `temporary-power permit ${permitLabel(p, path)}: ${why.map((w) => w.en).join("; ")}`
  })
}

/**
 * 临时用电安全作业票有效期.
 *
 * @since 0.1.0
 */
export const permitTemporaryPowerValidity: Rule.Rule<typeof PermitTemporaryPowerValidityFacts.Type> = definePermitRule({
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
  facts: PermitTemporaryPowerValidityFacts,
  reads: [
    "facts.specialOperationPermits[kind=temporary-power].validFrom",
    "facts.specialOperationPermits[kind=temporary-power].validTo",
    "facts.specialOperationPermits[kind=temporary-power].workStartedAt",
    "facts.specialOperationPermits[kind=temporary-power].workEndedAt",
    "facts.specialOperationPermits[kind=temporary-power].servesPermitId",
    "facts.specialOperationPermits[].id",
    "facts.specialOperationPermits[].validFrom",
    "facts.specialOperationPermits[].validTo"
  ],
  evaluate: ({ facts }, context) => assessPermits(context, facts?.specialOperationPermits, "temporary-power", "no temporary-power permit", assessPermit)
})
