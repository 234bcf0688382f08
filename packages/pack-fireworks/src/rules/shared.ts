/**
 * What the 20 rules share: their fixed metadata (citation, penalty, severity, window, sectors),
 * fact-slice Schemas, and a small collector that turns per-fact checks into one outcome.
 *
 * Every item of the standard is a list of situations joined by "or" (有下列情形之一): one situation
 * found is a violation even when other facts are unknown; only when none is found and some fact is
 * unknown is the outcome `indeterminate`.
 *
 * @since 0.1.0
 */
import { Enterprise, Outcome } from "@anquan/core"
import type { Applicability, Citation, Evidence, Localized } from "@anquan/core"
import { Schema, Struct } from "effect"
import { FireworksFacts } from "../facts/FireworksFacts.ts"
import type { Store, Workshop } from "../facts/FireworksFacts.ts"

/** The document every rule of the pack cites. @since 0.1.0 */
export const DOCUMENT = "fireworks-major-hazard-2017"

/**
 * The primary citation of item `item`. Items 1–2 are verified verbatim against the official text
 * (regulations.md §2: yhbz.com.cn); items 3–20 come from two independent secondary copies only, so
 * they are `verified: false`.
 *
 * @since 0.1.0
 */
export const citation = (item: number): Citation => ({ document: DOCUMENT, item, verified: item <= 2 })

/** 安全生产法(2021) 第一百零二条 — 未采取措施消除事故隐患. @since 0.1.0 */
export const penalty102: Citation = { document: "work-safety-law-2021", article: 102, verified: true }

/** In force since the notice took effect; no end (still in force, regulations.md alert C). @since 0.1.0 */
export const effective = { from: "2017-11-13" } as const

/** Items 1–8, 13–19: every fireworks unit, production and sales alike (§2: one list). @since 0.1.0 */
export const everyFireworksUnit: Applicability = { sectors: ["fireworks"] }

/** Items whose wording concerns production only (工厂, 氧化剂/还原剂, 涉药机械设备, 设计产能). @since 0.1.0 */
export const fireworksProducers: Applicability = { sectors: ["fireworks"], unitKinds: ["production"] }

/** Item 20: retail points. @since 0.1.0 */
export const fireworksRetailPoints: Applicability = { sectors: ["fireworks"], unitKinds: ["retail-point"] }

type FactKey = keyof typeof FireworksFacts.fields

/**
 * The Schema of a rule's slice of the pack facts: `facts` is `undefined` when the record has no
 * fireworks section (every fact unknown).
 *
 * @since 0.1.0
 */
export const factsSlice = <const K extends ReadonlyArray<FactKey>>(keys: K) =>
  Schema.UndefinedOr(Schema.Struct(Struct.pick(FireworksFacts.fields, keys)))

type EnterpriseKey = keyof typeof Enterprise.fields

/** The Schema of a rule's slice of the core enterprise profile. @since 0.1.0 */
export const enterpriseSlice = <const K extends ReadonlyArray<EnterpriseKey>>(keys: K) =>
  Schema.Struct(Struct.pick(Enterprise.fields, keys))

/**
 * Collects what a rule found: violated situations (evidence and a sentence each, zh-CN and en),
 * facts seen while checking, and missing fact paths.
 *
 * @since 0.1.0
 */
export interface Collector {
  /** Records a violated situation. */
  readonly violation: (evidence: ReadonlyArray<Evidence>, zh: string, en: string) => void
  /** Records facts that were checked and found in order (evidence of a compliant outcome). */
  readonly seen: (...evidence: ReadonlyArray<Evidence>) => void
  /** Records an unknown fact. */
  readonly missing: (path: string) => void
  /** Whether a violation was recorded. */
  readonly violated: () => boolean
  /** The outcome: violation if any, else indeterminate if anything is missing, else compliant. */
  readonly outcome: () => Outcome.Outcome
}

