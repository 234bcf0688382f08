/**
 * 作业票规则公用部分 — what the GB 30871-2022 permit rules share: the list they read, whether a
 * permit falls under the 2022 standard, and the validity-window check — each as a statement with
 * its evidence and as a bare value for quick answers. Kit of the permit rules not yet written in the
 * core rule language (`permit-lifting-grade` and `permit-hot-work-upgraded-management` are: see `meta.ts`, `permitsOfKind`, `under2022Standard`).
 *
 * @since 0.1.0
 */
import { isInstantAfterAsOf } from "@anquan/core"
import type { Evidence, Localized, Outcome, Rule } from "@anquan/core"
import type { Schema } from "effect"
import type { HazchemFacts } from "../facts/HazchemFacts.ts"
import type { SpecialOperationPermit } from "../facts/specialOperations.ts"
import { hoursBetween } from "../facts/time.ts"
import { any, Assessment, definePermitRule, entryAt, known, type Lit, or3, type Tri, unknown } from "./support.ts"

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

/**
 * "The permit's validity was exceeded": its window (`validTo − validFrom`) is longer than
 * `maxHours`, or the work ran outside the window (started before `validFrom` or ended after
 * `validTo`), or the work itself lasted longer than `maxHours`. Exactly `maxHours` is within the
 * limit ("≤"). `maxHours` may be unknown (e.g. a 动火 permit without a grade): then the window is
 * compared with the bounds `[lowest, highest]` of the possible limits, and is unknown in between.
 *
 * @since 0.1.0
 */
export const validityExceeded = (
  p: { readonly validFrom?: Date; readonly validTo?: Date; readonly workStartedAt?: Date; readonly workEndedAt?: Date },
  at: (field: string) => string,
  limit: { readonly maxHours: number } | { readonly lowest: number; readonly highest: number; readonly missing: ReadonlyArray<string> }
): Lit & { readonly hours?: number } => {
  const lowest = "maxHours" in limit ? limit.maxHours : limit.lowest
  const highest = "maxHours" in limit ? limit.maxHours : limit.highest
  const longer = (hours: number, evidence: ReadonlyArray<Evidence>): Lit =>
    hours > highest ? known(true, evidence) : hours <= lowest ? known(false, evidence) : unknown("maxHours" in limit ? [] : limit.missing, evidence)

  let window: Lit
  let hours: number | undefined
  if (p.validFrom === undefined || p.validTo === undefined) {
    window = unknown([...(p.validFrom === undefined ? [at("validFrom")] : []), ...(p.validTo === undefined ? [at("validTo")] : [])])
  } else {
    hours = hoursBetween(p.validFrom, p.validTo)
    window = longer(hours, [{ path: at("validFrom"), value: p.validFrom }, { path: at("validTo"), value: p.validTo }])
  }
  const outside = known(
    (p.workStartedAt !== undefined && p.validFrom !== undefined && p.workStartedAt.getTime() < p.validFrom.getTime()) ||
      (p.workEndedAt !== undefined && p.validTo !== undefined && p.workEndedAt.getTime() > p.validTo.getTime()),
    [
      ...(p.workStartedAt === undefined ? [] : [{ path: at("workStartedAt"), value: p.workStartedAt }]),
      ...(p.workEndedAt === undefined ? [] : [{ path: at("workEndedAt"), value: p.workEndedAt }])
    ]
  )
  const work = p.workStartedAt !== undefined && p.workEndedAt !== undefined
    ? longer(hoursBetween(p.workStartedAt, p.workEndedAt), [
      { path: at("workStartedAt"), value: p.workStartedAt },
      { path: at("workEndedAt"), value: p.workEndedAt }
    ])
    : known(false)
  const result = any(window, outside, work)
  return hours === undefined ? result : { ...result, hours }
}

/**
 * {@link validityExceeded} as a bare value, the limit being `maxHours` (`lowest` = `highest`) or
 * lying in `[lowest, highest]`.
 *
 * @since 0.1.0
 */
export const isValidityExceeded = (
  p: { readonly validFrom?: Date; readonly validTo?: Date; readonly workStartedAt?: Date; readonly workEndedAt?: Date },
  lowest: number,
  highest: number
): Tri => {
  const longer = (hours: number): Tri => (hours > highest ? true : hours <= lowest ? false : undefined)
  const window = p.validFrom === undefined || p.validTo === undefined ? undefined : longer(hoursBetween(p.validFrom, p.validTo))
  const outside = (p.workStartedAt !== undefined && p.validFrom !== undefined && p.workStartedAt.getTime() < p.validFrom.getTime()) ||
    (p.workEndedAt !== undefined && p.validTo !== undefined && p.workEndedAt.getTime() > p.validTo.getTime())
  const work = p.workStartedAt !== undefined && p.workEndedAt !== undefined ? longer(hoursBetween(p.workStartedAt, p.workEndedAt)) : false
  return or3(or3(window, outside), work)
}

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

/**
 * A rule whose one check is a fixed validity of the permits of one kind (受限空间 24 h, 高处 7 d): in
 * breach when a permit under the 2022 standard has a window longer than `maxHours`, the work ran
 * outside it, or the work itself lasted longer ("exceeds" is strictly more). No permit of the kind →
 * not applicable.
 *
 * @since 0.1.0
 */
export const defineFixedValidityRule = <F extends { readonly facts: Pick<HazchemFacts, "specialOperationPermits"> | undefined }>(spec: {
  readonly slug: string
  readonly kind: "confined-space" | "work-at-height"
  readonly maxHours: number
  readonly title: Localized
  readonly message: Localized
  readonly remediation: Localized
  readonly facts: Schema.Top & { readonly Type: F }
  /** The permit as the details name it: `受限空间安全作业票` / `confined-space`. */
  readonly permit: { readonly zh: string; readonly en: string }
  /** The validity as the details say it: `24h` / `24 h validity`. */
  readonly validity: { readonly zh: string; readonly en: string }
}): Rule.Rule<F> => {
  const notApplicable = `no ${spec.permit.en} permit`
  const each = (a: Assessment, p: PermitOf<"confined-space" | "work-at-height">, i: number): void => {
    if (!a.entry(isUnder2022Standard(p), isValidityExceeded(p, spec.maxHours, spec.maxHours))) return
    const { path, at } = entryAt(PERMITS, i)
    const breach = validityExceeded(p, at, { maxHours: spec.maxHours })
    a.check({
      scope: under2022Standard(p, at),
      breach,
      context: permitContext(p, at),
      zh: `${spec.permit.zh}${permitLabel(p, path)}超过有效期${spec.validity.zh}${breach.hours === undefined ? "" : `（作业票时段${formatHours(breach.hours)}h）`}`,
      en: `${spec.permit.en} permit ${permitLabel(p, path)} exceeds its ${spec.validity.en}${breach.hours === undefined ? "" : ` (window ${formatHours(breach.hours)} h)`}`
    })
  }
  return definePermitRule<F>({
    slug: spec.slug,
    title: spec.title,
    message: spec.message,
    remediation: spec.remediation,
    facts: spec.facts,
    reads: ["validFrom", "validTo", "workStartedAt", "workEndedAt"].map((f) => `${PERMITS}[kind=${spec.kind}].${f}`),
    evaluate: ({ facts }, context) => assessPermits(context, facts?.specialOperationPermits, spec.kind, notApplicable, each)
  })
}
