/**
 * 分行 — cuts bytes into lines on `\n`, chunk by chunk, without decoding them: the one line splitter
 * of NDJSON and CSV input — the CLI's reader ({@link batches}), the main thread of a parallel
 * evaluation ({@link byteBatches}) and its workers ({@link split}).
 *
 * Bytes, not text, are cut: `\n` (0x0A) is never a byte of a multi-byte character of UTF-8,
 * GB18030, GBK, Big5 or Shift_JIS, so a line is decoded only once it is whole, by whoever takes
 * it. A {@link Splitter} is fed chunks as they come and hands back, per chunk, every line that
 * chunk completes (a synchronous loop per chunk: no promise per line). A line wholly inside one
 * chunk is a view of that chunk (no copy); a line across chunks is joined once it ends.
 *
 * - Line numbers count from 1, every `\n` included (an empty line has its number too).
 * - The `\n` is not part of a line; a `\r` before it is (CRLF input keeps its `\r`: the reader
 *   decides, `JSON.parse` takes it as white space).
 * - A last line without `\n` is a line ({@link Splitter.end}); an input ending with `\n` has no
 *   empty line after it.
 * - A line longer than `maxLineBytes` is never held: its bytes are counted and dropped as they
 *   come, and it is a `too-long` line with its size, and its skeleton when `structural` bytes are
 *   given: those bytes in order, every run of other bytes as one `x` (for CSV: its quotes and
 *   delimiters, so the rows after it are cut as they would be).
 * - `size` counts a line's bytes and its `\n` when it has one (for progress).
 * - A byte-order mark is bytes like any other: it stays at the start of its line, for the reader
 *   that decodes the line to drop ({@link withoutByteOrderMark}).
 * - Nothing of an earlier chunk is held as a view: the part of a line a chunk leaves unfinished is
 *   copied, so a reader may reuse its buffer for the next chunk.
 *
 * @example
 * ```ts
 * import { Lines } from "@anquan/core"
 *
 * const splitter = new Lines.Splitter()
 * const first = splitter.push(new TextEncoder().encode("{\"a\":1}\n{\"b\""))
 * const second = splitter.push(new TextEncoder().encode(":2}\n"))
 * first.length + second.length // 2
 * ```
 *
 * @since 0.2.0
 */

/**
 * One line of bytes (without its `\n`), or a line over the limit: only its size is known, and its
 * skeleton when asked for.
 *
 * @since 0.2.0
 */
export type Line =
  | { readonly _tag: "line"; readonly line: number; readonly bytes: Uint8Array; readonly size: number }
  | { readonly _tag: "too-long"; readonly line: number; readonly size: number; readonly skeleton: string }

/**
 * How lines are cut: the longest line kept (default unlimited), and the bytes a too-long line's
 * skeleton keeps (default none: its skeleton is `""`).
 *
 * @since 0.2.0
 */
export interface SplitterOptions {
  /** The longest line kept, in bytes (without its `\n`); a longer one is a `too-long` line. */
  readonly maxLineBytes?: number | undefined
  /** The bytes a too-long line's skeleton keeps (e.g. a CSV's quote, delimiter and `\r`). */
  readonly structural?: ReadonlySet<number> | undefined
  /** The number of the first line (default 1): for the lines of a batch that starts further on. */
  readonly firstLine?: number | undefined
}

const NL = 0x0a

const concat = (pieces: ReadonlyArray<Uint8Array>, size: number): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(size)
  let at = 0
  for (const p of pieces) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/**
 * A line splitter over chunks of bytes. Feed it each chunk with {@link Splitter.push} (it returns
 * the lines that chunk completes), then call {@link Splitter.end} once for the last line. The
 * bytes of a returned line may be a view of the chunk pushed: keep the chunk as it is while the
 * line is in use.
 *
 * @since 0.2.0
 */
export class Splitter {
  private readonly maxLineBytes: number
  private readonly structural: ReadonlySet<number> | undefined
  /** The pieces of the line begun in earlier chunks. */
  private pieces: Array<Uint8Array> = []
  /** The bytes of the line so far (kept or skipped). */
  private pending = 0
  private skipping = false
  private skeleton = ""
  private inRun = false
  private line = 1

  constructor(options: SplitterOptions = {}) {
    const max = options.maxLineBytes ?? Number.POSITIVE_INFINITY
    if (!(max >= 1)) throw new RangeError(`the line limit must be at least 1 byte, got ${max}`)
    this.maxLineBytes = max
    this.structural = options.structural
    this.line = options.firstLine ?? 1
  }

