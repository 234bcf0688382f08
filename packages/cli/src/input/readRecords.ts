/**
 * 输入读取 — reads enterprise records from JSON, NDJSON or CSV files, a directory of them, or stdin,
 * one record at a time, each with where it came from (file and line or index). A record that cannot
 * even be parsed is yielded as such, with its location, so it is reported and the rest go on.
 *
 * CSV: the header names dotted paths (`creditCode`, `facts.hazchem.storage.mixedStorage`); a cell
 * that is empty is left out (the fact is unknown); a cell is taken as JSON (number, boolean, array,
 * object) when it parses as JSON, except in the columns the enterprise model types as strings
 * (`creditCode`, `name`, `jurisdiction`, …), which stay text. A header column with a path segment
 * `__proto__`, `prototype` or `constructor` refuses the file (every row is reported, none read).
 *
 * Bytes, not strings, are read: a byte-order mark (UTF-8, UTF-16) is dropped and decides the
 * encoding; otherwise `encoding`, or UTF-8 — and a line that is not UTF-8 but is GB18030 is read as
 * GB18030 with a warning. A line that is not valid in its encoding, or longer than `maxLineBytes`,
 * is rejected by its number; no character is replaced in silence (see `encoding.ts`).
 *
 * @since 0.1.0
 */
import { readdirSync, statSync } from "node:fs"
import { open } from "node:fs/promises"
import { isAbsolute, join, relative, resolve } from "node:path"
import { JsonSchemas, Lines } from "@anquan/core"
import type { RecordResult } from "@anquan/core"
import { terminalSafe } from "../output/terminal.ts"
import { parseCsv, pathProblem, setPath } from "./csv.ts"
import type { ByteInput } from "./encoding.ts"
import { byteLines, DEFAULT_MAX_LINE_BYTES, encodingName, LineDecoder, openBytes, readAllText } from "./encoding.ts"

/** Where a record came from. @since 0.1.0 */
export interface Source {
  readonly file: string
  /** 1-based line (NDJSON, CSV). */
  readonly line?: number
  /** 0-based position in a JSON array. */
  readonly index?: number
}

/**
 * One input item. `bytes` is how much of the input it took, when known (for progress and ETA).
 *
 * @since 0.1.0
 */
export type InputItem =
  | { readonly _tag: "record"; readonly source: Source; readonly value: unknown; readonly bytes?: number }
  | { readonly _tag: "unparseable"; readonly source: Source; readonly message: string; readonly bytes?: number }

/** The input formats. @since 0.1.0 */
export type InputFormat = "json" | "ndjson" | "csv"

const EXTENSIONS: Record<string, InputFormat> = { ".json": "json", ".ndjson": "ndjson", ".jsonl": "ndjson", ".csv": "csv" }

/** The format a file name implies, if any. @since 0.1.0 */
export const formatOf = (file: string): InputFormat | undefined => {
  const dot = file.lastIndexOf(".")
  return dot < 0 ? undefined : EXTENSIONS[file.slice(dot).toLowerCase()]
}

/**
 * The input files named by a path: the file itself, or every .json/.ndjson/.jsonl/.csv file of a
 * directory (sorted by name, not recursive). Throws for a path that does not exist.
 *
 * @since 0.1.0
 */
export const inputFiles = (path: string): Array<string> => {
  const abs = resolve(path)
  const stat = statSync(abs)
  if (!stat.isDirectory()) return [abs]
  return readdirSync(abs).filter((f) => formatOf(f) !== undefined).sort().map((f) => join(abs, f))
}

let stringColumns: ReadonlySet<string> | undefined
const isStringColumn = (path: string): boolean => {
  if (stringColumns === undefined) {
    const doc = JsonSchemas.of("Enterprise") as { $ref?: string; $defs?: Record<string, any>; properties?: Record<string, any> }
    const root = doc.$ref !== undefined ? doc.$defs![doc.$ref.slice("#/$defs/".length)] : doc
    const set = new Set<string>()
    for (const [name, prop] of Object.entries<any>(root.properties ?? {})) {
      const target = prop.$ref !== undefined ? doc.$defs![String(prop.$ref).slice("#/$defs/".length)] : prop
      if (target?.type === "string") set.add(name)
    }
    stringColumns = set
  }
  return stringColumns.has(path)
}

