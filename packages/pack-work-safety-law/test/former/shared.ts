/**
 * Helpers shared by the pack's rules: the scope lists of the articles, fact-slice Schemas,
 * three-valued facts, calendar arithmetic, the bare outcomes of quick answers and an accumulator
 * that turns a rule's checks into one outcome ({@link Findings}).
 *
 * Every rule runs on every enterprise, and the engine usually asks only for the outcome's kind
 * (`RuleContext.explain: false`). The helpers let a rule answer that with loops over the facts and
 * no temporaries: no path strings, evidence values, texts, closures or arrays unless it explains.
 *
 * @since 0.1.0
 */
import { CalendarDate, Enterprise, Outcome } from "@anquan/core"
import type { DangerousGoodsActivity, Evidence, Localized, Sector } from "@anquan/core"
import { Schema, Struct } from "effect"
import { WorkSafetyFacts } from "../../src/facts/WorkSafetyFacts.ts"

// ---------------------------------------------------------------------------------------------
// Fact slices
// ---------------------------------------------------------------------------------------------

type EnterpriseKey = keyof typeof Enterprise.fields
type FactsKey = keyof typeof WorkSafetyFacts.fields

/**
 * The `facts` Schema of a rule: the enterprise fields it reads and the keys of the pack's fact
 * section it reads (the section is `undefined` when the record has none).
 *
 * @since 0.1.0
 */
export const factSlice = <const E extends ReadonlyArray<EnterpriseKey>, const F extends ReadonlyArray<FactsKey>>(
  enterprise: E,
  facts: F
) =>
  Schema.Struct({
    enterprise: Schema.Struct(Struct.pick(Enterprise.fields, enterprise)),
    facts: Schema.UndefinedOr(Schema.Struct(Struct.pick(WorkSafetyFacts.fields, facts)))
  })

// ---------------------------------------------------------------------------------------------
// Scope lists
// ---------------------------------------------------------------------------------------------

/**
 * 第二十七条 考核 high-risk list, sector part: 矿山 (coal and non-coal), 金属冶炼, 建筑施工, 运输单位.
 *
 * @since 0.1.0
 */
export const ART27_HIGH_RISK_SECTORS: ReadonlyArray<Sector> = ["coal-mine", "non-coal-mine", "metal-smelting", "construction", "transport"]

/**
 * 第二十七条 考核 high-risk list, dangerous-goods part: 危险物品的生产、经营、储存、装卸单位.
 *
 * @since 0.1.0
 */
export const ART27_HIGH_RISK_ACTIVITIES: ReadonlyArray<DangerousGoodsActivity> = ["production", "trading", "storage", "loading"]

/**
 * 第二十七条 (注册安全工程师), sector part: 矿山, 金属冶炼.
 *
 * @since 0.1.0
 */
export const ART27_ENGINEER_SECTORS: ReadonlyArray<Sector> = ["coal-mine", "non-coal-mine", "metal-smelting"]

/**
 * 第二十七条 (注册安全工程师), dangerous-goods part: 危险物品的生产、储存、装卸单位 (not 经营).
 *
 * @since 0.1.0
 */
export const ART27_ENGINEER_ACTIVITIES: ReadonlyArray<DangerousGoodsActivity> = ["production", "storage", "loading"]

/**
 * 第四十二条: the activities whose 车间、商店、仓库 may not share a building with 员工宿舍
 * (生产、经营、储存、使用危险物品).
 *
 * @since 0.1.0
 */
export const ART42_ACTIVITIES: ReadonlyArray<DangerousGoodsActivity> = ["production", "trading", "storage", "use"]

/**
 * Whether `list` shares a value with `values` (a loop: no closure or temporary array).
 *
 * @since 0.1.0
 */
export const intersects = <A>(list: ReadonlyArray<A>, values: ReadonlyArray<A>): boolean => {
  for (let i = 0; i < list.length; i++) if (values.includes(list[i]!)) return true
  return false
}

/**
 * Whether a unit falls in a scope made of sectors and dangerous-goods activities: `true`, `false`,
 * or `undefined` when the sectors do not already decide and `enterprise.dangerousGoodsActivities`
 * — the one fact that can then be missing — is unknown.
 *
 * @since 0.1.0
 */
export const inScope = (
  e: { readonly sectors: ReadonlyArray<Sector>; readonly dangerousGoodsActivities?: ReadonlyArray<DangerousGoodsActivity> },
  sectors: ReadonlyArray<Sector>,
  activities: ReadonlyArray<DangerousGoodsActivity>
): Tri => {
  if (intersects(e.sectors, sectors)) return true
  return e.dangerousGoodsActivities === undefined ? undefined : intersects(e.dangerousGoodsActivities, activities)
}

