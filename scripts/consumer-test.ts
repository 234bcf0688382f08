/**
 * The consumer test: the packages as a user gets them, outside the workspace.
 *
 *   node scripts/consumer-test.ts            # build, pack, lint the tarballs, install and use them twice
 *   node scripts/consumer-test.ts --no-build # the packages' dist/ is already built (.ci/run builds first)
 *
 * 1. `pnpm -r pack` every package under packages/ into a temporary folder (pnpm rewrites `exports` to
 *    dist/ and `workspace:` ranges to versions, as `pnpm publish` does).
 * 2. The package shape: publint (--strict) and are-the-types-wrong on every tarball, offline. attw's
 *    `cjs-resolves-to-esm` is ignored: it predates `require(esm)`, which every Node the packages allow
 *    (engines >= 24) has; step 4b below proves a real `require()` works.
 * 3. For the lowest and the newest effect of the range the packages accept (the peer range of
 *    @anquan/core, e.g. ^4.1.0 → 4.1.0 and the newest 4.x that npm serves): the newest is the README's
 *    "Use it in your project" install (`npm init -y`, `npm install` of the README's packages, run
 *    verbatim but for the tarballs), then every other tarball, typescript, @types/node and vitest added to it; the lowest is
 *    `npm init -y` in an empty temporary folder and `npm install` of every tarball with that effect and
 *    the same tools. No workspace, no overrides.
 * 4. In each install:
 *    a. exactly one copy of effect (and the version asked for), no PostgreSQL driver (an optional peer) but
 *       `pg` for @anquan/cluster's job queue (pg-boss) alone, and none at all in the README's install;
 *       the install's size is printed;
 *    b. ESM: the README's "Use it in your project" program (examples/quickstart/src/first.mjs);
 *    c. CommonJS: `require()` of every package, and the plain API through it;
 *    d. `tsc --noEmit` (strict, nodenext) over the Effect-API example (examples/effect-app/src) with the
 *       consumer's own effect, the plain-API one (examples/quickstart/src) and a `.cts` file importing the
 *       packages; then both examples run (docs/getting-started.md shows them);
 *    e. the third-party pack example (examples/vendor-pack: src, test, sample) under vitest with
 *       @anquan/testing;
 *    f. the published `anquan` runs `diff` (the construction edition switch) and `checklist` (a GB18030 CSV),
 *       and the README's full-report commands (check → ledger import → ledger
 *       transition → check --format html with --ledger and --campaign) and `anquan --version` prints the
 *       package's version.
 *
 * Prints one line per install (effect version, copies, size, seconds) and exits 1 on the first failure.
 * Needs the npm registry (or npm's cache).
 */
import { execFileSync } from "node:child_process"
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { basename, join } from "node:path"
import { fileURLToPath } from "node:url"
import { checkPackage, createPackageFromTarballData } from "@arethetypeswrong/core"
import { pageData, runFullReport } from "../examples/demo/test/readme.ts"

const root = fileURLToPath(new URL("..", import.meta.url))
const started = Date.now()
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`
const step = (title: string) => console.log(`\n-- consumer: ${title} (${elapsed()})`)

const fail = (message: string): never => {
  console.error(`consumer test FAILED: ${message}`)
  process.exit(1)
}
const check = (ok: boolean, message: string) => {
  if (!ok) fail(message)
}

/** Runs a command, its output shown; throws (and so fails the test) on a non-zero exit. */
const run = (cwd: string, cmd: string, args: ReadonlyArray<string>, env: Record<string, string> = {}) =>
  execFileSync(cmd, args, { cwd, stdio: "inherit", env: { ...process.env, NO_COLOR: "1", ...env } })
/** Runs a command and returns its stdout. */
const output = (cwd: string, cmd: string, args: ReadonlyArray<string>) =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "inherit"] })

const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8"))
const rootPackage = readJson(join(root, "package.json"))
const devVersion = (name: string): string => rootPackage.devDependencies[name] ?? fail(`package.json: no devDependency ${name}`)
const corePackage = readJson(join(root, "packages/core/package.json"))
const effectRange: string = corePackage.peerDependencies?.effect ?? fail("packages/core/package.json: effect is not a peer dependency")
const lowestEffect = /^\^(\d+\.\d+\.\d+)$/.exec(effectRange)?.[1] ?? fail(`effect's peer range should be ^x.y.z, is ${effectRange}`)

