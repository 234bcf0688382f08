/**
 * What every coal-mine rule shares: the citation of its 情形, the 条例 item behind its 方面, the
 * window in force, applicability, the declared facts and the table lookups.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
// FactDeclaration names the inferred type of common2026 (its `facts`)
import type { Citation, FactDeclaration, FactDeclarations } from "@anquan/core"
import { Schema } from "effect"
import { CoalMineFacts, coalMineFacts } from "../facts/CoalMineFacts.ts"
import { withSections } from "../facts/sections.ts"

/** The pack's declarations with its sections' labels. */
const coalMineDeclarations: FactDeclarations = withSections(coalMineFacts)
import { tableFunctions } from "../facts/tables.ts"
import { notesFor } from "./clarifications.ts"

/** The citation id of the 2026 text. @since 0.2.0 */
export const COAL_2026 = "coal-major-hazard-2026"

/** 第`article`条第(`item`)项 of the 2026 standard; the full text is verified (COAL26-text). @since 0.2.0 */
export const cite = (article: number, item: number): Citation => ({ document: COAL_2026, article, item, verified: true })

/**
 * 《煤矿安全生产条例》第三十六条 item `article − 3`: the 方面 the article details (第三条 follows 第三十六条 item by
 * item; 第四条 = (一) … 第二十条 = (十七)).
 *
 * @since 0.2.0
 */
export const regulationItem = (article: number): Citation => ({ document: "coal-safety-regulation-2024", article: 36, item: article - 3, verified: true })

const subject = Schema.Struct({ facts: Schema.UndefinedOr(CoalMineFacts) })

/**
 * The metadata and declarations every rule of the 2026 text has: major, coal mines, in force from
 * 2026-07-01, the clarifications that shape it as notes, its facts, the Schema of its subject and the table lookups.
 *
 * @since 0.2.0
 */
export const common2026 = (article: number, item: number) =>
  ({
    citation: cite(article, item),
    legalBases: [regulationItem(article)],
    notes: notesFor(article, item),
    severity: "major",
    appliesTo: { sectors: ["coal-mine"] },
    effective: { from: "2026-07-01" },
    facts: coalMineDeclarations,
    schema: subject,
    functions: tableFunctions
  }) as const

/** 露天煤矿: a rule about 井工煤矿 (矿井, 井下, 采掘工作面) does not apply. @since 0.2.0 */
export const openPit = Condition.eq("facts.mineType", "open-pit")

/** A localized text. @since 0.2.0 */
export const text = (zh: string, en: string) => ({ "zh-CN": zh, en })

/** What {@link flagRule} needs. @since 0.2.0 */
export interface FlagRuleSpec {
  readonly article: number
  readonly item: number
  /** The rule id's slug (`coal-mine/<slug>`). */
  readonly slug: string
  readonly title: readonly [string, string]
  readonly message: readonly [string, string]
  readonly remediation: readonly [string, string]
  /** The fact that says whether the 情形 is present. */
  readonly path: string
  /** The value of `path` that is the 情形. */
  readonly breach: boolean
  /** When the rule does not apply; default: 露天煤矿 (`openPit`). `null`: always applies. */
  readonly notApplicableWhen?: Condition.Condition | null
}

/**
 * A 情形 that one inspected fact decides (“未建立…”, “…造假”): a violation when the fact has the
 * breaching value, compliant when it has the other, indeterminate when it is absent.
 *
 * @since 0.2.0
 */
export const flagRule = (s: FlagRuleSpec): Rule.Rule<any> =>
  Rule.fromCondition({
    id: `coal-mine/${s.slug}`,
    title: text(...s.title),
    message: text(...s.message),
    remediation: text(...s.remediation),
    ...common2026(s.article, s.item),
    ...(s.notApplicableWhen === null ? {} : { notApplicableWhen: s.notApplicableWhen ?? openPit }),
    violationWhen: Condition.eq(s.path, s.breach)
  })
