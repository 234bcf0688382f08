// The published `anquan` is the bundle `packages/cli/dist/bin.js` (→ `dist/run.js`, with the ledger's modules
// outside the bundle, loaded from the library build). This test runs the README's full report, `packs` and a bad
// input with that executable, as its shebang starts it, and with the source bin (`pnpm anquan`), and expects the
// same exit codes, the same output on stdout and stderr and the same files.
//
// It needs `pnpm build` newer than every source it bundles: CI builds right before the tests. Elsewhere, without a
// fresh build, it is skipped (and says so); in CI (`CI` set) a missing or stale build fails it.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { builtBin, exec, pageData, root, type Run, runFullReport, sourceBin } from "./readme.ts"

/** Why the build is missing or older than a source it bundles, or `undefined` when it is fresh. */
const staleBuild = (): string | undefined => {
  const outputs = ["packages/cli/dist/bin.js", "packages/cli/dist/run.js", "packages/cli/dist/ledger/index.js"].map((p) => join(root, p))
  const missing = outputs.find((p) => !existsSync(p))
  if (missing !== undefined) return `${missing} is missing`
  const built = Math.min(...outputs.map((p) => statSync(p).mtimeMs))
  const newest = (dir: string): { path: string; mtime: number } => {
    let best = { path: dir, mtime: 0 }
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name)
      const found = entry.isDirectory() ? newest(p) : { path: p, mtime: statSync(p).mtimeMs }
      if (found.mtime > best.mtime) best = found
    }
    return best
  }
  const sources = [
    ...readdirSync(join(root, "packages")).map((p) => join(root, "packages", p, "src")).filter((p) => existsSync(p)).map(newest),
    ...["packages/cli/tsup.config.ts", "packages/cli/tsup.bin.config.ts", "packages/cli/package.json"].map((p) => ({ path: join(root, p), mtime: statSync(join(root, p)).mtimeMs }))
  ]
  const newer = sources.find((s) => s.mtime > built)
  return newer === undefined ? undefined : `${newer.path} is newer than the build`
}

const stale = staleBuild()
if (stale !== undefined && process.env["CI"] !== undefined && process.env["CI"] !== "") {
  throw new Error(`the built executable is not fresh (${stale}): run \`pnpm build\` before the tests`)
}
if (stale !== undefined) console.warn(`executable.test.ts skipped: ${stale}; run \`pnpm build\` to test the built executable`)

describe.skipIf(stale !== undefined)("the built executable (packages/cli/dist/bin.js) and the source bin agree", () => {
  let built: { readonly dir: string; readonly runs: ReadonlyArray<Run>; readonly html: string }
  let source: typeof built
  beforeAll(async () => {
    built = await runFullReport(builtBin())
    source = await runFullReport(sourceBin())
  }, 120_000)
  afterAll(() => {
    for (const r of [built, source]) if (r !== undefined) rmSync(r.dir, { recursive: true, force: true })
  })

  it("on the README's full report: exit codes, stdout, stderr, findings.json and the report's data", () => {
    expect(built.runs.map((r) => r.code)).toEqual([3, 0, 0, 3])
    // the ledger gives imported hazards random ids and records the instant of each event (json: UTC, Z; the text
    // output: Beijing time, +08:00), and the report names
    // its input by absolute path (each run has its own directory): those differ
    const steady = (text: string, dir: string) =>
      text.replaceAll(dir, "<dir>").replace(/YH-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "YH-<uuid>")
        .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|\+08:00)/g, "<instant>")
    const outputs = (r: typeof built) => r.runs.map(({ args, code, stdout, stderr }) => ({ args, code, stdout: steady(stdout, r.dir), stderr: steady(stderr, r.dir) }))
    expect(outputs(built)).toEqual(outputs(source))
    const findings = (r: typeof built) => steady(readFileSync(join(r.dir, "findings.json"), "utf8"), r.dir)
    expect(findings(built)).toBe(findings(source))
    const data = (r: typeof built) => {
      const d = JSON.parse(steady(JSON.stringify(pageData(r.html)), r.dir))
      // overdue hazards with the same deadline come in the order of their (random) ids
      d.ledger.overdue.hazards.sort((a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
      return d
    }
    expect(data(built)).toEqual(data(source))
    // the governance section read the ledger through the dynamically imported ledger modules
    expect(pageData(built.html).ledger.hazards.total).toBe(16)
  })

  it("on `packs --format json` and on a missing input file", async () => {
    for (const args of [["packs", "--format", "json"], ["check", "no-such-file.json"]]) {
      const [b, s] = await Promise.all([exec(root, [...builtBin(), ...args]), exec(root, [...sourceBin(), ...args])])
      expect(b).toEqual(s)
    }
    const missing = await exec(root, [...builtBin(), "check", "no-such-file.json"])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/^anquan: .*no-such-file\.json/)
  }, 30_000) // five starts of the executable: more than vitest's default 5 s on a loaded machine
})
