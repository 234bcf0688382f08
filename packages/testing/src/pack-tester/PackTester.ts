/**
 * 规则测试器 — a pack tester in the spirit of ESLint's `RuleTester`: for one rule, lists of cases
 * (input facts, as-of date, config) with the outcome each must produce, run as vitest tests through
 * the real pipeline (decode → select → evaluate), so a case tests exactly what a user would get.
 *
 * @example
 * ```ts
 * import { fixtures, PackTester } from "@anquan/testing"
 * import { workSafetyLaw } from "@anquan/pack-work-safety-law"
 *
 * PackTester.make(workSafetyLaw).run("work-safety-law/safety-management-staffing", {
 *   violation: [{ name: "150 staff, part-time only", asOf: "2023-06-01",
 *     enterprise: fixtures.enterprise({ employees: 150, keyPeople: [fixtures.safetyOfficer("part-time")] }),
 *     evidence: [{ path: "enterprise.employees", value: 150 }] }],
 *   compliant: [...],
 *   indeterminate: [{ asOf: "2023-06-01", enterprise: fixtures.enterprise({ employees: undefined }), missing: ["enterprise.employees"] }]
 * })
 * ```
 * @since 0.1.0
 */
import { Engine, Pack } from "@anquan/core"
import type { ConfigLayers, Enterprise, Evidence, Finding, Localized, OutcomeKind, RecordResult } from "@anquan/core"
import { describe, expect, it } from "vitest"

export { coverage, coveredProvisions, expectedProvisions } from "./coverage.ts"
export type { CoverageSpec } from "./coverage.ts"
export { referencePage } from "./reference.ts"
export { sample } from "./sample.ts"
export type { Sample, SampleFinding } from "./sample.ts"

/** @since 0.1.0 */
export interface RuleCase {
  /** Shown as the test name; defaults to the outcome and as-of date. */
  readonly name?: string
  /** One input record as it would arrive (dates as `YYYY-MM-DD`); see `fixtures.enterprise`. */
  readonly enterprise: unknown
  readonly asOf: string
  /** Config layers for this case (parameters, severities, waivers). */
  readonly config?: typeof ConfigLayers.Encoded
  /** The rule version expected to be selected (its first day in force, `YYYY-MM-DD`). */
  readonly version?: string
}

/** @since 0.1.0 */
export interface ViolationCase extends RuleCase {
  /** Evidence entries that must be present (path equal, value deep-equal); others may be too. */
  readonly evidence?: ReadonlyArray<Evidence>
  /** Substrings the case's details must contain, per locale. */
  readonly details?: Partial<Localized>
  /** `active` when the case expects a waiver to apply, `expired` when one ran out. */
  readonly waiver?: "active" | "expired"
  /** The expected severity after config. */
  readonly severity?: "major" | "general" | "advisory"
}

/** @since 0.1.0 */
export interface IndeterminateCase extends RuleCase {
  /** Exactly the fact paths expected to be reported missing (order ignored). */
  readonly missing: ReadonlyArray<string>
}

/** @since 0.1.0 */
export interface RuleCases {
  readonly violation?: ReadonlyArray<ViolationCase>
  readonly compliant?: ReadonlyArray<RuleCase>
  readonly notApplicable?: ReadonlyArray<RuleCase>
  readonly indeterminate?: ReadonlyArray<IndeterminateCase>
  /** Cases where the rule must not run at all: not in force on the date, another sector, disabled. */
  readonly notSelected?: ReadonlyArray<RuleCase>
  /** Cases where the rule throws or returns garbage and must become an `error` finding. */
  readonly error?: ReadonlyArray<RuleCase>
}

/** @since 0.1.0 */
export interface PackTesterOptions {
  /** Other packs to register alongside (e.g. a pack whose documents this one cites). */
  readonly with?: ReadonlyArray<Pack.Pack<any>>
  /**
   * Outcome kinds every rule must have at least one case of. Default: violation, compliant and
   * indeterminate — a rule without them is not tested.
   */
  readonly require?: ReadonlyArray<"violation" | "compliant" | "indeterminate" | "notApplicable">
}

