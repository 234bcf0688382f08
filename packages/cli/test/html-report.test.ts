// The HTML report in a real browser: Debian's Chromium driven by playwright-core (no browser download).
// Locally the test is skipped when /usr/bin/chromium is missing; in CI it must run (.ci/run installs it).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { chromium } from "playwright-core"
import type { Browser } from "playwright-core"
import { computeCheckCharacter } from "@anquan/core"
import type { EvaluatedRecord } from "@anquan/core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { check, installedPacks } from "../src/index.ts"
import type { CheckOptions, CheckResult } from "../src/index.ts"
import { writeGovernanceFixture } from "./fixtures/governance.ts"

const CHROMIUM = "/usr/bin/chromium"
const sample = fileURLToPath(new URL("../../../examples/demo/sample/enterprises.json", import.meta.url))
const artifacts = fileURLToPath(new URL("../../../.ci/artifacts/", import.meta.url))

/** A hostile name: if the page ever ran markup from record data, this would set `window.pwned`. */
const HOSTILE = "</script><script>window.pwned=1</script><!--<img src=x onerror=\"window.pwned=2\">"

/**
 * `n` records: the sample's valid records in turn, each with its own credit code (same division, a
 * numbered organisation part, a correct check character) and a numbered name; record 17 with a hostile name.
 */
const generated = (n: number): Array<Record<string, unknown>> => {
  const sampleRecords = (JSON.parse(readFileSync(sample, "utf8")) as Array<Record<string, unknown>>).slice(0, 7)
  return Array.from({ length: n }, (_, i) => {
    const base = sampleRecords[i % sampleRecords.length]!
    const first17 = String(base["creditCode"]).slice(0, 8) + "T" + String(i).padStart(8, "0")
    return { ...base, creditCode: first17 + computeCheckCharacter(first17), name: i === 17 ? HOSTILE : `${String(base["name"])}第${i}号` }
  })
}

/** The order the page lists units in: major hazard, general, advisory, undecided, compliant; input order within. */
const rank = (e: EvaluatedRecord): number =>
  e.verdict === "major-hazard" ? 0 : e.verdict === "general-hazard" ? 1 : e.verdict === "advisory" ? 2 : e.complete ? 4 : 3

