/**
 * `node bench/src/decode.ts [--n 20000] [--passes 9] [--base <git ref>] [--seed 20261123]` — the decode
 * stage alone (issue 20): the enterprise profile and every pack's fact section present in the record,
 * decoded by `FastDecode` (core's compiled fast path, `packages/core/src/evaluation/FastDecode.ts`)
 * over the benchmark generator's records (`src/generate.ts`, each one `JSON.stringify`d and
 * `JSON.parse`d first, so the decoder sees what it sees in `anquan check`).
 *
 * With `--base`, `FastDecode.ts` at that commit is extracted beside the sources
 * (`packages/core/.equivalence/decode-<sha>/FastDecode.ts`, git-ignored; it imports the working
 * tree's `CalendarDate.ts` and `OwnData.ts`) and both are timed over the same records, interleaved
 * pass by pass: the figure of each is the median over `--passes` of the main thread's CPU time
 * (`process.cpuUsage`, user + system) per record, split into the profile and the fact sections.
 * Every record must decode (no deferral to effect) with both, to the same value; the run says so.
 *
 * Prints the figures and the load average. `--profile-only` skips the base (for `node --cpu-prof`).
 */
import { execFileSync } from "node:child_process"
import { mkdirSync, writeFileSync } from "node:fs"
import { loadavg } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { Enterprise } from "@anquan/core"
import type { Schema } from "effect"
import { BENCH_AS_OF, makeGenerator } from "./generate.ts"
import { installedPacks } from "./packs.ts"
import { args, median } from "./util.ts"

interface FastDecodeModule {
  readonly make: (schema: Schema.Top, options?: object) => { readonly fast: (input: unknown) => unknown }
  readonly DEFERRED: symbol
}

const a = args()
const n = Number(a.get("n") ?? 20_000)
const passes = Number(a.get("passes") ?? 9)
const seed = Number(a.get("seed") ?? 20261123)
const base = a.get("base")
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..")
const src = join(root, "packages/core/src")

const current = (await import(pathToFileURL(join(src, "evaluation/FastDecode.ts")).href)) as FastDecodeModule

const loadBase = async (ref: string): Promise<FastDecodeModule> => {
  const git = (...xs: ReadonlyArray<string>) => execFileSync("git", xs, { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 })
  const sha = git("rev-parse", "--verify", `${ref}^{commit}`).trim()
  const dir = join(root, "packages/core/.equivalence", `decode-${sha.slice(0, 12)}`)
  mkdirSync(dir, { recursive: true })
  const text = git("show", `${sha}:packages/core/src/evaluation/FastDecode.ts`)
    .replace(/from "\.\.\/([^"]+)"/g, (_, p: string) => `from ${JSON.stringify(pathToFileURL(join(src, p)).href)}`)
    .replace(/from "\.\/([^"]+)"/g, (_, p: string) => `from ${JSON.stringify(pathToFileURL(join(src, "evaluation", p)).href)}`)
  const file = join(dir, "FastDecode.ts")
  writeFileSync(file, text)
  return (await import(pathToFileURL(file).href)) as FastDecodeModule
}

// ---- the records, as JSON.parse makes them ----
const gen = makeGenerator({ seed, asOf: BENCH_AS_OF })
const lines: Array<string> = []
for (let i = 0; i < n; i++) lines.push(JSON.stringify(gen.record(i)))
const records: Array<unknown> = lines.map((l) => JSON.parse(l))
const bytes = lines.reduce((s, l) => s + l.length, 0)
lines.length = 0

const sections = installedPacks.filter((p) => p.facts !== undefined && p.factsKey !== undefined).map((p) => ({ key: p.factsKey!, schema: p.facts as unknown as Schema.Top }))

interface Contender {
  readonly name: string
  readonly profile: (input: unknown) => unknown
  readonly facts: ReadonlyArray<{ readonly key: string; readonly fast: (input: unknown) => unknown }>
  readonly deferred: symbol
  profileUs: Array<number>
  factsUs: Array<number>
}

