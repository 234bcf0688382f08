/**
 * The explaining path of rules written in the rule language: ns per explained evaluation, per pack
 * and for the rules that cost most, over the benchmark generator's records and mutants of them.
 *
 *   node --expose-gc bench/src/explain.ts [--pack <id>] [--records 400] [--passes 7] [--top 4] [--rule <id>] [--problems-only] [--dump <file>]
 *
 * Per pack it times, fastest of `--passes` passes (median beside it), the evaluations the engine explains
 * (`include: "problems"`: those whose quick answer is a violation or indeterminate) and every
 * evaluation explained (`include: "all"`), then the rules with the most time in the first set. With
 * `--expose-gc` it also counts the garbage collections during the passes. Prints figures only.
 * `--dump <file>` writes every explained outcome (JSON, one a line) and times nothing: two dumps,
 * before and after a change to the explaining path, must be the same file. It also checks that each
 * problem is explained alike whether or not the rule is told the quick kind (`RuleContext.quickKind`,
 * as the engine tells it), and exits 1 when not.
 */
import { writeFileSync } from "node:fs"
import { Engine } from "@anquan/core"
import type { RuleContext } from "@anquan/core"
import { BENCH_AS_OF, makeGenerator } from "./generate.ts"
import type { Json, PrimarySector } from "./generate.ts"
import { installedPacks } from "./packs.ts"
import { splitmix32Unit } from "./prng.ts"

