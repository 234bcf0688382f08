// `anquan investigation open|record|list|show|overdue` in-process: the investigation store on SQLite through
// the command functions and once through effect's CLI parser (every flag reaches its function), and the
// store as the source of `anquan check --investigations`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { investigationList, investigationOpen, investigationOverdue, investigationRecord, investigationShow } from "../src/investigation/commands.ts"
import { investigationSection } from "../src/investigation/section.ts"
import { anquan } from "../src/main.ts"
import { runInProcess } from "./fixtures/inProcess.ts"

const dir = mkdtempSync(join(tmpdir(), "anquan-investigation-store-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const fixture = fileURLToPath(new URL("./fixtures/investigation/cases.json", import.meta.url))
const tree = join(dir, "jurisdictions.json")
writeFileSync(tree, JSON.stringify([
  { code: "320000", name: "江苏省", level: "province" },
  { code: "320500", name: "苏州市", level: "city", parent: "320000" },
  { code: "320571", name: "苏州工业园区", level: "county", parent: "320500" }
]))
/** The fixture's two valid cases (the third does not decode). */
const valid = join(dir, "valid.json")
writeFileSync(valid, JSON.stringify((JSON.parse(readFileSync(fixture, "utf8")) as Array<unknown>).slice(0, 2)))
let n = 0

const io = () => {
  const out: Array<string> = []
  const err: Array<string> = []
  return { write: (s: string) => void out.push(s), writeError: (s: string) => void err.push(s), cwd: dir, text: () => out.join(""), err: () => err.join(""), json: () => JSON.parse(out.join("")) }
}
const department = { actorId: "D-1", actorName: "园区应急管理局", actorRole: "department" as const, jurisdiction: "320571", jurisdictions: tree }

describe("anquan investigation (the store)", () => {
  it("opens the cases, records steps, lists, shows the history and the overdue ones as of a day", async () => {
    const db = `i${n++}.sqlite`
    const a = io()
    expect((await investigationOpen({ ...a, db, file: valid, jurisdictions: tree, format: "json" })).exitCode).toBe(0)
    expect(a.json().opened.map((f: { case: { accident: { id: string } }; version: number }) => [f.case.accident.id, f.version])).toEqual([["SG-2024-011", 1], ["SG-2024-012", 1]])
    // SG-2024-011: report due 2024-06-30, not submitted → overdue on 2024-07-15
    const late = io()
    expect((await investigationOverdue({ ...late, db, asOf: "2024-07-15", format: "json" })).exitCode).toBe(0)
    expect(late.json().overdue.map((c: { accidentId: string; report: { status: string; deadline: string } }) => [c.accidentId, c.report.status, c.report.deadline])).toEqual([["SG-2024-011", "overdue", "2024-06-30"]])
    const r = io()
    expect((await investigationRecord({ ...r, ...department, db, accidentId: "SG-2024-011", step: JSON.stringify({ _tag: "SubmitReport", on: "2024-07-20" }), expectedVersion: 1 })).exitCode).toBe(0)
    expect(r.text()).toBe("SG-2024-011 v2: SubmitReport\n")
    // submitted late: still past the deadline (done late), and the approval clock runs
    const after = io()
    await investigationOverdue({ ...after, db, asOf: "2024-07-25", format: "json" })
    expect(after.json().overdue.map((c: { report: { status: string }; approval: { deadline: string } }) => [c.report.status, c.approval.deadline])).toEqual([["late", "2024-08-04"]])
    const list = io()
    expect((await investigationList({ ...list, db, grade: "general" })).exitCode).toBe(0)
    expect(list.text()).toMatch(/SG-2024-011 +一般事故 +320571 +county +2024-07-20/)
    const show = io()
    await investigationShow({ ...show, db, accidentId: "SG-2024-011", format: "json" })
    expect(show.json().history.map((e: { _tag: string; version: number }) => [e._tag, e.version])).toEqual([["InvestigationOpened", 1], ["StepRecorded", 2]])
  })

  it("refuses with exit 2 and one line: a stale version, a write without a role, a second open, a bad step", async () => {
    const db = `i${n++}.sqlite`
    await investigationOpen({ ...io(), db, file: valid, jurisdictions: tree })
    const stale = io()
    expect((await investigationRecord({ ...stale, ...department, db, accidentId: "SG-2024-011", step: "{\"_tag\":\"SubmitReport\",\"on\":\"2024-06-01\"}", expectedVersion: 3 })).exitCode).toBe(2)
    expect(stale.err()).toMatch(/^anquan: InvestigationVersionConflict: investigation SG-2024-011: the write expected version 3 but the case is at version 1/)
    const anonymous = io()
    expect((await investigationRecord({ ...anonymous, db, jurisdictions: tree, accidentId: "SG-2024-011", step: "{}", expectedVersion: 1 })).exitCode).toBe(2)
    expect(anonymous.err()).toContain("this command writes investigations: give --actor-id")
    const again = io()
    expect((await investigationOpen({ ...again, db, file: valid, jurisdictions: tree, format: "json" })).exitCode).toBe(2)
    expect(again.json().error._tag).toBe("InvestigationVersionConflict")
    const early = io()
    expect((await investigationRecord({ ...early, ...department, db, accidentId: "SG-2024-011", step: "{\"_tag\":\"ApproveReport\",\"on\":\"2024-06-01\"}", expectedVersion: 1 })).exitCode).toBe(2)
    expect(early.err()).toMatch(/InvestigationStepRefused: .*invalid-case/)
    const bad = io()
    expect((await investigationRecord({ ...bad, ...department, db, accidentId: "SG-2024-011", step: "{not json", expectedVersion: 1 })).exitCode).toBe(2)
    expect(bad.err()).toContain("--step is not valid JSON")
    const missing = io()
    expect((await investigationList({ ...missing, db: "none.sqlite" })).exitCode).toBe(2)
    expect(missing.err()).toContain("no investigation store at")
  })

  it("is the source of check --investigations: the same section as from the file of the same cases", async () => {
    const db = join(dir, `i${n++}.sqlite`)
    await investigationOpen({ ...io(), db, file: valid, jurisdictions: tree })
    const fromStore = await investigationSection({ source: db, asOf: "2024-07-15" })
    const fromFile = await investigationSection({ source: valid, asOf: "2024-07-15" })
    expect(fromStore.cases).toEqual(fromFile.cases)
    expect(fromStore.summary).toEqual(fromFile.summary)
    await expect(investigationSection({ source: join(dir, "none.sqlite"), asOf: "2024-07-15" })).rejects.toThrow(/^--investigations .*no investigation store at/)
    await expect(investigationSection({ source: tree.replace(".json", ".sqlite"), asOf: "2024-07-15" })).rejects.toThrow(/^--investigations/)
  })

  it("every subcommand's flags reach it through effect's CLI", async () => {
    const db = join(dir, `i${n++}.sqlite`)
    const run = (args: ReadonlyArray<string>) => runInProcess(["investigation", ...args])
    expect(await run(["open", valid, "--db", db, "--jurisdictions", tree])).toEqual({ code: 0, out: "事故调查 investigations opened: SG-2024-011 v1, SG-2024-012 v1\n" })
    const who = ["--actor-id", "D-1", "--actor-name", "园区应急管理局", "--actor-role", "department", "--jurisdiction", "320571", "--jurisdictions", tree]
    expect((await run(["record", "SG-2024-011", "--step", "{\"_tag\":\"RecordClosure\",\"closure\":{\"causeIdentified\":true}}", "--expected-version", "1", "--db", db, ...who])).out).toBe("SG-2024-011 v2: RecordClosure\n")
    expect(JSON.parse((await run(["list", "--grade", "relatively-serious", "--db", db, "--format", "json"])).out).map((f: { case: { accident: { id: string } } }) => f.case.accident.id)).toEqual(["SG-2024-012"])
    expect(JSON.parse((await run(["show", "SG-2024-011", "--db", db, "--format", "json"])).out).version).toBe(2)
    // from the investigation's start: due 2024-07-01, so not yet overdue on 2024-07-01
    const overdue = (asOf: string, from: string) => run(["overdue", "--as-of", asOf, "--report-clock-from", from, "--first-day", "excluded", "--db", db, "--format", "json"])
    expect(JSON.parse((await overdue("2024-07-01", "investigation-start")).out).overdue).toEqual([])
    expect(JSON.parse((await overdue("2024-07-01", "accident-day")).out).overdue.map((c: { accidentId: string }) => c.accidentId)).toEqual(["SG-2024-011"])
  })
})

describe("working days: one calendar for enforcement and investigations", () => {
  it("investigation check and overdue count working days with the calendar enforcement publication takes", async () => {
    const { investigationCheck } = await import("../src/investigation.ts")
    const calendar = join(dir, "holidays.json")
    // a fictional calendar: 2024-06-10 off, Saturday 2024-06-15 worked
    writeFileSync(calendar, JSON.stringify({ holidays: ["2024-06-10"], workdays: ["2024-06-15"] }))
    let out = ""
    await investigationCheck({ cases: valid, asOf: "2024-07-15", format: "json", dayKind: "working", calendar, write: (s) => void (out += s) })
    const cases = JSON.parse(out).cases as Array<{ accidentId: string; report: { deadline: string } }>
    // 60 working days from 2024-05-01 (not counted): 2024-07-24 with the weekends, the holiday and the worked Saturday
    expect(cases.find((c) => c.accidentId === "SG-2024-011")!.report.deadline).toBe("2024-07-24")
    expect(JSON.parse(out).counting.dayKind).toBe("working")
    const db = `i${n++}.sqlite`
    await investigationOpen({ ...io(), db, file: valid, jurisdictions: tree })
    const o = io()
    expect((await investigationOverdue({ ...o, db, asOf: "2024-07-15", dayKind: "working", calendar, format: "json" })).exitCode).toBe(0)
    expect(o.json().overdue).toEqual([])
    await expect(investigationCheck({ cases: valid, asOf: "2024-07-15", format: "json", dayKind: "working", write: () => {} })).rejects.toThrow(/--day-kind working needs --calendar/)
    const bad = join(dir, "bad-calendar.json")
    writeFileSync(bad, JSON.stringify({ holidays: ["2024-13-01"] }))
    await expect(investigationCheck({ cases: valid, asOf: "2024-07-15", format: "json", dayKind: "working", calendar: bad, write: () => {} })).rejects.toThrow(/--calendar .*bad-calendar\.json: not valid \(holidays\.0: /)
  })
})
