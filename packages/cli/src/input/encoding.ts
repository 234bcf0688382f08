/**
 * 编码 — input bytes as text, never guessed silently: a byte-order mark (UTF-8, UTF-16LE,
 * UTF-16BE) decides and is dropped; otherwise the encoding given (`--encoding gb18030`, any label
 * of the WHATWG Encoding Standard that Node's `TextDecoder` knows), or by default UTF-8 — and a
 * line that is not valid UTF-8 but is valid GB18030 (what Excel saves for Chinese users) is read
 * as GB18030 with a warning (each line on its own: no line changes how another is read). A line that is not valid in its encoding is reported with its number;
 * no character is ever replaced by U+FFFD.
 *
 * Lines are cut from the bytes (on `\n`, which no byte of a multi-byte character of UTF-8, GB18030,
 * GBK, Big5 or Shift_JIS is), so a line is decoded only once it is whole, and a line longer than a
 * limit is skipped and reported without ever being held as one string. UTF-16 input is transcoded
 * to UTF-8 first.
 *
 * @since 0.1.0
 */
import { isUtf8 } from "node:buffer"
import { TextDecoder } from "node:util"
import { Lines } from "@anquan/core"

/** The default limit of one line of NDJSON or CSV: 64 MiB. @since 0.1.0 */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024

/**
 * The canonical name of an encoding label (`GBK` → `gbk`, `utf8` → `utf-8`), or a `RangeError`
 * naming the label when `TextDecoder` does not know it.
 *
 * @since 0.1.0
 */
export const encodingName = (label: string): string => {
  try {
    return new TextDecoder(label.trim()).encoding
  } catch {
    throw new RangeError(`unknown encoding ${JSON.stringify(label)}: give a WHATWG encoding label such as utf-8, gb18030, gbk, big5, shift_jis, utf-16le`)
  }
}

const UTF16 = new Set(["utf-16le", "utf-16be"])

/** A warning about the input (a guessed encoding), with the line it concerns. @since 0.1.0 */
export type Warn = (message: string, line?: number) => void

/**
 * Bytes of an ASCII-compatible encoding, without a byte-order mark, and the encoding their lines
 * are decoded with (`undefined`: UTF-8, or GB18030 when the input is not UTF-8 but is GB18030).
 *
 * @since 0.1.0
 */
export interface ByteInput {
  /** The bytes, chunk by chunk. A chunk may be overwritten by the next one (a file's reader reuses its buffer): copy what is kept. */
  readonly chunks: AsyncIterable<Uint8Array>
  readonly encoding: string | undefined
}

/** `head`, then the rest; a reader that stops early stops the rest too (a file is closed). */
async function* prepend(head: Uint8Array, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  let done = false
  try {
    if (head.length > 0) yield head
    for (let next = await rest.next(); next.done !== true; next = await rest.next()) yield next.value
    done = true
  } finally {
    if (!done) await rest.return?.()
  }
}

async function* transcodeUtf16(encoding: string, chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true })
  let offset = 0
  try {
    for await (const chunk of chunks) {
      const text = decoder.decode(chunk, { stream: true })
      offset += chunk.length
      if (text !== "") yield Buffer.from(text, "utf8")
    }
    const last = decoder.decode()
    if (last !== "") yield Buffer.from(last, "utf8")
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_ENCODING_INVALID_ENCODED_DATA") {
      throw new Error(`the input is not valid ${encoding.toUpperCase()} (near byte ${offset})`)
    }
    throw e
  }
}

/**
 * Looks at the first bytes: a byte-order mark decides the encoding (and is dropped); UTF-16 is
 * transcoded to UTF-8; otherwise `encoding` (canonical, see {@link encodingName}) or the default.
 *
 * @since 0.1.0
 */
