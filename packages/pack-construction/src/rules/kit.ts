/**
 * 规则工具 — the small toolkit every rule of this pack is written with:
 *
 * - three-valued conditions (`Cond`): `true` (the item's situation is present), `false` (it is
 *   not), `undefined` (a fact needed to tell is missing), each carrying the evidence that decides
 *   it, the paths that are missing and the reasons (zh/en) that make it true;
 * - `eachOf` / `one` to apply a condition to every entry of a fact list or to one fact struct, and
 *   `judge` to turn the parts into an `Outcome` (any entry true ⇒ violation; else any unknown ⇒
 *   indeterminate; else compliant);
 * - `defineItem`, which fills in what every rule of the pack shares: id prefix, citation and
 *   effective window of the edition, sector, severity, the penalty article, and the `facts` Schema
 *   as a slice of {@link ConstructionFacts}.
 *
 * @since 0.1.0
 */
import { CalendarDate, isDatedByAsOf, Outcome, Rule } from "@anquan/core"
import type { Citation, Evidence, Localized, Severity } from "@anquan/core"
import { editions, HAZARD_NOT_ELIMINATED, slice } from "./item.ts"
import type { Edition, FactKey, ItemRule, Slice } from "./item.ts"

// ---------------------------------------------------------------------------------------------
// Three-valued conditions
// ---------------------------------------------------------------------------------------------

/** A reason, in both languages. @since 0.1.0 */
export interface Text {
  readonly zh: string
  readonly en: string
}

/**
 * A three-valued condition over facts.
 *
 * @since 0.1.0
 */
export interface Cond {
  readonly value: boolean | undefined
  /** The facts that decide the value (for `undefined`: none). */
  readonly evidence: ReadonlyArray<Evidence>
  /** For `undefined`: the fact paths whose absence leaves it open. */
  readonly missing: ReadonlyArray<string>
  /** For `true`: why. */
  readonly reasons: ReadonlyArray<Text>
}

// ---------------------------------------------------------------------------------------------
// Quick answers. While a rule of this pack is asked with `explain: false` (see `defineItem`), every
// function below decides the same three values from the same facts but builds no evidence, paths,
// labels or reasons: the conditions are the constants `Q_TRUE`, `Q_FALSE`, `Q_OPEN`, and `judge`
// returns a bare outcome of the right kind (the engine asks again, explained, for a violation or an
// indeterminate answer). Evaluation is synchronous and a rule never runs another, so one flag, set
// for the duration of one evaluation, is enough.
// ---------------------------------------------------------------------------------------------

let quick = false

const NONE: ReadonlyArray<never> = Object.freeze([])
const Q_TRUE: Cond = Object.freeze({ value: true, evidence: NONE, missing: NONE, reasons: NONE })
const Q_FALSE: Cond = Object.freeze({ value: false, evidence: NONE, missing: NONE, reasons: NONE })
const Q_OPEN: Cond = Object.freeze({ value: undefined, evidence: NONE, missing: NONE, reasons: NONE })
const q = (value: boolean | undefined): Cond => (value === undefined ? Q_OPEN : value ? Q_TRUE : Q_FALSE)

const unknown = (path: string): Cond => (quick ? Q_OPEN : { value: undefined, evidence: [], missing: [path], reasons: [] })
const decided = (value: boolean, evidence: ReadonlyArray<Evidence>, reasons: ReadonlyArray<Text>): Cond => ({
  value,
  evidence,
  missing: [],
  reasons: value ? reasons : []
})

/**
 * A reason, or a function making it: a reason built from the entry's facts (a date, a role) is
 * better given as a function, which a quick answer never calls.
 *
 * @since 0.1.0
 */
export type Reason = Text | (() => Text)

const reasonOf = (reason: Reason): Text => (typeof reason === "function" ? reason() : reason)

/** True when the fact is `true`. @since 0.1.0 */
export const flag = (path: string, value: boolean | undefined, reason: Reason): Cond =>
  quick ? q(value) : value === undefined ? unknown(path) : decided(value, [{ path, value }], [reasonOf(reason)])

