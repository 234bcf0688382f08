/**
 * 分行 — cuts bytes into lines on `\n`, chunk by chunk, without decoding them: the one line splitter
 * of NDJSON and CSV input (the CLI's reader, worker threads that take lines of a file).
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
}

const NL = 0x0a

const concat = (pieces: ReadonlyArray<Uint8Array>, size: number): Uint8Array => {
  if (pieces.length === 1) return pieces[0]!
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
  }

  /** The number the next line will have. */
  get nextLine(): number {
    return this.line
  }

  /** Every line `chunk` completes, in order (none when it holds no `\n`). */
  push(chunk: Uint8Array): Array<Line> {
    const out: Array<Line> = []
    const length = chunk.length
    let start = 0
    // the fast path: no line carried over, no limit reached — each line a view of the chunk
    if (this.pending === 0 && !this.skipping) {
      const max = this.maxLineBytes
      for (;;) {
        const nl = chunk.indexOf(NL, start)
        if (nl < 0 || nl - start > max) break
        out.push({ _tag: "line", line: this.line++, bytes: chunk.subarray(start, nl), size: nl - start + 1 })
        start = nl + 1
      }
    }
    while (start < length) {
      const nl = chunk.indexOf(NL, start)
      const end = nl < 0 ? length : nl
      this.take(chunk.subarray(start, end))
      if (nl < 0) break
      out.push(this.finish(1))
      start = nl + 1
    }
    return out
  }

  /** The last line, when the input did not end with `\n` (then `undefined`). Call once, at the end. */
  end(): Line | undefined {
    if (!this.skipping && this.pending === 0) return undefined
    return this.finish(0)
  }

  /** Adds a piece of the current line (up to its `\n` or the chunk's end). */
  private take(piece: Uint8Array): void {
    if (!this.skipping && this.pending + piece.length > this.maxLineBytes) {
      this.skipping = true
      if (this.structural !== undefined) for (const p of this.pieces) this.skeletonOf(p)
      this.pieces = []
    }
    this.pending += piece.length
    if (this.skipping) {
      if (this.structural !== undefined) this.skeletonOf(piece)
    } else if (piece.length > 0) this.pieces.push(piece)
  }

  /** The current line, ended by a `\n` (`newline` 1) or by the input's end (0). */
  private finish(newline: 0 | 1): Line {
    const line: Line = this.skipping
      ? { _tag: "too-long", line: this.line, size: this.pending + newline, skeleton: this.skeleton }
      : { _tag: "line", line: this.line, bytes: this.pieces.length === 0 ? new Uint8Array(0) : concat(this.pieces, this.pending), size: this.pending + newline }
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
