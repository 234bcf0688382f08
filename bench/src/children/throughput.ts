/**
 * Child process: decode + evaluate throughput of the core engine (every shipped pack).
 *
 * `--mode stages`: the NDJSON file is read into one buffer, then each pass takes the records in
 * batches of 256 through the stages one after the other — JSON.parse, decode (the enterprise
 * profile), select, decode facts (each pack's section), evaluate, report — timing each stage over
 * the batch, so timer overhead is negligible. The stages are the engine's own (`Engine.stages`),
 * exactly what `evaluateRecord` runs.
 *
 * `--mode e2e`: the real pipeline, record by record: the file is streamed from disk in 4 MB chunks,
 * each line parsed, `engine.evaluateRecord`, `builder.add`, and the report built at the end. Its
 * peak RSS is the memory figure of the run. Each pass is followed by a pass that reads the file
 * the same way and only `JSON.parse`s each line (`parseOnlyMs`): end to end ÷ that is
 * `endToEndOverJsonParse`.
 *
 * Both warm up on the first `--warmup` records, then time `--runs` full passes; prints one JSON line.
 */
import { readFileSync } from "node:fs"
import { Engine } from "@anquan/core"
import type { Enterprise, PlannedRule, RecordResult, RejectedRecord, Subject } from "@anquan/core"
import { BENCH_AS_OF } from "../generate.ts"
import { installedPacks } from "../packs.ts"
import type { EndToEndPass, EndToEndReport, StagePass, StagesReport } from "../reports.ts"
import { args, forEachLine, lineOffsets, load, peakRssMb } from "../util.ts"

const a = args()
const file = a.get("file")!
const mode = a.get("mode") ?? "stages"
const runs = Number(a.get("runs") ?? 5)
const warmup = Number(a.get("warmup") ?? 5000)
const asOf = a.get("as-of") ?? BENCH_AS_OF
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})

const tMake = performance.now()
const engine = Engine.make({ packs: installedPacks })
const plan = engine.plan(asOf)
const makeMs = performance.now() - tMake
const st = Engine.stages(engine)

const isRejected = (x: unknown): x is RejectedRecord => (x as { _tag?: unknown } | undefined)?._tag === "rejected"


const stagesPass = (buf: Buffer, offs: Float64Array, count: number): StagePass => {
  const B = 256
  const parsed: Array<unknown> = new Array(B)
  const ents: Array<Enterprise | RejectedRecord> = new Array(B)
  const rules: Array<ReadonlyArray<PlannedRule> | undefined> = new Array(B)
  const subjects: Array<ReadonlyArray<Subject | undefined> | RejectedRecord | undefined> = new Array(B)
  const results: Array<RecordResult> = new Array(B)
  const builder = engine.reportBuilder(plan, false)
  const p: StagePass = { parse: 0, decode: 0, select: 0, decodeFacts: 0, evaluate: 0, report: 0, records: 0, evaluated: 0, rejected: 0, ruleEvaluations: 0, violations: 0 }
  for (let base = 0; base < count; base += B) {
    const m = Math.min(B, count - base)
    let t0 = performance.now()
    for (let j = 0; j < m; j++) {
      const k = (base + j) * 2
      parsed[j] = JSON.parse(buf.toString("utf8", offs[k]!, offs[k + 1]!))
    }
    let t1 = performance.now()
    p.parse += t1 - t0
    for (let j = 0; j < m; j++) ents[j] = st.decodeRecord(parsed[j], base + j)
    t0 = performance.now()
    p.decode += t0 - t1
    for (let j = 0; j < m; j++) {
      const e = ents[j]!
      rules[j] = isRejected(e) ? undefined : st.select(e, plan)
    }
    t1 = performance.now()
    p.select += t1 - t0
    for (let j = 0; j < m; j++) {
      const e = ents[j]!
      subjects[j] = isRejected(e) ? undefined : st.decodeFacts(e, rules[j]!, base + j)
    }
    t0 = performance.now()
    p.decodeFacts += t0 - t1
    for (let j = 0; j < m; j++) {
      const e = ents[j]!
      const s = subjects[j]
      results[j] = isRejected(e) ? e : isRejected(s) ? s : st.evaluate(e, s!, rules[j]!, base + j, plan)
    }
    t1 = performance.now()
    p.evaluate += t1 - t0
    for (let j = 0; j < m; j++) builder.add(results[j]!)
    t0 = performance.now()
    p.report += t0 - t1
  }
  const t = performance.now()
  const report = builder.build()
  p.report += performance.now() - t
  p.records = report.totals.records
  p.evaluated = report.totals.evaluated
  p.rejected = report.totals.rejected
  p.ruleEvaluations = report.totals.findings
  p.violations = report.byOutcome.violation
  return p
}

const e2ePass = (limit: number): EndToEndPass => {
  const t = performance.now()
  const builder = engine.reportBuilder(plan, false)
  let i = 0
  const { bytes } = forEachLine(file, (line) => {
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (e) {
      builder.add({ _tag: "rejected", index: i, id: undefined, issues: [{ path: [], message: `invalid JSON: ${(e as Error).message}` }] })
      i++
      return
    }
    builder.add(engine.evaluateRecord(value, i++, plan))
  }, limit)
  const report = builder.build()
  return { ms: performance.now() - t, records: report.totals.records, bytes, ruleEvaluations: report.totals.findings, evaluated: report.totals.evaluated, rejected: report.totals.rejected }
}

/** The same reading as {@link e2ePass} with `JSON.parse` of each line and nothing else: what the pipeline costs over. */
const parseOnlyPass = (): number => {
  const t = performance.now()
  let keys = 0
  forEachLine(file, (line) => {
    try {
      if (typeof JSON.parse(line) === "object") keys++
    } catch {
      // counted as nothing: the pipeline rejects it
    }
  })
  if (keys < 0) throw new Error("unreachable")
  return performance.now() - t
}

const loadBefore = load()
if (mode === "stages") {
  const tRead = performance.now()
  const buf = readFileSync(file)
  const offs = lineOffsets(buf)
  const readMs = performance.now() - tRead
  const n = offs.length / 2
  stagesPass(buf, offs, Math.min(n, warmup))
  const passes: Array<StagePass> = []
  for (let r = 0; r < runs; r++) {
    gc()
    passes.push(stagesPass(buf, offs, n))
  }
  console.log(JSON.stringify({ mode: "stages", records: n, bytes: buf.length, readMs, makeMs, passes, peakRssMb: peakRssMb(), load: { before: loadBefore, after: load() } } satisfies StagesReport))
} else {
  e2ePass(warmup)
  const passes: Array<EndToEndPass> = []
  const parseOnlyMs: Array<number> = []
  for (let r = 0; r < runs; r++) {
    gc()
    passes.push(e2ePass(Number.POSITIVE_INFINITY))
    gc()
    parseOnlyMs.push(parseOnlyPass())
  }
  console.log(JSON.stringify({ mode: "e2e", makeMs, passes, parseOnlyMs, peakRssMb: peakRssMb(), load: { before: loadBefore, after: load() } } satisfies EndToEndReport))
}
