/**
 * Child process: the hazchem pack's 20 item rules against its peers, on the same records.
 *
 * - **anquan**: the core engine with the hazchem pack, its 10 GB 30871 permit rules disabled by
 *   config so exactly the 20 item rules run; timed is `Engine.stages(engine).evaluate` over the
 *   records decoded beforehand (rules, finding objects, counts, verdict — no decoding).
 * - **json-rules-engine**: the 20 rules in its JSON format (`peers/hazchem-rules.json`) over the
 *   flat fact record of each enterprise (`peers/flatten.ts`), one engine instance reused; timed is
 *   `await engine.run(flat)`.
 * - **hand-written (flat)**: 20 plain predicates over the same flat records; timed is the loop.
 * - **hand-written (nested)**: the same predicates fused with the flattening, over the decoded
 *   records the engine's rules receive.
 * - **hand-written (tight)**: the same 20 items decided straight from the decoded records, written
 *   for speed (`handWrittenTight`: plain loops, no closure or object per record, no `Date.parse`,
 *   each item stopping at its first breach) — the practical limit for the same input and work,
 *   and the figure anquan is compared with (`slowdownVsHandWritten`).
 *
 * The flat records are built (untimed for the evaluation comparison, timed separately) from the
 * wire JSON. All four must agree on which items each enterprise violates; disagreements are
 * counted separately for records whose facts are complete (no item rule indeterminate).
 */
import { readFileSync } from "node:fs"
import { Engine } from "@anquan/core"
import type { EvaluatedRecord, PlannedRule, RejectedRecord, Subject } from "@anquan/core"
import { hazchemPack } from "@anquan/pack-hazchem"
import { Engine as JreEngine } from "json-rules-engine"
import type { RuleProperties } from "json-rules-engine"
import { BENCH_AS_OF } from "../generate.ts"
import { type FlatHazchem, flattenHazchem, handWritten, handWrittenTight, itemOf, itemsOfMask } from "../peers/flatten.ts"
import type { PeersReport } from "../reports.ts"
import { args, lineOffsets, load, peakRssMb } from "../util.ts"

const a = args()
const file = a.get("file")!
const runs = Number(a.get("runs") ?? 5)
const asOf = a.get("as-of") ?? BENCH_AS_OF
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})
const loadBefore = load()

const permitRules = hazchemPack.rules.map((r) => r.id).filter((id) => itemOf(id) === 0)
const engine = Engine.make({
  packs: [hazchemPack],
  config: [{ name: "bench: the 20 items only", level: "deployment", rules: Object.fromEntries(permitRules.map((id) => [id, { enabled: false }])) }]
})
const plan = engine.plan(asOf)
const st = Engine.stages(engine)
// the as-of day as a number, once (the tight loop takes it so)
const asOfMs = Date.parse(`${asOf}T00:00:00Z`)
if (plan.rules.length !== 20) throw new Error(`expected the 20 item rules in the plan, got ${plan.rules.length}`)

const buf = readFileSync(file)
const offs = lineOffsets(buf)
const raw: Array<any> = []
for (let k = 0; k < offs.length; k += 2) raw.push(JSON.parse(buf.toString("utf8", offs[k]!, offs[k + 1]!)))

interface Decoded {
  readonly enterprise: any
  readonly rules: ReadonlyArray<PlannedRule>
  readonly subjects: ReadonlyArray<Subject | undefined>
  readonly facts: unknown
}
const decoded: Array<Decoded> = []
const records: Array<any> = []
for (let i = 0; i < raw.length; i++) {
  const e = st.decodeRecord(raw[i], i)
  if ((e as RejectedRecord)._tag === "rejected") continue
  const rules = st.select(e as any, plan)
  if (rules.length === 0) continue
  const subjects = st.decodeFacts(e as any, rules, i)
  if (!Array.isArray(subjects)) continue
  decoded.push({ enterprise: e, rules, subjects, facts: subjects[0]?.facts })
  records.push(raw[i])
}
const n = decoded.length
const stripUndefined = (x: FlatHazchem): FlatHazchem => {
  const o: Record<string, unknown> = {}
  for (const k in x) if ((x as unknown as Record<string, unknown>)[k] !== undefined) o[k] = (x as unknown as Record<string, unknown>)[k]
  return o as unknown as FlatHazchem
}
const tFlat = performance.now()
const flats = records.map((r) => stripUndefined(flattenHazchem(r, r.facts?.hazchem, asOf)))
const flattenOnceMs = performance.now() - tFlat

const rulesJson = JSON.parse(readFileSync(new URL("../peers/hazchem-rules.json", import.meta.url), "utf8")) as Array<RuleProperties>
const jre = new JreEngine(rulesJson, { allowUndefinedFacts: true })

