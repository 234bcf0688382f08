/**
 * 旧规则公用部分 — the hand-written three-valued kit of the rules not yet written in the core rule
 * language: item 3 (外部安全防护距离), item 5 (重大危险源罐区) and eight of the GB 30871-2022 permit
 * rules (see `permits.ts`). Every other rule is a `Rule.fromCondition` definition (`meta.ts`); this kit
 * goes when the language can say these three (requests filed with the language's owner).
 *
 * **Three-valued logic.** A fact is `true`, `false` or unknown (`undefined`). A rule states, per
 * entry, a *scope* (does the item concern this entry?) and a *breach* (is the entry in breach?),
 * each a {@link Lit} built from facts with {@link is}, {@link all}, {@link any}. Then:
 * - scope false → the entry is out of scope (ignored);
 * - scope true or unknown, breach true → violation when the scope is true, otherwise the scope facts
 *   are missing;
 * - breach false → compliant (whatever the scope);
 * - breach unknown → the facts that would decide it are missing.
 *
 * The rule's outcome is a violation when any entry is in breach (with the evidence of every entry
 * in breach), else indeterminate when any fact that would decide is missing, else compliant — or
 * not-applicable when no entry was in scope.
 *
 * **Quick and explained.** Each entry is stated twice over the same facts: as two bare {@link Tri}s
 * (scope, breach) computed with {@link eq}, {@link hasAny}, {@link and3},
 * {@link or3} — no paths, strings or arrays — and, only when the engine wants the explanation
 * (`RuleContext.explain` not `false`), as {@link Lit}s with paths, evidence and text. An
 * {@link Assessment} made with `explain: false` counts the `Tri`s and answers a bare outcome of the
 * right kind (stopping at the first violation: the engine asks again, explained, for a violation
 * or an indeterminate answer); an explained one checks that the `Lit`s agree with the `Tri`s.
 *
 * ```ts
 * const a = new Assessment(context)
 * const rooms = a.list("facts.controlRooms", facts?.controlRooms)
 * for (let i = 0; i < rooms.length && !a.done; i++) {
 *   const r = rooms[i]!
 *   if (a.entry(eq(r.facesFireExplosionHazardUnit, true), eq(r.fireAndBlastProtectionCompliant, false))) {
 *     const { path, at } = entryAt("facts.controlRooms", i)
 *     a.check({ scope: is(at("facesFireExplosionHazardUnit"), …), breach: is(…), context: […], zh: …, en: … })
 *   }
 * }
 * return a.outcome("no control room faces a hazardous unit")
 * ```
 *
 * @since 0.1.0
 */
import { Outcome, Rule } from "@anquan/core"
import type { Citation, Evidence, Localized } from "@anquan/core"
import type { Schema } from "effect"
import { appliesTo, gb30871, itemCitation, permitEffective, standardEffective, unremediedHazardPenalty } from "./meta.ts"

// ---------------------------------------------------------------------------------------------
// Metadata (shared with the rules written in the rule language: see meta.ts)
// ---------------------------------------------------------------------------------------------

export {
  appliesTo,
  type FactKey,
  gb30871,
  hazchemSafetyLaw,
  itemCitation,
  permitEffective,
  sectionFacts,
  standardEffective,
  unremediedHazardPenalty,
  workSafetyLaw
} from "./meta.ts"

/**
 * An item rule: `major`, `hazardous-chemicals`, in force from 2017-11-13, citing item `item`, with
 * 安全生产法 第一百零二条 as penalty after any more specific ones.
 *
 * @since 0.1.0
 */
export const defineItemRule = <F>(spec: {
  readonly item: number
  readonly slug: string
  readonly title: Localized
  readonly message: Localized
  readonly remediation: Localized
  readonly legalBases?: ReadonlyArray<Citation>
  readonly penalties?: ReadonlyArray<Citation>
  readonly facts: Schema.Top & { readonly Type: F }
  readonly reads: ReadonlyArray<string>
  readonly evaluate: (facts: F, context: Rule.RuleContext) => Outcome.Outcome
}): Rule.Rule<F> =>
  Rule.define<F>({
    id: `hazchem/${spec.slug}`,
    title: spec.title,
    message: spec.message,
    remediation: spec.remediation,
    citation: itemCitation(spec.item),
    legalBases: spec.legalBases ?? [],
    penalties: [...(spec.penalties ?? []), unremediedHazardPenalty],
    severity: "major",
    appliesTo,
    effective: standardEffective,
    facts: spec.facts,
    reads: spec.reads,
    evaluate: spec.evaluate
  })

