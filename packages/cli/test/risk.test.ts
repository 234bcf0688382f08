import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { makeLedger } from "@anquan/hazard-ledger"
import { riskAssess, riskFlag, riskImport, riskList, riskReport } from "../src/risk/index.ts"

const sample = fileURLToPath(new URL("../../../examples/risk-register/sample/risk-points.json", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "anquan-risk-cli-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let n = 0

const io = () => {
  const out: Array<string> = []
  const err: Array<string> = []
  return { out, err, write: (s: string) => void out.push(s), writeError: (s: string) => void err.push(s), cwd: dir }
}

describe("anquan risk", () => {
  it("import, list and report on one file; a second import changes nothing", async () => {
    const db = `r${n++}.sqlite`
    const a = io()
    expect((await riskImport({ ...a, db, file: sample, format: "json" })).exitCode).toBe(0)
    expect(JSON.parse(a.out.join("")).counts).toEqual({ registered: 7, updated: 0, unchanged: 0 })
    const l = io()
    const listed = await riskList({ ...l, db, grade: "major", format: "json" })
    expect(listed.exitCode).toBe(0)
    expect(JSON.parse(l.out.join("")).map((f: { point: { id: string } }) => f.point.id)).toEqual(["FX-RA-001", "FX-RA-002"])
    const t = io()
    await riskList({ ...t, db })
    expect(t.out.join("")).toContain("重大 (红)")
    const r = io()
    const report = await riskReport({ ...r, db, asOf: "2026-12-01", format: "json" })
    expect(report.exitCode === 0 && [report.value.重大, report.value.较大, report.value.一般, report.value.低]).toEqual([2, 1, 2, 1])
    const again = io()
    await riskImport({ ...again, db, file: sample })
    expect(again.out.join("")).toContain("0 registered, 0 updated, 7 unchanged")
  })

  it("a department sees its own jurisdiction only", async () => {
    const db = `r${n++}.sqlite`
    await riskImport({ ...io(), db, file: sample })
    const trees = join(dir, "tree.json")
    writeFileSync(trees, JSON.stringify(JSON.parse(await import("node:fs").then((fs) => fs.readFileSync(sample, "utf8"))).jurisdictions))
    const r = io()
    const report = await riskReport({ ...r, db, asOf: "2026-12-01", format: "json", jurisdictions: trees, actorRole: "department", jurisdiction: "330102" })
    expect(report.exitCode === 0 && report.value.total).toBe(2)
  })

  it("grades an assessment without a register, and records one with the version seen", async () => {
    const calc = io()
    expect((await riskAssess({ ...calc, assessment: "{\"method\":\"lec\",\"L\":3,\"E\":6,\"C\":15}" })).exitCode).toBe(0)
    expect(calc.out.join("")).toBe("较大风险 (橙, significant) — D = 270 — 高度危险，需立即整改\n")
    const bad = io()
    expect((await riskAssess({ ...bad, assessment: "{\"method\":\"lec\",\"L\":2,\"E\":6,\"C\":15}" })).exitCode).toBe(2)
    expect(bad.err.join("")).toMatch(/L must be one of 10, 6, 3, 1, 0.5, 0.2, 0.1; got 2/)

    const db = `r${n++}.sqlite`
    await riskImport({ ...io(), db, file: sample })
    const trees = join(dir, "tree2.json")
    writeFileSync(trees, JSON.stringify(JSON.parse(await import("node:fs").then((fs) => fs.readFileSync(sample, "utf8"))).jurisdictions))
    const who = { jurisdictions: trees, actorId: "P-A1", actorName: "安全员", actorRole: "enterprise" as const, actorEnterprise: "91330381MA2L9RT6N9" }
    const assessment = "{\"method\":\"matrix\",\"L\":5,\"S\":5}"
    const ok = io()
    expect((await riskAssess({ ...ok, ...who, db, riskPointId: "FX-RA-005", assessment, expectedVersion: 1, on: "2026-12-01" })).exitCode).toBe(0)
    expect(ok.out.join("")).toContain("FX-RA-005 v2: 重大风险")
    const stale = io()
    expect((await riskAssess({ ...stale, ...who, db, riskPointId: "FX-RA-005", assessment, expectedVersion: 1, on: "2026-12-01" })).exitCode).toBe(2)
    expect(stale.err.join("")).toMatch(/RiskVersionConflict/)
    // no actor: a write is refused before anything is opened
    const anonymous = io()
    expect((await riskAssess({ ...anonymous, db, riskPointId: "FX-RA-005", assessment, expectedVersion: 2 })).exitCode).toBe(2)
    expect(anonymous.err.join("")).toMatch(/give --actor-id, --actor-name and --actor-role/)
    // another enterprise's point
    const other = io()
    expect((await riskAssess({ ...other, ...who, db, riskPointId: "FX-SC-001", assessment, expectedVersion: 1 })).exitCode).toBe(2)
    expect(other.err.join("")).toMatch(/AuthorityMismatch/)
  })

  it("an import with a bad record writes nothing and names the record's path", async () => {
    const db = `r${n++}.sqlite`
    const file = join(dir, "bad.json")
    const data = JSON.parse(await import("node:fs").then((fs) => fs.readFileSync(sample, "utf8")))
    data.riskPoints[3].assessment = { method: "lec", L: 3, E: 6, C: 41 }
    writeFileSync(file, JSON.stringify(data))
    const bad = io()
    expect((await riskImport({ ...bad, db, file })).exitCode).toBe(2)
    expect(bad.err.join("")).toMatch(/Register of risk point FX-RA-004:\n.*C must be one of 100, 40, 15, 7, 3, 1; got 41/)
    const l = io()
    await riskList({ ...l, db, format: "json" })
    expect(JSON.parse(l.out.join(""))).toEqual([])
  })

  it("flag: a hazard of the ledger in the same file found at a risk point flags it for review, once", async () => {
    const db = `r${n++}.sqlite`
    await riskImport({ ...io(), db, file: sample })
    const data = JSON.parse(await import("node:fs").then((fs) => fs.readFileSync(sample, "utf8")))
    const trees = join(dir, "tree3.json")
    writeFileSync(trees, JSON.stringify(data.jurisdictions))
    const ledger = await makeLedger({ store: "sqlite", filename: join(dir, db), jurisdictions: data.jurisdictions })
    await ledger.execute({ actor: { id: "P-I", name: "检查员" }, role: { kind: "inspector" } }, {
      command: {
        _tag: "Report",
        subject: "91330381MA2L9RT6N9",
        site: "FX-RA-003",
        jurisdiction: "330381",
        sector: "hazardous-chemicals",
        level: "general",
        description: "叉车作业区无人车分流标识",
        source: { kind: "government-inspection" },
        discoveredOn: "2026-11-20",
        hazardId: "YH-2026-0100",
        evidence: []
      },
      expectedVersion: 0
    })
    await ledger.close()
    const f = io()
    expect((await riskFlag({ ...f, db, jurisdictions: trees, format: "json" })).exitCode).toBe(0)
    expect(JSON.parse(f.out.join(""))).toEqual({ flagged: [{ riskPointId: "FX-RA-003", hazardId: "YH-2026-0100" }], alreadyFlagged: [] })
    const again = io()
    await riskFlag({ ...again, db, jurisdictions: trees })
    expect(again.out.join("")).toContain("flagged for review: 0 (already flagged: 1)")
    const r = io()
    const report = await riskReport({ ...r, db, asOf: "2026-12-01", format: "json" })
    expect(report.exitCode === 0 && report.value.reassessmentDue.points.map((p) => p.id)).toEqual(["FX-RA-003", "FX-RA-004"])
    // without the tree the write is refused
    const noTree = io()
    expect((await riskFlag({ ...noTree, db })).exitCode).toBe(2)
  })
})