export const openBytes = async (source: AsyncIterable<Uint8Array>, encoding: string | undefined): Promise<ByteInput> => {
  const it = source[Symbol.asyncIterator]()
  let head: Buffer = Buffer.alloc(0)
  while (head.length < 3) {
    const next = await it.next()
    if (next.done === true) break
    head = head.length === 0 ? Buffer.from(next.value) : Buffer.concat([head, next.value])
  }
  let bom: string | undefined
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) bom = "utf-8"
  else if (head[0] === 0xff && head[1] === 0xfe) bom = "utf-16le"
  else if (head[0] === 0xfe && head[1] === 0xff) bom = "utf-16be"
  const chosen = bom ?? encoding
  const rest = prepend(bom === undefined ? head : head.subarray(bom === "utf-8" ? 3 : 2), it)
  if (chosen !== undefined && UTF16.has(chosen)) return { chunks: transcodeUtf16(chosen, rest), encoding: "utf-8" }
  return { chunks: rest, encoding: chosen }
}

const hex = (b: number): string => `0x${b.toString(16).padStart(2, "0").toUpperCase()}`

/** The first byte of `bytes` that is not part of a valid UTF-8 sequence (its offset), or -1. */
const invalidUtf8At = (bytes: Uint8Array): number => {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    const n = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1
    if (n < 0 || i + n >= bytes.length) return i
    const b1 = bytes[i + 1]!
    if (b === 0xe0 && b1 < 0xa0 || b === 0xed && b1 > 0x9f || b === 0xf0 && b1 < 0x90 || b === 0xf4 && b1 > 0x8f) return i
    for (let k = 1; k <= n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i
    i += n + 1
  }
  return -1
}

const gb18030Decoder = (): TextDecoder | null => {
  try {
    return new TextDecoder("gb18030", { fatal: true, ignoreBOM: true })
  } catch {
    return null
  }
}

/**
 * Decodes lines of one input. With an encoding given (or a byte-order mark), every line in it.
 * Without, each line on its own: UTF-8 when it is valid UTF-8, else GB18030 when it is valid
 * GB18030 (with one warning per input), else the line is not decoded — so how a line is read
 * never depends on another line.
 *
 * @since 0.1.0
 */
export class LineDecoder {
  private readonly encoding: string | undefined
  private readonly guess: boolean
  private readonly decoder: TextDecoder | undefined
  private gb18030: TextDecoder | null | undefined
  private warned = false
  private readonly warn: Warn

  constructor(encoding: string | undefined, warn: Warn) {
    this.encoding = encoding === "utf-8" ? undefined : encoding
    this.guess = encoding === undefined
    this.warn = warn
    if (this.encoding !== undefined) this.decoder = new TextDecoder(this.encoding, { fatal: true, ignoreBOM: true })
  }