const cellValue = (column: string, cell: string): unknown => {
  if (isStringColumn(column)) return cell
  const t = cell.trim()
  if (t === "") return cell
  try {
    return JSON.parse(t)
  } catch {
    return cell
  }
}

/**
 * How records are read. Every option has a default: the format from the file name or content,
 * the encoding from a byte-order mark or else UTF-8 (GB18030 when the input is not UTF-8 but is
 * that, with a warning), `,` between CSV fields, 64 MiB per line.
 *
 * @since 0.1.0
 */
export interface ReadOptions {
  readonly format?: InputFormat | undefined
  /** A WHATWG encoding label (`utf-8`, `gb18030`, `gbk`, `utf-16le`, …); a byte-order mark overrides it. */
  readonly encoding?: string | undefined
  /** The CSV field delimiter: one character, not a quote or a line break (`;`, `\t`, …). */
  readonly delimiter?: string | undefined
  /** The longest line of NDJSON or CSV, in bytes; a longer line is rejected by its number and the rest go on. */
  readonly maxLineBytes?: number | undefined
  /** Called for what is worth knowing but rejects nothing (an encoding guessed, a CSV header naming no known field). */
  readonly onWarning?: ((message: string, source: Source) => void) | undefined
}

/**
 * A delimiter as given on the command line: `tab` or `\t` (as typed) is a tab; anything else is taken as it is.
 *
 * @since 0.1.0
 */
export const delimiterArgument = (given: string): string => (given === "tab" || given === "\\t" ? "\t" : given)

/**
 * Checks the options before anything is read: a `RangeError` naming the bad one.
 *
 * @since 0.1.0
 */
export const checkReadOptions = (options: ReadOptions): void => {
  if (options.encoding !== undefined) encodingName(options.encoding)
  const d = options.delimiter
  if (d !== undefined && ([...d].length !== 1 || d === "\"" || d === "\n" || d === "\r")) {
    throw new RangeError(`the CSV delimiter must be one character other than a quote or a line break, got ${JSON.stringify(d)}`)
  }
  const m = options.maxLineBytes
  if (m !== undefined && (!Number.isSafeInteger(m) || m < 1)) throw new RangeError(`the line limit must be a whole number of bytes ≥ 1, got ${m}`)
}

interface Reading {
  readonly file: string
  readonly maxLineBytes: number
  readonly delimiter: string
  readonly warn: (message: string, line?: number) => void
}

const unparseable = (source: Source, message: string, bytes?: number): InputItem =>
  bytes === undefined ? { _tag: "unparseable", source, message } : { _tag: "unparseable", source, message, bytes }

const tooLong = (r: Reading, line: number, size: number): InputItem =>
  unparseable({ file: r.file, line }, `line of ${size} bytes is over the limit of ${r.maxLineBytes} bytes: not read (raise it with --max-line-bytes)`, size)

/**
 * The records of NDJSON lines, each decoded and parsed only when it is asked for: a record is
 * parsed just before it is used, so records are not held parsed ahead of their turn (they would
 * outlive the young generation and be copied into the old one). The lines are views of the chunk
 * read, which the next read overwrites (see {@link fileChunks}): a batch iterated after the next
 * one was asked for throws instead of reading bytes that are no longer its own.
 */
function* ndjsonItems(r: Reading, decoder: LineDecoder, lines: ReadonlyArray<Lines.Line>, turn: Turn, mine: number): Generator<InputItem> {
  for (let i = 0; i < lines.length; i++) {
    if (turn.current !== mine) throw new Error("a batch of records was read after the next batch was asked for: iterate each batch wholly before asking for the next one")
    const l = lines[i]!
    if (l._tag === "too-long") {
      yield tooLong(r, l.line, l.size)
      continue
    }
    const source = { file: r.file, line: l.line }
    const decoded = decoder.decode(l.bytes, l.line)
    if ("error" in decoded) {
      yield unparseable(source, decoded.error, l.size)
      continue
    }
    const text = Lines.withoutByteOrderMark(decoded.text) // a byte-order mark where inputs were concatenated
    if (text.trim() === "") continue
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (e) {
      yield unparseable(source, `invalid JSON: ${(e as Error).message}`, l.size)
      continue
    }
    yield { _tag: "record", source, value, bytes: l.size }
  }
}

