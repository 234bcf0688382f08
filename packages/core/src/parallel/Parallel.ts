/**
 * 并行评估 — one NDJSON stream or file evaluated on several worker threads of one machine
 * (`node:worker_threads`), with the same results, in the same order, as one thread gives.
 *
 * - **Split, then spread.** The main thread only cuts the bytes into batches of whole lines
 *   (`Lines.byteBatches` of `@anquan/core`, 64 KiB by default); the workers decode (UTF-8), parse,
 *   decode the records and evaluate them, and post back each line's result.
 * - **In input order.** Results are yielded in the order of the lines, whatever order the workers
 *   finish in; records are numbered (`index`) as one thread numbers them (blank lines are skipped).
 * - **Bounded.** At most `workers × batchesPerWorker` batches are read and not yet handed to the
 *   consumer: the reader waits for the slowest worker and for the consumer (back-pressure), so
 *   memory does not grow with the input.
 * - **Nothing lost.** A worker that dies (a crash, `process.exit`, out of memory) is replaced, and
 *   each batch it held is evaluated again, alone, on a new worker; a batch whose worker dies a
 *   second time has every record rejected by its line, with an issue that says so.
 * - **Packs reach workers by module.** Packs are code: each worker imports the same modules (see
 *   {@link PackSource}: a pack passed to workers must be importable by specifier or URL), or makes a
 *   JSON pack again from its JSON, with the same config layers and as-of date.
 *
 * Results cross from a worker as structured clones without the rules' fixed texts (a finding's
 * citation, title, message and remediation: most of a result's bytes), which the main thread puts
 * back from its own copy of the packs; see `docs/cli.md` ("Worker threads") for the measurements (JSON in
 * transferred buffers costs the main thread more, and a clone keeps every value as the rule returned it).
 *
 * @since 0.2.0
 */
import * as Module from "node:module"
import { availableParallelism } from "node:os"
import { dirname } from "node:path"
import { createReadStream } from "node:fs"
import { Worker } from "node:worker_threads"
import { Data, Effect, Stream } from "effect"
import type { ConfigLayers } from "../config/EvaluationConfig.ts"
import * as Engine from "../evaluation/Engine.ts"
import type { Include } from "../evaluation/Engine.ts"
import type { RecordResult, Report } from "../evaluation/Report.ts"
import type { Pack } from "../pack/Pack.ts"
import type { ByteBatch, TooLongLine } from "../stream/Lines.ts"
import { byteBatches, DEFAULT_MAX_LINE_BYTES, split, withoutByteOrderMark } from "../stream/Lines.ts"
import type { LineOutcome } from "./LineEvaluation.ts"
import { compactResult, evaluateBytes, evaluateText, expandResult, rulesByVersion, unreadable } from "./LineEvaluation.ts"
import type { PackSource } from "./PackSource.ts"
import { loadPacks, toSource } from "./PackSource.ts"
import type { BatchMessage, WorkerMessage, WorkerSetup } from "./protocol.ts"

export type { PackSource } from "./PackSource.ts"

/**
 * The source a worker loads a pack from: a {@link PackSource} as it is; a pack made by
 * `Pack.fromJson` (without sector functions) as its JSON. Any other pack object is code that
 * cannot cross to a thread: a `TypeError` that says to give it as `{ module, export }`.
 *
 * @since 0.2.0
 */
export const packSource = (pack: PackSource | Pack<any>): PackSource => toSource(pack)

/**
 * The result of one line that is not blank: its number (from 1), its size in bytes (with its
 * `\n`) and the record's result, numbered (`index`) from 0 over the lines that are not blank. A
 * line that cannot be read (too long, not UTF-8, not JSON) is a rejected record with one issue.
 *
 * @since 0.2.0
 */
export interface LineResult {
  readonly line: number
  readonly bytes: number
  readonly result: RecordResult
  /**
   * With `render`: an evaluated record's text, made on the worker; `result` then holds only what a
   * report counts (its findings: the violations' outcome, severity and waiver status).
   *
   * @internal
   */
  readonly text?: string
}

