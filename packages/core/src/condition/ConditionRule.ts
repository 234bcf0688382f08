/**
 * 条件规则 — a rule written in the rule language: metadata, the facts it reads (declared, with
 * labels) and two conditions — `notApplicableWhen` and `violationWhen`. It becomes an ordinary core
 * `Rule` whose `evaluate` runs the compiled condition: the quick path when the engine asks only for
 * the outcome's kind, the explaining one otherwise. Evidence, localized details and missing paths
 * come from the condition; the author writes neither.
 *
 * - `notApplicableWhen` true → `not-applicable`; unknown → `indeterminate` (whether the rule applies is not known);
 * - `violationWhen` true → `violation` with the evidence and reasons that decided it; false →
 *   `compliant` with the evidence read; unknown → `indeterminate` naming the missing paths.
 *
 * @since 0.2.0
 */
import { Schema } from "effect"
import * as Outcome from "../rule/Outcome.ts"
import type { Evidence } from "../rule/Outcome.ts"
import type { Localized } from "../rule/Localized.ts"
import * as Rule from "../rule/Rule.ts"
import type { ParamSpecs, RuleContext, RuleDefinition } from "../rule/Rule.ts"
import { compile, emptyTrace, FALSE, joinReasons, TRUE, UNKNOWN } from "./Compile.ts"
import type { SectorFunctions, Trace } from "./Compile.ts"
import { generateRuleEvaluate, truncate } from "./QuickCode.ts"
import type { Condition } from "./Condition.ts"
import type { FactDeclarations } from "./FactDeclaration.ts"
import { enterpriseFactDeclarations } from "../enterprise/EnterpriseFacts.ts"
import { checkSections, checkValueLabels, sectionSchema } from "./FactDeclaration.ts"
import type { FactDeclaration } from "./FactDeclaration.ts"
import { formatPath, pathsOf, validate } from "./Validate.ts"
import type { ConditionIssue } from "./Validate.ts"

/**
 * What a rule author writes: the metadata of `Rule.define` without `evaluate`, `facts` and `reads`,
 * plus the declared facts and the conditions.
 *
 * @since 0.2.0
 */
export interface ConditionRuleDefinition<P extends ParamSpecs = {}> extends Omit<RuleDefinition<unknown, P>, "evaluate" | "facts" | "reads"> {
  /** Every fact path the conditions read, with its type, labels, unit and allowed values. */
  readonly facts: FactDeclarations
  /** The Schema of the subject the rule reads; default: one derived from `facts`. */
  readonly schema?: Schema.Top
  /** When true the rule does not concern the subject. */
  readonly notApplicableWhen?: Condition
  /**
   * The reason a `not-applicable` outcome gives (`Outcome.reason`), e.g. `"no hot-work permit"`;
   * without it, the words of the deciding parts of `notApplicableWhen`. Since 0.2.0.
   */
  readonly notApplicableReason?: string
  /** When true the subject breaks the rule. */
  readonly violationWhen: Condition
  /** The sector functions the conditions may call. */
  readonly functions?: SectorFunctions
  /**
   * Which facts a violation's evidence names: `deciding` (default) those that decided the answer;
   * `read` every fact read with a value, as a rule that records each fact it looks at.
   */
  readonly evidence?: "deciding" | "read"
}

/**
 * A rule whose conditions do not check: every problem, with its path in the definition.
 *
 * @since 0.2.0
 */
export class ConditionRuleError extends TypeError {
  readonly ruleId: string
  readonly issues: ReadonlyArray<ConditionIssue>
  constructor(ruleId: string, issues: ReadonlyArray<ConditionIssue>) {
    super(`rule "${ruleId}": ${issues.map((i) => `at ${formatPath(i.path)}: ${i.message}`).join("; ")}`)
    this.name = "ConditionRuleError"
    this.ruleId = ruleId
    this.issues = issues
  }
}

