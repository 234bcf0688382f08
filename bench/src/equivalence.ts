/**
 * Equivalence of a pack before and after a rewrite (issue 16: the packs ported to the rule language).
 * Several packs (`--pack a,b`, or `--pack ported` for the four ported ones) are compared together: one
 * engine of all of them at their bases against one of all of them in the working tree, over records of
 * all their sectors — the evaluate stage as a run over such records meets it.
 *
 *   node bench/src/equivalence.ts --pack <id>[,<id>…] | ported [--base <git ref>] [--evaluations 1000000] [--seed 1]
 *                               [--mutants 3] [--as-of 2026-11-23,2024-12-12,…] [--examples 5] [--no-speed] [--passes 15] [--per-rule]
 *                               [--only old|new [--part quick|explain|explainGrouped|runBatched]] [--parts] [--explain-per-rule] [--batch 256]
 *
 * The pack's source at `--base` (default: the commit before the ports, 4d35cae; for `industry-trade`, never
 * ported, the complete pack as released, aa46c0a) is extracted beside
 * the pack (`packages/<dir>/.equivalence/<sha>/src`, git-ignored), so it imports the same
 * `@anquan/core` as the working tree's pack. Both are run by `Engine.make` over the benchmark
 * generator's records (bench/src/generate.ts, this pack's sectors), each record as of several dates,
 * and over mutants of every record: 1–3 of its facts deleted, a boolean flipped, a number moved
 * (halved, doubled, ±1, 0), a string swapped for another value seen at the same place, a list
 * emptied or cut, a date moved (±1 day, ±1 year, the as-of day). It prints every difference:
 *
 * - decisive (the run fails): a record accepted by one and rejected by the other; a rule version
 *   present in one only (unless its rule is new since the base: informative); per rule version, the outcome kind, the sorted evidence paths of a
 *   violation, or the citation; the quick path (`include: "problems"`) counting other outcomes than
 *   the explaining one (`include: "all"`), or keeping other findings than its problems;
 * - informative: evidence paths of compliant findings, missing paths of indeterminate ones, the
 *   order of evidence, the details' words.
 *
 * Then, unless `--no-speed`, the evaluate stage (`Engine.stages`) of both over the same decoded
 * records, interleaved, median of `--passes` passes (15) of the main thread's CPU time (the wall
 * clock beside it; each pass runs the sample as many times as it takes to last ~250 ms): µs per record and per rule evaluation, over the rule versions both have (a pack
 * that has grown rules since the base is timed on the old ones).
 *
 * `--parts` also times the stage's two parts apart: every rule's quick answer, and the explanations the engine asks
 * for after a quick problem (told its kind), old and new interleaved; what the stage costs beyond the two alone is the
 * price of running them interleaved (the engine's loop, each part's code and data evicted by the other's). The
 * explanations are timed again grouped by rule: what they cost with each rule's code and data in the caches.
 *
 * `--only old` / `--only new` times one side alone (for `node --cpu-prof`: a profile of that side's stage); with
 * `--part quick|explain|explainGrouped|runBatched`, one of the parts above (or the stage in batches) instead of the stage.
 *
 * `--explain-per-rule` times each rule version's explanations alone (those the engine asks for after a quick problem,
 * warm: the rule's calls over and over), old and new, with how many of them are violations and indeterminate answers.
 *
 * `--batch N` (256): the size of the batches the stage is also timed in.
 *
 * `--per-rule` also times each rule version alone (old and new, as the engine asks it: quick, then explained for a
 * problem; and the quick answers alone), ns per evaluation (wall clock, fastest of 7 passes), the rules that cost most
 * more than at the base first.
 *
 * Exit code: 0 when no decisive difference, 1 otherwise, 2 on usage errors.
 */
import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { Engine } from "@anquan/core"
import type { Finding, Pack, RecordResult, Rule, RuleContext } from "@anquan/core"
import { BENCH_AS_OF, makeGenerator } from "./generate.ts"
import type { Json, PrimarySector } from "./generate.ts"
import { splitmix32Unit } from "./prng.ts"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..")