/** @since 0.2.0 */
export interface ParallelOptions {
  /** The packs, as each worker loads them (see {@link PackSource}); a pack made by `Pack.fromJson` may be given itself. */
  readonly packs: ReadonlyArray<PackSource | Pack<any>>
  /** Config layers as found in a config file (dates as `YYYY-MM-DD`), national first: sent to each worker. */
  readonly config?: typeof ConfigLayers.Encoded | undefined
  /** The day the law is taken as of: a `Date` or `YYYY-MM-DD`. */
  readonly asOf: Date | string
  readonly include?: Include | undefined
  /** How many worker threads. Default: `os.availableParallelism()`. */
  readonly workers?: number | undefined
  /** A batch closes at the first line end past this many bytes. Default 64 KiB. */
  readonly batchBytes?: number | undefined
  /** How many batches each worker may hold (queued or being evaluated). Default 2. */
  readonly batchesPerWorker?: number | undefined
  /** The longest line, in bytes; a longer one is rejected by its number and never held. Default 64 MiB. */
  readonly maxLineBytes?: number | undefined
  /**
   * The text of a line that is not valid UTF-8 (run on the main thread, in order), or why it
   * cannot be read. Default: the line is rejected (`line N is not valid UTF-8`).
   */
  readonly decodeLine?: ((bytes: Uint8Array, line: number) => { readonly text: string } | { readonly error: string }) | undefined
  /** The issue of a line over the limit. Default: `line of S bytes is over the limit of M bytes: not read`. */
  readonly tooLongMessage?: ((size: number, maxLineBytes: number) => string) | undefined
  /**
   * Make each evaluated record's text on the worker with the function `export` of `module`, called
   * as `(result, line, context)` (its `index` is 0: the caller numbers it): see
   * {@link LineResult.text}. What `anquan check --workers --format ndjson` uses, so that the main
   * thread only writes.
   *
   * @internal
   */
  readonly render?: { readonly module: string; readonly export?: string | undefined; readonly context?: unknown } | undefined
  /**
   * The same packs as `packs`, already loaded on this thread (in the same order): the main thread
   * then uses them instead of importing the sources itself (which, for a bundled program whose
   * workers import another bundle, would load a second copy of everything).
   *
   * @internal
   */
  readonly loadedPacks?: ReadonlyArray<Pack<any>> | undefined
}

/**
 * The evaluation could not run: a pack or the config that a worker cannot load, a worker that
 * cannot start, or an input that cannot be read.
 *
 * @since 0.2.0
 */
export class ParallelEvaluationError extends Data.TaggedError("ParallelEvaluationError")<{ readonly message: string; readonly cause?: unknown }> {}

/**
 * The packs of their sources, loaded on this thread as a worker loads them (modules imported, JSON
 * packs made again): for a program that evaluates lines itself, e.g. a worker process of a cluster.
 *
 * @since 0.2.0
 */
export const loadPackSources = (sources: ReadonlyArray<PackSource>): Promise<Array<Pack<any>>> => loadPacks(sources)

/**
 * One NDJSON line (its bytes, without its `\n`) evaluated on this thread exactly as a worker thread
 * evaluates it: `undefined` for a blank line; a byte-order mark at its start dropped; a line that
 * is not UTF-8 or not JSON rejected with one issue (`index` 0: the caller numbers the records).
 *
 * @since 0.2.0
 */
export const evaluateLine = (engine: Engine.Engine, plan: Engine.Plan, include: Include | undefined, bytes: Uint8Array, line: number): RecordResult | undefined => {
  const o = evaluateBytes(engine, plan, include, bytes, line, 0)
  if (o === undefined) return undefined
  return "result" in o ? o.result : unreadable(0, `line ${line} is not valid UTF-8`)
}

/**
 * A result without its findings' fixed texts (each rule's citation, title, message and
 * remediation: most of a result's bytes), as a worker thread sends it, and the same put back:
 * for results stored or sent elsewhere by a program that has the same packs on both sides.
 *
 * @since 0.2.0
 */
export const resultCodec = (engine: Engine.Engine): { readonly compact: (result: RecordResult) => RecordResult; readonly expand: (result: RecordResult) => RecordResult } => {
  const rules = rulesByVersion(engine.registry)
  return { compact: (result) => compactResult(result, rules), expand: (result) => expandResult(result, rules) }
}

/** Where the lines come from: a file path, the bytes, or a stream of chunks of bytes. @since 0.2.0 */
export type LineInput = string | Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>

/** The default number of batches each worker may hold. @since 0.2.0 */
export const DEFAULT_BATCHES_PER_WORKER = 2

const defaultTooLong = (size: number, max: number) => `line of ${size} bytes is over the limit of ${max} bytes: not read`

interface Slot {
  readonly worker: Worker
  readonly held: Set<number>
  ready: boolean
  /** Holds a batch evaluated again after a worker died: nothing else is sent to it meanwhile. */
  exclusive: boolean
}

