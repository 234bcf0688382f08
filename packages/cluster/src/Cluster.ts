/**
 * 分布式批量评估 — a province-wide batch of NDJSON records spread over worker processes on one or
 * several machines through a PostgreSQL job queue ([pg-boss](https://github.com/timgit/pg-boss)):
 * no scheduler of our own, only the database every machine already reaches.
 *
 * - **Submit** ({@link submit}) cuts the input into chunks of whole lines (`Lines.byteBatches` of
 *   `@anquan/core`, 256 KiB by default), records the batch's settings (packs as sources, config,
 *   as-of date) and queues one job per chunk; the chunk's bytes travel in the job, so a worker needs
 *   no shared file system.
 * - **Work** ({@link work}) takes one chunk at a time (`FOR UPDATE SKIP LOCKED` in pg-boss),
 *   evaluates its lines as a worker thread does (`Parallel.evaluateLine`), and writes the chunk's
 *   results in one row keyed by `(batch, chunk)` with `ON CONFLICT DO NOTHING`.
 * - **A worker that dies** (killed, out of memory, its machine gone) leaves its job active; pg-boss
 *   fails it when it outlives `expireInSeconds` (or misses its heartbeat, `heartbeatSeconds`) and
 *   queues it again, and another worker evaluates the chunk. A chunk may thus be *evaluated* more
 *   than once, but its results are *stored* once: the first write wins and a later one changes
 *   nothing, so every record has exactly one result.
 * - **Status and results** ({@link status}, {@link results}, {@link report}) read the results
 *   table: records numbered over the whole batch, in line order, the report folded as one process
 *   folds it, ready for a ledger import (which is idempotent on its own: an open hazard of the same
 *   enterprise and rule is not opened twice).
 *
 * Every function has an Effect twin (`submitEffect`, …) failing with {@link ClusterError}.
 *
 * @since 0.2.0
 */
import { createReadStream } from "node:fs"
import { hostname } from "node:os"
import { Engine, Lines } from "@anquan/core"
import type { ConfigLayers, Include, RecordResult, Report } from "@anquan/core"
import { Parallel } from "@anquan/core/parallel"
import type { PackSource } from "@anquan/core/parallel"
import { Data, Effect } from "effect"
import type { Scope } from "effect"
import { PgBoss } from "pg-boss"
import type { Db } from "pg-boss"

/**
 * Something went wrong talking to PostgreSQL or pg-boss, or a batch is not as asked (unknown,
 * submitted twice, bad settings).
 *
 * @since 0.2.0
 */
export class ClusterError extends Data.TaggedError("ClusterError")<{ readonly message: string; readonly cause?: unknown }> {}

/**
 * Where the cluster lives: the PostgreSQL URL every process reaches, and the schema of its tables
 * (pg-boss's own tables go in `<schema>_jobs`).
 *
 * @since 0.2.0
 */
export interface ConnectionOptions {
  readonly url: string
  /** Default `anquan_cluster`. A plain SQL identifier (letters, digits, `_`). */
  readonly schema?: string | undefined
}

/**
 * How a dead worker is noticed. pg-boss fails an active job that outlives `expireInSeconds`, or
 * whose worker sent no heartbeat for `heartbeatSeconds` (at least 10), and queues it again; its
 * supervisor looks every `superviseIntervalSeconds`.
 *
 * @since 0.2.0
 */
export interface FailoverOptions {
  /** Default 900 (15 minutes): longer than any chunk takes. */
  readonly expireInSeconds?: number | undefined
  /** Default 30; `null` for none (then only `expireInSeconds` notices a dead worker). */
  readonly heartbeatSeconds?: number | null | undefined
  /** How many times a chunk is queued again after a failure. Default 5. */
  readonly retryLimit?: number | undefined
}

