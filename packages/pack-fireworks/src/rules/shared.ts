/**
 * What the 20 rules share: their fixed metadata (citation, penalty, severity, window, sectors),
 * fact-slice Schemas, and a small collector that turns per-fact checks into one outcome.
 *
 * Every item of the standard is a list of situations joined by "or" (有下列情形之一): one situation
 * found is a violation even when other facts are unknown; only when none is found and some fact is
 * unknown is the outcome `indeterminate`.
 *
 * **Quick and explained.** A rule makes its {@link Collector} from its context. When the engine
 * needs only the outcome's kind (`RuleContext.explain` is `false`) the collector keeps two flags
 * and the rule builds no paths, evidence or messages: it asks {@link Collector.breach} or
 * {@link Collector.unknown} first, and builds them only when that answers `true` (explained), and
 * stops at the first violation ({@link Collector.done}). Lists are walked with plain loops, and a
 * building's path and label ({@link buildingRef}) are made only for explanations.
 *
 * ```ts
 * const c = collector(context)
 * const ws = c.list("facts.workshops", facts?.workshops)
 * for (let i = 0; i < ws.length && !c.done; i++) {
 *   const w = ws[i]!
 *   if (w.actualHeadCount === undefined) { if (c.unknown()) c.missing(`${buildingPath("workshop", i)}.actualHeadCount`) }
 *   else if (w.actualHeadCount > limit) { if (c.breach()) c.violation([…], zh, en) }
 *   else if (c.explain) c.see(`${buildingPath("workshop", i)}.actualHeadCount`, w.actualHeadCount)
 * }
 * return c.outcome()
 * ```
 *
 * @since 0.1.0
 */
import { Outcome } from "@anquan/core"
import type { Evidence, Localized } from "@anquan/core"
import type { Store, Workshop } from "../facts/FireworksFacts.ts"

export {
  citation,
  DOCUMENT,
  effective,
  enterpriseSlice,
  everyFireworksUnit,
  factsSlice,
  fireworksProducers,
  fireworksRetailPoints,
  penalty102
} from "./metadata.ts"

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

/**
 * The path of field `field` of entry `i` of the list at `list` (`facts.products[2].kind`), for
 * explanations only.
 *
 * @since 0.1.0
 */
export const at = (list: string, i: number, field: string): string => `${list}[${i}].${field}`

/**
 * {@link read} for field `field` of entry `i` of the list at `list`: the path is made only when
 * explaining.
 *
 * @since 0.1.0
 */
export const readAt = <A>(c: Collector, list: string, i: number, field: string, value: A | undefined): A | undefined => {
  if (value === undefined) {
    if (c.unknown()) c.missing(at(list, i, field))
  } else if (c.explain) c.see(at(list, i, field), value)
  return value
}

/**
 * A not-applicable answer giving `reason`: made anew when explaining, one frozen answer when quick.
 *
 * @since 0.1.0
 */
export const notApplicable = (reason: string): ((c: Collector) => Outcome.Outcome) => {
  const quick: Outcome.Outcome = Object.freeze(Outcome.notApplicable(reason))
  return (c) => (c.explain ? Outcome.notApplicable(reason) : quick)
}

// ---------------------------------------------------------------------------------------------
// Workshops and stores
// ---------------------------------------------------------------------------------------------

/** A 工房 or a 库房. @since 0.1.0 */
export type BuildingKind = "workshop" | "store"

/** The path of the list of buildings of `kind`. @since 0.1.0 */
export const buildingList = (kind: BuildingKind): string => (kind === "workshop" ? "facts.workshops" : "facts.stores")

/** The path of building `index` of `kind` (`facts.workshops[0]`), for explanations only. @since 0.1.0 */
export const buildingPath = (kind: BuildingKind, index: number): string => `${buildingList(kind)}[${index}]`

/**
 * A 工(库)房 with its path in the subject and a label for messages.
 *
 * @since 0.1.0
 */
export type BuildingRef =
  & { readonly path: string; readonly zh: string; readonly en: string }
  & ({ readonly kind: "workshop"; readonly building: Workshop } | { readonly kind: "store"; readonly building: Store })

const label = (kind: BuildingKind, b: Workshop | Store, index: number): { zh: string; en: string } => {
  const name = [b.id, b.name].filter((s) => s !== undefined).join(" ")
  const zhKind = kind === "workshop" ? "工房" : "库房"
  return name === ""
    ? { zh: `第${index + 1}个${zhKind}`, en: `${kind} #${index + 1}` }
    : { zh: `${zhKind}「${name}」`, en: `${kind} "${name}"` }
}

/**
 * A {@link BuildingRef} whose path and labels are made when first read: a rule reads the labels
 * only for a building in breach.
 */
class LazyBuildingRef {
  #path: string | undefined
  #label: { zh: string; en: string } | undefined
  readonly kind: BuildingKind
  readonly building: Workshop | Store
  readonly #index: number
  constructor(kind: BuildingKind, building: Workshop | Store, index: number) {
    this.kind = kind
    this.building = building
    this.#index = index
  }
  get path(): string {
    return (this.#path ??= buildingPath(this.kind, this.#index))
  }
  get zh(): string {
    return (this.#label ??= label(this.kind, this.building, this.#index)).zh
  }
  get en(): string {
    return (this.#label ??= label(this.kind, this.building, this.#index)).en
  }
}

/**
 * Building `index` of `kind` as a {@link BuildingRef}, for explanations: quick answers need none.
 *
 * @since 0.1.0
 */
export const buildingRef = (kind: BuildingKind, building: Workshop | Store, index: number): BuildingRef =>
  new LazyBuildingRef(kind, building, index) as BuildingRef

/**
 * Whether both lists of buildings are known and empty: a unit known to have no 工(库)房.
 *
 * @since 0.1.0
 */
export const knownToHaveNoBuildings = (
  facts: { readonly workshops?: ReadonlyArray<Workshop>; readonly stores?: ReadonlyArray<Store> } | undefined
): boolean => facts !== undefined && facts.workshops?.length === 0 && facts.stores?.length === 0

/** A rule's result for a unit known to have no 工(库)房 at all. @since 0.1.0 */
export const noBuildings: (c: Collector) => Outcome.Outcome = notApplicable("the unit has no workshops (工房) or stores (库房)")

/**
 * The outcome of a rule that checks every workshop, then every store, with `check` (a module-level
 * function, so no closure is made per call): not applicable for a unit known to have none; an
 * unknown list is a missing fact; a quick answer stops at the first violation.
 *
 * @since 0.1.0
 */
export const judgeBuildings = (
  context: { readonly explain?: boolean | undefined },
  facts: { readonly workshops?: ReadonlyArray<Workshop>; readonly stores?: ReadonlyArray<Store> } | undefined,
  check: (c: Collector, kind: BuildingKind, building: Workshop | Store, index: number) => void
): Outcome.Outcome => {
  const c = collector(context)
  if (knownToHaveNoBuildings(facts)) return noBuildings(c)
  const workshops = c.list("facts.workshops", facts?.workshops)
  const stores = c.list("facts.stores", facts?.stores)
  for (let i = 0; i < workshops.length && !c.done; i++) check(c, "workshop", workshops[i]!, i)
  for (let i = 0; i < stores.length && !c.done; i++) check(c, "store", stores[i]!, i)
  return c.outcome()
}

/** Formats a number for messages: at most three decimals, no trailing zeros. @since 0.1.0 */
export const num = (n: number): string => String(Math.round(n * 1000) / 1000)
