/**
 * What every non-coal-mine rule shares: the citation of its item, the window in force, applicability by mine unit, the
 * declared facts, and the words of a numbered sub-case.
 *
 * The standard has no articles: it has three parts (一、地下矿山 32 items, 二、露天矿山 13, 三、尾矿库 19), and so has the
 * supplement (4, 2, 2). A citation gives the part as `article` (1 地下矿山, 2 露天矿山, 3 尾矿库) and the item of the part
 * as `item`; the catalogue numbers both texts by parts, so reports print 一、(二十), and the coverage test checks both
 * texts against that numbering.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import type { Citation } from "@anquan/core"
import { Schema } from "effect"
import { NoncoalMineFacts, noncoalMineFacts } from "../facts/NoncoalMineFacts.ts"
import { supplementWindowNote } from "./notes.ts"
import { withSections } from "../facts/sections.ts"

/** The pack's declarations with its three sections' labels. */
const declarations = withSections(noncoalMineFacts)

/** The citation id of 矿安〔2022〕88号. @since 0.2.0 */
export const NONCOAL_2022 = "noncoal-major-hazard-2022"

/** The citation id of 矿安〔2024〕41号 (补充情形). @since 0.2.0 */
export const SUPPLEMENT_2024 = "noncoal-major-hazard-supplement-2024"

/**
 * The first day of the supplement's rules: the date of its notice (2024-04-23). The notice states no in-force date
 * ("请遵照执行"), so this is the earliest day it can apply — an inference, not a stated date.
 *
 * @since 0.2.0
 */
export const SUPPLEMENT_FROM = "2024-04-23"

/** A part of the standard: 地下矿山, 露天矿山, 尾矿库. @since 0.2.0 */
export type Part = "underground" | "open-pit" | "tailings-pond"

/** The number of each part (一、二、三), used as the citation's `article`. @since 0.2.0 */
export const partNumber: Readonly<Record<Part, number>> = { underground: 1, "open-pit": 2, "tailings-pond": 3 }

/** Item `item` of part `part` of 矿安〔2022〕88号; the text is verified (NONCOAL-text). @since 0.2.0 */
export const cite = (part: Part, item: number): Citation => ({ document: NONCOAL_2022, article: partNumber[part], item, verified: true })

/**
 * Item `item` of part `part` of the 补充情形: the wording is verified, the window it applies in is not (no in-force
 * date), so the citation is `verified: false`.
 *
 * @since 0.2.0
 */
export const citeSupplement = (part: Part, item: number): Citation => ({ document: SUPPLEMENT_2024, article: partNumber[part], item, verified: false })

/** The mine has no unit of this part (地下矿山, 露天矿山, 尾矿库): the part's rules do not apply. @since 0.2.0 */
export const notUnit = (part: Part): Condition.Condition => Condition.not(Condition.oneOf("facts.units", [part]))

/** The subject every rule reads, built once (deriving it from the declarations per rule would build it 72 times). */
const subject = Schema.Struct({ facts: Schema.UndefinedOr(NoncoalMineFacts) })

/** A localized text. @since 0.2.0 */
export const text = (zh: string, en: string) => ({ "zh-CN": zh, en })

const labelOf = (path: string): { readonly "zh-CN": string; readonly en: string } => {
  const d = (noncoalMineFacts as Record<string, { label: { "zh-CN": string; en: string } }>)[path]
  if (d === undefined) throw new TypeError(`no fact declared at ${path}`)
  return d.label
}

/**
 * A finding that is the 情形 (`path` true): the violation's words are the declaration's label, prefixed by the
 * sub-case's number when the item has numbered sub-cases (`3. 安全出口全部为竖井…`).
 *
 * @since 0.2.0
 */
export const flag = (path: string, subcase?: number): Condition.Condition => {
  const l = labelOf(path)
  const n = subcase === undefined ? "" : `${subcase}. `
  return Condition.because(Condition.eq(path, true), n + l["zh-CN"], n + l.en)
}

/**
 * Numbered sub-case `n` of an item: `condition`, its words prefixed by the number (`2. …`), so the violation's details
 * name the sub-case as its evidence names the facts.
 *
 * @since 0.2.0
 */
export const sub = (n: number, condition: Condition.Condition): Condition.Condition =>
  Condition.because(condition, `${n}. {$reasons}`, `${n}. {$reasons}`)

/** What {@link item} needs. @since 0.2.0 */
export interface ItemSpec {
  readonly part: Part
  readonly item: number
  /** The rule id's slug (`noncoal-mine/<slug>`). */
  readonly slug: string
  readonly title: readonly [string, string]
  readonly message: readonly [string, string]
  readonly remediation: readonly [string, string]
  /** When the item does not concern a mine of its part (besides the mine having no unit of the part). */
  readonly notApplicableWhen?: Condition.Condition
  readonly violationWhen: Condition.Condition
  /** `false`: the item applies whatever the mine's units are (尾矿库(十八): a place that is not yet managed as one). */
  readonly byUnit?: boolean
  /** 矿安〔2024〕41号 instead of 矿安〔2022〕88号. */
  readonly supplement?: boolean
  readonly notes?: ReadonlyArray<Rule.RuleNote>
}

/**
 * One item as a rule: `major`, non-coal mines, not applicable to a mine without a unit of its part; from 2022-09-01
 * citing 矿安〔2022〕88号, or for a supplementary item from {@link SUPPLEMENT_FROM} citing 矿安〔2024〕41号 with the note
 * on its window.
 *
 * @since 0.2.0
 */
export const item = (s: ItemSpec): Rule.Rule<any> => {
  const byUnit = s.byUnit !== false
  const na = byUnit
    ? (s.notApplicableWhen === undefined ? notUnit(s.part) : Condition.any(notUnit(s.part), s.notApplicableWhen))
    : s.notApplicableWhen
  const notes = [...(s.supplement === true ? [supplementWindowNote] : []), ...(s.notes ?? [])]
  return Rule.fromCondition({
    id: `noncoal-mine/${s.slug}`,
    title: text(...s.title),
    message: text(...s.message),
    remediation: text(...s.remediation),
    citation: s.supplement === true ? citeSupplement(s.part, s.item) : cite(s.part, s.item),
    severity: "major",
    appliesTo: { sectors: ["non-coal-mine"] },
    effective: { from: s.supplement === true ? SUPPLEMENT_FROM : "2022-09-01" },
    facts: declarations,
    schema: subject,
    ...(notes.length > 0 ? { notes } : {}),
    ...(na === undefined ? {} : { notApplicableWhen: na }),
    violationWhen: s.violationWhen
  })
}
