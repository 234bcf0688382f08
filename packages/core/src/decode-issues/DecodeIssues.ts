/**
 * 解码问题 — a Schema decoding failure as a flat list of `{ path, message }`, the shape every entry
 * point of the SDK reports bad input in (evaluation, the ledger, config).
 *
 * @since 0.1.0
 */
import { SchemaIssue } from "effect"
import type { Schema } from "effect"

/** One problem: where in the input (keys and indexes) and what is wrong there. @since 0.1.0 */
export interface DecodeIssue {
  readonly path: ReadonlyArray<string | number>
  readonly message: string
}

const formatIssues = SchemaIssue.makeFormatterStandardSchemaV1()

/**
 * Every issue of a `SchemaError`, with its path (optionally under `prefix`). Symbol keys are
 * written as strings, so the result is plain JSON.
 *
 * @example
 * ```ts
 * import { decodeIssues } from "@anquan/core"
 * import { Result, Schema } from "effect"
 * const r = Schema.decodeUnknownResult(Schema.Struct({ a: Schema.Number }), { errors: "all" })({ a: "x" })
 * if (Result.isFailure(r)) decodeIssues(r.failure) // [{ path: ["a"], message: "Expected number" }]
 * ```
 * @since 0.1.0
 */
export const decodeIssues = (error: Schema.SchemaError, prefix: ReadonlyArray<string | number> = []): Array<DecodeIssue> =>
  formatIssues(error.issue).issues.map((i) => ({
    path: [
      ...prefix,
      ...(i.path ?? [])
        .map((k) => (typeof k === "object" && k !== null && "key" in k ? k.key : k))
        .map((k) => (typeof k === "number" ? k : String(k)))
    ],
    message: i.message
  }))
