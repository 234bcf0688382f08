// Parallel evaluation on worker threads: the same results, in the same order, as one thread gives,
// hostile lines rejected by their number as a line reader rejects them, a worker that dies loses
// nothing, and the reader never runs more than workers × batchesPerWorker batches ahead.
import { isUtf8 } from "node:buffer"
import { mkdtempSync, readdirSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Worker } from "node:worker_threads"
import { describe, expect, it } from "vitest"
import * as Engine from "../src/evaluation/Engine.ts"
import type { RecordResult } from "../src/evaluation/Report.ts"
import * as Pack from "../src/pack/Pack.ts"
import * as Parallel from "../src/parallel/Parallel.ts"
import * as LineEvaluation from "../src/parallel/LineEvaluation.ts"
import { record } from "./fixtures.ts"
import { parallelTestPack } from "./parallel-pack.ts"

const asOf = "2023-06-01"
const packs = [{ module: new URL("./parallel-pack.ts", import.meta.url).href, export: "parallelTestPack" }]
const engine = Engine.make({ packs: [parallelTestPack] })
const plan = engine.plan(asOf)
const enc = new TextEncoder()

/** One thread, line by line, as a line reader does it: the reference. */
const oneThread = (bytes: Uint8Array, maxLineBytes: number): Array<{ line: number; result: RecordResult }> => {
  const out: Array<{ line: number; result: RecordResult }> = []
  let start = 0
  let index = 0
  for (let line = 1; start < bytes.length; line++) {
    const nl = bytes.indexOf(0x0a, start)
    const end = nl < 0 ? bytes.length : nl
    const b = bytes.subarray(start, end)
    start = end + 1
    const reject = (message: string) => out.push({ line, result: { _tag: "rejected", index: index++, id: undefined, issues: [{ path: [], message }] } })
    if (b.length > maxLineBytes) {
      reject(`line of ${b.length + (nl < 0 ? 0 : 1)} bytes is over the limit of ${maxLineBytes} bytes: not read`)
      continue
    }
    if (!isUtf8(b)) {
      reject(`line ${line} is not valid UTF-8`)
      continue
    }
    let text = Buffer.from(b).toString("utf8")
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    if (text.trim() === "") continue
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (e) {
      reject(`invalid JSON: ${(e as Error).message}`)
      continue
    }
    out.push({ line, result: engine.evaluateRecord(value, index++, plan) })
  }
  return out
}

const collect = async (input: Parallel.LineInput, options: Partial<Parallel.ParallelOptions> = {}, stats?: Parallel.RunStats) => {
  const out: Array<{ line: number; result: RecordResult }> = []
  const all = { packs, asOf, workers: 2, ...options }
  for await (const r of stats === undefined ? Parallel.evaluateLines(input, all) : Parallel.evaluateLinesWithStats(input, all, stats)) {
    out.push({ line: r.line, result: r.result })
  }
  return out
}

const ndjson = (records: ReadonlyArray<string>) => enc.encode(records.join("\n") + "\n")
const stats = (): Parallel.RunStats => ({ maxBatchesInFlight: 0, workerDeaths: 0, retried: 0 })