describe.skipIf(!existsSync(CHROMIUM) && process.env["CI"] !== "true")("the HTML report in Chromium", () => {
  let browser: Browser
  let url: string
  /** The same sample with a hazard ledger (test/fixtures/governance.ts) and a campaign. */
  let governanceUrl: string
  /** 3000 generated records, the check's result (units retained, to compare with the page) and the page. */
  let large: { url: string; result: CheckResult; bytes: number }

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "anquan-html-"))
    const render = async (name: string, extra: Partial<CheckOptions>) => {
      let html = ""
      const result = await check({
        input: sample, packs: installedPacks, asOf: "2026-11-23", format: "html", locale: "zh-CN",
        write: (s) => (html += s), progress: { tick: () => {}, done: () => {} }, ...extra
      })
      const file = join(dir, name)
      writeFileSync(file, html)
      return { url: pathToFileURL(file).href, result, bytes: Buffer.byteLength(html) }
    }
    url = (await render("report.html", {})).url
    const largeInput = join(dir, "large.json")
    writeFileSync(largeInput, JSON.stringify(generated(3000)))
    large = await render("large.html", { input: largeInput, retainEnterprises: true })
    const fx = await writeGovernanceFixture(join(dir, "governance"))
    governanceUrl = (await render("governance.html", {
      ledger: { db: fx.ledger, jurisdictions: fx.jurisdictions },
      campaign: { campaign: fx.campaign, roster: fx.roster, hazards: fx.hazards, inspections: fx.inspections, reports: fx.reports }
    })).url
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
    })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  it("renders summary, charts, verdicts, findings with filters, rejected records and a language switch, offline", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } })
    const requests: Array<string> = []
    page.on("request", (r) => {
      if (!r.url().startsWith("file:")) requests.push(r.url())
    })
    await page.goto(url)
    await page.waitForSelector("body[data-ready='1']", { timeout: 20_000 })

    expect(await page.textContent("#title")).toBe("安全生产合规检查报告")
    expect(await page.textContent("[data-card='records'] .n")).toBe("8")
    expect(await page.textContent("[data-card='rejected'] .n")).toBe("1")
    // four charts rendered as SVG with real shapes
    for (const id of ["chart-verdicts", "chart-severity", "chart-pack", "chart-sector"]) {
      expect(await page.locator(`#${id} svg path`).count(), id).toBeGreaterThan(3)
    }
    expect(await page.locator("#chart-verdicts svg text").allTextContents()).toContain("判定结论")
    expect(await page.locator("#verdict-table tr[data-verdict]").count()).toBe(7)
    expect(await page.locator("#verdict-table tr[data-verdict='general-hazard']").count()).toBe(5)
    expect(await page.locator("#verdict-table tr[data-verdict='major-hazard']").count()).toBe(1)
    expect(await page.textContent("[data-card='major'] .n")).toBe("1")
    // 16 violations (5 major) and 3 indeterminate findings (see the demo's sample and its test)
    expect(await page.locator("#findings tr.finding").count()).toBe(19)
    expect(await page.locator("#findings tr.finding[data-outcome='violation']").count()).toBe(16)
    expect(await page.locator("#findings tr.finding[data-severity='major'][data-outcome='violation']").count()).toBe(5)
    expect(await page.locator("#rejected").textContent()).toContain("sectors.1")
    // no ledger, no campaign: no such sections and no rate cards
    expect(await page.locator("#governance").count()).toBe(0)
    expect(await page.locator("#campaign").count()).toBe(0)
    expect(await page.locator("[data-card='rectification-rate']").count()).toBe(0)

    // the lists' totals: every evaluated unit, every finding kept
    expect(await page.getAttribute("#units-pager", "data-total")).toBe("7")
    expect(await page.getAttribute("#findings-pager", "data-total")).toBe("19")
    // the units with problems first: the major hazard, the general ones, then the one without violation
    expect(await page.locator("#verdict-table tr[data-verdict]").evaluateAll((rows) => rows.map((r) => (r as unknown as { dataset: { verdict: string } }).dataset.verdict)))
      .toEqual(["major-hazard", ...Array(5).fill("general-hazard"), "no-violation"])

    // search and filters run asynchronously (a slice of the embedded units at a time): wait for the lists
    await page.fill("#q", "恒远")
    await page.waitForSelector("body[data-list='ready']")
    expect(await page.locator("#findings tr.finding").count()).toBe(2)
    expect(await page.locator("#verdict-table tr[data-verdict]").count()).toBe(1)
    // a unit's findings, rendered when it is opened
    expect(await page.locator("#verdict-table tr.details").count()).toBe(0)
    await page.click("#verdict-table tr[data-verdict] button.toggle")
    expect(await page.locator("#verdict-table tr.details tr.unit-finding").count()).toBe(2)
    await page.click("#verdict-table tr[data-verdict] button.toggle")
    expect(await page.locator("#verdict-table tr.details").count()).toBe(0)
    await page.fill("#q", "")
    await page.waitForSelector("body[data-list='ready']")
    await page.selectOption("#f-outcome", "indeterminate")
    await page.waitForSelector("body[data-list='ready']")
    expect(await page.locator("#findings tr.finding").count()).toBe(3)
    expect(await page.locator("#findings").textContent()).toContain("enterprise.employees")
    await page.selectOption("#f-outcome", "")
    await page.waitForSelector("body[data-list='ready']")
    expect(await page.locator("#findings tr.finding").count()).toBe(19)

    await page.click("#lang")
    await page.waitForSelector("body[data-ready='1']")
    expect(await page.textContent("#title")).toBe("Work-safety compliance report")
    expect(await page.locator("#chart-verdicts svg text").allTextContents()).toContain("Verdicts")
    expect(await page.locator("#verdict-table").textContent()).toContain("General accident hazard")

    mkdirSync(artifacts, { recursive: true })
    await page.screenshot({ path: join(artifacts, "html-report.png"), fullPage: true })
    expect(requests, "the report must not load anything from the network").toEqual([])
    await page.close()
  }, 60_000)

  it("renders the hazard governance and campaign sections with their charts, rates in the summary and both languages", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } })
    const requests: Array<string> = []
    const errors: Array<string> = []
    page.on("request", (r) => {
      if (!r.url().startsWith("file:")) requests.push(r.url())
    })
    page.on("pageerror", (e) => errors.push(String(e)))
    await page.goto(governanceUrl)
    await page.waitForSelector("body[data-ready='1']", { timeout: 20_000 })

    expect(await page.textContent("#h-governance")).toBe("隐患治理")
    expect(await page.textContent("#h-campaign")).toBe("专项行动")
    // the ledger's overall rates among the summary cards: 4 of 17 closed, 8 of 17 overdue on 2026-11-23
    expect(await page.textContent("[data-card='rectification-rate'] .n")).toBe("23.5%")
    expect(await page.textContent("[data-card='rectification-rate'] .l")).toBe("整改率")
    expect(await page.textContent("[data-card='overdue-rate'] .n")).toBe("47.1%")
    expect(await page.textContent("[data-card='overdue-rate'] .l")).toBe("逾期率")
    expect(await page.textContent("[data-card='hazards-total'] .n")).toBe("17")
    expect(await page.textContent("[data-card='hazards-major'] .n")).toBe("5")

    // the ECharts instances and what they draw
    const options = () => page.evaluate(() => {
      const ids = ["chart-hazard-state", "chart-hazard-level", "chart-rates-month", "chart-rates-jurisdiction",
        "chart-campaign-phases", "chart-campaign-coverage", "chart-campaign-reports"]
      type Option = { title: Array<{ text: string }>; xAxis: Array<{ data?: Array<string> }>; yAxis: Array<{ data?: Array<string> }>; series: Array<{ name?: string; data: Array<unknown> }> }
      // in the page (the tsconfig has no DOM lib): ECharts' global and the document
      const w = globalThis as unknown as {
        echarts: { getInstanceByDom: (e: unknown) => { getOption: () => Option } | undefined }
        document: { getElementById: (id: string) => unknown }
      }
      return Object.fromEntries(ids.map((id) => {
        const o = w.echarts.getInstanceByDom(w.document.getElementById(id))?.getOption()
        if (o === undefined) return [id, null]
        const value = (d: unknown) => (typeof d === "object" && d !== null && "value" in d ? (d as { value: unknown }).value : d)
        return [id, {
          title: o.title[0]!.text,
          x: o.xAxis?.[0]?.data ?? null,
          y: o.yAxis?.[0]?.data ?? null,
          series: o.series.map((s) => ({ name: s.name ?? null, data: s.data.map(value) }))
        }]
      }))
    })
    const zh = await options()
    const state = zh["chart-hazard-state"]!
    expect(state.title).toBe("隐患按状态和等级")
    expect(state.x).toEqual(["已上报", "已评估定级", "已制定整改方案", "整改中", "待验收", "已销号", "重新打开"])
    expect(state.series).toEqual([
      { name: "重大隐患", data: [2, 1, 1, 0, 0, 1, 0] },
      { name: "一般隐患", data: [7, 0, 0, 1, 1, 3, 0] }
    ])
    expect(zh["chart-hazard-level"]!.series[0]!.data).toEqual([5, 12])
    const month = zh["chart-rates-month"]!
    expect(month.x).toEqual(["2026-10", "2026-11"])
    expect(month.series.map((s) => s.name)).toEqual(["整改率", "逾期率"])
    expect(month.series[0]!.data.length).toBe(2)
    expect(month.series[0]!.data[0]).toBeCloseTo((3 / 15) * 100, 9)
    expect(month.series[0]!.data[1]).toBeCloseTo(50, 9)
    expect(month.series[1]!.data[0]).toBeCloseTo((8 / 15) * 100, 9)
    expect(month.series[1]!.data[1]).toBe(0)
    const byCity = zh["chart-rates-jurisdiction"]!
    expect(byCity.x).toEqual(["杭州市", "宁波市", "温州市", "嘉兴市"])
    expect((byCity.series[0]!.data as Array<number>).map((v) => Math.round(v * 10) / 10)).toEqual([33.3, 20, 33.3, 0])
    expect((byCity.series[1]!.data as Array<number>).map((v) => Math.round(v * 10) / 10)).toEqual([66.7, 0, 66.7, 66.7])
    const phases = zh["chart-campaign-phases"]!
    expect(phases.x).toEqual(["自查自改", "集中整治", "巩固提升"])
    expect(phases.series.map((s) => [s.name, s.data])).toEqual([
      ["发现", [0, 17, 0]], ["已整改", [0, 4, 0]], ["未整改", [0, 13, 0]], ["逾期", [0, 8, 0]]
    ])
    expect((zh["chart-campaign-coverage"]!.series[0]!.data as Array<number>).map((v) => Math.round(v * 10) / 10)).toEqual([85.7, 80, 33.3])
    expect(zh["chart-campaign-reports"]!.series[0]!.data).toEqual([1, 1, 1, 3, 0, 0])
    // and each chart really drew: SVG shapes in every one
    for (const id of Object.keys(zh)) expect(await page.locator(`#${id} svg path`).count(), id).toBeGreaterThan(3)

    // the small tables
    expect(await page.locator("#ledger-metrics tr[data-row='month']").count()).toBe(2)
    expect(await page.locator("#ledger-metrics tr[data-row='jurisdiction']").count()).toBe(5)
    expect(await page.locator("#ledger-overdue tr.overdue-hazard").count()).toBe(8)
    expect(await page.locator("#ledger-overdue").textContent()).toContain("杭州恒远机械制造有限公司")
    expect(await page.textContent("[data-card='campaign-status'] .n")).toBe("进行中")
    expect(await page.textContent("[data-card='campaign-phase'] .n")).toBe("集中整治")
    expect(await page.textContent("[data-card='campaign-coverage'] .n")).toBe("6/7")
    expect(await page.textContent("[data-card='reports-late'] .n")).toBe("1")
    expect(await page.locator("#campaign-phases tr[data-phase-status='current']").count()).toBe(1)
    expect(await page.locator("#campaign-reports tr[data-report-status='late']").count()).toBe(1)
    expect(await page.textContent("#campaign-uncovered")).toContain("宁波甬城建设工程有限公司")

    await page.click("#lang")
    await page.waitForSelector("body[data-ready='1']")
    expect(await page.textContent("#h-governance")).toBe("Hazard governance")
    expect(await page.textContent("#h-campaign")).toBe("Campaign")
    expect(await page.textContent("[data-card='rectification-rate'] .l")).toBe("rectification rate")
    const en = await options()
    expect(en["chart-hazard-state"]!.title).toBe("Hazards by state and level")
    expect(en["chart-hazard-state"]!.x![0]).toBe("reported")
    expect(en["chart-rates-month"]!.series.map((s) => s.name)).toEqual(["rectification rate", "overdue rate"])
    expect(en["chart-campaign-phases"]!.title).toBe("Hazards per phase")
    expect(await page.locator("#chart-hazard-state svg text").allTextContents()).toContain("Hazards by state and level")
    expect(await page.textContent("[data-card='campaign-status'] .n")).toBe("running")

    mkdirSync(artifacts, { recursive: true })
    await page.click("#lang")
    await page.waitForSelector("body[data-ready='1']")
    await page.screenshot({ path: join(artifacts, "html-report-governance.png"), fullPage: true })
    expect(requests, "the report must not load anything from the network").toEqual([])
    expect(errors).toEqual([])
    await page.close()
  }, 60_000)

  it("lists thousands of units a page at a time, problems first, with search, and the report's totals", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } })
    const errors: Array<string> = []
    page.on("pageerror", (e) => errors.push(String(e)))
    await page.goto(large.url)
    await page.waitForSelector("body[data-ready='1'][data-list='ready']", { timeout: 30_000 })
    const report = large.result.report
    const units = [...report.enterprises].sort((a, b) => rank(a) - rank(b) || a.index - b.index)
    expect(units.length).toBe(3000)
    const byRank = [0, 1, 2, 3, 4].map((r) => units.filter((e) => rank(e) === r).length)
    expect(byRank[0]).toBeGreaterThan(50)

    // the totals are the report's
    expect(await page.textContent("[data-card='records'] .n")).toBe(String(report.totals.records))
    expect(await page.textContent("[data-card='major'] .n")).toBe(String(report.verdicts["major-hazard"]))
    expect(await page.getAttribute("#units-pager", "data-total")).toBe(String(report.totals.evaluated))
    const kept = report.byOutcome.violation + report.byOutcome.waived + report.byOutcome.indeterminate + report.byOutcome.error
    expect(await page.getAttribute("#findings-pager", "data-total")).toBe(String(kept))
    // the charts' data is the report's counts
    const verdictSeries = await page.evaluate(() => {
      const w = globalThis as unknown as {
        echarts: { getInstanceByDom: (e: unknown) => { getOption: () => { series: Array<{ data: Array<{ value: number }> }> } } }
        document: { getElementById: (id: string) => unknown }
      }
      return w.echarts.getInstanceByDom(w.document.getElementById("chart-verdicts")).getOption().series[0]!.data.map((d) => d.value)
    })
    expect(verdictSeries).toEqual([report.verdicts["major-hazard"], report.verdicts["general-hazard"], report.verdicts.advisory, report.verdicts["no-violation"]])

    // one page of 50 units, in the order problems first
    const codes = () => page.locator("#verdict-table tr[data-verdict] code").allTextContents()
    expect(await codes()).toEqual(units.slice(0, 50).map((e) => e.subject.creditCode))
    expect(await page.locator("#findings tr.finding").count()).toBe(50)
    await page.click("#units-pager button[data-go='next']")
    expect(await page.getAttribute("#units-pager", "data-page")).toBe("2")
    expect(await codes()).toEqual(units.slice(50, 100).map((e) => e.subject.creditCode))
    await page.click("#units-pager button[data-go='last']")
    expect(await page.getAttribute("#units-pager", "data-page")).toBe("60")
    expect(await codes()).toEqual(units.slice(2950).map((e) => e.subject.creditCode))

    // a unit's findings when it is opened: the ones the report kept for it
    await page.click("#units-pager button[data-go='first']")
    const first = units[0]!
    await page.click(`#verdict-table tr[data-pos='0'] button.toggle`)
    expect(await page.locator("#verdict-table tr.details tr.unit-finding").count()).toBe(first.findings.length)

    // search: one unit by its credit code, among 3000
    const wanted = units.find((e) => e.subject.name.endsWith("第2345号"))!
    await page.fill("#q", wanted.subject.creditCode)
    await page.waitForSelector("body[data-list='ready']")
    expect(await page.getAttribute("#units-pager", "data-matched")).toBe("1")
    expect(await page.locator("#verdict-table tr[data-verdict]").textContent()).toContain("第2345号")
    expect(await page.locator("#findings tr.finding").count()).toBe(wanted.findings.length)
    // by name, and the hostile name is text, never markup
    await page.fill("#q", "window.pwned")
    await page.waitForSelector("body[data-list='ready']")
    expect(await page.locator("#verdict-table tr[data-verdict] td").first().textContent()).toContain(HOSTILE)
    expect(await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned)).toBeUndefined()
    // a rank: every compliant unit
    await page.fill("#q", "")
    await page.selectOption("#f-rank", "compliant")
    await page.waitForSelector("body[data-list='ready']")
    expect(await page.getAttribute("#units-pager", "data-matched")).toBe(String(byRank[4]))
    expect(await page.locator("#verdict-table tr[data-verdict='no-violation']").count()).toBe(Math.min(50, byRank[4]!))
    await page.selectOption("#f-rank", "")
    await page.selectOption("#f-severity", "major")
    await page.waitForSelector("body[data-list='ready']")
    expect(await page.getAttribute("#findings-pager", "data-matched")).toBe(String(units.reduce((n, e) => n + e.findings.filter((f) => f.severity === "major").length, 0)))
    expect(errors).toEqual([])

    mkdirSync(artifacts, { recursive: true })
    await page.selectOption("#f-severity", "")
    await page.waitForSelector("body[data-list='ready']")
    await page.screenshot({ path: join(artifacts, "html-report-3000-zh.png"), fullPage: true })
    await page.click("#lang")
    await page.waitForSelector("body[data-ready='1']")
    await page.screenshot({ path: join(artifacts, "html-report-3000-en.png"), fullPage: true })
    await page.close()
  }, 90_000)
})
