/**
 * 检查报告 — the result of an evaluation: counts by outcome, severity, pack and sector, a verdict per
 * enterprise, every rejected record with its decode errors, and the config that is laxer than national law.
 *
 * @since 0.1.0
 */
import type { LaxerThanNational } from "../config/EvaluationConfig.ts"
import type { Localized } from "../rule/Localized.ts"
import type { Severity } from "../rule/Rule.ts"
import type { CountKey, Finding } from "./Finding.ts"
import { countKeyOf, countKeys } from "./Finding.ts"

/**
 * 判定结论 — the verdict for one enterprise, from its un-waived hazard violations (a `reporting`
 * finding, a breach of a reporting duty, is not a hazard and does not count here):
 * any `major` ⇒ `major-hazard` (存在重大事故隐患); else any `general` ⇒ `general-hazard`;
 * else any `advisory` ⇒ `advisory`; else `no-violation`. `complete` on the result says whether
 * every rule could decide (no indeterminate and no error finding).
 *
 * @since 0.1.0
 */
export type Verdict = "major-hazard" | "general-hazard" | "advisory" | "no-violation"

/** @since 0.1.0 */
export const verdicts: ReadonlyArray<Verdict> = ["major-hazard", "general-hazard", "advisory", "no-violation"]

/** @since 0.1.0 */
export const verdictLabels: Readonly<Record<Verdict, Localized>> = {
  "major-hazard": { "zh-CN": "存在重大事故隐患", en: "Major accident hazard" },
  "general-hazard": { "zh-CN": "存在一般事故隐患", en: "General accident hazard" },
  "advisory": { "zh-CN": "存在提示事项", en: "Advisories only" },
  "no-violation": { "zh-CN": "未发现违规", en: "No violation found" }
}

/** Counts per count key. @since 0.1.0 */
export type Counts = Record<CountKey, number>

/** @since 0.1.0 */
export const emptyCounts = (): Counts => ({ violation: 0, waived: 0, indeterminate: 0, error: 0, compliant: 0, "not-applicable": 0 })

/** @since 0.1.0 */
export interface SubjectSummary {
  readonly creditCode: string
  readonly name: string
  readonly jurisdiction: string
  readonly sectors: ReadonlyArray<string>
}

/**
 * One enterprise, evaluated.
 *
 * @since 0.1.0
 */
export interface EvaluatedRecord {
  readonly _tag: "evaluated"
  /** The record's position in the input (0-based). */
  readonly index: number
  readonly subject: SubjectSummary
  readonly verdict: Verdict
  /** `false` when a rule could not decide (indeterminate) or failed (error). */
  readonly complete: boolean
  readonly counts: Counts
  /** The same counts per pack (only packs with a rule that applied). */
  readonly countsByPack: Readonly<Record<string, Counts>>
  /** The findings kept (by default every finding that is not compliant or not-applicable). */
  readonly findings: ReadonlyArray<Finding>
  /**
   * What the config layers that applied to this enterprise (by its jurisdiction) make laxer than
   * national law, for the rules in force; absent when nothing.
   */
  readonly laxerThanNational?: ReadonlyArray<LaxerThanNational>
}

export type { DecodeIssue } from "../decode-issues/DecodeIssues.ts"
import type { DecodeIssue } from "../decode-issues/DecodeIssues.ts"

/**
 * A record that could not be decoded. It is reported, never dropped: the others are still evaluated.
 *
 * @since 0.1.0
 */
export interface RejectedRecord {
  readonly _tag: "rejected"
  readonly index: number
  /** The record's `creditCode` when it had a string there, to find it in the source. */
  readonly id: string | undefined
  readonly issues: ReadonlyArray<DecodeIssue>
}

/** @since 0.1.0 */
export type RecordResult = EvaluatedRecord | RejectedRecord

/** @since 0.1.0 */
export interface Report {
  readonly asOf: string
  readonly packs: ReadonlyArray<{ readonly id: string; readonly version: string }>
  readonly totals: {
    readonly records: number
    readonly evaluated: number
    readonly rejected: number
    /** Rule applications: one per rule per evaluated enterprise. */
    readonly findings: number
  }
  readonly byOutcome: Counts
  /** Un-waived violations per severity, of every finding kind (the verdicts count hazards only). */
  readonly bySeverity: Readonly<Record<Severity, number>>
  readonly byPack: Readonly<Record<string, Counts>>
  /** Per sector of the evaluated enterprises (an enterprise in two sectors counts in both). */
  readonly bySector: Readonly<Record<string, Counts>>
  readonly verdicts: Readonly<Record<Verdict, number>>
  /** Every evaluated enterprise, in input order (empty when the report was built without retaining them). */
  readonly enterprises: ReadonlyArray<EvaluatedRecord>
  readonly rejected: ReadonlyArray<RejectedRecord>
  /**
   * Config that is laxer than the national floor, for the rules in force on the as-of date: only
   * what a layer that applied to an evaluated enterprise did (each item once).
   */
  readonly laxerThanNational: ReadonlyArray<LaxerThanNational>
}

