// `anquan ledger …` on a temporary SQLite file: a check report of the hazchem sample (the `hazchem`
// pack, as of 2026-03-02) is imported, listed, shown, moved through the closed loop and measured.
import { execFile } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { check } from "../src/check.ts"
import type { LedgerOptions } from "../src/ledger/index.ts"
import { ledgerImport, ledgerList, ledgerMetrics, ledgerShow, ledgerTransition } from "../src/ledger/index.ts"
import { selectPacks } from "../src/packs.ts"
import { anquanExecutable } from "./fixtures/executable.ts"

const dir = mkdtempSync(join(tmpdir(), "anquan-ledger-cli-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const db = join(dir, "ledger.sqlite")
const sample = fileURLToPath(new URL("../../pack-hazchem/sample/hazchem-enterprises.json", import.meta.url))

/** 江苏 and 浙江 only: the Shandong enterprise of the sample lies outside the tree. */
const tree = join(dir, "jurisdictions.json")
writeFileSync(tree, JSON.stringify([
  { code: "320000", name: "江苏省", level: "province" },
  { code: "320100", name: "南京市", level: "city", parent: "320000" },
  { code: "320116", name: "六合区", level: "county", parent: "320100" },
  { code: "330000", name: "浙江省", level: "province" },
  { code: "330200", name: "宁波市", level: "city", parent: "330000" },
  { code: "330211", name: "镇海区", level: "county", parent: "330200" }
]))
const report = join(dir, "report.json")

const NINGJIANG = "91320116MA1XK3T27K" // 宁江氯碱化工 (320116): 3 major, 2 general violations of the hazchem pack
const inspector = { actorId: "P-INSPECTOR", actorName: "张检查", actorRole: "inspector" } as const
const staff = { actorId: "P-STAFF", actorName: "李整改", actorRole: "enterprise", actorEnterprise: NINGJIANG } as const
const verifier = { actorId: "P-VERIFIER", actorName: "王验收", actorRole: "inspector" } as const
const importer = { actorId: "SYS-EVAL", actorName: "合规评估导入", actorRole: "system" } as const
/** 六合区's supervising department (a county). */
const county = { actorId: "P-COUNTY", actorName: "钱督办", actorRole: "department", jurisdiction: "320116" } as const

/** Runs a ledger function on the test file, capturing stdout and stderr. */
const run = async <O, A>(
  f: (o: LedgerOptions & O) => Promise<{ readonly exitCode: 0 | 2; readonly value?: A; readonly error?: { readonly _tag: string } }>,
  own: O,
  shared: Partial<LedgerOptions> = {}
) => {
  let out = ""
  let err = ""
  const r = await f({ db, jurisdictions: tree, ...inspector, write: (s) => void (out += s), writeError: (s) => void (err += s), ...shared, ...own })
  return { ...r, out, err }
}

/** The id of the hazard opened for a rule on 宁江. */
const idOf = async (ruleId: string): Promise<string> => {
  const r = await run(ledgerList, { subject: NINGJIANG, format: "json" as const })
  const found = (JSON.parse(r.out) as Array<{ id: string; source: { ruleId?: string } }>).find((h) => h.source.ruleId === ruleId)
  if (found === undefined) throw new Error(`no hazard for ${ruleId}`)
  return found.id
}

const transition = (hazardId: string, expectedVersion: number, command: object, actor: Partial<LedgerOptions> = inspector, extra: object = {}) =>
  run(ledgerTransition, { hazardId, expectedVersion, command: JSON.stringify(command), ...actor, ...extra })

beforeAll(async () => {
  // what `anquan check sample.json --pack hazchem --as-of 2026-03-02 --format json --out report.json` writes
  let json = ""
  await check({
    input: sample, packs: selectPacks(["hazchem"]), asOf: "2026-03-02", format: "json", locale: "zh-CN",
    write: (s) => void (json += s), progress: { tick: () => {}, done: () => {} }
  })
  writeFileSync(report, json)
})

describe("anquan ledger", () => {
  it("refuses to write without the jurisdiction tree, an actor or a role, and to read a ledger that does not exist", async () => {
    const noTree = await run(ledgerImport, { report }, { ...importer, jurisdictions: undefined })
    expect(noTree.exitCode).toBe(2)
    expect(noTree.err).toContain("writing to the ledger needs the jurisdiction tree (行政区划树): give --jurisdictions <file.json>")
    const noActor = await run(ledgerImport, { report }, { ...importer, actorId: undefined })
    expect(noActor.exitCode).toBe(2)
    expect(noActor.err).toContain("give --actor-id and --actor-name")
    const noRole = await run(ledgerImport, { report }, { ...importer, actorRole: undefined })
    expect(noRole).toMatchObject({ exitCode: 2, error: { _tag: "UsageError" } })
    expect(noRole.err).toContain("give --actor-role, the role the actor acts in: enterprise (企业人员, with --actor-enterprise <credit code>")
    expect((await run(ledgerImport, { report }, { ...importer, actorRole: "enterprise" })).err)
      .toBe("anquan: --actor-role enterprise needs --actor-enterprise <unified social credit code> (the enterprise the actor works for)\n")
    expect((await run(ledgerImport, { report }, { ...importer, actorRole: "department" })).err).toContain("--actor-role department needs --jurisdiction <code>")
    expect((await run(ledgerImport, { report }, { ...importer, actorEnterprise: NINGJIANG })).err).toContain("give it with --actor-role enterprise")
    // an inspector does not import findings: only the system role does
    const asInspector = await run(ledgerImport, { report }, inspector)
    expect(asInspector).toMatchObject({ exitCode: 2, error: { _tag: "CommandNotPermitted" } })
    expect(asInspector.err.split("\n")[0]).toBe("anquan: CommandNotPermitted: role inspector may not issue importFindings (only system)")
    const missing = await run(ledgerList, {}, { db: join(dir, "none.sqlite") })
    expect(missing.exitCode).toBe(2)
    expect(missing.err).toContain(`no ledger at ${join(dir, "none.sqlite")}`)
  })

  it("imports a check report: opens a hazard per violation, then skips them all as duplicates", async () => {
    const first = await run(ledgerImport, { report, generalDeadlineDays: 14, ...importer })
    expect(first.exitCode).toBe(0)
    expect(first.value).toMatchObject({ opened: 7, duplicates: 0 })
    expect(first.out).toContain("opened 7 hazards, skipped 0 as duplicates, skipped 4 other findings")
    expect(first.out).toMatch(/91370305MA3CR8Q67G\s+hazchem\/storage-segregation\s+out-of-jurisdiction\s+370305 is not in the jurisdiction tree/)
    const again = await run(ledgerImport, { report, format: "json" as const, ...importer })
    expect(again.exitCode).toBe(0)
    const summary = JSON.parse(again.out)
    expect(summary).toMatchObject({ opened: 0, duplicates: 7, created: [] })
    expect(summary.skipped.filter((s: { reason: string }) => s.reason === "already-open")).toHaveLength(7)
    expect(again.out.includes("opened 0 hazards")).toBe(false)
  })

  it("lists by state, level, subject and overdue date", async () => {
    const all = await run(ledgerList, { format: "json" as const })
    expect(all.exitCode).toBe(0)
    const files = JSON.parse(all.out) as Array<{ level: string; state: string; subject: string; discoveredOn: string; deadline?: string }>
    expect(files).toHaveLength(7)
    expect(files.every((f) => f.state === "reported" && f.discoveredOn === "2026-03-02")).toBe(true)
    const major = await run(ledgerList, { level: "major" })
    expect(major.out).toContain("3 hazards\n")
    expect(major.out).toMatch(/^id\s+state\s+level\s+v\s+subject\s+jurisdiction\s+discovered\s+deadline\s+description$/m)
    const overdue = await run(ledgerList, { overdueAsOf: "2026-03-20", states: ["reported,assessed"] })
    expect(overdue.out).toContain("4 hazards\n") // the general ones: deadline 2026-03-16
    expect(overdue.out).toMatch(/ 2026-03-16 {2}4d /)
    expect((await run(ledgerList, { subject: "91330211MA2H7N4L4L" })).out).toContain("2 hazards\n")
    const bad = await run(ledgerList, { states: ["open"] })
    expect(bad.exitCode).toBe(2)
    expect(bad.err).toContain("unknown --state open; states: reported, assessed")
  })

  it("transitions: success, a guard's rejection, a stale version, an idempotent retry, bad input", async () => {
    const id = await idOf("hazchem/key-process-automation")
    const assessed = await transition(id, 1, { _tag: "Assess", level: "major", reason: "现场确认" })
    expect(assessed.exitCode).toBe(0)
    expect(assessed.out).toMatch(new RegExp(`^${id}: assessed \\(version 2\\)\\n {2}v2 {2}\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00 {2}张检查 \\(P-INSPECTOR\\) {2}HazardAssessed {2}现场确认\\n$`))

    const rejected = await transition(id, 2, { _tag: "PlanRectification", measures: "投用紧急停车系统", deadline: "2026-04-30" }, staff)
    expect(rejected.exitCode).toBe(2)
    expect(rejected.error?._tag).toBe("FiveInPlaceIncomplete")
    expect(rejected.err.split("\n")[0]).toBe("anquan: FiveInPlaceIncomplete: missing funds, responsiblePerson, emergencyPlan")
    expect(rejected.out).toBe("")

    const stale = await transition(id, 1, { _tag: "Assess", level: "general" }, inspector, { format: "json" })
    expect(stale.exitCode).toBe(2)
    expect(stale.err).toContain("anquan: VersionConflict: expected version 1, the hazard is at version 2")
    expect(JSON.parse(stale.out)).toMatchObject({ error: { _tag: "VersionConflict", hazardId: id, expected: 1, actual: 2 } })

    const plan = {
      _tag: "PlanRectification", measures: "投用紧急停车系统", funds: 120000, emergencyPlan: "氯化工艺专项应急预案",
      deadline: "2026-04-30", responsiblePerson: { name: "周建国", title: "总经理" }
    }
    // the plan is the enterprise's: an inspector may not make it
    const notTheirs = await transition(id, 2, plan, inspector)
    expect(notTheirs.err.split("\n")[0]).toBe("anquan: CommandNotPermitted: role inspector may not issue PlanRectification (only enterprise)")
    const planned = await transition(id, 2, plan, staff, { idempotencyKey: "plan-1", format: "json" })
    expect(planned.exitCode).toBe(0)
    expect(JSON.parse(planned.out)).toMatchObject({ replayed: false, hazard: { state: "rectification-planned", version: 3 }, events: [{ _tag: "RectificationPlanned", version: 3 }] })
    const retried = await transition(id, 2, plan, staff, { idempotencyKey: "plan-1" })
    expect(retried.exitCode).toBe(0)
    expect(retried.out).toContain(`${id}: rectification-planned (version 3) — already applied with this idempotency key; nothing written`)

    const badJson = await run(ledgerTransition, { hazardId: id, expectedVersion: 3, command: "{nope" })
    expect(badJson).toMatchObject({ exitCode: 2, error: { _tag: "UsageError" } })
    expect(badJson.err).toMatch(/^anquan: --command is not valid JSON/)
    const otherId = await transition(id, 3, { _tag: "StartRectification", hazardId: "YH-OTHER" })
    expect(otherId.err).toContain(`--command names hazard "YH-OTHER" but the argument is ${id}`)
    const invalid = await transition(id, 3, { _tag: "Verify", outcome: "failed" })
    expect(invalid.exitCode).toBe(2)
    expect(invalid.err.split("\n")[0]).toBe("anquan: InvalidInput: command.reason: a failed verification states why (reason)")
    const fromFile = join(dir, "start.json")
    writeFileSync(fromFile, JSON.stringify({ _tag: "StartRectification" }))
    expect((await run(ledgerTransition, { hazardId: id, expectedVersion: 3, command: `@${fromFile}`, ...staff })).exitCode).toBe(0)
    expect((await transition(id, 4, { _tag: "CompleteRectification", evidence: [{ uri: "file://esd-test.pdf" }] }, staff)).exitCode).toBe(0)

    const selfVerified = await transition(id, 5, { _tag: "Verify", outcome: "passed" }, staff)
    expect(selfVerified.exitCode).toBe(2)
    expect(selfVerified.error?._tag).toBe("CommandNotPermitted")
    expect(selfVerified.err.split("\n")[0]).toBe("anquan: CommandNotPermitted: role enterprise 91320116MA1XK3T27K may not issue Verify (only department, inspector)")
    // a department accepts only at its own level: the county cannot accept for the city
    const forTheCity = await transition(id, 5, { _tag: "AcceptClosure", level: "city", jurisdiction: "320100" }, county)
    expect(forTheCity.err.split("\n")[0]).toBe("anquan: AuthorityMismatch: role department 320116 may issue AcceptClosure only with level county, got city")
    const closed = await transition(id, 5, { _tag: "Verify", outcome: "passed" }, verifier)
    expect(closed.exitCode).toBe(0)
    expect(closed.out).toContain(`${id}: closed (version 6)`)
    expect((await transition("YH-NONE", 1, { _tag: "StartRectification" })).err).toContain("anquan: HazardNotFound: no hazard YH-NONE")
  })

  it("shows a hazard's file and its full history, one event per line", async () => {
    const id = await idOf("hazchem/key-process-automation")
    const shown = await run(ledgerShow, { hazardId: id }, { actorId: undefined, actorName: undefined, jurisdictions: undefined })
    expect(shown.exitCode).toBe(0)
    expect(shown.out).toMatch(new RegExp(`^hazard ${id}\\n {2}state +closed \\(version 6\\)\\n`))
    expect(shown.out).toMatch(/^ {2}five in place +all five \(五落实\)$/m)
    expect(shown.out).toMatch(/^ {2}closed +\d{4}-\d{2}-\d{2}, verified by 王验收 \(P-VERIFIER\)$/m)
    const history = shown.out.slice(shown.out.indexOf("history (6 events):\n")).split("\n").slice(1, -1)
    // event times in Beijing time, the zone shown (+08:00), as every other time the CLI prints
    expect(history.map((l) => l.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00/, "T"))).toEqual([
      "  v1  T  合规评估导入 (SYS-EVAL)  HazardReported  evaluation of 2026-03-02: hazchem hazchem/key-process-automation@2017-11-13",
      "  v2  T  张检查 (P-INSPECTOR)  HazardAssessed  现场确认",
      "  v3  T  李整改 (P-STAFF)  RectificationPlanned",
      "  v4  T  李整改 (P-STAFF)  RectificationStarted",
      "  v5  T  李整改 (P-STAFF)  RectificationCompleted",
      "  v6  T  王验收 (P-VERIFIER)  HazardClosed"
    ])
    const json = JSON.parse((await run(ledgerShow, { hazardId: id, format: "json" as const })).out)
    expect(json.hazard).toMatchObject({ id, state: "closed", version: 6, fiveInPlace: { funds: 120000 } })
    expect(json.history.map((e: { _tag: string; version: number }) => `${e.version} ${e._tag}`)).toEqual([
      "1 HazardReported", "2 HazardAssessed", "3 RectificationPlanned", "4 RectificationStarted", "5 RectificationCompleted", "6 HazardClosed"
    ])
    const missing = await run(ledgerShow, { hazardId: "YH-NONE" })
    expect(missing).toMatchObject({ exitCode: 2, error: { _tag: "HazardNotFound" } })
  })

  it("metrics: totals and by jurisdiction or month", async () => {
    // 随查随治 of one general hazard on 宁江; the other general ones stay open past 2026-03-16
    const general = await idOf("hazchem/permit-hot-work-validity")
    expect((await transition(general, 1, { _tag: "FixOnDiscovery", measures: "重新办理动火作业票" })).exitCode).toBe(0)
    const period = { asOf: "2099-12-31", from: "2026-03-01", to: "2026-03-31" }
    const m = await run(ledgerMetrics, { ...period, breakdown: "jurisdiction" as const, format: "json" as const })
    expect(m.exitCode).toBe(0)
    const report = JSON.parse(m.out)
    expect(report.total).toEqual({
      found: 7, major: 3, closed: 2, open: 5, overdue: 3, selfInspected: 0, selfFixed: 0, selfReported: 0,
      rectificationRate: 2 / 7, overdueRate: 3 / 7, selfInspectRate: 0, selfFixRate: null, selfReportRate: null
    })
    expect(report.rows.map((r: { key: string; label: string; metrics: { found: number; closed: number; overdue: number } }) =>
      [r.key, r.label, r.metrics.found, r.metrics.closed, r.metrics.overdue])).toEqual([
      ["320000", "江苏省", 5, 2, 1],
      ["330000", "浙江省", 2, 0, 2]
    ])
    const table = await run(ledgerMetrics, { ...period, breakdown: "month" as const })
    expect(table.out).toContain("metrics as of 2099-12-31 of the hazards discovered 2026-03-01..2026-03-31 in the whole tree\n")
    expect(table.out).toMatch(/^total +7 +3 +2 +5 +3 +28\.6% +42\.9% +0\.0% +— +—$/m)
    expect(table.out).toMatch(/^2026-03 +7 +3 +2 +5 +3 /m)
    const jiangsu = await run(ledgerMetrics, period, { jurisdiction: "320000" })
    expect(jiangsu.out).toMatch(/^total +5 +3 +2 +3 +1 /m)
    const noTree = await run(ledgerMetrics, { ...period, breakdown: "jurisdiction" as const }, { jurisdictions: undefined })
    expect(noTree.exitCode).toBe(2)
    expect(noTree.err).toContain("--breakdown jurisdiction needs the jurisdiction tree")
    const badDate = await run(ledgerMetrics, { ...period, asOf: "2026-02-30" })
    expect(badDate.err).toBe("anquan: --as-of must be a calendar date YYYY-MM-DD, got \"2026-02-30\"\n")
  })

  it("the anquan executable: ledger list --format json", async () => {
    const bin = anquanExecutable
    const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [bin, "ledger", "list", "--db", db, "--state", "closed", "--format", "json"], (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr }))
    })
    expect(r.stderr).toBe("")
    expect(r.code).toBe(0)
    const files = JSON.parse(r.stdout) as Array<{ state: string; closure: { how: string } }>
    expect(files.map((f) => [f.state, f.closure.how]).sort()).toEqual([["closed", "fixed-on-discovery"], ["closed", "verified"]])
  }, 30_000)
})