const work = mkdtempSync(join(tmpdir(), "anquan-consumer-"))
process.on("exit", () => rmSync(work, { recursive: true, force: true }))

if (!process.argv.includes("--no-build")) {
  step("build")
  run(root, "pnpm", ["run", "build"])
}

step("pack every package")
const tarballDir = join(work, "tarballs")
run(root, "pnpm", ["-r", "--filter", "./packages/**", "pack", "--pack-destination", tarballDir, "--silent"])
const tarballs = readdirSync(tarballDir).filter((f) => f.endsWith(".tgz")).map((f) => join(tarballDir, f))
const packageDirs = readdirSync(join(root, "packages")).filter((d) => existsSync(join(root, "packages", d, "package.json")))
check(tarballs.length === packageDirs.length, `${tarballs.length} tarballs for ${packageDirs.length} packages`)

step("package shape: publint and are-the-types-wrong")
for (const tarball of tarballs) {
  run(root, process.execPath, [join(root, "node_modules/publint/src/cli.js"), "run", "--strict", tarball])
  // are-the-types-wrong from its library, one process for every tarball (its CLI starts TypeScript each time)
  const analysis = await checkPackage(createPackageFromTarballData(new Uint8Array(readFileSync(tarball))))
  if (analysis.types === false) fail(`${analysis.packageName}: no types`)
  const problems = analysis.problems.filter((p) => p.kind !== "CJSResolvesToESM")
  check(problems.length === 0, `are-the-types-wrong, ${analysis.packageName}: ${JSON.stringify(problems)}`)
  const entrypoints = Object.keys(analysis.entrypoints)
  console.log(`are-the-types-wrong: ${analysis.packageName} ${entrypoints.join(", ")}: no problems in node10, node16 (CJS, ESM) and bundler resolution (CJS resolving to ESM is fine: require(esm))`)
}

/** Every installed copy of a package (node_modules/<name>, at any depth). */
const copiesOf = (dir: string, name: string): Array<string> => {
  const found: Array<string> = []
  const walk = (modules: string) => {
    if (!existsSync(modules)) return
    for (const entry of readdirSync(modules)) {
      if (entry.startsWith(".")) continue
      const scoped = entry.startsWith("@") ? readdirSync(join(modules, entry)).map((e) => `${entry}/${e}`) : [entry]
      for (const pkg of scoped) {
        const path = join(modules, pkg)
        if (pkg === name && existsSync(join(path, "package.json"))) found.push(path)
        walk(join(path, "node_modules"))
      }
    }
  }
  walk(join(dir, "node_modules"))
  return found
}

/** The installed packages (package-lock.json keys) that need `name`: a dependency, or a peer that is not optional. */
const dependentsOf = (app: string, name: string): ReadonlyArray<string> => {
  interface Locked {
    readonly dependencies?: Record<string, string>
    readonly peerDependencies?: Record<string, string>
    readonly peerDependenciesMeta?: Record<string, { optional?: boolean }>
  }
  const lock = readJson(join(app, "package-lock.json")) as { packages: Record<string, Locked> }
  return Object.entries(lock.packages)
    .filter(([key, p]) => key !== "" && (name in (p.dependencies ?? {}) || (name in (p.peerDependencies ?? {}) && p.peerDependenciesMeta?.[name]?.optional !== true)))
    .map(([key]) => key)
}

const sizeOf = (path: string): number => {
  const s = statSync(path, { throwIfNoEntry: false })
  if (s === undefined || s.isSymbolicLink()) return 0
  if (!s.isDirectory()) return s.size
  return readdirSync(path).reduce((sum, e) => sum + sizeOf(join(path, e)), 0)
}

