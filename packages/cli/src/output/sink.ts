/**
 * 输出 — where a command's output goes: stdout, or the file of `--out`. Every command writes through
 * a {@link Sink}, so that output is never lost:
 *
 * - **Complete.** `close()` resolves only once every byte has been handed to the operating system
 *   (for a file: written, `fsync`ed and renamed into place). A command awaits it before it returns,
 *   so the process never exits with writes still queued (a pipe takes 64 KiB at a time: what does
 *   not fit waits in Node's stream, and `process.exit` would drop it).
 * - **Bounded.** Writes are encoded into chunks of 64 KiB (stdout on a terminal: written at once)
 *   and {@link Sink.ready} tells a long producer to wait while the reader is behind, so memory
 *   does not grow with the size of the output.
 * - **Atomic files.** `--out report.json` writes `.report.json.<pid>.<random>.tmp` beside it and
 *   renames it over `report.json` at the end; on any failure the temporary file is removed (also
 *   when the process is stopped), so there is never a partial report and an existing one is kept.
 *   A target that exists and is not a regular file (`/dev/null`, a FIFO) is written directly.
 * - **Failures are one error.** A failed write (a missing directory, a directory, a full disk,
 *   `/dev/full`, stdout closed by its reader) becomes an {@link OutputError}: thrown by the next
 *   `write`, and by `ready` and `close`. The command turns it into one line on stderr and exit
 *   code 4, or, for a reader that went away (`EPIPE`: `anquan … | head`), a quiet exit 141.
 *
 * @since 0.1.0
 */
import { closeSync, createWriteStream, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync } from "node:fs"
import type { Stats } from "node:fs"
import { randomBytes } from "node:crypto"
import { basename, dirname, join } from "node:path"
import type { Writable } from "node:stream"
import { getSystemErrorMessage } from "node:util"
import { ExitCode } from "../exitCode.ts"

/**
 * The output could not be written. `code` is the system error code (`EPIPE`, `ENOSPC`, `ENOENT`, …).
 *
 * @since 0.1.0
 */
export class OutputError extends Error {
  override readonly name = "OutputError"
  /** The system error code, e.g. `EPIPE`, `ENOSPC`, `EISDIR`. */
  readonly code: string | undefined
  /** Where the output was going: `stdout` or the `--out` path. */
  readonly target: string

  constructor(target: string, code: string | undefined, reason: string, cause?: unknown) {
    super(`cannot write ${target}: ${reason}`, cause === undefined ? undefined : { cause })
    this.target = target
    this.code = code
  }

  /** stdout's reader went away (`anquan … | head`): not an error to report. */
  get brokenPipe(): boolean {
    return this.code === "EPIPE"
  }

  /** The exit code: 141 for a broken pipe, 4 otherwise. */
  get exitCode(): ExitCode {
    return this.brokenPipe ? ExitCode.brokenPipe : ExitCode.output
  }

  /** A system error as an OutputError: its message without the temporary file's name. */
  static of(target: string, e: unknown): OutputError {
    if (e instanceof OutputError) return e
    const err = e as NodeJS.ErrnoException | undefined
    const code = typeof err?.code === "string" ? err.code : undefined
    let reason: string
    try {
      reason = typeof err?.errno === "number" ? getSystemErrorMessage(err.errno) : String((e as Error)?.message ?? e)
    } catch {
      reason = String((e as Error)?.message ?? e)
    }
    return new OutputError(target, code, code === undefined ? reason : `${reason} (${code})`, e)
  }
}

/**
 * Where a command writes its output.
 *
 * @since 0.1.0
 */
export interface Sink {
  /** `stdout` or the `--out` path, as given. */
  readonly target: string
  /** Queues text. Throws the {@link OutputError} once a write has failed. */
  readonly write: (text: string) => void
  /**
   * Queues bytes (after any text queued before them), e.g. a CSV encoded as GB18030. Throws the
   * {@link OutputError} once a write has failed.
   *
   * @since 0.2.0
   */
  readonly writeBytes: (bytes: Uint8Array) => void
  /**
   * A promise to await before writing more when the reader is behind (backpressure), `undefined`
   * when more can be written now. Rejects with the {@link OutputError} once a write has failed.
   */
  readonly ready: () => Promise<void> | undefined
  /** Writes everything queued and waits until it is written; a file is then renamed into place. */
  readonly close: () => Promise<void>
  /** Gives up: a file's temporary file is removed; stdout still gets what was queued, as far as it takes it. */
  readonly abort: () => Promise<void>
  /** The first failed write, if any. */
  readonly failure: () => OutputError | undefined
}

/** Text is encoded into chunks of up to this many bytes before it is handed to the stream. */
const CHUNK = 64 * 1024