// ---------------------------------------------------------------------------------------------
// Three-valued facts
// ---------------------------------------------------------------------------------------------

/** `true`, `false` or unknown (`undefined`): an optional boolean fact, or a duty decided from facts. @since 0.1.0 */
export type Tri = boolean | undefined

/** Conjunction (false wins, then unknown): every duty met. @since 0.1.0 */
export const and3 = (a: Tri, b: Tri): Tri => (a === false || b === false ? false : a === true && b === true ? true : undefined)

/** Negation (unknown stays unknown). @since 0.1.0 */
export const not3 = (a: Tri): Tri => (a === undefined ? undefined : !a)

// ---------------------------------------------------------------------------------------------
// Calendar
// ---------------------------------------------------------------------------------------------

const daysInMonth = (year: number, month: number): number =>
  month === 1 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : month === 3 || month === 5 || month === 8 || month === 10 ? 30 : 31

/** {@link addMonths} as a time value (milliseconds since the epoch), without making a `Date`. */
const addMonthsTime = (date: Date, months: number): number => {
  const m = date.getUTCMonth() + months
  const y = date.getUTCFullYear() + Math.floor(m / 12)
  const month = m - 12 * Math.floor(m / 12)
  return Date.UTC(y, month, Math.min(date.getUTCDate(), daysInMonth(y, month)))
}

/**
 * Adds whole calendar months, clamping to the last day of the month (2025-08-31 + 6 → 2026-02-28).
 *
 * @since 0.1.0
 */
export const addMonths = (date: Date, months: number): Date => new Date(addMonthsTime(date, months))

const DAY = 86_400_000

/**
 * Whether `asOf` is after `date` + `months` calendar months ({@link addMonths}): an interval that
 * has run out. `months` calendar months are never shorter than `months` × 28 days, so an `asOf`
 * less than that after `date` (one day less, whatever the time of day) is decided without
 * calendar arithmetic — most are.
 *
 * @since 0.1.0
 */
export const isPastMonths = (date: Date, months: number, asOf: Date): boolean => {
  const t = asOf.getTime()
  if (t - date.getTime() < (28 * months - 1) * DAY) return false
  return t > addMonthsTime(date, months)
}

/** `YYYY-MM-DD`. @since 0.1.0 */
export const iso = (date: Date): string => CalendarDate.format(date)

/**
 * Whether `date` is after `asOf` (e.g. the as-of day after an expiry). For "a fact dated after the
 * as-of day had not happened yet", use core's `isDatedAfterAsOf` / `isDatedByAsOf`.
 *
 * @since 0.1.0
 */
export const isAfter = (date: Date, asOf: Date): boolean => date.getTime() > asOf.getTime()

// ---------------------------------------------------------------------------------------------
// Outcomes
// ---------------------------------------------------------------------------------------------

const NONE: ReadonlyArray<never> = Object.freeze([])

/**
 * A `not-applicable` outcome with a fixed reason, made once (frozen) and returned whether or not
 * the rule explains: the reason is all there is to it.
 *
 * @since 0.1.0
 */
export const notApplicable = (reason: string): Outcome.Outcome => Object.freeze(Outcome.notApplicable(reason))

// ---------------------------------------------------------------------------------------------
// Outcome accumulator
// ---------------------------------------------------------------------------------------------

/**
 * Collects what a rule found: evidence, problems (each a violation reason in zh-CN and English)
 * and missing fact paths. `outcome()` is a violation when any problem was found (a definite
 * violation is reported even if other facts are missing), else indeterminate when any fact was
 * missing, else compliant.
 *
 * **Quick and explained.** A rule gets its findings from {@link findings}, with its context. When
 * the engine asks without explanations (`explain: false`) they are *quick*: they keep no evidence,
 * texts or paths, only whether a problem was found and whether a fact is missing, and `outcome()`
 * gives a bare outcome of the right kind ({@link Outcome.quickViolation}, {@link Outcome.quickIndeterminate},
 * {@link Outcome.quickCompliant}); the engine asks again, explained, for a violation or an indeterminate
 * answer. The methods that take a path or text ignore them when quick, so a rule may call them
 * with constant strings either way. Where the strings or evidence values would have to be built
 * (paths with an index, texts with a name, dates), the rule first states the duty as a bare
 * {@link Tri} — met, not met, or unknown — with {@link Findings.quick}, which counts it when quick,
 * and builds the explanation only when that returns `false`; {@link Findings.done} lets a quick
 * rule stop at the first problem:
 *
 * ```ts
 * for (let i = 0; i < ops.length && !out.done; i++) {
 *   const op = ops[i]!
 *   if (out.quick(op.onSiteSafetyManager)) continue
 *   out.duty(`facts.dangerousOperations[${i}].onSiteSafetyManager`, op.onSiteSafetyManager, `…${op.description}…`, `…`)
 * }
 * ```
 *
 * The two statements must agree on the kind; `PackTester` checks it on every case.
 *
 * @since 0.1.0
 */
