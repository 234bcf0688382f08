/**
 * 隐患 → 风险点 — the link from the hazard ledger to the register: a hazard found at a risk point
 * calls for that point's re-assessment (a `hazard-found` trigger referring to the hazard). The
 * ledger is not changed: a hazard refers to a risk point through the fields it already has — its
 * enterprise (`subject`) is the point's, and its `site` or `installation` is the point's `site` /
 * `installation`, or the point's id.
 *
 * @since 0.2.0
 */
import type { RiskPoint } from "./model.ts"

/**
 * What the link reads of a ledger hazard (a `HazardFile` of `@anquan/hazard-ledger` fits).
 *
 * @since 0.2.0
 */
export interface LedgerHazardRef {
  readonly id: string
  readonly subject: string
  readonly site?: string | undefined
  readonly installation?: string | undefined
  readonly discoveredOn: Date
}

/**
 * Whether a ledger hazard refers to a risk point.
 *
 * @since 0.2.0
 */
export const hazardRefersTo = (hazard: LedgerHazardRef, point: RiskPoint): boolean => {
  if (hazard.subject !== point.enterprise) return false
  const places = [hazard.site, hazard.installation].filter((x): x is string => x !== undefined)
  return places.some((place) => place === point.id || place === point.site || place === point.installation)
}

/**
 * Whether the point already has a `hazard-found` trigger for this hazard (flagging is idempotent).
 *
 * @since 0.2.0
 */
export const alreadyFlagged = (hazardId: string, point: RiskPoint): boolean =>
  (point.triggers ?? []).some((t) => t.kind === "hazard-found" && t.ref === hazardId)