/** @since 0.2.0 */
export interface SubmitOptions extends ConnectionOptions, FailoverOptions {
  /** The batch's name, unique in the schema (e.g. `shandong-2026-q4`). */
  readonly batch: string
  /** The NDJSON input: a file path, its bytes, or chunks of bytes. */
  readonly input: string | Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>
  /** The packs as each worker loads them (see `PackSource` of `@anquan/core/parallel`). */
  readonly packs: ReadonlyArray<PackSource>
  /** The day the law is taken as of, `YYYY-MM-DD`. */
  readonly asOf: string
  /** Config layers as found in a config file, national first. */
  readonly config?: typeof ConfigLayers.Encoded | undefined
  readonly include?: Include | undefined
  /** A chunk closes at the first line end past this many bytes. Default 256 KiB. */
  readonly chunkBytes?: number | undefined
  /** The longest line; a longer one is rejected by its number. Default 64 MiB. */
  readonly maxLineBytes?: number | undefined
}

/** What was submitted. @since 0.2.0 */
export interface Submitted {
  readonly batch: string
  readonly chunks: number
  /** Lines read (blank ones too). */
  readonly lines: number
}

/** @since 0.2.0 */
export interface WorkOptions extends ConnectionOptions {
  /** Chunks evaluated at once by this process. Default 1. */
  readonly concurrency?: number | undefined
  /**
   * Chunks taken at a time (pg-boss's `batchSize`): the worker takes more at once while the queue
   * is full; a worker that dies gives all it took back. Default 4.
   */
  readonly batchSize?: number | undefined
  /** How often an idle worker looks for a chunk, in seconds. Default 1 (at least 0.5). */
  readonly pollingIntervalSeconds?: number | undefined
  /** How often this process's supervisor fails the jobs of dead workers, in seconds. Default 10. */
  readonly superviseIntervalSeconds?: number | undefined
  /** Told of each chunk as it starts and ends (e.g. to log it). */
  readonly onChunk?: ((event: ChunkEvent) => void) | undefined
  /** Stops the worker (it finishes the chunks it holds). */
  readonly signal?: AbortSignal | undefined
}

/**
 * A chunk a worker starts, has stored (`stored: false`: another worker's results were there
 * first), or could not evaluate (its packs do not load, the database is gone: pg-boss queues it
 * again, up to `retryLimit` times).
 *
 * @since 0.2.0
 */
export type ChunkEvent =
  | { readonly _tag: "started"; readonly batch: string; readonly chunk: number; readonly firstLine: number; readonly lines: number }
  | { readonly _tag: "done"; readonly batch: string; readonly chunk: number; readonly records: number; readonly stored: boolean }
  | { readonly _tag: "failed"; readonly batch: string; readonly chunk: number; readonly message: string }

/** A running worker. @since 0.2.0 */
export interface RunningWorker {
  /** Who it is in the results table (`host:pid`). */
  readonly id: string
  /** Stops taking chunks, waits for those it holds, and closes its connections. */
  readonly stop: () => Promise<void>
}

/** How far a batch is. @since 0.2.0 */
export interface BatchStatus {
  readonly batch: string
  /** `undefined` while the batch is still being submitted. */
  readonly chunks: number | undefined
  readonly done: number
  /** Chunks that failed more than `retryLimit` times and have no results: the batch cannot complete. */
  readonly failed: number
  readonly records: number
  readonly rejected: number
  /** Records with at least one violation. */
  readonly withViolations: number
  readonly complete: boolean
}

/** One record's result, numbered over the whole batch. @since 0.2.0 */
export interface BatchResult {
  readonly line: number
  readonly result: RecordResult
}

interface Settings {
  readonly packs: ReadonlyArray<PackSource>
  readonly asOf: string
  readonly config?: typeof ConfigLayers.Encoded | undefined
  readonly include?: Include | undefined
}

type ChunkJob =
  | { readonly batch: string; readonly chunk: number; readonly firstLine: number; readonly lines: number; readonly bytes: string }
  | { readonly batch: string; readonly chunk: number; readonly firstLine: number; readonly lines: 1; readonly tooLong: { readonly size: number; readonly max: number } }

const DEFAULT_CHUNK_BYTES = 256 * 1024

const schemaOf = (o: ConnectionOptions): string => {
  const s = o.schema ?? "anquan_cluster"
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(s)) throw new ClusterError({ message: `the schema must be a plain SQL identifier (a-z, 0-9, _), got ${JSON.stringify(s)}` })
  return s
}

