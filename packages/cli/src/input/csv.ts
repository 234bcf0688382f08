/**
 * A streaming RFC 4180 CSV reader: quoted fields may hold commas, doubled quotes and line breaks.
 * Yields one array of fields per record with the line the record starts on.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export interface CsvRow {
  readonly line: number
  readonly fields: ReadonlyArray<string>
}

/**
 * Parses CSV text arriving in chunks. `delimiter` separates fields (default `,`; `;` and tab are
 * common in Excel exports of European and Chinese locales).
 *
 * @since 0.1.0
 */
export async function* parseCsv(chunks: AsyncIterable<string>, delimiter = ","): AsyncGenerator<CsvRow> {
  let field = ""
  let fields: Array<string> = []
  let inQuotes = false
  let quotePending = false // saw a quote inside quotes: either the closing one or the first of a doubled pair
  let line = 1
  let rowLine = 1
  let sawAny = false
  let lastWasCR = false
  const endRow = function*(): Generator<CsvRow> {
    fields.push(field)
    field = ""
    const row = fields
    fields = []
    if (!(row.length === 1 && row[0] === "")) yield { line: rowLine, fields: row }
  }
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!
      if (!sawAny) {
        sawAny = true
        if (c === "\uFEFF") continue // byte-order mark
      }
      if (inQuotes) {
        if (quotePending) {
          quotePending = false
          if (c === "\"") {
            field += "\""
            continue
          }
          inQuotes = false // the pending quote closed the field; fall through to handle c
        } else if (c === "\"") {
          quotePending = true
          continue
        } else {
          if (c === "\n") line++
          field += c
          continue
        }
      }
      if (c === "\"" && field === "") {
        inQuotes = true
      } else if (c === delimiter) {
        fields.push(field)
        field = ""
      } else if (c === "\r") {
        lastWasCR = true
        yield* endRow()
        line++
        rowLine = line
        continue
      } else if (c === "\n") {
        if (!lastWasCR) {
          yield* endRow()
          line++
          rowLine = line
        }
      } else {
        field += c
      }
      lastWasCR = false
    }
  }
  if (inQuotes && !quotePending) throw new SyntaxError(`unterminated quoted field starting on line ${rowLine}`)
  if (field !== "" || fields.length > 0) yield* endRow()
}

/** Path segments that would reach an object's prototype instead of a field of its own. */
const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(["__proto__", "prototype", "constructor"])

/**
 * Why a dotted path cannot name a field (a segment `__proto__`, `prototype` or `constructor`,
 * which would reach a prototype), or `undefined` when it can.
 *
 * @since 0.1.0
 */
export const pathProblem = (path: string): string | undefined => {
  for (const k of path.split(".")) {
    if (FORBIDDEN_SEGMENTS.has(k)) return `the path segment ${JSON.stringify(k)} is not allowed (it would reach an object's prototype, not a field)`
  }
  return undefined
}

/**
 * Sets `value` at a dotted path (`facts.hazchem.storage.mixed`) inside `target`, creating objects
 * without a prototype (nothing a record holds is shared with another). Throws a `TypeError` for a
 * path that {@link pathProblem} refuses (`__proto__.x` would otherwise set `Object.prototype.x`
 * for the whole process). A step through a value that is not an object replaces that value.
 *
 * @since 0.1.0
 */
export const setPath = (target: Record<string, unknown>, path: string, value: unknown): void => {
  const problem = pathProblem(path)
  if (problem !== undefined) throw new TypeError(`cannot set ${JSON.stringify(path)}: ${problem}`)
  const keys = path.split(".")
  let node = target
  for (let i = 0; i < keys.length - 1; i++) {
    const k = keys[i]!
    const next = Object.hasOwn(node, k) ? node[k] : undefined
    if (typeof next === "object" && next !== null && !Array.isArray(next)) node = next as Record<string, unknown>
    else {
      const created: Record<string, unknown> = Object.create(null)
      Object.defineProperty(node, k, { value: created, writable: true, enumerable: true, configurable: true })
      node = created
    }
  }
  Object.defineProperty(node, keys[keys.length - 1]!, { value, writable: true, enumerable: true, configurable: true })
}
