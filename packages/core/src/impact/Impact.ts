/**
 * 法规变化影响 — regulatory-change impact: the same records evaluated on two sides (two as-of dates,
 * two configs, two pack versions, or any mix) and compared enterprise by enterprise and rule by rule.
 *
 * A finding here is what a report keeps: a violation (waived or not), an indeterminate or an error.
 * Per enterprise and rule id:
 * - **gained** — a finding after, none before (the rule was not in force, or it was and found nothing);
 * - **lost** — a finding before, none after;
 * - **changed** — a finding on both sides that differs in rule version, severity, outcome or
 *   citation (both shown).
 *
 * Enterprises whose verdict changes are listed with both verdicts; totals count changes per rule,
 * pack and sector, and verdict transitions. Records are compared one at a time ({@link make}), so a
 * stream of any length is compared in bounded memory ({@link compareIterable}, {@link compareStream});
 * {@link compare} keeps everything for small inputs.
 *
 * @example
 * ```ts
 * import { Engine, Impact } from "@anquan/core"
 * import { constructionPack } from "@anquan/pack-construction"
 *
 * const engine = Engine.make({ packs: [constructionPack] })
 * const impact = Impact.compare(records, {
 *   from: { engine, asOf: "2024-12-12" },
 *   to: { engine, asOf: "2024-12-13" }
 * })
 * impact.totals.byRule // { "construction/…": { gained, lost, changed } }
 * ```
 * @since 0.2.0
 */
import { Effect, Stream } from "effect"
import type { Citation } from "../citation/Citation.ts"
import type { Engine, Include, Plan } from "../evaluation/Engine.ts"
import type { Finding } from "../evaluation/Finding.ts"
import type { RecordResult, RejectedRecord, SubjectSummary, Verdict } from "../evaluation/Report.ts"
import type { OutcomeKind } from "../rule/Outcome.ts"
import type { Severity } from "../rule/Rule.ts"

/**
 * One side of the comparison: an engine (its packs and config) and the day the law is taken as of.
 *
 * @since 0.2.0
 */
export interface Side {
  readonly engine: Engine
  readonly asOf: Date | string
  /** A name for the side in reports (default: its as-of date). */
  readonly label?: string
}

/** @since 0.2.0 */
export interface CompareOptions {
  readonly from: Side
  readonly to: Side
}

/**
 * A rule's finding on one side, as the comparison shows it: `outcome: "none"` when the rule found
 * nothing to report there (`inForce` says whether the rule applied to the enterprise at all).
 *
 * @since 0.2.0
 */
export type FindingState =
  | {
    readonly outcome: Exclude<OutcomeKind, "compliant" | "not-applicable">
    readonly ruleVersion: string
    readonly severity: Severity
    readonly citation: Citation
    /** Whether the violation is waived on this side. */
    readonly waived?: boolean
    /** The details' words of a violation, the missing paths of an indeterminate one. */
    readonly details?: Finding["details"]
    readonly missing?: ReadonlyArray<string>
  }
  | { readonly outcome: "none"; readonly inForce: boolean }

/** What differs between a rule's two findings. @since 0.2.0 */
export type ChangedField = "ruleVersion" | "severity" | "outcome" | "citation" | "waived"

/**
 * A change of one rule's finding for one enterprise.
 *
 * @since 0.2.0
 */
export interface FindingChange {
  readonly change: "gained" | "lost" | "changed"
  /** The record's position in the input (0-based). */
  readonly index: number
  readonly creditCode: string
  readonly name: string
  readonly ruleId: string
  readonly pack: string
  readonly before: FindingState
  readonly after: FindingState
  /** For `changed`: what differs (in this order). Empty for gained and lost. */
  readonly fields: ReadonlyArray<ChangedField>
}

/**
 * One record compared. `rejected` on a side when the record does not decode there (a pack's facts
 * may decode under one version and not the other); such a record has no finding changes.
 *
 * @since 0.2.0
 */
