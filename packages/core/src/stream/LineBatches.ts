/**
 * 按行分批 — NDJSON bytes cut on `\n` into batches of whole lines, by bytes, without decoding them:
 * what the main thread of a parallel evaluation does before it hands the batches to workers (see
 * `Parallel`), and the one buffer line splitter of the core.
 *
 * Lines are numbered from 1 and cut exactly as a line reader would: on every `\n` (no byte of a
 * multi-byte character of UTF-8, GB18030, GBK, Big5 or Shift_JIS is `\n`), an empty line is a line,
 * and the last line counts only when it holds a byte. A line longer than `maxLineBytes` is never
 * held: its bytes are counted and dropped as they come, and it is yielded as `too-long` between the
 * batches around it.
 *
 * @since 0.2.0
 */

/**
 * A batch of whole lines: `bytes` (a copy in an `ArrayBuffer` of its own, so it can be transferred
 * to a worker) holds `lines` lines, each ending with its `\n` except the last line of the input
 * when it has none; the first is line `firstLine`.
 *
 * @since 0.2.0
 */
export interface LinesBatch {
  readonly _tag: "lines"
  readonly firstLine: number
  readonly lines: number
  readonly bytes: Uint8Array<ArrayBuffer>
}

/**
 * A line over the limit: its number and its size in bytes (with its `\n`), never its bytes.
 *
 * @since 0.2.0
 */
export interface TooLongLine {
  readonly _tag: "too-long"
  readonly line: number
  readonly size: number
}

/** @since 0.2.0 */
export type LineBatch = LinesBatch | TooLongLine

/** @since 0.2.0 */
export interface LineBatchOptions {
  /** A batch is closed at the first line end at or past this many bytes. Default 64 KiB. */
  readonly batchBytes?: number | undefined
  /** The longest line, in bytes without its `\n`; a longer one is a {@link TooLongLine}. Default 64 MiB. */
  readonly maxLineBytes?: number | undefined
}

/** The default size of a batch: 64 KiB. @since 0.2.0 */
export const DEFAULT_BATCH_BYTES = 64 * 1024

/** The default limit of one line: 64 MiB. @since 0.2.0 */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024

const concat = (parts: ReadonlyArray<Uint8Array>, size: number): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(size)
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/**
 * Cuts a byte stream into {@link LineBatch}es (see the module's comment). Memory: one batch being
 * filled and the part of the current line read so far (at most `maxLineBytes`).
 *
 * @example
 * ```ts
 * import { LineBatches } from "@anquan/core"
 * import { createReadStream } from "node:fs"
 *
 * for await (const batch of LineBatches.lineBatches(createReadStream("records.ndjson"))) {
 *   if (batch._tag === "lines") console.log(batch.firstLine, batch.lines, batch.bytes.length)
 * }
 * ```
 * @since 0.2.0
 */
export async function* lineBatches(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: LineBatchOptions = {}
): AsyncGenerator<LineBatch, void, undefined> {
  const batchBytes = options.batchBytes ?? DEFAULT_BATCH_BYTES
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES
  // the batch being filled: views into the chunks, copied when it is closed
  let parts: Array<Uint8Array> = []
  let size = 0
  let lines = 0
  let firstLine = 1
  // the line being read (not yet ended): its pieces, its length, whether it is over the limit
  let pending: Array<Uint8Array> = []
  let pendingSize = 0
  let skipping = false
  let line = 1
  const close = (): LinesBatch => {
    const batch: LinesBatch = { _tag: "lines", firstLine, lines, bytes: concat(parts, size) }
    parts = []
    size = 0
    lines = 0
    return batch
  }
  for await (const chunk of chunks) {
    let start = 0
    while (start < chunk.length) {
      // whole lines of this chunk, with no line pending from before: taken as one view
      if (pendingSize === 0 && !skipping) {
        let end = start
        let n = 0
        while (true) {
          const nl = chunk.indexOf(0x0a, end)
          if (nl < 0 || nl - end > maxLineBytes) break
          end = nl + 1
          n++
          if (size + end - start >= batchBytes) break
        }
        if (n > 0) {
          if (lines === 0) firstLine = line
          parts.push(chunk.subarray(start, end))
          size += end - start
          lines += n
          line += n
          start = end
          if (size >= batchBytes) yield close()
          continue
        }
      }
      const nl = chunk.indexOf(0x0a, start)
      const end = nl < 0 ? chunk.length : nl
      const piece = chunk.subarray(start, end)
      if (!skipping && pendingSize + piece.length > maxLineBytes) {
        skipping = true
        pending = []
      }
      pendingSize += piece.length
      if (!skipping) pending.push(piece)
      if (nl < 0) break
      if (skipping) {
        if (lines > 0) yield close()
        yield { _tag: "too-long", line, size: pendingSize + 1 }
      } else {
        if (lines === 0) firstLine = line
        parts.push(...pending, chunk.subarray(nl, nl + 1))
        size += pendingSize + 1
        lines++
      }
      pending = []
      pendingSize = 0
      skipping = false
      line++
      start = nl + 1
      if (size >= batchBytes) yield close()
    }
    // the views of this chunk are copied before the next one is read (a reader may reuse its buffer)
    if (lines > 0 && parts.length > 0) {
      const copy = concat(parts, size)
      parts = [copy]
    }
    if (pending.length > 0) pending = [concat(pending, pendingSize)]
  }
  if (skipping) {
    if (lines > 0) yield close()
    yield { _tag: "too-long", line, size: pendingSize }
    return
  }
  if (pendingSize > 0) {
    if (lines === 0) firstLine = line
    parts.push(...pending)
    size += pendingSize
    lines++
  }
  if (lines > 0) yield close()
}

/**
 * The lines of a {@link LinesBatch}, in order: each line's bytes (a view, without its `\n`) and its
 * size in bytes (with its `\n`, when it has one).
 *
 * @since 0.2.0
 */
export const forEachLine = (bytes: Uint8Array, f: (line: Uint8Array, size: number, i: number) => void): void => {
  let start = 0
  let i = 0
  while (start < bytes.length) {
    const nl = bytes.indexOf(0x0a, start)
    if (nl < 0) {
      f(bytes.subarray(start), bytes.length - start, i)
      return
    }
    f(bytes.subarray(start, nl), nl + 1 - start, i++)
    start = nl + 1
  }
}