/** True when the fact is `false` (a required thing is lacking). @since 0.1.0 */
export const lacks = (path: string, value: boolean | undefined, reason: Reason): Cond =>
  quick ? q(value === undefined ? undefined : !value) : value === undefined ? unknown(path) : decided(!value, [{ path, value }], [reasonOf(reason)])

/** True when the fact is one of `values` (a scope or a status); no reason unless given. @since 0.1.0 */
export const isOneOf = <A>(path: string, value: A | undefined, values: ReadonlyArray<A>, reason?: (v: A) => Text): Cond =>
  quick
    ? q(value === undefined ? undefined : values.includes(value))
    : value === undefined
    ? unknown(path)
    : decided(values.includes(value), [{ path, value }], reason === undefined || !values.includes(value) ? [] : [reason(value)])

/**
 * True when `value > limit` (超过: the limit itself is not over). Both must be known, except that
 * a value of 0 exceeds no limit (every limit in the facts is ≥ 0).
 *
 * @since 0.1.0
 */
export const exceeds = (
  path: string,
  value: number | undefined,
  limitPath: string,
  limit: number | undefined,
  reason: (value: number, limit: number) => Text
): Cond => {
  if (quick) return value === 0 ? Q_FALSE : value === undefined || limit === undefined ? Q_OPEN : q(value > limit)
  if (value === 0) return decided(false, [{ path, value }], [])
  if (value === undefined || limit === undefined) {
    const missing = [...(value === undefined ? [path] : []), ...(limit === undefined ? [limitPath] : [])]
    return { value: undefined, evidence: [], missing, reasons: [] }
  }
  return decided(value > limit, [{ path, value }, { path: limitPath, value: limit }], [reason(value, limit)])
}

/** True when `value > limit` for a limit fixed by the text (e.g. 6 m, 75%). @since 0.1.0 */
export const exceedsLimit = (path: string, value: number | undefined, limit: number, reason: (value: number) => Text): Cond =>
  quick
    ? q(value === undefined ? undefined : value > limit)
    : value === undefined ? unknown(path) : decided(value > limit, [{ path, value }], [reason(value)])

/** True when `holds(a, b)` for two known numbers (e.g. a ratio the text sets). @since 0.1.0 */
export const relation = (
  a: readonly [path: string, value: number | undefined],
  b: readonly [path: string, value: number | undefined],
  holds: (a: number, b: number) => boolean,
  reason: (a: number, b: number) => Text
): Cond => {
  const [pa, va] = a
  const [pb, vb] = b
  if (quick) return va === undefined || vb === undefined ? Q_OPEN : q(holds(va, vb))
  if (va === undefined || vb === undefined) {
    return { value: undefined, evidence: [], missing: [...(va === undefined ? [pa] : []), ...(vb === undefined ? [pb] : [])], reasons: [] }
  }
  return decided(holds(va, vb), [{ path: pa, value: va }, { path: pb, value: vb }], [reason(va, vb)])
}

/** True when `value < required` (未达到). @since 0.1.0 */
export const fallsShort = (
  path: string,
  value: number | undefined,
  requiredPath: string,
  required: number | undefined,
  reason: (value: number, required: number) => Text
): Cond => {
  if (quick) return value === undefined || required === undefined ? Q_OPEN : q(value < required)
  if (value === undefined || required === undefined) {
    const missing = [...(value === undefined ? [path] : []), ...(required === undefined ? [requiredPath] : [])]
    return { value: undefined, evidence: [], missing, reasons: [] }
  }
  return decided(value < required, [{ path, value }, { path: requiredPath, value: required }], [reason(value, required)])
}

/** True when a date is before the as-of date (the day itself is still in time). @since 0.1.0 */
export const expired = (path: string, date: Date | undefined, asOf: Date, reason: (date: string) => Text): Cond =>
  quick
    ? q(date === undefined ? undefined : date.getTime() < asOf.getTime())
    : date === undefined
    ? unknown(path)
    : decided(date.getTime() < asOf.getTime(), [{ path, value: CalendarDate.format(date) }], [reason(CalendarDate.format(date))])