/**
 * A special-operation permit rule: `general`, `hazardous-chemicals`, in force from 2022-10-01,
 * citing GB 30871-2022.
 *
 * @since 0.1.0
 */
export const definePermitRule = <F>(spec: {
  readonly slug: string
  readonly title: Localized
  readonly message: Localized
  readonly remediation: Localized
  readonly facts: Schema.Top & { readonly Type: F }
  readonly reads: ReadonlyArray<string>
  readonly evaluate: (facts: F, context: Rule.RuleContext) => Outcome.Outcome
}): Rule.Rule<F> =>
  Rule.define<F>({
    id: `hazchem/${spec.slug}`,
    title: spec.title,
    message: spec.message,
    remediation: spec.remediation,
    citation: gb30871,
    severity: "general",
    appliesTo,
    effective: permitEffective,
    facts: spec.facts,
    reads: spec.reads,
    evaluate: spec.evaluate
  })

// ---------------------------------------------------------------------------------------------
// Three-valued logic: quick values
// ---------------------------------------------------------------------------------------------

/** `true`, `false` or unknown. @since 0.1.0 */
export type Tri = boolean | undefined

/**
 * "`value` is `expected`" as a bare {@link Tri}: unknown when `value` is. The quick counterpart of
 * {@link is}.
 *
 * @since 0.1.0
 */
export const eq = <A>(value: A | undefined, expected: A): Tri => (value === undefined ? undefined : value === expected)

/** "`list` contains one of `values`" as a bare {@link Tri}; the quick counterpart of {@link includesAny}. @since 0.1.0 */
export const hasAny = <A>(list: ReadonlyArray<A> | undefined, values: ReadonlyArray<A>): Tri => {
  if (list === undefined) return undefined
  for (let i = 0; i < list.length; i++) if (values.includes(list[i]!)) return true
  return false
}

/** Conjunction of two {@link Tri}s (false wins, then unknown); the quick counterpart of {@link all}. @since 0.1.0 */
export const and3 = (a: Tri, b: Tri): Tri => (a === false || b === false ? false : a === true && b === true ? true : undefined)

/** Disjunction of two {@link Tri}s (true wins, then unknown); the quick counterpart of {@link any}. @since 0.1.0 */
export const or3 = (a: Tri, b: Tri): Tri => (a === true || b === true ? true : a === false && b === false ? false : undefined)

// ---------------------------------------------------------------------------------------------
// Three-valued logic: explained statements
// ---------------------------------------------------------------------------------------------

/**
 * A statement about facts: whether it holds, the evidence behind it, and — when it is unknown —
 * the fact paths that would decide it.
 *
 * @since 0.1.0
 */
export interface Lit {
  readonly holds: Tri
  readonly evidence: ReadonlyArray<Evidence>
  readonly missing: ReadonlyArray<string>
}

/** The empty list the statements share (frozen: never handed out in an outcome). */
const NONE: ReadonlyArray<never> = Object.freeze([])
const KNOWN_TRUE: Lit = Object.freeze({ holds: true, evidence: NONE, missing: NONE })
const KNOWN_FALSE: Lit = Object.freeze({ holds: false, evidence: NONE, missing: NONE })

/** A statement whose truth is already known. @since 0.1.0 */
export const known = (holds: boolean, evidence: ReadonlyArray<Evidence> = NONE): Lit =>
  evidence === NONE ? (holds ? KNOWN_TRUE : KNOWN_FALSE) : { holds, evidence, missing: NONE }

/** A statement that is unknown until the facts at `missing` are given. @since 0.1.0 */
export const unknown = (missing: ReadonlyArray<string>, evidence: ReadonlyArray<Evidence> = NONE): Lit => ({
  holds: undefined,
  evidence,
  missing
})