/**
 * A sink over a Node stream: chunks, backpressure, completion and the first error. Text is encoded
 * (UTF-8) straight into a chunk of bytes as it is written, and each full chunk is handed to the
 * stream as one write: no string is concatenated and encoded again, and the stream sees one
 * write per chunk, not per line. A text too long for a chunk is handed over on its own, after
 * what was queued before it.
 */
const overStream = (target: string, stream: Writable, chunk: number) => {
  let failure: OutputError | undefined
  // the chunk being filled, and how many of its bytes are used
  let buffer: Buffer | undefined
  let used = 0
  let pending = 0
  let behind = false
  let waiting: Promise<void> | undefined
  let waiters: Array<() => void> = []
  const wake = () => {
    const w = waiters
    waiters = []
    for (const f of w) f()
  }
  const fail = (e: unknown) => {
    failure ??= OutputError.of(target, e)
    wake()
  }
  const done = (e?: Error | null) => {
    pending--
    if (e !== undefined && e !== null) fail(e)
    if (pending === 0) wake()
  }
  const push = (data: string | Uint8Array) => {
    pending++
    if (!stream.write(data, done)) behind = true
  }
  // a high surrogate that ended a text: held back for the low one that may begin the next (as
  // when the texts were one string), encoded on its own only if none follows
  let carry = ""
  /** Encodes `text` into the chunk being filled; a text too long for a chunk is handed over on its own. */
  const encode = (text: string) => {
    // a UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, is 4)
    const most = text.length * 3
    if (used + most > chunk) {
      pushBuffered()
      if (most > chunk) return push(text)
    }
    buffer ??= Buffer.allocUnsafe(chunk)
    used += buffer.write(text, used, "utf8")
  }
  /** Hands the chunk being filled to the stream (the stream keeps it: a new one is allocated next). */
  const pushBuffered = () => {
    if (carry !== "") {
      const lone = carry
      carry = ""
      encode(lone)
    }
    if (used === 0) return
    const full = buffer!.subarray(0, used)
    buffer = undefined
    used = 0
    push(full)
  }
  /** Resolves when every write handed to the stream has completed, or one has failed. */
  const idle = (): Promise<void> => (pending === 0 || failure !== undefined ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve)))
  const check = () => {
    if (failure !== undefined) throw failure
  }
  const flush = async () => {
    check()
    pushBuffered()
    await idle()
    check()
  }
  return {
    fail,
    flush,
    failure: () => failure,
    writeBytes: (bytes: Uint8Array) => {
      check()
      pushBuffered()
      push(bytes)
    },
    write: (text: string) => {
      check()
      if (chunk === 0) return push(text)
      if (carry !== "") {
        text = carry + text
        carry = ""
      }
      const last = text.charCodeAt(text.length - 1)
      if (last >= 0xd800 && last <= 0xdbff) {
        carry = text.slice(-1)
        text = text.slice(0, -1)
      }
      if (text !== "") encode(text)
    },
    ready: (): Promise<void> | undefined => {
      if (failure !== undefined) return Promise.reject(failure)
      if (!behind) return undefined
      return waiting ??= idle().then(() => {
        behind = false
        waiting = undefined
        check()
      })
    }
  }
}

// stdout: one 'error' listener for the life of the process, so that a failed write is never an
// uncaught 'error' event (a stack trace); it goes to the open stdout sink, if any.
let stdoutSink: ((e: unknown) => void) | undefined
let guarded = false

/**
 * Listens for errors on stdout and stderr for the rest of the process: a write to stdout outside a
 * sink (effect's help text, say) that fails ends the process with one line and exit code 4, or
 * quietly with 141 for a broken pipe; a failing stderr is ignored. Called by {@link toStdout}
 * and at start-up.
 *
 * @since 0.1.0
 */
export const guardStdout = (): void => {
  if (guarded) return
  guarded = true
  process.stderr.on("error", () => {})
  process.stdout.on("error", (e: unknown) => {
    if (stdoutSink !== undefined) return stdoutSink(e)
    const error = OutputError.of("stdout", e)
    if (!error.brokenPipe) process.stderr.write(`anquan: ${error.message}\n`)
    process.exit(error.exitCode)
  })
}

/**
 * A sink to stdout (chunks of 64 KiB; on a terminal each write at once).
 *
 * @since 0.1.0
 */
export const toStdout = (stream: NodeJS.WriteStream = process.stdout): Sink => {
  if (stream === process.stdout) guardStdout()
  const s = overStream("stdout", stream, stream.isTTY === true ? 0 : CHUNK)
  if (stream === process.stdout) stdoutSink = s.fail
  else stream.on("error", s.fail)
  const release = () => {
    if (stdoutSink === s.fail) stdoutSink = undefined
  }
  return {
    target: "stdout",
    write: s.write,
    writeBytes: s.writeBytes,
    ready: s.ready,
    failure: s.failure,
    close: () => s.flush().finally(release),
    abort: () => s.flush().catch(() => {}).finally(release)
  }
}

