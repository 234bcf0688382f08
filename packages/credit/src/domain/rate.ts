/**
 * 信用等级评估率 — seed 002's target: 规模以上企业安全生产信用等级评估率达到90%以上. Per jurisdiction
 * (the enterprise's own code), per subtree of a jurisdiction tree when one is given (a city counts its
 * districts' enterprises), and in total: of the enterprises in scope (规模以上, `scale:
 * "above-designated-size"`), how many have a rating in force on the day (rated on or before it and
 * less than `rating.validityDays` days before), against `rating.targetPercent`. Enterprises whose
 * scale is not known are listed apart, never counted silently on either side.
 *
 * @since 0.2.0
 */
import { CalendarDate, JurisdictionCode, JurisdictionTree, UnifiedSocialCreditCode } from "@anquan/core"
import { Schema } from "effect"
import type { Basis } from "./basis.ts"
import type { CreditConfig } from "./config.ts"
import type { CreditSubject } from "./record.ts"

/**
 * 信用评级 — a class given to an enterprise on a day (what `anquan credit classes --record` stores).
 *
 * @since 0.2.0
 */
export const CreditRating = Schema.Struct({
  enterprise: UnifiedSocialCreditCode,
  jurisdiction: JurisdictionCode,
  class: Schema.NonEmptyString,
  score: Schema.optionalKey(Schema.Number),
  ratedOn: CalendarDate.CalendarDate,
  note: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "CreditRating", description: "信用评级 — enterprise, jurisdiction, class, score?, ratedOn, note?" })
/** @since 0.2.0 */
export type CreditRating = typeof CreditRating.Type
/** @since 0.2.0 */
export type CreditRatingInput = typeof CreditRating.Encoded

/** One jurisdiction's (or the total's) figures. @since 0.2.0 */
export interface RateFigures {
  /** 规模以上 enterprises. */
  readonly inScope: number
  /** Of them, rated with a rating in force. */
  readonly rated: number
  /** rated ÷ inScope × 100, to one decimal; `null` when none is in scope. */
  readonly percent: number | null
  /** rated × 100 ≥ target × inScope, exactly; `null` when none is in scope. */
  readonly meetsTarget: boolean | null
  /** In-scope enterprises without a rating in force. */
  readonly unrated: ReadonlyArray<string>
  /** Enterprises whose scale is not known. */
  readonly scaleUnknown: ReadonlyArray<string>
}

/** The rate report. @since 0.2.0 */
export interface RatingRate {
  readonly asOf: string
  readonly targetPercent: number
  readonly targetBasis: Basis
  readonly validityDays: number
  readonly total: RateFigures
  /** By the enterprise's own jurisdiction code. */
  readonly byJurisdiction: Readonly<Record<string, RateFigures>>
  /** With a tree: by every jurisdiction with enterprises in its subtree (itself included). */
  readonly bySubtree: Readonly<Record<string, RateFigures>>
  /** With a tree: enterprises whose jurisdiction is not in it (counted in the total and by code only). */
  readonly outsideTree: ReadonlyArray<string>
}

const figures = (subjects: ReadonlyArray<CreditSubject>, ratedCodes: ReadonlySet<string>, target: number): RateFigures => {
  const inScope = subjects.filter((s) => s.scale === "above-designated-size")
  const rated = inScope.filter((s) => ratedCodes.has(s.creditCode)).length
  return {
    inScope: inScope.length,
    rated,
    percent: inScope.length === 0 ? null : Math.round((rated * 1000) / inScope.length) / 10,
    meetsTarget: inScope.length === 0 ? null : rated * 100 >= target * inScope.length,
    unrated: inScope.filter((s) => !ratedCodes.has(s.creditCode)).map((s) => s.creditCode),
    scaleUnknown: subjects.filter((s) => s.scale === undefined).map((s) => s.creditCode)
  }
}

/**
 * The rating rate of enterprises as of a day, from their ratings (pure).
 *
 * @since 0.2.0
 */
export const ratingRateOf = (
  subjects: ReadonlyArray<CreditSubject>,
  ratings: ReadonlyArray<CreditRating>,
  asOf: Date,
  config: CreditConfig,
  tree?: JurisdictionTree.JurisdictionTree | undefined
): RatingRate => {
  const from = CalendarDate.addDays(asOf, -config.rating.validityDays).getTime()
  const ratedCodes = new Set<string>(
    ratings.filter((r) => r.ratedOn.getTime() <= asOf.getTime() && r.ratedOn.getTime() > from).map((r) => r.enterprise)
  )
  const groups = new Map<string, Array<CreditSubject>>()
  for (const s of subjects) {
    const g = groups.get(s.jurisdiction)
    if (g === undefined) groups.set(s.jurisdiction, [s])
    else g.push(s)
  }
  const target = config.rating.targetPercent
  const subtrees = new Map<string, Array<CreditSubject>>()
  const outsideTree: Array<string> = []
  if (tree !== undefined && JurisdictionTree.nodes(tree).length > 0) {
    for (const s of subjects) {
      if (!JurisdictionTree.has(tree, s.jurisdiction)) {
        outsideTree.push(s.creditCode)
        continue
      }
      for (const j of JurisdictionTree.path(tree, s.jurisdiction)) {
        const g = subtrees.get(j.code)
        if (g === undefined) subtrees.set(j.code, [s])
        else g.push(s)
      }
    }
  }
  return {
    asOf: CalendarDate.format(asOf),
    targetPercent: target,
    targetBasis: config.rating.targetBasis,
    validityDays: config.rating.validityDays,
    total: figures(subjects, ratedCodes, target),
    byJurisdiction: Object.fromEntries([...groups.keys()].sort().map((code) => [code, figures(groups.get(code)!, ratedCodes, target)])),
    bySubtree: Object.fromEntries([...subtrees.keys()].sort().map((code) => [code, figures(subtrees.get(code)!, ratedCodes, target)])),
    outsideTree
  }
}
