/**
 * 撤销候选 — which certificates in force on a day are *candidates* for 撤销 under a configuration of
 * triggers: an accident of the enterprise of a configured grade or with at least a configured number
 * of deaths, or a 重大事故隐患 found at it, since the certificate was approved. It proposes; it never
 * revokes: a revocation stays the explicit `Revoke` step, recorded with its reason.
 *
 * The triggers are configuration, not law. regulations.md §11 says only that certain accidents or a
 * 重大事故隐患 lead to 撤销 — `[memory, medium confidence]`, and which accidents is not said — so every
 * result carries that fact as its basis with `verified: false`, no accident triggers until a rule is
 * configured (those accidents are listed as not assessed), and a major hazard triggers unless
 * `majorHazardRevokes: false` (the §11 sentence, as `@anquan/campaign` reads it).
 *
 * The triggers themselves are `@anquan/campaign`'s `revocationTriggers` (the one function for them),
 * applied to each certificate in force from its approval day to the day.
 *
 * @since 0.2.0
 */
import type { RevocationTrigger } from "@anquan/campaign"
import { revocationTriggers, StandardizationPolicy } from "@anquan/campaign"
import { Accident, CalendarDate, Hazard } from "@anquan/core"
import type { AccidentGrade } from "@anquan/core"
import { Schema } from "effect"
import type { StandardizationBasis } from "./standards.ts"
import { standardizationBasis } from "./standards.ts"
import type { Grade, StandardizationFile } from "./workflow.ts"
import { gradeHeldOn } from "./workflow.ts"

/**
 * 撤销触发条件 — the configured triggers (`@anquan/campaign`'s policy fields): the accident grades
 * that make a certificate a candidate, the deaths from which an accident does, whether a 重大事故隐患
 * does (default `true`), and the local rules they come from (`basis`). None is built in for accidents.
 *
 * @since 0.2.0
 */
export const RevocationTriggers = Schema.Struct({
  revokingAccidentGrades: StandardizationPolicy.fields.revokingAccidentGrades,
  revokingMinDeaths: StandardizationPolicy.fields.revokingMinDeaths,
  majorHazardRevokes: StandardizationPolicy.fields.majorHazardRevokes,
  basis: StandardizationPolicy.fields.basis
}).annotate({ identifier: "RevocationTriggers" })
/** @since 0.2.0 */
export type RevocationTriggers = typeof RevocationTriggers.Type

/**
 * 撤销候选输入 — the triggers and the events they are read from: core `Accident`s (the `accident` of an
 * investigation case of `@anquan/accident`) and core `Hazard`s (as the hazard ledger keeps them).
 *
 * @since 0.2.0
 */
export const RevocationInput = Schema.Struct({
  triggers: RevocationTriggers,
  accidents: Schema.optionalKey(Schema.Array(Accident)),
  hazards: Schema.optionalKey(Schema.Array(Hazard))
}).annotate({ identifier: "RevocationInput", description: "撤销候选输入 — triggers, accidents?, hazards?" })
/** @since 0.2.0 */
export type RevocationInput = typeof RevocationInput.Type
/** @since 0.2.0 */
export type RevocationInputEncoded = typeof RevocationInput.Encoded

/** One trigger met, with its day (`YYYY-MM-DD`). @since 0.2.0 */
export type CandidateTrigger =
  | { readonly kind: "major-hazard"; readonly hazardId: string; readonly on: string }
  | { readonly kind: "accident"; readonly accidentId: string; readonly grade: AccidentGrade; readonly deaths: number; readonly by: ReadonlyArray<"grade" | "deaths">; readonly on: string }

/**
 * 撤销候选 — a certificate in force on the day and the triggers met since its approval.
 *
 * @since 0.2.0
 */
export interface RevocationCandidate {
  readonly enterprise: string
  readonly name: string | null
  readonly jurisdiction: string
  readonly certificate: { readonly grade: Grade; readonly approvedOn: string; readonly validUntil: string; readonly certificateNo: string | null }
  readonly triggers: ReadonlyArray<CandidateTrigger>
}