/**
 * True when an occurrence dated `date` had happened by the as-of day (core's `isDatedByAsOf`; an
 * undated one is taken as it is). An occurrence dated later is not evidence of the past: put this
 * first in an entry's `all(…)` and the entry is no breach.
 *
 * @since 0.1.0
 */
export const datedByAsOf = (path: string, date: Date | undefined, asOf: Date): Cond =>
  quick
    ? q(isDatedByAsOf(date, asOf))
    : decided(isDatedByAsOf(date, asOf), date === undefined ? [] : [{ path, value: CalendarDate.format(date) }], [])

/** True by the fact's mere presence (an entry of a list of occurrences), with it as evidence. @since 0.1.0 */
export const present = (path: string, value: unknown, reason: Reason): Cond => (quick ? Q_TRUE : decided(true, [{ path, value }], [reasonOf(reason)]))

/** A condition with a fixed value (e.g. "not in scope of this edition"). @since 0.1.0 */
export const always = (value: boolean, reason?: Text): Cond => (quick ? q(value) : decided(value, [], reason === undefined ? [] : [reason]))

const uniq = (xs: ReadonlyArray<string>): Array<string> => [...new Set(xs)]

/**
 * 或 — true when any is true (evidence and reasons of the true ones); false when all are false;
 * else unknown, missing what the open ones miss.
 *
 * @since 0.1.0
 */
export const any = (...conds: ReadonlyArray<Cond>): Cond => {
  if (quick) {
    let open = false
    for (let i = 0; i < conds.length; i++) {
      const v = conds[i]!.value
      if (v === true) return Q_TRUE
      if (v === undefined) open = true
    }
    return open ? Q_OPEN : Q_FALSE
  }
  const yes = conds.filter((c) => c.value === true)
  if (yes.length > 0) return decided(true, yes.flatMap((c) => c.evidence), yes.flatMap((c) => c.reasons))
  const open = conds.filter((c) => c.value === undefined)
  if (open.length > 0) return { value: undefined, evidence: [], missing: uniq(open.flatMap((c) => c.missing)), reasons: [] }
  return decided(false, conds.flatMap((c) => c.evidence), [])
}

/**
 * 且 — true when all are true; false when any is false (evidence of the false ones); else unknown.
 *
 * @since 0.1.0
 */
export const all = (...conds: ReadonlyArray<Cond>): Cond => {
  if (quick) {
    let open = false
    for (let i = 0; i < conds.length; i++) {
      const v = conds[i]!.value
      if (v === false) return Q_FALSE
      if (v === undefined) open = true
    }
    return open ? Q_OPEN : Q_TRUE
  }
  const no = conds.filter((c) => c.value === false)
  if (no.length > 0) return decided(false, no.flatMap((c) => c.evidence), [])
  const open = conds.filter((c) => c.value === undefined)
  if (open.length > 0) return { value: undefined, evidence: [], missing: uniq(open.flatMap((c) => c.missing)), reasons: [] }
  return decided(true, conds.flatMap((c) => c.evidence), conds.flatMap((c) => c.reasons))
}

/**
 * 或 over a nested list (e.g. a crane's operations): true when the condition holds for any entry;
 * an absent list is unknown.
 *
 * @since 0.1.0
 */
export const anyEntry = <E>(list: ReadonlyArray<E> | undefined, path: string, check: (entry: E, path: string) => Cond): Cond =>
  quick
    ? quickAny(list, path, check)
    : list === undefined ? unknown(path) : list.length === 0 ? decided(false, [{ path, value: [] }], []) : any(...list.map((e, i) => check(e, `${path}[${i}]`)))

