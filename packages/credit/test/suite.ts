// The behavioural suite of the credit store, run on SQLite (sqlite.test.ts) and PostgreSQL (postgres.test.ts).
import { CommandNotPermitted, InvalidInput } from "@anquan/hazard-ledger"
import { describe, expect, it } from "@effect/vitest"
import type { CreditStoreClient, NewEntryInput } from "../src/index.ts"
import { EntryNotFound, EntryOutOfJurisdiction, EntryVersionConflict, RemovalRefused, RepairRefused } from "../src/index.ts"
import { ENT_A, ENT_B, ENT_C, record } from "./fixtures.ts"

export const system = { actor: { id: "SYS-IMPORT", name: "导入" }, role: { kind: "system" } } as const
export const ruianDept = { actor: { id: "P-D1", name: "瑞安应急局" }, role: { kind: "department", jurisdiction: "330381" } } as const
export const shangchengDept = { actor: { id: "P-D2", name: "上城区应急局" }, role: { kind: "department", jurisdiction: "330102" } } as const
export const enterpriseA = { actor: { id: "P-A1", name: "企业安全员" }, role: { kind: "enterprise", creditCode: ENT_A } } as const
export const reader = { actor: { id: "P-R", name: "读者" } } as const

const rejection = async (p: Promise<unknown>): Promise<unknown> => {
  try {
    await p
  } catch (e) {
    return e
  }
  throw new Error("expected a rejection")
}

const entryA: NewEntryInput = { enterprise: ENT_A, name: "瑞安化工有限公司", jurisdiction: "330381", condition: "fatal-accident", from: "2026-03-01", reason: "SG-2026-001: 储罐检修中毒 (1 death)", ref: "SG-2026-001" }
const idA = `fatal-accident:${ENT_A}:2026-03-01`
const all = ["rectified", "penalty-fulfilled", "credit-commitment"]