const QUEUE = "anquan-chunks"

const tables = (s: string): ReadonlyArray<string> => [
  `CREATE SCHEMA IF NOT EXISTS ${s}`,
  `CREATE TABLE IF NOT EXISTS ${s}.batches (
    batch_id TEXT PRIMARY KEY, settings JSONB NOT NULL, chunks INTEGER, lines BIGINT,
    submitted_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
  `CREATE TABLE IF NOT EXISTS ${s}.chunk_results (
    batch_id TEXT NOT NULL REFERENCES ${s}.batches (batch_id), chunk INTEGER NOT NULL, first_line BIGINT NOT NULL,
    records INTEGER NOT NULL, rejected INTEGER NOT NULL, with_violations INTEGER NOT NULL,
    results TEXT NOT NULL, worker TEXT NOT NULL, stored_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (batch_id, chunk))`
]

const message = (e: unknown): string => (e as Error)?.message ?? String(e)

/** Our tables, made once (one preparation at a time across processes: CREATE … IF NOT EXISTS races otherwise). */
const prepare = async (db: Db, schema: string): Promise<void> => {
  await db.executeSql(["BEGIN", `SELECT pg_advisory_xact_lock(hashtext('${schema}.prepare'))`, ...tables(schema), "COMMIT"].join(";\n"))
}

const bossOf = (o: ConnectionOptions, schema: string, extra: { supervise: boolean; superviseIntervalSeconds?: number | undefined }): PgBoss => {
  const boss = new PgBoss({
    connectionString: o.url,
    schema: `${schema}_jobs`,
    max: 3,
    supervise: extra.supervise,
    superviseIntervalSeconds: extra.superviseIntervalSeconds ?? 10,
    monitorIntervalSeconds: extra.superviseIntervalSeconds ?? 10,
    schedule: false
  })
  boss.on("error", () => {
    // connection errors are retried by pg-boss; a worker's failures reach its handler's caller
  })
  return boss
}

const withBoss = async <A>(o: ConnectionOptions, f: (db: Db, schema: string, boss: PgBoss) => Promise<A>): Promise<A> => {
  const schema = schemaOf(o)
  const boss = bossOf(o, schema, { supervise: false })
  await boss.start()
  try {
    const db = boss.getDb()
    await prepare(db, schema)
    return await f(db, schema, boss)
  } finally {
    await boss.stop({ graceful: false, close: true })
  }
}

const failure = (what: string) => (e: unknown): never => {
  if (e instanceof ClusterError) throw e
  throw new ClusterError({ message: `${what}: ${message(e)}`, cause: e })
}

/**
 * Cuts `input` into chunks and queues them (see the module's comment). Fails when the batch was
 * submitted already (a batch is submitted once; give it another name to run it again).
 *
 * @since 0.2.0
 */
export const submit = (options: SubmitOptions): Promise<Submitted> =>
  withBoss(options, async (db, schema, boss) => {
    const settings: Settings = { packs: options.packs, asOf: options.asOf, config: options.config, include: options.include }
    const inserted = await db.executeSql(`INSERT INTO ${schema}.batches (batch_id, settings) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING batch_id`, [options.batch, JSON.stringify(settings)])
    if (inserted.rows.length !== 1) throw new ClusterError({ message: `batch ${JSON.stringify(options.batch)} was submitted already: give the batch another name to run it again` })
    {
      if ((await boss.getQueue(QUEUE)) === null) {
        await boss.createQueue(QUEUE, { deleteAfterSeconds: 7 * 24 * 3600 }).catch((e: unknown) => {
          if (!/exists/i.test(message(e))) throw e // another submitter made it meanwhile
        })
      }
      // the failover settings go on each job: they are the batch's, not the queue's
      const failover = {
        retryLimit: options.retryLimit ?? 5,
        expireInSeconds: options.expireInSeconds ?? 900,
        ...(options.heartbeatSeconds === null ? {} : { heartbeatSeconds: options.heartbeatSeconds ?? 30 })
      }
      const maxLineBytes = options.maxLineBytes ?? Lines.DEFAULT_MAX_LINE_BYTES
      const input = options.input
      const chunks = typeof input === "string" ? createReadStream(input, { highWaterMark: 1024 * 1024 }) : input instanceof Uint8Array ? [input] : input
      let chunk = 0
      let lines = 0
      let pending: Array<{ data: ChunkJob } & typeof failover> = []
      const flush = async () => {
        if (pending.length > 0) await boss.insert(QUEUE, pending)
        pending = []
      }
      for await (const b of Lines.byteBatches(chunks, { batchBytes: options.chunkBytes ?? DEFAULT_CHUNK_BYTES, maxLineBytes })) {
        const data: ChunkJob = b._tag === "lines"
          ? { batch: options.batch, chunk, firstLine: b.firstLine, lines: b.lines, bytes: Buffer.from(b.bytes.buffer, b.bytes.byteOffset, b.bytes.byteLength).toString("base64") }
          : { batch: options.batch, chunk, firstLine: b.line, lines: 1, tooLong: { size: b.size, max: maxLineBytes } }
        lines += data.lines
        chunk++
        pending.push({ data, ...failover })
        if (pending.length >= 16) await flush()
      }
      await flush()
      await db.executeSql(`UPDATE ${schema}.batches SET chunks = $2, lines = $3 WHERE batch_id = $1`, [options.batch, chunk, lines])
      return { batch: options.batch, chunks: chunk, lines }
    }
  }).catch(failure(`cannot submit batch ${JSON.stringify(options.batch)}`))

interface Evaluator {
  readonly engine: Engine.Engine
  readonly plan: Engine.Plan
  readonly include: Include | undefined
  /** Results are stored without the rules' fixed texts, put back when read. */
  readonly codec: ReturnType<typeof Parallel.resultCodec>
}

const evaluatorOf = async (settings: Settings): Promise<Evaluator> => {
  const packs = await Parallel.loadPackSources(settings.packs)
  const engine = Engine.make(settings.config === undefined ? { packs } : { packs, config: settings.config })
  return { engine, plan: engine.plan(settings.asOf), include: settings.include, codec: Parallel.resultCodec(engine) }
}

const settingsOf = async (db: Db, schema: string, batch: string): Promise<Settings> => {
  const { rows } = await db.executeSql(`SELECT settings FROM ${schema}.batches WHERE batch_id = $1`, [batch])
  if (rows.length === 0) throw new ClusterError({ message: `no batch ${JSON.stringify(batch)}` })
  return rows[0].settings as Settings
}

const rejectedBy = (messageText: string): RecordResult => ({ _tag: "rejected", index: 0, id: undefined, issues: [{ path: [], message: messageText }] })

/** The results of one chunk's lines (each record's `index` within the chunk). */
const evaluateChunk = (ev: Evaluator, job: ChunkJob): Array<BatchResult> => {
  if ("tooLong" in job) {
    return [{ line: job.firstLine, result: rejectedBy(`line of ${job.tooLong.size} bytes is over the limit of ${job.tooLong.max} bytes: not read`) }]
  }
  const out: Array<BatchResult> = []
  for (const l of Lines.split(Buffer.from(job.bytes, "base64"), { firstLine: job.firstLine })) {
    if (l._tag === "too-long") continue // never: a chunk holds no line over the limit
    const result = Parallel.evaluateLine(ev.engine, ev.plan, ev.include, l.bytes, l.line)
    if (result === undefined) continue
    ;(result as { index: number }).index = out.length
    out.push({ line: l.line, result })
  }
  return out
}

/**
 * Starts a worker in this process: it takes chunks of any batch until stopped (see the module's
 * comment). Resolves once it is listening.
 *
 * @since 0.2.0
 */
export const work = async (options: WorkOptions): Promise<RunningWorker> => {
  const schema = schemaOf(options)
  const id = `${hostname()}:${process.pid}`
  const boss = bossOf(options, schema, { supervise: true, superviseIntervalSeconds: options.superviseIntervalSeconds })
  const evaluators = new Map<string, Promise<Evaluator>>()
  let stopped: Promise<void> | undefined
  const stop = () =>
    (stopped ??= (async () => {
      await boss.stop({ graceful: true, close: true, timeout: 30_000 })
    })())
  const handle = async (data: ChunkJob): Promise<void> => {
    const db = boss.getDb()
    options.onChunk?.({ _tag: "started", batch: data.batch, chunk: data.chunk, firstLine: data.firstLine, lines: data.lines })
    let ev = evaluators.get(data.batch)
    if (ev === undefined) {
      ev = settingsOf(db, schema, data.batch).then(evaluatorOf)
      evaluators.set(data.batch, ev)
      ev.catch(() => evaluators.delete(data.batch))
    }
    const evaluator = await ev
    const results = evaluateChunk(evaluator, data)
    let rejected = 0
    let withViolations = 0
    for (const r of results) {
      if (r.result._tag === "rejected") rejected++
      else if (r.result.findings.some((f) => f.outcome === "violation")) withViolations++
    }
    const stored = await db.executeSql(
      `INSERT INTO ${schema}.chunk_results (batch_id, chunk, first_line, records, rejected, with_violations, results, worker)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (batch_id, chunk) DO NOTHING RETURNING chunk`,
      [data.batch, data.chunk, data.firstLine, results.length, rejected, withViolations, results.map((r) => JSON.stringify({ line: r.line, result: evaluator.codec.compact(r.result) })).join("\n"), id]
    )
    options.onChunk?.({ _tag: "done", batch: data.batch, chunk: data.chunk, records: results.length, stored: stored.rows.length === 1 })
  }
  try {
    await boss.start()
    await prepare(boss.getDb(), schema)
    await boss.work<ChunkJob>(
      QUEUE,
      {
        batchSize: options.batchSize ?? 4,
        burstWhenBatchFull: true,
        localConcurrency: options.concurrency ?? 1,
        pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1
      },
      async (jobs) => {
        // every chunk taken is tried; when one fails, pg-boss fails (and queues again) all of them:
        // those stored already write nothing the next time
        let first: unknown
        for (const job of jobs) {
          await handle(job.data).catch((e: unknown) => {
            options.onChunk?.({ _tag: "failed", batch: job.data.batch, chunk: job.data.chunk, message: message(e) })
            first ??= e
          })
        }
        if (first !== undefined) throw first
      }
    )
  } catch (e) {
    await stop().catch(() => {})
    return failure("cannot start a worker")(e)
  }
  options.signal?.addEventListener("abort", () => void stop(), { once: true })
  return { id, stop }
}

/**
 * How far a batch is: chunks stored of chunks submitted, and the records' counts so far.
 *
 * @since 0.2.0
 */
export const status = (options: ConnectionOptions & { readonly batch: string }): Promise<BatchStatus> =>
  withBoss(options, async (db, schema) => {
    const b = await db.executeSql(`SELECT chunks FROM ${schema}.batches WHERE batch_id = $1`, [options.batch])
    if (b.rows.length === 0) throw new ClusterError({ message: `no batch ${JSON.stringify(options.batch)}` })
    const { rows } = await db.executeSql(
      `SELECT count(*)::int AS done, coalesce(sum(records), 0)::int AS records, coalesce(sum(rejected), 0)::int AS rejected,
              coalesce(sum(with_violations), 0)::int AS with_violations
       FROM ${schema}.chunk_results WHERE batch_id = $1`,
      [options.batch]
    )
    // chunks whose job pg-boss gave up on (state failed, no retry left) and that no worker stored
    const failed = await db.executeSql(
      `SELECT count(DISTINCT (j.data->>'chunk'))::int AS failed FROM ${schema}_jobs.job j
       WHERE j.name = $2 AND j.state = 'failed' AND j.data->>'batch' = $1
         AND NOT EXISTS (SELECT 1 FROM ${schema}.chunk_results c WHERE c.batch_id = $1 AND c.chunk = (j.data->>'chunk')::int)`,
      [options.batch, QUEUE]
    )
    const chunks: number | undefined = b.rows[0].chunks ?? undefined
    const r = rows[0]
    return {
      batch: options.batch,
      chunks,
      done: r.done,
      failed: failed.rows[0].failed,
      records: r.records,
      rejected: r.rejected,
      withViolations: r.with_violations,
      complete: chunks !== undefined && r.done === chunks
    }
  }).catch(failure(`cannot read the status of batch ${JSON.stringify(options.batch)}`))

/**
 * Every record's result so far, in line order, numbered (`index`) over the whole batch.
 *
 * @since 0.2.0
 */
export async function* results(options: ConnectionOptions & { readonly batch: string }): AsyncGenerator<BatchResult, void, undefined> {
  const schema = schemaOf(options)
  const boss = bossOf(options, schema, { supervise: false })
  await boss.start().catch(failure(`cannot read the results of batch ${JSON.stringify(options.batch)}`))
  try {
    const db = boss.getDb()
    const ev = await settingsOf(db, schema, options.batch).then(evaluatorOf).catch(failure(`cannot load the packs of batch ${JSON.stringify(options.batch)}`))
    let index = 0
    let after = -1
    for (;;) {
      const { rows } = await db.executeSql(
        `SELECT chunk, results FROM ${schema}.chunk_results WHERE batch_id = $1 AND chunk > $2 ORDER BY chunk LIMIT 64`,
        [options.batch, after]
      ).catch(failure(`cannot read the results of batch ${JSON.stringify(options.batch)}`))
      if (rows.length === 0) return
      for (const row of rows) {
        after = row.chunk
        if (row.results === "") continue
        for (const text of (row.results as string).split("\n")) {
          const r = JSON.parse(text) as BatchResult
          const result = ev.codec.expand(r.result)
          ;(result as { index: number }).index = index++
          yield { line: r.line, result }
        }
      }
    }
  } finally {
    await boss.stop({ graceful: false, close: true })
  }
}

/**
 * The batch's results folded into a report, as one process folds them (`Engine.summarize`): with
 * `retainEnterprises` (the default here) every enterprise's findings, e.g. for a ledger import.
 *
 * @since 0.2.0
 */
export const report = async (options: ConnectionOptions & { readonly batch: string; readonly retainEnterprises?: boolean | undefined }): Promise<Report> => {
  const settings = await withBoss(options, (db, schema) => settingsOf(db, schema, options.batch)).catch(failure(`cannot read batch ${JSON.stringify(options.batch)}`))
  const ev = await evaluatorOf(settings).catch(failure(`cannot load the packs of batch ${JSON.stringify(options.batch)}`))
  const builder = ev.engine.reportBuilder(ev.plan, options.retainEnterprises ?? true)
  for await (const r of results(options)) builder.add(r.result)
  return builder.build()
}

const effectOf = <A>(f: () => Promise<A>): Effect.Effect<A, ClusterError> =>
  Effect.tryPromise({ try: f, catch: (e) => (e instanceof ClusterError ? e : new ClusterError({ message: message(e), cause: e })) })

/** {@link submit} as an `Effect`. @since 0.2.0 */
export const submitEffect = (options: SubmitOptions): Effect.Effect<Submitted, ClusterError> => effectOf(() => submit(options))

/** {@link status} as an `Effect`. @since 0.2.0 */
export const statusEffect = (options: ConnectionOptions & { readonly batch: string }): Effect.Effect<BatchStatus, ClusterError> => effectOf(() => status(options))

/** {@link report} as an `Effect`. @since 0.2.0 */
export const reportEffect = (options: ConnectionOptions & { readonly batch: string; readonly retainEnterprises?: boolean | undefined }): Effect.Effect<Report, ClusterError> =>
  effectOf(() => report(options))

/**
 * {@link work} as a scoped `Effect`: the worker runs until its scope closes.
 *
 * @since 0.2.0
 */
export const workEffect = (options: WorkOptions): Effect.Effect<RunningWorker, ClusterError, Scope.Scope> =>
  Effect.acquireRelease(effectOf(() => work(options)), (w) => Effect.promise(() => w.stop()))
