// The README's "The full report from the bundled sample": runs the commands between
// `<!-- full-report:begin -->` and `<!-- full-report:end -->` as written, in a temporary directory holding a
// copy of the bundled sample at the same relative path, and checks the report they produce.
//
// The commands run as `pnpm anquan` runs them (the source bin; see readme.ts); executable.test.ts runs them
// with the built executable.
import { existsSync, rmSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { pageData, type Run, runFullReport, sourceBin } from "./readme.ts"

let dir = ""
let runs: ReadonlyArray<Run> = []
let html = ""
afterAll(() => {
  if (dir !== "") rmSync(dir, { recursive: true, force: true })
})

beforeAll(async () => {
  ;({ dir, runs, html } = await runFullReport(sourceBin()))
}, 60_000)

describe("README: the full report from the bundled sample", () => {
  it("runs check, ledger import, ledger transition and check --ledger --campaign, with the exit codes the README states", () => {
    expect(runs.map((r) => r.args.slice(0, 2).join(" "))).toEqual([
      "check examples/demo/sample/enterprises.json",
      "ledger import",
      "ledger transition",
      "check examples/demo/sample/enterprises.json"
    ])
    // both checks: 3, for the sample's one bad (rejected) record (as the README says); the ledger commands: 0
    expect(runs.map((r) => [r.code, r.stderr])).toEqual([[3, ""], [0, ""], [0, ""], [3, ""]])
    expect(runs[1]!.stdout).toContain("opened 15 hazards, skipped 0 as duplicates")
    expect(runs[2]!.stdout).toMatch(/^YH-2026-0016: closed \(version 2\)/)
    expect(existsSync(join(dir, "findings.json"))).toBe(true)
    expect(existsSync(join(dir, "anquan.sqlite"))).toBe(true)
  })

  it("the report has the findings, the governance section and the campaign section, with their charts", () => {
    for (const section of ["governance", "campaign", "risk", "rejected-section"]) expect(html).toContain(`<section id="${section}"`)
    for (
      const chart of [
        "chart-verdicts", "chart-hazard-state", "chart-hazard-level", "chart-rates-month", "chart-rates-jurisdiction",
        "chart-campaign-phases", "chart-campaign-coverage", "chart-campaign-reports"
      ]
    ) expect(html).toContain(`id="${chart}"`)
    const data = pageData(html)
    expect(data.totals).toMatchObject({ records: 8, evaluated: 7, rejected: 1 })
    // the units are not in the summary: the page embeds them in chunks of compact rows, as it streams them
    expect(data.enterprises).toBeUndefined()
    expect([...html.matchAll(/class="aq-units" data-rank="\d" data-n="(\d+)"/g)].reduce((n, m) => n + Number(m[1]), 0)).toBe(7)
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

  it("risk: the risk-register example's points by grade, a four-colour map per enterprise, the points needing attention", () => {
    const K = pageData(html).risk
    expect(K.source).toBe("examples/risk-register/sample/risk-points.json")
    expect(K.byGrade).toEqual({ major: 2, significant: 1, general: 2, low: 1, unassessed: 1 })
    expect(K.config.verified).toBe(false)
    expect(K.sites.map((s: { enterprise: string; points: ReadonlyArray<unknown> }) => [s.enterprise, s.points.length]))
      .toEqual([["91330381MA2L9RT6N9", 5], ["91330102MA2B0N7Y31", 2]])
    expect(K.majorWithoutResponsible.points.map((p: { id: string }) => p.id)).toEqual(["FX-RA-002"])
    for (const chart of ["chart-risk-grades", "chart-risk-enterprises", "chart-risk-map-0", "chart-risk-map-1"]) expect(html).toContain(`id="${chart}"`)
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
