/**
 * 规则 — a rule: a small pure function over typed facts, with the metadata a regulator would ask for.
 *
 * A rule says one thing about one subject (an enterprise and, for sector packs, the pack's fact
 * section). It carries its id (`<pack>/<slug>`), zh-CN and English title, message and remediation,
 * a primary citation plus further legal bases and the penalty articles it exposes the unit to,
 * a severity, the sectors and unit kinds it applies to, the window it is in force, the Schema of the
 * facts it reads, and named parameters a deployment may tune.
 *
 * Several versions of one rule share one id with non-overlapping effective windows: evaluation as
 * of a date takes the version in force that day.
 *
 * @since 0.1.0
 */
import type { Schema } from "effect"
import * as CalendarDate from "../calendar/CalendarDate.ts"
import type { Citation } from "../citation/Citation.ts"
import type { FactDeclarations } from "../condition/FactDeclaration.ts"
import type { Enterprise, UnitKind } from "../enterprise/index.ts"
import type { Sector } from "../sector/index.ts"
import type { Localized } from "./Localized.ts"
import type { Outcome } from "./Outcome.ts"

/**
 * 严重程度 — `major` 重大事故隐患, `general` 一般事故隐患, `advisory` 提示 (worth attention, not a hazard by law).
 *
 * @since 0.1.0
 */
export type Severity = "major" | "general" | "advisory"

/**
 * 发现类别 — what a rule's violation is:
 * - `hazard` (the default): an accident hazard (事故隐患) of the rule's severity — `major` is a
 *   重大事故隐患 — that counts toward the enterprise's verdict and that a hazard ledger opens;
 * - `reporting`: a breach of a reporting or procedural duty (e.g. 迟报、漏报、谎报、瞒报 of an
 *   accident). Its severity grades the breach; it is not a hazard, does not make a verdict, and a
 *   hazard ledger does not open it (the import skips it and says why).
 *
 * @since 0.1.0
 */
export type FindingKind = "hazard" | "reporting"

/** Every finding kind. @since 0.1.0 */
export const findingKinds: ReadonlyArray<FindingKind> = ["hazard", "reporting"]

/** Every severity, most serious first. @since 0.1.0 */
export const severities: ReadonlyArray<Severity> = ["major", "general", "advisory"]

/** `true` when `a` is less serious than `b`. @since 0.1.0 */
export const isLessSevere = (a: Severity, b: Severity): boolean => severities.indexOf(a) > severities.indexOf(b)

/**
 * 规则参数 — a number a deployment may tune (a head-count threshold, a distance, a number of days).
 * `laxerWhen` says which direction is laxer than the national floor: a local value on that side of
 * the national one is flagged in every report.
 *
 * @since 0.1.0
 */
export interface NumberParam {
  readonly type: "number"
  readonly default: number
  readonly laxerWhen: "greater" | "less"
  readonly integer?: boolean
  readonly min?: number
  readonly max?: number
  readonly description: Localized
}

/**
 * A yes/no switch; `laxerWhen` is the value that is laxer than the national floor.
 *
 * @since 0.1.0
 */
export interface BooleanParam {
  readonly type: "boolean"
  readonly default: boolean
  readonly laxerWhen: boolean
  readonly description: Localized
}

/** @since 0.1.0 */
export type ParamSpec = NumberParam | BooleanParam

/** @since 0.1.0 */
export type ParamSpecs = Readonly<Record<string, ParamSpec>>

/** The parameter values a rule receives, typed from its specs. @since 0.1.0 */
export type ParamValues<P extends ParamSpecs> = {
  readonly [K in keyof P]: P[K] extends NumberParam ? number : P[K] extends BooleanParam ? boolean : never
}

/**
 * 判定上下文 — what a rule knows besides the facts: the as-of date and its parameter values.
 *
 * @since 0.1.0
 */