  /** The number the next line will have. */
  get nextLine(): number {
    return this.line
  }

  /** Every line `chunk` completes, in order (none when it holds no `\n`). */
  push(chunk: Uint8Array): Array<Line> {
    const out: Array<Line> = []
    this.scan(
      chunk,
      (c, start, nl, line) => out.push({ _tag: "line", line, bytes: c.subarray(start, nl), size: nl - start + 1 }),
      (l) => out.push(l)
    )
    return out
  }

  /**
   * Hands each line `chunk` completes, in order, to `view` when it lies wholly inside the chunk
   * (bytes `start` to `nl`, its `\n` at `nl`: nothing is allocated for it) or to `other` (a line
   * joined across chunks, or over the limit). What {@link push} and {@link byteBatches} are made of.
   *
   * @internal
   */
  scan(chunk: Uint8Array, view: (chunk: Uint8Array, start: number, nl: number, line: number) => void, other: (line: Line) => void): void {
    const length = chunk.length
    const max = this.maxLineBytes
    let start = 0
    while (start < length) {
      if (this.pending === 0 && !this.skipping) {
        // the fast path: no line carried over — each line up to the limit a view of the chunk
        for (;;) {
          const nl = chunk.indexOf(NL, start)
          if (nl < 0 || nl - start > max) break
          view(chunk, start, nl, this.line++)
          start = nl + 1
        }
        if (start >= length) break
      }
      const nl = chunk.indexOf(NL, start)
      // the unfinished line's piece of this chunk is copied: the chunk's buffer may be reused
      this.take(chunk.subarray(start, nl < 0 ? length : nl), nl < 0)
      if (nl < 0) break
      other(this.finish(1))
      start = nl + 1
    }
  }

  /** The last line, when the input did not end with `\n` (then `undefined`). Call once, at the end. */
  end(): Line | undefined {
    if (!this.skipping && this.pending === 0) return undefined
    return this.finish(0)
  }

  /** Adds a piece of the current line (up to its `\n` or the chunk's end: then a copy is kept). */
  private take(piece: Uint8Array, copy: boolean): void {
    if (!this.skipping && this.pending + piece.length > this.maxLineBytes) {
      this.skipping = true
      if (this.structural !== undefined) for (const p of this.pieces) this.skeletonOf(p)
      this.pieces = []
    }
    this.pending += piece.length
    if (this.skipping) {
      if (this.structural !== undefined) this.skeletonOf(piece)
    } else if (piece.length > 0) this.pieces.push(copy ? new Uint8Array(piece) : piece) // a copy (a Buffer's slice() would be a view)
  }

  /** The current line, ended by a `\n` (`newline` 1) or by the input's end (0). */
  private finish(newline: 0 | 1): Line {
    const line: Line = this.skipping
      ? { _tag: "too-long", line: this.line, size: this.pending + newline, skeleton: this.skeleton }
      : { _tag: "line", line: this.line, bytes: this.pieces.length === 1 ? this.pieces[0]! : concat(this.pieces, this.pending), size: this.pending + newline }
    this.pieces = []
    this.pending = 0
    this.skipping = false
    this.skeleton = ""
    this.inRun = false
    this.line++
    return line
  }

  /** Appends the skeleton of `bytes`: each structural byte as itself, each run of other bytes as one `x`. */
  private skeletonOf(bytes: Uint8Array): void {
    const structural = this.structural!
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!
      if (structural.has(b)) {
        this.skeleton += String.fromCharCode(b)
        this.inRun = false
      } else if (!this.inRun) {
        this.skeleton += "x"
        this.inRun = true
      }
    }
  }
}

/**
 * The lines of chunks of bytes, one array per chunk (the lines it completes; the last array holds
 * the last line when the input does not end with `\n`). Arrays may be empty.
 *
 * @since 0.2.0
 */
export async function* batches(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: SplitterOptions = {}
): AsyncGenerator<Array<Line>> {
  const splitter = new Splitter(options)
  for await (const chunk of chunks) yield splitter.push(chunk)
  const last = splitter.end()
  if (last !== undefined) yield [last]
}

/**
 * The lines of bytes held in memory (or of chunks given at once), in order.
 *
 * @since 0.2.0
 */
export const split = (chunks: Uint8Array | Iterable<Uint8Array>, options: SplitterOptions = {}): Array<Line> => {
  const splitter = new Splitter(options)
  const out: Array<Line> = []
  for (const chunk of chunks instanceof Uint8Array ? [chunks] : chunks) for (const l of splitter.push(chunk)) out.push(l)
  const last = splitter.end()
  if (last !== undefined) out.push(last)
  return out
}

