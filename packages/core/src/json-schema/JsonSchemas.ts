/**
 * JSON Schema of every input model — for other languages, form builders, API gateways and
 * validators that are not TypeScript. Each entry is a self-contained draft 2020-12 document of the
 * model's wire shape (dates as strings), derived from the effect Schema, so it cannot drift.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { Accident } from "../accident/Accident.ts"
import { Campaign } from "../campaign/Campaign.ts"
import { Citation } from "../citation/Citation.ts"
import { ConfigLayers } from "../config/EvaluationConfig.ts"
import { Enterprise } from "../enterprise/Enterprise.ts"
import { Hazard } from "../hazard/Hazard.ts"
import { Inspection } from "../inspection/Inspection.ts"
import { Jurisdiction } from "../jurisdiction/Jurisdiction.ts"
import { PackFile } from "../pack/PackFile.ts"
import { ControlTarget, ResponsibilityAgreement } from "../responsibility/Responsibility.ts"

/**
 * The models with a published JSON Schema, by name.
 *
 * @since 0.1.0
 */
export const models = {
  Enterprise,
  Jurisdiction,
  Hazard,
  Accident,
  Campaign,
  Inspection,
  ResponsibilityAgreement,
  ControlTarget,
  Citation,
  ConfigLayers,
  /** A rule pack as JSON (`Pack.fromJson`). @since 0.2.0 */
  PackFile
} as const

/** @since 0.1.0 */
export type ModelName = keyof typeof models

/**
 * The JSON Schema (draft 2020-12, self-contained with `$defs`) of a model's input shape.
 *
 * @example
 * ```ts
 * import { JsonSchemas } from "@anquan/core"
 * const schema = JsonSchemas.of("Enterprise")
 * schema.required // ["creditCode", "name", "jurisdiction", "sectors"]
 * ```
 * @since 0.1.0
 */
export const of = (name: ModelName): Record<string, unknown> =>
  Schema.toStandardJSONSchemaV1(models[name] as Schema.Top)["~standard"].jsonSchema.input({ target: "draft-2020-12" }) as Record<string, unknown>

/**
 * Every model's JSON Schema, by name.
 *
 * @since 0.1.0
 */
export const all = (): Record<ModelName, Record<string, unknown>> => {
  const out = {} as Record<ModelName, Record<string, unknown>>
  for (const name of Object.keys(models) as Array<ModelName>) out[name] = of(name)
  return out
}
