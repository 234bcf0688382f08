/**
 * 规则元数据 — what every hazchem rule shares besides its conditions: applicability, the dates the
 * documents took effect, the citations, and the two rule shapes (an item of the 判定标准, a GB 30871
 * permit check) as `Rule.fromCondition` definitions.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import type { Citation, FactDeclarations, Localized, Sector, SectorFunctions } from "@anquan/core"
import { Schema, Struct } from "effect"
import { HazchemFacts } from "../facts/HazchemFacts.ts"
import { withSections } from "../facts/sections.ts"

/** Every hazchem rule applies to the `hazardous-chemicals` sector. @since 0.1.0 */
export const appliesTo: { readonly sectors: ReadonlyArray<Sector> } = { sectors: ["hazardous-chemicals"] }

/** The 判定标准 (安监总管三〔2017〕121号) took effect on 2017-11-13 and is still in force (alert C). @since 0.1.0 */
export const standardEffective = { from: "2017-11-13" } as const

/** GB 30871-2022 took effect on 2022-10-01. @since 0.1.0 */
export const permitEffective = { from: "2022-10-01" } as const

/**
 * The primary citation of item `item` of `hazchem-major-hazard-2017`. regulations.md §1 verifies
 * items 1–15 in official reposts; items 16–20 rest on secondary sources only, so they are
 * `verified: false`.
 *
 * @since 0.1.0
 */
export const itemCitation = (item: number): Citation => ({ document: "hazchem-major-hazard-2017", item, verified: item <= 15 })

/**
 * An article of 中华人民共和国危险化学品安全法 (2026). Its article numbers are secondary only
 * (regulations.md §7b): always `verified: false`.
 *
 * @since 0.1.0
 */
export const hazchemSafetyLaw = (article: number): Citation => ({ document: "hazchem-safety-law-2026", article, verified: false })

/**
 * An article (and item) of 安全生产法 (2021); every article regulations.md §7 records is verified.
 *
 * @since 0.1.0
 */
export const workSafetyLaw = (article: number, item?: number): Citation =>
  item === undefined
    ? { document: "work-safety-law-2021", article, verified: true }
    : { document: "work-safety-law-2021", article, item, verified: true }

/**
 * 安全生产法 第一百零二条 — 未采取措施消除事故隐患: every item of the 判定标准 is a 重大事故隐患, and
 * leaving one unremedied exposes the unit to this article.
 *
 * @since 0.1.0
 */
export const unremediedHazardPenalty: Citation = workSafetyLaw(102)

/**
 * GB 30871-2022. Its clauses are decimal (5.1.5, 6.5, 8.1.3) and do not fit the article/item
 * shape of a citation, so rules cite the document alone and name the clause in their text.
 *
 * @since 0.1.0
 */
export const gb30871: Citation = { document: "special-operations-gb30871-2022", verified: true }

/** The keys of the hazchem fact section. @since 0.1.0 */
export type FactKey = keyof typeof HazchemFacts.fields

/**
 * The Schema of a rule's input when it reads only some keys of the hazchem section:
 * `{ facts: <those keys> | undefined }` (the section is `undefined` when the record has none). The
 * pack's own decode Schema, which a rule passes as its `schema`.
 *
 * @since 0.1.0
 */
export const sectionFacts = <const K extends ReadonlyArray<FactKey>>(keys: K) =>
  Schema.Struct({ facts: Schema.UndefinedOr(HazchemFacts.mapFields(Struct.pick(keys))) })

/**
 * An item rule in the rule language: `major`, `hazardous-chemicals`, in force from 2017-11-13,
 * citing item `item`, with 安全生产法 第一百零二条 as penalty after any more specific ones.
 *
 * @since 0.2.0
 */