export interface RecordImpact {
  readonly index: number
  readonly subject: SubjectSummary | undefined
  readonly before: Verdict | "rejected"
  readonly after: Verdict | "rejected"
  readonly verdictChanged: boolean
  readonly gained: ReadonlyArray<FindingChange>
  readonly lost: ReadonlyArray<FindingChange>
  readonly changed: ReadonlyArray<FindingChange>
  /** The rejections, by side, when the record was rejected on either. */
  readonly rejected?: { readonly before?: RejectedRecord; readonly after?: RejectedRecord }
}

/** Changes counted. @since 0.2.0 */
export interface ChangeCounts {
  readonly gained: number
  readonly lost: number
  readonly changed: number
}

/**
 * The totals of a comparison.
 *
 * @since 0.2.0
 */
export interface ImpactTotals {
  readonly records: number
  /** Records evaluated on both sides. */
  readonly compared: number
  /** Records rejected on either side. */
  readonly rejected: number
  readonly findings: ChangeCounts
  /** Enterprises whose verdict differs. */
  readonly verdictChanges: number
  /** `"before → after"` → enterprises, e.g. `{ "no-violation → major-hazard": 3 }`. */
  readonly verdictTransitions: Readonly<Record<string, number>>
  readonly byRule: Readonly<Record<string, ChangeCounts>>
  readonly byPack: Readonly<Record<string, ChangeCounts>>
  /** By each sector of the enterprise (an enterprise in two sectors counts in both). */
  readonly bySector: Readonly<Record<string, ChangeCounts>>
}

/**
 * A whole comparison kept in memory (see {@link compare}); for large inputs fold
 * {@link compareIterable} into a {@link TotalsBuilder} instead.
 *
 * @since 0.2.0
 */
export interface ImpactReport {
  readonly from: { readonly asOf: string; readonly label: string }
  readonly to: { readonly asOf: string; readonly label: string }
  readonly gained: ReadonlyArray<FindingChange>
  readonly lost: ReadonlyArray<FindingChange>
  readonly changed: ReadonlyArray<FindingChange>
  readonly verdictChanges: ReadonlyArray<{ readonly index: number; readonly creditCode: string; readonly name: string; readonly before: Verdict; readonly after: Verdict }>
  readonly rejected: ReadonlyArray<{ readonly index: number; readonly before?: RejectedRecord; readonly after?: RejectedRecord }>
  readonly totals: ImpactTotals
}

/**
 * A comparer for one pair of sides: `record(input, index)` evaluates a record on both and
 * compares it. The sides' plans are made once.
 *
 * @since 0.2.0
 */
export interface Comparer {
  readonly from: { readonly asOf: string; readonly label: string }
  readonly to: { readonly asOf: string; readonly label: string }
  readonly record: (input: unknown, index: number) => RecordImpact
}

const INCLUDE: Include = "problems"

const stateOf = (f: Finding): FindingState => {
  const base = {
    outcome: f.outcome as Exclude<OutcomeKind, "compliant" | "not-applicable">,
    ruleVersion: f.ruleVersion,
    severity: f.severity,
    citation: f.citation
  }
  return {
    ...base,
    ...(f.waiver === undefined ? {} : { waived: f.waiver.status === "active" }),
    ...(f.details === undefined ? {} : { details: f.details }),
    ...(f.missing === undefined ? {} : { missing: f.missing })
  }
}

const sameCitation = (a: Citation, b: Citation): boolean =>
  a.document === b.document && a.article === b.article && a.item === b.item && a.subitem === b.subitem && a.verified === b.verified

const fieldsChanged = (a: Finding, b: Finding): Array<ChangedField> => {
  const out: Array<ChangedField> = []
  if (a.ruleVersion !== b.ruleVersion) out.push("ruleVersion")
  if (a.severity !== b.severity) out.push("severity")
  if (a.outcome !== b.outcome) out.push("outcome")
  if (!sameCitation(a.citation, b.citation)) out.push("citation")
  if ((a.waiver?.status === "active") !== (b.waiver?.status === "active")) out.push("waived")
  return out
}

const inForce = (plan: Plan, subject: SubjectSummary, ruleId: string): boolean => {
  for (const r of plan.forJurisdiction(subject.jurisdiction).forSectors(subject.sectors)) if (r.rule.id === ruleId) return true
  return false
}

