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
import type { Finding } from "../evaluation/Finding.ts"
import type { RecordResult, RejectedRecord } from "../evaluation/Report.ts"
import type { Registry } from "../registry/Registry.ts"
import type { Rule } from "../rule/Rule.ts"
import { withoutByteOrderMark } from "../stream/Lines.ts"

/**
 * What became of one line: its result (`index` not yet set: the main thread numbers the records),
 * or its bytes when they are not UTF-8. A blank line has no outcome.
 *
 * @internal
 * @since 0.2.0
 */
export type LineOutcome =
  | { readonly line: number; readonly size: number; readonly result: RecordResult; readonly text?: string }
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
  const parsed = parseText(text)
  return parsed === undefined || "_tag" in parsed ? parsed : engine.evaluateRecord(parsed.value, 0, plan, include)
}

/**
 * The text of a line, parsed as {@link evaluateText} parses it: its record (`{ value }`), its rejection when it is not
 * JSON (`index` 0), or `undefined` when it is blank.
 *
 * @internal
 * @since 0.2.0
 */
export const parseText = (text: string): { readonly value: unknown } | RejectedRecord | undefined => {
  text = withoutByteOrderMark(text)
  if (text.trim() === "") return undefined
  try {
    return { value: JSON.parse(text) }
  } catch (e) {
    return unreadable(0, `invalid JSON: ${(e as Error).message}`)
  }
}

/**
 * The lines of a batch (each `{ bytes, line, size }`, without its `\n`), evaluated: the outcome of each that is not
 * blank, in order — as {@link evaluateBytes} on each, with the records of up to `together` consecutive lines
 * evaluated together (`Engine.evaluateRecords`: their problems explained rule by rule). Each result's `index` is 0,
 * as one line's is: the caller numbers the records.
 *
 * @internal
 * @since 0.2.0
 */
export const evaluateLines = (
  engine: Engine,
  plan: Plan,
  include: Include | undefined,
  lines: Iterable<{ readonly bytes: Uint8Array; readonly line: number; readonly size: number }>,
  together: number
): Array<LineOutcome> => {
  const out: Array<LineOutcome> = []
  // the outcomes of the lines read since the last records evaluated: a line's own, or its record's place in `values`
  const waiting: Array<LineOutcome | { readonly line: number; readonly size: number; readonly at: number }> = []
  const values: Array<unknown> = []
  const flush = () => {
    const results = values.length === 0 ? [] : engine.evaluateRecords(values, 0, plan, include)
    for (const w of waiting) {
      if (!("at" in w)) out.push(w)
      else {
        const result = results[w.at]!
        ;(result as { index: number }).index = 0
        out.push({ line: w.line, size: w.size, result })
      }
    }
    waiting.length = 0
    values.length = 0
  }
  for (const l of lines) {
    if (!isUtf8(l.bytes)) {
      waiting.push({ line: l.line, size: l.size, undecoded: l.bytes.slice() })
      continue
    }
    const parsed = parseText(Buffer.from(l.bytes.buffer, l.bytes.byteOffset, l.bytes.byteLength).toString("utf8"))
    if (parsed === undefined) continue
    if ("_tag" in parsed) waiting.push({ line: l.line, size: l.size, result: parsed })
    else {
      waiting.push({ line: l.line, size: l.size, at: values.length })
      values.push(parsed.value)
      if (values.length === together) flush()
    }
  }
  flush()
  return out
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
): LineOutcome | undefined => evaluateLines(engine, plan, include, [{ bytes, line, size }], 1)[0]

/**
 * The rules of a registry by id and version: what a finding's fixed texts are looked up by.
 *
 * @internal
 * @since 0.2.0
 */
export const rulesByVersion = (registry: Registry): Map<string, Rule> => {
  const m = new Map<string, Rule>()
  for (const r of registry.rules) m.set(`${r.rule.id}\u0000${r.version}`, r.rule)
  return m
}

/**
 * A result as it crosses to the main thread: each finding without its rule's fixed texts
 * (`citation`, `title`, and a violation's `message` and `remediation`), which the main thread has
 * (the same packs); a finding whose texts are not its rule's own crosses whole. Most of the bytes
 * of a result are those texts.
 *
 * @internal
 * @since 0.2.0
 */
export const compactResult = (result: RecordResult, rules: ReadonlyMap<string, Rule>): RecordResult => {
  if (result._tag !== "evaluated" || result.findings.length === 0) return result
  const findings = result.findings.map((f) => {
    const rule = rules.get(`${f.ruleId}\u0000${f.ruleVersion}`)
    const violation = f.outcome === "violation"
    if (rule === undefined || f.citation !== rule.citation || f.title !== rule.title || (violation && (f.message !== rule.message || f.remediation !== rule.remediation))) return f
    const out: Record<string, unknown> = {}
    for (const k in f) {
      if (k === "citation" || k === "title" || (violation && (k === "message" || k === "remediation"))) continue
      out[k] = (f as unknown as Record<string, unknown>)[k]
    }
    return out as unknown as Finding
  })
  return { ...result, findings }
}

/**
 * A result of {@link compactResult} made whole again, its findings' keys in the order the engine
 * writes them (and the texts the very objects of the main thread's rules).
 *
 * @internal
 * @since 0.2.0
 */
export const expandResult = (result: RecordResult, rules: ReadonlyMap<string, Rule>): RecordResult => {
  if (result._tag !== "evaluated" || result.findings.length === 0) return result
  const findings = result.findings as Array<Finding>
  for (let i = 0; i < findings.length; i++) {
    const c = findings[i]! as unknown as Record<string, unknown>
    if ("citation" in c) continue
    const rule = rules.get(`${c.ruleId as string}\u0000${c.ruleVersion as string}`)!
    const out: Record<string, unknown> = {}
    for (const k in c) {
      if (k === "outcome") {
        out.citation = rule.citation
        out.title = rule.title
        out.outcome = c.outcome
        if (c.outcome === "violation") {
          out.message = rule.message
          out.remediation = rule.remediation
        }
      } else out[k] = c[k]
    }
    findings[i] = out as unknown as Finding
  }
  return result
}

/**
 * What a report counts of a result whose text was made on the worker: the result without its
 * findings but the violations, each as its outcome, severity and waiver status (what
 * `ReportBuilder.add` reads).
 *
 * @internal
 * @since 0.2.0
 */
export const countedPart = (result: RecordResult): RecordResult => {
  if (result._tag !== "evaluated") return result
  const findings: Array<Finding> = []
  for (const f of result.findings) {
    if (f.outcome !== "violation") continue
    findings.push((f.waiver === undefined ? { outcome: f.outcome, severity: f.severity } : { outcome: f.outcome, severity: f.severity, waiver: { status: f.waiver.status } }) as Finding)
  }
  return { ...result, findings }
}
