/**
 * 判定项 — how one item of 令第10号 becomes a rule in core's rule language: the metadata every item
 * shares (citation `{ document: industry-trade-major-hazard-2023, article, item }`, severity `major`,
 * sector `industry-trade`, in force from 2023-05-15), the applicability of its article (the
 * enterprise's sub-industry for 第四–十条, its special field for 第十一–十三条, every 工贸 enterprise
 * for 第三条) and the item's own declared facts and conditions. `Rule.fromCondition` does the rest;
 * nothing here evaluates anything.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import type { FactDeclarations, Localized } from "@anquan/core"
import type { Industry, SpecialField } from "../facts/applicability.ts"
import { applicabilityFacts, INDUSTRIES, industryNames, SPECIAL_FIELDS, specialFieldNames } from "../facts/applicability.ts"
import { withSections } from "../facts/sections.ts"

/** The citation document of every item. @since 0.2.0 */
export const DOCUMENT = "industry-trade-major-hazard-2023"

/** The first day 令第10号 is in force. @since 0.2.0 */
export const IN_FORCE_FROM = "2023-05-15"

/** Whom an article binds. @since 0.2.0 */
export type Scope = { readonly industry: Industry } | { readonly field: SpecialField } | "every"

/** What one item states. @since 0.2.0 */
export interface ItemSpec {
  /** The rule id's slug: `industry-trade/<slug>`. */
  readonly slug: string
  readonly article: number
  readonly item: number
  readonly scope: Scope
  readonly title: Localized
  /** The item's text, quoted (zh-CN), and its English gloss: the rule's message. */
  readonly message: Localized
  readonly remediation: Localized
  /** The facts of the item (beyond the applicability facts), declared with labels. */
  readonly facts: FactDeclarations
  /** When true the item does not concern the enterprise although its article does (no such plant). */
  readonly absentWhen?: Condition.Condition
  /**
   * For a facility that belongs to one plant of several (the 模铸 ladle of 第四条(三)), the condition
   * "that plant is absent"; default `absentWhen`. Read by 第十四条 only.
   */
  readonly facilityAbsentWhen?: Readonly<Record<string, Condition.Condition>>
  readonly violationWhen: Condition.Condition
  /** `false` when the fact base does not confirm the wording. Default `true`. */
  readonly verified?: boolean
}

/** The condition "the enterprise is outside the article's scope". @since 0.2.0 */
export const outOfScope = (scope: Scope): Condition.Condition | undefined => {
  if (scope === "every") return undefined
  if ("industry" in scope) {
    const name = industryNames[scope.industry]
    return Condition.because(
      Condition.not(Condition.oneOf(INDUSTRIES, [scope.industry])),
      `非${name["zh-CN"]}企业`,
      `not a ${name.en} enterprise`
    )
  }
  const name = specialFieldNames[scope.field]
  return Condition.because(
    Condition.not(Condition.oneOf(SPECIAL_FIELDS, [scope.field])),
    `不属于${name["zh-CN"]}的工贸企业`,
    `no ${name.en}`
  )
}

/** The condition "the enterprise is within the article's scope" (for 第十四条). @since 0.2.0 */
export const inScope = (scope: Scope): Condition.Condition | undefined => {
  if (scope === "every") return undefined
  return "industry" in scope ? Condition.oneOf(INDUSTRIES, [scope.industry]) : Condition.oneOf(SPECIAL_FIELDS, [scope.field])
}

/** The item's rule, with the declarations it was made from (第十四条 reads them). @since 0.2.0 */
export interface Item {
  readonly spec: ItemSpec
  readonly rule: Rule.Rule<any>
}

/**
 * The rule of one item.
 *
 * @since 0.2.0
 */
export const item = (spec: ItemSpec): Item => {
  const out = outOfScope(spec.scope)
  const notApplicable = out === undefined
    ? spec.absentWhen
    : spec.absentWhen === undefined ? out : Condition.any(out, spec.absentWhen)
  const rule = Rule.fromCondition({
    id: `industry-trade/${spec.slug}`,
    title: spec.title,
    message: spec.message,
    remediation: spec.remediation,
    citation: { document: DOCUMENT, article: spec.article, item: spec.item, verified: spec.verified ?? true },
    severity: "major",
    appliesTo: { sectors: ["industry-trade"] },
    effective: { from: IN_FORCE_FROM },
    facts: withSections({ ...(spec.scope === "every" ? {} : applicabilityFacts), ...spec.facts }),
    ...(notApplicable === undefined ? {} : { notApplicableWhen: notApplicable }),
    violationWhen: spec.violationWhen
  })
  return { spec, rule }
}

// ---- short forms for the conditions the items repeat (they return plain condition data) ----

/** The facility at `path` is recorded `missing` (未设置). @since 0.2.0 */
export const missing = (path: string, zh: string, en: string): Condition.Condition => Condition.because(Condition.eq(path, "missing"), zh, en)

/** The yes/no fact at `path` is `true`. @since 0.2.0 */
export const yes = (path: string, zh: string, en: string): Condition.Condition => Condition.because(Condition.eq(path, true), zh, en)

/** The yes/no fact at `path` is `false`. @since 0.2.0 */
export const no = (path: string, zh: string, en: string): Condition.Condition => Condition.because(Condition.eq(path, false), zh, en)

/** The enterprise has no such plant: the yes/no fact at `path` is `false`. @since 0.2.0 */
export const without = (path: string, zh: string, en: string): Condition.Condition => no(path, zh, en)

/** Bilingual text. @since 0.2.0 */
export const text = (zh: string, en: string): Localized => ({ "zh-CN": zh, en })
