/**
 * The old per-rule kit, kept only for the one rule not yet written in the core rule language:
 * item 2 (special-operators-and-repairs-with-explosives). Every other rule is a `Rule.fromCondition`;
 * their shared constants are in `metadata.ts`.
 *
 * A {@link Collector} turns per-fact checks into one outcome, quick (`RuleContext.explain: false`:
 * two flags, no paths or words) or explained; see that rule for its use.
 *
 * @since 0.1.0
 */
import { Outcome } from "@anquan/core"
import type { Evidence, Localized } from "@anquan/core"


// ---------------------------------------------------------------------------------------------
// Collector
// ---------------------------------------------------------------------------------------------

/** The empty list quick answers share (frozen: nothing may be added to it). */
const NONE: ReadonlyArray<never> = Object.freeze([])


/**
 * Collects what a rule found: violated situations (evidence and a sentence each, zh-CN and en),
 * facts seen while checking, and missing fact paths.
 *
 * Made with the rule's context. When the context has `explain: false` the collector is *quick*: it
 * keeps two flags — a situation was violated, a fact was unknown — and answers a bare outcome of
 * the right kind; the rule then builds no paths, evidence or messages. The rule asks
 * {@link Collector.breach} (a situation is violated) and {@link Collector.unknown} (a fact is
 * unknown) before building what {@link Collector.violation} and {@link Collector.missing} take,
 * and {@link Collector.explain} before building the evidence of a fact seen. Once a violation is
 * recorded the quick outcome is decided: {@link Collector.done} tells the rule it may stop.
 * `violation`, `missing`, `seen` and `see` given values anyway are right in both modes.
 *
 * @since 0.1.0
 */
export class Collector {
  /** Whether evidence, details and missing paths are wanted (`context.explain !== false`). */
  readonly explain: boolean
  #bad: Array<Evidence> | undefined = undefined
  #good: Array<Evidence> | undefined = undefined
  #missing: Array<string> | undefined = undefined
  #zh: Array<string> | undefined = undefined
  #en: Array<string> | undefined = undefined
  #violated = false
  #open = false

  /** Without a context (or with `explain` absent or `true`), the collector explains. */
  constructor(context?: { readonly explain?: boolean | undefined }) {
    this.explain = context?.explain !== false
  }

  /** Quick, and a violation was recorded: the outcome is decided, the rule may stop. */
  get done(): boolean {
    return this.#violated && !this.explain
  }

  /**
   * A situation is violated. Quick: records it and returns `false`. Explained: returns `true`, and
   * the rule records it with {@link Collector.violation}.
   */
  breach(): boolean {
    if (this.explain) return true
    this.#violated = true
    return false
  }

  /**
   * A fact is unknown. Quick: records it and returns `false`. Explained: returns `true`, and the
   * rule names it with {@link Collector.missing}.
   */
  unknown(): boolean {
    if (this.explain) return true
    this.#open = true
    return false
  }

  /** Records a violated situation. */
  violation(evidence: ReadonlyArray<Evidence>, zh: string, en: string): void {
    this.#violated = true
    if (!this.explain) return
    const bad = (this.#bad ??= [])
    for (let i = 0; i < evidence.length; i++) bad.push(evidence[i]!)
    ;(this.#zh ??= []).push(zh)
    ;(this.#en ??= []).push(en)
  }

  /** Records facts that were checked and found in order (evidence of a compliant outcome). */
  seen(...evidence: ReadonlyArray<Evidence>): void {
    if (!this.explain) return
    const good = (this.#good ??= [])
    for (let i = 0; i < evidence.length; i++) good.push(evidence[i]!)
  }

  /** Records one fact that was checked and found (explained only). */
  see(path: string, value: unknown): void {
    if (this.explain) (this.#good ??= []).push({ path, value })
  }

  /** Records an unknown fact (each path once). */
  missing(path: string): void {
    this.#open = true
    if (!this.explain) return
    const missing = (this.#missing ??= [])
    if (!missing.includes(path)) missing.push(path)
  }

  /** The list, or — when it is unknown — an empty one, with the list's path recorded as missing. */
  list<A>(path: string, list: ReadonlyArray<A> | undefined): ReadonlyArray<A> {
    if (list !== undefined) return list
    this.missing(path)
    return NONE
  }

  /** The outcome: violation if any, else indeterminate if anything is missing, else compliant. */
  outcome(): Outcome.Outcome {
    if (!this.explain) return this.#violated ? Outcome.quickViolation : this.#open ? Outcome.quickIndeterminate : Outcome.quickCompliant
    if (this.#zh !== undefined) {
      const details: Localized = { "zh-CN": this.#zh.join("；"), en: this.#en!.join("; ") }
      return Outcome.violation(this.#bad ?? [], details)
    }
    if (this.#missing !== undefined) return Outcome.indeterminate(this.#missing)
    return Outcome.compliant(this.#good ?? [])
  }
}

/** A collector for a rule evaluated with `context` (quick when `context.explain` is `false`). @since 0.1.0 */
export const collector = (context?: { readonly explain?: boolean | undefined }): Collector => new Collector(context)

/**
 * One collector that lives as long as the module. Collectors are short-lived (one per rule call),
 * and V8 forgets the hidden class of objects of which no instance is alive at a full garbage
 * collection — then every rule compiled against it is deoptimised and warms up again. A single
 * live instance keeps the class, and the rules' optimised code, across collections.
 */
const keepCollectorShapeAlive: Collector = new Collector({ explain: false })
void keepCollectorShapeAlive

/**
 * Reads a fact that one situation of an item turns on, at a fixed path: records it as missing when
 * `undefined`, as seen otherwise (explained only), and returns it.
 *
 * @since 0.1.0
 */
export const read = <A>(c: Collector, path: string, value: A | undefined): A | undefined => {
  if (value === undefined) c.missing(path)
  else if (c.explain) c.see(path, value)
  return value
}