const cjsScript = (packages: ReadonlyArray<string>) => `// CommonJS: require() of every package (Node's require(esm)), and the plain API through it.
const assert = require("node:assert/strict")
for (const name of ${JSON.stringify(packages)}) {
  const m = require(name)
  assert.ok(Object.keys(m).length > 0, name + " exports nothing through require()")
}
const { Engine } = require("@anquan/core")
const { workSafetyLaw } = require("@anquan/pack-work-safety-law")
const report = Engine.make({ packs: [workSafetyLaw] }).evaluate(
  [{ creditCode: "91330106MA2H7Q0X10", name: "杭州恒远机械制造有限公司", jurisdiction: "330106", sectors: ["industry-trade"],
     employees: 150, dangerousGoodsActivities: [], safetyDepartment: false,
     keyPeople: [{ name: "郑丽", roles: ["safety-officer"], employment: "part-time" }] }, { employees: "many" }],
  { asOf: "2026-11-23" })
assert.equal(report.enterprises[0].verdict, "general-hazard")
assert.deepEqual(report.rejected.map((r) => r.index), [1])
console.log("require(): " + ${JSON.stringify(packages)}.length + " packages load; verdict " + report.enterprises[0].verdict)
`

const ctsFile = `// A CommonJS TypeScript file: tsc must agree with Node that these packages can be required.
import { Engine } from "@anquan/core"
import { workSafetyLaw } from "@anquan/pack-work-safety-law"
import { HazardLedger } from "@anquan/hazard-ledger"
import { PackTester } from "@anquan/testing"

export const engine = Engine.make({ packs: [workSafetyLaw] })
export const layer = HazardLedger.memory
export const tester = PackTester.make(workSafetyLaw)
`

const tsconfig = {
  compilerOptions: {
    strict: true,
    module: "nodenext",
    moduleResolution: "nodenext",
    target: "es2023",
    lib: ["es2023"],
    types: ["node"],
    noEmit: true,
    allowImportingTsExtensions: true,
    skipLibCheck: true
  },
  include: ["effect-app", "quickstart", "types-cjs.cts"]
}

const installs: Array<string> = []
const readmeApp = join(work, "app-readme")

