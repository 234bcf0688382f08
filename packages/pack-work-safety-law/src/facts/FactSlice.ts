/**
 * 事实切片 — the decode Schema of a rule's subject: the enterprise fields it reads and the keys of
 * the pack's fact section it reads. Rules pass it as `schema:` (the rule language) so that a record
 * is decoded once, path-precise, before any condition runs.
 *
 * @since 0.1.0
 */
import { Enterprise } from "@anquan/core"
import { Schema, Struct } from "effect"
import { WorkSafetyFacts } from "./WorkSafetyFacts.ts"

type EnterpriseKey = keyof typeof Enterprise.fields
type FactsKey = keyof typeof WorkSafetyFacts.fields

/**
 * The `facts` Schema of a rule: the enterprise fields it reads and the keys of the pack's fact
 * section it reads (the section is `undefined` when the record has none).
 *
 * @since 0.1.0
 */
export const factSlice = <const E extends ReadonlyArray<EnterpriseKey>, const F extends ReadonlyArray<FactsKey>>(
  enterprise: E,
  facts: F
) =>
  Schema.Struct({
    enterprise: Schema.Struct(Struct.pick(Enterprise.fields, enterprise)),
    facts: Schema.UndefinedOr(Schema.Struct(Struct.pick(WorkSafetyFacts.fields, facts)))
  })