const argv = process.argv.slice(2)
const opt = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`)
  return i < 0 ? undefined : argv[i + 1]
}
const SECTORS: Readonly<Record<string, ReadonlyArray<PrimarySector>>> = {
  "work-safety-law": ["industry-trade", "hazardous-chemicals", "construction", "fireworks", "transport", "metal-smelting", "non-coal-mine", "gas"],
  hazchem: ["hazardous-chemicals"],
  fireworks: ["fireworks"],
  construction: ["construction"]
}
/** `--dump` also covers the other packs written in the rule language (their sectors), so a change to the compiler is checked over every pack. */
const DUMP_SECTORS: Readonly<Record<string, ReadonlyArray<PrimarySector>>> = {
  ...SECTORS,
  "industry-trade": ["industry-trade", "metal-smelting"],
  "coal-mine": ["non-coal-mine"],
  "noncoal-mine": ["non-coal-mine"],
  "special-equipment": ["industry-trade"],
  "city-gas": ["gas"]
}
const only = opt("pack")
const recordCount = Number(opt("records") ?? 400)
const passes = Number(opt("passes") ?? 31)
const top = Number(opt("top") ?? 4)
const dump = opt("dump")
const onlyRule = opt("rule")
const dumped: Array<string> = []
/** Explained problems whose outcome differs when the rule is told the quick kind (`--dump` checks it). */
let unlike = 0

/** splitmix32, so the mutants depend only on the record's index. */
const rng = splitmix32Unit

/** A copy of the record with two of its facts (below the top-level sections) deleted or flipped: more violations and unknowns. */
const mutant = (record: Json, r: () => number): Json => {
  const copy = structuredClone(record) as Record<string, unknown>
  const places: Array<{ parent: any; key: string | number; value: unknown }> = []
  const walk = (v: unknown, depth: number) => {
    if (Array.isArray(v)) v.forEach((x, i) => (places.push({ parent: v, key: i, value: x }), walk(x, depth + 1)))
    else if (typeof v === "object" && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        if (depth > 0) places.push({ parent: v, key: k, value: x })
        walk(x, depth + 1)
      }
    }
  }
  for (const [k, v] of Object.entries(copy)) if (k !== "creditCode" && k !== "name" && k !== "jurisdiction" && k !== "sectors") walk(v, 0)
  for (let m = 0; m < 2 && places.length > 0; m++) {
    const p = places[Math.floor(r() * places.length)]!
    if (typeof p.value === "boolean") p.parent[p.key] = !p.value
    else if (!Array.isArray(p.parent)) delete p.parent[p.key]
  }
  return copy as Json
}

interface Call {
  readonly rule: { readonly id: string; readonly evaluate: (s: unknown, c: RuleContext<any>) => { readonly kind: string } }
  readonly subject: unknown
  readonly context: RuleContext<any>
}

const median = (xs: Array<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

let collections = 0
const gc = (globalThis as { gc?: () => void }).gc
if (gc !== undefined) {
  const { PerformanceObserver } = await import("node:perf_hooks")
  new PerformanceObserver((list) => { collections += list.getEntries().length }).observe({ entryTypes: ["gc"] })
}
const settle = () => new Promise((r) => setTimeout(r, 30))

for (const pack of installedPacks) {
  if (only !== undefined && pack.id !== only) continue
  const sectors = (dump === undefined ? SECTORS : DUMP_SECTORS)[pack.id]
  if (sectors === undefined) continue
  const engine = Engine.make({ packs: [pack] })
  const stages = Engine.stages(engine)
  const problems: Array<Call> = [], all: Array<Call> = []
  // a dump covers several as-of dates (entries dated after one are skipped), the timings one
  for (const asOf of dump === undefined ? [BENCH_AS_OF] : [BENCH_AS_OF, "2024-12-12", "2021-08-31", "2019-06-01"]) {
    const plan = engine.plan(asOf)
    const gen = makeGenerator({ seed: 7, asOf, sectorMix: sectors.map((s) => [s, 1] as const) })
    for (let i = 0; i < recordCount; i++) {
      const record = gen.record(i)
      for (const input of [record, mutant(record, rng(i)), mutant(record, rng(i + 1_000_003))]) {
        const e = stages.decodeRecord(input, i)
        if ((e as { _tag?: string })._tag === "rejected") continue
        const rules = stages.select(e as any, plan)
        const subjects = stages.decodeFacts(e as any, rules, i)
        if ((subjects as { _tag?: string })._tag === "rejected") continue
        for (const r of rules) {
          if (onlyRule !== undefined && r.rule.id !== onlyRule) continue
          const subject = (subjects as ReadonlyArray<unknown>)[r.packSlot]
          const call = { rule: r.rule as unknown as Call["rule"], subject, context: r.context }
          all.push(call)
          const kind = r.rule.evaluate(subject, r.quickContext).kind
          // as the engine asks: told the quick answer's kind
          if (kind !== "compliant" && kind !== "not-applicable") {
            problems.push({ ...call, context: kind === "violation" ? r.afterViolation : kind === "indeterminate" ? r.afterIndeterminate : r.context })
          }
        }
      }
    }
  }
  if (dump !== undefined) {
    for (const c of all) dumped.push(`${c.rule.id} ${JSON.stringify(c.rule.evaluate(c.subject, c.context))}`)
    // told the quick answer's kind (as the engine asks), a rule must explain exactly the same
    for (const c of problems) {
      const told = JSON.stringify(c.rule.evaluate(c.subject, c.context))
      const { quickKind: _told, ...untoldContext } = c.context
      const untold = JSON.stringify(c.rule.evaluate(c.subject, untoldContext))
      if (told !== untold) {
        unlike++
        if (unlike <= 5) process.stderr.write(`explain: ${c.rule.id} explains otherwise when told the quick kind:\n  ${told}\n  ${untold}\n`)
      }
    }
    continue
  }
  const run = (calls: ReadonlyArray<Call>) => {
    let sink = 0
    for (let i = 0; i < calls.length; i++) sink += calls[i]!.rule.evaluate(calls[i]!.subject, calls[i]!.context).kind.length
    return sink
  }
  /**
   * ns per call: the fastest of `--passes` passes over the calls (wall clock). On a shared, loaded
   * machine a pass is often interrupted; the fastest one is the cost without the interruptions (CPU
   * time is no better: it counts V8's background compiler and GC threads too).
   */
  const measure = async (calls: ReadonlyArray<Call>) => {
    for (let w = 0; w < 5; w++) run(calls)
    const times: Array<number> = []
    gc?.()
    await settle()
    const before = collections
    for (let k = 0; k < passes; k++) {
      const s = process.hrtime.bigint()
      run(calls)
      times.push(Number(process.hrtime.bigint() - s))
    }
    await settle()
    return { ns: Math.min(...times) / Math.max(1, calls.length), median: median(times) / Math.max(1, calls.length), gcs: collections - before, runs: passes }
  }
  const p = await measure(problems), a = argv.includes("--problems-only") ? { ns: 0, median: 0, gcs: 0, runs: 0 } : await measure(all)
  const out = (line: string) => process.stdout.write(`${line}\n`)
  out(`pack ${pack.id}: ${all.length} evaluations over ${recordCount} records and 2 mutants each, ${problems.length} explained by the engine`)
  out(`  explained problems: ${p.ns.toFixed(0)} ns per evaluation (fastest pass; median ${p.median.toFixed(0)})${gc === undefined ? "" : `, ${p.gcs} GCs in ${p.runs} passes`}`)
  if (a.runs > 0) out(`  every evaluation explained: ${a.ns.toFixed(0)} ns per evaluation (fastest pass; median ${a.median.toFixed(0)})${gc === undefined ? "" : `, ${a.gcs} GCs in ${a.runs} passes`}`)
  // the rules whose explained problems cost most
  const byRule = new Map<string, Array<Call>>()
  for (const c of problems) byRule.set(c.rule.id, [...(byRule.get(c.rule.id) ?? []), c])
  const costs: Array<{ id: string; n: number; ns: number }> = []
  for (const [id, calls] of byRule) {
    run(calls)
    const times: Array<number> = []
    for (let k = 0; k < 9; k++) {
      const s = process.hrtime.bigint()
      run(calls)
      times.push(Number(process.hrtime.bigint() - s))
    }
    const ns = Math.min(...times)
    costs.push({ id, n: calls.length, ns: ns / calls.length })
  }
  for (const c of costs.sort((x, y) => y.ns * y.n - x.ns * x.n).slice(0, top)) out(`    ${c.id.padEnd(56)} ${c.ns.toFixed(0).padStart(7)} ns × ${c.n}`)
}
if (dump !== undefined) {
  writeFileSync(dump, dumped.join("\n") + "\n")
  process.stderr.write(`explain: ${unlike} explained problems differ when told the quick kind\n`)
  if (unlike > 0) process.exitCode = 1
}