export interface RuleContext<P extends ParamSpecs = ParamSpecs> {
  readonly asOf: Date
  readonly params: ParamValues<P>
  /**
   * `false` when the caller needs only the outcome's kind: a rule may then skip building evidence,
   * details, reasons and missing paths (and the strings that go into them). Whenever such a call
   * answers `violation` or `indeterminate`, the engine evaluates the rule again with `explain`
   * `true` and reports that answer, so a rule must give the same kind both ways — `PackTester`
   * checks it on every case. Absent means `true`: a rule that ignores it is always right.
   *
   * The engine asks with `explain: false` when findings of kind `compliant` and `not-applicable`
   * are not kept (`include: "problems"`, the default).
   */
  readonly explain?: boolean
  /**
   * Set only on an explaining call (`explain` not `false`) that follows a quick one for the same
   * subject and parameters: the kind that quick call answered (the engine explains a quick
   * `violation` or `indeterminate`). A rule may use it to skip what it would compute again; the
   * answer must not depend on it. Absent: nothing is known. Since 0.2.0.
   */
  readonly quickKind?: Outcome["kind"]
}

/**
 * 判定对象 — what a rule reads: the decoded enterprise profile and the decoded fact section of the
 * rule's pack (`undefined` when the record has none: rules then answer `indeterminate`).
 *
 * @since 0.1.0
 */
export interface Subject<PF = unknown> {
  readonly enterprise: Enterprise
  readonly facts: PF | undefined
}

/** 适用范围 — the sectors and unit kinds a rule applies to. Absent = every sector / every unit kind. @since 0.1.0 */
export interface Applicability {
  readonly sectors?: ReadonlyArray<Sector>
  readonly unitKinds?: ReadonlyArray<UnitKind>
}

/**
 * 说明 — a note on a rule version: e.g. how an authority's reply reads its text. Informational.
 *
 * @since 0.2.0
 */
export interface RuleNote {
  readonly text: Localized
  /** The documents the note rests on (a reply, a notice), declared by the pack when not national. */
  readonly citations?: ReadonlyArray<Citation>
}

/**
 * What a rule author writes. `F` is the type of the facts the rule reads (the `facts` Schema's
 * type); the subject the pipeline passes must be assignable to it, which `definePack` checks.
 *
 * @since 0.1.0
 */
export interface RuleDefinition<F, P extends ParamSpecs = {}> {
  /** `<pack>/<slug>`, stable across versions. */
  readonly id: string
  readonly title: Localized
  readonly message: Localized
  readonly remediation: Localized
  /** The text that makes the situation a violation. */
  readonly citation: Citation
  /** Further legal bases (e.g. a newer law behind a standard's item). */
  readonly legalBases?: ReadonlyArray<Citation>
  /** The penalty articles the violation exposes the unit to. */
  readonly penalties?: ReadonlyArray<Citation>
  readonly severity: Severity
  /** What a violation is: an accident hazard (default) or a reporting breach. See {@link FindingKind}. */
  readonly kind?: FindingKind
  readonly appliesTo?: Applicability
  /** In force from `from` to `to`, both inclusive, as ISO dates; no `to` = still in force. */
  readonly effective: { readonly from: string; readonly to?: string }
  /** The Schema of the facts the rule reads: documentation, JSON Schema and the type of `evaluate`'s input. */
  readonly facts: Schema.Top & { readonly Type: F }
  /** The fact paths the rule reads, for reference pages and reviewers. */
  readonly reads: ReadonlyArray<string>
  /**
   * The facts the rule reads, with labels, units and allowed values (reports name a missing fact by
   * its label; checklists list them). Every key is a path of `reads` or a prefix of one. Since 0.2.0.
   */
  readonly factDeclarations?: FactDeclarations
  /**
   * Notes on the rule version: how an authority has explained its text (a ministry's reply), in both
   * languages, with the documents they cite. Informational: they change no outcome. Since 0.2.0.
   */
  readonly notes?: ReadonlyArray<RuleNote>
  readonly params?: P
  /**
   * The rule's answer for one record: `facts` is the record as the engine decoded it for the rules (`enterprise`, and
   * the pack's `facts` section). A field the record leaves out reads `undefined`; it may be an own property whose
   * value is `undefined` (the engine decodes a pack's section so that every value of one struct has one shape), so
   * test a field by its value, never with `in`, `Object.hasOwn` or `Object.keys` (since 0.2.0).
   */
  readonly evaluate: (facts: F, context: RuleContext<P>) => Outcome
}

/**
 * 规则 — a defined rule, ready to be put in a pack. `evaluate` takes the subject type it was
 * written against; the dates are parsed once.
 *
 * @since 0.1.0
 */
