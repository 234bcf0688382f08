/**
 * 条目 — what every rule of this pack shares, so a rule version states only its own: the id prefix,
 * the citation and effective window of its edition, the sector, severity, the penalty article, the
 * `facts` Schema as a slice of {@link ConstructionFacts} and the declarations (labels) of the facts
 * it reads. The conditions themselves are written in core's rule language (`Condition`), compiled
 * by `Rule.fromCondition` into the quick and the explaining path.
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import type { Citation, FactDeclarations, Localized, Severity } from "@anquan/core"
import { Schema, Struct } from "effect"
import { ConstructionFacts } from "../facts/ConstructionFacts.ts"
import type { ConstructionFacts as Facts } from "../facts/ConstructionFacts.ts"
import { constructionFactLabels, factsFor } from "../facts/labels.ts"
import { withSections } from "../facts/sections.ts"

/** The two editions. @since 0.1.0 */
export type Edition = "2022" | "2024"

/**
 * Each edition's citation document and the window it is in force (regulations.md, alert A).
 *
 * @since 0.1.0
 */
export const editions = {
  "2022": { document: "construction-major-hazard-2022", effective: { from: "2022-04-19", to: "2024-12-12" } },
  "2024": { document: "construction-major-hazard-2024", effective: { from: "2024-12-13" } }
} as const

/** 安全生产法(2021) 第一百零二条 — 未采取措施消除事故隐患. @since 0.1.0 */
export const HAZARD_NOT_ELIMINATED: Citation = { document: "work-safety-law-2021", article: 102, verified: true }

/** The top-level keys of the fact section. @since 0.1.0 */
export type FactKey = keyof typeof ConstructionFacts.fields

/**
 * The `facts` Schema of a rule that reads the keys `keys` of the pack's fact section: the subject
 * with `facts` narrowed to those keys (`undefined` when the record has no section).
 *
 * @since 0.1.0
 */
export const slice = <const K extends ReadonlyArray<FactKey>>(keys: K) =>
  Schema.Struct({ facts: Schema.UndefinedOr(Schema.Struct(Struct.pick(ConstructionFacts.fields, keys))) })

/** One entry of the fact list `K` (e.g. `Entry<"cranes">` is one crane). @since 0.1.0 */
export type Entry<K extends FactKey> = NonNullable<Facts[K]> extends ReadonlyArray<infer E> ? E : never

/** The decoded facts a rule reading `K` receives. @since 0.1.0 */
export type Slice<K extends ReadonlyArray<FactKey>> = ReturnType<typeof slice<K>>["Type"]["facts"]

/** What a rule reading `K` is evaluated with. @since 0.1.0 */
export interface ItemSubject<K extends ReadonlyArray<FactKey>> {
  readonly facts: Slice<K> | undefined
}

/** A rule version of this pack that reads `K`. @since 0.1.0 */
export type ItemRule<K extends ReadonlyArray<FactKey>> = Rule.Rule<ItemSubject<K>>

/**
 * What a rule version needs beyond what the pack fills in.
 *
 * @since 0.2.0
 */
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
  /** The top-level fact keys the conditions read: the Schema slice and the declarations come from them. */
  readonly keys: K
  /** When true the project is in breach of the item. */
  readonly violationWhen: Condition.Condition
}

/**
 * Defines one version of one item, its condition compiled by `Rule.fromCondition`.
 *
 * @since 0.1.0
 */
export const defineItem = <const K extends ReadonlyArray<FactKey>>(spec: ItemSpec<K>): ItemRule<K> => {
  const edition = editions[spec.edition]
  const facts: FactDeclarations = withSections(factsFor(spec.keys))
  return Rule.fromCondition({
    id: `construction/${spec.slug}`,
    title: spec.title,
    message: spec.message,
    remediation: spec.remediation,
    citation: { document: edition.document, article: spec.article, item: spec.item, verified: spec.verified },
    penalties: spec.penalties ?? [HAZARD_NOT_ELIMINATED],
    severity: spec.severity ?? "major",
    appliesTo: { sectors: ["construction"] },
    effective: edition.effective,
    schema: slice(spec.keys),
    facts,
    violationWhen: spec.violationWhen
  }) as ItemRule<K>
}

/**
 * 超过 — `path` is more than the fact `limitPath` (the limit itself is not over), with the words of a
 * violation. A value of 0 exceeds no limit, known or not (every limit in the facts is ≥ 0): the
 * condition is false then, with the value as evidence.
 *
 * @since 0.2.0
 */
export const exceeds = (path: string, limitPath: string, zh: string, en: string): Condition.Condition =>
  Condition.because(Condition.all(Condition.gt(path, 0), Condition.gt(path, Condition.fact(limitPath))), zh, en)

/**
 * How the entries of the fact list `list` are named in a violation's details: by their `name`, else
 * their `id` (`基坑「1号基坑」`), else by position with the list's noun (`第2个基坑`).
 *
 * @since 0.2.0
 */
export const named = (list: string): Condition.EntryOptions => {
  const declaration = constructionFactLabels[list]
  if (declaration?.items === undefined) throw new TypeError(`"${list}" is not a declared fact list`)
  const items = declaration.items
  const label = ["name", "id"].filter((path) => Object.hasOwn(items, path))
  return label.length === 0 ? { entry: declaration.label } : { label, entry: declaration.label }
}

/** zh/en shorthand for `Localized`. @since 0.1.0 */
export const L = (zh: string, en: string): Localized => ({ "zh-CN": zh, en })
