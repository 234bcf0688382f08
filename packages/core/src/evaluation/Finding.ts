/**
 * 检查发现 — what one rule found about one enterprise, ready for a report or a hazard ledger.
 *
 * @since 0.1.0
 */
import type { Citation } from "../citation/Citation.ts"
import type { Localized } from "../rule/Localized.ts"
import type { Evidence, OutcomeKind } from "../rule/Outcome.ts"
import type { FindingKind, Severity } from "../rule/Rule.ts"

/**
 * A waiver attached to a violation. `active`: the violation is reported as waived and does not count
 * toward the verdict; `expired`: the waiver ran out before the as-of date and the violation counts.
 *
 * @since 0.1.0
 */
export interface FindingWaiver {
  readonly reason: string
  readonly expires: string
  readonly grantedBy?: string
  readonly layer: string
  readonly status: "active" | "expired"
}

/** @since 0.1.0 */
export interface Finding {
  readonly ruleId: string
  readonly pack: string
  /** The rule version: the first day it is in force. */
  readonly ruleVersion: string
  readonly outcome: OutcomeKind
  /** The severity after config overrides. */
  readonly severity: Severity
  /**
   * What a violation of the rule is; absent means `hazard` (an accident hazard of `severity`). A
   * `reporting` finding is a breach of a reporting duty: not a hazard, not in the verdict, not
   * opened by a hazard ledger. See {@link FindingKind}.
   */
  readonly kind?: FindingKind
  readonly citation: Citation
  readonly title: Localized
  /** The rule's message (violations and waived violations). */
  readonly message?: Localized
  /** What exactly is wrong in this case. */
  readonly details?: Localized
  readonly remediation?: Localized
  readonly evidence?: ReadonlyArray<Evidence>
  /** For `indeterminate`: the fact paths that were missing. */
  readonly missing?: ReadonlyArray<string>
  /** For `not-applicable`: why. */
  readonly reason?: string
  /** For `error`: what the rule threw. */
  readonly error?: string
  readonly waiver?: FindingWaiver
}

/**
 * The bucket a finding counts in: its outcome, except that a violation under an active waiver counts as `waived`.
 *
 * @since 0.1.0
 */
export type CountKey = OutcomeKind | "waived"

/** Every count key, in report order. @since 0.1.0 */
export const countKeys: ReadonlyArray<CountKey> = ["violation", "waived", "indeterminate", "error", "compliant", "not-applicable"]

/** @since 0.1.0 */
export const countKeyOf = (finding: Finding): CountKey =>
  finding.outcome === "violation" && finding.waiver?.status === "active" ? "waived" : finding.outcome

/** A finding's kind: `hazard` when absent. @since 0.1.0 */
export const findingKindOf = (finding: { readonly kind?: FindingKind | undefined }): FindingKind => finding.kind ?? "hazard"

/** Whether a finding counts against the unit: an un-waived violation. @since 0.1.0 */
export const isOpenViolation = (finding: Finding): boolean => countKeyOf(finding) === "violation"
