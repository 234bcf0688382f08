/**
 * 严格解码 — the package's entry points decode unknown input with every problem reported (path and
 * message, as the hazard ledger's `InvalidInput`) and refuse keys the schema does not know: a
 * misspelt field (`fineYaun`) or a field that is derived (`stage`) is an error, never dropped.
 *
 * @since 0.2.0
 */
import { decodeIssues } from "@anquan/core"
import { InvalidInput } from "@anquan/hazard-ledger"
import { Effect, Result, Schema } from "effect"

/**
 * A strict decoder for an entry point: `InvalidInput` with every problem, excess keys included.
 *
 * @since 0.2.0
 */
export const decodeStrict = <S extends Schema.Decoder<unknown>>(schema: S, entryPoint: string) => {
  const decode = Schema.decodeUnknownResult(schema as Schema.Decoder<S["Type"]>, { errors: "all", onExcessProperty: "error" })
  return (input: unknown): Effect.Effect<S["Type"], InvalidInput> => {
    const r = decode(input)
    return Result.isSuccess(r) ? Effect.succeed(r.success) : Effect.fail(new InvalidInput({ entryPoint, issues: decodeIssues(r.failure) }))
  }
}