/** The evidence without repeated paths (first kept): a loop for a short list, a set of paths for a long one. */
const dedupeEvidence = (trace: Trace): Array<Evidence> => {
  const evidence = trace.evidence
  const n = evidence.length
  if (n > 16) {
    const seen = new Set<string>()
    const out: Array<Evidence> = []
    for (let i = 0; i < n; i++) {
      const e = evidence[i]!
      if (seen.has(e.path)) continue
      seen.add(e.path)
      out.push(e)
    }
    return out
  }
  // usually nothing repeats: then the trace's own array is the answer
  let k = 0
  for (; k < n; k++) {
    const path = evidence[k]!.path
    let repeated = false
    for (let i = 0; i < k; i++) if (evidence[i]!.path === path) repeated = true
    if (repeated) break
  }
  if (k === n) return evidence
  const out = evidence.slice(0, k)
  outer: for (let j = k; j < n; j++) {
    const e = evidence[j]!
    for (let i = 0; i < out.length; i++) if (out[i]!.path === e.path) continue outer
    out.push(e)
  }
  return out
}

/**
 * The problems of a definition's conditions (empty when sound), with paths under `at`.
 *
 * @since 0.2.0
 */
export const check = <P extends ParamSpecs>(definition: ConditionRuleDefinition<P>, at: ReadonlyArray<string | number> = []): Array<ConditionIssue> => {
  const scope = { facts: definition.facts, params: definition.params ?? {}, functions: definition.functions ?? {} }
  return [
    ...(definition.notApplicableReason !== undefined && definition.notApplicableWhen === undefined
      ? [{ path: [...at, "notApplicableReason"], message: `"notApplicableReason" needs "notApplicableWhen"` }]
      : []),
    ...(definition.notApplicableReason !== undefined && definition.notApplicableReason.trim() === ""
      ? [{ path: [...at, "notApplicableReason"], message: "expected a non-empty reason" }]
      : []),
    ...(definition.notApplicableWhen === undefined ? [] : validate(definition.notApplicableWhen, scope, [...at, "notApplicableWhen"])),
    ...validate(definition.violationWhen, scope, [...at, "violationWhen"])
  ]
}

/**
 * The missing paths of an indeterminate answer, each once. A subject path reported because an
 * object on it is absent (`facts.training`) becomes the longest common prefix of the paths the rule
 * reads through it: a rule that reads only `facts.training.file.*` asks for `facts.training.file`,
 * one that reads `facts.evacuation.exitsCompliant` and `.exitsObstructed` for `facts.evacuation`.
 */
const missingPaths = (reads: ReadonlyArray<string>) => {
  // entry indices as `[]`, as `reads` names them (`facts.staff[].certificate.held`)
  const general = (path: string): string => path.replace(/\[\d+\]/g, "[]")
  // the same paths go missing record after record: each is widened once (a bounded cache)
  const known = new Map<string, string>()
  const refine = (m: string): string => {
    const hit = known.get(m)
    if (hit !== undefined) return hit
    const out = widen(m)
    if (known.size < 4096) known.set(m, out)
    return out
  }
  const widen = (m: string): string => {
    const g = general(m)
    if (reads.includes(g)) return m
    // segments, an entry's `[]` one of its own (`list[].a` → list, [], a), so `list` and `list[].a` share `list`
    const segments = (r: string) => r.split(".").flatMap((x) => (x.endsWith("[]") ? [x.slice(0, -2), "[]"] : [x]))
    const below = reads.filter((r) => r.startsWith(g + ".")).map(segments)
    if (below.length === 0) return m
    let n = below[0]!.length
    for (const r of below) {
      let k = 0
      while (k < n && k < r.length && r[k] === below[0]![k]) k++
      n = k
    }
    let common = ""
    for (const x of below[0]!.slice(0, n)) common = x === "[]" ? common + "[]" : common === "" ? x : `${common}.${x}`
    // keep the entry indices of the reported path, add what lies below it
    return m + common.slice(g.length)
  }
  // the paths as collected, each once (`===`: most are the same constant strings) before they are widened; the
  // widened paths each once again, in the order of their first occurrence (as widening all, then keeping each once)
  return (missing: ReadonlyArray<string>): Array<string> => {
    if (missing.length === 1) return [refine(missing[0]!)]
    const out: Array<string> = []
    outer: for (let i = 0; i < missing.length; i++) {
      const m = missing[i]!
      for (let j = 0; j < i; j++) if (missing[j] === m) continue outer
      const r = refine(m)
      for (let j = 0; j < out.length; j++) if (out[j] === r) continue outer
      out.push(r)
    }
    return out
  }
}

