/**
 * `node bench/src/workers.ts [--runs 5] [--n 2048] [--src]` — what a worker thread of
 * `anquan check --workers` (`@anquan/core/parallel`) costs (issue 20): its start-up, its first batch
 * and its batches after that, as the built executable runs them (`packages/cli/dist`: the worker is
 * `parallel-worker.js`, the packs `installed-packs.js`, the NDJSON lines `ndjson-record.js`;
 * `pnpm --filter @anquan/cli run build` first) or, with `--src`, from the sources (type stripping).
 *
 * Each run starts one worker with what `check --workers N --format ndjson` gives it (every installed
 * pack, or `--pack a,b`, each from its own module — `--one-module`: from the module of all installed packs,
 * as before; no config; the bench's as-of day; the compile cache's directory, as the `anquan`
 * executable has it on — `--no-compile-cache`: without) and measures, on this thread:
 *
 * - start-up: the wall time from `new Worker` to its "ready" message, the worker's CPU time
 *   (`worker.cpuUsage`) and heap (`worker.getHeapStatistics`: used, and committed) then, and the growth of this
 *   process's RSS meanwhile (workers are threads of this process); for scale, the same for a worker
 *   that does nothing (`empty`);
 * - the first batch (256 generated records, ~1.1 MB, as `Parallel` sends them): wall time from its
 *   message to the answer — the rules and decoders compiled on first use, and JIT warm-up;
 * - the batches after the first: the other `--n` records in batches of 256, µs per record on the worker
 *   (and over the second half of them alone: the worker's code still tiers up over the first thousands
 *   of records), against the same records evaluated on this thread (`Engine.evaluateRecord`, warmed up
 *   over every record first) and the message round trip.
 *
 * Workers run one at a time (start-up alone, as on an idle machine); medians over `--runs`.
 *
 * Then, unless `--no-batches`, the whole of `Parallel.evaluateLines` (the sources' worker) over the same records
 * with `--workers` worker threads (default 1) and batches of `--batch-bytes` (a list, default
 * 65536,262144,1048576): this thread's CPU time per record (reading, sending, receiving, ordering;
 * `process.threadCpuUsage`), the wall time per record after the first result, and the messages sent.
 *
 * Prints the figures and the load average. Nothing here is a test.
 */
import * as Module from "node:module"
import { existsSync } from "node:fs"
import { loadavg } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { Worker } from "node:worker_threads"
import { Engine } from "@anquan/core"
import { Parallel } from "@anquan/core/parallel"
import { BENCH_AS_OF, makeGenerator } from "./generate.ts"
import { installedPacks } from "./packs.ts"
import { args, median } from "./util.ts"

const a = args()
const runs = Number(a.get("runs") ?? 5)
const n = Number(a.get("n") ?? 2048)
const fromSource = a.has("src")
/** `--young <MB>`: the workers' `resourceLimits.maxYoungGenerationSizeMb` (default: Node's). */
const young = a.get("young") === undefined ? undefined : Number(a.get("young"))
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..")
const dist = join(root, "packages/cli/dist")
if (!fromSource && !existsSync(join(dist, "parallel-worker.js"))) {
  process.stderr.write("workers: packages/cli/dist/parallel-worker.js is missing: run `pnpm --filter @anquan/cli run build` first (or give --src)\n")
  process.exit(2)
}
const url = (p: string) => pathToFileURL(p).href
const workerUrl = fromSource ? url(join(root, "packages/core/src/parallel/worker.ts")) : url(join(dist, "parallel-worker.js"))
const packsModule = fromSource ? url(join(root, "packages/cli/src/packs.ts")) : url(join(dist, "installed-packs.js"))
const packModule = (id: string) => fromSource ? url(join(root, `packages/cli/src/workerPacks/${id}.ts`)) : url(join(dist, `workerPacks/${id}.js`))
/** `--pack a,b`: these installed packs only (default: all); `--one-module`: each from the module of all installed packs (as before each had its own). */
const packIds = a.get("pack")?.split(",") ?? installedPacks.map((p) => p.id)
const oneModule = a.has("one-module")
const renderModule = fromSource ? url(join(root, "packages/cli/src/output/ndjsonRecord.ts")) : url(join(dist, "ndjson-record.js"))
// as the `anquan` executable: Node's compile cache on (bin.js), and the workers given its directory (Parallel)
if (!a.has("no-compile-cache")) Module.enableCompileCache?.()
const cacheDir = Module.getCompileCacheDir?.()
const setup = {
  compileCache: cacheDir === undefined ? undefined : dirname(cacheDir),
  packs: packIds.map((id) => (oneModule ? { module: packsModule, export: "installedPacks", id } : { module: packModule(id), export: "pack", id })),
  config: undefined,
  asOf: BENCH_AS_OF,
  include: undefined,
  render: { module: renderModule, export: "ndjsonRecord", context: { file: "bench.ndjson" } }
}

