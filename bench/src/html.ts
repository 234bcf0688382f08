/**
 * `node bench/src/html.ts [--n 100000] [--seed N] [--runs 3] [--no-load] [--keep]` — the HTML report at scale.
 *
 * Generates (or reuses, from $BENCH_DATA as `pnpm bench` caches it) N seeded records as NDJSON, runs
 * `anquan check <file> --format html --out <file>` through the source bin (`node --max-semi-space-size=16
 * --no-allocation-site-pretenuring packages/cli/src/bin.ts`, as `pnpm anquan` runs it) under `/usr/bin/time`, and prints:
 *
 * - the HTML file's size (MB), the check's wall time and peak RSS;
 * - its load time in headless Chromium (/usr/bin/chromium, driven by @anquan/cli's playwright-core):
 *   navigation start → the page's ready mark (`performance.mark("anquan-ready")`, set when every chart
 *   has drawn and the first page of units is listed), median of `--runs` fresh pages, with
 *   DOMContentLoaded and the load event alongside and the page's JS heap;
 * - a search over every unit (one credit code), from typing to the lists shown again.
 *
 * `--no-load` skips the browser (e.g. for 1M records, to measure the check's RSS only). Figures are
 * printed, not asserted: the aim is a page that opens in under 3 s at 100 000 records.
 */
import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { BENCH_AS_OF, GENERATOR_VERSION, makeGenerator, writeNdjson } from "./generate.ts"
import { args, fmt, load, median } from "./util.ts"

const a = args()
const n = Number(a.get("n") ?? 100_000)
const seed = Number(a.get("seed") ?? 20261123)
const runs = Number(a.get("runs") ?? 3)
const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), "..")
const repoDir = resolve(benchDir, "..")
const dataDir = process.env.BENCH_DATA ?? "/tmp/anquan-bench"
const CHROMIUM = "/usr/bin/chromium"
const log = (s: string) => process.stderr.write(s + "\n")

/** What the bench uses of playwright-core's browser and page. */
interface Page {
  goto(url: string, o: object): Promise<unknown>
  waitForSelector(selector: string, o?: object): Promise<unknown>
  evaluate<A>(f: () => A): Promise<A>
  click(selector: string): Promise<void>
  fill(selector: string, value: string): Promise<void>
  getAttribute(selector: string, name: string): Promise<string | null>
  locator(selector: string): { last(): { textContent(): Promise<string | null> } }
  close(): Promise<void>
}
interface Browser {
  newPage(o: object): Promise<Page>
  close(): Promise<void>
}

mkdirSync(dataDir, { recursive: true })
// the same cache file as `pnpm bench` (its throughput data for N = 100 000, its stream data for 1M)
const data = join(dataDir, `${n === 1_000_000 ? "stream" : "mixed"}-g${GENERATOR_VERSION}-s${seed}-n${n}`)
const marker = `${data}.done`
if (!(existsSync(data) && existsSync(marker) && readFileSync(marker, "utf8") === String(statSync(data).size))) {
  log(`generating ${fmt(n)} records into ${data} …`)
  await writeNdjson(makeGenerator({ seed }), n, data)
  writeFileSync(marker, String(statSync(data).size))
}
const input = `${data}.ndjson`
if (!existsSync(input)) symlinkSync(data, input)
const out = join(tmpdir(), `anquan-bench-html-${n}.html`)

log(`check --format html: ${fmt(n)} records (${fmt(statSync(data).size / 1e6, 0)} MB NDJSON) …`)
const loadBefore = load()
let stderr = ""
try {
  execFileSync("/usr/bin/time", ["-f", "__TIME__ %e %M", process.execPath, "--max-semi-space-size=16", "--no-allocation-site-pretenuring", join(repoDir, "packages/cli/src/bin.ts"),
    "check", input, "--format", "html", "--out", out, "--as-of", BENCH_AS_OF], { cwd: repoDir, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 })
} catch (e) {
  // exit 1 (violations found) is the normal outcome; anything else is a failure
  const err = e as { status?: number; stderr?: Buffer }
  stderr = err.stderr?.toString() ?? ""
  if (err.status !== 1) throw new Error(`check --format html failed (exit ${err.status}):\n${stderr.slice(-3000)}`)
}
const timeLine = stderr.split("\n").find((l) => l.startsWith("__TIME__"))
if (timeLine === undefined) throw new Error(`no /usr/bin/time figures:\n${stderr.slice(-3000)}`)
const [, wallS, maxKb] = timeLine.split(" ")
const figures: Record<string, unknown> = {
  records: n,
  htmlMb: Number((statSync(out).size / 1e6).toFixed(1)),
  checkWallMs: Math.round(Number(wallS) * 1000),
  checkPeakRssMb: Math.round(Number(maxKb) / 1024),
  load: { before: loadBefore, after: load() }
}
log(`  ${figures["htmlMb"]} MB in ${fmt(Number(wallS), 1)} s, peak RSS ${figures["checkPeakRssMb"]} MB`)