/** The number of the batch of lines that may be read (the latest one handed out). */
interface Turn {
  current: number
}

/** The records of NDJSON, one batch per chunk of input: the lines of a chunk are read in one synchronous loop. */
async function* readNdjson(r: Reading, input: ByteInput): AsyncGenerator<Iterable<InputItem>> {
  const decoder = new LineDecoder(input.encoding, r.warn)
  const turn: Turn = { current: 0 }
  for await (const lines of Lines.batches(input.chunks, { maxLineBytes: r.maxLineBytes })) {
    if (lines.length > 0) yield ndjsonItems(r, decoder, lines, turn, ++turn.current)
  }
  turn.current++
}

/** How many elements of a JSON array go in one batch. */
const JSON_BATCH = 1024

async function* readJson(r: Reading, input: ByteInput): AsyncGenerator<Iterable<InputItem>> {
  let value: unknown
  let total: number
  try {
    const text = await readAllText(input, r.warn)
    total = Buffer.byteLength(text)
    value = JSON.parse(text)
  } catch (e) {
    const message = (e as Error).message
    yield [unparseable({ file: r.file }, message.startsWith("line ") ? `cannot be read: ${message}` : `invalid JSON: ${message}`)]
    return
  }
  if (Array.isArray(value)) {
    const bytes = value.length === 0 ? 0 : total / value.length
    for (let from = 0; from < value.length; from += JSON_BATCH) {
      const items: Array<InputItem> = []
      const to = Math.min(value.length, from + JSON_BATCH)
      for (let index = from; index < to; index++) items.push({ _tag: "record", source: { file: r.file, index }, value: value[index], bytes })
      yield items
    }
  } else {
    yield [{ _tag: "record", source: { file: r.file }, value, bytes: total }]
  }
}

let knownFields: ReadonlyArray<string> | undefined
/** The top-level fields of the enterprise profile, as a CSV header names them. */
const enterpriseFields = (): ReadonlyArray<string> => {
  if (knownFields === undefined) {
    const doc = JsonSchemas.of("Enterprise") as { $ref?: string; $defs?: Record<string, any>; properties?: Record<string, any> }
    const root = doc.$ref !== undefined ? doc.$defs![doc.$ref.slice("#/$defs/".length)] : doc
    knownFields = Object.keys(root.properties ?? {})
  }
  return knownFields
}

/** How many line feeds a row's fields hold (a quoted field may span lines): the row ends that many lines after it starts. */
const lineFeedsIn = (fields: ReadonlyArray<string>): number => {
  let n = 0
  for (const f of fields) for (let i = f.indexOf("\n"); i >= 0; i = f.indexOf("\n", i + 1)) n++
  return n
}