export const itemRule = <F>(spec: {
  readonly item: number
  readonly slug: string
  readonly title: Localized
  readonly message: Localized
  readonly remediation: Localized
  readonly legalBases?: ReadonlyArray<Citation>
  readonly penalties?: ReadonlyArray<Citation>
  /** The pack's decode Schema of the facts the rule reads. */
  readonly schema: Schema.Top & { readonly Type: F }
  readonly facts: FactDeclarations
  readonly notApplicableWhen?: Condition.Condition
  /** The reason a not-applicable outcome gives. */
  readonly notApplicableReason?: string
  readonly violationWhen: Condition.Condition
  readonly functions?: SectorFunctions
}): Rule.Rule<F> =>
  Rule.fromCondition({
    id: `hazchem/${spec.slug}`,
    title: spec.title,
    message: spec.message,
    remediation: spec.remediation,
    citation: itemCitation(spec.item),
    legalBases: spec.legalBases ?? [],
    penalties: [...(spec.penalties ?? []), unremediedHazardPenalty],
    severity: "major",
    appliesTo,
    effective: standardEffective,
    schema: spec.schema,
    facts: withSections(spec.facts),
    ...(spec.notApplicableWhen === undefined ? {} : { notApplicableWhen: spec.notApplicableWhen }),
    ...(spec.notApplicableReason === undefined ? {} : { notApplicableReason: spec.notApplicableReason }),
    violationWhen: spec.violationWhen,
    ...(spec.functions === undefined ? {} : { functions: spec.functions })
  })

/** The list every permit rule reads. @since 0.2.0 */
export const PERMITS = "facts.specialOperationPermits"

/**
 * The instant GB 30871-2022 took effect: 2022-10-01 00:00 Beijing time (UTC+8). Permits that start
 * earlier fall under GB 30871-2014.
 */
const GB30871_2022_IN_FORCE = Date.parse("2022-10-01T00:00:00+08:00")

/**
 * The sector functions of the permit rules: `underGb30871of2022(start)` — a permit starting at that
 * instant falls under GB 30871-2022 (on or after 2022-10-01 00:00, UTC+8).
 *
 * @since 0.2.0
 */
export const permitFunctions: SectorFunctions = {
  underGb30871of2022: {
    returns: "boolean",
    arity: 1,
    label: { "zh-CN": "适用GB 30871-2022（2022年10月1日起开始的作业）", en: "under GB 30871-2022 (work starting from 2022-10-01)" },
    evaluate: (start: Date) => start.getTime() >= GB30871_2022_IN_FORCE
  }
}

const underGb30871of2022 = (start: string): Condition.Condition => ({ call: "underGb30871of2022", args: [{ fact: start }] })

/**
 * "The permit falls under GB 30871-2022": its window (or, without one, its work) starts on or after
 * 2022-10-01 00:00 (UTC+8). Evidence: the instant used; both absent → unknown.
 *
 * @since 0.2.0
 */
export const under2022Standard: Condition.Condition = Condition.any(
  Condition.when(Condition.present("validFrom"), underGb30871of2022("validFrom"), { guardEvidence: false }),
  Condition.unless(Condition.present("validFrom"), underGb30871of2022("workStartedAt"), { guardEvidence: false })
)

/** The permit is of `kind` (which list entries a rule is about: read, never evidence). @since 0.2.0 */
export const isKind = (kind: string): Condition.Condition => Condition.eq({ fact: "kind", evidence: false }, kind)

/**
 * The permits of `kind` a permit rule judges: those that had started by the as-of day (a permit whose
 * `validFrom`, else `workStartedAt`, is after that day had not been issued yet) and fall, or may fall
 * (start unknown), under GB 30871-2022. "Not applicable" is: none of them.
 *
 * @since 0.2.0
 */
export const permitsOfKind = (kind: string): { readonly inScope: Condition.Condition; readonly asOf: ReadonlyArray<string> } => ({
  inScope: Condition.all(
    isKind(kind),
    Condition.any(under2022Standard, Condition.all(Condition.not(Condition.present("validFrom")), Condition.not(Condition.present("workStartedAt"))))
  ),
  asOf: ["validFrom", "workStartedAt"]
})

/**
 * A permit rule in the rule language: `general`, `hazardous-chemicals`, in force from 2022-10-01,
 * citing GB 30871-2022, with the permit sector functions.
 *
 * @since 0.2.0
 */