/** `anyEntry` for quick answers; entries get the list's path (paths are not used then). */
const quickAny = <E>(list: ReadonlyArray<E> | undefined, path: string, check: (entry: E, path: string) => Cond): Cond => {
  if (list === undefined) return Q_OPEN
  let open = false
  for (let i = 0; i < list.length; i++) {
    const v = check(list[i]!, path).value
    if (v === true) return Q_TRUE
    if (v === undefined) open = true
  }
  return open ? Q_OPEN : Q_FALSE
}

// ---------------------------------------------------------------------------------------------
// Parts and judgement
// ---------------------------------------------------------------------------------------------

interface Judged {
  readonly label: Text
  readonly cond: Cond
}

/**
 * One part of what a rule checks: the judged entries of a fact, or the path of a fact that is missing.
 *
 * @since 0.1.0
 */
export type Part =
  | { readonly _tag: "missing"; readonly path: string }
  /** A part judged for a quick answer: whether an entry is true (`violation`) or open (`open`), else `ok`. */
  | { readonly _tag: "quick"; readonly state: "violation" | "open" | "ok" }
  | { readonly _tag: "entries"; readonly path: string; readonly count: number | undefined; readonly entries: ReadonlyArray<Judged> }

const P_VIOLATION: Part = Object.freeze({ _tag: "quick", state: "violation" })
const P_OPEN: Part = Object.freeze({ _tag: "quick", state: "open" })
const P_OK: Part = Object.freeze({ _tag: "quick", state: "ok" })

/** `eachOf` for quick answers: an absent list is open; entries get the list's path (paths are not used then). */
const quickPart = <E>(list: ReadonlyArray<E> | undefined, path: string, check: (entry: E, path: string) => Cond): Part => {
  if (list === undefined) return P_OPEN
  let open = false
  for (let i = 0; i < list.length; i++) {
    const v = check(list[i]!, path).value
    if (v === true) return P_VIOLATION
    if (v === undefined) open = true
  }
  return open ? P_OPEN : P_OK
}

const nameOf = (entry: object): string | undefined => {
  const { name, id } = entry as { readonly name?: unknown; readonly id?: unknown }
  return typeof name === "string" && name !== "" ? name : typeof id === "string" && id !== "" ? id : undefined
}

const labelOf = (what: Text, entry: object, index: number): Text => {
  const name = nameOf(entry)
  return name === undefined
    ? { zh: `${what.zh}（第${index + 1}项）`, en: `${what.en} #${index + 1}` }
    : { zh: `${what.zh}「${name}」`, en: `${what.en} "${name}"` }
}

/**
 * Applies `check` to every entry of a fact list at `path` (e.g. `facts.cranes`); the entry's path
 * is `path[i]`. An absent list is a missing fact; an empty list is compliant.
 *
 * @since 0.1.0
 */
export const eachOf = <E extends object>(
  list: ReadonlyArray<E> | undefined,
  path: string,
  what: Text,
  check: (entry: E, path: string) => Cond
): Part =>
  quick
    ? quickPart(list, path, check)
    : list === undefined
    ? { _tag: "missing", path }
    : {
      _tag: "entries",
      path,
      count: list.length,
      entries: list.map((e, i) => ({ label: labelOf(what, e, i), cond: check(e, `${path}[${i}]`) }))
    }

/**
 * Applies `check` to one fact struct at `path` (e.g. `facts.contractor`). An absent struct is a
 * missing fact.
 *
 * @since 0.1.0
 */
export const one = <S>(value: S | undefined, path: string, what: Text, check: (value: S, path: string) => Cond): Part =>
  quick
    ? quickPart(value === undefined ? undefined : [value], path, check)
    : value === undefined
    ? { _tag: "missing", path }
    : { _tag: "entries", path, count: undefined, entries: [{ label: what, cond: check(value, path) }] }

/**
 * The outcome of a rule from its parts: a violation when any entry's condition is true (evidence
 * and details of each such entry); else indeterminate when a part is missing or an entry is open;
 * else compliant.
 *
 * @since 0.1.0
 */