async function* readCsv(r: Reading, input: ByteInput): AsyncGenerator<InputItem> {
  const decoder = new LineDecoder(input.encoding, r.warn)
  // A line that cannot be decoded is read byte for byte as Latin-1 (its quotes and delimiters are
  // ASCII, which every encoding here shares), and a line over the limit as its skeleton (its
  // quotes, delimiters and carriage returns), so the rows around either are cut as they are; the
  // row that holds it is rejected.
  const bad = new Map<number, string>()
  const structural = new Set([0x22, 0x0d, ...(r.delimiter.charCodeAt(0) < 0x80 ? [r.delimiter.charCodeAt(0)] : [])])
  async function* texts(): AsyncGenerator<string> {
    for await (const l of byteLines(input.chunks, r.maxLineBytes, structural)) {
      if (l._tag === "too-long") {
        bad.set(l.line, `line of ${l.size} bytes is over the limit of ${r.maxLineBytes} bytes: not read (raise it with --max-line-bytes)`)
        yield l.skeleton + "\n"
        continue
      }
      const decoded = decoder.decode(l.bytes, l.line)
      if ("error" in decoded) {
        bad.set(l.line, decoded.error)
        yield Buffer.from(l.bytes.buffer, l.bytes.byteOffset, l.bytes.byteLength).toString("latin1") + "\n"
        continue
      }
      yield decoded.text + "\n"
    }
  }
  /** The problems of the lines before `line` (lines no row holds), each on its own. */
  const before = (line: number): Array<InputItem> => {
    const out: Array<InputItem> = []
    for (const [l, message] of bad) {
      if (l >= line) break
      out.push(unparseable({ file: r.file, line: l }, message))
      bad.delete(l)
    }
    return out
  }
  /** The problems of the lines `from`..`to` (one row's), taken off the list. */
  const within = (from: number, to: number): Array<string> => {
    const out: Array<string> = []
    for (const [l, message] of bad) {
      if (l > to) break
      if (l >= from) {
        out.push(message)
        bad.delete(l)
      }
    }
    return out
  }
  let header: ReadonlyArray<string> | undefined
  let refused: { readonly line: number } | undefined
  try {
    for await (const row of parseCsv(texts(), r.delimiter)) {
      yield* before(row.line)
      const source = { file: r.file, line: row.line }
      const problems = within(row.line, row.line + lineFeedsIn(row.fields))
      if (header === undefined) {
        header = row.fields.map((h) => h.trim())
        const reasons = problems.length > 0 ? [`it cannot be decoded: ${problems.join("; ")}`] : header.flatMap((h, i) => {
          const problem = pathProblem(h)
          return problem === undefined ? [] : [`column ${i + 1} ${JSON.stringify(h)}: ${problem}`]
        })
        if (reasons.length > 0) {
          // nothing of this file is read: each row is reported, none is dropped in silence
          refused = { line: row.line }
          yield unparseable(source, `the header is refused: ${reasons.join("; ")}`)
          continue
        }
        const fields = enterpriseFields()
        if (!header.some((h) => fields.includes(h.split(".")[0]!))) {
          r.warn(
            `no column of the header names a field of the enterprise profile (the header read: ${header.map((h) => JSON.stringify(h)).join(", ")}); ` +
              `expected columns: ${fields.join(", ")} (facts as dotted paths, e.g. facts.workSafety.…)` +
              (r.delimiter === "," ? "; if the fields are separated by another character, give --delimiter (e.g. --delimiter ';')" : ""),
            row.line
          )
        }
        continue
      }
      if (problems.length > 0) {
        yield unparseable(source, problems.join("; "))
        continue
      }
      if (refused !== undefined) {
        yield unparseable(source, `not read: the header on line ${refused.line} is refused`)
        continue
      }
      if (row.fields.length !== header.length) {
        yield unparseable(source, `expected ${header.length} fields as in the header, got ${row.fields.length}`)
        continue
      }
      // no prototype: a record shares nothing with another, and no key reaches Object.prototype
      const record: Record<string, unknown> = Object.create(null)
      for (let i = 0; i < header.length; i++) {
        const cell = row.fields[i]!
        if (cell === "") continue
        setPath(record, header[i]!, cellValue(header[i]!, cell))
      }
      yield { _tag: "record", source, value: record }
    }
    yield* before(Number.POSITIVE_INFINITY)
  } catch (e) {
    yield* before(Number.POSITIVE_INFINITY)
    yield unparseable({ file: r.file }, `invalid CSV: ${(e as Error).message}`)
  }
}

/** How far the format sniffer looks for the end of the first line of `{`-input: past it, NDJSON. */
const SNIFF_BYTES = 1024 * 1024

const isSpace = (b: number): boolean => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d

/**
 * The format of input that neither its name nor an option tells: `[` is JSON; `{` is NDJSON when
 * the first line is a JSON value of its own, else one (pretty-printed) JSON object; anything else
 * is CSV. Reads only as much as it needs and gives the bytes back.
 */
