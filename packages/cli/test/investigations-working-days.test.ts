// `anquan check --investigations … --investigations-day-kind working --calendar holidays.json`: the report (第二十九条)
// and approval (第三十二条) deadlines of the investigation section counted in working days by the calendar file
// --enforcement takes, at the boundaries (the deadline day on time, the day after late), and the flags' usage errors.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { UsageError } from "../src/index.ts"
import { investigationSection } from "../src/investigation/section.ts"
import { runInProcess } from "./fixtures/inProcess.ts"
import { block } from "./fixtures/sections.ts"

const dir = mkdtempSync(join(tmpdir(), "anquan-investigations-working-days-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const enterprises = fileURLToPath(new URL("../../../examples/demo/sample/enterprises.json", import.meta.url))

// 2026's National Day week as the test's calendar: 10-01, 10-02, 10-05 … 10-07 off; Sunday 09-27 and Saturday 10-10 worked
const calendar = join(dir, "calendar.json")
writeFileSync(calendar, JSON.stringify({ holidays: ["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"], workdays: ["2026-09-27", "2026-10-10"] }))
const accident = (id: string) => ({
  id, occurredAt: "2026-08-15T10:00:00+08:00", jurisdiction: "330381", subject: "914403001922038216", sector: "industry-trade",
  deaths: 0, seriousInjuries: 0, directLossYuan: 100000, description: "机械伤害"
})
// a 一般 accident: the approval is due 15 days after the report (submitted Tue 09-29): calendar days 10-14; working days
// 09-30, 10-08, 10-09, 10-10 (worked), 10-12 … 10-16, 10-19 … 10-23, 10-26: 10-26
const approved = (id: string, approvedOn: string) => ({ accident: accident(id), investigatedBy: "county", reportSubmittedOn: "2026-09-29", approvedOn })
const cases = join(dir, "cases.json")
writeFileSync(cases, JSON.stringify([
  approved("A-1014", "2026-10-14"), approved("A-1015", "2026-10-15"), approved("A-1026", "2026-10-26"), approved("A-1027", "2026-10-27"),
  // no report yet: due 60 days after 08-15: calendar days 10-14; working days 11-11
  { accident: accident("R-NONE"), investigatedBy: "county" }
]))

const statuses = async (asOf: string, working: boolean) => {
  const s = await investigationSection({ source: cases, asOf, ...(working ? { dayKind: "working" as const, calendar } : {}) })
  return { section: s, approval: Object.fromEntries(s.cases.map((c) => [c.accidentId, c.approval.status])), report: Object.fromEntries(s.cases.map((c) => [c.accidentId, [c.report.deadline, c.report.status]])) }
}

describe("the investigation section in working days", () => {
  it("counts the approval deadline in working days by the calendar: on time on the deadline day, late the day after", async () => {
    const calendarDays = await statuses("2026-12-01", false)
    expect(calendarDays.section.counting).toMatchObject({ dayKind: "calendar", calendar: null, verified: false })
    expect(calendarDays.approval).toMatchObject({ "A-1014": "on-time", "A-1015": "late", "A-1026": "late", "A-1027": "late" })
    const workingDays = await statuses("2026-12-01", true)
    expect(workingDays.section.counting).toMatchObject({ dayKind: "working", calendar: "given", verified: false })
    expect(workingDays.approval).toMatchObject({ "A-1014": "on-time", "A-1015": "on-time", "A-1026": "on-time", "A-1027": "late" })
    expect(workingDays.section.cases.find((c) => c.accidentId === "A-1026")!.approval.deadline).toBe("2026-10-26")
  })

  it("counts the report deadline in working days: pending on the deadline day, overdue the day after", async () => {
    expect((await statuses("2026-10-14", false)).report["R-NONE"]).toEqual(["2026-10-14", "pending"])
    expect((await statuses("2026-10-15", false)).report["R-NONE"]).toEqual(["2026-10-14", "overdue"])
    expect((await statuses("2026-10-15", true)).report["R-NONE"]).toEqual(["2026-11-11", "pending"])
    expect((await statuses("2026-11-11", true)).report["R-NONE"]).toEqual(["2026-11-11", "pending"])
    expect((await statuses("2026-11-12", true)).report["R-NONE"]).toEqual(["2026-11-11", "overdue"])
  })

  it("refuses working days without a calendar, and a calendar that does not decode", async () => {
    await expect(investigationSection({ source: cases, asOf: "2026-12-01", dayKind: "working" })).rejects.toThrow(/--investigations-day-kind working needs --calendar/)
    const bad = join(dir, "bad-calendar.json")
    writeFileSync(bad, JSON.stringify({ holidays: ["2026-13-01"] }))
    await expect(investigationSection({ source: cases, asOf: "2026-12-01", dayKind: "working", calendar: bad })).rejects.toBeInstanceOf(UsageError)
    await expect(investigationSection({ source: cases, asOf: "2026-12-01", dayKind: "working", calendar: bad })).rejects.toThrow(/^--calendar .*bad-calendar\.json: not valid \(holidays\.0: /)
  })
})

describe("anquan check --investigations-day-kind", () => {
  it("takes --calendar (the file --enforcement takes) and says so in the section", async () => {
    const out = join(dir, "report.html")
    const run = await runInProcess(["check", enterprises, "--as-of", "2026-12-01", "--format", "html", "--out", out, "--investigations", cases, "--investigations-day-kind", "working", "--calendar", calendar])
    expect(run.code, run.out).toBe(3) // the demo sample holds a record that does not decode (exit 3), not a usage error (2)
    const html = (await import("node:fs")).readFileSync(out, "utf8")
    expect(block(html, "investigations", "zh-CN")).toContain("按工作日计（所给的工作日历：法定节假日、调休上班日）")
    // A-1015: approved on the 12th working day, late in calendar days
    expect(html).toMatch(/<tr class="investigation" data-report="on-time" data-approval="on-time"><td><code>A-1015<\/code>/)
    const json = await runInProcess(["check", enterprises, "--as-of", "2026-12-01", "--format", "json", "--investigations", cases, "--investigations-day-kind", "working", "--calendar", calendar])
    const section = JSON.parse(json.out).investigations
    expect(section.counting).toMatchObject({ dayKind: "working", calendar: "given" })
    expect(section.cases.find((c: { accidentId: string }) => c.accidentId === "A-1027").approval.status).toBe("late")
  })

  it("usage errors: working days need --calendar; --investigations-day-kind needs --investigations; --calendar needs a use", async () => {
    const base = ["check", enterprises, "--as-of", "2026-12-01", "--format", "json"]
    expect((await runInProcess([...base, "--investigations", cases, "--investigations-day-kind", "working"])).code).toBe(2)
    expect((await runInProcess([...base, "--investigations-day-kind", "working", "--calendar", calendar])).code).toBe(2)
    expect((await runInProcess([...base, "--investigations", cases, "--calendar", calendar])).code).toBe(2)
  })
})
