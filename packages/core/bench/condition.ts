/**
 * Micro-benchmark of the rule language: µs per evaluation of a compiled condition (quick and
 * explained) against a hand-written function with the same meaning, on the same subjects.
 *
 *   node --expose-gc packages/core/bench/condition.ts [evaluations]
 *
 * With `node --expose-gc` it also counts the garbage collections during 5 million quick
 * evaluations (0: the quick path allocates nothing). Prints figures only; nothing here is a test.
 */
import { Condition as C, Outcome, Rule } from "../src/index.ts"
import type { FactDeclarations, RuleContext } from "../src/index.ts"

const text = (zh: string, en: string) => ({ "zh-CN": zh, en })
const facts: FactDeclarations = {
  "facts.usesLiquidAmmonia": { type: "boolean", label: text("使用液氨制冷", "refrigerates with liquid ammonia") },
  "facts.quickFreezers": {
    type: "list",
    label: text("快速冻结装置", "quick freezer"),
    items: {
      name: { type: "string", label: text("名称", "name") },
      inSeparateRoom: { type: "boolean", label: text("设置在单独的作业间内", "in a room of its own") },
      roomWorkers: { type: "integer", label: text("作业间内作业人员数量", "workers in its room"), unit: text("人", "people") }
    }
  }
}
const meta = {
  id: "bench/quick-freezer-room",
  title: text("t", "t"), message: text("m", "m"), remediation: text("r", "r"),
  // a fixture: the fact base has 第十二条(二)'s number and its "超过9人", not its wording, so the text above is
  // no quotation and the citation stays unverified
  citation: { document: "industry-trade-major-hazard-2023", article: 12, item: 2, verified: false },
  severity: "major" as const,
  effective: { from: "2023-05-15" },
  params: { maxRoomWorkers: { type: "number" as const, default: 9, laxerWhen: "greater" as const, description: text("d", "d") } }
}
const compiled = Rule.fromCondition({
  ...meta,
  facts,
  notApplicableWhen: C.eq("facts.usesLiquidAmmonia", false),
  violationWhen: C.some("facts.quickFreezers", C.any(C.eq("inSeparateRoom", false), C.gt("roomWorkers", C.param("maxRoomWorkers"))), "name")
})

interface Freezer { readonly name: string; readonly inSeparateRoom?: boolean; readonly roomWorkers?: number }
interface Section { readonly usesLiquidAmmonia?: boolean; readonly quickFreezers?: ReadonlyArray<Freezer> }

/** The same rule written by hand, quick path only (what a careful author writes today). */
const handWritten = (subject: { readonly facts: Section | undefined }, context: RuleContext<any>): Outcome.Outcome => {
  const f = subject.facts
  const uses = f?.usesLiquidAmmonia
  if (uses === false) return Outcome.quickNotApplicable
  if (uses === undefined) return Outcome.quickIndeterminate
  const freezers = f!.quickFreezers
  if (freezers === undefined) return Outcome.quickIndeterminate
  const max = context.params["maxRoomWorkers"] as number
  let unknown = false
  for (let i = 0; i < freezers.length; i++) {
    const q = freezers[i]!
    if (q.inSeparateRoom === false || (q.roomWorkers !== undefined && q.roomWorkers > max)) return Outcome.quickViolation
    if (q.inSeparateRoom === undefined || q.roomWorkers === undefined) unknown = true
  }
  return unknown ? Outcome.quickIndeterminate : Outcome.quickCompliant
}

/** The same rule by hand, explained: evidence of each offending freezer, details, missing paths. */
const handWrittenExplained = (subject: { readonly facts: Section | undefined }, context: RuleContext<any>): Outcome.Outcome => {
  const f = subject.facts
  const uses = f?.usesLiquidAmmonia
  if (uses === false) return Outcome.notApplicable("使用液氨制冷：否")
  if (uses === undefined) return Outcome.indeterminate(["facts.usesLiquidAmmonia"])
  const freezers = f!.quickFreezers
  if (freezers === undefined) return Outcome.indeterminate(["facts.quickFreezers"])
  const max = context.params["maxRoomWorkers"] as number
  const evidence: Array<{ path: string; value: unknown }> = [], zh: Array<string> = [], en: Array<string> = [], missing: Array<string> = []
  for (let i = 0; i < freezers.length; i++) {
    const q = freezers[i]!
    // an entry's reasons once under its heading, entries joined by 。
    const zhParts: Array<string> = [], enParts: Array<string> = []
    if (q.inSeparateRoom === false) {
      evidence.push({ path: `facts.quickFreezers[${i}].inSeparateRoom`, value: false })
      zhParts.push("设置在单独的作业间内：否")
      enParts.push("in a room of its own: no")
    }
    if (q.roomWorkers !== undefined && q.roomWorkers > max) {
      evidence.push({ path: `facts.quickFreezers[${i}].roomWorkers`, value: q.roomWorkers })
      zhParts.push(`作业间内作业人员数量为${q.roomWorkers}人，大于${max}人`)
      enParts.push(`workers in its room is ${q.roomWorkers} people, more than ${max} people`)
    }
    if (zhParts.length > 0) {
      zh.push(`快速冻结装置「${q.name}」：${zhParts.join("；")}`)
      en.push(`quick freezer "${q.name}": ${enParts.join("; ")}`)
    }
    if (q.inSeparateRoom === undefined) missing.push(`facts.quickFreezers[${i}].inSeparateRoom`)
    if (q.roomWorkers === undefined) missing.push(`facts.quickFreezers[${i}].roomWorkers`)
  }
  if (evidence.length > 0) return Outcome.violation(evidence, { "zh-CN": zh.join("。"), en: en.join(". ") })
  if (missing.length > 0) return Outcome.indeterminate(missing)
  return Outcome.compliant(freezers.flatMap((q, i) => [
    { path: `facts.quickFreezers[${i}].inSeparateRoom`, value: q.inSeparateRoom },
    { path: `facts.quickFreezers[${i}].roomWorkers`, value: q.roomWorkers }
  ]))
}

