/**
 * 依据 — where a rule of the credit configuration comes from, carried by every item of it so that
 * a reader (and the JSON output) can tell what is law from what is local practice:
 *
 * - `official`: an official text of the fact base, cited (`Citation`: document id, article, and
 *   whether it was verified). Only 安全生产法 第七十八条 (the 违法行为信息库 and 联合惩戒) is cited
 *   by the default.
 * - `seed`: a local plan of the seeds names the practice (its words quoted): the plan is a source of
 *   practice, not law; the criteria built on it are configuration.
 * - `example`: a value no source gives (a duration, a boundary, a weight): an example to replace
 *   with what the jurisdiction decides.
 *
 * @since 0.2.0
 */
import { Citation } from "@anquan/core"
import { Schema } from "effect"

/** The seed plans (`/work/shared/seeds/`): 002 温州市2016年安全生产工作计划, 003 乌鲁木齐市安全生产年活动方案 (2010), 004 a collection of campaign plans. @since 0.2.0 */
export const SeedId = Schema.Literals(["000", "001", "002", "003", "004"]).annotate({ identifier: "SeedId", description: "the seed plan's number" })
/** @since 0.2.0 */
export type SeedId = typeof SeedId.Type

/** @since 0.2.0 */
export const OfficialBasis = Schema.TaggedStruct("official", {
  citation: Citation,
  note: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "OfficialBasis" })

/** @since 0.2.0 */
export const SeedBasis = Schema.TaggedStruct("seed", {
  seed: SeedId,
  /** The seed's own words. */
  quote: Schema.NonEmptyString,
  note: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "SeedBasis" })

/** @since 0.2.0 */
export const ExampleBasis = Schema.TaggedStruct("example", {
  note: Schema.NonEmptyString
}).annotate({ identifier: "ExampleBasis" })

/**
 * 依据 — `official` (cited), `seed` (a local plan names the practice) or `example` (no source: replace it).
 *
 * @since 0.2.0
 */
export const Basis = Schema.Union([OfficialBasis, SeedBasis, ExampleBasis]).annotate({ identifier: "Basis" })
/** @since 0.2.0 */
export type Basis = typeof Basis.Type

/** One line for a basis: `安全生产法 第七十八条`, `seed 003: “…”`, `example: …`. @since 0.2.0 */
export const describeBasis = (b: Basis): string => {
  switch (b._tag) {
    case "official":
      return `${b.citation.document}${b.citation.article === undefined ? "" : ` art. ${b.citation.article}`}${b.citation.verified ? "" : " (unverified)"}`
    case "seed":
      return `seed ${b.seed}: “${b.quote}”`
    case "example":
      return `example: ${b.note}`
  }
}