if (!a.has("no-load")) {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (or run with --no-load)`)
  // playwright-core is @anquan/cli's (test) dependency: resolved from there, no browser download
  // (typed here as far as used: the bench does not depend on it)
  const { chromium } = createRequire(join(repoDir, "packages/cli/package.json"))("playwright-core") as { chromium: { launch: (o: object) => Promise<Browser> } }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]
  })
  const url = pathToFileURL(out).href
  const loads: Array<{ readyMs: number; domContentLoadedMs: number; loadEventMs: number; heapMb: number }> = []
  let searchMs = 0
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(url, { waitUntil: "commit", timeout: 120_000 })
    await page.waitForSelector("body[data-ready='1'][data-list='ready']", { timeout: 120_000 })
    const m = await page.evaluate(() => {
      const p = (globalThis as unknown as {
        performance: {
          getEntriesByName: (n: string) => Array<{ startTime: number }>
          getEntriesByType: (t: string) => Array<{ domContentLoadedEventEnd: number; loadEventEnd: number }>
          memory?: { usedJSHeapSize: number }
        }
      }).performance
      const nav = p.getEntriesByType("navigation")[0]!
      return { readyMs: p.getEntriesByName("anquan-ready")[0]!.startTime, domContentLoadedMs: nav.domContentLoadedEventEnd, loadEventMs: nav.loadEventEnd, heapMb: (p.memory?.usedJSHeapSize ?? 0) / 1e6 }
    })
    loads.push(m)
    log(`  load ${run + 1}/${runs}: ready ${fmt(m.readyMs)} ms (DOMContentLoaded ${fmt(m.domContentLoadedMs)} ms, load ${fmt(m.loadEventMs)} ms), JS heap ${fmt(m.heapMb)} MB`)
    if (run === runs - 1) {
      // a search over every unit: the last unit's credit code (the last page of the compliant ones)
      await page.click("#units-pager button[data-go='last']")
      const code = (await page.locator("#verdict-table tr[data-verdict] code").last().textContent())!
      const t = performance.now()
      await page.fill("#q", code)
      await page.waitForSelector("body[data-list='ready']", { timeout: 120_000 })
      searchMs = performance.now() - t
      const matched = await page.getAttribute("#units-pager", "data-matched")
      log(`  search for ${code}: ${fmt(searchMs)} ms, ${matched} unit(s) found`)
    }
    await page.close()
  }
  await browser.close()
  figures["loadReadyMs"] = Math.round(median(loads.map((l) => l.readyMs)))
  figures["loadDomContentLoadedMs"] = Math.round(median(loads.map((l) => l.domContentLoadedMs)))
  figures["loadEventMs"] = Math.round(median(loads.map((l) => l.loadEventMs)))
  figures["jsHeapMb"] = Math.round(median(loads.map((l) => l.heapMb)))
  figures["searchAllMs"] = Math.round(searchMs)
}
if (!a.has("keep")) rmSync(out, { force: true })
else figures["file"] = out

process.stdout.write(JSON.stringify(figures, null, 2) + "\n")
log(`html report, ${fmt(n)} records: ${figures["htmlMb"]} MB, check ${fmt(figures["checkWallMs"] as number)} ms, peak RSS ${figures["checkPeakRssMb"]} MB` +
  (figures["loadReadyMs"] === undefined ? "" : `; opens in headless Chromium in ${fmt(figures["loadReadyMs"] as number)} ms (navigation start → ready, median of ${runs}; aim < 3000 ms); search over every unit ${fmt(figures["searchAllMs"] as number)} ms`))
