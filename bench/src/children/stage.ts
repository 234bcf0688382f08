/**
 * Child process of `stage-vs-base.ts`: the evaluate stage alone over one NDJSON file, in whatever tree it is run
 * from (the working tree, or a base commit's extracted beside it: it uses only what every tree since 0.1.0 has —
 * `Engine.make`, `Engine.stages`, `bench/src/packs.ts`, `bench/src/generate.ts`'s `BENCH_AS_OF`, `bench/src/util.ts`'s
 * `args` and `median`).
 *
 *   node bench/src/children/stage.ts --file <ndjson> --packs <id,…> [--versions <file>] [--passes 7] [--as-of <date>]
 *   node bench/src/children/stage.ts --packs <id,…> --print-versions
 *
 * The records are parsed and decoded once (`decodeRecord`, `select`, `decodeFacts`), by decoders past their first
 * inputs (which a run decodes with effect's decoder, and evaluates once, before the rules' generated code takes
 * over: decoded here pass after pass, they would be no run's records); `--versions` keeps only the
 * rule versions it lists (`<id>@<effective from, ISO>`, one a line). Then, `--passes` times over, the stage one
 * record at a time (`Stages.evaluate`, `include: "problems"`, as `evaluateRecord` runs it) and, where the engine has
 * it, in batches of 256 (`Stages.evaluateDecoded`, as `Engine.evaluate` runs it), and the quick answers alone (every
 * planned rule asked for the outcome's kind only, as the engine first asks it): the main thread's CPU time,
 * median of the passes, µs a record. Prints one JSON line, with the counts that say both trees did the same work.
 */
import { readFileSync } from "node:fs"
import { Engine } from "@anquan/core"
import { BENCH_AS_OF } from "../generate.ts"
import { installedPacks } from "../packs.ts"
import { args, median } from "../util.ts"

const a = args()
const opt = a.get
const ids = (opt("packs") ?? "").split(",")
const packs = installedPacks.filter((p) => ids.includes(p.id))
if (packs.length !== ids.length) {
  process.stderr.write(`stage: packs ${JSON.stringify(ids)} asked, ${JSON.stringify(packs.map((p) => p.id))} installed here\n`)
  process.exit(2)
}
const key = (rule: { readonly id: string; readonly effective: { readonly from: Date } }) => `${rule.id}@${rule.effective.from.toISOString()}`
if (a.has("print-versions")) {
  const versions = new Set<string>()
  for (const p of packs) for (const r of p.rules) versions.add(key(r))
  process.stdout.write(`${[...versions].join("\n")}\n`)
  process.exit(0)
}
const versionsFile = opt("versions")
const allowed = versionsFile === undefined ? undefined : new Set(readFileSync(versionsFile, "utf8").split("\n").filter((l) => l.length > 0))
const passes = Number(opt("passes") ?? 7)
const engine = Engine.make({ packs })
const plan = engine.plan(opt("as-of") ?? BENCH_AS_OF)
// the stages' signatures have grown since 0.1.0 (`evaluateDecoded` is 0.2.0's): called as every version takes them
const st = Engine.stages(engine) as unknown as {
  decodeRecord: (input: unknown, index: number) => unknown
  select: (enterprise: unknown, plan: unknown) => ReadonlyArray<{ readonly rule: Parameters<typeof key>[0] }>
  decodeFacts: (enterprise: unknown, rules: ReadonlyArray<unknown>, index: number) => unknown
  evaluate: (enterprise: unknown, subjects: unknown, rules: ReadonlyArray<unknown>, index: number, plan: unknown) => { readonly findings: ReadonlyArray<unknown> }
  evaluateDecoded?: (records: ReadonlyArray<Decoded>, plan: unknown) => unknown
}
/** What every version's planned rule has: the rule, its pack's slot, its unit kinds and the context of a quick answer. */
interface Planned {
  readonly rule: { readonly evaluate: (subject: unknown, context: unknown) => unknown }
  readonly packSlot: number
  readonly unitKinds: ReadonlySet<string> | undefined
  readonly quickContext: unknown
}
interface Decoded {
  readonly enterprise: unknown
  readonly subjects: unknown
  readonly rules: ReadonlyArray<unknown>
  readonly index: number
}
const rejected = (x: unknown) => (x as { _tag?: unknown } | undefined)?._tag === "rejected"

