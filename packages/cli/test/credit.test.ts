// `anquan credit …` through its in-process functions (as anquan risk's tests do); the help is spawned by help.test.ts.
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { makeLedger } from "@anquan/hazard-ledger"
import {
  creditCandidatesCommand,
  creditCheck,
  creditClassesCommand,
  creditListAdd,
  creditListHistory,
  creditListRemove,
  creditListRepair,
  creditListShow,
  creditRate
} from "../src/credit/index.ts"

const record = fileURLToPath(new URL("../../../examples/credit/sample/record.json", import.meta.url))
const tree = fileURLToPath(new URL("../../../examples/credit/sample/jurisdictions.json", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "anquan-credit-cli-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let n = 0

const io = () => {
  const out: Array<string> = []
  const err: Array<string> = []
  return { out, err, write: (s: string) => void out.push(s), writeError: (s: string) => void err.push(s), cwd: dir }
}
const ruian = { jurisdictions: tree, actorId: "P-1", actorName: "瑞安市应急管理局", actorRole: "department" as const, jurisdiction: "330381" }
const ENT = "91330381MA2L9RT6N9"
const ID = `fatal-accident:${ENT}:2026-03-02`
const add = { enterprise: ENT, enterpriseJurisdiction: "330381", condition: "fatal-accident", from: "2026-03-02", reason: "SG-2026-0007 储罐清洗作业中毒窒息 1人死亡", ref: "SG-2026-0007" }

describe("anquan credit", () => {
  it("list add, check (exit 1 while blocked), repair with its conditions, show and history", async () => {
    const db = `c${n++}.sqlite`
    const a = io()
    expect((await creditListAdd({ ...a, ...ruian, db, ...add })).exitCode).toBe(0)
    expect(a.out.join("")).toBe(`列入 listed ${ID} v1\n`)
    const c = io()
    const blocked = await creditCheck({ ...c, db, enterprise: ENT, purpose: "loan", asOf: "2026-12-01" })
    expect(blocked.exitCode).toBe(1)
    expect(c.out.join("")).toContain(`${ENT} loan (银行贷款) on 2026-12-01: BLOCKED 受限`)
    expect(c.out.join("")).toContain("basis: seed 003: “将发生死亡事故的企业列入“黑名单”,进行曝光”")
    const early = io()
    expect((await creditListRepair({ ...early, ...ruian, db, entryId: ID, evidence: ["rectified", "penalty-fulfilled", "credit-commitment"], on: "2026-06-01", expectedVersion: 1 })).exitCode).toBe(2)
    expect(early.err.join("")).toMatch(/RepairRefused: .*\n.*180 days after the first day, from 2026-08-29/)
    const r = io()
    expect((await creditListRepair({ ...r, ...ruian, db, entryId: ID, evidence: ["rectified", "penalty-fulfilled", "credit-commitment"], on: "2026-09-01", expectedVersion: 1, format: "json" })).exitCode).toBe(0)
    expect(JSON.parse(r.out.join(""))).toMatchObject({ version: 2, entry: { repaired: { on: "2026-09-01", by: { id: "P-1" } } } })
    const free = io()
    expect((await creditCheck({ ...free, db, enterprise: ENT, purpose: "loan", asOf: "2026-12-01", format: "json" })).exitCode).toBe(0)
    expect(JSON.parse(free.out.join(""))).toMatchObject({ blocked: false, notBlocking: [{ entryId: ID, why: "repaired" }] })
    const s = io()
    await creditListShow({ ...s, db, asOf: "2026-08-31" })
    expect(s.out.join("")).toMatch(new RegExp(`${ID.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} +${ENT} +— +330381 +fatal-accident +2026-03-02 +2027-03-02 +active +2`))
    const h = io()
    await creditListHistory({ ...h, db, entryId: ID })
    expect(h.out.join("").split("\n").filter(Boolean).map((l) => l.replace(/ \S+Z /, " … "))).toEqual([
      "v1 … 瑞安市应急管理局 (P-1): listed from 2026-03-02 (fatal-accident): SG-2026-0007 储罐清洗作业中毒窒息 1人死亡",
      "v2 … 瑞安市应急管理局 (P-1): repaired on 2026-09-01 with rectified, penalty-fulfilled, credit-commitment"
    ])
  })

  it("remove keeps the entry; a stale version, a missing actor and another jurisdiction are refused", async () => {
    const db = `c${n++}.sqlite`
    await creditListAdd({ ...io(), ...ruian, db, ...add })
    const anonymous = io()
    expect((await creditListRemove({ ...anonymous, db, entryId: ID, reason: "误列", on: "2026-04-01", expectedVersion: 1 })).exitCode).toBe(2)
    expect(anonymous.err.join("")).toMatch(/give --actor-id, --actor-name and --actor-role/)
    const lucheng = io()
    expect((await creditListRemove({ ...lucheng, ...ruian, jurisdiction: "330302", db, entryId: ID, reason: "误列", on: "2026-04-01", expectedVersion: 1 })).exitCode).toBe(2)
    expect(lucheng.err.join("")).toMatch(/EntryOutOfJurisdiction/)
    expect((await creditListRemove({ ...io(), ...ruian, db, entryId: ID, reason: "事故认定撤销", on: "2026-04-01", expectedVersion: 1 })).exitCode).toBe(0)
    const stale = io()
    expect((await creditListRemove({ ...stale, ...ruian, db, entryId: ID, reason: "again", on: "2026-04-02", expectedVersion: 1 })).exitCode).toBe(2)
    expect(stale.err.join("")).toMatch(/EntryVersionConflict/)
    const s = io()
    await creditListShow({ ...s, db, asOf: "2026-04-01", status: "removed", format: "json" })
    expect(JSON.parse(s.out.join("")).map((e: { status: string; entry: { removed: { reason: string } } }) => [e.status, e.entry.removed.reason])).toEqual([["removed", "事故认定撤销"]])
  })

  it("classes with explanations, recorded as ratings; rate per jurisdiction against 90 %; candidates", async () => {
    const db = `c${n++}.sqlite`
    const k = io()
    const classes = await creditClassesCommand({ ...k, ...ruian, actorRole: "system", jurisdiction: undefined, db, file: record, asOf: "2026-12-01", record: true })
    expect(classes.exitCode).toBe(0)
    const text = k.out.join("")
    expect(text).toContain("信用等级 credit classes on 2026-12-01: A 4   B 1   C 1   D 1")
    expect(text).toContain("D (淘汰) 91330302MA2H9U6P4T 温州鹿城建安工程有限公司 [330302] score 55\n    +100  base score 100\n    -40  较大事故 SG-2026-0019 on 2026-05-20: 3 deaths, 1 serious injuries\n    -5  no standardization grade on record\n    cap D: accident SG-2026-0019 (较大) of at least 较大 grade in the window")
    const rt = io()
    const rate = await creditRate({ ...rt, db, file: record, asOf: "2026-12-01", format: "json" })
    expect(rate.exitCode === 0 && rate.value.total).toMatchObject({ inScope: 5, rated: 5, percent: 100, meetsTarget: true, scaleUnknown: ["91330381MA2E6N4B27"] })
    const table = io()
    await creditRate({ ...table, db, file: record, asOf: "2026-12-01" })
    expect(table.out.join("")).toContain("target ≥ 90% (seed 002: “规模以上企业安全生产信用等级评估率达到90%以上”)")
    const sub = io()
    const withTree = await creditRate({ ...sub, db, file: record, asOf: "2026-12-01", jurisdictions: tree })
    expect(withTree.exitCode === 0 && withTree.value.bySubtree["330300"]).toMatchObject({ inScope: 5, rated: 5, percent: 100 })
    expect(sub.out.join("")).toMatch(/by subtree \(with --jurisdictions\):\n.*\n330000 +5 +5 +100% +✓ +1/)
    const cand = io()
    const c = await creditCandidatesCommand({ ...cand, file: record, asOf: "2026-12-01", format: "json" })
    expect(c.exitCode).toBe(0)
    expect(JSON.parse(cand.out.join("")).map((x: { entry: { enterprise: string; from: string } }) => [x.entry.enterprise, x.entry.from])).toEqual([
      ["91330381MA2L9RT6N9", "2026-03-01"],
      ["91330302MA2H9U6P4T", "2026-05-20"]
    ])
  })

  it("classes --ledger: the hazard ledger's open major hazards count with the record's", async () => {
    const db = `c${n++}.sqlite`
    const jurisdictions = JSON.parse(await import("node:fs").then((fs) => fs.readFileSync(tree, "utf8")))
    const ledger = await makeLedger({ store: "sqlite", filename: join(dir, db), jurisdictions })
    await ledger.execute({ actor: { id: "P-I", name: "检查员" }, role: { kind: "inspector" } }, {
      command: {
        _tag: "Report",
        subject: "91330381MA2K4Y8R3N",
        jurisdiction: "330381",
        sector: "industry-trade",
        level: "major",
        description: "粉尘涉爆除尘系统未设置锁气卸灰装置",
        source: { kind: "government-inspection" },
        discoveredOn: "2026-11-20",
        hazardId: "YH-2026-0101",
        evidence: []
      },
      expectedVersion: 0
    })
    await ledger.close()
    // the same file holds the credit store (an entry of another enterprise)
    expect((await creditListAdd({ ...io(), ...ruian, db, ...add })).exitCode).toBe(0)
    const k = io()
    const r = await creditClassesCommand({ ...k, db, file: record, asOf: "2026-12-01", ledger: db, format: "json" })
    expect(k.err.join("")).toBe("")
    expect(r.exitCode).toBe(0)
    const xinyuan = JSON.parse(k.out.join("")).enterprises.find((e: { enterprise: string }) => e.enterprise === "91330381MA2K4Y8R3N")
    expect(xinyuan).toMatchObject({ class: "B", score: 80 })
    expect(xinyuan.contributions).toContainEqual(expect.objectContaining({ fact: "major-hazard", ref: "YH-2026-0101", open: true, points: -20 }))
    const missing = io()
    expect((await creditClassesCommand({ ...missing, db, file: record, asOf: "2026-12-01", ledger: "none.sqlite" })).exitCode).toBe(2)
    expect(missing.err.join("")).toMatch(/--ledger none\.sqlite: cannot read the hazard ledger/)
  })

  it("bad input: an unknown purpose, a bad date, a missing store, a hostile record — exit 2, one clear line", async () => {
    const db = `c${n++}.sqlite`
    const none = io()
    expect((await creditCheck({ ...none, db, enterprise: ENT, purpose: "loan" })).exitCode).toBe(2)
    expect(none.err.join("")).toMatch(/^anquan: no credit store at .*c\d+\.sqlite/)
    await creditListAdd({ ...io(), ...ruian, db, ...add })
    const purpose = io()
    expect((await creditCheck({ ...purpose, db, enterprise: ENT, purpose: "mortgage", format: "json" })).exitCode).toBe(2)
    expect(JSON.parse(purpose.out.join("")).error._tag).toBe("InvalidInput")
    const date = io()
    expect((await creditCheck({ ...date, db, enterprise: ENT, purpose: "loan", asOf: "2026-02-30" })).exitCode).toBe(2)
    expect(date.err.join("")).toMatch(/--as-of/)
    const cond = io()
    expect((await creditListAdd({ ...cond, ...ruian, db, ...add, condition: "rumour" })).exitCode).toBe(2)
    expect(cond.err.join("")).toMatch(/configured conditions fatal-accident, serious-violation; got "rumour"/)
    const hostile = join(dir, "hostile.json")
    await import("node:fs").then((fs) => fs.writeFileSync(hostile, JSON.stringify({ enterprises: [{ creditCode: "\u001b[31mX", name: "", jurisdiction: "33" }], __proto__: { polluted: true } })))
    const h = io()
    expect((await creditClassesCommand({ ...h, db, file: hostile, asOf: "2026-12-01" })).exitCode).toBe(2)
    expect(h.err.join("")).not.toContain("\u001b[31m")
    expect(h.err.join("")).toMatch(/^anquan: InvalidInput: enterprises.0.creditCode: unified social credit code/)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