/** @since 0.1.0 */
export interface ReportBuilderOptions {
  readonly asOf: string
  readonly packs: ReadonlyArray<{ readonly id: string; readonly version: string }>
  /**
   * Items to report whatever the records. The report lists these and every item of the evaluated
   * records' `laxerThanNational`, each once.
   */
  readonly laxerThanNational?: ReadonlyArray<LaxerThanNational>
  readonly retainEnterprises: boolean
  /**
   * How many rejected records to keep (the first ones, in input order); default all. `totals.rejected`
   * counts every one, so `totals.rejected - rejected.length` is how many were not kept.
   *
   * @since 0.1.0
   */
  readonly retainRejected?: number | undefined
}

/**
 * Folds record results into a report without holding more than it is asked to: with
 * `retainEnterprises: false` it keeps counts and rejected records only, and with `retainRejected`
 * only the first rejected records, so a stream of any length is summarised in bounded memory.
 *
 * @since 0.1.0
 */
export class ReportBuilder {
  private records = 0
  private evaluated = 0
  private findings = 0
  private rejectedCount = 0
  private readonly byOutcome = emptyCounts()
  private readonly bySeverity: Record<Severity, number> = { major: 0, general: 0, advisory: 0 }
  private readonly byPack: Record<string, Counts> = {}
  private readonly bySector: Record<string, Counts> = {}
  private readonly verdicts: Record<Verdict, number> = { "major-hazard": 0, "general-hazard": 0, advisory: 0, "no-violation": 0 }
  private readonly enterprises: Array<EvaluatedRecord> = []
  private readonly rejected: Array<RejectedRecord> = []
  private readonly lax: Array<LaxerThanNational> = []
  private readonly laxKeys = new Set<string>()
  // the records of one config scope share one array: each is merged once
  private readonly laxSeen = new Set<ReadonlyArray<LaxerThanNational>>()

  private readonly options: ReportBuilderOptions

  constructor(options: ReportBuilderOptions) {
    this.options = options
    for (const p of options.packs) this.byPack[p.id] = emptyCounts()
    if (options.laxerThanNational !== undefined) this.addLax(options.laxerThanNational)
  }

  private addLax(items: ReadonlyArray<LaxerThanNational>): void {
    this.laxSeen.add(items)
    for (const item of items) {
      const key = JSON.stringify(item)
      if (this.laxKeys.has(key)) continue
      this.laxKeys.add(key)
      this.lax.push(item)
    }
  }

  /** Adds one record's result. Counts cover every finding, including those the record did not keep. */
  add(result: RecordResult): void {
    this.records++
    if (result._tag === "rejected") {
      if (this.rejectedCount++ < (this.options.retainRejected ?? Infinity)) this.rejected.push(result)
      return
    }
    this.evaluated++
    this.verdicts[result.verdict]++
    if (result.laxerThanNational !== undefined && !this.laxSeen.has(result.laxerThanNational)) this.addLax(result.laxerThanNational)
    const sectorCounts: Array<Counts> = []
    for (const s of result.subject.sectors) sectorCounts.push(this.bySector[s] ??= emptyCounts())
    for (const key of countKeys) {
      const n = result.counts[key]
      if (n === 0) continue
      this.byOutcome[key] += n
      this.findings += n
      for (const c of sectorCounts) c[key] += n
    }
    for (const pack in result.countsByPack) {
      const from = result.countsByPack[pack]!
      const into = (this.byPack[pack] ??= emptyCounts())
      for (const key of countKeys) into[key] += from[key]
    }
    for (const f of result.findings) if (countKeyOf(f) === "violation") this.bySeverity[f.severity]++
    if (this.options.retainEnterprises) this.enterprises.push(result)
  }

  build(): Report {
    return {
      asOf: this.options.asOf,
      packs: this.options.packs,
      totals: { records: this.records, evaluated: this.evaluated, rejected: this.rejectedCount, findings: this.findings },
      byOutcome: { ...this.byOutcome },
      bySeverity: { ...this.bySeverity },
      byPack: structuredClone(this.byPack),
      bySector: structuredClone(this.bySector),
      verdicts: { ...this.verdicts },
      enterprises: [...this.enterprises],
      rejected: [...this.rejected],
      laxerThanNational: [...this.lax]
    }
  }
}
