/**
 * 样例 — a pack's bundled sample file, evaluated: what every pack's `sample.test.ts` starts from. Reads
 * the JSON file, evaluates it with the pack alone as of a day, and reduces each record's kept findings
 * to what a sample is about (rule, outcome, evidence, the zh-CN details).
 *
 * @since 0.2.0
 */
import { readFileSync } from "node:fs"
import { Engine } from "@anquan/core"
import type { EvaluateOptions, Evidence, OutcomeKind, Pack, Report, Severity } from "@anquan/core"
import { expect } from "vitest"

/** A kept finding of a sample record, reduced. @since 0.2.0 */
export interface SampleFinding {
  readonly ruleId: string
  readonly outcome: OutcomeKind
  readonly evidence?: ReadonlyArray<Evidence>
  /** The zh-CN details. */
  readonly details?: string
}

/** A sample file evaluated by one pack. @since 0.2.0 */
export interface Sample {
  /** The file's records, as parsed. */
  readonly records: unknown
  /** The report as of the sample's day (problems only). */
  readonly report: Report
  /** The kept findings of record `index`, reduced. */
  readonly findingsOf: (index: number) => Array<SampleFinding>
  /** The records evaluated again by the pack, as of another day or with other options. */
  readonly evaluate: (options: EvaluateOptions) => Report
  /** Asserts that every kept finding cites `document` with `severity` (a pack's "every finding cites its text"). */
  readonly expectEveryFindingCites: (document: string, severity: Severity) => void
}

/**
 * Evaluates the sample file at `file` (a URL, e.g. `new URL("../sample/x.json", import.meta.url)`) with
 * `pack` alone, as of `asOf`.
 *
 * @example
 * ```ts
 * import { PackTester } from "@anquan/testing"
 * import { cityGasPack } from "./index.ts"
 *
 * const { report, findingsOf, expectEveryFindingCites } = PackTester.sample(cityGasPack, new URL("../sample/city-gas-operators.json", import.meta.url), "2026-11-23")
 * ```
 * @since 0.2.0
 */
export const sample = (pack: Pack.Pack<any>, file: URL, asOf: string): Sample => {
  const records: unknown = JSON.parse(readFileSync(file, "utf8"))
  const engine = Engine.make({ packs: [pack] })
  const report = engine.evaluate(records, { asOf })
  return {
    records,
    report,
    findingsOf: (index) =>
      report.enterprises[index]!.findings.map((f) => ({
        ruleId: f.ruleId,
        outcome: f.outcome,
        ...(f.evidence !== undefined ? { evidence: f.evidence } : {}),
        ...(f.details !== undefined ? { details: f.details["zh-CN"] } : {})
      })),
    evaluate: (options) => engine.evaluate(records, options),
    expectEveryFindingCites: (document, severity) => {
      for (const e of report.enterprises) {
        for (const f of e.findings) {
          expect(f.citation.document, f.ruleId).toBe(document)
          expect(f.severity, f.ruleId).toBe(severity)
        }
      }
    }
  }
}