/** @since 0.1.0 */
export const collector = (): Collector => {
  const bad: Array<Evidence> = []
  const good: Array<Evidence> = []
  const missing: Array<string> = []
  const zh: Array<string> = []
  const en: Array<string> = []
  return {
    violation: (evidence, z, e) => {
      bad.push(...evidence)
      zh.push(z)
      en.push(e)
    },
    seen: (...evidence) => {
      good.push(...evidence)
    },
    missing: (path) => {
      if (!missing.includes(path)) missing.push(path)
    },
    violated: () => zh.length > 0,
    outcome: () => {
      if (zh.length > 0) {
        const details: Localized = { "zh-CN": zh.join("；"), en: en.join("; ") }
        return Outcome.violation(bad, details)
      }
      if (missing.length > 0) return Outcome.indeterminate(missing)
      return Outcome.compliant(good)
    }
  }
}

/**
 * Reads a fact that one situation of an item turns on: records it as missing when `undefined`,
 * as seen otherwise, and returns it.
 *
 * @since 0.1.0
 */
export const read = <A>(c: Collector, path: string, value: A | undefined): A | undefined => {
  if (value === undefined) c.missing(path)
  else c.seen({ path, value })
  return value
}

/**
 * A 工(库)房 with its path in the subject and a label for messages.
 *
 * @since 0.1.0
 */
export type BuildingRef =
  & { readonly path: string; readonly zh: string; readonly en: string }
  & ({ readonly kind: "workshop"; readonly building: Workshop } | { readonly kind: "store"; readonly building: Store })

const label = (kind: "workshop" | "store", b: Workshop | Store, index: number): { zh: string; en: string } => {
  const name = [b.id, b.name].filter((s) => s !== undefined).join(" ")
  const zhKind = kind === "workshop" ? "工房" : "库房"
  return name === ""
    ? { zh: `第${index + 1}个${zhKind}`, en: `${kind} #${index + 1}` }
    : { zh: `${zhKind}「${name}」`, en: `${kind} "${name}"` }
}

/**
 * A {@link BuildingRef} whose path and labels are made when first read: most rules read them only
 * for a building in breach (a message, evidence), so a compliant one costs one small object.
 */
class LazyBuildingRef {
  #path: string | undefined
  #label: { zh: string; en: string } | undefined
  readonly kind: "workshop" | "store"
  readonly building: Workshop | Store
  readonly #index: number
  constructor(kind: "workshop" | "store", building: Workshop | Store, index: number) {
    this.kind = kind
    this.building = building
    this.#index = index
  }
  get path(): string {
    return (this.#path ??= `facts.${this.kind === "workshop" ? "workshops" : "stores"}[${this.#index}]`)
  }
  get zh(): string {
    return (this.#label ??= label(this.kind, this.building, this.#index)).zh
  }
  get en(): string {
    return (this.#label ??= label(this.kind, this.building, this.#index)).en
  }
}

/**
 * The workshops and stores of the unit (`facts.workshops[i]`, `facts.stores[i]`). Unknown lists are
 * recorded as missing; `known` says whether both lists are known.
 *
 * @since 0.1.0
 */
export const buildings = (
  c: Collector,
  facts: { readonly workshops?: ReadonlyArray<Workshop>; readonly stores?: ReadonlyArray<Store> } | undefined
): { readonly list: ReadonlyArray<BuildingRef>; readonly known: boolean } => {
  const list: Array<BuildingRef> = []
  let known = true
  if (facts?.workshops === undefined) {
    c.missing("facts.workshops")
    known = false
  } else {
    for (let i = 0; i < facts.workshops.length; i++) list.push(new LazyBuildingRef("workshop", facts.workshops[i]!, i) as BuildingRef)
  }
  if (facts?.stores === undefined) {
    c.missing("facts.stores")
    known = false
  } else {
    for (let i = 0; i < facts.stores.length; i++) list.push(new LazyBuildingRef("store", facts.stores[i]!, i) as BuildingRef)
  }
  return { list, known }
}

/** A rule's result for a unit known to have no 工(库)房 at all. @since 0.1.0 */
export const noBuildings = (): Outcome.Outcome => Outcome.notApplicable("the unit has no workshops (工房) or stores (库房)")

/** Formats a number for messages: at most three decimals, no trailing zeros. @since 0.1.0 */
export const num = (n: number): string => String(Math.round(n * 1000) / 1000)