// ---- the records: batches of 256 lines, as Parallel sends them ----
const gen = makeGenerator({ seed: 20261123 })
const B = 256
const lines: Array<string> = []
for (let i = 0; i < B + n; i++) lines.push(JSON.stringify(gen.record(i)))
const encoder = new TextEncoder()
const batches: Array<{ seq: number; firstLine: number; bytes: Uint8Array }> = []
for (let i = 0; i < lines.length; i += B) {
  batches.push({ seq: batches.length, firstLine: i + 1, bytes: encoder.encode(lines.slice(i, i + B).join("\n") + "\n") })
}

const rss = () => process.memoryUsage().rss / 1048576
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})

interface Run {
  readyMs: number
  readyCpuMs: number
  heapUsedMb: number
  heapTotalMb: number
  rssMb: number
  firstBatchMs: number
  steadyUsPerRecord: number
  laterUsPerRecord: number
  roundTripMs: number
}

const once = (emptyWorker: boolean): Promise<Run> =>
  new Promise((done, fail) => {
    gc()
    const rss0 = rss()
    const t0 = performance.now()
    const worker = emptyWorker
      ? new Worker("require('node:worker_threads').parentPort.postMessage({ _tag: 'ready' }); require('node:worker_threads').parentPort.on('message', (m) => require('node:worker_threads').parentPort.postMessage({ _tag: 'done', seq: m.seq }))", { eval: true })
      : new Worker(new URL(workerUrl), { workerData: setup, ...(young === undefined ? {} : { resourceLimits: { maxYoungGenerationSizeMb: young } }) })
    const run: Run = { readyMs: 0, readyCpuMs: 0, heapUsedMb: 0, heapTotalMb: 0, rssMb: 0, firstBatchMs: 0, steadyUsPerRecord: 0, laterUsPerRecord: 0, roundTripMs: 0 }
    let sent = 0
    let tSent = 0
    let steadyStart = 0
    let laterStart = 0
    const half = Math.floor(batches.length / 2)
    worker.on("error", fail)
    worker.on("message", (m: { _tag: string; seq?: number; message?: string }) => {
      const now = performance.now()
      if (m._tag === "failed") return fail(new Error(m.message))
      if (m._tag === "ready") {
        run.readyMs = now - t0
        run.rssMb = rss() - rss0
        // the worker's own CPU time and heap when it said it was ready (asked before the first batch is sent)
        void Promise.all([worker.cpuUsage(), worker.getHeapStatistics()]).then(([u, h]) => {
          run.readyCpuMs = (u.user + u.system) / 1000
          run.heapUsedMb = h.used_heap_size / 1048576
          run.heapTotalMb = h.total_heap_size / 1048576
          sendNext()
        })
        return
      } else if (m.seq === 0) {
        run.firstBatchMs = now - tSent
        steadyStart = now
      } else if (m.seq === half) {
        laterStart = now
      }
      if (m.seq === batches.length - 1) {
        run.steadyUsPerRecord = ((now - steadyStart) * 1000) / n
        run.laterUsPerRecord = ((now - laterStart) * 1000) / ((batches.length - 1 - half) * B)
        // one more round trip with an empty batch: the message's own cost
        const t = performance.now()
        worker.once("message", () => {
          run.roundTripMs = performance.now() - t
          void worker.terminate().then(() => done(run))
        })
        worker.postMessage({ seq: -1, firstLine: 1, bytes: new Uint8Array(0) })
        return
      }
      sendNext()
    })
    function sendNext() {
      if (sent < batches.length) {
        // one batch at a time after the first, two in flight (Parallel keeps a few per worker)
        const b = batches[sent++]!
        tSent = performance.now()
        worker.postMessage(b)
        if (sent === 2 && sent < batches.length) worker.postMessage(batches[sent++]!)
      }
    }
  })

