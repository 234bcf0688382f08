// The enforcement (--enforcement), credit (--credit) and investigation (--investigations) sections of
// `anquan check`'s html and json reports, read in-process as strings: the figures the stores and the
// cases give, hostile names inert, each language block free of the other language, bad sources refused.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { check, installedPacks, UsageError } from "../src/index.ts"
import type { CheckResult } from "../src/index.ts"
import { creditClassesCommand, creditListAdd } from "../src/credit/commands.ts"
import { enforcementImport } from "../src/enforcement/index.ts"
import { SECTION_TEXTS } from "../src/output/sections.ts"
import { block, HOSTILE, prose, AS_OF, bothPages, sectionReport } from "./fixtures/sections.ts"

const enterprises = fileURLToPath(new URL("../../../examples/demo/sample/enterprises.json", import.meta.url))
const casesSample = fileURLToPath(new URL("../../../examples/enforcement/sample/cases.json", import.meta.url))
const creditRecord = fileURLToPath(new URL("../../../examples/credit/sample/record.json", import.meta.url))
const creditTree = fileURLToPath(new URL("../../../examples/credit/sample/jurisdictions.json", import.meta.url))
const investigationCases = fileURLToPath(new URL("./fixtures/investigation/cases.json", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "anquan-regulator-sections-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const quiet = { write: () => {}, writeError: () => {}, cwd: dir }

const paths = { enforcement: join(dir, "enforcement.sqlite"), credit: join(dir, "credit.sqlite"), investigations: join(dir, "investigations.json") }

beforeAll(async () => {
  // the enforcement sample, one case renamed to the hostile name and one with the id __proto__
  const sample = JSON.parse(readFileSync(casesSample, "utf8")) as { jurisdictions: unknown; cases: Array<Record<string, unknown>> }
  sample.cases[4]!["subjectName"] = HOSTILE
  sample.cases[4]!["id"] = "__proto__"
  writeFileSync(join(dir, "cases.json"), JSON.stringify(sample))
  const imported = await enforcementImport({ ...quiet, db: paths.enforcement, file: join(dir, "cases.json") })
  if (imported.exitCode !== 0) throw new Error(`enforcement fixture: ${JSON.stringify(imported)}`)
  // the credit sample's classes recorded as ratings, and one hostile-named entry
  const system = { actorId: "SYS", actorName: "导入", actorRole: "system" as const, jurisdictions: creditTree }
  const classes = await creditClassesCommand({ ...quiet, ...system, db: paths.credit, file: creditRecord, asOf: "2026-11-01", record: true })
  if (classes.exitCode === 2) throw new Error(`credit fixture: ${JSON.stringify(classes.error)}`)
  const added = await creditListAdd({
    ...quiet, ...system, db: paths.credit, enterprise: "91330381MA2L9RT6N9", enterpriseJurisdiction: "330381", condition: "fatal-accident",
    from: "2026-03-01", reason: "SG-2026-0007", name: HOSTILE
  })
  if (added.exitCode === 2) throw new Error(`credit fixture: ${JSON.stringify(added.error)}`)
  // the investigation fixture, one case with the hostile name as its accident id, and one that does not decode
  const cases = JSON.parse(readFileSync(investigationCases, "utf8")) as Array<{ accident: Record<string, unknown> }>
  cases[0]!.accident["id"] = HOSTILE
  writeFileSync(paths.investigations, JSON.stringify([...cases, { accident: { id: "SG-BAD" }, investigatedBy: "nobody" }]))
})

const report = sectionReport(() => ({
  enforcement: { source: paths.enforcement }, credit: { source: paths.credit, enterprises: creditRecord }, investigations: { source: paths.investigations }
}))

describe("the regulator's sections of the html report", () => {
  let zhPage: string
  let enPage: string
  let result: CheckResult
  beforeAll(async () => {
    ({ zhPage, enPage, result } = await bothPages(report))
  })

  it("enforcement: cases by stage, overdue and running orders, 第七十八条 publication, the year's figures against the target", () => {
    const e = result.enforcement!
    expect(e.cases.total).toBe(8)
    expect(e.cases.open + e.cases.closed).toBe(8)
    expect(Object.values(e.cases.byStage).reduce((a, b) => a + b, 0)).toBe(e.cases.open)
    expect(e.statistics.period).toEqual({ from: "2026-01-01", to: AS_OF })
    expect(e.statistics.target?.growthPercent).toBe(15)
    expect(e.publication.calendar).toBe("weekends-only")
    const html = block(zhPage, "enforcement", "zh-CN")
    expect(html).toContain(`data-card="orders-overdue"><div class="n">${e.overdueOrders.length}</div>`)
    expect(html).toContain(`data-card="publication-late"><div class="n">${e.publication.late.length}</div>`)
    expect((html.match(/class="overdue-order"/g) ?? []).length).toBe(e.overdueOrders.length)
    expect((html.match(/class="publication-late"/g) ?? []).length).toBe(e.publication.late.length)
    expect((html.match(/class="running-order"/g) ?? []).length).toBe(e.runningOrders.length)
    expect((html.match(/class="publication-due"/g) ?? []).length).toBe(e.publication.due.length)
    // a decision is either published in time, late (or not yet and past its deadline), or still due
    for (const d of e.publication.due) expect(d.deadline >= AS_OF).toBe(true)
    expect(e.publication.late.filter((l) => e.publication.due.some((d) => d.caseId === l.caseId))).toEqual([])
    expect(e.overdueOrders.length + e.publication.late.length + e.runningOrders.length).toBeGreaterThan(0)
    expect(html).toContain("未提供工作日历：只扣除周末")
    expect(html).toContain("应急管理部门")
    const t = e.statistics.total.target!
    expect(html).toContain(`data-card="enforcement-target"><div class="n">${t.actual}/${t.required}</div>`)
  })

  it("credit: entries in force, enterprises by class, the rating rate against ≥ 90 %", () => {
    const c = result.credit!
    expect(c.entriesByStatus.active).toBe(1)
    expect(c.inForce.map((x) => x.condition)).toEqual([{ id: "fatal-accident", label: "发生死亡事故" }])
    expect(c.classes.map((k) => k.id)).toEqual(["A", "B", "C", "D"])
    expect(c.classes.reduce((n, k) => n + k.enterprises, 0)).toBe(c.rated)
    expect(c.rated).toBe(7)
    expect(c.rate?.targetPercent).toBe(90)
    const zh = block(zhPage, "credit", "zh-CN")
    for (const k of c.classes) expect(zh).toContain(`data-card="credit-class-${k.id}"><div class="n">${k.enterprises}</div><div class="l">${k.id}类（${k.label}）企业（家）</div>`)
    expect(zh).toContain(`data-card="credit-rate"><div class="n">${c.rate!.total.percent}%</div>`)
    expect(zh).toContain("发生死亡事故")
    const en = block(enPage, "credit", "en")
    expect(en).toContain("<code>fatal-accident</code>")
    expect(en).toContain("rating rate (target ≥ 90%)")
  })

  it("investigations: cases by grade, deadlines and their status, overdue ones, the closure checklist, the rejected case", () => {
    const s = result.investigations!
    expect(s.summary.cases).toBe(s.cases.length)
    expect(Object.values(s.byGrade).reduce((a, b) => a + b, 0)).toBe(s.cases.length)
    // the fixture's own bad case and the one added: listed with their problems, never dropped
    expect(s.rejected.map((r) => r.index)).toEqual([2, 3])
    expect(s.rejected[1]!.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["3.investigatedBy", "3.accident.occurredAt"]))
    const html = block(zhPage, "investigations", "zh-CN")
    expect((html.match(/class="investigation"/g) ?? []).length).toBe(s.cases.length)
    expect((html.match(/data-report="overdue"|data-report="late"/g) ?? []).length).toBe(s.summary.reportOverdue)
    expect((html.match(/class="closure" data-closure="open"/g) ?? []).length).toBe(s.summary.open)
    expect(html).toContain("原因查清")
    expect(html).toContain("一般事故")
    expect(html).toContain("无法读取的案件")
    expect(html).toContain(s.rejected[1]!.issues.find((i) => i.path === "3.investigatedBy")!.message["zh-CN"].replace(/"/g, "&quot;"))
    // a closed case: every item of its checklist done
    const closed = s.cases.find((c) => c.closure.status === "closed")!
    expect(closed.closure.items.every((i) => i.status === "done")).toBe(true)
  })

  it("keeps hostile names inert: escaped text, no markup, no prototype trouble", () => {
    for (const page of [zhPage, enPage]) {
      expect(page).not.toContain("<script>alert(1)")
      expect(page).not.toContain("<img src=x")
      const escaped = "&lt;/td&gt;&lt;/table&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; __proto__"
      for (const id of ["enforcement", "credit", "investigations"]) expect(block(page, id, page === zhPage ? "zh-CN" : "en"), id).toContain(escaped)
    }
    // the case whose id is __proto__ is counted and listed like any other
    expect(result.enforcement!.cases.total).toBe(8)
    expect(block(zhPage, "enforcement", "zh-CN")).toContain("<code>__proto__</code>")
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined()
  })

  it("says it all in each language: no Chinese in the English blocks, no English in the Chinese ones", () => {
    const data = [HOSTILE, ...result.enforcement!.overdueOrders.flatMap((o) => [o.subjectName ?? ""]), ...result.enforcement!.runningOrders.map((o) => o.subjectName ?? ""),
      ...result.enforcement!.publication.late.map((f) => f.documentNo), ...result.credit!.inForce.map((e) => e.name ?? "")].filter((d) => d !== "")
    // the problems of a rejected case are core's decode messages, in each language (the English ones gloss a term in Chinese)
    const messages = (l: "zh-CN" | "en") => result.investigations!.rejected.flatMap((r) => r.issues.map((i) => i.message[l]))
    for (const id of ["enforcement", "credit", "investigations"]) {
      const zh = prose(block(zhPage, id, "zh-CN"), [...data, ...messages("zh-CN")])
      const en = prose(block(enPage, id, "en"), [...data, ...messages("en")])
      expect(zh.match(/[A-Za-z]{2,}/g), `${id}: English in the zh-CN block`).toBeNull()
      expect(en.match(/[\u3000-\u9fff\uff00-\uffef]/g), `${id}: Chinese in the en block`).toBeNull()
      // both blocks are in both pages, the page's language shown
      expect(zhPage).toContain(`<div data-lang-block lang="en" hidden>${block(zhPage, id, "en")}`)
      expect(enPage).toContain(`<div data-lang-block lang="zh-CN" hidden>${block(enPage, id, "zh-CN")}`)
    }
    expect(Object.keys(SECTION_TEXTS.en).sort()).toEqual(Object.keys(SECTION_TEXTS["zh-CN"]).sort())
  })

  it("the page's language switch shows one block; print hides the switch", () => {
    expect(zhPage).toContain('querySelectorAll("[data-lang-block]")')
    expect(zhPage).toMatch(/@media print \{[\s\S]*#lang, \.filters, \.pager/)
  })
})

describe("the regulator's sections of the json report, and bad sources", () => {
  it("the json report carries the sections as read", async () => {
    const { out, result } = await report("json", "zh-CN")
    const json = JSON.parse(out)
    expect(json.enforcement.cases).toEqual(result.enforcement!.cases)
    expect(json.enforcement.overdueOrders).toEqual(result.enforcement!.overdueOrders)
    expect(json.credit.classes).toEqual(result.credit!.classes)
    expect(json.investigations.summary).toEqual(result.investigations!.summary)
  })

  it("a working-day calendar counts the holidays given", async () => {
    const calendar = join(dir, "calendar.json")
    writeFileSync(calendar, JSON.stringify({ holidays: ["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"], workdays: ["2026-09-27", "2026-10-10"] }))
    const { out } = await report("html", "zh-CN", { enforcement: { source: paths.enforcement, calendar } })
    expect(block(out, "enforcement", "zh-CN")).toContain("工作日按所给的工作日历")
    // a decision still to publish: its deadline counted with the same calendar
    const cases = JSON.parse(readFileSync(join(dir, "cases.json"), "utf8")) as { cases: Array<Record<string, unknown>> }
    const { publishedOn: _published, ...penalty } = cases.cases[1]!["penalty"] as Record<string, unknown>
    const { closedOn: _closed, ...open } = cases.cases[1]!
    cases.cases = [{ ...open, id: "DUE-1", reviews: [], penalty: { ...penalty, documentNo: "罚DUE-1", decidedOn: "2026-09-29" } }]
    writeFileSync(join(dir, "due.json"), JSON.stringify(cases))
    const db = join(dir, "due.sqlite")
    const imported = await enforcementImport({ ...quiet, db, file: join(dir, "due.json") })
    expect(imported.exitCode, JSON.stringify(imported)).toBe(0)
    const asOf = "2026-09-30"
    const section = async (withCalendar: boolean) =>
      (await check({ input: enterprises, packs: installedPacks, asOf, format: "json", locale: "zh-CN", write: () => {}, enforcement: { source: db, ...(withCalendar ? { calendar } : {}) } })).enforcement!.publication.due
    // decided Tue 09-29: the 7th working day is 10-08 with weekends only; with the calendar (10-01, 10-02, 10-05 … 10-07 off,
    // Sat 10-10 worked: 09-30, 10-08, 10-09, 10-10, 10-12, 10-13, 10-14) 10-14
    expect(await section(false)).toEqual([{ caseId: "DUE-1", documentNo: "罚DUE-1", decidedOn: "2026-09-29", deadline: "2026-10-08" }])
    expect((await section(true)).map((d) => d.deadline)).toEqual(["2026-10-14"])
  })

  it("refuses what is not a store, by the flag's name; other formats refuse the sections", async () => {
    const none = join(dir, "none.sqlite")
    await expect(report("html", "zh-CN", { enforcement: { source: none } })).rejects.toThrow(/^--enforcement .*no enforcement case store at/)
    await expect(report("html", "zh-CN", { credit: { source: paths.enforcement } })).rejects.toThrow(/^--credit .*is not a credit store \(no anquan_credit_entries table\)/)
    await expect(report("html", "zh-CN", { investigations: { source: join(dir, "missing.json") } })).rejects.toBeInstanceOf(UsageError)
    await expect(check({ input: enterprises, packs: installedPacks, asOf: AS_OF, format: "table", locale: "zh-CN", write: () => {}, credit: { source: paths.credit } }))
      .rejects.toThrow(/--credit adds a section to the html and json reports/)
  })
})