interface PendingBatch {
  readonly seq: number
  readonly batch: ByteBatch
  deaths: number
  exitCodes: Array<number>
  outcomes?: ReadonlyArray<LineOutcome>
}

/**
 * The compile cache directory for the workers: the main thread's (the directory it was enabled
 * with, the parent of the one `module.getCompileCacheDir` names), or none when it has none.
 */
const compileCacheOfWorkers = (): string | undefined => {
  try {
    const dir = Module.getCompileCacheDir?.()
    return dir === undefined ? undefined : dirname(dir)
  } catch {
    return undefined
  }
}

const workerUrl = (): URL =>
  import.meta.url.endsWith(".ts") ? new URL("./worker.ts", import.meta.url) : new URL("./parallel-worker.js", import.meta.url)

/** Statistics of one run, for tests and benchmarks. @internal @since 0.2.0 */
export interface RunStats {
  /** Batches read and not yet yielded, at most (never above `workers × batchesPerWorker`). */
  maxBatchesInFlight: number
  /** Workers that died. */
  workerDeaths: number
  /** Batches evaluated again after their worker died. */
  retried: number
}

/**
 * Evaluates every line of `input` (an NDJSON file path or byte stream) on worker threads and
 * yields each line's result in input order (see the module's comment). Stopping early (`break`,
 * `return`) ends the workers. Throws a {@link ParallelEvaluationError} when a pack, the config or
 * a worker cannot be loaded, or the input cannot be read.
 *
 * @example
 * ```ts
 * import { Parallel } from "@anquan/core/parallel"
 *
 * const packs = [{ module: import.meta.resolve("@anquan/pack-work-safety-law"), export: "workSafetyLaw" }]
 * for await (const { line, result } of Parallel.evaluateLines("records.ndjson", { packs, asOf: "2026-11-23" })) {
 *   if (result._tag === "rejected") console.log(`line ${line} rejected`)
 * }
 * ```
 * @since 0.2.0
 */
export const evaluateLines = (input: LineInput, options: ParallelOptions): AsyncGenerator<LineResult, void, undefined> =>
  run(input, options, undefined)

/** {@link evaluateLines} with its statistics filled in as it runs. @internal @since 0.2.0 */
export const evaluateLinesWithStats = (input: LineInput, options: ParallelOptions, stats: RunStats): AsyncGenerator<LineResult, void, undefined> =>
  run(input, options, stats)