// ---- the same records on this thread, warm ----
const selected = installedPacks.filter((p) => packIds.includes(p.id))
const engine = Engine.make({ packs: selected })
const plan = engine.plan(BENCH_AS_OF)
const parsed = lines.map((l) => JSON.parse(l))
for (let i = 0; i < parsed.length; i++) engine.evaluateRecord(JSON.parse(lines[i]!), i, plan)
const inThread: Array<number> = []
for (let r = 0; r < 3; r++) {
  const t = performance.now()
  for (let i = B; i < lines.length; i++) {
    const result = engine.evaluateRecord(JSON.parse(lines[i]!), i, plan)
    if (result._tag === "evaluated") JSON.stringify({ ...result, index: -1, source: { file: "bench.ndjson", line: i } })
  }
  inThread.push(((performance.now() - t) * 1000) / n)
}

const empty: Array<Run> = []
const real: Array<Run> = []
for (let r = 0; r < runs; r++) {
  empty.push(await once(true))
  real.push(await once(false))
}
const f = (xs: ReadonlyArray<number>, dp = 1) => `${median(xs).toFixed(dp)} (${Math.min(...xs).toFixed(dp)}–${Math.max(...xs).toFixed(dp)})`
let batchFigures = ""
if (!a.has("no-batches")) {
  const input = encoder.encode(lines.join("\n") + "\n")
  const workers = Number(a.get("workers") ?? 1)
  for (const batchBytes of (a.get("batch-bytes") ?? "65536,262144,1048576").split(",").map(Number)) {
    const main: Array<number> = []
    const wall: Array<number> = []
    let messages = 0
    for (let r = 0; r < Math.max(1, Math.min(runs, 3)); r++) {
      let first = 0
      let count = 0
      let cpu0 = 0
      for await (const x of Parallel.evaluateLines(input, { packs: setup.packs, loadedPacks: selected, asOf: BENCH_AS_OF, workers, batchBytes, render: setup.render })) {
        if (count++ === 0) {
          first = performance.now()
          const u = process.threadCpuUsage()
          cpu0 = u.user + u.system
        }
        void x
      }
      const u = process.threadCpuUsage()
      main.push((u.user + u.system - cpu0) / (count - 1))
      wall.push(((performance.now() - first) * 1000) / (count - 1))
      messages = Math.ceil(input.byteLength / batchBytes)
    }
    batchFigures += `  batches of ${batchBytes / 1024} KiB (~${messages} messages, ${workers} worker${workers === 1 ? "" : "s"}): this thread ${f(main)} µs CPU per record, ${f(wall)} µs wall per record after the first\n`
  }
}
process.stdout.write(
  `worker threads of check --workers (${fromSource ? "sources" : "packages/cli/dist"}; compile cache ${cacheDir === undefined ? "off" : "on"}; ` +
    `${packIds.length === installedPacks.length ? "every installed pack" : packIds.join(", ")}, ${oneModule ? "from the module of all installed packs" : "each from its own module"}), ${runs} runs, median (min–max)\n` +
    `  start-up to ready: ${f(real.map((x) => x.readyMs))} ms wall, ${f(real.map((x) => x.readyCpuMs))} ms of the worker's CPU; ` +
    `its heap ${f(real.map((x) => x.heapUsedMb))} MB used of ${f(real.map((x) => x.heapTotalMb))} MB; this process's RSS +${f(real.map((x) => x.rssMb))} MB\n` +
    `  an empty worker: ${f(empty.map((x) => x.readyMs))} ms wall, ${f(empty.map((x) => x.readyCpuMs))} ms CPU, heap ${f(empty.map((x) => x.heapUsedMb))} of ${f(empty.map((x) => x.heapTotalMb))} MB\n` +
    `  first batch (${B} records): ${f(real.map((x) => x.firstBatchMs))} ms\n` +
    `  after the first batch: ${f(real.map((x) => x.steadyUsPerRecord))} µs per record on the worker (its second half alone: ${f(real.map((x) => x.laterUsPerRecord))} µs); ` +
    `${f(inThread)} µs on this thread, warm (evaluateRecord + the NDJSON line)\n` +
    `  an empty batch's round trip: ${f(real.map((x) => x.roundTripMs), 2)} ms\n` +
    batchFigures +
    `load average: ${loadavg().map((x) => x.toFixed(2)).join(" ")}\n`
)