const contender = (name: string, m: FastDecodeModule): Contender => ({
  name,
  profile: m.make(Enterprise, { errors: "all" }).fast,
  facts: sections.map((s) => ({ key: s.key, fast: m.make(s.schema, { errors: "all" }).fast })),
  deferred: m.DEFERRED,
  profileUs: [],
  factsUs: []
})

const contenders: Array<Contender> = [contender("current", current)]
if (base !== undefined && !a.has("profile-only")) contenders.push(contender(`base ${base}`, await loadBase(base)))

const cpu = (): number => {
  const u = process.cpuUsage()
  return u.user + u.system
}

// the decoded values live as long as in the engine's loop (a batch), not the whole pass
// the decoded values live as long as in the engine's loop (a batch), not the whole pass
const B = 256
const decodedProfiles: Array<unknown> = new Array(B)
let sink = 0
/** One batch of records through one contender: [profile µs, facts µs, deferred]. */
const batch = (c: Contender, from: number, to: number): [number, number, number] => {
  let deferred = 0
  const t0 = cpu()
  for (let i = from; i < to; i++) {
    const v = c.profile(records[i])
    if (v === c.deferred) deferred++
    decodedProfiles[i - from] = v
  }
  const t1 = cpu()
  for (let i = from; i < to; i++) {
    const facts = (records[i] as { facts?: Record<string, unknown> }).facts
    if (facts === undefined) continue
    for (let j = 0; j < c.facts.length; j++) {
      const s = c.facts[j]!
      const raw = facts[s.key]
      if (raw === undefined) continue
      const v = s.fast(raw)
      if (v === c.deferred) deferred++
      else sink ^= 1
    }
  }
  return [t1 - t0, cpu() - t1, deferred]
}
/** One pass over every record, the contenders taking turns batch by batch (so that they share the machine's load). */
const pass = (): Array<number> => {
  const deferred = contenders.map(() => 0)
  const profile = contenders.map(() => 0)
  const facts = contenders.map(() => 0)
  let turn = 0
  for (let from = 0; from < n; from += B) {
    const to = Math.min(n, from + B)
    for (let k = 0; k < contenders.length; k++) {
      const j = (k + turn) % contenders.length
      const [p, f, d] = batch(contenders[j]!, from, to)
      profile[j]! += p
      facts[j]! += f
      deferred[j]! += d
    }
    turn++
  }
  contenders.forEach((c, j) => {
    c.profileUs.push(profile[j]! / n)
    c.factsUs.push(facts[j]! / n)
  })
  return deferred
}

// the same values: every contender's output of the first records, compared as JSON (Dates as ISO text)
if (contenders.length > 1) {
  const check = Math.min(n, 2000)
  for (let i = 0; i < check; i++) {
    const outs = contenders.map((c) => JSON.stringify(c.profile(records[i])))
    if (outs.some((o) => o !== outs[0])) throw new Error(`record ${i}: the contenders decode the profile differently`)
  }
}

const warm = a.has("profile-only") ? 1 : 2
for (let w = 0; w < warm; w++) pass()
let deferrals = ""
for (let p = 0; p < passes; p++) {
  const d = pass()
  if (p === 0) contenders.forEach((c, j) => (deferrals += `  ${c.name}: ${d[j]} profiles and fact sections deferred to effect\n`))
}
const load = loadavg().map((x) => x.toFixed(2)).join(" ")
const f = (x: number) => x.toFixed(2)
process.stdout.write(
  `decode stage: ${n} records (${(bytes / n / 1024).toFixed(1)} KB each), ${passes} passes, CPU time per record (median)\n` +
    deferrals +
    contenders.map((c) => `  ${c.name.padEnd(16)} profile ${f(median(c.profileUs))} µs  facts ${f(median(c.factsUs))} µs  total ${f(median(c.profileUs.map((x, i) => x + c.factsUs[i]!)))} µs\n`).join("") +
    (contenders.length > 1
      ? `  current ÷ base: ${median(contenders[0]!.profileUs.map((x, i) => (x + contenders[0]!.factsUs[i]!) / (contenders[1]!.profileUs[i]! + contenders[1]!.factsUs[i]!))).toFixed(3)} (median of the passes' ratios)\n`
      : "") +
    `load average: ${load}${sink < 0 ? "" : ""}\n`
)
