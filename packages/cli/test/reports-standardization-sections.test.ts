// The public reports (--reports) and standardization (--standardization) sections of `anquan check`'s
// html and json reports, read in-process as strings: the figures the packages give, the reporter's
// identity nowhere, hostile values inert, each language block free of the other language, bad sources
// refused by the flag's name.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { sectorLabel } from "@anquan/core"
import { openReportRegister } from "@anquan/whistleblowing"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { CheckResult } from "../src/index.ts"
import { SECTION_TEXTS } from "../src/output/sections.ts"
import { runInProcess } from "./fixtures/inProcess.ts"
import { creditCode, histories, REPORTER_NAME, REPORTER_PHONE, reportsConfig, revocation, tree, writeReports, writeStandardizationRegister } from "./fixtures/publicRegisters.ts"
import { block, expectEachLanguage, HOSTILE, AS_OF, bothPages, sectionReport } from "./fixtures/sections.ts"

const dir = mkdtempSync(join(tmpdir(), "anquan-reports-std-sections-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const paths = {
  reports: join(dir, "reports.sqlite"), reportsConfig: join(dir, "reports-config.json"),
  histories: join(dir, "histories.json"), register: join(dir, "standardization.sqlite"), tree: join(dir, "tree.json"),
  revocation: join(dir, "revocation.json")
}

beforeAll(async () => {
  await writeReports({ store: "sqlite", filename: paths.reports })
  writeFileSync(paths.reportsConfig, JSON.stringify(reportsConfig))
  writeFileSync(paths.histories, JSON.stringify(histories))
  writeFileSync(paths.tree, JSON.stringify(tree))
  writeFileSync(paths.revocation, JSON.stringify(revocation))
  await writeStandardizationRegister({ store: "sqlite", filename: paths.register })
})

const sections = () => ({
  reports: { source: paths.reports, config: paths.reportsConfig },
  standardization: { source: paths.histories, jurisdictions: paths.tree, revocation: paths.revocation }
})

const report = sectionReport(sections)

describe("the public reports and standardization sections of the html report", () => {
  let zhPage: string
  let enPage: string
  let result: CheckResult
  beforeAll(async () => {
    ({ zhPage, enPage, result } = await bothPages(report))
  })

  it("reports: counts by state and category, steps overdue, figures by jurisdiction, the reward decisions as recorded", () => {
    const r = result.reports!
    // JB-5 is received after the day: not counted
    expect(r.total).toMatchObject({ received: 4, checked: 3, verified: 2, rewardsGranted: 1, rewardsDeclined: 1, rewardYuanGranted: 3000, rewardYuanPaid: 3000, overdue: 1 })
    expect(r.total.byState).toEqual({ received: 1, assigned: 0, verified: 0, "not-verified": 1, "reward-granted": 0, "reward-declined": 1, paid: 1 })
    expect(r.config.deadlinesNotConfigured).toEqual(["rewardDecisionWithinDays", "paymentWithinDays"])
    // JB-3 received 11-20, its assignment due 5 days later, 11-25: 6 days late on 12-01; its finding is due 12-20
    expect(r.overdue).toEqual([{ reportId: "JB-3", jurisdiction: "330382", category: "hazard", state: "received", step: "assign", due: "2026-11-25", daysLate: 6 }])
    expect(r.byJurisdiction.map((g) => [g.jurisdiction, g.received, g.verified, g.overdue])).toEqual([["330381", 2, 1, 0], ["330382", 2, 1, 1]])
    expect(r.rewards.map((d) => [d.reportId, d.outcome, d.level, d.amountYuan, d.paidOn, d.paidYuan])).toEqual([
      ["JB-4", "declined", null, null, null, null],
      ["JB-1", "granted", "L1", 3000, "2026-11-10", 3000]
    ])
    const zh = block(zhPage, "reports", "zh-CN")
    expect(zh).toContain(`data-card="reports-received"><div class="n">4</div><div class="l">受理举报（件）</div>`)
    expect(zh).toContain(`data-card="reports-verified-rate"><div class="n">66.7%</div>`)
    expect(zh).toContain(`<tr data-state="not-verified"><td>不属实</td><td>1</td></tr>`)
    expect(zh).toContain(`<tr data-category="major-risk"><td>重大安全风险</td><td>1</td></tr>`)
    expect((zh.match(/class="report-overdue" data-step="assign"/g) ?? []).length).toBe(1)
    expect(zh).toContain("未配置时限、不计逾期的步骤：奖励决定、兑付")
    expect((zh.match(/class="reward-decision"/g) ?? []).length).toBe(2)
    expect(zh).toContain(`<tr class="reward-decision" data-outcome="granted"><td><code>JB-1</code></td><td><code>330381</code></td><td>重大事故隐患</td><td>2026-10-30</td><td><span class="met">奖励</span></td><td><code>L1</code></td><td>3000</td><td>2026-11-10</td><td>3000</td></tr>`)
    expect(block(enPage, "reports", "en")).toContain("Reward decisions (amounts as decided, not computed)")
  })

  it("reports: the reporter's name and phone number are nowhere in the html or json report, nor in the section's data", async () => {
    for (const page of [zhPage, enPage]) {
      expect(page.includes(REPORTER_NAME), "name in the html").toBe(false)
      expect(page.includes(REPORTER_PHONE), "phone in the html").toBe(false)
    }
    const json = (await report("json", "en")).out
    expect(JSON.parse(json).reports.total).toEqual(result.reports!.total)
    expect(json.includes(REPORTER_NAME) || json.includes(REPORTER_PHONE)).toBe(false)
    expect(JSON.stringify(result.reports).includes(REPORTER_NAME) || JSON.stringify(result.reports).includes(REPORTER_PHONE)).toBe(false)
    // the register does hold them (read with the permission): the check above can fail
    const register = await openReportRegister({ store: "sqlite", filename: paths.reports, jurisdictions: [], createTables: false })
    try {
      const file = await register.get({ actor: { id: "P-O", name: "officer" }, permissions: ["read-whistleblower-identity"] }, "JB-4")
      expect(JSON.stringify(file)).toContain(REPORTER_PHONE)
    } finally {
      await register.close()
    }
  })

  it("standardization: the standing on the day, and per seed target the rates per jurisdiction and sector as the package computes them", () => {
    const s = result.standardization!
    expect(s.standing).toEqual({ enterprises: 6, valid: 3, expired: 1, revoked: 1, none: 1 })
    expect(s.targets).toEqual({ source: "seed 002, seed 004", builtIn: true })
    expect(s.byTarget.map((x) => x.target.id)).toEqual(["seed-002-above-scale-level-3", "seed-002-new-small-1000", "seed-004-above-scale-2012", "seed-004-above-scale-2013", "seed-004-all-2015"])
    const rows = (id: string) => s.byTarget.find((x) => x.target.id === id)!.rows
    const row = (id: string, jurisdiction?: string, sector?: string) => rows(id).find((r) => r.group.jurisdiction === jurisdiction && r.group.sector === sector)
    // seed 002: 5 above-scale 工矿商贸 enterprises, the valid 三级 and the valid 二级 count; lapsed and revoked do not
    expect(row("seed-002-above-scale-level-3")).toMatchObject({ population: 5, achieved: 2, rate: 0.4, atLeast: 0.98, meets: false, expired: 1, revoked: 1, pastDue: true })
    expect(row("seed-002-above-scale-level-3", "330300")).toMatchObject({ population: 5, achieved: 2 })
    expect(row("seed-002-above-scale-level-3", "330382")).toMatchObject({ population: 2, achieved: 1, revoked: 1 })
    expect(row("seed-004-above-scale-2013", undefined, "industry-trade")).toMatchObject({ population: 4, achieved: 1, rate: 0.25 })
    expect(row("seed-004-all-2015")).toMatchObject({ population: 5, achieved: 2 })
    // the 小微 enterprise was certified in 2026, not in seed 002's year
    expect(row("seed-002-new-small-1000")).toMatchObject({ population: 1, achieved: 0, rate: null, atLeast: 1000, meets: false })
    const zh = block(zhPage, "standardization", "zh-CN")
    expect(zh).toContain(`data-card="std-valid"><div class="n">3</div>`)
    expect(zh).toContain("三级及以上达标率 ≥ 98%")
    expect(zh).toContain("期限 2016-12-31（已过期限）")
    expect(zh).toContain(`<tr class="std-row" data-target="seed-002-above-scale-level-3" data-group="total"><td>合计</td><td>5</td><td>2</td><td>40%</td><td>≥ 98%</td><td><span class="not-met">未达成</span></td><td>1</td><td>1</td></tr>`)
    expect(zh).toContain(`<tr class="std-row" data-target="seed-002-above-scale-level-3" data-group="jurisdiction-sector"><td><code>330382</code> · ${sectorLabel("hazardous-chemicals", "zh-CN")}</td><td>1</td><td>1</td><td>100%</td>`)
    // the package's reading of 工矿商贸 is shown as a reading, not as the seed's words
    expect(zh).toContain("解读（本工具的解读，非原文所述）: <cite>工矿商贸 read as coal-mine")
    expect(block(enPage, "standardization", "en")).toContain("grade 3 or higher: rate ≥ 98%")
  })

  it("standardization: the certificates the configured triggers propose for 撤销, proposed only and marked unverified", () => {
    const rv = result.standardization!.revocation!
    expect(rv).toMatchObject({ status: "proposed", certificatesInForce: 3, accidentRuleConfigured: true, configBasis: "本地规则（示例）", basis: { verified: false } })
    expect(rv.candidates.map((c) => [c.enterprise, c.certificate.grade, c.triggers])).toEqual([
      [creditCode(0), 3, [{ kind: "accident", accidentId: "SG-1", grade: "general", deaths: 1, by: ["deaths"], on: "2026-03-10" }]]
    ])
    const zh = block(zhPage, "standardization", "zh-CN")
    expect(zh).toContain(`有效证书 3 张中 1 张为撤销候选：仅为建议，撤销须另行记录撤销步骤。（何种事故或重大事故隐患导致撤销，现有法规资料未载明（未经官方文本核实））`)
    expect(zh).toContain(`<div>2026-03-10 发生一般事故 <code>SG-1</code>（死亡 1 人）</div>`)
    expect((zh.match(/class="revocation-candidate"/g) ?? []).length).toBe(1)
    expect(block(enPage, "standardization", "en")).toContain("<div>2026-03-10: general accident <code>SG-1</code> (deaths: 1)</div>")
    // the record is unchanged: the candidate's certificate still counts
    expect(result.standardization!.standing.valid).toBe(3)
  })

  it("standardization: a register gives the same figures as the file of the same histories", async () => {
    const fromRegister = (await report("json", "zh-CN", { reports: undefined, standardization: { source: paths.register, jurisdictions: paths.tree } })).result.standardization!
    const fromFile = result.standardization!
    expect(fromRegister.standing).toEqual(fromFile.standing)
    expect(fromRegister.byTarget).toEqual(fromFile.byTarget)
    expect(fromRegister.source).toBe(paths.register)
  })

  it("standardization: targets from a file are shown as configuration, their labels escaped", async () => {
    const targets = join(dir, "targets.json")
    writeFileSync(targets, JSON.stringify([{ id: "local-2026", label: HOSTILE, population: { sectors: ["industry-trade"] }, minGrade: 3, measure: { kind: "rate", atLeast: 0.5 }, source: "local plan" }]))
    const { out, result: r } = await report("html", "en", { reports: undefined, standardization: { source: paths.histories, targets } })
    expect(r.standardization!.targets).toEqual({ source: targets, builtIn: false })
    // without the tree each enterprise counts in its own jurisdiction only
    expect(r.standardization!.byTarget[0]!.rows.map((x) => x.group.jurisdiction)).not.toContain("330300")
    expect(r.standardization!.byTarget[0]!.rows.map((x) => x.group.jurisdiction)).toContain("330381")
    const en = block(out, "standardization", "en")
    expect(en).toContain("targets from a configuration file, not checked against the seeds")
    expect(en).toContain("&lt;script&gt;alert(1)&lt;/script&gt;")
    expect(out).not.toContain("<script>alert(1)")
  })

  it("keeps hostile values inert and says it all in each language", () => {
    const escaped = "&lt;/td&gt;&lt;/table&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; __proto__"
    for (const page of [zhPage, enPage]) {
      expect(page).not.toContain("<script>alert(1)")
      expect(page).not.toContain("<img src=x")
    }
    // the configuration's basis is shown, escaped
    expect(block(zhPage, "reports", "zh-CN")).toContain(escaped)
    const labels = result.standardization!.byTarget.map((x) => x.target.label)
    for (const id of ["reports", "standardization"]) expectEachLanguage(zhPage, enPage, id, { "zh-CN": [HOSTILE], en: [HOSTILE, ...labels] })
    expect(Object.keys(SECTION_TEXTS.en).sort()).toEqual(Object.keys(SECTION_TEXTS["zh-CN"]).sort())
  })

  it("anquan standardization revocation-candidates prints the candidates as JSON; bad input is exit 2", async () => {
    const run = await runInProcess(["standardization", "revocation-candidates", paths.histories, paths.revocation, "--as-of", AS_OF])
    expect(run.code, run.out).toBe(0)
    const out = JSON.parse(run.out)
    expect(out).toMatchObject({ asOf: AS_OF, status: "proposed", basis: { verified: false, source: "regulations.md §11 [memory, medium confidence]" } })
    expect(out.candidates.map((c: { enterprise: string }) => c.enterprise)).toEqual([creditCode(0)])
    writeFileSync(join(dir, "bad-revocation.json"), JSON.stringify({ triggers: { revokingMinDeaths: 0 } }))
    const bad = await runInProcess(["standardization", "revocation-candidates", paths.histories, join(dir, "bad-revocation.json"), "--as-of", AS_OF])
    expect(bad.code).toBe(2)
    expect(JSON.parse(bad.out).error._tag).toBe("StandardizationInputError")
    expect(bad.out).toContain("revokingMinDeaths")
  })

  it("refuses what is not a store, by the flag's name", async () => {
    await expect(report("html", "zh-CN", { reports: { source: join(dir, "none.sqlite") } })).rejects.toThrow(/^--reports .*no report register at/)
    writeFileSync(join(dir, "other.sqlite"), "")
    await expect(report("html", "zh-CN", { reports: { source: join(dir, "other.sqlite") } })).rejects.toThrow(/^--reports .*is not a report register \(no anquan_reports_reports table\)/)
    writeFileSync(join(dir, "bad-config.json"), JSON.stringify({ rewardLevels: [{ id: "L1", minYuan: 10, maxYuan: 1 }] }))
    await expect(report("html", "zh-CN", { reports: { source: paths.reports, config: join(dir, "bad-config.json") } })).rejects.toThrow(/^--reports-config .*bad-config\.json: cannot read/)
    await expect(report("html", "zh-CN", { standardization: { source: join(dir, "none.sqlite") } })).rejects.toThrow(/^--standardization .*no standardization register at/)
    await expect(report("html", "zh-CN", { standardization: { source: paths.reports } })).rejects.toThrow(/^--standardization .*is not a standardization register \(no anquan_std_records table\)/)
    writeFileSync(join(dir, "bad-targets.json"), JSON.stringify([{ id: "x" }]))
    await expect(report("html", "zh-CN", { standardization: { source: paths.histories, targets: join(dir, "bad-targets.json") } })).rejects.toThrow(/^--standardization-targets .*bad-targets\.json: cannot read the histories: StandardizationInputError/)
    writeFileSync(join(dir, "bad-histories.json"), JSON.stringify([{ enrolment: { enterprise: "x" }, steps: [] }]))
    await expect(report("html", "zh-CN", { standardization: { source: join(dir, "bad-histories.json") } })).rejects.toThrow(/^--standardization .*bad-histories\.json: cannot read the histories: StandardizationInputError[\s\S]*enrolment/)
  })
})