async function* run(input: LineInput, options: ParallelOptions, stats: RunStats | undefined): AsyncGenerator<LineResult, void, undefined> {
  const size = options.workers ?? availableParallelism()
  if (!(Number.isInteger(size) && size >= 1)) throw new ParallelEvaluationError({ message: `workers must be a whole number ≥ 1, got ${size}` })
  const perWorker = options.batchesPerWorker ?? DEFAULT_BATCHES_PER_WORKER
  if (!(Number.isInteger(perWorker) && perWorker >= 1)) throw new ParallelEvaluationError({ message: `batchesPerWorker must be a whole number ≥ 1, got ${perWorker}` })
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES
  let sources: Array<PackSource>
  try {
    sources = options.packs.map(toSource)
  } catch (e) {
    throw new ParallelEvaluationError({ message: (e as Error).message, cause: e })
  }
  const setup: WorkerSetup = { packs: sources, config: options.config, asOf: options.asOf, include: options.include, render: options.render, compileCache: compileCacheOfWorkers() }
  const window = size * perWorker
  const tooLong = options.tooLongMessage ?? defaultTooLong

  // the main thread's own engine, from the same sources: the rules' texts a worker leaves out of
  // its results (see compactResult), and the lines a worker hands back (not UTF-8)
  let engine: Engine.Engine
  let plan: Engine.Plan
  try {
    const packs = options.loadedPacks ?? (await loadPacks(sources))
    engine = Engine.make(options.config === undefined ? { packs } : { packs, config: options.config })
    plan = engine.plan(options.asOf)
  } catch (e) {
    throw new ParallelEvaluationError({ message: (e as Error)?.message ?? String(e), cause: e })
  }
  const rules = rulesByVersion(engine.registry)

  // state shared by the reader, the workers and the consumer
  let failure: ParallelEvaluationError | undefined
  let stopped = false
  let readerDone = false
  let nextSeq = 0 // batches read
  let emitSeq = 0 // batches handed to the consumer
  const pending = new Map<number, PendingBatch>()
  const local_ = new Map<number, TooLongLine>() // batches the main thread answers itself (too long)
  const queue: Array<PendingBatch> = [] // read, not yet sent
  const retries: Array<PendingBatch> = [] // to evaluate again, alone on a worker
  const slots: Array<Slot> = []
  let waiter: (() => void) | undefined
  const wake = () => {
    const w = waiter
    waiter = undefined
    w?.()
  }
  const changed = () => new Promise<void>((resolve) => (waiter = resolve))
  let spaceWaiter: (() => void) | undefined
  const wakeReader = () => {
    const w = spaceWaiter
    spaceWaiter = undefined
    w?.()
  }
  const fail = (message: string, cause?: unknown) => {
    failure ??= new ParallelEvaluationError({ message, cause })
    wake()
    wakeReader()
  }

  const send = (slot: Slot, p: PendingBatch) => {
    slot.held.add(p.seq)
    const m: BatchMessage = { seq: p.seq, firstLine: p.batch.firstLine, bytes: p.batch.bytes }
    slot.worker.postMessage(m) // copied: the main thread keeps the bytes until the batch is done
  }
  const dispatch = () => {
    while (retries.length > 0) {
      const slot = slots.find((s) => s.ready && s.held.size === 0)
      if (slot === undefined) break
      slot.exclusive = true
      send(slot, retries.shift()!)
    }
    while (queue.length > 0) {
      let best: Slot | undefined
      for (const s of slots) if (s.ready && !s.exclusive && s.held.size < perWorker && (best === undefined || s.held.size < best.held.size)) best = s
      if (best === undefined) break
      send(best, queue.shift()!)
    }
  }

  const rejectBatch = (p: PendingBatch): ReadonlyArray<LineOutcome> => {
    const outcomes: Array<LineOutcome> = []
    const last = p.batch.firstLine + p.batch.lines - 1
    const codes = p.exitCodes.join(", then ")
    for (const l of split(p.batch.bytes, { firstLine: p.batch.firstLine })) {
      if (l._tag === "too-long") continue // never: a batch holds no line over the limit
      const text = withoutByteOrderMark(Buffer.from(l.bytes.buffer, l.bytes.byteOffset, l.bytes.byteLength).toString("utf8"))
      if (text.trim() === "") continue
      outcomes.push({
        line: l.line,
        size: l.size,
        result: unreadable(
          0,
          `not evaluated: the worker thread evaluating lines ${p.batch.firstLine}–${last} stopped twice (exit code ${codes}); ` +
            "the record was not read to the end"
        )
      })
    }
    return outcomes
  }

  const spawn = () => {
    let worker: Worker
    try {
      worker = new Worker(workerUrl(), { workerData: setup })
    } catch (e) {
      return fail(`cannot start a worker thread: ${(e as Error).message}`, e)
    }
    const slot: Slot = { worker, held: new Set(), ready: false, exclusive: false }
    slots.push(slot)
    worker.on("message", (m: WorkerMessage) => {
      if (m._tag === "ready") {
        slot.ready = true
        dispatch()
      } else if (m._tag === "failed") {
        fail(m.message)
      } else {
        slot.held.delete(m.seq)
        slot.exclusive = false
        const p = pending.get(m.seq)
        if (p !== undefined) p.outcomes = m.outcomes
        dispatch()
        wake()
      }
    })
    worker.on("error", () => {
      // the exit that follows says what is lost
    })
    worker.on("exit", (code) => {
      slots.splice(slots.indexOf(slot), 1)
      if (stopped) return
      if (!slot.ready) return fail(`a worker thread stopped before it was ready (exit code ${code})`)
      if (stats !== undefined) stats.workerDeaths++
      for (const seq of slot.held) {
        const p = pending.get(seq)!
        p.deaths++
        p.exitCodes.push(code)
        if (p.deaths === 1) {
          if (stats !== undefined) stats.retried++
          retries.push(p)
        } else p.outcomes = rejectBatch(p)
      }
      slot.held.clear()
      spawn()
      dispatch()
      wake()
    })
  }

  const reader = (async () => {
    const chunks = typeof input === "string" ? createReadStream(input, { highWaterMark: 1024 * 1024 }) : input instanceof Uint8Array ? [input] : input
    for await (const batch of byteBatches(chunks, { batchBytes: options.batchBytes, maxLineBytes })) {
      while (!stopped && failure === undefined && nextSeq - emitSeq >= window) await new Promise<void>((resolve) => (spaceWaiter = resolve))
      if (stopped || failure !== undefined) return
      const seq = nextSeq++
      if (batch._tag === "too-long") local_.set(seq, batch)
      else {
        const p: PendingBatch = { seq, batch, deaths: 0, exitCodes: [] }
        pending.set(seq, p)
        queue.push(p)
        dispatch()
      }
      if (stats !== undefined) stats.maxBatchesInFlight = Math.max(stats.maxBatchesInFlight, nextSeq - emitSeq)
      wake()
    }
    readerDone = true
    wake()
  })().catch((e: unknown) => fail(`cannot read the input: ${(e as Error)?.message ?? String(e)}`, e))

  for (let i = 0; i < size; i++) spawn()
  let index = 0
  try {
    while (true) {
      if (failure !== undefined) throw failure
      const seq = emitSeq
      const own = local_.get(seq)
      const p = pending.get(seq)
      if (own !== undefined) {
        local_.delete(seq)
        emitSeq++
        wakeReader()
        yield { line: own.line, bytes: own.size, result: unreadable(index++, tooLong(own.size, maxLineBytes)) }
        continue
      }
      if (p?.outcomes !== undefined) {
        pending.delete(seq)
        emitSeq++
        wakeReader()
        for (const o of p.outcomes) {
          let result: RecordResult | undefined
          if ("result" in o) {
            if (o.text !== undefined) {
              ;(o.result as { index: number }).index = index++
              yield { line: o.line, bytes: o.size, result: o.result, text: o.text }
              continue
            }
            result = expandResult(o.result, rules)
          }
          else {
            const decoded = options.decodeLine === undefined
              ? { error: `line ${o.line} is not valid UTF-8` }
              : options.decodeLine(o.undecoded, o.line)
            if ("error" in decoded) result = unreadable(0, decoded.error)
            else {
              result = evaluateText(engine, plan, options.include, decoded.text)
              if (result === undefined) continue
            }
          }
          ;(result as { index: number }).index = index++
          yield { line: o.line, bytes: o.size, result }
        }
        continue
      }
      if (readerDone && emitSeq === nextSeq) return
      await changed()
    }
  } finally {
    stopped = true
    wakeReader()
    await Promise.all(slots.map((s) => s.worker.terminate()))
    await reader
  }
}