export interface Rule<F = any> {
  readonly id: string
  readonly title: Localized
  readonly message: Localized
  readonly remediation: Localized
  readonly citation: Citation
  readonly legalBases: ReadonlyArray<Citation>
  readonly penalties: ReadonlyArray<Citation>
  readonly severity: Severity
  readonly kind: FindingKind
  readonly appliesTo: Applicability
  readonly effective: { readonly from: Date; readonly to?: Date }
  readonly facts: Schema.Top
  readonly reads: ReadonlyArray<string>
  /** The facts the rule reads, with labels, units and allowed values (rules written in the rule language). @since 0.2.0 */
  readonly factDeclarations?: FactDeclarations
  /** Notes on the rule version (informational; `Rule.define` gives `[]` when none). @since 0.2.0 */
  readonly notes?: ReadonlyArray<RuleNote>
  readonly params: ParamSpecs
  readonly evaluate: (facts: F, context: RuleContext<any>) => Outcome
}

/**
 * Defines a rule. Dates are checked here (a bad `effective` date throws at module load, where the
 * author sees it); everything else (id shape, citations, translations, overlaps) is checked when
 * the pack is registered.
 *
 * @example
 * ```ts
 * import { Outcome, Rule } from "@anquan/core"
 * import { Schema } from "effect"
 *
 * const Facts = Schema.Struct({ enterprise: Schema.Struct({ employees: Schema.optionalKey(Schema.Int) }) })
 * export const headcountKnown = Rule.define({
 *   id: "demo/headcount-known",
 *   title: { "zh-CN": "从业人员数已登记", en: "Head-count is recorded" },
 *   message: { "zh-CN": "未登记从业人员数", en: "The head-count is not recorded" },
 *   remediation: { "zh-CN": "登记从业人员数", en: "Record the head-count" },
 *   citation: { document: "work-safety-law-2021", article: 24, verified: true },
 *   severity: "advisory",
 *   effective: { from: "2021-09-01" },
 *   facts: Facts,
 *   reads: ["enterprise.employees"],
 *   evaluate: (f) => f.enterprise.employees === undefined
 *     ? Outcome.indeterminate(["enterprise.employees"])
 *     : Outcome.compliant([{ path: "enterprise.employees", value: f.enterprise.employees }])
 * })
 * ```
 * @since 0.1.0
 */
export const define = <F, const P extends ParamSpecs = {}>(definition: RuleDefinition<F, P>): Rule<F> => {
  const from = CalendarDate.make(definition.effective.from)
  const to = definition.effective.to === undefined ? undefined : CalendarDate.make(definition.effective.to)
  const declarations = definition.factDeclarations
  if (declarations !== undefined) {
    const stray = Object.keys(declarations).filter((k) => !definition.reads.some((r) => r === k || r.startsWith(k + ".") || r.startsWith(k + "[")))
    if (stray.length > 0) throw new TypeError(`rule "${definition.id}": factDeclarations name paths it does not read: ${stray.join(", ")}`)
  }
  return {
    id: definition.id,
    title: definition.title,
    message: definition.message,
    remediation: definition.remediation,
    citation: definition.citation,
    legalBases: definition.legalBases ?? [],
    penalties: definition.penalties ?? [],
    severity: definition.severity,
    kind: definition.kind ?? "hazard",
    appliesTo: definition.appliesTo ?? {},
    effective: to === undefined ? { from } : { from, to },
    facts: definition.facts,
    reads: definition.reads,
    ...(declarations === undefined ? {} : { factDeclarations: declarations }),
    notes: definition.notes ?? [],
    params: definition.params ?? {},
    evaluate: definition.evaluate as Rule<F>["evaluate"]
  }
}

/** Whether the rule version is in force on `date`. @since 0.1.0 */
export const isInForce = (rule: Rule, date: Date): boolean => CalendarDate.isWithin(rule.effective, date)

/** The default value of every parameter. @since 0.1.0 */
export const defaultParams = (rule: Rule): Record<string, number | boolean> => {
  const out: Record<string, number | boolean> = {}
  for (const name in rule.params) out[name] = rule.params[name]!.default
  return out
}

/**
 * A rule written in the rule language (see `Condition`): metadata, declared facts and conditions,
 * validated and compiled into a quick and an explaining `evaluate` on first use (`prepare` does it
 * at once, throwing a `ConditionRuleError` for a rule that does not check).
 *
 * @since 0.2.0
 */
export { ConditionRuleError, fromCondition, prepare } from "../condition/ConditionRule.ts"