const isoOf = (engine: Engine, asOf: Date | string): string => engine.plan(asOf).asOfIso

/**
 * A {@link Comparer} for two sides.
 *
 * @since 0.2.0
 */
export const make = (options: CompareOptions): Comparer => {
  const { from, to } = options
  const fromIso = isoOf(from.engine, from.asOf), toIso = isoOf(to.engine, to.asOf)
  const fromPlan = from.engine.plan(from.asOf), toPlan = to.engine.plan(to.asOf)
  const record = (input: unknown, index: number): RecordImpact => {
    const b = from.engine.evaluateRecord(input, index, fromPlan, INCLUDE)
    const a = to.engine.evaluateRecord(input, index, toPlan, INCLUDE)
    return compareResults(b, a, fromPlan, toPlan)
  }
  return { from: { asOf: fromIso, label: from.label ?? fromIso }, to: { asOf: toIso, label: to.label ?? toIso }, record }
}

/**
 * Compares one record's two results (evaluated with `include: "problems"`, or `"all"`: compliant
 * and not-applicable findings count as none). The plans say whether a rule without a finding was in
 * force for the enterprise.
 *
 * @since 0.2.0
 */
export const compareResults = (before: RecordResult, after: RecordResult, fromPlan: Plan, toPlan: Plan): RecordImpact => {
  if (before._tag === "rejected" || after._tag === "rejected") {
    const subject = before._tag === "evaluated" ? before.subject : after._tag === "evaluated" ? after.subject : undefined
    return {
      index: before.index,
      subject,
      before: before._tag === "rejected" ? "rejected" : before.verdict,
      after: after._tag === "rejected" ? "rejected" : after.verdict,
      verdictChanged: false,
      gained: [],
      lost: [],
      changed: [],
      rejected: { ...(before._tag === "rejected" ? { before } : {}), ...(after._tag === "rejected" ? { after } : {}) }
    }
  }
  const subject = after.subject
  const reported = (f: Finding) => f.outcome !== "compliant" && f.outcome !== "not-applicable"
  const beforeById = new Map<string, Finding>()
  for (const f of before.findings) if (reported(f)) beforeById.set(f.ruleId, f)
  const gained: Array<FindingChange> = [], lost: Array<FindingChange> = [], changed: Array<FindingChange> = []
  const common = { index: after.index, creditCode: subject.creditCode, name: subject.name }
  const seen = new Set<string>()
  for (const f of after.findings) {
    if (!reported(f)) continue
    seen.add(f.ruleId)
    const b = beforeById.get(f.ruleId)
    if (b === undefined) {
      gained.push({ change: "gained", ...common, ruleId: f.ruleId, pack: f.pack, before: { outcome: "none", inForce: inForce(fromPlan, before.subject, f.ruleId) }, after: stateOf(f), fields: [] })
      continue
    }
    const fields = fieldsChanged(b, f)
    if (fields.length > 0) changed.push({ change: "changed", ...common, ruleId: f.ruleId, pack: f.pack, before: stateOf(b), after: stateOf(f), fields })
  }
  for (const [id, b] of beforeById) {
    if (seen.has(id)) continue
    lost.push({ change: "lost", ...common, ruleId: id, pack: b.pack, before: stateOf(b), after: { outcome: "none", inForce: inForce(toPlan, subject, id) }, fields: [] })
  }
  return { index: after.index, subject, before: before.verdict, after: after.verdict, verdictChanged: before.verdict !== after.verdict, gained, lost, changed }
}

const zero = (): { gained: number; lost: number; changed: number } => ({ gained: 0, lost: 0, changed: 0 })

/**
 * Folds record comparisons into {@link ImpactTotals} in bounded memory (counts only).
 *
 * @since 0.2.0
 */
export class TotalsBuilder {
  private records = 0
  private compared = 0
  private rejected = 0
  private verdictChanges = 0
  private readonly findings = zero()
  private readonly transitions: Record<string, number> = {}
  private readonly byRule = new Map<string, { gained: number; lost: number; changed: number }>()
  private readonly byPack = new Map<string, { gained: number; lost: number; changed: number }>()
  private readonly bySector = new Map<string, { gained: number; lost: number; changed: number }>()

