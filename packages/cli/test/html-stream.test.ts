// The HTML report written as it streams (HtmlReport), read back without a browser: the units are written in
// chunks while they are added, the embedded data is the report's, and no record data can close a script element.
import { fileURLToPath } from "node:url"
import { Engine } from "@anquan/core"
import type { EvaluatedRecord } from "@anquan/core"
import { describe, expect, it } from "vitest"
import { check, HtmlReport, installedPacks } from "../src/index.ts"
import type { CheckReport } from "../src/index.ts"

const sample = fileURLToPath(new URL("../../../examples/demo/sample/enterprises.json", import.meta.url))
const documents = Engine.make({ packs: installedPacks }).registry.documents

const sampleReport = async (): Promise<CheckReport> =>
  (await check({
    input: sample, packs: installedPacks, asOf: "2026-11-23", format: "table", locale: "zh-CN", retainEnterprises: true,
    write: () => {}, progress: { tick: () => {}, done: () => {} }
  })).report

/** The chunks of units in a page, in document order, with their attributes and rows. */
const chunksOf = (html: string) =>
  [...html.matchAll(/<script type="application\/json" class="aq-units" data-rank="(\d)" data-n="(\d+)" data-f="(\d+)">(.*?)<\/script>/gsu)]
    .map((m) => ({ rank: Number(m[1]), n: Number(m[2]), f: Number(m[3]), units: JSON.parse(m[4]!) as Array<Array<any>> }))

const dictionaryOf = (html: string) =>
  JSON.parse(/<script id="anquan-dictionary" type="application\/json">(.*?)<\/script>/su.exec(html)![1]!) as {
    rules: Array<[string, string, string, number]>
    texts: Array<{ "zh-CN": string; en: string }>
    citations: Array<{ "zh-CN": string; en: string }>
  }

describe("HtmlReport", () => {
  it("writes each chunk of units as it fills, before the summary, and the rest at finish", async () => {
    const report = await sampleReport()
    const parts: Array<string> = []
    const html = HtmlReport.start((s) => void parts.push(s), { locale: "zh-CN", documents, chunkSize: 2 })
    expect(parts.join("")).toContain('<section id="list">')
    for (const e of report.enterprises) html.add(e)
    // the five general hazards fill two chunks of two before the report is finished
    const before = parts.join("")
    expect(chunksOf(before).map((c) => [c.rank, c.n])).toEqual([[1, 2], [1, 2]])
    expect(before).not.toContain("anquan-data")
    html.finish(report)
    const page = parts.join("")
    const chunks = chunksOf(page)
    expect(chunks.reduce((n, c) => n + c.n, 0)).toBe(report.totals.evaluated)
    expect(chunks.reduce((n, c) => n + c.f, 0)).toBe(report.enterprises.reduce((n, e) => n + e.findings.length, 0))
    expect(page.trimEnd().endsWith("</html>")).toBe(true)
    expect(() => html.add(report.enterprises[0]!)).toThrow(/after finish/)
  })

  it("embeds every unit with its verdict and findings, readable back through the dictionary", async () => {
    const report = await sampleReport()
    let page = ""
    const html = HtmlReport.start((s) => void (page += s), { locale: "en", documents })
    for (const e of report.enterprises) html.add(e)
    html.finish(report)
    const dict = dictionaryOf(page)
    const units = chunksOf(page).flatMap((c) => c.units.map((u) => ({ rank: c.rank, u })))
    const verdictOrder = ["major-hazard", "general-hazard", "advisory", "no-violation"]
    const byCode = new Map(report.enterprises.map((e) => [e.subject.creditCode, e] as const))
    expect(units.length).toBe(byCode.size)
    for (const { rank, u } of units) {
      const e: EvaluatedRecord = byCode.get(u[0])!
      expect([u[1], u[2], u[3], verdictOrder[u[4]], u[5] === 1]).toEqual([e.subject.name, e.subject.jurisdiction, e.subject.sectors, e.verdict, e.complete])
      expect(rank).toBe(e.verdict === "major-hazard" ? 0 : e.verdict === "general-hazard" ? 1 : e.verdict === "advisory" ? 2 : e.complete ? 4 : 3)
      expect(u[6]).toEqual([e.counts.violation, e.counts.waived, e.counts.indeterminate, e.counts.error])
      const findings = (u[7] ?? []) as Array<Array<any>>
      expect(findings.map((f) => {
        const rule = dict.rules[f[0]]!
        return [rule[0], rule[1], rule[2], dict.texts[rule[3]]!.en, f[5] ?? null]
      })).toEqual(e.findings.map((f) => [f.ruleId, f.ruleVersion, f.pack, f.title.en, f.missing ?? null]))
      for (const f of findings.filter((f) => f[4] !== undefined && f[4] !== null)) expect(dict.texts[f[4]]).toBeDefined()
    }
    // the summary is the report's counts
    const data = JSON.parse(/<script id="anquan-data" type="application\/json">(.*?)<\/script>/su.exec(page)![1]!)
    expect(data.totals).toEqual(report.totals)
    expect(data.verdicts).toEqual(report.verdicts)
    expect(data.bySector).toEqual(report.bySector)
    expect(data.rejected.length).toBe(1)
  })

  it("keeps record data inside its script element: no </script, no <!--", async () => {
    const report = await sampleReport()
    const hostile = "</script><script>alert(1)</script><!-- <script>"
    const e = report.enterprises[0]!
    let page = ""
    const html = HtmlReport.start((s) => void (page += s), { locale: "zh-CN", documents })
    html.add({ ...e, subject: { ...e.subject, name: hostile } })
    html.finish(report)
    expect(page).not.toContain("<!--")
    expect(page).not.toContain("alert(1)</script>")
    // one chunk, the summary, the dictionary, ECharts and the page's script
    expect(page.match(/<script/g)!.length).toBe(5)
    expect(chunksOf(page)[0]!.units[0]![1]).toBe(hostile)
  })

  it("check --format html does not hold the units: the page has them, the returned report only counts them", async () => {
    let page = ""
    const result = await check({
      input: sample, packs: installedPacks, asOf: "2026-11-23", format: "html", locale: "zh-CN",
      write: (s) => void (page += s), progress: { tick: () => {}, done: () => {} }
    })
    expect(result.report.enterprises).toEqual([])
    expect(result.report.totals.evaluated).toBe(7)
    expect(chunksOf(page).reduce((n, c) => n + c.n, 0)).toBe(7)
  })

  it("check --format html with --max-rejected: the page lists that many rejected records and says how many more there were", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs")
    const { tmpdir } = await import("node:os")
    const { join } = await import("node:path")
    const input = join(mkdtempSync(join(tmpdir(), "anquan-html-rejected-")), "bad.ndjson")
    writeFileSync(input, Array.from({ length: 5 }, (_, i) => JSON.stringify({ creditCode: `bad-${i}` })).join("\n") + "\n")
    let page = ""
    const result = await check({
      input, packs: installedPacks, asOf: "2026-11-23", format: "html", locale: "en", maxRejected: 2,
      write: (s) => void (page += s), progress: { tick: () => {}, done: () => {} }
    })
    expect(result.report.totals.rejected).toBe(5)
    const data = JSON.parse(/<script id="anquan-data" type="application\/json">(.*?)<\/script>/su.exec(page)![1]!)
    expect(data.rejected).toHaveLength(2)
    expect(data.rejectedNotListed).toBe(3)
    expect(page).toContain("more rejected records not listed (--max-rejected)")
  })
})