/**
 * The declarations with the enterprise profile's (`enterpriseFactDeclarations`) under them: a rule's
 * own declaration of an `enterprise.*` path may change its label, not its type.
 */
export const withEnterprise = (facts: FactDeclarations, issues: Array<ConditionIssue>, at: ReadonlyArray<string | number> = ["facts"]): FactDeclarations => {
  for (const [path, d] of Object.entries(facts)) {
    if (!path.startsWith("enterprise.")) continue
    const core = Object.hasOwn(enterpriseFactDeclarations, path) ? enterpriseFactDeclarations[path] : undefined
    if (core === undefined) issues.push({ path: [...at, path], message: `"${path}" is not a field of the enterprise profile; declare the pack's own facts under "facts."` })
    else if (core.type !== d.type) issues.push({ path: [...at, path, "type"], message: `"${path}" is a ${core.type} field of the enterprise profile, not ${d.type}` })
  }
  return { ...enterpriseFactDeclarations, ...facts }
}

/**
 * The declarations of the paths a rule reads (a read path or a prefix of one, up to a `.` or `[`),
 * the enterprise profile's first as `withEnterprise` orders them, a rule's own declaration of one
 * of them in its place.
 */
const readDeclarations = (own: FactDeclarations, reads: ReadonlyArray<string>): FactDeclarations => {
  const wanted = new Set<string>()
  for (const r of reads) {
    wanted.add(r)
    for (let i = 0; i < r.length; i++) if (r[i] === "." || r[i] === "[") wanted.add(r.slice(0, i))
  }
  const out: Record<string, FactDeclaration> = {}
  for (const k in enterpriseFactDeclarations) if (wanted.has(k)) out[k] = Object.hasOwn(own, k) ? own[k]! : enterpriseFactDeclarations[k]!
  for (const k in own) if (wanted.has(k) && !Object.hasOwn(out, k)) out[k] = own[k]!
  return out
}

/** The problems of fact declarations' `valueLabels`, at `facts.…`. */
const checkDeclarations = (declarations: FactDeclarations, path: ReadonlyArray<string | number>, out: Array<ConditionIssue>): Array<ConditionIssue> => {
  for (const issue of checkSections(declarations)) out.push({ path: [...path, ...issue.path], message: issue.message })
  for (const [key, d] of Object.entries(declarations)) {
    for (const issue of checkValueLabels(d)) out.push({ path: [...path, key, ...issue.path], message: issue.message })
    if (d.items !== undefined) checkDeclarations(d.items, [...path, key, "items"], out)
  }
  return out
}

/**
 * How many condition rules have been validated and compiled (each rule version once, on first use).
 * For the tests that check compilation is lazy.
 *
 * @internal
 */
export const compileStats = { compiled: 0, generated: 0 }

/**
 * After how many evaluations a rule version's conditions become generated code. Until then the
 * closures answer (alike: every generated-versus-closures test compares them): a rule evaluated a few
 * times — a check of a handful of records, a CLI's cold start — never pays for generating and
 * compiling its code, and one evaluated thousands of times gets it early (`coldStartMs` of `pnpm bench`:
 * `anquan check` of 10 records over the nine packs, 0.43–0.50 s with every rule generated at its first
 * evaluation, 0.33–0.38 s with this tier; a long run's evaluate stage is unchanged within the noise).
 *
 * @internal
 */