export const permitRule = <F>(spec: {
  readonly slug: string
  readonly title: Localized
  readonly message: Localized
  readonly remediation: Localized
  readonly schema: Schema.Top & { readonly Type: F }
  readonly facts: FactDeclarations
  readonly notApplicableWhen: Condition.Condition
  readonly notApplicableReason: string
  readonly violationWhen: Condition.Condition
  /** The rule's own sector functions, beside the permit ones. */
  readonly functions?: SectorFunctions
}): Rule.Rule<F> =>
  Rule.fromCondition({
    id: `hazchem/${spec.slug}`,
    title: spec.title,
    message: spec.message,
    remediation: spec.remediation,
    citation: gb30871,
    severity: "general",
    appliesTo,
    effective: permitEffective,
    schema: spec.schema,
    facts: withSections(spec.facts),
    notApplicableWhen: spec.notApplicableWhen,
    notApplicableReason: spec.notApplicableReason,
    violationWhen: spec.violationWhen,
    functions: spec.functions === undefined ? permitFunctions : { ...permitFunctions, ...spec.functions }
  })

/**
 * A permit of `kind` under GB 30871-2022 (and in `scope`) of which `breach` holds, its number shown:
 * the kind and scope are read once for all the breach's parts and give no words (the parts' reasons
 * speak).
 *
 * @since 0.2.0
 */
export const permitInBreach = (kind: string, breach: Condition.Condition, ...scope: ReadonlyArray<Condition.Condition>): Condition.Condition =>
  Condition.all(Condition.show("id"), Condition.because(Condition.all(isKind(kind), under2022Standard, ...scope), "{=}", "{=}"), breach)

/** A permit's window in hours (`validFrom` to `validTo`), for the words of a validity breach. @since 0.2.0 */
export const windowHours: Condition.Operand = Condition.hoursBetween("validFrom", "validTo")

/**
 * `workEndedAt` as known on the as-of day: a work end after that day had not happened yet and is not
 * read (the permit was still in progress). @since 0.2.0
 */
const workEnded: Condition.Operand = { fact: "workEndedAt", byAsOf: true }
/** The permit records a work end by the as-of day (`happened` alone also holds when none is given). */
const workEndedByAsOf = Condition.all(Condition.present("workEndedAt"), Condition.happened("workEndedAt"))

/**
 * "The permit's validity was exceeded" (GB 30871-2022 作业票 validity): its window
 * (`validTo − validFrom`) is longer than `maxHours`, or the work ran outside it (started before
 * `validFrom` or ended after `validTo`), or the work itself lasted longer than `maxHours`. Exactly
 * `maxHours` is within ("exceeds" is strictly more). An unknown window is unknown (missing its
 * absent ends); the other two are false when a side is absent. A work end after the as-of day is not
 * read. Evidence: the window's ends when it is too long; the work's start and end (as given) when
 * the work ran outside it or too long.
 *
 * @since 0.2.0
 */
export const validityExceeded = (maxHours: number): Condition.Condition => {
  const C = Condition
  const startedEarly = C.when(
    C.all(C.present("workStartedAt"), C.present("validFrom")),
    C.lt("workStartedAt", { fact: "validFrom", evidence: false }),
    { guardEvidence: false }
  )
  const endedLate = C.when(C.all(workEndedByAsOf, C.present("validTo")), C.gt(workEnded, { fact: "validTo", evidence: false }), { guardEvidence: false })
  return C.any(
    C.gt(windowHours, maxHours),
    // outside the window: the work's start and end (as given by the as-of day) are the evidence
    C.all(endedLate, C.show("workStartedAt")),
    C.all(startedEarly, C.happened("workEndedAt")),
    C.when(C.not(C.happened("workEndedAt")), startedEarly, { guardEvidence: false }),
    C.when(C.all(C.present("workStartedAt"), workEndedByAsOf), C.gt(C.hoursBetween("workStartedAt", workEnded), maxHours), { guardEvidence: false })
  )
}

/** The words of a validity breach's window hours: `（作业票时段24.5h）` / ` (window 24.5 h)`, or nothing without a window. @since 0.2.0 */
export const windowWords = { zh: "{=（作业票时段+@hours:2+=h）}", en: "{= (window +@hours:2+= h)}" } as const
