/**
 * 输入读取 — reads enterprise records from JSON, NDJSON or CSV files, a directory of them, or stdin,
 * one record at a time, each with where it came from (file and line or index). A record that cannot
 * even be parsed is yielded as such, with its location, so it is reported and the rest go on.
 *
 * CSV: the header names dotted paths (`creditCode`, `facts.hazchem.storage.mixedStorage`); a cell
 * that is empty is left out (the fact is unknown); a cell is taken as JSON (number, boolean, array,
 * object) when it parses as JSON, except in the columns the enterprise model types as strings
 * (`creditCode`, `name`, `jurisdiction`, …), which stay text.
 *
 * @since 0.1.0
 */
import { createReadStream, readdirSync, statSync } from "node:fs"
import { readFile } from "node:fs/promises"
import { isAbsolute, join, relative, resolve } from "node:path"
import { createInterface } from "node:readline"
import { JsonSchemas } from "@anquan/core"
import { parseCsv, setPath } from "./csv.ts"

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

async function* lines(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  const rl = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })
  for await (const l of rl) yield l
}

async function* readNdjson(file: string, stream: NodeJS.ReadableStream): AsyncGenerator<InputItem> {
  let line = 0
  for await (const text of lines(stream)) {
    line++
    const bytes = Buffer.byteLength(text) + 1
    if (text.trim() === "") continue
    try {
      yield { _tag: "record", source: { file, line }, value: JSON.parse(text), bytes }
    } catch (e) {
      yield { _tag: "unparseable", source: { file, line }, message: `invalid JSON: ${(e as Error).message}`, bytes }
    }
  }
}

async function* readJson(file: string, text: string): AsyncGenerator<InputItem> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    yield { _tag: "unparseable", source: { file }, message: `invalid JSON: ${(e as Error).message}` }
    return
  }
  const total = Buffer.byteLength(text)
  if (Array.isArray(value)) {
    const bytes = value.length === 0 ? 0 : total / value.length
    for (let index = 0; index < value.length; index++) yield { _tag: "record", source: { file, index }, value: value[index], bytes }
  } else {
    yield { _tag: "record", source: { file }, value, bytes: total }
  }
}

async function* chunksOf(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  stream.setEncoding("utf8")
  for await (const chunk of stream) yield chunk as string
}

async function* readCsv(file: string, stream: NodeJS.ReadableStream): AsyncGenerator<InputItem> {
  let header: ReadonlyArray<string> | undefined
  try {
    for await (const row of parseCsv(chunksOf(stream))) {
      if (header === undefined) {
        header = row.fields.map((h) => h.trim())
        continue
      }
      if (row.fields.length !== header.length) {
        yield { _tag: "unparseable", source: { file, line: row.line }, message: `expected ${header.length} fields as in the header, got ${row.fields.length}` }
        continue
      }
      const record: Record<string, unknown> = {}
      for (let i = 0; i < header.length; i++) {
        const cell = row.fields[i]!
        if (cell === "") continue
        setPath(record, header[i]!, cellValue(header[i]!, cell))
      }
      yield { _tag: "record", source: { file, line: row.line }, value: record }
    }
  } catch (e) {
    yield { _tag: "unparseable", source: { file }, message: `invalid CSV: ${(e as Error).message}` }
  }
}

const sniff = (text: string): InputFormat => {
  const t = text.trimStart()
  if (t.startsWith("[")) return "json"
  if (t.startsWith("{")) {
    // one JSON object per line, or one (pretty-printed) object
    const firstLine = t.split("\n", 1)[0]!
    try {
      JSON.parse(firstLine)
      return "ndjson"
    } catch {
      return "json"
    }
  }
  return "csv"
}

async function* fromText(file: string, text: string, format: InputFormat): AsyncGenerator<InputItem> {
  if (format === "json") yield* readJson(file, text)
  else {
    const { Readable } = await import("node:stream")
    const stream = Readable.from([text])
    yield* format === "ndjson" ? readNdjson(file, stream) : readCsv(file, stream)
  }
}

/** Streams stdin: the format is sniffed from its first non-blank text; NDJSON and CSV are never held whole. */
async function* readStdin(format: InputFormat | undefined): AsyncGenerator<InputItem> {
  const { Readable } = await import("node:stream")
  process.stdin.setEncoding("utf8")
  const it = process.stdin[Symbol.asyncIterator]()
  let head = ""
  while (head.trim() === "") {
    const next = await it.next()
    if (next.done === true) break
    head += next.value as string
  }
  const chosen = format ?? sniff(head)
  if (chosen === "json") {
    let text = head
    for (let next = await it.next(); next.done !== true; next = await it.next()) text += next.value as string
    yield* readJson("<stdin>", text)
    return
  }
  async function* rest(): AsyncGenerator<string> {
    yield head
    for (let next = await it.next(); next.done !== true; next = await it.next()) yield next.value as string
  }
  const stream = Readable.from(rest())
  yield* chosen === "ndjson" ? readNdjson("<stdin>", stream) : readCsv("<stdin>", stream)
}

/**
 * Reads every record of `path` (a file, a directory, or `-` for stdin). NDJSON and CSV files are
 * streamed line by line; a JSON array file is parsed whole.
 *
 * @since 0.1.0
 */
export async function* readRecords(path: string, options: { readonly format?: InputFormat } = {}): AsyncGenerator<InputItem> {
  if (path === "-") {
    yield* readStdin(options.format)
    return
  }
  for (const file of inputFiles(path)) {
    const format = options.format ?? formatOf(file)
    if (format === "json" || format === undefined) {
      const text = await readFile(file, "utf8")
      yield* fromText(file, text, format ?? sniff(text))
    } else {
      const stream = createReadStream(file)
      yield* format === "ndjson" ? readNdjson(file, stream) : readCsv(file, stream)
    }
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