// --- cross-check -------------------------------------------------------------------------------
const ours: Array<EvaluatedRecord> = decoded.map((d, i) => st.evaluate(d.enterprise, d.subjects, d.rules, i, plan))
const key = (items: ReadonlyArray<number>) => [...items].sort((x, y) => x - y).join(",")
let complete = 0, disagreeComplete = 0, disagreeIncomplete = 0, recordsWithViolation = 0, violationsOurs = 0
const examples: Array<unknown> = []
for (let i = 0; i < n; i++) {
  const o = ours[i]!
  const oursItems = o.findings.filter((f) => f.outcome === "violation").map((f) => itemOf(f.ruleId))
  const res = await jre.run(flats[i] as unknown as Record<string, unknown>)
  const jreItems = res.events.map((e) => (e.params as { item: number }).item)
  const flatItems = itemsOfMask(handWritten(flats[i]!))
  const nestedItems = itemsOfMask(handWritten(flattenHazchem(decoded[i]!.enterprise, decoded[i]!.facts, asOf)))
  const tightItems = itemsOfMask(handWrittenTight(decoded[i]!.enterprise, decoded[i]!.facts, asOfMs))
  const isComplete = o.counts.indeterminate === 0 && o.counts.error === 0
  if (isComplete) complete++
  if (oursItems.length > 0) recordsWithViolation++
  violationsOurs += oursItems.length
  const ks = [key(oursItems), key(jreItems), key(flatItems), key(nestedItems), key(tightItems)]
  if (ks.some((k) => k !== ks[0])) {
    if (isComplete) disagreeComplete++
    else disagreeIncomplete++
    if (examples.length < 5) examples.push({ index: i, creditCode: o.subject.creditCode, complete: isComplete, anquan: ks[0], jsonRulesEngine: ks[1], handWrittenFlat: ks[2], handWrittenNested: ks[3], handWrittenTight: ks[4] })
  }
}

// --- timing ------------------------------------------------------------------------------------
let sink = 0
const timeOurs = (): number => {
  const t = performance.now()
  for (let i = 0; i < n; i++) {
    const d = decoded[i]!
    sink += st.evaluate(d.enterprise, d.subjects, d.rules, i, plan).findings.length
  }
  return performance.now() - t
}
const timeJre = async (): Promise<number> => {
  const t = performance.now()
  for (let i = 0; i < n; i++) sink += (await jre.run(flats[i] as unknown as Record<string, unknown>)).events.length
  return performance.now() - t
}
const timeFlat = (): number => {
  const t = performance.now()
  for (let i = 0; i < n; i++) sink ^= handWritten(flats[i]!)
  return performance.now() - t
}
const timeNested = (): number => {
  const t = performance.now()
  for (let i = 0; i < n; i++) sink ^= handWritten(flattenHazchem(decoded[i]!.enterprise, decoded[i]!.facts, asOf))
  return performance.now() - t
}
const timeTight = (): number => {
  const t = performance.now()
  for (let i = 0; i < n; i++) {
    const d = decoded[i]!
    sink ^= handWrittenTight(d.enterprise, d.facts, asOfMs)
  }
  return performance.now() - t
}
const timeFlatten = (): number => {
  const t = performance.now()
  for (let i = 0; i < n; i++) sink ^= flattenHazchem(records[i], records[i].facts?.hazchem, asOf).storageAreasInBreach
  return performance.now() - t
}

// Warm-up until the JIT has settled: every contender over everything, the cheap ones five times,
// json-rules-engine (~1.5 s a pass) twice. Then interleaved timed runs, back to back, with V8's
// garbage collector running as it does in a real pipeline — no forced collection before a run:
// a forced full collection costs the next pass of anquan ~1.5–2× (V8 drops the hidden classes of
// objects of which no instance is alive and deoptimises the code compiled against them, which then
// warms up again), and the pipeline never forces one (the 100k end-to-end run has two full
// collections in all). That penalty is measured separately below (`afterForcedGc`).
for (let w = 0; w < 5; w++) {
  timeOurs()
  if (w < 2) await timeJre()
  for (let k = 0; k < 20; k++) timeFlat()
  timeNested()
  timeTight()
  timeFlatten()
}
const times = { anquan: [] as Array<number>, jsonRulesEngine: [] as Array<number>, handWrittenFlat: [] as Array<number>, handWrittenNested: [] as Array<number>, handWrittenTight: [] as Array<number>, flatten: [] as Array<number> }
for (let r = 0; r < runs; r++) {
  times.anquan.push(timeOurs())
  times.jsonRulesEngine.push(await timeJre())
  // the flat loop is ~µs per pass: time 50 passes and divide, so the timer's resolution does not matter
  const t50 = (() => {
    let ms = 0
    for (let k = 0; k < 50; k++) ms += timeFlat()
    return ms / 50
  })()
  times.handWrittenFlat.push(t50)
  times.handWrittenNested.push(timeNested())
  times.handWrittenTight.push(timeTight())
  times.flatten.push(timeFlatten())
}
// the same two evaluators over the decoded records, each pass right after a forced full collection
const afterForcedGc = { anquan: [] as Array<number>, handWrittenNested: [] as Array<number> }
for (let r = 0; r < runs; r++) {
  gc()
  afterForcedGc.anquan.push(timeOurs())
  gc()
  afterForcedGc.handWrittenNested.push(timeNested())
}

console.log(JSON.stringify({
  records: n,
  rules: 20,
  ruleEvaluations: n * 20,
  flattenOnceMs,
  times,
  afterForcedGc,
  crossCheck: { records: n, complete, disagreeComplete, disagreeIncomplete, recordsWithViolation, violations: violationsOurs, examples },
  sink,
  peakRssMb: peakRssMb(),
  load: { before: loadBefore, after: load() }
} satisfies PeersReport))
