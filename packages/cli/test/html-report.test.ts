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

const CHROMIUM = "/usr/bin/chromium"
const sample = fileURLToPath(new URL("../../../examples/demo/sample/enterprises.json", import.meta.url))
const artifacts = fileURLToPath(new URL("../../../.ci/artifacts/", import.meta.url))

describe.skipIf(!existsSync(CHROMIUM) && process.env["CI"] !== "true")("the HTML report in Chromium", () => {
  let browser: Browser
  let url: string

  beforeAll(async () => {
    let html = ""
    await check({
      input: sample, packs: installedPacks, asOf: "2026-11-23", format: "html", locale: "zh-CN",
      write: (s) => (html += s), progress: { tick: () => {}, done: () => {} }
    })
    const dir = mkdtempSync(join(tmpdir(), "anquan-html-"))
    const file = join(dir, "report.html")
    writeFileSync(file, html)
    url = pathToFileURL(file).href
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
})