export const GENERATE_AFTER = 64

/** The preparation (validation and compilation) of every rule `fromCondition` made, by rule. */
const preparers = new WeakMap<Rule.Rule<any>, () => void>()

/**
 * Validates and compiles a rule written in the rule language now, if not done yet, throwing its
 * {@link ConditionRuleError}; any other rule is left as it is. `fromCondition` defers this work to
 * the rule's first `evaluate`; `Pack.validate`, `Pack.fromJson` and `PackTester` call this for
 * every rule, so a bad rule is reported where they run.
 *
 * @example
 * ```ts
 * import { Rule } from "@anquan/core"
 * import { hazchemPack } from "@anquan/pack-hazchem"
 *
 * for (const rule of hazchemPack.rules) Rule.prepare(rule)
 * ```
 * @since 0.2.0
 */
export const prepare = (rule: Rule.Rule<any>): void => {
  preparers.get(rule)?.()
}

/**
 * Turns a definition into a core `Rule`. Its conditions are validated and compiled on first use
 * (its first `evaluate`, or {@link prepare}, `Pack.validate`, `Pack.fromJson`, `PackTester`), once
 * per rule version, so importing a pack costs little and a run compiles only the rules it evaluates.
 * A rule whose definition does not check throws a {@link ConditionRuleError} naming every problem
 * (undeclared path, unknown operator, type mismatch, unknown key) there: from `prepare` and
 * `Pack.validate` as it is, from an evaluation as the engine reports any rule that throws (an
 * `error` finding with the message).
 *
 * @example
 * ```ts
 * import { Condition, Rule } from "@anquan/core"
 *
 * export const crowdedFreezer = Rule.fromCondition({
 *   id: "demo/freezer-room-crowded",
 *   title: { "zh-CN": "速冻间人数", en: "Freezer-room head-count" },
 *   message: { "zh-CN": "速冻间作业人员超过9人", en: "More than 9 people work in the freezer room" },
 *   remediation: { "zh-CN": "减少作业人员", en: "Reduce the crew" },
 *   citation: { document: "industry-trade-major-hazard-2023", article: 12, item: 2, verified: false },
 *   severity: "major",
 *   effective: { from: "2023-05-15" },
 *   facts: { "facts.freezerRoomWorkers": { type: "integer", label: { "zh-CN": "速冻间作业人数", en: "freezer-room workers" } } },
 *   violationWhen: Condition.gt("facts.freezerRoomWorkers", 9)
 * })
 * ```
 * @since 0.2.0
 */
