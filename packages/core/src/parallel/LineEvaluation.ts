/**
 * One NDJSON line, evaluated: what a worker does with each line of its batch, and the main thread
 * with a line a worker hands back (one that is not UTF-8, for the caller's own decoder). The same
 * code on both sides, so a line gives the same result wherever it is evaluated.
 *
 * @internal
 * @since 0.2.0
 */
import { isUtf8 } from "node:buffer"
import type { Engine, Include, Plan } from "../evaluation/Engine.ts"
import type { RecordResult, RejectedRecord } from "../evaluation/Report.ts"

/**
 * What became of one line: its result (`index` not yet set: the main thread numbers the records),
 * or its bytes when they are not UTF-8. A blank line has no outcome.
 *
 * @internal
 * @since 0.2.0
 */
export type LineOutcome =
  | { readonly line: number; readonly size: number; readonly result: RecordResult }
  | { readonly line: number; readonly size: number; readonly undecoded: Uint8Array }

/**
 * A record that could not be read: rejected with one issue about the whole record, as a line
 * reader reports it (`index` set by the caller).
 *
 * @internal
 * @since 0.2.0
 */
export const unreadable = (index: number, message: string): RejectedRecord => ({ _tag: "rejected", index, id: undefined, issues: [{ path: [], message }] })

/**
 * The text of a line, evaluated: a byte-order mark at its start is dropped (where inputs were
 * concatenated), a blank line is `undefined`, text that is not JSON is rejected (`invalid JSON: …`).
 *
 * @internal
 * @since 0.2.0
 */
export const evaluateText = (engine: Engine, plan: Plan, include: Include | undefined, text: string): RecordResult | undefined => {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.trim() === "") return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    return unreadable(0, `invalid JSON: ${(e as Error).message}`)
  }
  return engine.evaluateRecord(value, 0, plan, include)
}

/**
 * The bytes of a line (without its `\n`), evaluated when they are UTF-8.
 *
 * @internal
 * @since 0.2.0
 */
export const evaluateBytes = (
  engine: Engine,
  plan: Plan,
  include: Include | undefined,
  bytes: Uint8Array,
  line: number,
  size: number
): LineOutcome | undefined => {
  if (!isUtf8(bytes)) return { line, size, undecoded: bytes.slice() }
  const result = evaluateText(engine, plan, include, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"))
  return result === undefined ? undefined : { line, size, result }
}
