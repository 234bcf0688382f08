/**
 * 规则公用部分 — what the hazchem rules share: their metadata (applicability, dates, citations),
 * the Schema of the slice of facts each rule reads, and a small three-valued logic that turns
 * optional facts into outcomes without a silent pass.
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
 * @since 0.1.0
 */
import { Outcome, Rule } from "@anquan/core"
import type { Citation, Evidence, Localized, Sector } from "@anquan/core"
import { Schema, Struct } from "effect"
import { HazchemFacts } from "../facts/HazchemFacts.ts"

// ---------------------------------------------------------------------------------------------
// Metadata
// ---------------------------------------------------------------------------------------------

/** Every hazchem rule applies to the `hazardous-chemicals` sector. @since 0.1.0 */
export const appliesTo: { readonly sectors: ReadonlyArray<Sector> } = { sectors: ["hazardous-chemicals"] }

/** The 判定标准 (安监总管三〔2017〕121号) took effect on 2017-11-13 and is still in force (alert C). @since 0.1.0 */
export const standardEffective = { from: "2017-11-13" } as const

/** GB 30871-2022 took effect on 2022-10-01. @since 0.1.0 */
export const permitEffective = { from: "2022-10-01" } as const

/**
 * The primary citation of item `item` of `hazchem-major-hazard-2017`. regulations.md §1 verifies
 * items 1–15 in official reposts; items 16–20 rest on secondary sources only, so they are
 * `verified: false`.
 *
 * @since 0.1.0
 */
export const itemCitation = (item: number): Citation => ({ document: "hazchem-major-hazard-2017", item, verified: item <= 15 })

/**
 * An article of 中华人民共和国危险化学品安全法 (2026). Its article numbers are secondary only
 * (regulations.md §7b): always `verified: false`.
 *
 * @since 0.1.0
 */
export const hazchemSafetyLaw = (article: number): Citation => ({ document: "hazchem-safety-law-2026", article, verified: false })

/**
 * An article (and item) of 安全生产法 (2021); every article regulations.md §7 records is verified.
 *
 * @since 0.1.0
 */
export const workSafetyLaw = (article: number, item?: number): Citation =>
  item === undefined
    ? { document: "work-safety-law-2021", article, verified: true }
    : { document: "work-safety-law-2021", article, item, verified: true }

/**
 * 安全生产法 第一百零二条 — 未采取措施消除事故隐患: every item of the 判定标准 is a 重大事故隐患, and
 * leaving one unremedied exposes the unit to this article.
 *
 * @since 0.1.0
 */
export const unremediedHazardPenalty: Citation = workSafetyLaw(102)

/**
 * GB 30871-2022. Its clauses are decimal (5.1.5, 6.5, 8.1.3) and do not fit the article/item
 * shape of a citation, so rules cite the document alone and name the clause in their text.
 *
 * @since 0.1.0
 */
export const gb30871: Citation = { document: "special-operations-gb30871-2022", verified: true }

/** The keys of the hazchem fact section. @since 0.1.0 */
export type FactKey = keyof typeof HazchemFacts.fields

/**
 * The Schema of a rule's input when it reads only some keys of the hazchem section:
 * `{ facts: <those keys> | undefined }` (the section is `undefined` when the record has none).
 *
 * @since 0.1.0
 */
export const sectionFacts = <const K extends ReadonlyArray<FactKey>>(keys: K) =>
  Schema.Struct({ facts: Schema.UndefinedOr(HazchemFacts.mapFields(Struct.pick(keys))) })

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
// Three-valued logic
// ---------------------------------------------------------------------------------------------

/** `true`, `false` or unknown. @since 0.1.0 */
export type Tri = boolean | undefined

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

/** A statement whose truth is already known. @since 0.1.0 */
export const known = (holds: boolean, evidence: ReadonlyArray<Evidence> = []): Lit => ({ holds, evidence, missing: [] })

