/**
 * 隐患关联 — a case and the hazard ledger's hazards: a finding names the hazards it concerns by id;
 * a case is opened from ledger hazards (one finding per hazard); a rule finding's penalty articles
 * come from the pack that wrote the rule (`penaltyIndex` over a registry's listing), never typed
 * in.
 *
 * @since 0.2.0
 */
import type { Citation, HazardCitation } from "@anquan/core"
import { CalendarDate } from "@anquan/core"
import type { CaseCommandInput } from "./commands.ts"
import type { CaseFinding } from "./model.ts"

/**
 * The parts of a ledger hazard (`@anquan/hazard-ledger` `HazardFile`) a case reads.
 *
 * @since 0.2.0
 */
export interface LedgerHazard {
  readonly id: string
  readonly subject: string
  readonly description: string
  readonly discoveredOn: Date
  readonly source: {
    readonly kind: string
    readonly ruleId?: string | undefined
    readonly ruleVersion?: string | undefined
    readonly citation?: HazardCitation | undefined
  }
}

/**
 * The penalty articles of a rule version (`ruleVersion` absent: the newest version), from the
 * packs; `undefined` for a rule no pack has.
 *
 * @since 0.2.0
 */
export type PenaltyIndex = (ruleId: string, ruleVersion?: string | undefined) => ReadonlyArray<Citation> | undefined

/**
 * A penalty index over a registry's listing (`Registry.make(packs).listing()` of `@anquan/core`,
 * or `anquan packs --format json`).
 *
 * @since 0.2.0
 */
export const penaltyIndex = (listing: ReadonlyArray<{ readonly id: string; readonly version: string; readonly penalties: ReadonlyArray<Citation> }>): PenaltyIndex => {
  const byId = new Map<string, Array<{ version: string; penalties: ReadonlyArray<Citation> }>>()
  for (const r of listing) byId.set(r.id, [...(byId.get(r.id) ?? []), { version: r.version, penalties: r.penalties }])
  for (const v of byId.values()) v.sort((a, b) => (a.version < b.version ? -1 : a.version > b.version ? 1 : 0))
  return (ruleId, ruleVersion) => {
    const versions = byId.get(ruleId)
    if (versions === undefined) return undefined
    return ruleVersion === undefined ? versions[versions.length - 1]!.penalties : versions.find((v) => v.version === ruleVersion)?.penalties
  }
}

/**
 * The finding for one ledger hazard: its id is the hazard's id, its day the discovery day, its
 * citation the hazard's; a rule finding carries the rule and the penalty articles its pack cites
 * (none when the index does not know the rule).
 *
 * @since 0.2.0
 */
export const findingFromHazard = (hazard: LedgerHazard, penalties?: PenaltyIndex): typeof CaseFinding.Encoded => {
  const s = hazard.source
  const rule = s.kind === "rule-finding" && s.ruleId !== undefined
    ? {
      ruleId: s.ruleId,
      ...(s.ruleVersion === undefined ? {} : { ruleVersion: s.ruleVersion }),
      penalties: [...(penalties?.(s.ruleId, s.ruleVersion) ?? [])].map((c) => ({ ...c }))
    }
    : undefined
  return {
    id: hazard.id,
    on: CalendarDate.format(hazard.discoveredOn),
    description: hazard.description,
    ...(s.citation === undefined ? {} : { citation: { ...s.citation } }),
    hazardIds: [hazard.id],
    ...(rule === undefined ? {} : { rule })
  }
}

/**
 * The commands that open a case from ledger hazards: `OpenCase`, then one `RecordFinding` per
 * hazard (in the order given). Every hazard must be the case's subject's, and found on or after
 * the inspection (the store refuses the rest, path-precise).
 *
 * @since 0.2.0
 */
export const caseFromHazards = (
  open: Extract<CaseCommandInput, { readonly _tag: "OpenCase" }>,
  hazards: ReadonlyArray<LedgerHazard>,
  penalties?: PenaltyIndex
): ReadonlyArray<CaseCommandInput> => [
  open,
  ...hazards.map((h): CaseCommandInput => ({ _tag: "RecordFinding", caseId: open.case.id, finding: findingFromHazard(h, penalties) }))
]
