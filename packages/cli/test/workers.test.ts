// `anquan check --workers N`: NDJSON evaluated on worker threads gives the output of the main thread,
// byte for byte, in every output format, on generated records with hostile lines among them.
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { check, installedPacks } from "../src/index.ts"
import type { OutputFormat } from "../src/index.ts"
import { workerPackSources } from "../src/input/parallel.ts"

const dir = mkdtempSync(join(tmpdir(), "anquan-workers-"))
// the benchmark's generator (bench/src/generate.ts), imported by URL: it is outside this package's sources
const generator: string = new URL("../../../bench/src/generate.ts", import.meta.url).href
const { makeGenerator } = (await import(generator)) as {
  makeGenerator: (o: { seed: number; badShare: number }) => { record: (i: number) => unknown }
}
const gen = makeGenerator({ seed: 20261207, badShare: 0.02 })
const lines: Array<Buffer> = []
for (let i = 0; i < 400; i++) lines.push(Buffer.from(JSON.stringify(gen.record(i))))
// hostile lines: not JSON, blank, a byte-order mark, __proto__ keys, a line over --max-line-bytes, a
// line that is not UTF-8 but GB18030 (decoded on the main thread, with its warning), a record that does not decode
const hostile: Array<[number, Buffer]> = [
  [3, Buffer.from("{not json")],
  [7, Buffer.from("")],
  [11, Buffer.from("\uFEFF" + JSON.stringify(gen.record(5000)))],
  [13, Buffer.from(JSON.stringify(gen.record(5001)).replace("{", "{\"__proto__\":{\"employees\":1},\"constructor\":{\"prototype\":{\"x\":1}},"))],
  [17, Buffer.from(JSON.stringify({ ...(gen.record(5002) as object), name: "x".repeat(300_000) }))],
  [19, Buffer.concat([Buffer.from("{\"creditCode\":\""), Buffer.from([0xb0, 0xb2, 0xc8, 0xab]), Buffer.from("\"}")])],
  [23, Buffer.from("{\"creditCode\": 42}")],
  [300, Buffer.from("[1,2")]
]
for (const [at, b] of hostile) lines.splice(at - 1, 0, b)
const input = join(dir, "records.ndjson")
writeFileSync(input, Buffer.concat(lines.flatMap((l) => [l, Buffer.from("\n")])))

const run = async (format: OutputFormat, workers?: number, packs = installedPacks) => {
  // the worker threads started (Node emits 'worker' on the process for each): the check really ran on them
  let started = 0
  const counted = () => void started++
  process.on("worker", counted)
  let out = ""
  const warnings: Array<string> = []
  const result = await check({
    input, packs, asOf: "2026-11-23", format, locale: "zh-CN", read: { maxLineBytes: 200_000 },
    write: (s) => (out += s), warn: (w) => warnings.push(w), progress: { tick: () => {}, done: () => {} },
    ...(workers === undefined ? {} : { workers })
  }).finally(() => process.off("worker", counted))
  return { exitCode: result.exitCode, out, warnings, report: result.report, started }
}

// each run with workers starts its threads, which load every pack from source: seconds on a loaded machine
describe("anquan check --workers", { timeout: 60_000 }, () => {
  for (const [format, workers] of [["ndjson", 2], ["json", 1], ["table", 1], ["html", 1]] as const) {
    it(`writes the same ${format} with --workers ${workers} as on the main thread`, async () => {
      const one = await run(format)
      const many = await run(format, workers)
      expect([one.started, many.started]).toStrictEqual([0, workers])
      expect(many.exitCode).toBe(one.exitCode)
      expect(many.warnings).toStrictEqual(one.warnings)
      expect(many.out.length).toBe(one.out.length)
      expect(many.out === one.out).toBe(true)
      expect(many.report).toStrictEqual(one.report)
      if (format === "ndjson") {
        // the hostile lines are rejected by their numbers, the rest evaluated
        const rejected = one.report.rejected.map((r) => r.source.line)
        for (const line of [3, 17, 23, 300]) expect(rejected).toContain(line)
        expect(one.report.totals.records).toBe(lines.length - 1)
        expect(one.warnings.join("\n")).toMatch(/GB18030/)
      }
    })
  }

  it("loads each installed pack on a worker from its own module, and only the packs of the check: the same output", async () => {
    const sources = workerPackSources(installedPacks)
    expect(sources.map((s) => "id" in s && s.id)).toStrictEqual(installedPacks.map((p) => p.id))
    for (const [i, s] of sources.entries()) {
      const module = (s as { readonly module: string }).module
      expect(module).toMatch(new RegExp(`/workerPacks/${installedPacks[i]!.id}\\.ts$`))
      // the module exports that very pack (the one this thread has), under the name the worker is told
      expect(((await import(module)) as Record<string, unknown>)[(s as { readonly export: string }).export]).toBe(installedPacks[i])
    }
    const two = installedPacks.filter((p) => p.id === "hazchem" || p.id === "construction")
    const one = await run("ndjson", undefined, two)
    const many = await run("ndjson", 2, two)
    expect(many.started).toBe(2)
    expect(many.exitCode).toBe(one.exitCode)
    expect(many.out === one.out).toBe(true)
    expect(many.report).toStrictEqual(one.report)
  })

  it("refuses a bad worker count before reading anything", async () => {
    await expect(run("ndjson", 0)).rejects.toThrow(/--workers must be a whole number ≥ 1, got 0/)
  })
})
