// The README's "The full report from the bundled sample": runs the commands between
// `<!-- full-report:begin -->` and `<!-- full-report:end -->` as written, in a temporary directory holding a
// copy of the bundled sample at the same relative path, and checks the report they produce.
//
// `bash scripts/dev.sh pnpm anquan …` runs the root package.json's `anquan` script from the root of the
// repository (dev.sh only installs what is missing, then runs its arguments); the test runs that script's
// command with the same arguments, in the temporary directory instead of the root.
import { execFile } from "node:child_process"
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { isAbsolute, join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const prefix = "bash scripts/dev.sh pnpm anquan "

/** The commands of the README's full-report block, each as its words after `pnpm anquan`. */
const readmeCommands = (readme: string): ReadonlyArray<ReadonlyArray<string>> => {
  const block = /<!-- full-report:begin -->\s*```sh\n(.*?)```\s*<!-- full-report:end -->/su.exec(readme)
  if (block === null) throw new Error("README.md: no ```sh block between <!-- full-report:begin --> and <!-- full-report:end -->")
  const lines = block[1]!.replace(/\\\n/g, " ").split("\n").map((l) => l.trim()).filter((l) => l !== "")
  return lines.map((line) => {
    if (!line.startsWith(prefix)) throw new Error(`README.md full-report: every line runs "${prefix}…", not: ${line}`)
    // plain words only, so that the lines paste into any shell and split here without a shell parser
    if (/["'`$;&|<>()*?#]/.test(line)) throw new Error(`README.md full-report: no quotes or shell syntax, please: ${line}`)
    return line.slice(prefix.length).split(/\s+/)
  })
}

/** `pnpm anquan` is the root script `node packages/cli/src/bin.ts`: [node, absolute script]. */
const anquan = (): ReadonlyArray<string> => {
  const script = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts["anquan"]!
  const [node, ...rest] = script.split(/\s+/)
  expect(node).toBe("node")
  return [process.execPath, ...rest.map((a) => (a.startsWith("-") || isAbsolute(a) ? a : join(root, a)))]
}

interface Run {
  readonly args: ReadonlyArray<string>
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

const exec = (cwd: string, argv: ReadonlyArray<string>) =>
  new Promise<Omit<Run, "args">>((resolve) => {
    execFile(argv[0]!, argv.slice(1), { cwd, env: { ...process.env, NO_COLOR: "1" } }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr }))
  })

/** The data embedded in the page (as packages/cli/test/governance.test.ts reads it). */
const pageData = (html: string) => {
  const m = /<script id="anquan-data" type="application\/json">(.*?)<\/script>/su.exec(html)
  if (m === null) throw new Error("no embedded data")
  return JSON.parse(m[1]!)
}

const dir = mkdtempSync(join(tmpdir(), "anquan-full-report-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const runs: Array<Run> = []
let html = ""

beforeAll(async () => {
  cpSync(join(root, "examples/demo/sample"), join(dir, "examples/demo/sample"), { recursive: true })
  const bin = anquan()
  for (const args of readmeCommands(readFileSync(join(root, "README.md"), "utf8"))) {
    runs.push({ args, ...(await exec(dir, [...bin, ...args])) })
  }
  const out = runs.at(-1)!.args
  html = readFileSync(join(dir, out[out.indexOf("--out") + 1]!), "utf8")
}, 60_000)

describe("README: the full report from the bundled sample", () => {
  it("runs check, ledger import, ledger transition and check --ledger --campaign, with the exit codes the README states", () => {
    expect(runs.map((r) => r.args.slice(0, 2).join(" "))).toEqual([
      "check examples/demo/sample/enterprises.json",
      "ledger import",
      "ledger transition",
      "check examples/demo/sample/enterprises.json"
    ])
    // both checks: 2, for the sample's one bad record (as the README says); the ledger commands: 0
    expect(runs.map((r) => [r.code, r.stderr])).toEqual([[2, ""], [0, ""], [0, ""], [2, ""]])
    expect(runs[1]!.stdout).toContain("opened 15 hazards, skipped 0 as duplicates")
    expect(runs[2]!.stdout).toMatch(/^YH-2026-0016: closed \(version 2\)/)
    expect(existsSync(join(dir, "findings.json"))).toBe(true)
    expect(existsSync(join(dir, "anquan.sqlite"))).toBe(true)
  })

  it("the report has the findings, the governance section and the campaign section, with their charts", () => {
    for (const section of ["governance", "campaign", "rejected-section"]) expect(html).toContain(`<section id="${section}"`)
    for (
      const chart of [
        "chart-verdicts", "chart-hazard-state", "chart-hazard-level", "chart-rates-month", "chart-rates-jurisdiction",
        "chart-campaign-phases", "chart-campaign-coverage", "chart-campaign-reports"
      ]
    ) expect(html).toContain(`id="${chart}"`)
    const data = pageData(html)
    expect(data.totals).toMatchObject({ records: 8, evaluated: 7, rejected: 1 })
    expect(data.enterprises).toHaveLength(7)
  })

  it("governance: 16 hazards by state and level, 整改率 and 逾期率 in total, by month and by city, the overdue ones", () => {
    const L = pageData(html).ledger
    // 15 imported (5 major, without deadline; 10 general, due 2026-11-08) and 1 fixed on the spot, as of today
    expect(L.hazards).toMatchObject({ total: 16, byLevel: { general: 11, major: 5 }, discoveredLater: 0 })
    expect(L.hazards.byState.reported).toEqual({ general: 10, major: 5 })
    expect(L.hazards.byState.closed).toEqual({ general: 1, major: 0 })
    expect(L.total).toMatchObject({ found: 16, major: 5, closed: 1, open: 15, overdue: 10, rectificationRate: 1 / 16, overdueRate: 10 / 16 })
    expect(L.months.map((m: { key: string; metrics: { found: number } }) => [m.key, m.metrics.found])).toEqual([["2026-10", 15], ["2026-11", 1]])
    expect(L.jurisdictions.map((j: { label: string; metrics: { found: number } }) => `${j.label} ${j.metrics.found}`))
      .toEqual(["浙江省 0", "杭州市 6", "宁波市 5", "温州市 3", "嘉兴市 2"])
    expect(L.overdue.count).toBe(10)
    expect(L.overdue.hazards).toHaveLength(10)
    expect(L.overdue.hazards.every((h: { deadline: string; daysOverdue: number }) => h.deadline === "2026-11-08" && h.daysOverdue > 0)).toBe(true)
  })

  it("campaign: every record file given, 6 of 7 units covered, 17 hazards, reports and targets", () => {
    const C = pageData(html).campaign
    expect(C).toMatchObject({
      id: "zj-hazard-campaign-2026",
      records: { roster: true, hazards: true, inspections: true, reports: true },
      units: { inScope: 7, covered: 6 },
      hazards: { total: { found: 17, major: 5, fixed: 4 } }
    })
    expect(C.phases.map((p: { name: string }) => p.name)).toEqual(["自查自改", "集中整治", "巩固提升"])
    expect(C.reports.states.length).toBeGreaterThan(0)
    expect(C.targets.length).toBe(4)
  })
})