  /** The text of a line, or why it cannot be decoded. */
  decode(bytes: Uint8Array, line: number): { readonly text: string } | { readonly error: string } {
    if (this.decoder === undefined) {
      if (isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8") }
      // a Node without full ICU has no GB18030 decoder: then no guess
      if (this.guess && (this.gb18030 ??= gb18030Decoder()) !== null) {
        try {
          const text = this.gb18030.decode(bytes)
          if (!this.warned) {
            this.warned = true
            this.warn("not UTF-8 but valid GB18030 (as Excel saves Chinese text): read as GB18030, as is every such line; give --encoding to choose the encoding", line)
          }
          return { text }
        } catch {
          // neither: reported below
        }
      }
      const at = invalidUtf8At(bytes)
      return {
        error: `line ${line} is not valid UTF-8${this.guess ? " nor GB18030" : ""} (byte ${at < 0 ? "?" : hex(bytes[at]!)} at byte ${at + 1} of the line); ` +
          "give --encoding if the input is in another encoding (e.g. --encoding gb18030)"
      }
    }
    try {
      return { text: this.decoder.decode(bytes) }
    } catch {
      return { error: `line ${line} is not valid ${this.encoding!.toUpperCase()}` }
    }
  }
}

/**
 * One line of bytes (without its `\n`), or a line over the limit: only its length is known, and
 * its skeleton when asked for (see {@link byteLines}).
 *
 * @since 0.1.0
 */
export type ByteLine = Lines.Line

/**
 * Cuts bytes into lines on `\n` (core's `Lines.Splitter`). A line longer than `maxLineBytes` is
 * not kept: its bytes are counted and dropped as they come, and it is yielded as `too-long`, with
 * its skeleton when `structural` bytes are given: those bytes in order, every run of other bytes as
 * one `x` (for CSV, its quotes and delimiters: the rows after it are cut as they would be). `size`
 * counts the line's bytes and its `\n`.
 *
 * @since 0.1.0
 */
export async function* byteLines(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  maxLineBytes: number,
  structural?: ReadonlySet<number>
): AsyncGenerator<ByteLine> {
  for await (const batch of Lines.batches(chunks, { maxLineBytes, structural })) yield* batch
}

/**
 * Bytes of an ASCII-compatible encoding (no BOM) as text: in `encoding`, or UTF-8, or else
 * GB18030 with a warning; when a line is not valid, the error names the first such line.
 */
const decodeCompatible = (bytes: Uint8Array, encoding: string | undefined, warn: Warn): string => {
  if (encoding === undefined || encoding === "utf-8") {
    if (isUtf8(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8")
  } else {
    try {
      return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
    } catch {
      // the first line that is not valid is found below
    }
  }
  // line by line: GB18030 when the input is that (with a warning), else the first line that is not valid
  const decoder = new LineDecoder(encoding, warn)
  const texts: Array<string> = []
  let start = 0
  for (let line = 1; start <= bytes.length; line++) {
    const nl = bytes.indexOf(0x0a, start)
    const end = nl < 0 ? bytes.length : nl
    const r = decoder.decode(bytes.subarray(start, end), line)
    if ("error" in r) throw new Error(r.error)
    texts.push(r.text)
    if (nl < 0) break
    start = nl + 1
  }
  return texts.join("\n")
}

/**
 * The whole input as text, decoded like its lines (its encoding, UTF-8, or else GB18030 with a
 * warning); when a line is not valid in the encoding, the error names the first such line.
 *
 * @since 0.1.0
 */
export const readAllText = async (input: ByteInput, warn: Warn): Promise<string> => {
  const parts: Array<Uint8Array> = []
  for await (const chunk of input.chunks) parts.push(Buffer.from(chunk)) // a copy: the next chunk may be read into the same buffer
  return decodeCompatible(parts.length === 1 ? parts[0]! : Buffer.concat(parts), input.encoding, warn)
}

/**
 * A whole file's bytes as text: a byte-order mark (UTF-8, UTF-16LE/BE) decides and is dropped;
 * else `encoding`, UTF-8, or GB18030 with a warning. Throws an `Error` naming the first line that
 * is not valid.
 *
 * @since 0.1.0
 */
export const decodeBytes = (bytes: Uint8Array, options: { readonly encoding?: string | undefined; readonly warn?: Warn } = {}): string => {
  const warn = options.warn ?? (() => {})
  let bom: string | undefined
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bom = "utf-8"
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) bom = "utf-16le"
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) bom = "utf-16be"
  const encoding = bom ?? (options.encoding === undefined ? undefined : encodingName(options.encoding))
  const rest = bom === undefined ? bytes : bytes.subarray(bom === "utf-8" ? 3 : 2)
  if (encoding !== undefined && UTF16.has(encoding)) {
    try {
      return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(rest)
    } catch {
      throw new Error(`the input is not valid ${encoding.toUpperCase()}`)
    }
  }
  return decodeCompatible(rest, encoding, warn)
}

/**
 * Reads a whole byte stream (a file's, or stdin's: read as a stream, so a slow or non-blocking
 * stdin is waited for, never an `EAGAIN`) as text: BOM, `encoding`, UTF-8 or GB18030 as above.
 *
 * @since 0.1.0
 */
export const readText = async (source: AsyncIterable<Uint8Array>, options: { readonly encoding?: string | undefined; readonly warn?: Warn } = {}): Promise<string> =>
  readAllText(await openBytes(source, options.encoding === undefined ? undefined : encodingName(options.encoding)), options.warn ?? (() => {}))