export class Findings {
  /** Whether evidence, texts and missing paths are wanted (`false` while the engine only needs the outcome's kind). */
  readonly explain: boolean
  private evidence: Array<Evidence> | undefined = undefined
  private problems: Array<Localized> | undefined = undefined
  private missingPaths: Array<string> | undefined = undefined
  /** Quick: a problem was found. */
  private violated = false
  /** Quick: a fact is missing. */
  private open = false

  /** Without a context (or with `explain` absent or `true`), the findings explain. Rules use {@link findings}. */
  constructor(context?: { readonly explain?: boolean | undefined }) {
    this.explain = context?.explain !== false
  }

  /** Quick findings only: forgets what the previous evaluation found. */
  reset(): this {
    this.violated = false
    this.open = false
    return this
  }

  /** Quick, and a problem was found: the outcome is a violation whatever comes next, the rule may stop. */
  get done(): boolean {
    return this.violated
  }

  /** Whether a fact was found missing so far. */
  get incomplete(): boolean {
    return this.explain ? this.missingPaths !== undefined : this.open
  }

  see(path: string, value: unknown): this {
    if (this.explain) (this.evidence ??= []).push({ path, value })
    return this
  }

  problem(zh: string, en: string): this {
    if (this.explain) (this.problems ??= []).push({ "zh-CN": zh, en })
    else this.violated = true
    return this
  }

  need(path: string): this {
    if (!this.explain) this.open = true
    else if (this.missingPaths === undefined) this.missingPaths = [path]
    else if (!this.missingPaths.includes(path)) this.missingPaths.push(path)
    return this
  }

  /** Records a boolean duty: `false` is a problem, `undefined` a missing fact. */
  duty(path: string, value: boolean | undefined, zh: string, en: string): this {
    if (value === undefined) return this.need(path)
    this.see(path, value)
    if (!value) this.problem(zh, en)
    return this
  }

  /**
   * States a duty as a bare {@link Tri}: met (`true`), not met (`false`, a problem) or unknown
   * (`undefined`, a missing fact). Quick: counts it and returns `true` — the rule skips its
   * explanation. Explained: counts nothing and returns `false` — the rule then states the duty
   * with {@link Findings.see}, {@link Findings.problem}, {@link Findings.need} and
   * {@link Findings.duty}, which must come to the same.
   */
  quick(met: Tri): boolean {
    if (this.explain) return false
    if (met === false) this.violated = true
    else if (met === undefined) this.open = true
    return true
  }

  outcome(): Outcome.Outcome {
    if (!this.explain) return this.violated ? Outcome.quickViolation : this.open ? Outcome.quickIndeterminate : Outcome.quickCompliant
    const problems = this.problems
    if (problems !== undefined) {
      let zh = problems[0]!["zh-CN"]
      let en = problems[0]!.en
      for (let i = 1; i < problems.length; i++) {
        zh = `${zh}；${problems[i]!["zh-CN"]}`
        en = `${en}; ${problems[i]!.en}`
      }
      return Outcome.violation(this.evidence ?? [], { "zh-CN": zh, en })
    }
    if (this.missingPaths !== undefined) return Outcome.indeterminate(this.missingPaths)
    return Outcome.compliant(this.evidence ?? [])
  }
}

/** The one quick instance: rules evaluate synchronously and never nest, so it is reset for each evaluation. */
const quickFindings = new Findings({ explain: false })

/**
 * The findings of one evaluation of a rule: new ones when the context wants explanations, else the
 * shared quick instance, reset (quick findings keep two flags, and an evaluation runs to its end
 * before the next begins).
 *
 * @since 0.1.0
 */
export const findings = (context: { readonly explain?: boolean | undefined }): Findings =>
  context.explain === false ? quickFindings.reset() : new Findings(context)