/**
 * What running one case gave: the rule's finding, or why there was none.
 *
 * @since 0.1.0
 */
export type CaseResult =
  | { readonly _tag: "finding"; readonly finding: Finding }
  | { readonly _tag: "not-selected" }
  | { readonly _tag: "rejected"; readonly result: Extract<RecordResult, { _tag: "rejected" }> }

/** @since 0.1.0 */
export interface PackTester {
  /** Runs one case without vitest and returns what the rule produced. */
  readonly runCase: (ruleId: string, c: RuleCase) => CaseResult
  /** Declares a vitest `describe` block for the rule with one `it` per case. */
  readonly run: (ruleId: string, cases: RuleCases) => void
}

const kindOf: Record<string, OutcomeKind> = {
  violation: "violation",
  compliant: "compliant",
  notApplicable: "not-applicable",
  indeterminate: "indeterminate",
  error: "error"
}

const describeResult = (r: CaseResult): string => {
  switch (r._tag) {
    case "not-selected":
      return "the rule was not selected (not in force on the as-of date, another sector, or disabled)"
    case "rejected":
      return "the record was rejected by decoding:\n" +
        r.result.issues.map((i) => `  ${i.message} at ${JSON.stringify(i.path)}`).join("\n")
    case "finding":
      return `outcome "${r.finding.outcome}"` +
        (r.finding.missing ? ` missing ${JSON.stringify(r.finding.missing)}` : "") +
        (r.finding.error ? ` error ${r.finding.error}` : "") +
        (r.finding.evidence ? ` evidence ${JSON.stringify(r.finding.evidence)}` : "")
  }
}

/**
 * Makes a tester for one pack. Every rule of the pack written in the rule language is validated and
 * compiled at once (`Pack.validate`: a bad rule throws its `ConditionRuleError` here, not on its
 * first evaluation), and the pack is registered (and so validated) once per config.
 *
 * @since 0.1.0
 */
