/**
 * 作业票规则公用部分 — what the GB 30871-2022 permit rules not yet written in the core rule language
 * (`permit-hot-work-gas-analysis`, `permit-confined-space-gas-detection`) share: the list they read,
 * whether a permit falls under the 2022 standard, and the permits as known on the as-of day — each
 * as a statement with its evidence and as a bare value for quick answers. The other permit rules are
 * conditions (`meta.ts`: `permitsOfKind`, `under2022Standard`, `validityExceeded`).
 *
 * @since 0.1.0
 */
import { isInstantAfterAsOf } from "@anquan/core"
import type { Evidence, Outcome, Rule } from "@anquan/core"
import type { SpecialOperationPermit } from "../facts/specialOperations.ts"
import { Assessment, known, type Lit, type Tri, unknown } from "./support.ts"

/** The list every permit rule reads. @since 0.1.0 */
export const PERMITS = "facts.specialOperationPermits"

/**
 * The instant GB 30871-2022 took effect: 2022-10-01 00:00 Beijing time (UTC+8). Permits that start
 * earlier fall under GB 30871-2014 and are out of scope of the 2022-based rules.
 *
 * @since 0.1.0
 */
export const GB30871_2022_IN_FORCE = new Date("2022-10-01T00:00:00+08:00")

/**
 * "The permit falls under GB 30871-2022": its window (or, without one, its work) starts on or after
 * 2022-10-01 00:00 (UTC+8).
 *
 * @since 0.1.0
 */
export const under2022Standard = (
  p: { readonly validFrom?: Date; readonly workStartedAt?: Date },
  at: (field: string) => string
): Lit => {
  const start = p.validFrom ?? p.workStartedAt
  if (start === undefined) return unknown([at("validFrom")])
  const path = p.validFrom !== undefined ? at("validFrom") : at("workStartedAt")
  return known(start.getTime() >= GB30871_2022_IN_FORCE.getTime(), [{ path, value: start }])
}

/** {@link under2022Standard} as a bare value. @since 0.1.0 */
export const isUnder2022Standard = (p: { readonly validFrom?: Date; readonly workStartedAt?: Date }): Tri => {
  const start = p.validFrom ?? p.workStartedAt
  return start === undefined ? undefined : start.getTime() >= GB30871_2022_IN_FORCE.getTime()
}

/** The permit's own id as evidence, when it has one. @since 0.1.0 */
export const permitContext = (p: { readonly id?: string }, at: (field: string) => string): ReadonlyArray<Evidence> =>
  p.id === undefined ? [] : [{ path: at("id"), value: p.id }]

/** A permit's label in details: its number, else its path. @since 0.1.0 */
export const permitLabel = (p: { readonly id?: string }, path: string): string => p.id ?? path

/** Hours, for details: at most two decimals, no trailing zeros. @since 0.1.0 */
export const formatHours = (h: number): string => String(Math.round(h * 100) / 100)

/** A permit of one kind. @since 0.1.0 */
export type PermitOf<K extends SpecialOperationPermit["kind"]> = Extract<SpecialOperationPermit, { readonly kind: K }>

/** A permit in progress on the as-of day as known that day: no work end yet, no later gas detections. */
const asOfView = (p: SpecialOperationPermit, asOf: Date): SpecialOperationPermit => {
  const { workEndedAt: _, ...known } = p
  if (known.kind === "confined-space" && known.gasDetections !== undefined) {
    return { ...known, gasDetections: known.gasDetections.filter((d) => !isInstantAfterAsOf(d.at, asOf)) }
  }
  return known as SpecialOperationPermit
}

/**
 * The outcome of a permit rule: `each` is called with every permit of `kind` — its index in the
 * whole list, and the list — until a quick assessment is decided. A permit that starts after the
 * as-of day (its `validFrom`, else `workStartedAt`, after the end of that day in Beijing time) had
 * not been issued yet on that day and is skipped (core's `isInstantAfterAsOf`); one of unknown
 * start is judged. Of a permit in progress on that day, what came after it had not happened yet
 * and is not read: a `workEndedAt` after it, and a confined-space permit's gas detections after it
 * (a copy without them is judged, made only then); an unknown list is a missing
 * fact; no permit of the kind in scope → not applicable, for `notApplicable`. `each` states the
 * permit with `a.entry` and, when that asks for it, `a.check`. A module-level `each` costs no
 * allocation per call.
 *
 * @since 0.1.0
 */
export const assessPermits = <K extends SpecialOperationPermit["kind"]>(
  context: Rule.RuleContext,
  permits: ReadonlyArray<SpecialOperationPermit> | undefined,
  kind: K,
  notApplicable: string,
  each: (a: Assessment, p: PermitOf<K>, i: number, permits: ReadonlyArray<SpecialOperationPermit>) => void
): Outcome.Outcome => {
  const a = new Assessment(context)
  const list = a.list(PERMITS, permits)
  for (let i = 0; i < list.length && !a.done; i++) {
    const p = list[i]!
    if (p.kind !== kind || isInstantAfterAsOf(p.validFrom ?? p.workStartedAt, context.asOf)) continue
    each(a, (isInstantAfterAsOf(p.workEndedAt, context.asOf) ? asOfView(p, context.asOf) : p) as PermitOf<K>, i, list)
  }
  return a.outcome(notApplicable)
}
