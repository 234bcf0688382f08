/**
 * 判定结果 — what a rule says about one subject.
 *
 * A rule returns exactly one of four outcomes. The pipeline adds a fifth, `error`, when a rule throws.
 * - `violation`: the facts break the rule; `evidence` names the fact paths and values that show it.
 * - `compliant`: the facts satisfy the rule.
 * - `not-applicable`: the rule does not concern this subject (e.g. a threshold it is below).
 * - `indeterminate`: the facts the rule needs are missing; `missing` names them. Never a silent pass.
 *
 * @since 0.1.0
 */
import type { Localized } from "./Localized.ts"

/**
 * 证据 — a fact path (dotted, relative to the rule subject: `enterprise.employees`,
 * `facts.processes[2].automation`) and the value found there.
 *
 * @since 0.1.0
 */
export interface Evidence {
  readonly path: string
  readonly value: unknown
}

/** @since 0.1.0 */
export interface Violation {
  readonly kind: "violation"
  readonly evidence: ReadonlyArray<Evidence>
  /** What exactly is wrong in this case, beyond the rule's fixed message. */
  readonly details?: Localized
}

/** @since 0.1.0 */
export interface Compliant {
  readonly kind: "compliant"
  readonly evidence: ReadonlyArray<Evidence>
}

/** @since 0.1.0 */
export interface NotApplicable {
  readonly kind: "not-applicable"
  readonly reason?: string
}

/** @since 0.1.0 */
export interface Indeterminate {
  readonly kind: "indeterminate"
  /** The fact paths that were missing. Never empty. */
  readonly missing: ReadonlyArray<string>
}

/** @since 0.1.0 */
export type Outcome = Violation | Compliant | NotApplicable | Indeterminate

/** The outcome kinds of a finding: the four a rule returns, and `error` for a rule that threw. @since 0.1.0 */
export type OutcomeKind = Outcome["kind"] | "error"

/** Every outcome kind, in report order. @since 0.1.0 */
export const outcomeKinds: ReadonlyArray<OutcomeKind> = ["violation", "indeterminate", "error", "compliant", "not-applicable"]

const NO_EVIDENCE: ReadonlyArray<Evidence> = Object.freeze([])

/**
 * @example
 * ```ts
 * import { Outcome } from "@anquan/core"
 * Outcome.violation([{ path: "enterprise.employees", value: 150 }])
 * ```
 * @since 0.1.0
 */
export const violation = (evidence: ReadonlyArray<Evidence>, details?: Localized): Violation =>
  details === undefined ? { kind: "violation", evidence } : { kind: "violation", evidence, details }

/** @since 0.1.0 */
export const compliant = (evidence: ReadonlyArray<Evidence> = NO_EVIDENCE): Compliant => ({ kind: "compliant", evidence })

/** @since 0.1.0 */
export const notApplicable = (reason?: string): NotApplicable =>
  reason === undefined ? { kind: "not-applicable" } : { kind: "not-applicable", reason }

/**
 * Names the missing facts. Throws when given none: an indeterminate outcome must say what is missing.
 *
 * @since 0.1.0
 */
export const indeterminate = (missing: ReadonlyArray<string>): Indeterminate => {
  if (missing.length === 0) throw new TypeError("Outcome.indeterminate needs at least one missing fact path")
  return { kind: "indeterminate", missing }
}

/**
 * Bare outcomes for a rule asked with `explain: false` (see `RuleContext.explain`): one shared,
 * frozen value per kind, so a quick answer allocates nothing. The engine counts a bare `compliant`
 * as it is and asks again, explained, for a bare `violation` or `indeterminate` (whose evidence and
 * missing path are placeholders, never reported).
 *
 * @since 0.1.0
 */
export const quickCompliant: Compliant = Object.freeze({ kind: "compliant", evidence: NO_EVIDENCE })

/** A bare violation for a quick answer (see {@link quickCompliant}). @since 0.1.0 */
export const quickViolation: Violation = Object.freeze({ kind: "violation", evidence: NO_EVIDENCE })

/** A bare indeterminate answer for a quick answer (see {@link quickCompliant}). @since 0.1.0 */
export const quickIndeterminate: Indeterminate = Object.freeze({ kind: "indeterminate", missing: Object.freeze(["(not explained)"]) })

/**
 * A bare not-applicable answer for a quick answer (see {@link quickCompliant}).
 *
 * @since 0.2.0
 */
export const quickNotApplicable: NotApplicable = Object.freeze({ kind: "not-applicable" })

/**
 * Collects the paths of facts that are `undefined`, for the common "all of these are needed" check.
 *
 * @example
 * ```ts
 * import { Outcome } from "@anquan/core"
 * const missing = Outcome.missingFacts({ "enterprise.employees": undefined, "enterprise.sectors": ["gas"] })
 * // ["enterprise.employees"]
 * ```
 * @since 0.1.0
 */
export const missingFacts = (facts: Readonly<Record<string, unknown>>): Array<string> => {
  const missing: Array<string> = []
  for (const path in facts) if (facts[path] === undefined) missing.push(path)
  return missing
}