export const make = (pack: Pack.Pack<any>, options: PackTesterOptions = {}): PackTester => {
  Pack.validate(pack)
  const packs = [pack, ...(options.with ?? [])]
  const engines = new Map<string, Engine.Engine>()
  const engineFor = (config: RuleCase["config"]): Engine.Engine => {
    const key = config === undefined ? "" : JSON.stringify(config)
    let engine = engines.get(key)
    if (engine === undefined) {
      engine = Engine.make(config === undefined ? { packs } : { packs, config })
      engines.set(key, engine)
    }
    return engine
  }

  const runCase = (ruleId: string, c: RuleCase): CaseResult => {
    const engine = engineFor(c.config)
    const result = engine.evaluateRecord(c.enterprise, 0, engine.plan(c.asOf), "all")
    if (result._tag === "rejected") return { _tag: "rejected", result }
    const finding = result.findings.find((f) => f.ruleId === ruleId)
    return finding === undefined ? { _tag: "not-selected" } : { _tag: "finding", finding }
  }

  /**
   * The rule's outcome kind when asked without explanations (`explain: false`, as the engine asks
   * when only problems are kept) and with them; `undefined` when the rule is not selected.
   */
  const quickAndExplained = (ruleId: string, c: RuleCase): { quick: string; explained: string } | undefined => {
    const engine = engineFor(c.config)
    const plan = engine.plan(c.asOf)
    const st = Engine.stages(engine)
    const enterprise = st.decodeRecord(c.enterprise, 0)
    if ((enterprise as { _tag?: unknown })._tag === "rejected") return undefined
    const rules = st.select(enterprise as Enterprise, plan)
    const subjects = st.decodeFacts(enterprise as Enterprise, rules, 0)
    if (!Array.isArray(subjects)) return undefined
    const r = rules.find((p) => p.rule.id === ruleId)
    if (r === undefined) return undefined
    const kind = (context: typeof r.context): string => {
      try {
        return String((r.rule.evaluate(subjects[r.packSlot], context) as { kind?: unknown } | undefined)?.kind)
      } catch (e) {
        return `thrown: ${String(e)}`
      }
    }
    return { quick: kind(r.quickContext), explained: kind(r.context) }
  }

  const run = (ruleId: string, cases: RuleCases): void => {
    describe(ruleId, () => {
      it("is registered", () => {
        const engine = engineFor(undefined)
        expect(engine.registry.versionsOf(ruleId).length, `rule "${ruleId}" is not in pack "${pack.id}"`).toBeGreaterThan(0)
      })
      for (const kind of options.require ?? ["violation", "compliant", "indeterminate"]) {
        it(`has ${kind} cases`, () => {
          expect((cases[kind] ?? []).length, `rule "${ruleId}" has no ${kind} case`).toBeGreaterThan(0)
        })
      }
      for (const [group, list] of Object.entries(cases) as Array<[keyof RuleCases, ReadonlyArray<RuleCase> | undefined]>) {
        for (const [i, c] of (list ?? []).entries()) {
          const title = `${group} #${i + 1}: ${c.name ?? `as of ${c.asOf}`}`
          it(title, () => {
            const r = runCase(ruleId, c)
            if (group === "notSelected") {
              expect(r._tag, describeResult(r)).toBe("not-selected")
              return
            }
            expect(r._tag, describeResult(r)).toBe("finding")
            if (r._tag !== "finding") return
            const f = r.finding
            const both = quickAndExplained(ruleId, c)
            if (both !== undefined) {
              expect(both.quick, "the outcome kind with explain: false (what the engine counts when only problems are kept)")
                .toBe(both.explained)
            }
            // and the report the engine gives when only problems are kept agrees with the full one
            const engine = engineFor(c.config)
            const problems = engine.evaluateRecord(c.enterprise, 0, engine.plan(c.asOf), "problems")
            const full = engine.evaluateRecord(c.enterprise, 0, engine.plan(c.asOf), "all")
            if (problems._tag === "evaluated" && full._tag === "evaluated") {
              expect(problems.counts, "counts with include: problems").toEqual(full.counts)
              expect(problems.verdict, "verdict with include: problems").toBe(full.verdict)
              expect(problems.findings, "findings with include: problems")
                .toEqual(full.findings.filter((x) => x.outcome !== "compliant" && x.outcome !== "not-applicable"))
            }
            expect(f.outcome, describeResult(r)).toBe(kindOf[group])
            if (c.version !== undefined) expect(f.ruleVersion, "selected rule version").toBe(c.version)
            if (group === "violation") {
              const v = c as ViolationCase
              for (const e of v.evidence ?? []) {
                const found = (f.evidence ?? []).find((x) => x.path === e.path)
                expect(found, `evidence at "${e.path}" in ${JSON.stringify(f.evidence)}`).toBeDefined()
                expect(found!.value, `evidence value at "${e.path}"`).toEqual(e.value)
              }
              if (v.details !== undefined) {
                for (const [locale, text] of Object.entries(v.details)) {
                  expect(f.details?.[locale as keyof Localized] ?? "", `details (${locale})`).toContain(text)
                }
              }
              if (v.waiver !== undefined) expect(f.waiver?.status, "waiver status").toBe(v.waiver)
              else expect(f.waiver?.status, "waiver status").not.toBe("active")
              if (v.severity !== undefined) expect(f.severity, "severity").toBe(v.severity)
            }
            if (group === "indeterminate") {
              const want = [...(c as IndeterminateCase).missing].sort()
              expect([...(f.missing ?? [])].sort(), "missing facts").toEqual(want)
            }
          })
        }
      }
    })
  }

  return { runCase, run }
}