/**
 * The lines' results folded into a report (see `Engine.summarize`): with
 * `retainEnterprises: false` (the default) only counts and rejected records are kept.
 *
 * @since 0.2.0
 */
export const summarize = async (
  input: LineInput,
  options: ParallelOptions & { readonly retainEnterprises?: boolean | undefined }
): Promise<Report> => {
  const packs = await loadPacks(options.packs.map(toSource))
  const engine = Engine.make(options.config === undefined ? { packs } : { packs, config: options.config })
  const builder = engine.reportBuilder(engine.plan(options.asOf), options.retainEnterprises ?? false)
  for await (const r of evaluateLines(input, options)) builder.add(r.result)
  return builder.build()
}

/**
 * {@link evaluateLines} as an effect `Stream`: the workers start when the stream is run and end
 * with it (also when it is interrupted).
 *
 * @example
 * ```ts
 * import { Parallel } from "@anquan/core/parallel"
 * import { Stream } from "effect"
 *
 * const rejected = Parallel.stream("records.ndjson", { packs, asOf: "2026-11-23", workers: 2 }).pipe(
 *   Stream.filter((r) => r.result._tag === "rejected"),
 *   Stream.runCount
 * )
 * ```
 * @since 0.2.0
 */
export const stream = (input: LineInput, options: ParallelOptions): Stream.Stream<LineResult, ParallelEvaluationError> =>
  Stream.fromAsyncIterable(
    { [Symbol.asyncIterator]: () => evaluateLines(input, options) },
    (e) => (e instanceof ParallelEvaluationError ? e : new ParallelEvaluationError({ message: (e as Error)?.message ?? String(e), cause: e }))
  )

/**
 * {@link summarize} as an `Effect`.
 *
 * @since 0.2.0
 */
export const summarizeEffect = (
  input: LineInput,
  options: ParallelOptions & { readonly retainEnterprises?: boolean | undefined }
): Effect.Effect<Report, ParallelEvaluationError> =>
  Effect.tryPromise({
    try: () => summarize(input, options),
    catch: (e) => (e instanceof ParallelEvaluationError ? e : new ParallelEvaluationError({ message: (e as Error)?.message ?? String(e), cause: e }))
  })
