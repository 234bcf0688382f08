/**
 * 判定项 — how one judgement item of 城镇燃气经营安全重大隐患判定标准 (建城规〔2023〕4号) becomes a rule
 * in core's rule language: the metadata every item shares (citation `{ document:
 * city-gas-major-hazard-2023, article, item }`, severity `major`, sector `gas`, in force from
 * 2023-09-21), the applicability of the whole standard (a 燃气经营者 only: `facts.gasOperator`) and the
 * item's own declared facts and conditions. `Rule.fromCondition` does the rest; nothing here
 * evaluates anything.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import type { FactDeclarations, Localized } from "@anquan/core"
import { applicabilityFacts, GAS_OPERATOR } from "../facts/facts.ts"
import { withSections } from "../facts/sections.ts"

/** The citation document of every item. @since 0.2.0 */
export const DOCUMENT = "city-gas-major-hazard-2023"

/**
 * The first day the standard is applied: 第十一条 "本标准自发布之日起执行", issued 2023-09-21 (the issue
 * date is secondary only: the catalogue marks the document `verified: false`).
 *
 * @since 0.2.0
 */
export const IN_FORCE_FROM = "2023-09-21"

/** What one item states. @since 0.2.0 */
export interface ItemSpec {
  /** The rule id's slug: `city-gas/<slug>`. */
  readonly slug: string
  readonly article: number
  /** The item's number; absent for 第八条 and 第十条, each a single-article criterion. */
  readonly item?: number
  readonly title: Localized
  /** The item's text, quoted (zh-CN), and its English gloss: the rule's message. */
  readonly message: Localized
  readonly remediation: Localized
  /** The facts of the item (beyond `facts.gasOperator`), declared with labels. */
  readonly facts: FactDeclarations
  /** When true the item does not concern the operator although the standard does (no station, no cylinders). */
  readonly absentWhen?: Condition.Condition
  readonly violationWhen: Condition.Condition
}

/** The condition "not a 燃气经营者": every item is then not applicable. @since 0.2.0 */
export const notAGasOperator: Condition.Condition = Condition.because(
  Condition.eq(GAS_OPERATOR, false),
  "非燃气经营者（本标准适用于燃气经营者）",
  "not a gas supplier (the standard binds gas suppliers)"
)

/** The item's rule, with the spec it was made from. @since 0.2.0 */
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
  const rule = Rule.fromCondition({
    id: `city-gas/${spec.slug}`,
    title: spec.title,
    message: spec.message,
    remediation: spec.remediation,
    citation: { document: DOCUMENT, article: spec.article, ...(spec.item === undefined ? {} : { item: spec.item }), verified: true },
    severity: "major",
    appliesTo: { sectors: ["gas"] },
    effective: { from: IN_FORCE_FROM },
    facts: withSections({ ...applicabilityFacts, ...spec.facts }),
    notApplicableWhen: spec.absentWhen === undefined ? notAGasOperator : Condition.any(notAGasOperator, spec.absentWhen),
    violationWhen: spec.violationWhen
  })
  return { spec, rule }
}

// ---- short forms for the conditions the items repeat (they return plain condition data) ----

/** The yes/no fact at `path` is `true`. @since 0.2.0 */
export const yes = (path: string, zh: string, en: string): Condition.Condition => Condition.because(Condition.eq(path, true), zh, en)

/** The yes/no fact at `path` is `false`. @since 0.2.0 */
export const no = (path: string, zh: string, en: string): Condition.Condition => Condition.because(Condition.eq(path, false), zh, en)