const sniff = async (input: ByteInput): Promise<{ readonly format: InputFormat; readonly input: ByteInput }> => {
  const it = input.chunks[Symbol.asyncIterator]()
  const seen: Array<Uint8Array> = []
  let size = 0
  let first = -1
  let format: InputFormat | undefined
  while (format === undefined) {
    const next = await it.next()
    if (next.done === true) break
    seen.push(Buffer.from(next.value)) // a copy: the reader may reuse its buffer for the next chunk
    const from = size
    size += next.value.length
    const all = seen.length === 1 ? seen[0]! : Buffer.concat(seen)
    if (first < 0) {
      for (let i = from; i < all.length; i++) {
        if (!isSpace(all[i]!)) {
          first = i
          break
        }
      }
      if (first < 0) continue
      if (all[first] !== 0x7b) format = all[first] === 0x5b ? "json" : "csv"
    }
    if (format === undefined) {
      const nl = all.indexOf(0x0a, first)
      if (nl >= 0) format = isJson(all.subarray(first, nl)) ? "ndjson" : "json"
      else if (all.length - first > SNIFF_BYTES) format = "ndjson"
    }
  }
  if (format === undefined) {
    // the input ended: one line (or none)
    const all = Buffer.concat(seen)
    format = first < 0 ? "csv" : all[first] === 0x5b ? "json" : all[first] === 0x7b ? (isJson(all.subarray(first)) ? "ndjson" : "json") : "csv"
  }
  return { format, input: { chunks: prepend(seen, it), encoding: input.encoding } }
}

const isJson = (bytes: Uint8Array): boolean => {
  try {
    JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"))
    return true
  } catch {
    return false
  }
}

/** `head`, then the rest; a reader that stops early stops the rest too (a file is closed). */
async function* prepend(head: ReadonlyArray<Uint8Array>, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  let done = false
  try {
    yield* head
    for (let next = await rest.next(); next.done !== true; next = await rest.next()) yield next.value
    done = true
  } finally {
    if (!done) await rest.return?.()
  }
}

const defaultWarning = (message: string, source: Source): void => {
  process.stderr.write(terminalSafe(`anquan: warning: ${formatSource(source)}: ${message}\n`))
}

async function* eachItem<A>(items: AsyncIterable<A>): AsyncGenerator<Iterable<A>> {
  for await (const item of items) yield [item]
}

/**
 * A record read and evaluated elsewhere (on a worker thread: `anquan check --workers`): its result,
 * numbered in its file.
 *
 * @internal
 * @since 0.2.0
 */
export interface EvaluatedItem {
  readonly _tag: "evaluated"
  readonly source: Source
  readonly result: RecordResult
  readonly bytes: number
  /** Its NDJSON line (`output/ndjsonRecord.ts`), made with it; `result` then holds only what the report counts. */
  readonly text?: string
}

/**
 * Reads NDJSON instead of the line reader here: given the file, its bytes (no byte-order mark,
 * UTF-16 transcoded, `input.encoding` the one they are in) and the reader's line limit and
 * warnings, the items of its lines in order; `undefined` when it cannot read this input.
 *
 * @internal
 * @since 0.2.0
 */
export type NdjsonReader = (file: string, input: ByteInput, maxLineBytes: number, warn: (message: string, line?: number) => void) => AsyncGenerator<InputItem | EvaluatedItem> | undefined

async function* readSource(file: string, bytes: AsyncIterable<Uint8Array>, options: ReadOptions, ndjson?: NdjsonReader): AsyncGenerator<Iterable<InputItem | EvaluatedItem>> {
  const onWarning = options.onWarning ?? defaultWarning
  const r: Reading = {
    file,
    maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
    delimiter: options.delimiter ?? ",",
    warn: (message, line) => onWarning(message, line === undefined ? { file } : { file, line })
  }
  let input = await openBytes(bytes, options.encoding === undefined ? undefined : encodingName(options.encoding))
  let format = options.format ?? (file === "<stdin>" ? undefined : formatOf(file))
  if (format === undefined) ({ format, input } = await sniff(input))
  if (format === "ndjson" && ndjson !== undefined) {
    const evaluated = ndjson(file, input, r.maxLineBytes, r.warn)
    if (evaluated !== undefined) {
      yield* eachItem(evaluated)
      return
    }
  }
  yield* format === "json" ? readJson(r, input) : format === "ndjson" ? readNdjson(r, input) : eachItem(readCsv(r, input))
}

