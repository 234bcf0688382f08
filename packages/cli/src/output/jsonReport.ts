/**
 * The JSON report of `anquan check --format json`, written as the records are evaluated: the
 * enterprises one by one, then what is known only at the end (the rejected records kept, the
 * totals and counts, the sections). Memory stays bounded at any number of records, and the text
 * is exactly what `JSON.stringify(report, null, 2)` would print, with the keys in this order:
 *
 * `asOf`, `packs`, `enterprises`, `rejected`, `rejectedNotListed` (only when rejected records were
 * left out of `rejected`), `totals`, `byOutcome`, `bySeverity`, `byPack`, `bySector`, `verdicts`,
 * `laxerThanNational`, then `ledger` and `campaign` when asked for.
 *
 * @since 0.1.0
 */

/** `JSON.stringify(value, null, 2)` for a value nested `depth` levels deep. @since 0.2.0 */
export const nested = (value: unknown, depth: number): string => {
  const text = JSON.stringify(value, null, 2)
  // JSON.stringify escapes line breaks inside strings: every "\n" in its output is layout
  return depth === 0 ? text : text.replaceAll("\n", "\n" + "  ".repeat(depth))
}

/**
 * A JSON object written member by member, with one member (an array) written element by element.
 *
 * @since 0.1.0
 */
export interface JsonReportWriter {
  /** Writes `{`, the members known at the start, and opens the streamed array. */
  readonly begin: (head: Readonly<Record<string, unknown>>) => void
  /** Writes one element of the streamed array. */
  readonly element: (value: unknown) => void
  /** Closes the array, writes the members known at the end (`undefined` ones are left out, as JSON.stringify does) and `}`. */
  readonly end: (tail: Readonly<Record<string, unknown>>) => void
}

/**
 * A writer of one JSON object whose member `arrayKey` is an array streamed between `begin` and `end`.
 *
 * @since 0.1.0
 */
export const jsonReportWriter = (write: (text: string) => void, arrayKey: string): JsonReportWriter => {
  let members = 0
  let elements = 0
  const member = (key: string, value: unknown) => {
    if (value === undefined) return
    write(`${members++ === 0 ? "" : ","}\n  ${JSON.stringify(key)}: ${nested(value, 1)}`)
  }
  return {
    begin: (head) => {
      write("{")
      for (const [k, v] of Object.entries(head)) member(k, v)
      write(`${members++ === 0 ? "" : ","}\n  ${JSON.stringify(arrayKey)}: [`)
    },
    element: (value) => {
      write(`${elements++ === 0 ? "" : ","}\n    ${nested(value, 2)}`)
    },
    end: (tail) => {
      write(elements === 0 ? "]" : "\n  ]")
      for (const [k, v] of Object.entries(tail)) member(k, v)
      write("\n}\n")
    }
  }
}
