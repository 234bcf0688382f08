/**
 * 规则包 — a rule pack: the rules of one body of text (a law, a sector's 判定标准), the Schema of
 * the sector facts they read, and any documents they cite beyond the national catalogue.
 *
 * Packs are packages that depend on `@anquan/core`, never the reverse. A pack's fact section lives
 * under `enterprise.facts[pack.factsKey]` in the input and is decoded with `pack.facts` once per
 * record before any of the pack's rules runs.
 *
 * @since 0.1.0
 */
import type { Schema } from "effect"
import type { CitationDocument } from "../citation/Citation.ts"
import type { Sector } from "../sector/index.ts"
import type { Localized } from "../rule/Localized.ts"
import type { Rule, Subject } from "../rule/Rule.ts"
import { prepare } from "../condition/ConditionRule.ts"

/**
 * What a pack author writes. The rules' fact types are checked against `Subject<PF>`: a rule that
 * reads a fact the pack does not provide does not compile.
 *
 * @since 0.1.0
 */
export interface PackDefinition<PF> {
  /** kebab-case, the prefix of every rule id: `pack-id/rule-slug`. */
  readonly id: string
  readonly name: Localized
  readonly version: string
  readonly description?: Localized
  /** The sectors the pack is about (informational; each rule states its own applicability). */
  readonly sectors?: ReadonlyArray<Sector>
  /** Where the pack's facts sit in the input: `enterprise.facts[factsKey]`. Needed when `facts` is given. */
  readonly factsKey?: string
  /** The Schema of the pack's fact section. */
  readonly facts?: Schema.Decoder<PF, never>
  /** Documents the pack cites that are not in the national catalogue. */
  readonly documents?: ReadonlyArray<CitationDocument>
  readonly rules: ReadonlyArray<Rule<Subject<PF>>>
}

/** @since 0.1.0 */
export interface Pack<PF = unknown> {
  readonly id: string
  readonly name: Localized
  readonly version: string
  readonly description: Localized | undefined
  readonly sectors: ReadonlyArray<Sector>
  readonly factsKey: string | undefined
  readonly facts: Schema.Decoder<PF, never> | undefined
  readonly documents: ReadonlyArray<CitationDocument>
  readonly rules: ReadonlyArray<Rule<Subject<PF>>>
}

/**
 * Defines a pack. Validation (ids, citations, translations, overlapping versions) happens when the
 * pack is registered, so that every problem of every pack is reported together at start-up.
 *
 * @example
 * ```ts
 * import { Pack } from "@anquan/core"
 * import { staffing } from "./rules/staffing.ts"
 *
 * export const workSafetyLaw = Pack.define({
 *   id: "work-safety-law",
 *   name: { "zh-CN": "安全生产法", en: "Work Safety Law" },
 *   version: "0.1.0",
 *   rules: [...staffing]
 * })
 * ```
 * @since 0.1.0
 */
export const define = <PF = unknown>(definition: PackDefinition<PF>): Pack<PF> => ({
  id: definition.id,
  name: definition.name,
  version: definition.version,
  description: definition.description,
  sectors: definition.sectors ?? [],
  factsKey: definition.factsKey,
  facts: definition.facts,
  documents: definition.documents ?? [],
  rules: definition.rules
})

/**
 * Validates and compiles every rule of the pack written in the rule language now (`Rule.prepare`),
 * throwing the `ConditionRuleError` of the first that does not check, with its rule id and the path
 * of each problem in its definition; returns the pack. Importing a pack compiles nothing: each rule
 * is compiled on its first evaluation. `Pack.fromJson` and `PackTester` validate every rule at once.
 *
 * @example
 * ```ts
 * import { Pack } from "@anquan/core"
 * import { hazchemPack } from "@anquan/pack-hazchem"
 *
 * Pack.validate(hazchemPack)
 * ```
 * @since 0.2.0
 */
export const validate = <P extends Pack<any>>(pack: P): P => {
  for (const rule of pack.rules) prepare(rule)
  return pack
}

/**
 * A pack from a JSON pack file: `fromJson` throws a `PackFileError` naming every problem with its
 * rule id and JSON path; `decodeJson` returns a `Result`. See `PackFile` for the file's shape.
 *
 * @since 0.2.0
 */
export { decode as decodeJson, formatIssue, fromJson, PackFileError } from "./PackJson.ts"
export type { FromJsonOptions, PackFileIssue } from "./PackJson.ts"