  /** Counts one record's comparison. */
  add(r: RecordImpact): void {
    this.records++
    if (r.rejected !== undefined) {
      this.rejected++
      return
    }
    this.compared++
    if (r.verdictChanged) {
      this.verdictChanges++
      const k = `${r.before} → ${r.after}`
      this.transitions[k] = (this.transitions[k] ?? 0) + 1
    }
    const bump = (map: Map<string, { gained: number; lost: number; changed: number }>, key: string, kind: "gained" | "lost" | "changed") => {
      let c = map.get(key)
      if (c === undefined) map.set(key, (c = zero()))
      c[kind]++
    }
    for (const list of [r.gained, r.lost, r.changed]) {
      for (const c of list) {
        this.findings[c.change]++
        bump(this.byRule, c.ruleId, c.change)
        bump(this.byPack, c.pack, c.change)
        for (const s of r.subject?.sectors ?? []) bump(this.bySector, s, c.change)
      }
    }
  }

  /** The totals so far (maps sorted by key). */
  build(): ImpactTotals {
    const record = (m: Map<string, ChangeCounts>) => Object.fromEntries([...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    return {
      records: this.records,
      compared: this.compared,
      rejected: this.rejected,
      findings: { ...this.findings },
      verdictChanges: this.verdictChanges,
      verdictTransitions: { ...this.transitions },
      byRule: record(this.byRule),
      byPack: record(this.byPack),
      bySector: record(this.bySector)
    }
  }
}

/**
 * Compares one record or an array of records and keeps everything: for inputs that fit in memory.
 *
 * @since 0.2.0
 */
export const compare = (input: unknown, options: CompareOptions): ImpactReport => {
  const comparer = make(options)
  const totals = new TotalsBuilder()
  const gained: Array<FindingChange> = [], lost: Array<FindingChange> = [], changed: Array<FindingChange> = []
  const verdictChanges: Array<ImpactReport["verdictChanges"][number]> = []
  const rejected: Array<ImpactReport["rejected"][number]> = []
  const records = Array.isArray(input) ? input : [input]
  records.forEach((record, index) => {
    const r = comparer.record(record, index)
    totals.add(r)
    gained.push(...r.gained)
    lost.push(...r.lost)
    changed.push(...r.changed)
    if (r.rejected !== undefined) rejected.push({ index, ...r.rejected })
    else if (r.verdictChanged && r.subject !== undefined) {
      verdictChanges.push({ index, creditCode: r.subject.creditCode, name: r.subject.name, before: r.before as Verdict, after: r.after as Verdict })
    }
  })
  return { from: comparer.from, to: comparer.to, gained, lost, changed, verdictChanges, rejected, totals: totals.build() }
}

/**
 * Compares a sync or async iterable lazily, one record at a time: memory stays bounded whatever
 * its length.
 *
 * @since 0.2.0
 */
export async function* compareIterable(source: Iterable<unknown> | AsyncIterable<unknown>, options: CompareOptions): AsyncGenerator<RecordImpact, void, undefined> {
  const comparer = make(options)
  let index = 0
  for await (const record of source) yield comparer.record(record, index++)
}

/**
 * The Effect form of {@link compareIterable}: a stream of record comparisons, in order, pulled as
 * the consumer pulls.
 *
 * @since 0.2.0
 */
export const compareStream = <E, R>(records: Stream.Stream<unknown, E, R>, options: CompareOptions): Stream.Stream<RecordImpact, E, R> =>
  Stream.unwrap(
    Effect.sync(() => {
      const comparer = make(options)
      let index = 0
      return Stream.map(records, (record) => comparer.record(record, index++))
    })
  )

/**
 * Folds a stream into its {@link ImpactTotals} (counts only, bounded memory).
 *
 * @since 0.2.0
 */
export const totalsOfStream = <E, R>(records: Stream.Stream<unknown, E, R>, options: CompareOptions): Effect.Effect<ImpactTotals, E, R> =>
  Effect.gen(function*() {
    const totals = new TotalsBuilder()
    yield* Stream.runForEach(compareStream(records, options), (r) => Effect.sync(() => totals.add(r)))
    return totals.build()
  })
