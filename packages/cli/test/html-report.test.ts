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
import { riskImport } from "../src/risk/index.ts"
import { writeGovernanceFixture } from "./fixtures/governance.ts"

const CHROMIUM = "/usr/bin/chromium"
const sample = fileURLToPath(new URL("../../../examples/demo/sample/enterprises.json", import.meta.url))
const riskPoints = fileURLToPath(new URL("../../../examples/risk-register/sample/risk-points.json", import.meta.url))
const investigationCases = fileURLToPath(new URL("./fixtures/investigation/cases.json", import.meta.url))
const artifacts = fileURLToPath(new URL("../../../.ci/artifacts/", import.meta.url))

/** A risk point's name longer than its cell on the risk map. */
const LONG_RISK_POINT = "屋顶广告牌维护及高处作业吊篮安装、拆卸与临时用电作业（含夜间施工）"

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


/** In the page: each chart's box and the boxes of the texts its SVG draws (titles, axis and value labels, legends). */
const CHART_TEXTS = `[...document.querySelectorAll(".chart")].map((c) => {
  const r = c.getBoundingClientRect()
  return {
    id: c.id, box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
    texts: [...c.querySelectorAll("svg text")].map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
      .filter((t) => t.r.width > 0 && t.text.trim() !== "")
      .map((t) => ({ text: t.text, box: { left: t.r.left, top: t.r.top, right: t.r.right, bottom: t.r.bottom } }))
  }
})`

/** In the page: the labels of the by-pack chart's category axis (upright bars: x; lying: y), from its ECharts instance. */
const PACK_AXIS = `(() => {
  const o = echarts.getInstanceByDom(document.getElementById("chart-pack")).getOption()
  return (o.xAxis[0].type === "category" ? o.xAxis[0] : o.yAxis[0]).data
})()`

interface Box { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number }
interface ChartTexts { readonly id: string; readonly box: Box; readonly texts: ReadonlyArray<{ readonly text: string; readonly box: Box }> }

/** Every text cut short (…), reaching out of its chart, or overlapping another text of its chart (by more than 1 px). */
const layoutProblems = (charts: ReadonlyArray<ChartTexts>): Array<string> => {
  const problems: Array<string> = []
  for (const c of charts) {
    c.texts.forEach((t, i) => {
      if (t.text.includes("…")) problems.push(`${c.id}: "${t.text}" is cut short`)
      const b = t.box
      if (b.left < c.box.left - 1 || b.right > c.box.right + 1 || b.top < c.box.top - 1 || b.bottom > c.box.bottom + 1) problems.push(`${c.id}: "${t.text}" reaches out of the chart`)
      for (const u of c.texts.slice(i + 1)) {
        const x = Math.min(b.right, u.box.right) - Math.max(b.left, u.box.left)
        const y = Math.min(b.bottom, u.box.bottom) - Math.max(b.top, u.box.top)
        if (x > 1 && y > 1) problems.push(`${c.id}: "${t.text}" overlaps "${u.text}"`)
      }
    })
  }
  return problems
}

