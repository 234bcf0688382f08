// `anquan reports …` and `anquan standardization rates`, in process (help.test.ts checks that
// `anquan --help` lists them and that their help pages show examples).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { reportsRun } from "../src/reports/commands.ts"
import { standardizationRates } from "../src/standardization/commands.ts"

const dir = mkdtempSync(join(tmpdir(), "anquan-reports-cli-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const io = () => {
  const out: Array<string> = []
  const err: Array<string> = []
  return { out, err, write: (s: string) => void out.push(s), writeError: (s: string) => void err.push(s), cwd: dir }
}
const file = (name: string, value: unknown) => {
  writeFileSync(join(dir, name), JSON.stringify(value))
  return name
}

const tree = file("tree.json", [
  { code: "330300", name: "温州市", level: "city" },
  { code: "330381", name: "瑞安市", level: "county", parent: "330300" }
])
const NAME = "举报人林秀英", PHONE = "13957700123"

describe("anquan reports", () => {
  it("receives, assigns and reports as JSON; the reporter never appears in any output", async () => {
    const department = { actorId: "P-D1", actorName: "瑞安应急局", actorRole: "department" as const, jurisdiction: "330381", jurisdictions: tree, db: "r.sqlite" }
    const config = file("config.json", { deadlines: { assignWithinDays: 5 } })
    const receive = file("receive.json", {
      command: {
        _tag: "Receive",
        report: { id: "JB-1", receivedOn: "2026-03-02", channel: "insider", category: "major-hazard", jurisdiction: "330381", description: "报警装置关闭", reporter: { anonymous: false, name: NAME, contact: PHONE } }
      },
      expectedVersion: 0
    })
    const outputs: Array<string> = []
    const a = io()
    expect(await reportsRun({ ...a, ...department, config }, { kind: "execute", file: receive })).toBe(0)
    expect(JSON.parse(a.out.join(""))).toMatchObject({ report: { state: "received", version: 1, report: { reporter: { redacted: true } } } })
    outputs.push(...a.out, ...a.err)
    const stale = io()
    expect(await reportsRun({ ...stale, ...department }, { kind: "execute", file: receive })).toBe(2)
    expect(JSON.parse(stale.out.join("")).error._tag).toBe("ReportVersionConflict")
    outputs.push(...stale.out, ...stale.err)
    const r = io()
    expect(await reportsRun({ ...r, db: "r.sqlite", config }, { kind: "report", asOf: "2026-03-08" })).toBe(0)
    expect(JSON.parse(r.out.join(""))).toMatchObject({ received: 1, overdue: [{ reportId: "JB-1", step: "assign", daysLate: 1 }] })
    const l = io()
    expect(await reportsRun({ ...l, db: "r.sqlite" }, { kind: "list", state: "received" })).toBe(0)
    expect(JSON.parse(l.out.join("")).reports.map((f: { report: { id: string } }) => f.report.id)).toEqual(["JB-1"])
    outputs.push(...r.out, ...l.out, ...r.err, ...l.err)
    for (const text of outputs) expect(text.includes(NAME) || text.includes(PHONE)).toBe(false)
    // writing needs an actor; enterprise personnel cannot act on reports
    const w = io()
    expect(await reportsRun({ ...w, db: "r.sqlite", jurisdictions: tree }, { kind: "execute", file: receive })).toBe(2)
    expect(w.err.join("")).toMatch(/give --actor-id, --actor-name and --actor-role/)
  })
})

describe("anquan standardization rates", () => {
  it("prints the rates against the seeds' targets; a bad history is exit 2 with its path", async () => {
    const histories = file("histories.json", [
      {
        enrolment: { enterprise: "91330381MA2L9RT6N9", jurisdiction: "330381", sector: "industry-trade", scale: "above-designated-size" },
        steps: [
          { _tag: "SelfAssess", on: "2013-05-01" },
          { _tag: "Apply", on: "2013-05-02", grade: 3 },
          { _tag: "Review", on: "2013-06-01", outcome: "passed" },
          { _tag: "Certify", on: "2013-07-01", grade: 3 }
        ]
      }
    ])
    const a = io()
    expect(await standardizationRates({ ...a, file: histories, asOf: "2013-12-31", groupBy: [], jurisdictions: tree })).toBe(0)
    const out = JSON.parse(a.out.join(""))
    expect(out.rates.find((r: { target: string }) => r.target === "seed-004-above-scale-2013")).toMatchObject({ population: 1, achieved: 1, rate: 1, meets: true })
    const b = io()
    expect(await standardizationRates({ ...b, file: file("bad.json", [{ enrolment: {}, steps: [] }]), asOf: "2013-12-31", groupBy: [] })).toBe(2)
    expect(JSON.parse(b.out.join("")).error._tag).toBe("StandardizationInputError")
  })
})