let seed = 42
const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n
const subjects = Array.from({ length: 1024 }, (_, i) => ({
  enterprise: {},
  facts: {
    usesLiquidAmmonia: next(8) !== 0,
    quickFreezers: Array.from({ length: 1 + next(4) }, (_, j) => ({ name: `q${i}-${j}`, inSeparateRoom: next(20) !== 0, roomWorkers: next(11) }))
  } as Section
}))

const n = Number(process.argv[2] ?? 2_000_000)
const quick = { asOf: new Date("2026-11-23"), params: { maxRoomWorkers: 9 }, explain: false } as RuleContext<any>
const explained = { ...quick, explain: true } as RuleContext<any>

// the answers must agree before anything is timed (kind; and evidence and details of violations)
for (const s of subjects) {
  if (compiled.evaluate(s, quick) !== handWritten(s, quick)) throw new Error(`compiled and hand-written disagree on ${JSON.stringify(s)}`)
  const a = compiled.evaluate(s, explained), b = handWrittenExplained(s, explained)
  if (a.kind !== b.kind || (a.kind === "violation" && JSON.stringify(a) !== JSON.stringify(b))) {
    throw new Error(`explained answers differ: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`)
  }
}

/** Each measurement has its own loop (its own call site), so one does not colour another's feedback. */
const report = (label: string, count: number, run: () => number) => {
  run() // warm-up
  const start = process.hrtime.bigint()
  const sink = run()
  const ns = Number(process.hrtime.bigint() - start)
  console.log(`${label.padEnd(32)} ${(ns / count / 1000).toFixed(4)} µs per evaluation (${count} evaluations, checksum ${sink % 997})`)
}

const nExplained = Math.max(1, Math.floor(n / 20))
report("hand-written, quick", n, () => {
  let sink = 0
  for (let i = 0; i < n; i++) sink += handWritten(subjects[i & 1023]!, quick).kind.length
  return sink
})
report("compiled condition, quick", n, () => {
  let sink = 0
  for (let i = 0; i < n; i++) sink += compiled.evaluate(subjects[i & 1023]!, quick).kind.length
  return sink
})
report("hand-written, explained", nExplained, () => {
  let sink = 0
  for (let i = 0; i < nExplained; i++) sink += handWrittenExplained(subjects[i & 1023]!, explained).kind.length
  return sink
})
report("compiled condition, explained", nExplained, () => {
  let sink = 0
  for (let i = 0; i < nExplained; i++) sink += compiled.evaluate(subjects[i & 1023]!, explained).kind.length
  return sink
})

// Allocation: V8's count of young-generation collections over 5 million quick evaluations. A loop that
// allocates nothing per call triggers none (the figure printed with --expose-gc is exact to a collection).
const gcBefore = (globalThis as { gc?: () => void }).gc
if (gcBefore !== undefined) {
  const { PerformanceObserver } = await import("node:perf_hooks")
  let collections = 0
  const observer = new PerformanceObserver((list) => { collections += list.getEntries().length })
  observer.observe({ entryTypes: ["gc"] })
  gcBefore()
  await new Promise((r) => setTimeout(r, 50))
  collections = 0
  let sink = 0
  for (let i = 0; i < 5_000_000; i++) sink += compiled.evaluate(subjects[i & 1023]!, quick).kind.length
  await new Promise((r) => setTimeout(r, 50))
  observer.disconnect()
  console.log(`garbage collections during 5,000,000 compiled quick evaluations: ${collections} (checksum ${sink % 997})`)
  // the same count over explained evaluations, which do allocate: shows the counter counts
  const observer2 = new PerformanceObserver((list) => { collections += list.getEntries().length })
  observer2.observe({ entryTypes: ["gc"] })
  collections = 0
  for (let i = 0; i < 200_000; i++) sink += compiled.evaluate(subjects[i & 1023]!, explained).kind.length
  await new Promise((r) => setTimeout(r, 50))
  observer2.disconnect()
  console.log(`garbage collections during 200,000 explained evaluations: ${collections}`)
} else {
  console.log("(run with node --expose-gc to count garbage collections during quick evaluations)")
}