/**
 * "The fact at `path` is `expected`": unknown when the fact is.
 *
 * @since 0.1.0
 */
export const is = <A>(path: string, value: A | undefined, expected: A): Lit =>
  value === undefined ? unknown([path]) : { holds: value === expected, evidence: [{ path, value }], missing: NONE }

/**
 * "The list at `path` contains one of `values`": unknown when the list is.
 *
 * @since 0.1.0
 */
export const includesAny = <A>(path: string, list: ReadonlyArray<A> | undefined, values: ReadonlyArray<A>): Lit =>
  list === undefined ? unknown([path]) : { holds: hasAny(list, values), evidence: [{ path, value: list }], missing: NONE }

/** `paths` with each path once, first occurrence first (a `Set` only for long lists). */
const dedupe = (paths: ReadonlyArray<string>): ReadonlyArray<string> => {
  if (paths.length > 16) return [...new Set(paths)]
  const out: Array<string> = []
  for (let i = 0; i < paths.length; i++) if (!out.includes(paths[i]!)) out.push(paths[i]!)
  return out
}

/**
 * Appends `evidence` to `out`, skipping paths already in `out` from index `from` on (the first
 * entry wins: one path has one value).
 */
const appendUnique = (out: Array<Evidence>, from: number, evidence: ReadonlyArray<Evidence>): void => {
  next: for (let i = 0; i < evidence.length; i++) {
    const e = evidence[i]!
    for (let j = from; j < out.length; j++) if (out[j]!.path === e.path) continue next
    out.push(e)
  }
}

/** The evidence of the statements whose truth is `holds` (all of them for `null`), in order. */
const evidenceOf = (lits: ReadonlyArray<Lit>, holds: Tri | null): Array<Evidence> => {
  const out: Array<Evidence> = []
  for (let i = 0; i < lits.length; i++) {
    const l = lits[i]!
    if (holds === null || l.holds === holds) for (let j = 0; j < l.evidence.length; j++) out.push(l.evidence[j]!)
  }
  return out
}

/** The missing facts of the unknown statements, each once. */
const missingOf = (lits: ReadonlyArray<Lit>): ReadonlyArray<string> => {
  const out: Array<string> = []
  for (let i = 0; i < lits.length; i++) if (lits[i]!.holds === undefined) out.push(...lits[i]!.missing)
  return dedupe(out)
}

/**
 * Conjunction: false when any part is false, true when every part is true, else unknown (missing
 * the unknown parts' facts).
 *
 * @since 0.1.0
 */
export const all = (...lits: ReadonlyArray<Lit>): Lit => {
  let allTrue = true
  for (let i = 0; i < lits.length; i++) {
    const l = lits[i]!
    if (l.holds === false) return known(false, l.evidence)
    if (l.holds !== true) allTrue = false
  }
  const evidence = evidenceOf(lits, null)
  return allTrue ? known(true, evidence) : unknown(missingOf(lits), evidence)
}

/**
 * Disjunction: true when any part is true (with the evidence of every true part), false when
 * every part is false, else unknown.
 *
 * @since 0.1.0
 */
export const any = (...lits: ReadonlyArray<Lit>): Lit => {
  let allFalse = true
  for (let i = 0; i < lits.length; i++) {
    const l = lits[i]!
    if (l.holds === true) return known(true, evidenceOf(lits, true))
    if (l.holds !== false) allFalse = false
  }
  const evidence = evidenceOf(lits, null)
  return allFalse ? known(false, evidence) : unknown(missingOf(lits), evidence)
}

/** Negation. @since 0.1.0 */
export const not = (lit: Lit): Lit => (lit.holds === undefined ? lit : { ...lit, holds: !lit.holds })

// ---------------------------------------------------------------------------------------------
// Assessment
// ---------------------------------------------------------------------------------------------

const quickNotApplicable = new Map<string, Outcome.Outcome>()