/** A statement that is unknown until the facts at `missing` are given. @since 0.1.0 */
export const unknown = (missing: ReadonlyArray<string>, evidence: ReadonlyArray<Evidence> = []): Lit => ({
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
  value === undefined ? unknown([path]) : known(value === expected, [{ path, value }])

/**
 * "The fact at `path` is one of `values`": unknown when the fact is.
 *
 * @since 0.1.0
 */
export const isOneOf = <A>(path: string, value: A | undefined, values: ReadonlyArray<A>): Lit =>
  value === undefined ? unknown([path]) : known(values.includes(value), [{ path, value }])

/**
 * "The list at `path` contains one of `values`": unknown when the list is.
 *
 * @since 0.1.0
 */
export const includesAny = <A>(path: string, list: ReadonlyArray<A> | undefined, values: ReadonlyArray<A>): Lit =>
  list === undefined ? unknown([path]) : known(list.some((v) => values.includes(v)), [{ path, value: list }])

const dedupe = (paths: ReadonlyArray<string>): ReadonlyArray<string> => [...new Set(paths)]

/** Evidence with each path once (the first entry wins: one path has one value). */
const uniqueByPath = (evidence: ReadonlyArray<Evidence>): ReadonlyArray<Evidence> => {
  const seen = new Set<string>()
  return evidence.filter((e) => (seen.has(e.path) ? false : (seen.add(e.path), true)))
}

/**
 * Conjunction: false when any part is false, true when every part is true, else unknown (missing
 * the unknown parts' facts).
 *
 * @since 0.1.0
 */
export const all = (...lits: ReadonlyArray<Lit>): Lit => {
  const failed = lits.find((l) => l.holds === false)
  if (failed !== undefined) return known(false, failed.evidence)
  const evidence = lits.flatMap((l) => l.evidence)
  if (lits.every((l) => l.holds === true)) return known(true, evidence)
  return unknown(dedupe(lits.filter((l) => l.holds === undefined).flatMap((l) => l.missing)), evidence)
}

/**
 * Disjunction: true when any part is true (with the evidence of every true part), false when
 * every part is false, else unknown.
 *
 * @since 0.1.0
 */
export const any = (...lits: ReadonlyArray<Lit>): Lit => {
  const held = lits.filter((l) => l.holds === true)
  if (held.length > 0) return known(true, held.flatMap((l) => l.evidence))
  const evidence = lits.flatMap((l) => l.evidence)
  if (lits.every((l) => l.holds === false)) return known(false, evidence)
  return unknown(dedupe(lits.filter((l) => l.holds === undefined).flatMap((l) => l.missing)), evidence)
}

/** Negation. @since 0.1.0 */
export const not = (lit: Lit): Lit => (lit.holds === undefined ? lit : { ...lit, holds: !lit.holds })

/**
 * Collects the verdict of each entry a rule checks and makes the rule's outcome.
 *
 * @since 0.1.0
 */
export class Assessment {
  private readonly breaches: Array<{ readonly evidence: ReadonlyArray<Evidence>; readonly zh: string; readonly en: string }> = []
  private readonly missingPaths: Array<string> = []
  private readonly compliantEvidence: Array<Evidence> = []
  private inScope = 0

  /** Marks a fact (or whole list) as missing. */
  missing(...paths: ReadonlyArray<string>): this {
    this.missingPaths.push(...paths)
    return this
  }

  /** Records a violation directly. */
  violation(evidence: ReadonlyArray<Evidence>, zh: string, en: string): this {
    this.inScope++
    this.breaches.push({ evidence, zh, en })
    return this
  }

  /** Records a compliant entry directly. */
  ok(evidence: ReadonlyArray<Evidence> = []): this {
    this.inScope++
    this.compliantEvidence.push(...evidence)
    return this
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
    const scope = entry.scope ?? known(true)
    if (scope.holds === false) return this
    const { breach } = entry
    if (breach.holds === false) {
      this.ok(uniqueByPath(scope.holds === true ? [...scope.evidence, ...breach.evidence] : breach.evidence))
      return this
    }
    this.inScope++
    if (breach.holds === true && scope.holds === true) {
      this.breaches.push({ evidence: uniqueByPath([...(entry.context ?? []), ...scope.evidence, ...breach.evidence]), zh: entry.zh, en: entry.en })
      return this
    }
    if (scope.holds === undefined) this.missingPaths.push(...scope.missing)
    if (breach.holds === undefined) this.missingPaths.push(...breach.missing)
    return this
  }

  /** Whether a violation has been recorded. */
  get hasViolation(): boolean {
    return this.breaches.length > 0
  }

  /**
   * The outcome. `notApplicable`: the reason to give when no entry was in scope (without it, an
   * assessment with no entry in scope is compliant).
   */
  outcome(notApplicable?: string): Outcome.Outcome {
    if (this.breaches.length > 0) {
      return Outcome.violation(this.breaches.flatMap((b) => b.evidence), {
        "zh-CN": this.breaches.map((b) => b.zh).join("；"),
        en: this.breaches.map((b) => b.en).join("; ")
      })
    }
    if (this.missingPaths.length > 0) return Outcome.indeterminate(dedupe(this.missingPaths))
    if (this.inScope === 0 && notApplicable !== undefined) return Outcome.notApplicable(notApplicable)
    return Outcome.compliant(this.compliantEvidence)
  }
}

/**
 * The entries of a list fact with their paths; `undefined` (and the list's path marked missing)
 * when the list is unknown.
 *
 * @since 0.1.0
 */
export const entries = <A>(
  a: Assessment,
  path: string,
  list: ReadonlyArray<A> | undefined
): ReadonlyArray<{ readonly entry: A; readonly at: (field: string) => string; readonly path: string }> => {
  if (list === undefined) {
    a.missing(path)
    return []
  }
  return list.map((entry, i) => ({ entry, path: `${path}[${i}]`, at: (field: string) => `${path}[${i}].${field}` }))
}

/** A label for an entry in details: its id when it has one, else its position. @since 0.1.0 */
export const label = (id: string | undefined, path: string): string => id ?? path