export const fromCondition = <const P extends ParamSpecs = {}>(given: ConditionRuleDefinition<P>): Rule.Rule<any> => {
  const reads = [...pathsOf(given.notApplicableWhen ?? {}, pathsOf(given.violationWhen))]

  // The compiled `evaluate`, made on first use: first the closures' (`compileRule` without generated
  // code), which counts its calls; after GENERATE_AFTER of them, the generated one. Each in turn becomes
  // the rule's own `evaluate`, so the engine calls it without this first step (a copy of the rule made
  // before keeps the step, and answers alike).
  type Evaluate = (subject: unknown, context: RuleContext<any>) => Outcome.Outcome
  let evaluate: Evaluate | undefined
  let failure: ConditionRuleError | undefined
  const compiled = (): Evaluate => {
    if (evaluate !== undefined) return evaluate
    if (failure !== undefined) throw failure
    let checked: ConditionRuleDefinition<any>
    let closures: Evaluate
    try {
      checked = checkRule(given)
      closures = compileRule(checked, reads, false)
      compileStats.compiled++
    } catch (e) {
      if (e instanceof ConditionRuleError) failure = e
      throw e
    }
    let calls = 0
    const counting: Evaluate = (subject, context) => {
      if (++calls === GENERATE_AFTER) {
        let generated: Evaluate | undefined
        try {
          generated = compileRule(checked, reads, true)
          compileStats.generated++
        } catch {
          // generating is an optimisation: the closures, checked alike, keep answering
        }
        if (generated !== undefined) {
          evaluate = generated
          Reflect.set(rule, "evaluate", generated)
          return generated(subject, context)
        }
      }
      return closures(subject, context)
    }
    evaluate = counting
    Reflect.set(rule, "evaluate", counting)
    return counting
  }

  const { facts: _facts, schema, notApplicableWhen: _na, notApplicableReason: _reason, violationWhen: _v, functions: _f, evidence: _evidence, ...meta } = given
  const rule = Rule.define<unknown, P>({
    ...meta,
    facts: schema ?? Schema.Unknown,
    reads,
    // the enterprise profile's fields are declared by core: a rule reads them without declaring them
    factDeclarations: readDeclarations(given.facts, reads),
    evaluate: (subject, context) => compiled()(subject, context)
  } as RuleDefinition<unknown, P>)
  if (schema === undefined) {
    // the Schema derived from the declarations is built when first asked for
    let derived: Schema.Top | undefined
    Object.defineProperty(rule, "facts", { enumerable: true, configurable: true, get: () => (derived ??= derivedSchema(given.facts)) })
  }
  preparers.set(rule, () => void compiled())
  return rule
}

/** Validates a definition: the definition with the enterprise profile's declarations added, or a {@link ConditionRuleError}. */
const checkRule = (given: ConditionRuleDefinition<any>): ConditionRuleDefinition<any> => {
  const declared = checkFacts(given.facts)
  const definition = { ...given, facts: declared.facts }
  const issues = [...declared.issues, ...check(definition)]
  if (issues.length > 0) throw new ConditionRuleError(definition.id, issues)
  return definition
}

/**
 * The checks of a declarations object and the declarations with the enterprise profile's, by object: rules often
 * share one (a pack's declarations are constants; one changed after a rule using it was compiled is not checked again).
 */
const checkedFacts = new WeakMap<FactDeclarations, { readonly issues: ReadonlyArray<ConditionIssue>; readonly facts: FactDeclarations }>()
const checkFacts = (facts: FactDeclarations) => {
  let checked = checkedFacts.get(facts)
  if (checked === undefined) {
    const issues = checkDeclarations(facts, ["facts"], [])
    checked = { facts: withEnterprise(facts, issues), issues }
    checkedFacts.set(facts, checked)
  }
  return checked
}

/**
 * Compiles a checked definition's conditions into the rule's `evaluate` (quick and explaining paths):
 * with generated code (`codegen`), or with the closures alone.
 */
