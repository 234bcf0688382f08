// `anquan enforcement …` in-process: import the sample, the figures as JSON, refusals with exit 2,
// and a check report's violations into the ledger and one case, twice without a duplicate hazard.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import {
  enforcementImport,
  enforcementImportCheck,
  enforcementList,
  enforcementOverdue,
  enforcementPublication,
  enforcementRecord,
  enforcementShow,
  enforcementStats
} from "../src/enforcement/index.ts"

const sample = fileURLToPath(new URL("../../../examples/enforcement/sample/cases.json", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "anquan-enforcement-cli-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let n = 0

const io = () => {
  const out: Array<string> = []
  const err: Array<string> = []
  return { out, err, write: (s: string) => void out.push(s), writeError: (s: string) => void err.push(s), cwd: dir, text: () => out.join(""), json: () => JSON.parse(out.join("")) }
}
const tree = join(dir, "jurisdictions.json")
writeFileSync(tree, JSON.stringify(JSON.parse(readFileSync(sample, "utf8")).jurisdictions))

describe("anquan enforcement", () => {
  it("imports the sample; stats by department against seed 002's target; overdue and publication as of a day", async () => {
    const db = `e${n++}.sqlite`
    const a = io()
    expect((await enforcementImport({ ...a, db, file: sample, format: "json" })).exitCode).toBe(0)
    expect(a.json().counts).toEqual({ opened: 8, extended: 0, unchanged: 0 })
    const s = io()
    expect((await enforcementStats({ ...s, db, from: "2026-01-01", to: "2026-12-31", by: "department", format: "json" })).exitCode).toBe(0)
    const stats = s.json()
    expect(stats.comparisonPeriod).toEqual({ from: "2025-01-01", to: "2025-12-31" })
    expect(stats.target.growthPercent).toBe(15)
    expect(stats.rows.map((r: { key: string; target: { baseline: number; required: number; actual: number; met: boolean } }) => [r.key, r.target.baseline, r.target.required, r.target.actual, r.target.met])).toEqual([
      ["emergency-management", 1, 2, 2, true],
      ["housing-construction", 1, 2, 1, false],
      ["transport", 0, 0, 0, true]
    ])
    expect(stats.total.target).toMatchObject({ baseline: 2, required: 3, actual: 3, met: true, growth: "50.0" })
    const bySector = io()
    await enforcementStats({ ...bySector, db, from: "2026-01-01", to: "2026-12-31", by: "sector", target: "none" })
    expect(bySector.text()).toContain("hazardous-chemicals")
    const byMonth = io()
    await enforcementStats({ ...byMonth, db, from: "2026-01-01", to: "2026-12-31", by: "month", format: "json" })
    const months = byMonth.json().rows as ReadonlyArray<{ key: string; figures: { penaltyCases: number } }>
    expect(months.map((r) => r.key)).toHaveLength(12)
    expect(months.filter((r) => r.figures.penaltyCases > 0).map((r) => r.key)).toEqual(["2026-03", "2026-05", "2026-07"])
    const o = io()
    await enforcementOverdue({ ...o, db, asOf: "2026-12-01", format: "json" })
    expect(o.json().overdue.map((x: { caseId: string; daysOverdue: number; order: { deadline: string } }) => [x.caseId, x.daysOverdue, x.order.deadline])).toEqual([["杭应急立〔2026〕21号", 16, "2026-11-15"]])
    const p = io()
    await enforcementPublication({ ...p, db, asOf: "2026-12-01", format: "json" })
    expect(p.json().findings.map((f: { caseId: string; workingDaysLate: number; publishedOn?: string }) => [f.caseId, f.publishedOn ?? null, f.workingDaysLate])).toEqual([
      ["瑞应急立〔2026〕3号", null, 175],
      ["甬建执〔2026〕4号", "2026-07-14", 2]
    ])
    expect(p.json().calendar).toBe("weekends-only")
    const again = io()
    await enforcementImport({ ...again, db, file: sample })
    expect(again.text()).toBe("执法案件导入 enforcement cases: 0 opened, 0 extended, 8 unchanged\n")
  })

  it("records a step with the version seen; a refused step is exit 2 with the reason and writes nothing", async () => {
    const db = `e${n++}.sqlite`
    await enforcementImport({ ...io(), db, file: sample })
    const actor = { actorId: "P-7", actorName: "王执法", actorRole: "inspector" as const, jurisdictions: tree }
    const review = JSON.stringify({ _tag: "RecordReview", caseId: "杭应急立〔2026〕21号", review: { on: "2026-12-02", outcome: "rectified" } })
    const r = io()
    expect((await enforcementRecord({ ...r, db, ...actor, command: review, expectedVersion: 3 })).exitCode).toBe(0)
    expect(r.text()).toBe("杭应急立〔2026〕21号 v4: CaseReviewed → reviewed\n")
    const bad = io()
    const penalty = JSON.stringify({ _tag: "DecidePenalty", caseId: "杭应急立〔2026〕21号", decision: { documentNo: "杭应急罚〔2026〕21号", decidedOn: "2026-12-03", kinds: ["fine"], fineYuan: 30000, basis: [{ document: "work-safety-law-2021", article: 99, verified: true }] } })
    expect((await enforcementRecord({ ...bad, db, ...actor, command: penalty, expectedVersion: 4, format: "json" })).exitCode).toBe(2)
    expect(bad.err.join("")).toMatch(/^anquan: CaseRefused: case 杭应急立〔2026〕21号: DecidePenalty refused \(penalty-basis-not-cited\): work-safety-law-2021 art\. 99 is not among the penalty articles the findings' rules cite: work-safety-law-2021 art\. 102/)
    expect(bad.json().error.reason).toBe("penalty-basis-not-cited")
    const stale = io()
    expect((await enforcementRecord({ ...stale, db, ...actor, command: review, expectedVersion: 3 })).exitCode).toBe(2)
    expect(stale.err.join("")).toMatch(/CaseVersionConflict/)
    const show = io()
    await enforcementShow({ ...show, db, caseId: "杭应急立〔2026〕21号", format: "json" })
    expect(show.json().history.map((e: { _tag: string }) => e._tag)).toEqual(["CaseOpened", "FindingRecorded", "RectificationOrdered", "CaseReviewed"])
    const noActor = io()
    expect((await enforcementRecord({ ...noActor, db, command: review, expectedVersion: 4, jurisdictions: tree })).exitCode).toBe(2)
    expect(noActor.err.join("")).toMatch(/give --actor-id, --actor-name and --actor-role/)
  })

  it("a bad import file loses nothing: every problem with its path, exit 2, no case written", async () => {
    const db = `e${n++}.sqlite`
    const data = JSON.parse(readFileSync(sample, "utf8"))
    data.cases[1].penalty.decidedOn = "2025-05-30"
    data.cases[4].orders[0].deadline = "2026-10-15"
    data.cases[6].sector = "mining"
    data.cases[7].stage = "closed"
    const file = join(dir, "bad.json")
    writeFileSync(file, JSON.stringify(data))
    const r = io()
    expect((await enforcementImport({ ...r, db, file, format: "json" })).exitCode).toBe(2)
    const issues = r.json().error.issues as ReadonlyArray<{ path: ReadonlyArray<string | number> }>
    expect(issues.map((i) => i.path.join("."))).toEqual(["cases.6.sector", "cases.7.stage"])
    data.cases[6].sector = "construction"
    delete data.cases[7].stage
    // a rule finding's penalty articles are the pack's, not typed in differently
    data.cases[0].findings[0].rule.penalties = [{ document: "work-safety-law-2021", article: 102, verified: true }]
    writeFileSync(file, JSON.stringify(data))
    const r2 = io()
    expect((await enforcementImport({ ...r2, db, file, format: "json" })).exitCode).toBe(2)
    expect((r2.json().error.issues as ReadonlyArray<{ path: ReadonlyArray<string | number> }>).map((i) => i.path.join("."))).toEqual([
      "cases.0.findings.0.rule.penalties",
      "cases.1.penalty.decidedOn",
      "cases.4.orders.0.deadline"
    ])
    const l = io()
    expect((await enforcementList({ ...l, db, format: "json" })).exitCode).toBe(0)
    expect(l.json()).toEqual([])
  })

  it("import-check: the report's hazards into the ledger and one case; a second run duplicates nothing", async () => {
    const db = `e${n++}.sqlite`
    const { Engine } = await import("@anquan/core")
    const { workSafetyLaw } = await import("@anquan/pack-work-safety-law")
    const hengyuan = {
      creditCode: "91330106MA2H7Q0X10", name: "杭州恒远机械制造有限公司", jurisdiction: "330106", sectors: ["industry-trade"], employees: 150,
      dangerousGoodsActivities: [], safetyDepartment: false, keyPeople: [{ name: "林志强", roles: ["principal"], employment: "full-time" }]
    }
    const report = join(dir, "report.json")
    writeFileSync(report, JSON.stringify(Engine.make({ packs: [workSafetyLaw] }).evaluate([hengyuan], { asOf: "2026-11-23" })))
    const options = { db, report, casePrefix: "杭应急检〔2026〕40", department: "emergency-management", jurisdictions: tree, format: "json" as const }
    const first = io()
    expect((await enforcementImportCheck({ ...first, ...options })).exitCode).toBe(0)
    const one = first.json()
    expect(one.counts.cases).toBe(1)
    expect(one.counts.hazardsCreated).toBeGreaterThan(0)
    expect(one.cases[0].hazardIds).toEqual(one.hazardsCreated)
    const second = io()
    await enforcementImportCheck({ ...second, ...options })
    expect(second.json().counts).toEqual({ hazardsCreated: 0, alreadyOpen: one.counts.hazardsCreated, cases: 0 })
    const show = io()
    await enforcementShow({ ...show, db, caseId: "杭应急检〔2026〕40-91330106MA2H7Q0X10", format: "json" })
    const staffing = show.json().case.findings.find((f: { rule?: { ruleId: string } }) => f.rule?.ruleId === "work-safety-law/safety-management-staffing")
    expect(staffing.rule.penalties).toEqual([{ document: "work-safety-law-2021", article: 97, item: 1, verified: true }])
  })
})
