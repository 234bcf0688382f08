// The HTML report in a real browser: Debian's Chromium driven by playwright-core (no browser download).
// Locally the test is skipped when /usr/bin/chromium is missing; in CI it must run (.ci/run installs it).
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { chromium } from "playwright-core"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { check, installedPacks } from "../src/index.ts"
import type { CheckOptions } from "../src/index.ts"
import { writeGovernanceFixture } from "./fixtures/governance.ts"

const CHROMIUM = "/usr/bin/chromium"
const sample = fileURLToPath(new URL("../../../examples/demo/sample/enterprises.json", import.meta.url))
const artifacts = fileURLToPath(new URL("../../../.ci/artifacts/", import.meta.url))

describe.skipIf(!existsSync(CHROMIUM) && process.env["CI"] !== "true")("the HTML report in Chromium", () => {
  let browser: Browser
  let url: string
  /** The same sample with a hazard ledger (test/fixtures/governance.ts) and a campaign. */
  let governanceUrl: string

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "anquan-html-"))
    const render = async (name: string, extra: Partial<CheckOptions>) => {
      let html = ""
      await check({
        input: sample, packs: installedPacks, asOf: "2026-11-23", format: "html", locale: "zh-CN",
        write: (s) => (html += s), progress: { tick: () => {}, done: () => {} }, ...extra
      })
      const file = join(dir, name)
      writeFileSync(file, html)
      return pathToFileURL(file).href
    }
    url = await render("report.html", {})
    const fx = await writeGovernanceFixture(join(dir, "governance"))
    governanceUrl = await render("governance.html", {
      ledger: { db: fx.ledger, jurisdictions: fx.jurisdictions },
      campaign: { campaign: fx.campaign, roster: fx.roster, hazards: fx.hazards, inspections: fx.inspections, reports: fx.reports }
    })
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

    await page.fill("#q", "恒远")
    expect(await page.locator("#findings tr.finding").count()).toBe(2)
    await page.fill("#q", "")
    await page.selectOption("#f-outcome", "indeterminate")
    expect(await page.locator("#findings tr.finding").count()).toBe(3)
    expect(await page.locator("#findings").textContent()).toContain("enterprise.employees")
    await page.selectOption("#f-outcome", "")

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
})