// ---- arguments ----
const argv = process.argv.slice(2)
const opt = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`)
  return i < 0 ? undefined : argv[i + 1]
}
const usage = (message: string): never => {
  process.stderr.write(`equivalence: ${message}\n`)
  process.exit(2)
}
/** Each pack's folder, the generator's sectors that carry its facts and, where not 4d35cae, its default `--base`. */
const PACK_DIRS: Readonly<Record<string, { readonly dir: string; readonly sectors: ReadonlyArray<PrimarySector>; readonly base?: string }>> = {
  "work-safety-law": { dir: "pack-work-safety-law", sectors: ["industry-trade", "hazardous-chemicals", "construction", "fireworks", "transport", "metal-smelting", "non-coal-mine", "gas"] },
  hazchem: { dir: "pack-hazchem", sectors: ["hazardous-chemicals"] },
  fireworks: { dir: "pack-fireworks", sectors: ["fireworks"] },
  construction: { dir: "pack-construction", sectors: ["construction"] },
  // written in the rule language from the start: its default base is the complete pack (all 64 items), so a
  // later change of the pack or of core's language is compared with what was released
  "industry-trade": { dir: "pack-industry-trade", sectors: ["industry-trade", "metal-smelting"], base: "aa46c0a" }
}
/** The four packs ported to the rule language (issue 16): `--pack ported` compares them together, in one engine each side. */
const PORTED = ["hazchem", "work-safety-law", "fireworks", "construction"]
const packArg = opt("pack") ?? usage(`--pack is required: one of ${Object.keys(PACK_DIRS).join(", ")}, a comma-separated list of them, or "ported" (${PORTED.join(", ")})`)
const packIds = packArg === "ported" ? PORTED : packArg.split(",")
if (new Set(packIds).size !== packIds.length) usage(`--pack names a pack twice: ${packArg}`)
const specs = packIds.map((id) => ({ id, ...(PACK_DIRS[id] ?? usage(`unknown pack ${JSON.stringify(id)}: one of ${Object.keys(PACK_DIRS).join(", ")}`)) }))
const targetEvaluations = Number(opt("evaluations") ?? 1_000_000)
const seed = Number(opt("seed") ?? 1)
const mutantsPerRecord = Number(opt("mutants") ?? 3)
const examplesPerKey = Number(opt("examples") ?? 5)
const asOfDates = (opt("as-of") ?? [BENCH_AS_OF, "2024-12-12", "2024-12-13", "2022-10-01", "2021-09-01", "2021-08-31", "2019-06-01"].join(",")).split(",")
const speed = !argv.includes("--no-speed")
const passes = Number(opt("passes") ?? 15)
const only = opt("only")
if (only !== undefined && only !== "old" && only !== "new") usage(`--only is "old" or "new"`)
const batchSize = Number(opt("batch") ?? 256)
if (!Number.isInteger(batchSize) || batchSize <= 0) usage("--batch must be a positive whole number")
const onlyPart = opt("part") ?? "run"
if (!["run", "runBatched", "quick", "explain", "explainGrouped"].includes(onlyPart)) usage(`--part is one of run, runBatched, quick, explain, explainGrouped`)
if (opt("part") !== undefined && only === undefined) usage(`--part goes with --only`)
if (!Number.isFinite(targetEvaluations) || targetEvaluations <= 0) usage("--evaluations must be a positive number")
if (!Number.isInteger(passes) || passes <= 0) usage("--passes must be a positive whole number")

// ---- the pack at the base commit, beside the working tree's ----
const git = (...args: ReadonlyArray<string>): string => execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim()
const commitOf = (base: string): string => {
  try {
    return git("rev-parse", "--verify", `${base}^{commit}`)
  } catch {
    return usage(`--base ${base} is not a commit of this repository (a shallow clone may lack it: git fetch --unshallow)`)
  }
}
/** Each pack's base, its commit and where its source at the base is extracted. */
const sides = specs.map((spec) => {
  const base = opt("base") ?? spec.base ?? "4d35cae"
  const sha = commitOf(base)
  const packDir = join(root, "packages", spec.dir)
  return { spec, base, sha, packDir, baseDir: join(packDir, ".equivalence", sha.slice(0, 12)) }
})
for (const { spec, sha, baseDir } of sides) {
  if (existsSync(join(baseDir, "src"))) continue
  rmSync(baseDir, { recursive: true, force: true })
  mkdirSync(baseDir, { recursive: true })
  const tar = execFileSync("git", ["archive", "--format=tar", sha, `packages/${spec.dir}/src`], { cwd: root, maxBuffer: 1 << 28 })
  execFileSync("tar", ["-x", "--strip-components=2", "-C", baseDir], { input: tar })
  // the old tests are not ours to run (and vitest must not find them)
  const dropTests = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name)
      if (statSync(p).isDirectory()) dropTests(p)
      else if (name.endsWith(".test.ts")) rmSync(p)
    }
  }
  dropTests(baseDir)
}

const findPack = (module: Record<string, unknown>, where: string, packId: string): Pack.Pack<any> => {
  for (const value of Object.values(module)) {
    const p = value as Pack.Pack<any> | undefined
    if (typeof p === "object" && p !== null && p.id === packId && Array.isArray(p.rules)) return p
  }
  throw new Error(`no export of ${where} is the pack "${packId}"`)
}
const oldPacks: Array<Pack.Pack<any>> = [], newPacks: Array<Pack.Pack<any>> = []
for (const { spec, base, packDir, baseDir } of sides) {
  oldPacks.push(findPack(await import(pathToFileURL(join(baseDir, "src", "index.ts")).href), `${base}:packages/${spec.dir}/src/index.ts`, spec.id))
  newPacks.push(findPack(await import(pathToFileURL(join(packDir, "src", "index.ts")).href), `packages/${spec.dir}/src/index.ts`, spec.id))
}
const rulesOf = (packs: ReadonlyArray<Pack.Pack<any>>) => packs.flatMap((p) => p.rules)
const oldEngine = Engine.make({ packs: oldPacks })
const oldRuleIds = new Set(rulesOf(oldPacks).map((r) => r.id))
const newEngine = Engine.make({ packs: newPacks })

// ---- mutation ----
/** splitmix32: the mutants depend only on the seed and the record. */
const rng = splitmix32Unit
type Rand = () => number
const pick = <A>(r: Rand, xs: ReadonlyArray<A>): A => xs[Math.floor(r() * xs.length)]!
const PROTECTED = new Set(["creditCode", "name", "jurisdiction", "sectors"])
const DATE = /^\d{4}-\d{2}-\d{2}$/

interface Leaf {
  readonly parent: Record<string, unknown> | Array<unknown>
  readonly key: string | number
  readonly shape: string
  readonly value: unknown
}
/** Every place in the record a mutation may touch (objects, lists and scalars alike). */
const leaves = (record: Record<string, unknown>): Array<Leaf> => {
  const out: Array<Leaf> = []
  const walk = (value: unknown, parent: Record<string, unknown> | Array<unknown>, key: string | number, shape: string) => {
    out.push({ parent, key, shape, value })
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, value, i, `${shape}[]`))
    else if (typeof value === "object" && value !== null) {
      for (const [k, v] of Object.entries(value)) walk(v, value as Record<string, unknown>, k, `${shape}.${k}`)
    }
  }
  for (const [k, v] of Object.entries(record)) if (!PROTECTED.has(k)) walk(v, record, k, k)
  return out
}
const pool = new Map<string, Array<unknown>>()
const remember = (record: Record<string, unknown>) => {
  for (const l of leaves(record)) {
    if (typeof l.value !== "string" && typeof l.value !== "number") continue
    const seen = pool.get(l.shape) ?? []
    if (seen.length < 64 && !seen.includes(l.value)) seen.push(l.value)
    pool.set(l.shape, seen)
  }
}
const shiftDate = (iso: string, days: number): string => {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000
  return Number.isNaN(t) ? iso : new Date(t).toISOString().slice(0, 10)
}
const mutate = (record: Json, r: Rand, asOf: string): Json => {
  const copy = structuredClone(record) as Record<string, unknown>
  const n = 1 + Math.floor(r() * 3)
  for (let k = 0; k < n; k++) {
    const all = leaves(copy)
    if (all.length === 0) break
    // facts first: two in three mutations land in a fact section
    const facts = all.filter((l) => l.shape.startsWith("facts."))
    const l = pick(r, facts.length > 0 && r() < 0.67 ? facts : all)
    const set = (v: unknown) => {
      ;(l.parent as Record<string | number, unknown>)[l.key] = v
    }
    const del = () => {
      if (Array.isArray(l.parent)) l.parent.splice(l.key as number, 1)
      else delete l.parent[l.key as string]
    }
    const v = l.value
    if (r() < 0.25) {
      del()
      continue
    }
    if (typeof v === "boolean") set(!v)
    else if (typeof v === "number") set(pick(r, [0, v + 1, Math.max(0, v - 1), v * 2, v / 2, Math.round(v * 1.1), ...(pool.get(l.shape) ?? [])]))
    else if (typeof v === "string" && DATE.test(v)) set(pick(r, [shiftDate(v, 1), shiftDate(v, -1), shiftDate(v, 366), shiftDate(v, -366), asOf, shiftDate(asOf, 1)]))
    else if (typeof v === "string") {
      const seen = pool.get(l.shape) ?? []
      if (seen.length > 1) set(pick(r, seen))
      else del()
    } else if (Array.isArray(v)) {
      if (v.length === 0 || r() < 0.3) set([])
      else if (r() < 0.5) v.splice(Math.floor(r() * v.length), 1)
      else v.push(structuredClone(pick(r, v)))
    } else del()
  }
  return copy as Json
}

// ---- comparison ----
interface Difference {
  readonly decisive: boolean
  readonly what: string
  readonly example: string
}
const counts = new Map<string, { decisive: boolean; n: number; examples: Array<string> }>()
const note = (d: Difference) => {
  const c = counts.get(d.what) ?? { decisive: d.decisive, n: 0, examples: [] }
  c.n++
  if (c.examples.length < examplesPerKey) c.examples.push(d.example)
  counts.set(d.what, c)
}
const keyOf = (f: Finding) => `${f.ruleId}@${f.ruleVersion}`
const paths = (f: Finding) => (f.evidence ?? []).map((e) => e.path)
const sorted = (xs: ReadonlyArray<string>) => [...new Set(xs)].sort()
const same = (a: ReadonlyArray<string>, b: ReadonlyArray<string>) => a.length === b.length && a.every((x, i) => x === b[i])

let evaluations = 0, records = 0, mutants = 0, rejectedBoth = 0
const byKind: Record<string, number> = {}
const compare = (label: string, oldR: RecordResult, newR: RecordResult, newQuick: RecordResult) => {
  if (oldR._tag !== newR._tag) {
    note({ decisive: true, what: `record ${oldR._tag} by the old pack, ${newR._tag} by the new`, example: label })
    return
  }
  if (oldR._tag === "rejected" || newR._tag === "rejected") {
    rejectedBoth++
    return
  }
  const oldF = new Map(oldR.findings.map((f) => [keyOf(f), f]))
  const newF = new Map(newR.findings.map((f) => [keyOf(f), f]))
  for (const k of new Set([...oldF.keys(), ...newF.keys()])) {
    const o = oldF.get(k), n = newF.get(k)
    evaluations++
    if (o === undefined || n === undefined) {
      // a rule the base never had is a new rule, not a port that differs
      const added = o === undefined && !oldRuleIds.has(n!.ruleId)
      note({ decisive: !added, what: `${k}: planned by the ${o === undefined ? "new" : "old"} pack only${added ? " (a rule added since the base)" : ""}`, example: label })
      continue
    }
    byKind[n.outcome] = (byKind[n.outcome] ?? 0) + 1
    if (o.outcome !== n.outcome) {
      note({ decisive: true, what: `${k}: outcome ${o.outcome} → ${n.outcome}`, example: `${label} old ${JSON.stringify(o.evidence ?? o.missing ?? o.reason ?? o.error)} new ${JSON.stringify(n.evidence ?? n.missing ?? n.reason ?? n.error)}` })
      continue
    }
    if (JSON.stringify(o.citation) !== JSON.stringify(n.citation)) {
      note({ decisive: true, what: `${k}: citation`, example: `${label} ${JSON.stringify(o.citation)} → ${JSON.stringify(n.citation)}` })
    }
    const po = paths(o), pn = paths(n)
    if (!same(sorted(po), sorted(pn))) {
      note({ decisive: n.outcome === "violation", what: `${k}: ${n.outcome} evidence paths`, example: `${label} old ${JSON.stringify(sorted(po))} new ${JSON.stringify(sorted(pn))}` })
    } else if (!same(po, pn)) note({ decisive: false, what: `${k}: ${n.outcome} evidence order`, example: `${label} old ${JSON.stringify(po)} new ${JSON.stringify(pn)}` })
    if (n.outcome === "indeterminate" && !same(sorted(o.missing ?? []), sorted(n.missing ?? []))) {
      note({ decisive: false, what: `${k}: missing paths`, example: `${label} old ${JSON.stringify(o.missing)} new ${JSON.stringify(n.missing)}` })
    }
    if (n.outcome === "violation" && (o.details?.["zh-CN"] ?? "") !== (n.details?.["zh-CN"] ?? "")) {
      note({ decisive: false, what: `${k}: details (zh-CN)`, example: `${label} old ${JSON.stringify(o.details?.["zh-CN"])} new ${JSON.stringify(n.details?.["zh-CN"])}` })
    }
  }
  if (newQuick._tag === "evaluated" && JSON.stringify(newQuick.counts) !== JSON.stringify(newR.counts)) {
    note({ decisive: true, what: "quick path counts differ from the explaining path's", example: `${label} quick ${JSON.stringify(newQuick.counts)} explained ${JSON.stringify(newR.counts)}` })
  }
  // what the engine explains after a quick answer (told its kind) is what it explains without one
  if (newQuick._tag === "evaluated") {
    const kept = JSON.stringify(newR.findings.filter((f) => f.outcome !== "compliant" && f.outcome !== "not-applicable"))
    if (JSON.stringify(newQuick.findings) !== kept) {
      note({ decisive: true, what: "quick path findings differ from the explaining path's", example: `${label} quick ${JSON.stringify(newQuick.findings).slice(0, 400)} explained ${kept.slice(0, 400)}` })
    }
  }
}

// ---- the run ----
const t0 = performance.now()
const mix = [...new Set(specs.flatMap((spec) => spec.sectors))].map((s) => [s, 1] as const)
const generators = asOfDates.map((asOf) => ({ asOf, gen: makeGenerator({ seed, asOf, sectorMix: mix }), oldPlan: oldEngine.plan(asOf), newPlan: newEngine.plan(asOf) }))
const speedSample: Array<{ readonly record: Json; readonly asOf: string }> = []
let index = 0
while (evaluations < targetEvaluations) {
  const g = generators[index % generators.length]!
  const record = g.gen.record(index)
  remember(record as Record<string, unknown>)
  const r = rng(seed * 1_000_003 + index)
  const variants: Array<readonly [string, Json]> = [[`record ${index} as of ${g.asOf}`, record]]
  for (let m = 0; m < mutantsPerRecord; m++) variants.push([`mutant ${m} of record ${index} as of ${g.asOf}`, mutate(record, r, g.asOf)])
  for (const [label, input] of variants) {
    compare(
      label,
      oldEngine.evaluateRecord(input, index, g.oldPlan, "all"),
      newEngine.evaluateRecord(input, index, g.newPlan, "all"),
      newEngine.evaluateRecord(input, index, g.newPlan, "problems")
    )
    if (label.startsWith("mutant")) mutants++
    else records++
  }
  if (speedSample.length < 4000) speedSample.push({ record, asOf: g.asOf })
  index++
}
const seconds = (performance.now() - t0) / 1000

const out = (line = "") => process.stdout.write(`${line}\n`)
for (const { spec, base, sha } of sides) {
  const at = (packs: ReadonlyArray<Pack.Pack<any>>) => packs.find((p) => p.id === spec.id)!.rules.length
  out(`pack ${spec.id}: ${at(oldPacks)} rule versions at ${base} (${sha.slice(0, 12)}), ${at(newPacks)} in the working tree`)
}
out(`records: ${records} generated + ${mutants} mutants (${rejectedBoth} rejected by both), as of ${asOfDates.join(", ")}; seed ${seed}`)
out(`rule evaluations compared: ${evaluations} (${Object.entries(byKind).map(([k, n]) => `${k} ${n}`).join(", ")}) in ${seconds.toFixed(1)} s`)
let decisive = 0
for (const [what, c] of [...counts.entries()].sort((a, b) => Number(b[1].decisive) - Number(a[1].decisive) || b[1].n - a[1].n)) {
  if (c.decisive) decisive += c.n
  out(`${c.decisive ? "DIFFERENCE" : "note"}  ${what}: ${c.n}`)
  for (const e of c.examples) out(`    ${e}`)
}
out(`decisive differences (outcome kind, violation evidence paths, citations, acceptance, quick path): ${decisive}`)

// ---- speed of the evaluate stage ----
if (speed) {
  // only the rule versions both packs have: a pack that grew new rules since the base is compared on the old ones
  const versions = (packs: ReadonlyArray<Pack.Pack<any>>) => new Set(rulesOf(packs).map((r) => `${r.id}@${r.effective.from.toISOString()}`))
  const oldVersions = versions(oldPacks), newVersions = versions(newPacks)
  const common = (r: Engine.PlannedRule) => {
    const k = `${r.rule.id}@${r.rule.effective.from.toISOString()}`
    return oldVersions.has(k) && newVersions.has(k)
  }
  const prepare = (engine: Engine.Engine) => {
    const stages = Engine.stages(engine)
    const prepared: Array<{ e: any; s: any; rules: any; plan: Engine.Plan; i: number }> = []
    speedSample.forEach(({ record, asOf }, i) => {
      const plan = engine.plan(asOf)
      const e = stages.decodeRecord(record, i)
      if ((e as { _tag?: string })._tag === "rejected") return
      const rules = stages.select(e as any, plan).filter(common)
      const s = stages.decodeFacts(e as any, rules, i)
      if ((s as { _tag?: string })._tag === "rejected") return
      prepared.push({ e, s, rules, plan, i })
    })
    let ruleCount = 0
    for (const p of prepared) ruleCount += p.rules.length
    // the stage's two parts apart (`--parts`): every rule's quick answer, and the explanations the engine asks for
    // after a quick violation or indeterminate answer (told the quick kind), each over the same subjects
    const quickCalls: Array<readonly [Engine.PlannedRule, unknown]> = []
    const explainCalls: Array<readonly [Engine.PlannedRule, unknown, RuleContext<any>]> = []
    for (const p of prepared) {
      for (const r of p.rules as ReadonlyArray<Engine.PlannedRule>) {
        const subject = (p.s as ReadonlyArray<unknown>)[r.packSlot]
        quickCalls.push([r, subject])
        const kind = (r.rule.evaluate(subject, r.quickContext) as { kind: string }).kind
        if (kind !== "compliant" && kind !== "not-applicable") explainCalls.push([r, subject, kind === "violation" ? r.afterViolation : kind === "indeterminate" ? r.afterIndeterminate : r.context])
      }
    }
    let kinds = 0
    const quick = () => {
      for (const [r, subject] of quickCalls) kinds += (r.rule.evaluate(subject, r.quickContext) as { kind: string }).kind.length
    }
    const explain = () => {
      for (const [r, subject, context] of explainCalls) kinds += (r.rule.evaluate(subject, context) as { kind: string }).kind.length
    }
    // the same explanations one rule after the other (each rule's in record order): what they cost with each rule's code
    // and data in the caches from its previous explanation
    const byRule = new Map<Rule.Rule<any>, Array<readonly [Engine.PlannedRule, unknown, RuleContext<any>]>>()
    for (const call of explainCalls) {
      const at = byRule.get(call[0].rule)
      if (at === undefined) byRule.set(call[0].rule, [call])
      else at.push(call)
    }
    const grouped = [...byRule.values()].flat()
    const explainGrouped = () => {
      for (const [r, subject, context] of grouped) kinds += (r.rule.evaluate(subject, context) as { kind: string }).kind.length
    }
    // the stage as `Engine.evaluateRecords` runs it (the CLI and `Engine.evaluate`): batches of 256 records of one as-of date
    const byPlan = new Map<Engine.Plan, Array<{ enterprise: any; subjects: any; rules: any; index: number }>>()
    for (const p of prepared) {
      const at = byPlan.get(p.plan)
      const d = { enterprise: p.e, subjects: p.s, rules: p.rules, index: p.i }
      if (at === undefined) byPlan.set(p.plan, [d])
      else at.push(d)
    }
    const batches: Array<readonly [Engine.Plan, Array<{ enterprise: any; subjects: any; rules: any; index: number }>]> = []
    const size = batchSize
    for (const [plan, records] of byPlan) for (let k = 0; k < records.length; k += size) batches.push([plan, records.slice(k, k + size)])
    const runBatched = () => {
      for (const [plan, records] of batches) stages.evaluateDecoded(records, plan)
    }
    return { prepared, ruleCount, problems: explainCalls.length, byRule, quick, explain, explainGrouped, runBatched, run: () => { for (const p of prepared) stages.evaluate(p.e, p.s, p.rules, p.i, p.plan) } }
  }
  const o = prepare(oldEngine), n = prepare(newEngine)
  for (let w = 0; w < 5; w++) (o.run(), n.run())
  // a pass runs the sample enough times to last ~250 ms: a thread's CPU clock ticks in milliseconds (4 ms on
  // some kernels), too coarse for one run of a few thousand records
  const once = (run: () => void) => {
    const s = performance.now()
    run()
    return performance.now() - s
  }
  const repeats = Math.max(1, Math.ceil(250 / Math.max(0.5, Math.min(once(o.run), once(n.run)))))
  const repeated = (run: () => void) => () => {
    for (let k = 0; k < repeats; k++) run()
  }
  // the main thread's CPU time (not the wall clock): on a shared, loaded machine a pass that waits for a
  // core is not slower code; GC and compiler threads are not counted, the main thread's GC pauses are
  const threadCpu = (process as { threadCpuUsage?: () => { user: number; system: number } }).threadCpuUsage
  const cpu = () => {
    const u = threadCpu!.call(process)
    return (u.user + u.system) / 1000
  }
  const to: Array<number> = [], tn: Array<number> = [], wo: Array<number> = [], wn: Array<number> = []
  const time = (run: () => void, into: Array<number>, wall: Array<number>) => {
    const s = performance.now(), c = threadCpu === undefined ? 0 : cpu()
    run()
    wall.push(performance.now() - s)
    into.push(threadCpu === undefined ? wall[wall.length - 1]! : cpu() - c)
  }
  // alternate which goes first, so neither is always the one measured right after the other's garbage
  for (let k = 0; k < passes; k++) {
    if (only === "old") time(repeated(o[onlyPart as "run"]), to, wo)
    else if (only === "new") time(repeated(n[onlyPart as "run"]), tn, wn)
    else if (k % 2 === 0) (time(repeated(o.run), to, wo), time(repeated(n.run), tn, wn))
    else (time(repeated(n.run), tn, wn), time(repeated(o.run), to, wo))
  }
  const median = (xs: Array<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  if (argv.includes("--per-rule")) {
    // each rule version's own evaluations (as the engine asks: quick, then explained when a problem), old and new interleaved
    const calls = (of: ReturnType<typeof prepare>, quickOnly = false) => {
      const byRule = new Map<string, Array<() => void>>()
      for (const p of of.prepared) {
        for (const r of p.rules as ReadonlyArray<Engine.PlannedRule>) {
          const subject = (p.s as ReadonlyArray<unknown>)[r.packSlot]
          const k = `${r.rule.id}@${r.entry.version}`
          let at = byRule.get(k)
          if (at === undefined) byRule.set(k, at = [])
          at.push(() => {
            const o = r.rule.evaluate(subject, r.quickContext) as { kind: string }
            if (!quickOnly && o.kind !== "compliant" && o.kind !== "not-applicable") r.rule.evaluate(subject, o.kind === "violation" ? r.afterViolation : o.kind === "indeterminate" ? r.afterIndeterminate : r.context)
          })
        }
      }
      return byRule
    }
    const oc = calls(o), nc = calls(n), oq = calls(o, true), nq = calls(n, true)
    const rows: Array<[string, number, number, number, number, number]> = []
    for (const [k, olds] of oc) {
      const news = nc.get(k)
      if (news === undefined) continue
      // the wall clock (a thread's CPU clock ticks too coarsely for one rule), fastest of 7 passes
      const t = (fs: ReadonlyArray<() => void>) => {
        const t0 = performance.now()
        for (let rep = 0; rep < 20; rep++) for (const f of fs) f()
        return ((performance.now() - t0) * 1e6) / (20 * fs.length)
      }
      const a: Array<number> = [], b: Array<number> = []
      for (let pass = 0; pass < 7; pass++) (a.push(t(olds)), b.push(t(news)))
      const qa: Array<number> = [], qb: Array<number> = []
      for (let pass = 0; pass < 7; pass++) (qa.push(t(oq.get(k)!)), qb.push(t(nq.get(k)!)))
      rows.push([k, olds.length, Math.min(...a), Math.min(...b), Math.min(...qa), Math.min(...qb)])
    }
    rows.sort((x, y) => (y[3] - y[2]) * y[1] - (x[3] - x[2]) * x[1])
    for (const [k, count, a, b, qa, qb] of rows) out(`  ${k}: ${count} evaluations, old ${a.toFixed(0)} ns, new ${b.toFixed(0)} ns; quick answers alone: old ${qa.toFixed(0)} ns, new ${qb.toFixed(0)} ns`)
  }
  if (argv.includes("--explain-per-rule")) {
    // each rule version's explanations alone (as the engine asks for them after a quick problem), old and new interleaved
    const key = (r: Engine.PlannedRule) => `${r.rule.id}@${r.entry.version}`
    const groups = (of: ReturnType<typeof prepare>) => new Map([...of.byRule.values()].map((calls) => [key(calls[0]![0]), calls] as const))
    const og = groups(o), ng = groups(n)
    const rows: Array<[string, number, string, number, number]> = []
    let sumOld = 0, sumNew = 0
    for (const [k, olds] of og) {
      const news = ng.get(k)
      if (news === undefined) continue
      const kinds = new Map<string, number>()
      for (const [r, subject] of news) {
        const kind = (r.rule.evaluate(subject, r.quickContext) as { kind: string }).kind
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
      }
      const t = (calls: typeof olds) => {
        const t0 = performance.now()
        let x = 0
        for (let rep = 0; rep < 20; rep++) for (const [r, subject, context] of calls) x += (r.rule.evaluate(subject, context) as { kind: string }).kind.length
        return ((performance.now() - t0) * 1e6) / (20 * calls.length) + x * 0
      }
      const a: Array<number> = [], b: Array<number> = []
      for (let pass = 0; pass < 7; pass++) (a.push(t(olds)), b.push(t(news)))
      const ma = Math.min(...a), mb = Math.min(...b)
      sumOld += ma * olds.length, sumNew += mb * news.length
      rows.push([k, news.length, [...kinds].map(([kind, c]) => `${c} ${kind}`).join(", "), ma, mb])
    }
    rows.sort((x, y) => (y[4] - y[3]) * y[1] - (x[4] - x[3]) * x[1])
    out(`explanations per rule version (fastest of 7 passes, wall clock): old ${(sumOld / 1000 / o.prepared.length).toFixed(2)} → new ${(sumNew / 1000 / n.prepared.length).toFixed(2)} µs/record`)
    for (const [k, count, kinds, a, b] of rows) out(`  ${k}: ${count} explanations (${kinds}), old ${a.toFixed(0)} ns, new ${b.toFixed(0)} ns`)
  }
  if (only !== undefined) {
    const [ts, ws, of] = only === "old" ? [to, wo, o] : [tn, wn, n]
    const perRecord = (ms: number) => ((ms * 1000) / (repeats * of.prepared.length)).toFixed(2)
    out(`evaluate stage${onlyPart === "run" ? "" : ` (${onlyPart})`}, ${only} only (for a profile): ${perRecord(median(ts))} µs/record, median of ${passes} passes of ${repeats} runs (wall clock ${perRecord(median(ws))})`)
  }
  if (argv.includes("--parts") && only === undefined) {
    // each part alone, old and new interleaved, as many runs a pass as the stage's passes; the stage minus its parts is what
    // running them interleaved costs beyond running each alone (the engine's loop, and each part's code and data evicted by the other's)
    const parts: Array<readonly [string, number, number]> = []
    for (const part of ["quick", "explain", "explainGrouped"] as const) {
      const a: Array<number> = [], b: Array<number> = [], wa: Array<number> = [], wb: Array<number> = []
      for (let w = 0; w < 3; w++) (o[part](), n[part]())
      for (let k = 0; k < passes; k++) {
        if (k % 2 === 0) (time(repeated(o[part]), a, wa), time(repeated(n[part]), b, wb))
        else (time(repeated(n[part]), b, wb), time(repeated(o[part]), a, wa))
      }
      parts.push([part, median(a), median(b)])
    }
    const per = (ms: number) => ((ms * 1000) / (repeats * o.prepared.length)).toFixed(2)
    out(`the stage's parts (${o.problems} problems explained, ${(100 * o.problems / o.ruleCount).toFixed(1)} % of the rule evaluations), µs/record, old → new (new/old):`)
    const names = { quick: "quick answers alone", explain: "explanations alone", explainGrouped: "explanations alone, grouped by rule" }
    for (const [part, a, b] of parts) out(`  ${names[part as keyof typeof names]}: ${per(a)} → ${per(b)} (${(b / a).toFixed(2)})`)
    const restOld = median(to) - parts[0]![1] - parts[1]![1], restNew = median(tn) - parts[0]![2] - parts[1]![2]
    out(`  the stage beyond its parts alone: ${per(restOld)} → ${per(restNew)}`)
  }
  // the same in batches (`Engine.evaluateRecords`: the problems of 256 records explained rule by rule)
  const bo: Array<number> = [], bn: Array<number> = [], wbo: Array<number> = [], wbn: Array<number> = []
  if (only === undefined) {
    for (let w = 0; w < 3; w++) (o.runBatched(), n.runBatched())
    for (let k = 0; k < passes; k++) {
      if (k % 2 === 0) (time(repeated(o.runBatched), bo, wbo), time(repeated(n.runBatched), bn, wbn))
      else (time(repeated(n.runBatched), bn, wbn), time(repeated(o.runBatched), bo, wbo))
    }
  }
  const mo = median(to), mn = median(tn)
  const perRecord = (ms: number, of: { prepared: ReadonlyArray<unknown> }) => ((ms * 1000) / (repeats * of.prepared.length)).toFixed(2)
  if (only === undefined) out(`evaluate stage over ${o.prepared.length} records (${o.ruleCount} rule evaluations of the ${oldVersions.size} rule versions at the base${newVersions.size === oldVersions.size ? "" : `; the working tree has ${newVersions.size}`}), median of ${passes} interleaved passes of ${repeats} runs each, ${threadCpu === undefined ? "wall clock" : "main thread CPU time"}:`)
  if (only === undefined) out(`  old ${perRecord(mo, o)} µs/record, ${((mo * 1e6) / (repeats * o.ruleCount)).toFixed(0)} ns/rule (fastest pass ${perRecord(Math.min(...to), o)}; wall clock median ${perRecord(median(wo), o)})`)
  if (only === undefined) out(`  new ${perRecord(mn, n)} µs/record, ${((mn * 1e6) / (repeats * n.ruleCount)).toFixed(0)} ns/rule (fastest pass ${perRecord(Math.min(...tn), n)}; wall clock median ${perRecord(median(wn), n)})  (new/old ${(mn / mo).toFixed(2)}; fastest ${(Math.min(...tn) / Math.min(...to)).toFixed(2)}; wall ${(median(wn) / median(wo)).toFixed(2)})`)
  if (only === undefined) {
    const mbo = median(bo), mbn = median(bn)
    out(`in batches of ${batchSize} records (\`Engine.evaluateRecords\`; \`Engine.evaluate\` runs 256 at a time, \`anquan check\` takes 64 at a time): old ${perRecord(mbo, o)} µs/record, new ${perRecord(mbn, n)} (new/old ${(mbn / mbo).toFixed(2)}; wall ${(median(wbn) / median(wbo)).toFixed(2)})`)
  }
}

// keep the extracted trees bounded: only the last three bases
for (const { packDir } of sides) {
  const all = readdirSync(join(packDir, ".equivalence")).map((d) => ({ d, t: statSync(join(packDir, ".equivalence", d)).mtimeMs }))
  for (const { d } of all.sort((a, b) => b.t - a.t).slice(3)) rmSync(join(packDir, ".equivalence", d), { recursive: true, force: true })
}

// an exit code, not process.exit(): through a pipe, output still queued would be lost
process.exitCode = decisive === 0 ? 0 : 1
