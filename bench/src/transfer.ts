/**
 * `node bench/src/transfer.ts [--n 4000]` — what it costs to bring a worker thread's results back to
 * the main thread (`@anquan/core/parallel`), per record, on generated records evaluated with every
 * shipped pack, in batches as a worker returns them (64 KiB of input each):
 *
 * - structured clone (what `postMessage` does): `v8.serialize` on the worker, `v8.deserialize` on
 *   the main thread (the same serializer `postMessage` uses);
 * - the same without the rules' fixed texts (what `@anquan/core/parallel` sends): `compactResult` +
 *   `v8.serialize` on the worker, `v8.deserialize` + `expandResult` on the main thread;
 * - the output line made on the worker (`check --workers --format ndjson`): the record's NDJSON text
 *   and only what the report counts, `v8.serialize` on the worker, `v8.deserialize` + numbering the
 *   line on the main thread (which then only writes it; without workers it makes that text itself);
 * - JSON in a transferred buffer: `JSON.stringify` + `TextEncoder.encode` on the worker (the
 *   `ArrayBuffer` is then moved, not copied), `TextDecoder.decode` + `JSON.parse` on the main thread.
 *
 * The main thread's share is what limits N workers; the bytes are what crosses. Prints the figures.
 */
import { deserialize, serialize } from "node:v8"
import { Engine } from "@anquan/core"
import type { Registry } from "@anquan/core"
import type { RecordResult } from "@anquan/core"
import { BENCH_AS_OF, makeGenerator } from "./generate.ts"
import { installedPacks } from "./packs.ts"

// the compact forms the workers send (internal: not part of the package's API), by URL: outside this package's sources
const internal: string = new URL("../../packages/core/src/parallel/LineEvaluation.ts", import.meta.url).href
const { compactResult, countedPart, expandResult, rulesByVersion } = (await import(internal)) as {
  compactResult: (r: RecordResult, rules: unknown) => RecordResult
  countedPart: (r: RecordResult) => RecordResult
  expandResult: (r: RecordResult, rules: unknown) => RecordResult
  rulesByVersion: (registry: Registry.Registry) => unknown
}
const n = Number(process.argv[process.argv.indexOf("--n") + 1] || 4000)
const gen = makeGenerator({ seed: 20261123 })
const engine = Engine.make({ packs: installedPacks })
const plan = engine.plan(BENCH_AS_OF)
const batches: Array<Array<{ line: number; size: number; result: RecordResult }>> = []
let batch: Array<{ line: number; size: number; result: RecordResult }> = []
let bytes = 0
let inputBytes = 0
for (let i = 0; i < n; i++) {
  const text = JSON.stringify(gen.record(i))
  inputBytes += text.length + 1
  batch.push({ line: i + 1, size: text.length + 1, result: engine.evaluateRecord(JSON.parse(text), 0, plan) })
  bytes += text.length + 1
  if (bytes >= 64 * 1024) {
    batches.push(batch)
    batch = []
    bytes = 0
  }
}
if (batch.length > 0) batches.push(batch)

const time = (f: () => void): number => {
  for (let w = 0; w < 3; w++) f()
  const runs: Array<number> = []
  for (let r = 0; r < 7; r++) {
    const t = performance.now()
    f()
    runs.push(performance.now() - t)
  }
  return runs.sort((a, b) => a - b)[3]!
}
const enc = new TextEncoder()
const dec = new TextDecoder()
const cloned = batches.map((b) => serialize(b))
const json = batches.map((b) => enc.encode(JSON.stringify(b)))
const rules = rulesByVersion(engine.registry)
const compact = batches.map((b) => serialize(b.map((o) => ({ ...o, result: compactResult(o.result, rules) }))))
const compactOut = time(() => batches.forEach((b) => serialize(b.map((o) => ({ ...o, result: compactResult(o.result, rules) })))))
const compactIn = time(() => compact.forEach((b) => (deserialize(b) as typeof batches[number]).forEach((o) => expandResult(o.result, rules))))
const rendered = (b: typeof batches[number]) =>
  serialize(b.map((o) => ({ line: o.line, size: o.size, result: countedPart(o.result), text: JSON.stringify({ ...o.result, index: -1, source: { file: "/data/records.ndjson", line: o.line } }) + "\n" })))
const renderedBytes = batches.map(rendered)
const renderedOut = time(() => batches.forEach(rendered))
const renderedIn = time(() => renderedBytes.forEach((b, k) => (deserialize(b) as Array<{ text: string }>).forEach((o, i) => o.text.replace("\"index\":-1,", `"index":${k * 100 + i},`))))
const cloneOut = time(() => batches.forEach((b) => serialize(b)))
const cloneIn = time(() => cloned.forEach((b) => deserialize(b)))
const jsonOut = time(() => batches.forEach((b) => enc.encode(JSON.stringify(b))))
const jsonIn = time(() => json.forEach((b) => JSON.parse(dec.decode(b))))
const parseInput = (() => {
  const lines = Array.from({ length: Math.min(n, 4000) }, (_, i) => JSON.stringify(gen.record(i)))
  return (time(() => lines.forEach((l) => JSON.parse(l))) / lines.length) * n
})()
const us = (ms: number) => ((ms * 1000) / n).toFixed(1)
const mb = (xs: ReadonlyArray<Uint8Array>) => (xs.reduce((s, x) => s + x.length, 0) / 1e6).toFixed(1)
console.log(`${n} records (${(inputBytes / 1e6).toFixed(1)} MB of NDJSON) in ${batches.length} batches of 64 KiB; µs per record (median of 7 passes):`)
console.log(`  structured clone:          worker ${us(cloneOut)}  main ${us(cloneIn)}  (${mb(cloned)} MB cross)`)
console.log(`  compact structured clone:  worker ${us(compactOut)}  main ${us(compactIn)}  (${mb(compact)} MB cross)`)
console.log(`  output line made on worker: worker ${us(renderedOut)}  main ${us(renderedIn)}  (${mb(renderedBytes)} MB cross)`)
console.log(`  JSON in a moved buffer:    worker ${us(jsonOut)}  main ${us(jsonIn)}  (${mb(json)} MB cross)`)
console.log(`  for scale, JSON.parse of the input line: ${us(parseInput)}`)