/**
 * Collects the verdict of each entry a rule checks and makes the rule's outcome.
 *
 * Made with the rule's context: when the context has `explain: false` the assessment is *quick*
 * and keeps only counts — whether an entry was in scope, in breach, or open — and answers a bare
 * outcome of the right kind. A rule states each entry with {@link Assessment.entry} (the scope and
 * breach as bare {@link Tri}s, computed straight from the facts); only when that returns `true`
 * (explained, and the entry can still change the outcome) does it build the {@link Lit}s, context
 * and text for {@link Assessment.check}, which must agree with the `Tri`s (it throws otherwise). In
 * a quick assessment the first violation decides: {@link Assessment.done} tells the rule to stop.
 *
 * @since 0.1.0
 */
export class Assessment {
  /** Whether evidence, details and missing paths are wanted (`context.explain !== false`). */
  readonly explain: boolean
  private breaches: Array<{ readonly evidence: ReadonlyArray<Evidence>; readonly zh: string; readonly en: string }> | undefined = undefined
  private missingPaths: Array<string> | undefined = undefined
  private compliantEvidence: Array<Evidence> | undefined = undefined
  private inScope = 0
  /** Quick: a violation was seen. */
  private violated = false
  /** Quick: a fact that would decide is missing. */
  private open = false
  /** Explained: the values {@link Assessment.entry} was given, for `check` to compare. */
  private pending = false
  private pendingScope: Tri = undefined
  private pendingBreach: Tri = undefined

  /** Without a context (or with `explain` absent or `true`), the assessment explains. */
  constructor(context?: { readonly explain?: boolean | undefined }) {
    this.explain = context?.explain !== false
  }

  /** Quick, and a violation was seen: the outcome is decided, the rule may stop. */
  get done(): boolean {
    return this.violated
  }

  /** Marks a fact (or whole list) as missing. */
  missing(...paths: ReadonlyArray<string>): this {
    if (paths.length === 0) return this
    if (this.explain) (this.missingPaths ??= []).push(...paths)
    else this.open = true
    return this
  }

  /** The list, or — when it is unknown — an empty one, with the list's path marked missing. */
  list<A>(path: string, list: ReadonlyArray<A> | undefined): ReadonlyArray<A> {
    if (list !== undefined) return list
    if (this.explain) (this.missingPaths ??= []).push(path)
    else this.open = true
    return NONE
  }

  /** Records a violation directly (a quick assessment ignores the evidence and text). */
  violation(evidence: ReadonlyArray<Evidence>, zh: string, en: string): this {
    this.inScope++
    if (this.explain) (this.breaches ??= []).push({ evidence, zh, en })
    else this.violated = true
    return this
  }

  /** Records a compliant entry directly. */
  ok(evidence: ReadonlyArray<Evidence> = NONE): this {
    this.inScope++
    if (this.explain) {
      const out = this.compliantEvidence ??= []
      for (let i = 0; i < evidence.length; i++) out.push(evidence[i]!)
    }
    return this
  }

  /**
   * States one entry by its scope and breach as bare {@link Tri}s (`true` for an entry always in
   * scope). Quick: records it and returns `false`. Explained: returns `true` when the entry can
   * still change the outcome — not when it is out of scope, nor a non-breach after a breach, nor a
   * compliant entry after a missing fact; the rule then calls {@link Assessment.check} with the
   * statements behind the two values.
   */
  entry(scope: Tri, breach: Tri): boolean {
    if (this.explain) {
      if (scope === false) return false
      // Once a breach is recorded only further breaches change the outcome; once a fact is missing,
      // compliant entries no longer do (their evidence goes only into a compliant outcome).
      if (this.breaches !== undefined ? !(scope === true && breach === true) : breach === false && this.missingPaths !== undefined && this.missingPaths.length > 0) {
        return false
      }
      this.pending = true
      this.pendingScope = scope
      this.pendingBreach = breach
      return true
    }
    this.tally(scope, breach)
    return false
  }

  private tally(scope: Tri, breach: Tri): void {
    if (scope === false) return
    this.inScope++
    if (breach === false) return
    if (breach === true && scope === true) this.violated = true
    else this.open = true
  }