/**
 * The result of {@link revocationCandidates}: candidates only — nothing is revoked.
 *
 * @since 0.2.0
 */
export interface RevocationCandidates {
  readonly asOf: string
  readonly candidates: ReadonlyArray<RevocationCandidate>
  /** Certificates in force on the day that were looked at. */
  readonly certificatesInForce: number
  /** `false` while neither accident grades nor a deaths threshold is configured. */
  readonly accidentRuleConfigured: boolean
  /** Accidents of certified enterprises in their certificate's period that were not assessed (no accident rule). */
  readonly unassessedAccidents: ReadonlyArray<{ readonly enterprise: string; readonly accidentId: string }>
  /** The configured triggers' `basis`, `null` when none is named. */
  readonly configBasis: string | null
  /** What the regulation facts say about 撤销: §11, `[memory]`, so `verified: false`. */
  readonly basis: StandardizationBasis
  /** Always `"proposed"`: a candidate is revoked only by an explicit `Revoke` step. */
  readonly status: "proposed"
}

/**
 * The regulation fact behind the triggers (regulations.md §11: certain accidents or a 重大事故隐患 lead
 * to 撤销; which ones is not stated), from {@link standardizationBasis}.
 *
 * @since 0.2.0
 */
export const REVOCATION_BASIS: StandardizationBasis = standardizationBasis.find((b) => b.fact.includes("撤销"))!

const fmt = CalendarDate.format

const triggerOf = (t: RevocationTrigger): CandidateTrigger =>
  t.kind === "major-hazard"
    ? { kind: "major-hazard", hazardId: t.hazardId, on: fmt(t.on) }
    : { kind: "accident", accidentId: t.accidentId, grade: t.grade, deaths: t.deaths, by: t.by, on: fmt(t.on) }

/**
 * The certificates in force at the end of `asOf` that meet a configured trigger between their
 * approval day and `asOf` (both counted), by enterprise. Pure; never revokes.
 *
 * @since 0.2.0
 */
export const revocationCandidates = (
  files: ReadonlyArray<StandardizationFile>,
  input: RevocationInput,
  asOf: Date
): RevocationCandidates => {
  const accidents = input.accidents ?? []
  const hazards = input.hazards ?? []
  const candidates: Array<RevocationCandidate> = []
  const unassessed: Array<{ enterprise: string; accidentId: string }> = []
  let inForce = 0
  let accidentRuleConfigured = input.triggers.revokingAccidentGrades !== undefined || input.triggers.revokingMinDeaths !== undefined
  for (const f of [...files].sort((a, b) => (a.enrolment.enterprise < b.enrolment.enterprise ? -1 : a.enrolment.enterprise > b.enrolment.enterprise ? 1 : 0))) {
    const c = gradeHeldOn(f, asOf)
    if (c === undefined) continue
    inForce++
    const enterprise = f.enrolment.enterprise
    const check = revocationTriggers(
      {
        creditCode: enterprise,
        record: { grade: c.grade, approvedOn: c.approvedOn, validUntil: c.validUntil },
        hazards: hazards.filter((h) => h.subject === enterprise),
        accidents: accidents.filter((a) => a.subject === enterprise)
      },
      asOf,
      input.triggers
    )
    accidentRuleConfigured = check.accidentRuleConfigured
    for (const id of check.unassessedAccidents) unassessed.push({ enterprise, accidentId: id })
    if (check.triggers.length === 0) continue
    candidates.push({
      enterprise,
      name: f.enrolment.name ?? null,
      jurisdiction: f.enrolment.jurisdiction,
      certificate: { grade: c.grade, approvedOn: fmt(c.approvedOn), validUntil: fmt(c.validUntil), certificateNo: c.certificateNo ?? null },
      triggers: check.triggers.map(triggerOf)
    })
  }
  return {
    asOf: fmt(asOf),
    candidates,
    certificatesInForce: inForce,
    accidentRuleConfigured,
    unassessedAccidents: unassessed,
    configBasis: input.triggers.basis ?? null,
    basis: REVOCATION_BASIS,
    status: "proposed"
  }
}