export const judge = (...parts: ReadonlyArray<Part>): Outcome.Outcome => {
  if (quick) {
    let open = false
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!
      if (p._tag === "quick") {
        if (p.state === "violation") return Outcome.quickViolation
        if (p.state === "open") open = true
      } else open = true // "missing" (quick parts are the only others then)
    }
    return open ? Outcome.quickIndeterminate : Outcome.quickCompliant
  }
  const entries = parts.flatMap((p) => (p._tag === "entries" ? p.entries : []))
  const violating = entries.filter((e) => e.cond.value === true)
  if (violating.length > 0) {
    const detail = (lang: "zh" | "en") =>
      violating
        .map((e) => `${e.label[lang]}${lang === "zh" ? "：" : ": "}${uniq(e.cond.reasons.map((r) => r[lang])).join(lang === "zh" ? "；" : "; ")}`)
        .join(lang === "zh" ? "。" : ". ")
    const details: Localized = { "zh-CN": detail("zh"), en: detail("en") }
    return Outcome.violation(violating.flatMap((e) => e.cond.evidence), details)
  }
  const missing = uniq([
    ...parts.flatMap((p) => (p._tag === "missing" ? [p.path] : [])),
    ...entries.flatMap((e) => (e.cond.value === undefined ? e.cond.missing : []))
  ])
  if (missing.length > 0) return Outcome.indeterminate(missing)
  return Outcome.compliant(parts.flatMap((p) => {
    if (p._tag !== "entries") return []
    const counted: Array<Evidence> = p.count === undefined ? [] : [{ path: p.path, value: `${p.count} entries` }]
    return [...counted, ...p.entries.flatMap((e) => e.cond.evidence)]
  }))
}

// ---------------------------------------------------------------------------------------------
// Defining items
// ---------------------------------------------------------------------------------------------

export { editions, HAZARD_NOT_ELIMINATED, slice } from "./item.ts"
export type { Edition, Entry, FactKey, ItemRule, ItemSubject, Slice } from "./item.ts"

/** What a rule version needs beyond what the pack fills in. @since 0.1.0 */
export interface ItemSpec<K extends ReadonlyArray<FactKey>> {
  /** The slug after `construction/`, shared by the versions of one rule. */
  readonly slug: string
  readonly edition: Edition
  readonly article: number
  readonly item: number
  /** Whether §3/§3b tag the text as verified. */
  readonly verified: boolean
  readonly title: Localized
  readonly message: Localized
  readonly remediation: Localized
  /** Default `major`. */
  readonly severity?: Severity
  /** Default: 安全生产法 第一百零二条. */
  readonly penalties?: ReadonlyArray<Citation>
  readonly keys: K
  readonly reads: ReadonlyArray<string>
  readonly evaluate: (facts: Slice<K> | undefined, asOf: Date) => Outcome.Outcome
}

/**
 * Defines one version of one item.
 *
 * @since 0.1.0
 */
export const defineItem = <const K extends ReadonlyArray<FactKey>>(spec: ItemSpec<K>): ItemRule<K> => {
  const edition = editions[spec.edition]
  const facts = slice(spec.keys)
  return Rule.define({
    id: `construction/${spec.slug}`,
    title: spec.title,
    message: spec.message,
    remediation: spec.remediation,
    citation: { document: edition.document, article: spec.article, item: spec.item, verified: spec.verified },
    penalties: spec.penalties ?? [HAZARD_NOT_ELIMINATED],
    severity: spec.severity ?? "major",
    appliesTo: { sectors: ["construction"] },
    effective: edition.effective,
    facts,
    reads: spec.reads,
    evaluate: (subject: (typeof facts)["Type"], context) => {
      if (context.explain !== false) return spec.evaluate(subject.facts, context.asOf)
      quick = true
      try {
        return spec.evaluate(subject.facts, context.asOf)
      } finally {
        quick = false
      }
    }
  })
}

/** zh/en shorthand. @since 0.1.0 */
export const t = (zh: string, en: string): Text => ({ zh, en })

/** zh/en shorthand for `Localized`. @since 0.1.0 */
export const L = (zh: string, en: string): Localized => ({ "zh-CN": zh, en })