step("the README's \"Use it in your project\", verbatim but for the tarballs: npm init -y, npm install, node first.mjs")
{
  const readmeText = readFileSync(join(root, "README.md"), "utf8")
  const section = /## Use it in your project\n[\s\S]*?```sh\n([\s\S]*?)```/.exec(readmeText)?.[1] ?? fail("README.md: no sh block under \"Use it in your project\"")
  const lines = section.trim().split("\n")
  check(lines[0] === "npm init -y" && lines[1]!.startsWith("npm install ") && lines.length === 2, `README.md "Use it in your project": expected npm init -y and npm install, got ${section}`)
  // pnpm names @anquan/<name>'s tarball anquan-<name>-<version>.tgz
  const byName = new Map(tarballs.map((t) => [`@anquan/${/^anquan-(.+)-\d+\.\d+\.\d+\.tgz$/.exec(basename(t))?.[1] ?? fail(`tarball name ${t}`)}`, t]))
  for (const [name, t] of byName) check(existsSync(t) && packageDirs.some((d) => readJson(join(root, "packages", d, "package.json")).name === name), `${t}: no package ${name} in packages/`)
  const args = lines[1]!.split(/\s+/).slice(2).map((a) => byName.get(a) ?? a)
  const app = readmeApp
  mkdirSync(app)
  run(app, "npm", ["init", "-y", "--silent"])
  run(app, "npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...args])
  cpSync(join(root, "examples/quickstart/src/first.mjs"), join(app, "first.mjs"))
  const first = output(app, process.execPath, ["first.mjs"])
  process.stdout.write(first)
  check(first.includes("杭州恒远机械制造有限公司: General accident hazard") && /record 1 rejected: creditCode: /.test(first), "first.mjs: unexpected output")
  check(copiesOf(app, "effect").length === 1, "the README's install has more than one effect")
  for (const driver of ["@effect/sql-pg", "pg"]) check(copiesOf(app, driver).length === 0, `the README's install has ${driver}, though nothing asked for it`)
  installs.push(`README "Use it in your project": npm install ${lines[1]!.split(/\s+/).slice(2).join(" ")}: node_modules ${(sizeOf(join(app, "node_modules")) / 1e6).toFixed(0)} MB`)
}
for (const [label, effectSpec] of [["lowest", `effect@${lowestEffect}`], ["newest", `effect@${effectRange}`]] as const) {
  const t0 = Date.now()
  const tools = [`typescript@${devVersion("typescript")}`, `@types/node@${devVersion("@types/node")}`, `vitest@${devVersion("vitest")}`]
  // The newest effect is what the README's own install resolved: that install, plus the tools, is the newest round
  // (one npm install fewer). The lowest round installs from nothing with the lowest effect pinned.
  const app = label === "newest" ? readmeApp : join(work, `app-${label}-effect`)
  if (label === "newest") {
    step(`${label} effect in the range ${effectRange}: the README's install, plus every other tarball and ${tools.join(" ")}`)
    run(app, "npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...tarballs, ...tools])
  } else {
    mkdirSync(app)
    step(`${label} effect in the range ${effectRange}: npm init + npm install (${effectSpec})`)
    run(app, "npm", ["init", "-y", "--silent"], {})
    run(app, "npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...tarballs, effectSpec, ...tools])
  }

  const effects = copiesOf(app, "effect")
  const effectVersion: string = readJson(join(app, "node_modules/effect/package.json")).version
  check(effects.length === 1, `${effects.length} copies of effect: ${effects.join(", ")}`)
  if (label === "lowest") check(effectVersion === lowestEffect, `effect ${effectVersion} installed, ${lowestEffect} asked for`)
  const size = sizeOf(join(app, "node_modules"))
  console.log(`one copy of effect (${effectVersion}); node_modules: ${(size / 1e6).toFixed(0)} MB`)
  // the PostgreSQL driver is an optional peer: a SQLite user (the CLI's full report below) does without it. Only
  // @anquan/cluster, whose job queue is PostgreSQL (pg-boss), brings `pg`, through pg-boss and nothing else.
  check(copiesOf(app, "@effect/sql-pg").length === 0, "@effect/sql-pg is installed, though nothing asked for it")
  const pgDependents = dependentsOf(app, "pg")
  // pg-pool is pg's own pool, installed by pg, with pg as its peer
  check(pgDependents.every((d) => d === "node_modules/pg-boss" || d === "node_modules/pg-pool"), `pg is installed for ${pgDependents.join(", ")}, not only for @anquan/cluster's pg-boss`)

  if (label === "lowest") {
    // the newest round's install already ran it, verbatim from the README
    step(`${label}: ESM, the README's first program`)
    cpSync(join(root, "examples/quickstart/src/first.mjs"), join(app, "first.mjs"))
    const first = output(app, process.execPath, ["first.mjs"])
    process.stdout.write(first)
    check(first.includes("杭州恒远机械制造有限公司: General accident hazard"), "first.mjs: the enterprise's verdict is missing")
    check(/record 1 rejected: creditCode: /.test(first), "first.mjs: the bad record is not reported")
  }

  step(`${label}: CommonJS require()`)
  const names = packageDirs.map((d) => readJson(join(root, "packages", d, "package.json")).name as string)
  writeFileSync(join(app, "check.cjs"), cjsScript(names))
  run(app, process.execPath, ["check.cjs"])

  step(`${label}: tsc --noEmit (strict, nodenext) over the Effect-API example and a .cts file, then the example runs`)
  for (const example of ["effect-app", "quickstart"]) {
    cpSync(join(root, "examples", example, "src"), join(app, example), { recursive: true })
    writeFileSync(join(app, example, "package.json"), JSON.stringify({ type: "module" }) + "\n")
  }
  writeFileSync(join(app, "types-cjs.cts"), ctsFile)
  writeFileSync(join(app, "tsconfig.json"), JSON.stringify(tsconfig, null, 2) + "\n")
  run(app, join(app, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"])
  const effectApp = output(app, process.execPath, ["effect-app/main.ts"])
  process.stdout.write(effectApp)
  check(/^2 of 3 units lack the staffing the province requires/.test(effectApp), "effect-app: unexpected output")
  const quickstart = output(app, process.execPath, ["quickstart/main.ts"])
  process.stdout.write(quickstart)
  check(quickstart.includes("杭州恒远机械制造有限公司: 存在一般事故隐患 (as of 2026-11-23)"), "quickstart: unexpected output")

  step(`${label}: a third-party pack's tests with @anquan/testing under vitest`)
  for (const d of ["src", "test", "sample"]) cpSync(join(root, "examples/vendor-pack", d), join(app, "vendor-pack", d), { recursive: true })
  writeFileSync(join(app, "vendor-pack/package.json"), JSON.stringify({ name: "vendor-pack", private: true, type: "module" }) + "\n")
  run(app, join(app, "node_modules/.bin/vitest"), ["run", "--root", "vendor-pack"])

  step(`${label}: the published anquan runs the README's full report`)
  const bin = join(app, "node_modules/.bin/anquan")
  const version = output(app, bin, ["--version"]).trim()
  const cliVersion: string = readJson(join(app, "node_modules/@anquan/cli/package.json")).version
  check(version.includes(cliVersion), `anquan --version prints ${JSON.stringify(version)}, the package is ${cliVersion}`)
  const report = await runFullReport([bin])
  try {
    for (const r of report.runs) console.log(`anquan ${r.args.slice(0, 2).join(" ")} … → exit ${r.code}${r.stderr === "" ? "" : `\n${r.stderr}`}`)
    check(JSON.stringify(report.runs.map((r) => [r.code, r.stderr])) === JSON.stringify([[3, ""], [0, ""], [0, ""], [3, ""]]), "the full report's exit codes are not 3, 0, 0, 3 without errors")
    check(report.runs[1]!.stdout.includes("opened 15 hazards"), "ledger import did not open the 15 hazards")
    const data = pageData(report.html)
    check(data.ledger?.hazards?.total === 16 && data.campaign?.id === "zj-hazard-campaign-2026", "report.html lacks the governance or campaign section")
    console.log(`report.html: ${data.totals.records} records, ${data.ledger.hazards.total} hazards, campaign ${data.campaign.id}`)
  } finally {
    rmSync(report.dir, { recursive: true, force: true })
  }
  step(`${label}: the published anquan runs diff and checklist`)
  {
    const dir = mkdtempSync(join(tmpdir(), "anquan-consumer-tools-"))
    try {
      const projects = join(dir, "projects.json")
      cpSync(join(root, "packages/pack-construction/sample/construction-projects.json"), projects)
      let diffExit = 0
      let diffOut = ""
      try {
        diffOut = execFileSync(bin, ["diff", projects, "--from", "2024-12-12", "--to", "2024-12-13", "--pack", "construction", "--format", "json"], { cwd: dir, encoding: "utf8" })
      } catch (e) {
        diffExit = (e as { status: number }).status
        diffOut = (e as { stdout: string }).stdout
      }
      const impact = JSON.parse(diffOut)
      check(diffExit === 1 && Array.isArray(impact.gained) && Array.isArray(impact.lost) && impact.changed.length > 0, `anquan diff across the construction edition switch: exit ${diffExit}, ${diffOut.slice(0, 200)}`)
      const csv = join(dir, "checklist.csv")
      run(dir, bin, ["checklist", "--sector", "construction", "--as-of", "2026-11-23", "--format", "csv", "--encoding", "gb18030", "--out", csv])
      const text = new TextDecoder("gb18030").decode(readFileSync(csv))
      check(text.startsWith("path,topic,label_zh,label_en,type,unit,values,rules,value\r\n") && text.includes("统一社会信用代码"), "anquan checklist --encoding gb18030 did not write the checklist")
      console.log(`diff: +${impact.totals.findings.gained} −${impact.totals.findings.lost} ~${impact.totals.findings.changed}; checklist: ${text.trimEnd().split("\r\n").length - 1} facts`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  installs.push(`consumer (${label}): effect ${effectVersion}, 1 copy, node_modules ${(size / 1e6).toFixed(0)} MB, ${((Date.now() - t0) / 1000).toFixed(0)}s`)
}

console.log("")
for (const line of installs) console.log(line)
console.log(`consumer test passed (${elapsed()})`)