const compileRule = (definition: ConditionRuleDefinition<any>, reads: ReadonlyArray<string>, codegen: boolean) => {
  const everyRead = definition.evidence === "read"
  // a rule that keeps every fact read explains every part and entry of its conditions: generated explaining code pays
  // for itself there; one that explains only the deciding parts explains as fast with the shared closures (measured
  // over the packs' records, bench/README.md)
  const scope = { facts: definition.facts, functions: definition.functions, codegen, ...(everyRead ? {} : { explainCodeAfter: Number.POSITIVE_INFINITY }) }
  // generated code is named after the rule version in stack traces and CPU profiles
  const name = `${definition.id}@${definition.effective.from}`
  const violation = compile(definition.violationWhen, { ...scope, name: `${name}/violationWhen` })
  const notApplicable = definition.notApplicableWhen === undefined ? undefined : compile(definition.notApplicableWhen, { ...scope, name: `${name}/notApplicableWhen` })
  const vq = violation.quick, ve = violation.explain
  const naq = notApplicable?.quick, nae = notApplicable?.explain
  const fixedNotApplicable = definition.notApplicableReason === undefined ? undefined : Object.freeze(Outcome.notApplicable(definition.notApplicableReason))

  const quick = (subject: unknown, context: RuleContext<any>): Outcome.Outcome => {
    if (naq !== undefined) {
      const t = naq(subject, context, undefined)
      if (t === TRUE) return fixedNotApplicable ?? Outcome.quickNotApplicable
      if (t === UNKNOWN) return Outcome.quickIndeterminate
    }
    const t = vq(subject, context, undefined)
    return t === TRUE ? Outcome.quickViolation : t === UNKNOWN ? Outcome.quickIndeterminate : Outcome.quickCompliant
  }

  const missingOf = missingPaths(reads)
  /** The trace of an explanation that keeps only missing paths, reused from one to the next (`undefined` while in use). */
  let spare: Trace | undefined = emptyTrace(false, true, true)
  // The quick answer first says what the outcome keeps, and the explaining function collects only that:
  // the missing paths of an indeterminate answer, the reasons of a not-applicable one, the evidence of a
  // compliant one; a violation keeps evidence and reasons. `notApplicableWhen` false is not explained.
  // A quick answer the engine has just given (`context.quickKind`) is not computed again: a violation
  // means `notApplicableWhen` false and `violationWhen` true; an indeterminate one, when
  // `notApplicableWhen` is false, `violationWhen` unknown.
  const explain = (subject: unknown, context: RuleContext<any>): Outcome.Outcome => {
    const known = context.quickKind
    if (nae !== undefined && naq !== undefined && known !== "violation") {
      const q = naq(subject, context, undefined)
      if (q === TRUE && fixedNotApplicable !== undefined) return fixedNotApplicable
      if (q !== FALSE) {
        const trace: Trace = emptyTrace(false, true, q === UNKNOWN)
        const t = nae(subject, context, undefined, "", trace)
        if (t === TRUE) return fixedNotApplicable ?? Outcome.notApplicable(joinReasons(trace.reasons)?.["zh-CN"])
        if (t === UNKNOWN) return Outcome.indeterminate(missingOf(trace.missing))
      }
    }
    const q = known === "violation" ? TRUE : known === "indeterminate" ? UNKNOWN : vq(subject, context, undefined)
    let trace: Trace
    if (q === UNKNOWN) {
      // only missing paths are kept, and the outcome keeps a copy of them: the rule's spare trace (emptied), given back after
      trace = spare ?? emptyTrace(false, true, true)
      spare = undefined
      truncate(trace.missing, 0)
      truncate(trace.evidence, 0)
      truncate(trace.reasons, 0)
      const t = ve(subject, context, undefined, "", trace)
      if (t === UNKNOWN) {
        const outcome = Outcome.indeterminate(missingOf(trace.missing))
        spare = trace
        return outcome
      }
      // not given back: the outcome below may keep its evidence array
    } else trace = emptyTrace(everyRead, false, q === FALSE, true)
    const t = q === UNKNOWN ? UNKNOWN : ve(subject, context, undefined, "", trace)
    if (t === UNKNOWN) return Outcome.indeterminate(missingOf(trace.missing))
    const evidence = dedupeEvidence(trace)
    return t === TRUE ? Outcome.violation(evidence, joinReasons(trace.reasons)) : Outcome.compliant(evidence)
  }
  return (codegen ? generateRuleEvaluate(naq, vq, outcomes(fixedNotApplicable), explain, name) : undefined)
    ?? ((subject: unknown, context: RuleContext<any>) => (context.explain === false ? quick(subject, context) : explain(subject, context)))
}

const outcomes = (fixedNotApplicable: Outcome.Outcome | undefined) => ({
  notApplicable: fixedNotApplicable ?? Outcome.quickNotApplicable,
  indeterminate: Outcome.quickIndeterminate,
  violation: Outcome.quickViolation,
  compliant: Outcome.quickCompliant
})

const derivedSchema = (facts: FactDeclarations): Schema.Top => Schema.Struct({ facts: Schema.UndefinedOr(sectionSchema(facts)) })