const lines = readFileSync(opt("file")!, "utf8").split("\n")
// The engine's decoders leave their first inputs to effect's decoder and then compile their fast path (16 since
// 5739aa5, in the base too), and a rule answers its first evaluations with closures before its generated code (64).
// A run meets its first records once, before either; here every record is evaluated pass after pass. So the records
// are decoded as a long run decodes all but its first 16: by decoders that have already decoded these lines once (each
// pack's decoder decodes only the records of its sectors).
for (const line of lines) {
  if (line.length === 0) continue
  const enterprise = st.decodeRecord(JSON.parse(line), 0)
  if (!rejected(enterprise)) st.decodeFacts(enterprise, st.select(enterprise, plan), 0)
}
const decoded: Array<Decoded> = []
let rejectedRecords = 0, evaluations = 0
lines.forEach((line, index) => {
  if (line.length === 0) return
  const enterprise = st.decodeRecord(JSON.parse(line), index)
  if (rejected(enterprise)) return void rejectedRecords++
  const selected = st.select(enterprise, plan)
  const rules = allowed === undefined ? selected : selected.filter((r) => allowed.has(key(r.rule)))
  const subjects = st.decodeFacts(enterprise, rules, index)
  if (rejected(subjects)) return void rejectedRecords++
  evaluations += rules.length
  decoded.push({ enterprise, subjects, rules, index })
})

const perRecord = () => {
  for (const d of decoded) st.evaluate(d.enterprise, d.subjects, d.rules, d.index, plan)
}
// the quick answers alone: each rule asked as the engine first asks it (the outcome's kind only), where the engine
// would ask it (a rule for some unit kinds only, of a record with one of them)
const quickAnswers = () => {
  for (const d of decoded) {
    // `decodeFacts`'s subjects: an array by pack slot in every version
    const subjects = d.subjects as ReadonlyArray<unknown>
    const unitKinds = (d.enterprise as { readonly unitKinds?: ReadonlyArray<string> }).unitKinds
    for (const r of d.rules as ReadonlyArray<Planned>) {
      if (r.unitKinds !== undefined && (unitKinds === undefined || !unitKinds.some((k) => r.unitKinds!.has(k)))) continue
      try {
        r.rule.evaluate(subjects[r.packSlot], r.quickContext)
      } catch {
        // counted as the engine counts it: an error finding (the same in both trees, or the findings would differ)
      }
    }
  }
}
const batches: Array<ReadonlyArray<Decoded>> = []
for (let k = 0; k < decoded.length; k += 256) batches.push(decoded.slice(k, k + 256))
const evaluateDecoded = st.evaluateDecoded
const batched = evaluateDecoded === undefined ? undefined : () => {
  for (const b of batches) evaluateDecoded(b, plan)
}
let findings = 0
for (const d of decoded) findings += st.evaluate(d.enterprise, d.subjects, d.rules, d.index, plan).findings.length

const cpu = () => {
  const u = process.threadCpuUsage()
  return (u.user + u.system) / 1000
}
const time = (run: () => void) => {
  const c = cpu()
  run()
  return cpu() - c
}
for (let w = 0; w < 2; w++) (perRecord(), batched?.(), quickAnswers())
const one: Array<number> = [], many: Array<number> = [], quick: Array<number> = []
for (let k = 0; k < passes; k++) {
  one.push(time(perRecord))
  if (batched !== undefined) many.push(time(batched))
  quick.push(time(quickAnswers))
}
const us = (ms: number) => Number(((ms * 1000) / decoded.length).toFixed(2))
process.stdout.write(`${JSON.stringify({
  records: decoded.length,
  rejected: rejectedRecords,
  evaluations,
  findings,
  perRecordUs: us(median(one)),
  batchedUs: many.length === 0 ? null : us(median(many)),
  quickUs: us(median(quick))
})}\n`)