const statOrUndefined = (target: string, path: string): Stats | undefined => {
  try {
    return statSync(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === "ENOENT") return undefined
    if (code === "ENOTDIR") throw new OutputError(target, code, `${dirname(target)} is not a directory (ENOTDIR)`, e)
    throw OutputError.of(target, e)
  }
}

/** Temporary files not yet renamed or removed, removed if the process exits first. */
const temporaries = new Set<string>()
let exitHook = false
const removeTemporaries = () => {
  for (const t of temporaries) {
    try {
      unlinkSync(t)
    } catch {
      // already gone
    }
  }
  temporaries.clear()
}

/**
 * A sink to the file `path` (`--out`). Opened at once, so a missing directory, a directory or a
 * path under a regular file is an {@link OutputError} before any work is done. A regular file (or
 * a new one) is written as a temporary file beside it, renamed over it by `close` (keeping an
 * existing file's mode) and removed by `abort`; an existing non-regular file (`/dev/null`, a FIFO)
 * is written directly.
 *
 * @since 0.1.0
 */
export const toFile = (path: string): Sink => {
  const existing = statOrUndefined(path, path)
  if (existing?.isDirectory() === true) throw new OutputError(path, "EISDIR", "it is a directory (EISDIR)")
  if (existing !== undefined && !existing.isFile()) return overFd(path, openFd(path, path, "w"), undefined)
  // a symbolic link is written through: the file it points to is replaced
  let real = path
  try {
    real = realpathSync(path)
  } catch {
    // a new file
  }
  const temporary = join(dirname(real), `.${basename(real)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`)
  const fd = openFd(path, temporary, "wx")
  temporaries.add(temporary)
  if (!exitHook) {
    exitHook = true
    process.on("exit", removeTemporaries)
  }
  if (existing !== undefined) {
    try {
      fchmodSync(fd, existing.mode & 0o7777)
    } catch {
      // the default mode, then
    }
  }
  return overFd(path, fd, { temporary, real })
}

const openFd = (target: string, path: string, flags: string): number => {
  try {
    return openSync(path, flags, 0o666)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === "ENOENT") throw new OutputError(target, code, `the directory ${dirname(target)} does not exist (ENOENT)`, e)
    if (code === "ENOTDIR") throw new OutputError(target, code, `${dirname(target)} is not a directory (ENOTDIR)`, e)
    throw OutputError.of(target, e)
  }
}

const overFd = (target: string, fd: number, rename: { readonly temporary: string; readonly real: string } | undefined): Sink => {
  const stream = createWriteStream(rename?.temporary ?? target, { fd, autoClose: false })
  const s = overStream(target, stream, CHUNK)
  stream.on("error", s.fail)
  let closed = false
  /** Stops the stream, once no write of it is in flight (the descriptor is then closed by us). */
  const stop = () =>
    new Promise<void>((resolve) => {
      if (stream.closed) return resolve()
      stream.once("close", () => resolve())
      stream.destroy()
    })
  const closeFd = () => {
    if (closed) return
    closed = true
    try {
      closeSync(fd)
    } catch {
      // closed already
    }
  }
  const removeTemporary = () => {
    if (rename === undefined) return
    temporaries.delete(rename.temporary)
    try {
      unlinkSync(rename.temporary)
    } catch {
      // gone already
    }
  }
  return {
    target,
    write: s.write,
    writeBytes: s.writeBytes,
    ready: s.ready,
    failure: s.failure,
    close: async () => {
      try {
        await s.flush()
        await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())))
        const failure = s.failure()
        if (failure !== undefined) throw failure
        if (rename !== undefined) {
          fsyncSync(fd)
          closeFd()
          renameSync(rename.temporary, rename.real)
          temporaries.delete(rename.temporary)
        } else closeFd()
      } catch (e) {
        await stop()
        closeFd()
        removeTemporary()
        throw OutputError.of(target, e)
      }
    },
    abort: async () => {
      await stop()
      closeFd()
      removeTemporary()
    }
  }
}

/**
 * Gives a sink up after its command failed with `cause`, and says why the command failed: the sink's own failure
 * when a write had failed before (a full disk, a reader gone: what stopped the command), else `cause`. A write that
 * the giving up itself cuts off (a chunk still queued when the stream is destroyed) is no cause: a command that
 * failed on its own (an exception while it wrote its report) is reported as itself, not as
 * "cannot write …: Cannot call write after a stream was destroyed".
 *
 * @since 0.2.0
 */
export const abandon = async (sink: Sink, cause: unknown): Promise<unknown> => {
  const before = sink.failure()
  await sink.abort()
  return before ?? cause
}

/**
 * The sink of a command: `--out` when given, else stdout.
 *
 * @since 0.1.0
 */
export const open = (out: string | undefined): Sink => (out === undefined ? toStdout() : toFile(out))