export const creditSuite = (name: string, fresh: () => Promise<CreditStoreClient>) =>
  describe(`credit store on ${name}`, () => {
    const withStore = async (body: (s: CreditStoreClient) => Promise<void>) => {
      const s = await fresh()
      try {
        await body(s)
      } finally {
        await s.close()
      }
    }

    it("lists an entry that blocks while active; a repair ends it on its day and history is kept", () =>
      withStore(async (s) => {
        const added = await s.execute(ruianDept, { command: { _tag: "AddEntry", entry: entryA }, expectedVersion: 0 })
        expect(added.file.version).toBe(1)
        expect(added.file.entry).toMatchObject({ id: idA, blocks: ["project-approval", "land-approval", "securities-financing", "loan", "award", "funding-support"] })
        const loan = (asOf: string) => s.check(reader, { enterprise: ENT_A, asOf, purpose: "loan" })
        expect(await loan("2026-02-28")).toMatchObject({ blocked: false, notBlocking: [{ why: "pending" }] })
        expect(await loan("2026-09-01")).toMatchObject({ blocked: true, by: [{ entryId: idA, basis: { _tag: "seed", seed: "003" } }] })
        // too early: refused with the reason, nothing written
        const early = await rejection(s.execute(ruianDept, { command: { _tag: "RepairEntry", entryId: idA, on: "2026-06-01", evidence: all }, expectedVersion: 1 }))
        expect(early).toBeInstanceOf(RepairRefused)
        expect((early as RepairRefused).reasons).toEqual(["信用修复 is allowed 180 days after the first day, from 2026-08-28; 2026-06-01 is 92 days after it"])
        const repaired = await s.execute(ruianDept, { command: { _tag: "RepairEntry", entryId: idA, on: "2026-09-01", evidence: all, note: "整改验收合格" }, expectedVersion: 1 })
        expect(repaired.file.version).toBe(2)
        expect(await loan("2026-08-31")).toMatchObject({ blocked: true })
        expect(await loan("2026-09-01")).toMatchObject({ blocked: false, notBlocking: [{ entryId: idA, why: "repaired" }] })
        const history = await s.history(reader, idA)
        expect(history.map((e) => [e._tag, e.version, e.actor.id])).toEqual([["EntryAdded", 1, "P-D1"], ["EntryRepaired", 2, "P-D1"]])
        expect((await s.list(reader, { asOf: "2026-09-01", status: "repaired" })).map((f) => f.entry.id)).toEqual([idA])
        expect(await s.list(reader, { asOf: "2026-09-01", status: "active" })).toEqual([])
      }))

    it("rejects a stale write and a second repair; exactly one of two racing writers wins", () =>
      withStore(async (s) => {
        await s.execute(ruianDept, { command: { _tag: "AddEntry", entry: entryA }, expectedVersion: 0 })
        expect(await rejection(s.execute(ruianDept, { command: { _tag: "AddEntry", entry: entryA }, expectedVersion: 0 }))).toBeInstanceOf(EntryVersionConflict)
        const repair = (on: string) => s.execute(ruianDept, { command: { _tag: "RepairEntry", entryId: idA, on, evidence: all }, expectedVersion: 1 })
        const results = await Promise.allSettled([repair("2026-09-01"), repair("2026-09-02")])
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
        expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(EntryVersionConflict)
        const again = await rejection(s.execute(ruianDept, { command: { _tag: "RepairEntry", entryId: idA, on: "2026-10-01", evidence: all }, expectedVersion: 2 }))
        expect((again as RepairRefused).reasons[0]).toMatch(/^already repaired on 2026-09-0[12]$/)
        expect((await s.history(reader, idA)).length).toBe(2)
        expect(await rejection(s.execute(ruianDept, { command: { _tag: "RemoveEntry", entryId: "nope", on: "2026-10-01", reason: "x" }, expectedVersion: 1 }))).toBeInstanceOf(EntryNotFound)
      }))

    it("a removal ends an entry on its day; it cannot predate the entry", () =>
      withStore(async (s) => {
        await s.execute(ruianDept, { command: { _tag: "AddEntry", entry: entryA }, expectedVersion: 0 })
        const before = await rejection(s.execute(ruianDept, { command: { _tag: "RemoveEntry", entryId: idA, on: "2026-02-01", reason: "误列" }, expectedVersion: 1 }))
        expect(before).toBeInstanceOf(RemovalRefused)
        await s.execute(ruianDept, { command: { _tag: "RemoveEntry", entryId: idA, on: "2026-04-01", reason: "事故认定撤销" }, expectedVersion: 1 })
        expect((await s.check(reader, { enterprise: ENT_A, asOf: "2026-03-31", purpose: "award" })).blocked).toBe(true)
        expect(await s.check(reader, { enterprise: ENT_A, asOf: "2026-04-01", purpose: "award" })).toMatchObject({ blocked: false, notBlocking: [{ why: "removed" }] })
        expect((await s.get(reader, idA)).entry.removed).toMatchObject({ reason: "事故认定撤销", by: { id: "P-D1" } })
      }))

    it("only a department in its subtree or the system writes; a bound reader sees its subtree", () =>
      withStore(async (s) => {
        expect(await rejection(s.execute(enterpriseA, { command: { _tag: "AddEntry", entry: entryA }, expectedVersion: 0 }))).toBeInstanceOf(CommandNotPermitted)
        expect(await rejection(s.execute(reader, { command: { _tag: "AddEntry", entry: entryA }, expectedVersion: 0 }))).toBeInstanceOf(CommandNotPermitted)
        expect(await rejection(s.execute(shangchengDept, { command: { _tag: "AddEntry", entry: entryA }, expectedVersion: 0 }))).toBeInstanceOf(EntryOutOfJurisdiction)
        await s.execute(system, { command: { _tag: "AddEntry", entry: entryA }, expectedVersion: 0 })
        await s.execute(shangchengDept, { command: { _tag: "AddEntry", entry: { ...entryA, enterprise: ENT_B, jurisdiction: "330102", condition: "serious-violation", reason: "(2026)浙杭上应急罚〔12〕号" } }, expectedVersion: 0 })
        expect((await s.list(reader)).length).toBe(2)
        expect((await s.list(shangchengDept)).map((f) => f.entry.enterprise)).toEqual([ENT_B])
        expect((await s.list({ ...reader, jurisdiction: "330300" })).map((f) => f.entry.enterprise)).toEqual([ENT_A])
        expect(await rejection(s.get(shangchengDept, idA))).toBeInstanceOf(EntryOutOfJurisdiction)
        expect(await rejection(s.execute(shangchengDept, { command: { _tag: "RepairEntry", entryId: idA, on: "2026-09-01", evidence: all }, expectedVersion: 1 }))).toBeInstanceOf(EntryOutOfJurisdiction)
      }))

    it("rejects hostile input with paths, writing nothing", () =>
      withStore(async (s) => {
        const bad = await rejection(s.execute(ruianDept, { command: { _tag: "AddEntry", entry: { ...entryA, condition: "bad-feng-shui" } }, expectedVersion: 0 }))
        expect(bad).toBeInstanceOf(InvalidInput)
        expect((bad as InvalidInput).issues[0]!.message).toMatch(/^Expected one of the configured conditions fatal-accident, serious-violation; got "bad-feng-shui"$/)
        const shapes = await rejection(s.execute(ruianDept, {
          command: { _tag: "AddEntry", entry: { ...entryA, enterprise: "1'; DROP TABLE anquan_credit_entries; --", from: "2026-02-30", expiresOn: "2026-01-01" } },
          expectedVersion: -1
        } as never))
        expect((shapes as InvalidInput).issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["command.entry.enterprise", "command.entry.from", "expectedVersion"]))
        expect(await rejection(s.check(reader, { enterprise: ENT_A, asOf: "2026-13-01", purpose: "loan" }))).toBeInstanceOf(InvalidInput)
        expect(await rejection(s.check(reader, { enterprise: ENT_A, asOf: "2026-06-01", purpose: "loan' OR 1=1" }))).toBeInstanceOf(InvalidInput)
        expect(await rejection(s.get(reader, "x".repeat(500)))).toBeInstanceOf(InvalidInput)
        expect(await rejection(s.recordRatings(ruianDept, [{ enterprise: ENT_A, jurisdiction: "330381", class: "AAA", ratedOn: "2026-06-01" }]))).toBeInstanceOf(InvalidInput)
        expect(await s.list(reader)).toEqual([])
        expect(await s.ratings(reader)).toEqual([])
      }))

    it("classes read the list for the listed cap; ratings are recorded and give the rate", () =>
      withStore(async (s) => {
        await s.execute(system, { command: { _tag: "AddEntry", entry: { ...entryA, enterprise: ENT_C, jurisdiction: "330106" } }, expectedVersion: 0 })
        const classes = await s.classes(reader, record(), { asOf: "2026-07-01" })
        expect(classes.enterprises.map((e) => [e.enterprise, e.class, e.score])).toEqual([[ENT_A, "C", 70], [ENT_B, "C", 60], [ENT_C, "C", 95]])
        const ratings = classes.enterprises.map((e) => ({ enterprise: e.enterprise, jurisdiction: e.jurisdiction, class: e.class, score: e.score, ratedOn: e.asOf }))
        // a department rates in its own subtree only
        expect(await rejection(s.recordRatings(ruianDept, ratings))).toBeInstanceOf(EntryOutOfJurisdiction)
        expect(await s.recordRatings(system, ratings.slice(0, 1))).toEqual({ recorded: 1 })
        const rate = await s.rate(reader, record(), { asOf: "2026-07-01" })
        expect(rate.total).toMatchObject({ inScope: 2, rated: 1, percent: 50, meetsTarget: false, unrated: [ENT_B], scaleUnknown: [ENT_C] })
        expect(rate.byJurisdiction["330381"]).toMatchObject({ inScope: 1, rated: 1, percent: 100, meetsTarget: true })
        expect(rate.bySubtree["330000"]).toMatchObject({ inScope: 2, rated: 1, percent: 50 })
        await s.recordRatings(system, ratings.slice(1))
        expect((await s.rate(reader, record(), { asOf: "2026-07-01" })).total).toMatchObject({ rated: 2, percent: 100, meetsTarget: true })
        expect((await s.rate(shangchengDept, record(), { asOf: "2026-07-01" })).total).toMatchObject({ inScope: 1, rated: 1 })
        expect((await s.ratings(reader, { enterprise: ENT_A })).map((r) => r.class)).toEqual(["C"])
      }))
  })