describe.skipIf(!existsSync(CHROMIUM) && process.env["CI"] !== "true")("the HTML report in Chromium", () => {
  let browser: Browser
  let url: string
  /** The same sample with a hazard ledger (test/fixtures/governance.ts), a campaign and a risk register (the risk-register example's points). */
  let governanceUrl: string
  /** The risk section the governance page was written with. */
  let governanceRisk: NonNullable<CheckResult["risk"]>
  /** The ids of the packs the governance page counts findings of, in its order. */
  let governancePacks: ReadonlyArray<string>
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
    // the example's points, one with a long name: the risk map wraps it in its cell, never cuts it
    const points = JSON.parse(readFileSync(riskPoints, "utf8")) as { riskPoints: Array<{ id: string; name: string }> }
    points.riskPoints.find((p) => p.id === "FX-SC-002")!.name = LONG_RISK_POINT
    writeFileSync(join(dir, "risk-points.json"), JSON.stringify(points))
    const riskDb = join(dir, "risk.sqlite")
    const imported = await riskImport({ db: riskDb, file: join(dir, "risk-points.json"), write: () => {}, writeError: () => {} })
    if (imported.exitCode !== 0) throw new Error("the risk register fixture was not imported")
    const governance = await render("governance.html", {
      ledger: { db: fx.ledger, jurisdictions: fx.jurisdictions },
      campaign: { campaign: fx.campaign, roster: fx.roster, hazards: fx.hazards, inspections: fx.inspections, reports: fx.reports },
      risk: { source: riskDb },
      // a section rendered in both languages (the others of its kind are tested as strings: regulator-sections.test.ts)
      investigations: { source: investigationCases }
    })
    governanceUrl = governance.url
    governanceRisk = governance.result.risk!
    governancePacks = Object.keys(governance.result.report.byPack)
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
    // 16 violations (5 major) and 198 indeterminate findings (see the demo's sample and its test): 3, and 65 for each of
    // the three evaluated 工贸 units, whose sample records hold no industry-and-trade facts; the first page shows 50
    expect(await page.locator("#findings tr.finding").count()).toBe(50)
    expect(await page.locator("#rejected").textContent()).toContain("sectors.1")
    // no ledger, no campaign: no such sections and no rate cards
    expect(await page.locator("#governance").count()).toBe(0)
    expect(await page.locator("#campaign").count()).toBe(0)
    expect(await page.locator("[data-card='rectification-rate']").count()).toBe(0)

    // the lists' totals: every evaluated unit, every finding kept
    expect(await page.getAttribute("#units-pager", "data-total")).toBe("7")
    expect(await page.getAttribute("#findings-pager", "data-total")).toBe("214")
    // the violations, filtered: all on one page
    await page.selectOption("#f-outcome", "violation")
    await page.waitForSelector("body[data-list='ready']")
    expect(await page.locator("#findings tr.finding[data-outcome='violation']").count()).toBe(16)
    expect(await page.locator("#findings tr.finding[data-severity='major'][data-outcome='violation']").count()).toBe(5)
    await page.selectOption("#f-outcome", "")
    await page.waitForSelector("body[data-list='ready']")
    // the units with problems first: the major hazard, the general ones, then the one without violation
    expect(await page.locator("#verdict-table tr[data-verdict]").evaluateAll((rows) => rows.map((r) => (r as unknown as { dataset: { verdict: string } }).dataset.verdict)))
      .toEqual(["major-hazard", ...Array(5).fill("general-hazard"), "no-violation"])

    // search and filters run asynchronously (a slice of the embedded units at a time): wait for the lists
    await page.fill("#q", "恒远")
    await page.waitForSelector("body[data-list='ready']")
    // its 2 violations and the 65 undecided items of the industry-and-trade pack, 50 a page
    expect(await page.locator("#findings tr.finding").count()).toBe(50)
    expect(await page.getAttribute("#findings-pager", "data-matched")).toBe("67")
    expect(await page.locator("#verdict-table tr[data-verdict]").count()).toBe(1)
    // a unit's findings, rendered when it is opened
    expect(await page.locator("#verdict-table tr.details").count()).toBe(0)
    await page.click("#verdict-table tr[data-verdict] button.toggle")
    expect(await page.locator("#verdict-table tr.details tr.unit-finding").count()).toBe(67)
    await page.click("#verdict-table tr[data-verdict] button.toggle")
    expect(await page.locator("#verdict-table tr.details").count()).toBe(0)
    await page.fill("#q", "")
    await page.waitForSelector("body[data-list='ready']")
    await page.selectOption("#f-outcome", "indeterminate")
    await page.selectOption("#f-pack", "work-safety-law")
    await page.waitForSelector("body[data-list='ready']")
    // two of the three indeterminate findings outside the industry-and-trade pack are work-safety-law's
    expect(await page.locator("#findings tr.finding").count()).toBe(2)
    expect(await page.locator("#findings").textContent()).toContain("从业人员数") // the missing head-count by its label (the path is its tooltip)
    await page.selectOption("#f-pack", "")
    await page.waitForSelector("body[data-list='ready']")
    expect(await page.getAttribute("#findings-pager", "data-matched")).toBe("198")
    await page.selectOption("#f-outcome", "")
    await page.waitForSelector("body[data-list='ready']")
    expect(await page.locator("#findings tr.finding").count()).toBe(50)

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
    // the sections rendered in both languages: the page's language shown, the other hidden
    expect([await page.isVisible("#investigations [lang='zh-CN'] h2"), await page.isVisible("#investigations [lang='en'] h2")]).toEqual([true, false])

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
    expect([await page.isVisible("#investigations [lang='zh-CN'] h2"), await page.isVisible("#investigations [lang='en'] h2")]).toEqual([false, true])
    expect(await page.textContent("#investigations [lang='en'] h2")).toBe("Accident investigations")

    mkdirSync(artifacts, { recursive: true })
    await page.click("#lang")
    await page.waitForSelector("body[data-ready='1']")
    await page.screenshot({ path: join(artifacts, "html-report-governance.png"), fullPage: true })
    expect(requests, "the report must not load anything from the network").toEqual([])
    expect(errors).toEqual([])
    await page.close()
  }, 60_000)

  it("lays out every chart with no label over another and none cut, at 1024, 1440 and 1920 px wide, in Chinese and English", async () => {
    mkdirSync(artifacts, { recursive: true })
    for (const width of [1024, 1440, 1920]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } })
      const errors: Array<string> = []
      page.on("pageerror", (e) => errors.push(String(e)))
      await page.goto(governanceUrl)
      await page.waitForSelector("body[data-ready='1']", { timeout: 20_000 })
      for (const lang of ["zh-CN", "en"]) {
        if (lang === "en") {
          await page.click("#lang")
          await page.waitForSelector("body[data-ready='1']")
        }
        const charts = (await page.evaluate(CHART_TEXTS)) as ReadonlyArray<ChartTexts>
        // 4 of the check, 4 of the ledger, 3 of the campaign, 4 of the risk register (grades, by unit, a map per enterprise)
        expect(charts.length, "every chart of the page").toBe(15)
        expect(layoutProblems(charts), `${lang} at ${width} px`).toEqual([])
        // each chart drew its title and more than a few labels
        for (const c of charts) expect(c.texts.length, c.id).toBeGreaterThan(3)
        await page.screenshot({ path: join(artifacts, `html-report-${lang === "en" ? "en" : "zh"}-${width}.png`), fullPage: true })
      }
      expect(errors).toEqual([])
      await page.close()
    }
  }, 120_000)

  it("says it all in the report's language: problems of rejected records, missing facts by their labels, packs by name, what each card counts, where rates come from", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(governanceUrl)
    await page.waitForSelector("body[data-ready='1']", { timeout: 20_000 })
    // the rejected record's problems in Chinese (the paths are the input's keys, as code)
    const rejected = await page.locator("#rejected").textContent()
    expect(rejected).toContain("creditCode: 统一社会信用代码校验码错误：应为 R，实际为 X")
    expect(rejected).toContain("employees: 应为数字")
    expect(rejected).toMatch(/sectors\.1: 应为已知的行业领域："hazardous-chemicals" \| /)
    expect(rejected).not.toMatch(/Expected|check character/)
    // an indeterminate finding's missing facts: by their declared labels, the path as a tooltip (issue 24: not
    // "缺少事实: facts.overheadPowerLines"); an undeclared one as a data path, a code element
    await page.selectOption("#f-outcome", "indeterminate")
    await page.selectOption("#f-pack", "work-safety-law")
    await page.waitForSelector("body[data-list='ready']")
    const missing = await page.locator("#findings .missing").allTextContents()
    expect(missing.length).toBeGreaterThan(0)
    for (const m of missing) expect(m).toMatch(/^缺少事实(（数据路径）)?：/)
    expect(await page.locator("#findings .fact-label[title='enterprise.employees']").first().textContent()).toBe("从业人员数")
    expect(await page.locator("#findings code.fact-path").allTextContents()).not.toContain("enterprise.employees")
    // a whole section missing (facts.management of the 工贸 pack) by the label the pack declares for it, never its path
    await page.selectOption("#f-pack", "industry-trade")
    await page.fill("#q", "facts.management")
    await page.waitForSelector("body[data-list='ready']")
    expect(await page.locator("#findings .fact-label[title='facts.management']").first().textContent()).toBe("安全管理")
    expect(await page.locator("#findings code.fact-path").allTextContents()).not.toContain("facts.management")
    await page.fill("#q", "")
    await page.selectOption("#f-pack", "work-safety-law")
    await page.waitForSelector("body[data-list='ready']")
    // the packs by name, in the page's language: never an id
    const names = new Map(installedPacks.map((p) => [p.id, p.name]))
    const packAxis = () => page.evaluate(PACK_AXIS)
    expect(await packAxis()).toEqual(governancePacks.map((id) => names.get(id)!["zh-CN"]))
    expect(await page.locator("#f-pack option").allTextContents()).toEqual(["全部规则包", ...installedPacks.map((p) => p.name["zh-CN"])])
    // each card says what it counts: records, units (家) or findings (条), no stray spaces
    const label = (card: string) => page.textContent(`[data-card='${card}'] .l`)
    expect(await label("records")).toBe("记录（条）")
    expect(await label("evaluated")).toBe("已评估单位（家）")
    expect(await label("major")).toBe("存在重大事故隐患的单位（家）")
    expect(await label("general")).toBe("一般违规（条）")
    expect(await label("indeterminate")).toBe("无法判定的检查项（条）")
    // the ledger's rates with their source and period; the campaign's with theirs, and a note that they differ
    expect(await page.textContent("[data-card='rectification-rate'] .s")).toBe("隐患台账 · 发现于 2026-10-09 – 2026-11-23")
    expect(await page.textContent("[data-card='campaign-rectification-rate'] .s")).toMatch(/^专项行动隐患记录 · 行动期 \d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}$/)
    expect(await page.textContent("#campaign-rates-note")).toContain("与“隐患治理”一节按隐患台账统计的数字来源和期间不同")
    // the reports name no reporter: no 报送单位 column of dashes
    expect(await page.locator("#campaign-reports th").allTextContents()).toEqual(["报送事项", "截止日期", "状态", "报送日期"])

    await page.click("#lang")
    await page.waitForSelector("body[data-ready='1']")
    await page.waitForSelector("body[data-list='ready']")
    expect(await page.locator("#rejected").textContent()).toContain("employees: Expected number")
    expect(await page.locator("#findings .missing").first().textContent()).toMatch(/^missing facts( \(data paths\))?: /)
    expect(await page.locator("#findings .fact-label[title='enterprise.employees']").first().textContent()).toBe("staff")
    expect(await packAxis()).toEqual(governancePacks.map((id) => names.get(id)!.en))
    expect(await label("general")).toBe("general violations (findings)")
    expect(await label("major")).toBe("units with a major accident hazard")
    await page.close()
  }, 60_000)

  it("renders the risk section: grades in the four colours, a risk map per enterprise, the points needing attention, in both languages", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    const errors: Array<string> = []
    page.on("pageerror", (e) => errors.push(String(e)))
    await page.goto(governanceUrl)
    await page.waitForSelector("body[data-ready='1']", { timeout: 20_000 })
    const m = governanceRisk.metrics
    expect(await page.textContent("#h-risk")).toBe("风险分级管控")
    expect(await page.textContent("#risk-meta")).toContain("（未经官方文本核实）")
    const card = (k: string) => page.textContent(`[data-card='${k}'] .n`)
    expect([await card("risk-points"), await card("risk-major"), await card("risk-significant"), await card("risk-general"), await card("risk-low"), await card("risk-unassessed")])
      .toEqual(["7", "2", "1", "2", "1", "1"])
    expect(await card("reviews-overdue")).toBe(String(m.reviewsOverdue.count))
    expect(await card("controls-missing")).toBe(String(m.controlsMissing.count))
    expect(await card("major-no-responsible")).toBe("1")
    expect(await page.textContent("[data-card='risk-major'] .l")).toBe("重大风险（个）")

    type Option = { title: Array<{ text: string }>; xAxis: Array<{ data?: Array<unknown> }>; series: Array<{ name?: string; itemStyle?: { color?: string }; data: Array<unknown> }> }
    const option = (id: string) => page.evaluate((id) => {
      const w = globalThis as unknown as {
        echarts: { getInstanceByDom: (e: unknown) => { getOption: () => Option } }
        document: { getElementById: (id: string) => unknown }
      }
      return w.echarts.getInstanceByDom(w.document.getElementById(id)).getOption()
    }, id)
    // the distribution: 重大 2 (红), 较大 1 (橙), 一般 2 (黄), 低 1 (蓝), 未评价 1
    const grades = (await option("chart-risk-grades")).series[0]!.data as Array<{ name: string; value: number; itemStyle: { color: string } }>
    expect(grades.map((d) => [d.name, d.value, d.itemStyle.color])).toEqual([
      ["重大风险（红）", 2, "#d7191c"], ["较大风险（橙）", 1, "#f28e2b"], ["一般风险（黄）", 2, "#f2c500"], ["低风险（蓝）", 1, "#2c7bb6"], ["未评价", 1, "#b8bec6"]
    ])
    // by enterprise, named as the check's records name them
    const byUnit = await option("chart-risk-enterprises")
    expect(byUnit.xAxis[0]!.data).toEqual(["瑞安市顺达五金商贸有限公司", "杭州味香食品有限公司"])
    expect(byUnit.series.map((x) => [x.name, x.data])).toEqual([["重大", [2, 0]], ["较大", [1, 0]], ["一般", [1, 1]], ["低", [1, 0]], ["未评价", [0, 1]]])
    // each enterprise's map: a cell per risk point in its grade's colour, the most severe first (the cells' places in
    // reading order, as many a row as the width allows), every name drawn
    const cells = async (id: string) => {
      const o = await option(id)
      return { title: o.title[0]!.text, series: o.series.map((x) => [x.name, x.itemStyle?.color, (x.data as Array<[number, number, number]>).map((d) => d[2])]) }
    }
    const first = await cells("chart-risk-map-0")
    expect(first.title).toBe("瑞安市顺达五金商贸有限公司 风险四色分布图")
    expect(first.series).toEqual([
      ["重大风险（红）", "#d7191c", [0, 1]], ["较大风险（橙）", "#f28e2b", [2]], ["一般风险（黄）", "#f2c500", [3]], ["低风险（蓝）", "#2c7bb6", [4]]
    ])
    expect(await page.locator("#chart-risk-map-0 svg text").allTextContents()).toEqual(expect.arrayContaining(["液氨储罐区", "冷库制冷机房", "叉车装卸作业", "配电室", "包装岗位"]))
    expect(await page.locator("#chart-risk-map-0 svg path[fill='#d7191c']").count()).toBeGreaterThanOrEqual(2)
    expect((await cells("chart-risk-map-1")).series.map((x) => [x[0], (x[2] as Array<unknown>).length])).toEqual([
      ["重大风险（红）", 0], ["较大风险（橙）", 0], ["一般风险（黄）", 1], ["低风险（蓝）", 0], ["未评价", 1]
    ])
    // the points needing attention, one row per problem
    const rows = (kind: string) => page.locator(`#risk-attention tr[data-attention='${kind}']`).count()
    expect(await rows("no-responsible")).toBe(1)
    expect(await rows("review-overdue")).toBe(m.reviewsOverdue.count)
    expect(await rows("controls-missing")).toBe(m.controlsMissing.count)
    expect(await rows("reassessment-due")).toBe(m.reassessmentDue.count)
    expect(await page.locator("#risk-attention").textContent()).toContain("重大风险未明确包保责任人")
    // the long name wrapped over lines in its cell, every character drawn
    expect((await page.locator("#chart-risk-map-1 svg text").allTextContents()).join("")).toContain(LONG_RISK_POINT)
    mkdirSync(artifacts, { recursive: true })
    await page.locator("#risk").screenshot({ path: join(artifacts, "html-report-risk-zh.png") })

    await page.click("#lang")
    await page.waitForSelector("body[data-ready='1']")
    expect(await page.textContent("#h-risk")).toBe("Risk grading and control")
    expect((await cells("chart-risk-map-0")).title).toBe("Risk map: 瑞安市顺达五金商贸有限公司")
    expect((await option("chart-risk-grades")).series[0]!.data.map((d) => (d as { name: string }).name))
      .toEqual(["major (red)", "significant (orange)", "general (yellow)", "low (blue)", "not assessed"])
    expect(await page.textContent("[data-card='major-no-responsible'] .l")).toBe("major risks without a responsible person")
    expect(await page.locator("#risk-attention").textContent()).toContain("major risk without a responsible person")
    expect(await page.locator("#risk").textContent()).not.toMatch(/重大风险|复评逾期|风险点/)
    await page.locator("#risk").screenshot({ path: join(artifacts, "html-report-risk-en.png") })
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