/**
 * Reads every record of `path` (a file, a directory, or `-` for stdin, read as a stream). NDJSON
 * and CSV are streamed line by line from their bytes (no line over `maxLineBytes` is ever held);
 * a JSON file is parsed whole. Text is decoded as {@link ReadOptions} says; a line that cannot be
 * decoded or parsed, or is too long, is an `unparseable` item with its line, and the rest go on.
 * Records are built without a shared prototype: no input reaches `Object.prototype`.
 *
 * @since 0.1.0
 */
export async function* readRecords(path: string, options: ReadOptions = {}): AsyncGenerator<InputItem> {
  for await (const batch of readRecordBatches(path, options)) yield* batch
}

/**
 * {@link readRecords} in batches, in the same order: for NDJSON one batch per chunk of input read
 * (the records of its lines, each line decoded and parsed only as the batch is iterated), for
 * JSON up to 1024 elements of the array, for CSV one row. A consumer iterates each batch
 * synchronously (no promise per record), and wholly before it asks for the next one: the next
 * chunk of a file is read into the same buffer, and an NDJSON batch iterated after the next one
 * was asked for throws an `Error`.
 *
 * @since 0.2.0
 */
export const readRecordBatches = (path: string, options: ReadOptions = {}): AsyncGenerator<Iterable<InputItem>> =>
  readItemBatches(path, options) as AsyncGenerator<Iterable<InputItem>>

/**
 * {@link readRecordBatches}, with NDJSON read by `ndjson` when given (see {@link NdjsonReader}): its
 * items then come one a batch.
 *
 * @internal
 * @since 0.2.0
 */
export async function* readItemBatches(path: string, options: ReadOptions = {}, ndjson?: NdjsonReader): AsyncGenerator<Iterable<InputItem | EvaluatedItem>> {
  checkReadOptions(options)
  if (path === "-") {
    yield* readSource("<stdin>", process.stdin, options, ndjson)
    return
  }
  for (const file of inputFiles(path)) yield* readSource(file, fileChunks(file), options, ndjson)
}

/** How many bytes of a file are read at a time. */
const READ_BYTES = 1024 * 1024

/**
 * The bytes of a file, read `size` bytes at a time into one buffer, reused: each chunk is a view
 * of it, valid until the next one is asked for (whoever keeps bytes longer copies them: the line
 * splitter copies the part of a line a chunk leaves unfinished). Nothing is read ahead of the
 * consumer, and no buffer is allocated per chunk: a chunk that outlived a young-generation
 * collection (a chunk's records take longer to check than the young generation lasts) would be
 * freed only by the next full collection, and tens of megabytes of read chunks waited for it.
 *
 * @internal
 * @since 0.2.0
 */
export async function* fileChunks(file: string, size: number = READ_BYTES): AsyncGenerator<Uint8Array> {
  const handle = await open(file, "r")
  try {
    const buffer = Buffer.allocUnsafeSlow(size)
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, size, null)
      if (bytesRead === 0) return
      yield buffer.subarray(0, bytesRead)
    }
  } finally {
    await handle.close()
  }
}

/** The total size in bytes of the files named by `path` (`undefined` for stdin). @since 0.1.0 */
export const inputBytes = (path: string): number | undefined =>
  path === "-" ? undefined : inputFiles(path).reduce((n, f) => n + statSync(f).size, 0)

const shown = (file: string): string => {
  if (file === "<stdin>") return file
  const rel = relative(process.cwd(), file)
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? file : rel
}

/** `file:line` or `file[index]` (the file relative to the working directory when inside it), for messages. @since 0.1.0 */
export const formatSource = (s: Source): string =>
  s.line !== undefined ? `${shown(s.file)}:${s.line}` : s.index !== undefined ? `${shown(s.file)}[${s.index}]` : shown(s.file)