/**
 * A line that is over the limit (see {@link Line}).
 *
 * @since 0.2.0
 */
export type TooLongLine = Extract<Line, { readonly _tag: "too-long" }>

/**
 * A batch of whole lines as one buffer: `bytes` (an `ArrayBuffer` of its own, so it can be
 * transferred to a worker) holds `lines` lines, each ending with its `\n` except the last line of
 * the input when it has none; the first is line `firstLine`. {@link split} with `firstLine` gives
 * its lines back.
 *
 * @since 0.2.0
 */
export interface ByteBatch {
  readonly _tag: "lines"
  readonly firstLine: number
  readonly lines: number
  readonly bytes: Uint8Array<ArrayBuffer>
}

/** @since 0.2.0 */
export interface ByteBatchOptions {
  /** A batch is closed at the first line end at or past this many bytes. Default 64 KiB. */
  readonly batchBytes?: number | undefined
  /** The longest line, in bytes without its `\n`; a longer one is a {@link TooLongLine}. Default 64 MiB. */
  readonly maxLineBytes?: number | undefined
}

/** The default size of a {@link ByteBatch}: 64 KiB. @since 0.2.0 */
export const DEFAULT_BATCH_BYTES = 64 * 1024

/** The default limit of one line in {@link byteBatches}: 64 MiB. @since 0.2.0 */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024

const NEWLINE = new Uint8Array([NL])

/**
 * The lines of chunks of bytes gathered into {@link ByteBatch}es of about `batchBytes` (what the
 * main thread of a parallel evaluation hands to its workers), a line over the limit on its own
 * between the batches around it. The lines are cut by a {@link Splitter}; the lines of one chunk
 * that follow one another are copied as one run. Memory: the batch being filled and the part of
 * the current line read so far (at most `maxLineBytes`).
 *
 * @example
 * ```ts
 * import { Lines } from "@anquan/core"
 * import { createReadStream } from "node:fs"
 *
 * for await (const batch of Lines.byteBatches(createReadStream("records.ndjson"))) {
 *   if (batch._tag === "lines") console.log(batch.firstLine, batch.lines, batch.bytes.length)
 * }
 * ```
 * @since 0.2.0
 */
export async function* byteBatches(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: ByteBatchOptions = {}
): AsyncGenerator<ByteBatch | TooLongLine, void, undefined> {
  const batchBytes = options.batchBytes ?? DEFAULT_BATCH_BYTES
  const splitter = new Splitter({ maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES })
  // the batch being filled: its parts, and the run of lines of the current chunk not yet a part
  let parts: Array<Uint8Array> = []
  let size = 0
  let lines = 0
  let firstLine = 1
  let chunk: Uint8Array = NEWLINE
  let runStart = -1
  let runEnd = -1
  const ready: Array<ByteBatch | TooLongLine> = []
  const flush = (): void => {
    if (runStart >= 0) parts.push(chunk.subarray(runStart, runEnd))
    runStart = -1
  }
  const close = (): void => {
    flush()
    if (lines === 0) return
    ready.push({ _tag: "lines", firstLine, lines, bytes: concat(parts, size) })
    parts = []
    size = 0
    lines = 0
  }
  const view = (_: Uint8Array, start: number, nl: number, line: number): void => {
    if (lines++ === 0) firstLine = line
    size += nl + 1 - start
    if (runStart >= 0 && runEnd === start) runEnd = nl + 1
    else {
      flush()
      runStart = start
      runEnd = nl + 1
    }
    if (size >= batchBytes) close()
  }
  const other = (l: Line): void => {
    if (l._tag === "too-long") {
      close()
      ready.push(l)
      return
    }
    flush()
    if (lines++ === 0) firstLine = l.line
    size += l.size
    parts.push(l.bytes)
    if (l.size > l.bytes.length) parts.push(NEWLINE)
    if (size >= batchBytes) close()
  }
  for await (const c of chunks) {
    chunk = c
    splitter.scan(c, view, other)
    flush()
    // the views of this chunk are copied before the next one is read (a reader may reuse its buffer)
    if (parts.length > 0) parts = [concat(parts, size)]
    for (const b of ready) yield b
    ready.length = 0
  }
  const last = splitter.end()
  if (last !== undefined) other(last)
  close()
  for (const b of ready) yield b
}

/**
 * A line's text without the byte-order mark at its start, if it has one (where inputs were
 * concatenated, a mark may begin any line): what every reader of decoded lines does.
 *
 * @since 0.2.0
 */
export const withoutByteOrderMark = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
