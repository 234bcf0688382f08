// `anquan check --ledger … --campaign …`: the governance (隐患治理) and campaign (专项行动) sections of
// the html and json reports, on a SQLite ledger built for the demo sample (test/fixtures/governance.ts):
// 17 hazards (5 major) discovered 2026-10-09 … 2026-11-18; as of 2026-11-23 4 are closed and 8 overdue.
import { execFile } from "node:child_process"
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { CampaignHazard, closureDateAsOf, hazardStateAsOf } from "@anquan/campaign"
import { CalendarDate } from "@anquan/core"
import { replay } from "@anquan/hazard-ledger"
import type { HazardEvent } from "@anquan/hazard-ledger"
import { Schema } from "effect"
import { campaignStatus, check, installedPacks, UsageError } from "../src/index.ts"
import type { CheckOptions } from "../src/index.ts"
import type { LedgerOptions } from "../src/ledger/index.ts"
import { campaignHazardOf, ledgerList, ledgerMetrics } from "../src/ledger/index.ts"
import type { GovernanceFixture } from "./fixtures/governance.ts"
import { demoSample, writeGovernanceFixture } from "./fixtures/governance.ts"
import { anquanExecutable } from "./fixtures/executable.ts"

const dir = mkdtempSync(join(tmpdir(), "anquan-governance-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let fx: GovernanceFixture
beforeAll(async () => {
  fx = await writeGovernanceFixture(dir)
}, 60_000)

const run = async (extra: Partial<CheckOptions>) => {
  let out = ""
  const result = await check({
    input: demoSample, packs: installedPacks, asOf: "2026-11-23", format: "html", locale: "zh-CN",
    write: (s) => void (out += s), progress: { tick: () => {}, done: () => {} }, ...extra
  })
  return { ...result, out }
}

/** The data embedded in the page. */
const pageData = (html: string) => {
  const m = /<script id="anquan-data" type="application\/json">(.*?)<\/script>/su.exec(html)
  if (m === null) throw new Error("no embedded data")
  return JSON.parse(m[1]!)
}

/** Reads the ledger with the `anquan ledger …` functions (an independent read of the same file). */
const ledgerJson = async <O>(f: (o: LedgerOptions & O) => Promise<{ readonly exitCode: 0 | 2 }>, own: O, shared: Partial<LedgerOptions> = {}) => {
  let out = ""
  const r = await f({ db: fx.ledger, format: "json", write: (s) => void (out += s), writeError: () => {}, ...shared, ...own })
  expect(r.exitCode).toBe(0)
  return JSON.parse(out)
}

const campaignFiles = () => ({
  campaign: fx.campaign, roster: fx.roster, hazards: fx.hazards, inspections: fx.inspections, reports: fx.reports
})

describe("anquan check --ledger", () => {
  it("embeds the hazards by state and level, as the ledger lists them", async () => {
    const r = await run({ ledger: { db: fx.ledger } })
    const L = pageData(r.out).ledger
    expect(L.hazards).toEqual({
      total: 17,
      byLevel: { general: 12, major: 5 },
      byState: {
        reported: { general: 7, major: 2 },
        assessed: { general: 0, major: 1 },
        "rectification-planned": { general: 0, major: 1 },
        rectifying: { general: 1, major: 0 },
        "awaiting-verification": { general: 1, major: 0 },
        closed: { general: 3, major: 1 },
        reopened: { general: 0, major: 0 }
      },
      discoveredLater: 0
    })
    // the same counts from `anquan ledger list --state S --level L`
    for (const state of Object.keys(L.hazards.byState)) {
      for (const level of ["general", "major"] as const) {
        const listed = await ledgerJson(ledgerList, { states: [state], level })
        expect(listed.length, `${state} ${level}`).toBe(L.hazards.byState[state][level])
      }
    }
    expect(L.period).toEqual({ from: "2026-10-09", to: "2026-11-23" })
    expect(L.source).toBe(fx.ledger)
  })

  it("embeds 整改率 and 逾期率 as the ledger's metrics give them, in total, by month and by jurisdiction", async () => {
    const r = await run({ ledger: { db: fx.ledger, jurisdictions: fx.jurisdictions } })
    const L = pageData(r.out).ledger
    const period = { asOf: "2026-11-23", from: "2026-10-09", to: "2026-11-23" }
    const byMonth = await ledgerJson(ledgerMetrics, { ...period, breakdown: "month" as const })
    expect(L.total).toEqual({
      found: byMonth.total.found, major: byMonth.total.major, closed: byMonth.total.closed, open: byMonth.total.open,
      overdue: byMonth.total.overdue, rectificationRate: byMonth.total.rectificationRate, overdueRate: byMonth.total.overdueRate
    })
    expect(L.total).toMatchObject({ found: 17, closed: 4, overdue: 8, rectificationRate: 4 / 17, overdueRate: 8 / 17 })
    expect(L.months.map((m: { key: string; metrics: object }) => [m.key, m.metrics])).toEqual(
      byMonth.rows.map((m: { key: string; metrics: { rectificationRate: number; overdueRate: number; found: number } }) => [m.key, expect.objectContaining({
        found: m.metrics.found, rectificationRate: m.metrics.rectificationRate, overdueRate: m.metrics.overdueRate
      })])
    )
    expect(L.months.map((m: { key: string; metrics: { rectificationRate: number; overdueRate: number } }) => [m.key, m.metrics.rectificationRate, m.metrics.overdueRate]))
      .toEqual([["2026-10", 3 / 15, 8 / 15], ["2026-11", 1 / 2, 0]])
    // by the cities of 浙江 (the tree's one root): what `ledger metrics --jurisdiction 330000 --breakdown jurisdiction` gives
    const byCity = await ledgerJson(ledgerMetrics, { ...period, breakdown: "jurisdiction" as const }, { jurisdictions: fx.jurisdictions, jurisdiction: "330000" })
    expect(L.jurisdictions.map((j: { key: string; label: string; metrics: { found: number; rectificationRate: number | null; overdueRate: number | null } }) =>
      [j.key, j.label, j.metrics.found, j.metrics.rectificationRate, j.metrics.overdueRate])).toEqual(
      byCity.rows.map((j: { key: string; label: string; metrics: { found: number; rectificationRate: number | null; overdueRate: number | null } }) =>
        [j.key, j.label, j.metrics.found, j.metrics.rectificationRate, j.metrics.overdueRate])
    )
    expect(L.jurisdictions.map((j: { label: string; metrics: { found: number } }) => `${j.label} ${j.metrics.found}`))
      .toEqual(["浙江省 0", "杭州市 6", "宁波市 5", "温州市 3", "嘉兴市 3"])
    // the overdue list: the eight general hazards past 2026-11-08, 15 days, second step (约谈警示)
    expect(L.overdue.count).toBe(8)
    expect(L.overdue.hazards.every((h: { daysOverdue: number; deadline: string; escalation: { name: string } }) =>
      h.daysOverdue === 15 && h.deadline === "2026-11-08" && h.escalation.name === "warning")).toBe(true)
    // the page: the section, its charts and the rates among the summary cards
    expect(r.out).toContain('<section id="governance">')
    for (const id of ["chart-hazard-state", "chart-hazard-level", "chart-rates-month", "chart-rates-jurisdiction"]) expect(r.out).toContain(`id="${id}"`)
  })

  it("is as of the check's date: later hazards are left out, closures and overdue counted on that day", async () => {
    const r = await run({ asOf: "2026-11-15", ledger: { db: fx.ledger } })
    const L = pageData(r.out).ledger
    expect(L.hazards).toMatchObject({ total: 16, discoveredLater: 1 })
    expect(L.period).toEqual({ from: "2026-10-09", to: "2026-11-15" })
    const m = await ledgerJson(ledgerMetrics, { asOf: "2026-11-15", from: "2026-10-09", to: "2026-11-15" })
    expect(L.total).toMatchObject({ found: m.total.found, closed: m.total.closed, overdue: m.total.overdue, rectificationRate: m.total.rectificationRate })
    expect(L.total).toMatchObject({ found: 16, closed: 4, overdue: 8 })
  })

  it("only reads the ledger", async () => {
    const before = await ledgerJson(ledgerList, {})
    await run({ ledger: { db: fx.ledger, jurisdictions: fx.jurisdictions } })
    const after = await ledgerJson(ledgerList, {})
    expect(after).toEqual(before)
  })
})

describe("anquan check --campaign", () => {
  it("embeds the progress that anquan campaign status computes", async () => {
    const r = await run({ format: "json", campaign: campaignFiles() })
    let status = ""
    await campaignStatus({ ...campaignFiles(), asOf: "2026-11-23", format: "json", write: (s) => void (status += s) })
    const json = JSON.parse(r.out)
    expect(json.campaign.progress).toEqual(JSON.parse(status))
    expect(json.campaign).toMatchObject({
      id: "zj-hazard-campaign-2026", records: { roster: true, hazards: true, inspections: true, reports: true },
      progress: {
        status: "running",
        currentPhases: [{ name: "集中整治" }],
        units: { inScope: 7, covered: 6 },
        hazards: { total: { found: 17, fixed: 4, overdue: 8 } },
        reports: { summary: { obligations: 6, onTime: 1, late: 1, overdue: 1, pending: 3 } }
      }
    })
    const html = pageData((await run({ campaign: campaignFiles() })).out)
    expect(html.ledger).toBeNull()
    expect(html.campaign.phases.map((p: { name: string; status: string; hazards: { found: number } }) => [p.name, p.status, p.hazards.found]))
      .toEqual([["自查自改", "past", 0], ["集中整治", "current", 17], ["巩固提升", "upcoming", 0]])
    expect(html.campaign.reports.states.map((s: { status: string }) => s.status)).toEqual(["overdue", "on-time", "late", "pending", "pending", "pending"])
  })

  it("takes template parameters as campaign status does, and says which records were not given", async () => {
    const params = fileURLToPath(new URL("../../campaign/sample/params.json", import.meta.url))
    const html = pageData((await run({ campaign: { campaign: params } })).out)
    expect(html.campaign).toMatchObject({ id: "hundred-day-key-rectification-2024", status: "ended", units: { inScope: 0 } })
    expect(html.campaign.records).toEqual({ roster: false, hazards: false, inspections: false, reports: false })
  })
})

describe("anquan check --ledger --campaign without --campaign-hazards", () => {
  const withoutHazards = () => ({ campaign: fx.campaign, roster: fx.roster, inspections: fx.inspections, reports: fx.reports })

  it("counts the ledger's hazards, as campaign status counts them given as a file", async () => {
    for (const asOf of ["2026-11-23", "2026-10-30"]) {
      const json = JSON.parse((await run({ format: "json", asOf, ledger: { db: fx.ledger }, campaign: withoutHazards() })).out)
      expect(json.campaign).toMatchObject({ hazardsFrom: "ledger", records: { roster: true, hazards: true, inspections: true, reports: true } })
      // the fixture's hazards file is the same hazards without their history (closure dates only):
      // with no hazard reopened, it gives the same progress on any day
      let status = ""
      await campaignStatus({ ...campaignFiles(), asOf, format: "json", write: (s) => void (status += s) })
      expect(json.campaign.progress, asOf).toEqual(JSON.parse(status))
    }
    const late = JSON.parse((await run({ format: "json", ledger: { db: fx.ledger }, campaign: withoutHazards() })).out).campaign.progress
    expect(late.hazards.total).toMatchObject({ found: 17, fixed: 4, overdue: 8 })
    const mid = JSON.parse((await run({ format: "json", asOf: "2026-10-30", ledger: { db: fx.ledger }, campaign: withoutHazards() })).out).campaign.progress
    // on 2026-10-30: the 15 imported on 2026-10-09, two of them closed (随查随治 that day, the exits on 2026-10-28)
    expect(mid.hazards.total).toMatchObject({ found: 15, fixed: 2, overdue: 0 })
    expect(mid.hazards.excluded.notYetDiscovered).toBe(2)
    // a hazards file given wins over the ledger
    const file = JSON.parse((await run({ format: "json", ledger: { db: fx.ledger }, campaign: campaignFiles() })).out).campaign
    expect(file.hazardsFrom).toBe("file")
    const page = pageData((await run({ ledger: { db: fx.ledger }, campaign: withoutHazards() })).out)
    expect(page.campaign.hazardsFrom).toBe("ledger")
    expect(page.campaign.hazards.total.found).toBe(17)
  })

  it("replays each hazard's history from its events: closed, reopened, closed again", () => {
    const actor = { id: "P-1", name: "检查员" }
    const envelope = (version: number, at: string) => ({ hazardId: "YH-T-1", version, at: new Date(at), actor })
    const events: Array<HazardEvent> = [
      {
        _tag: "HazardReported", ...envelope(1, "2026-10-01T10:00:00.000Z"), subject: "91330106MA2H7Q0X10", jurisdiction: "330106",
        sector: "industry-trade", level: "general", description: "消防通道堵塞", source: { kind: "public-report", reporter: { name: "举报人" } },
        discoveredOn: CalendarDate.make("2026-10-02"), evidence: []
      },
      { _tag: "HazardClosed", ...envelope(2, "2026-10-01T11:00:00.000Z"), how: "fixed-on-discovery", measures: "当场清理", evidence: [{ uri: "file://a.jpg" }] },
      { _tag: "HazardReopened", ...envelope(3, "2026-10-15T17:00:00.000Z"), reason: "回头看发现复发" },
      { _tag: "HazardAssessed", ...envelope(4, "2026-10-16T02:00:00.000Z"), level: "general" },
      { _tag: "RectificationStarted", ...envelope(5, "2026-10-17T02:00:00.000Z") },
      { _tag: "RectificationCompleted", ...envelope(6, "2026-10-24T02:00:00.000Z"), evidence: [{ uri: "file://b.jpg" }] },
      { _tag: "HazardClosed", ...envelope(7, "2026-10-25T02:00:00.000Z"), how: "verified", evidence: [] }
    ] as Array<HazardEvent>
    const file = replay(events)!
    const h = campaignHazardOf(file, events)
    // recorded on 2026-10-01 (Beijing 18:00) for a hazard discovered on 2026-10-02: the closure is put on the 2nd;
    // reopened at 01:00 on 2026-10-16 Beijing time
    expect(h.history!.map((x) => [x.state, CalendarDate.format(x.on)])).toEqual([
      ["closed", "2026-10-02"], ["reopened", "2026-10-16"], ["assessed", "2026-10-16"], ["rectifying", "2026-10-17"],
      ["awaiting-verification", "2026-10-24"], ["closed", "2026-10-25"]
    ])
    expect(h).toMatchObject({ state: "closed", evidence: ["file://a.jpg", "file://b.jpg"], source: { kind: "public-report" } })
    expect(h.source).not.toHaveProperty("reporter")
    expect(CalendarDate.format(h.closedOn!)).toBe("2026-10-25")
    // what the campaign makes of it, day by day
    const day = (d: string) => CalendarDate.make(d)
    expect(hazardStateAsOf(h, day("2026-10-10"))).toBe("closed")
    expect(hazardStateAsOf(h, day("2026-10-20"))).toBe("rectifying")
    expect(closureDateAsOf(h, day("2026-10-20"))).toBeUndefined()
    expect(CalendarDate.format(closureDateAsOf(h, day("2026-10-26"))!)).toBe("2026-10-25")
    // without the history (the file's state and closure date only), 2026-10-10 would not count as closed
    const { history: _, ...bare } = h
    expect(hazardStateAsOf(bare, day("2026-10-10"))).toBe("open")
    // a valid campaign record, both ways
    expect(Schema.decodeUnknownSync(CampaignHazard)(Schema.encodeSync(CampaignHazard)(h))).toEqual(h)
  })
})

describe("anquan check without --ledger and --campaign", () => {
  it("keeps the json report as it was and leaves the sections out of the page", async () => {
    const plain = await run({ format: "json" })
    const withSections = await run({ format: "json", ledger: { db: fx.ledger }, campaign: campaignFiles() })
    const a = JSON.parse(plain.out)
    const b = JSON.parse(withSections.out)
    expect(Object.keys(a)).not.toContain("ledger")
    expect(Object.keys(a)).not.toContain("campaign")
    const { ledger: _l, campaign: _c, ...rest } = b
    expect(rest).toEqual(a)
    expect(withSections.exitCode).toBe(plain.exitCode)
    const page = await run({})
    expect(pageData(page.out)).toMatchObject({ ledger: null, campaign: null })
    expect(page.out).not.toContain('id="governance"')
    expect(page.out).not.toContain('id="campaign"')
  })
})

describe("bad --ledger and --campaign", () => {
  it("rejects a missing file, a file that is not a ledger and a format without sections, before any output", async () => {
    const cases: Array<[Partial<CheckOptions>, RegExp]> = [
      [{ ledger: { db: join(dir, "none.sqlite") } }, /^--ledger .*none\.sqlite: no ledger at .*none\.sqlite/],
      [{ ledger: { db: fx.campaign } }, /is not a SQLite database/],
      [{ ledger: { db: join(dir, "empty.sqlite") } }, /is not a hazard ledger \(no anquan_hazard_events table\)/],
      [{ ledger: { db: fx.ledger, jurisdictions: fx.roster } }, /^--jurisdictions .*roster\.json: invalid jurisdiction tree/],
      [{ format: "table", ledger: { db: fx.ledger } }, /^--ledger adds a section to the html and json reports: use --format html or --format json, not table$/],
      [{ campaign: { campaign: join(dir, "none.json") } }, /^cannot read campaign .*none\.json/],
      [{ campaign: { campaign: fx.campaign, hazards: fx.roster } }, /^campaign records do not decode/]
    ]
    writeFileSync(join(dir, "empty.sqlite"), "")
    for (const [options, message] of cases) {
      let out = ""
      const failure = await run({ ...options, write: (s) => void (out += s) }).then(() => undefined, (e: unknown) => e)
      expect(failure, JSON.stringify(options)).toBeInstanceOf(UsageError)
      expect((failure as Error).message).toMatch(message)
      expect(out).toBe("")
    }
  })

  it("the anquan executable: exit 2 with one clear line, and no report file", async () => {
    const bin = anquanExecutable
    const exec = (args: ReadonlyArray<string>) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(process.execPath, [bin, ...args], (error, stdout, stderr) => resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr }))
      })
    const out = join(dir, "report.html")
    const missing = join(dir, "missing.sqlite")
    const r = await exec(["check", demoSample, "--format", "html", "--out", out, "--as-of", "2026-11-23", "--ledger", missing])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`anquan: --ledger ${missing}: no ledger at ${missing} (give a SQLite file written by anquan ledger, or a postgres:// URL)\n`)
    expect(existsSync(out)).toBe(false)
    const stray = await exec(["check", demoSample, "--format", "html", "--campaign-roster", fx.roster])
    expect(stray.code).toBe(2)
    expect(stray.stderr).toBe("anquan: --campaign-roster is used with --campaign; give --campaign too\n")
    const ok = await exec([
      "check", demoSample, "--format", "html", "--out", out, "--as-of", "2026-11-23", "--ledger", fx.ledger, "--jurisdictions", fx.jurisdictions,
      "--campaign", fx.campaign, "--campaign-roster", fx.roster, "--campaign-hazards", fx.hazards, "--campaign-inspections", fx.inspections,
      "--campaign-reports", fx.reports
    ])
    expect(ok.stderr).toBe("")
    expect(ok.code).toBe(3) // the sample's one bad record (rejected: 3), as without the sections
    expect(existsSync(out)).toBe(true)
  }, 30_000)
})
