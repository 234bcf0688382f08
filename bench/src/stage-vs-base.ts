/**
 * The evaluate stage of the working tree against a base commit's, each with its own core and packs (issue 16: "the
 * evaluation stage is at least as fast as before, measured in one run against the previous commit").
 *
 *   node bench/src/stage-vs-base.ts [--base 4d35cae] [--packs work-safety-law,hazchem,fireworks,construction]
 *                                   [--records 20000] [--rounds 3] [--passes 7] [--seed 1]
 *
 * The base's tree is extracted (`git archive`) into the system's temporary directory and its dependencies installed
 * there from pnpm's store (`pnpm install --frozen-lockfile --offline`, online when the store lacks them); then both
 * trees run `bench/src/children/stage.ts` (copied into the base) over the same records — the working tree's
 * generator, default sector mix, `--records` of them — with the same packs and only the rule versions the base has
 * (a pack that has grown rules since is timed on the old ones). The two alternate, `--rounds` times, who goes first
 * alternating; each prints the median of `--passes` passes of its main thread's CPU time. Both must have decoded the
 * same records, evaluated as many rules and kept as many findings (problems), or the run says so and exits 1.
 *
 * Printed: µs a record, one record at a time (`evaluateRecord`'s stage) and, where the engine has them, in batches
 * of 256 (`Engine.evaluate`'s, `Engine.evaluateRecords`), each round and the medians, with the ratios to the base;
 * and the quick answers alone in both trees (every planned rule asked for the outcome's kind only): the compiled
 * quick path against the hand-written one, each on its own core.
 * The default base is the commit before the four packs were ported to the rule language (0.1.0's hand-written
 * rules, whose stage the issue measured at 18.6 µs a record).
 */
import { execFileSync, spawnSync } from "node:child_process"
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { args, median } from "./util.ts"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..")
const opt = args().get
const usage = (message: string): never => {
  process.stderr.write(`stage-vs-base: ${message}\n`)
  process.exit(2)
}
const whole = (name: string, fallback: number): number => {
  const n = Number(opt(name) ?? fallback)
  return Number.isInteger(n) && n > 0 ? n : usage(`--${name} must be a positive whole number`)
}
const base = opt("base") ?? "4d35cae"
const packs = opt("packs") ?? "work-safety-law,hazchem,fireworks,construction"
const records = whole("records", 20_000)
const rounds = whole("rounds", 3)
const passes = whole("passes", 7)
const seed = whole("seed", 1)
const out = (line = "") => process.stdout.write(`${line}\n`)

const git = (...args: ReadonlyArray<string>) => execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim()
let sha: string
try {
  sha = git("rev-parse", "--verify", `${base}^{commit}`)
} catch {
  sha = usage(`no commit ${JSON.stringify(base)} in this repository`)
}

// ---- the base's tree, with its own dependencies ----
const work = join(tmpdir(), "anquan-stage-vs-base")
const baseDir = join(work, sha.slice(0, 12))
const child = "bench/src/children/stage.ts"
if (!existsSync(join(baseDir, "node_modules"))) {
  rmSync(baseDir, { recursive: true, force: true })
  mkdirSync(baseDir, { recursive: true })
  const archive = execFileSync("git", ["archive", "--format=tar", sha], { cwd: root, maxBuffer: 1 << 30 })
  execFileSync("tar", ["-x", "-C", baseDir], { input: archive })
  const install = (...flags: ReadonlyArray<string>) => spawnSync("pnpm", ["install", "--frozen-lockfile", ...flags], { cwd: baseDir, stdio: "ignore" }).status === 0
  if (!install("--offline") && !install()) usage(`pnpm install failed in ${baseDir}`)
}
copyFileSync(join(root, child), join(baseDir, child))

// ---- the records, and the base's rule versions ----
const data = join(work, `records-${seed}-${records}.ndjson`)
if (!existsSync(data)) execFileSync(process.execPath, [join(root, "bench/src/generate.ts"), "--n", String(records), "--seed", String(seed), "--out", data], { stdio: "ignore" })
const run = (dir: string, ...args: ReadonlyArray<string>) => execFileSync(process.execPath, [join(dir, child), "--packs", packs, ...args], { cwd: join(dir, "bench"), encoding: "utf8", maxBuffer: 1 << 26 })
const versions = join(work, `versions-${sha.slice(0, 12)}.txt`)
writeFileSync(versions, run(baseDir, "--print-versions"))

interface StageFigures {
  readonly records: number
  readonly rejected: number
  readonly evaluations: number
  readonly findings: number
  readonly perRecordUs: number
  readonly batchedUs: number | null
  /** The quick answers alone (what the rules answer when asked for the outcome's kind only). */
  readonly quickUs: number
}
const measure = (dir: string): StageFigures => JSON.parse(run(dir, "--file", data, "--versions", versions, "--passes", String(passes)))

out(`evaluate stage: the working tree against ${base} (${sha.slice(0, 12)}), each with its own core and packs (${packs}), over ${records} records of the bench generator (seed ${seed}), the base's rule versions; median of ${passes} passes a round, main thread CPU time, µs a record`)
const baseRuns: Array<StageFigures> = [], headRuns: Array<StageFigures> = []
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? (["base", "head"] as const) : (["head", "base"] as const)
  for (const side of order) (side === "base" ? baseRuns : headRuns).push(measure(side === "base" ? baseDir : root))
  const b = baseRuns[r]!, h = headRuns[r]!
  out(`  round ${r + 1}: base ${b.perRecordUs}; working tree ${h.perRecordUs} one record at a time, ${h.batchedUs ?? "–"} in batches of 256; quick answers alone: base ${b.quickUs}, working tree ${h.quickUs}`)
}
const same = (k: keyof StageFigures) => [...baseRuns, ...headRuns].every((x) => x[k] === baseRuns[0]![k])
const work0 = baseRuns[0]!
if (!same("records") || !same("evaluations") || !same("findings") || !same("rejected")) {
  out(`the two trees did not do the same work: base ${JSON.stringify(work0)}, working tree ${JSON.stringify(headRuns[0])}`)
  process.exitCode = 1
}
const mb = median(baseRuns.map((x) => x.perRecordUs)), mh = median(headRuns.map((x) => x.perRecordUs))
const batched = headRuns.every((x) => x.batchedUs !== null) ? median(headRuns.map((x) => x.batchedUs!)) : undefined
out(`${work0.records} records (${work0.rejected} rejected), ${work0.evaluations} rule evaluations, ${work0.findings} findings kept (problems), the same in both trees`)
out(`median of ${rounds} rounds: base ${mb.toFixed(2)}; working tree ${mh.toFixed(2)} one record at a time (${(mh / mb).toFixed(2)} of the base)${batched === undefined ? "" : `, ${batched.toFixed(2)} in batches of 256 (${(batched / mb).toFixed(2)})`}`)
const qb = median(baseRuns.map((x) => x.quickUs)), qh = median(headRuns.map((x) => x.quickUs))
out(`the quick answers alone (every rule asked for the outcome's kind only): base ${qb.toFixed(2)}, working tree ${qh.toFixed(2)} (${(qh / qb).toFixed(2)} of the base)`)