// each test starts two worker threads (each loads effect and the core from source): seconds on a loaded machine
describe("parallel evaluation", { timeout: 30_000 }, () => {
  it("yields every line's result in input order, hostile lines rejected by number, as one thread does", async () => {
    const lines: Array<string> = []
    for (let i = 1; i <= 2000; i++) lines.push(JSON.stringify(record(i, { employees: i % 211, demo: { dustExplosion: { removalSystem: i % 5 !== 0 } } })))
    const hostile = new Map<number, string>([
      [10, "{not json"],
      [20, ""],
      [30, JSON.stringify({ __proto__: { polluted: true }, ...record(30) }).replace("{", "{\"__proto__\":{\"employees\":999},")],
      [40, "\uFEFF" + JSON.stringify(record(40, { employees: 500 }))],
      [50, "x".repeat(5000)],
      [60, "   \r"],
      [70, "[1,2"],
      [80, JSON.stringify({ creditCode: 42 })]
    ])
    for (const [at, text] of hostile) lines.splice(at - 1, 0, text)
    const bytes = ndjson(lines)
    // a line that is not UTF-8 (a lone continuation byte)
    const withBad = new Uint8Array(bytes.length + 3)
    withBad.set(bytes)
    withBad.set([0x7b, 0x80, 0x0a], bytes.length)
    const expected = oneThread(withBad, 4096)
    // in chunks of 1000 bytes, so that lines are cut across chunks
    const chunks = Array.from({ length: Math.ceil(withBad.length / 1000) }, (_, k) => withBad.subarray(k * 1000, (k + 1) * 1000))
    const got = await collect(chunks, { batchBytes: 8 * 1024, maxLineBytes: 4096 })
    expect(got.length).toBe(expected.length)
    expect(got).toStrictEqual(expected)
    const byLine = new Map(got.map((g) => [g.line, g.result]))
    expect(byLine.get(10)).toMatchObject({ _tag: "rejected", issues: [{ message: expect.stringMatching(/^invalid JSON/) }] })
    expect(byLine.has(20)).toBe(false)
    expect(byLine.get(30)).toMatchObject({ _tag: "evaluated" })
    expect(byLine.get(40)).toMatchObject({ _tag: "evaluated", verdict: "major-hazard" })
    expect(byLine.get(50)).toMatchObject({ _tag: "rejected", issues: [{ message: "line of 5001 bytes is over the limit of 4096 bytes: not read" }] })
    expect(byLine.has(60)).toBe(false)
    expect((byLine.get(80) as unknown as { issues: Array<{ path: Array<unknown> }> }).issues.map((i) => i.path[0])).toContain("creditCode")
    expect(got.at(-1)).toMatchObject({ line: lines.length + 1, result: { issues: [{ message: `line ${lines.length + 1} is not valid UTF-8` }] } })
    expect(got.map((g) => g.result.index)).toStrictEqual(got.map((_, i) => i))
  })

  it("a worker's lines: the records of consecutive lines evaluated together give each line's outcome, in order, as one at a time", () => {
    const texts = ["", "{not json", "\uFEFF" + JSON.stringify(record(3, { employees: 500 })), "   \r", JSON.stringify({ creditCode: 42 })]
    for (let i = 1; i <= 150; i++) texts.push(JSON.stringify(record(i, { employees: i % 7 === 0 ? 500 : i % 11 === 0 ? undefined : 20, demo: { dustExplosion: { removalSystem: i % 5 !== 0 } } })))
    texts.splice(70, 0, "[1,2", "")
    const lines = texts.map((t, i) => ({ bytes: enc.encode(t), line: i + 1, size: enc.encode(t).length + 1 }))
    lines.splice(100, 0, { bytes: new Uint8Array([0x7b, 0x80]), line: 1000, size: 3 })
    // one line at a time: its text evaluated by itself (`evaluateRecord`), or its bytes when they are not UTF-8
    const oneByOne = lines.flatMap((l): Array<LineEvaluation.LineOutcome> => {
      if (!isUtf8(l.bytes)) return [{ line: l.line, size: l.size, undecoded: l.bytes }]
      const result = LineEvaluation.evaluateText(engine, plan, undefined, new TextDecoder().decode(l.bytes))
      return result === undefined ? [] : [{ line: l.line, size: l.size, result }]
    })
    expect(oneByOne.filter((o) => "result" in o && o.result._tag === "evaluated").length).toBe(151)
    for (const together of [1, 2, 64]) {
      expect(LineEvaluation.evaluateLines(engine, plan, undefined, lines, together)).toStrictEqual(oneByOne)
    }
  })

  it("evaluates again, on a new worker, the batch of a worker that died mid-batch: nothing is lost", async () => {
    const dir = mkdtempSync(join(tmpdir(), "anquan-parallel-"))
    process.env.ANQUAN_PARALLEL_TEST_MARKER = join(dir, "died")
    try {
      const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify(record(i + 1, { employees: i === 250 ? 666 : i % 150 })))
      const bytes = ndjson(lines)
      const s = stats()
      const got = await collect(bytes, { batchBytes: 2048 }, s)
      expect(s.workerDeaths).toBe(1)
      expect(s.retried).toBeGreaterThanOrEqual(1)
      expect(got).toStrictEqual(oneThread(bytes, 1 << 20))
    } finally {
      delete process.env.ANQUAN_PARALLEL_TEST_MARKER
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it("rejects by line every record of a batch whose worker died twice, and evaluates the rest", async () => {
    const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify(record(i + 1, { employees: i === 150 ? 667 : i % 150 })))
    lines.splice(149, 0, "") // a blank line in the lost batch stays blank
    const bytes = ndjson(lines)
    const s = stats()
    const got = await collect(bytes, { batchBytes: 1024 }, s)
    const expected = oneThread(bytes, 1 << 20)
    expect(got.length).toBe(expected.length)
    expect(s.workerDeaths).toBe(2)
    const lost = got.filter((g) => g.result._tag === "rejected")
    expect(lost.map((g) => g.line)).toContain(152)
    expect(lost.length).toBeGreaterThan(1)
    for (const g of lost) {
      expect(g.result).toMatchObject({ issues: [{ path: [], message: expect.stringMatching(/^not evaluated: the worker thread evaluating lines \d+–\d+ stopped twice \(exit code 9, then 9\)/) }] })
    }
    // every other line exactly as one thread evaluates it
    const lostLines = new Set(lost.map((g) => g.line))
    expect(got.filter((g) => !lostLines.has(g.line))).toStrictEqual(expected.filter((e) => !lostLines.has(e.line)))
    expect(got.map((g) => g.line)).toStrictEqual(expected.map((e) => e.line))
  })

  it("reads no more than workers × batchesPerWorker batches ahead of the consumer", async () => {
    let produced = 0
    function* source() {
      for (let i = 1; i <= 5000; i++) {
        produced++
        yield enc.encode(JSON.stringify(record(i)) + "\n")
      }
    }
    const s = stats()
    const it = Parallel.evaluateLinesWithStats(source(), { packs, asOf, workers: 2, batchesPerWorker: 2, batchBytes: 1024 }, s)
    let consumed = 0
    for await (const _ of it) {
      if (++consumed === 20) break
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
    // 2 workers × 2 batches of ~1 KiB (≈ 6 records each), and the chunk being cut
    expect(s.maxBatchesInFlight).toBeLessThanOrEqual(4)
    expect(produced).toBeLessThan(80)
  })

  it("sends a JSON pack by its JSON, and refuses a pack object that is code with how to give it", async () => {
    const text = (zh: string, en: string) => ({ "zh-CN": zh, en })
    const jsonPack = Pack.fromJson({
      id: "headcount",
      name: text("人数", "Headcount"),
      version: "0.1.0",
      factsKey: "headcount",
      facts: { "facts.staff": { type: "integer", label: text("人数", "staff") } },
      rules: [{
        id: "headcount/over-100",
        title: text("人数超限", "Over 100"),
        message: text("测试夹具：人数超过100", "Test fixture: more than 100 staff"),
        remediation: text("减员", "Fewer staff"),
        citation: { document: "industry-trade-major-hazard-2023", article: 3, item: 1, verified: false },
        severity: "major",
        effective: { from: "2020-01-01" },
        violationWhen: { op: ">", left: { fact: "facts.staff" }, right: { value: 100 } }
      }]
    })
    const records = [1, 2, 3].map((i) => JSON.stringify(record(i, { facts: { headcount: { staff: i * 60 } } })))
    const got = await collect(ndjson(records), { packs: [jsonPack] })
    const jsonEngine = Engine.make({ packs: [jsonPack] })
    expect(got.map((g) => g.result)).toStrictEqual(records.map((r, i) => jsonEngine.evaluateRecord(JSON.parse(r), i, jsonEngine.plan(asOf))))
    expect(got.map((g) => g.result._tag === "evaluated" && g.result.verdict)).toStrictEqual(["no-violation", "major-hazard", "major-hazard"])
    await expect(collect(ndjson(records), { packs: [parallelTestPack] })).rejects.toThrow(/is code and cannot be sent to a worker thread: give it as \{ module, export \}/)
  })

  it("a worker compiles from the compile cache it is given (the main thread's, which a worker thread does not inherit) and still evaluates", async () => {
    const dir = mkdtempSync(join(tmpdir(), "anquan-worker-cache-"))
    try {
      const setup = { packs, config: undefined, asOf, include: undefined, render: undefined, compileCache: dir }
      const worker = new Worker(new URL("../src/parallel/worker.ts", import.meta.url), { workerData: setup })
      const outcomes = await new Promise<ReadonlyArray<{ readonly line: number }>>((resolve, reject) => {
        worker.on("error", reject)
        worker.on("message", (m: { _tag: string; outcomes?: ReadonlyArray<{ readonly line: number }>; message?: string }) => {
          if (m._tag === "failed") reject(new Error(m.message))
          else if (m._tag === "ready") worker.postMessage({ seq: 0, firstLine: 1, bytes: ndjson([JSON.stringify(record(1)), JSON.stringify(record(2))]) })
          else resolve(m.outcomes!)
        })
      })
      await worker.terminate()
      expect(outcomes.map((o) => o.line)).toStrictEqual([1, 2])
      // the worker wrote its modules' compiled code there (under a directory of Node's version), once ready
      const written = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
      expect(written.length).toBeGreaterThan(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