  /**
   * Checks one entry: `scope` (absent = always in scope) and `breach`. `context` is evidence that
   * identifies the entry (its id, its kind) and is added to a violation's evidence.
   */
  check(entry: {
    readonly scope?: Lit
    readonly breach: Lit
    readonly context?: ReadonlyArray<Evidence>
    readonly zh: string
    readonly en: string
  }): this {
    const scope = entry.scope ?? KNOWN_TRUE
    const { breach } = entry
    if (this.pending) {
      this.pending = false
      if (scope.holds !== this.pendingScope || breach.holds !== this.pendingBreach) {
        throw new Error(
          `Assessment: the quick values (scope ${this.pendingScope}, breach ${this.pendingBreach}) disagree with the explained ones (scope ${scope.holds}, breach ${breach.holds})`
        )
      }
    }
    if (!this.explain) {
      this.tally(scope.holds, breach.holds)
      return this
    }
    if (scope.holds === false) return this
    this.inScope++
    if (breach.holds === false) {
      const out = this.compliantEvidence ??= []
      const from = out.length
      if (scope.holds === true) appendUnique(out, from, scope.evidence)
      appendUnique(out, from, breach.evidence)
      return this
    }
    if (breach.holds === true && scope.holds === true) {
      const evidence: Array<Evidence> = []
      if (entry.context !== undefined) appendUnique(evidence, 0, entry.context)
      appendUnique(evidence, 0, scope.evidence)
      appendUnique(evidence, 0, breach.evidence)
      ;(this.breaches ??= []).push({ evidence, zh: entry.zh, en: entry.en })
      return this
    }
    if (scope.holds === undefined) (this.missingPaths ??= []).push(...scope.missing)
    if (breach.holds === undefined) (this.missingPaths ??= []).push(...breach.missing)
    return this
  }

  /**
   * The outcome. `notApplicable`: the reason to give when no entry was in scope (without it, an
   * assessment with no entry in scope is compliant).
   */
  outcome(notApplicable?: string): Outcome.Outcome {
    if (!this.explain) {
      if (this.violated) return Outcome.quickViolation
      if (this.open) return Outcome.quickIndeterminate
      if (this.inScope === 0 && notApplicable !== undefined) {
        let o = quickNotApplicable.get(notApplicable)
        if (o === undefined) quickNotApplicable.set(notApplicable, o = Object.freeze(Outcome.notApplicable(notApplicable)))
        return o
      }
      return Outcome.quickCompliant
    }
    const breaches = this.breaches
    if (breaches !== undefined) {
      const evidence: Array<Evidence> = []
      let zh = ""
      let en = ""
      for (let i = 0; i < breaches.length; i++) {
        const b = breaches[i]!
        for (let j = 0; j < b.evidence.length; j++) evidence.push(b.evidence[j]!)
        zh = i === 0 ? b.zh : `${zh}；${b.zh}`
        en = i === 0 ? b.en : `${en}; ${b.en}`
      }
      return Outcome.violation(evidence, { "zh-CN": zh, en })
    }
    if (this.missingPaths !== undefined && this.missingPaths.length > 0) return Outcome.indeterminate(dedupe(this.missingPaths))
    if (this.inScope === 0 && notApplicable !== undefined) return Outcome.notApplicable(notApplicable)
    return Outcome.compliant(this.compliantEvidence ?? [])
  }
}

/**
 * One assessment that lives as long as the module. Assessments are short-lived (one per rule
 * call), and V8 forgets the hidden class of objects of which no instance is alive at a full
 * garbage collection — then every rule compiled against it is deoptimised and warms up again.
 * A single live instance keeps the class, and the rules' optimised code, across collections.
 */
const keepAssessmentShapeAlive: Assessment = new Assessment({ explain: false })
void keepAssessmentShapeAlive

/**
 * The path of entry `i` of the list at `path`, and of its fields (for explanations only).
 *
 * @since 0.1.0
 */
export const entryAt = (path: string, i: number): { readonly path: string; readonly at: (field: string) => string } => {
  const entry = `${path}[${i}]`
  return { path: entry, at: (field: string) => `${entry}.${field}` }
}
