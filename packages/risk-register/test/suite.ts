// The behavioural suite of the register, run on SQLite (sqlite.test.ts) and PostgreSQL (postgres.test.ts).
import { AuthorityMismatch, CommandNotPermitted, InvalidInput } from "@anquan/hazard-ledger"
import { describe, expect, it } from "@effect/vitest"
import type { RiskRegisterClient } from "../src/index.ts"
import { RiskOutOfJurisdiction, RiskPointNotFound, RiskVersionConflict } from "../src/index.ts"
import { ENT_A, ENT_B, point } from "./fixtures.ts"

export const system = { actor: { id: "SYS-IMPORT", name: "导入" }, role: { kind: "system" } } as const
export const enterpriseA = { actor: { id: "P-A1", name: "企业安全员" }, role: { kind: "enterprise", creditCode: ENT_A } } as const
export const ruianDept = { actor: { id: "P-D1", name: "瑞安应急局" }, role: { kind: "department", jurisdiction: "330381" } } as const
export const shangchengDept = { actor: { id: "P-D2", name: "上城区应急局" }, role: { kind: "department", jurisdiction: "330102" } } as const
export const inspector = { actor: { id: "P-I1", name: "专家" }, role: { kind: "inspector" } } as const
export const reader = { actor: { id: "P-R", name: "读者" } } as const

const rejection = async (p: Promise<unknown>): Promise<unknown> => {
  try {
    await p
  } catch (e) {
    return e
  }
  throw new Error("expected a rejection")
}

const sample = () => [
  point({ id: "RP-1", assessment: { method: "lec", L: 6, E: 6, C: 15 }, assessedOn: "2026-01-01" }), // 540 major
  point({ id: "RP-2", assessment: { method: "matrix", L: 4, S: 4 } }), // significant
  point({ id: "RP-3", jurisdiction: "330102", enterprise: ENT_B, controls: [] }) // low, no controls
]

export const registerSuite = (name: string, fresh: () => Promise<RiskRegisterClient>) =>
  describe(`risk register on ${name}`, () => {
    const withRegister = async (body: (r: RiskRegisterClient) => Promise<void>) => {
      const r = await fresh()
      try {
        await body(r)
      } finally {
        await r.close()
      }
    }

    it("imports points, keeps their history and grades them with the configuration", () =>
      withRegister(async (r) => {
        expect(await r.importPoints(system, { riskPoints: sample() })).toEqual({ registered: ["RP-1", "RP-2", "RP-3"], updated: [], unchanged: [] })
        expect(await r.importPoints(system, sample())).toEqual({ registered: [], updated: [], unchanged: ["RP-1", "RP-2", "RP-3"] })
        const changed = sample().map((p) => (p.id === "RP-2" ? { ...p, controls: [...p.controls, { kind: "emergency", description: "泄漏处置预案" }] } : p))
        expect(await r.importPoints(system, changed)).toEqual({ registered: [], updated: ["RP-2"], unchanged: ["RP-1", "RP-3"] })
        const file = await r.get(reader, "RP-1")
        expect(file).toMatchObject({ version: 1, grade: "major", score: "540" })
        const history = await r.history(reader, "RP-2")
        expect(history.map((e) => [e._tag, e.version, e.actor.id])).toEqual([["RiskPointRegistered", 1, "SYS-IMPORT"], ["RiskPointUpdated", 2, "SYS-IMPORT"]])
        expect((await r.list(reader)).map((f) => f.point.id)).toEqual(["RP-1", "RP-2", "RP-3"])
        expect((await r.list(reader, { grade: "major" })).map((f) => f.point.id)).toEqual(["RP-1"])
      }))

    it("rejects a stale write and writes nothing", () =>
      withRegister(async (r) => {
        await r.importPoints(system, sample())
        const assess = (expectedVersion: number) =>
          r.execute(enterpriseA, { command: { _tag: "Assess", riskPointId: "RP-2", assessment: { method: "matrix", L: 5, S: 5 }, on: "2026-02-01" }, expectedVersion })
        const done = await assess(1)
        expect(done.file).toMatchObject({ version: 2, grade: "major", score: "25" })
        const stale = await rejection(assess(1))
        expect(stale).toBeInstanceOf(RiskVersionConflict)
        expect(stale).toMatchObject({ riskPointId: "RP-2", expected: 1, actual: 2 })
        expect((await r.history(reader, "RP-2")).length).toBe(2)
        // registering an id that exists is a conflict too
        expect(await rejection(r.execute(system, { command: { _tag: "Register", point: point({ id: "RP-2" }) }, expectedVersion: 0 }))).toBeInstanceOf(RiskVersionConflict)
        expect(await rejection(r.execute(enterpriseA, { command: { _tag: "RecordReview", riskPointId: "RP-404", on: "2026-02-01" }, expectedVersion: 1 }))).toBeInstanceOf(RiskPointNotFound)
      }))

    it("lets exactly one of two racing writers at the same version through", () =>
      withRegister(async (r) => {
        await r.importPoints(system, sample())
        const review = (day: string) => r.execute(enterpriseA, { command: { _tag: "RecordReview", riskPointId: "RP-1", on: day }, expectedVersion: 1 })
        const results = await Promise.allSettled([review("2026-02-01"), review("2026-02-02")])
        expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1)
        const failed = results.find((x) => x.status === "rejected")
        expect((failed as PromiseRejectedResult).reason).toBeInstanceOf(RiskVersionConflict)
        expect((await r.history(reader, "RP-1")).map((e) => e.version)).toEqual([1, 2])
      }))

    it("scopes reads and writes to the caller's jurisdiction", () =>
      withRegister(async (r) => {
        await r.importPoints(system, sample())
        expect((await r.list(ruianDept)).map((f) => f.point.id)).toEqual(["RP-1", "RP-2"])
        expect((await r.list(shangchengDept)).map((f) => f.point.id)).toEqual(["RP-3"])
        expect((await r.list({ ...reader, jurisdiction: "330300" })).map((f) => f.point.id)).toEqual(["RP-1", "RP-2"])
        expect(await rejection(r.get(shangchengDept, "RP-1"))).toBeInstanceOf(RiskOutOfJurisdiction)
        const flag = { _tag: "FlagForReview", riskPointId: "RP-1", trigger: { kind: "accident", on: "2026-03-01" } } as const
        expect(await rejection(r.execute(shangchengDept, { command: flag, expectedVersion: 1 }))).toBeInstanceOf(RiskOutOfJurisdiction)
        expect((await r.execute(ruianDept, { command: flag, expectedVersion: 1 })).file.version).toBe(2)
        expect((await r.metrics(shangchengDept, { asOf: "2026-01-02" })).total).toBe(1)
      }))

    it("checks the role: who may issue what, and for which enterprise", () =>
      withRegister(async (r) => {
        await r.importPoints(system, sample())
        const register = (caller: object, id: string, enterprise: string) =>
          r.execute(caller as never, { command: { _tag: "Register", point: point({ id, enterprise }) }, expectedVersion: 0 })
        expect(await rejection(register(ruianDept, "RP-8", ENT_A))).toBeInstanceOf(CommandNotPermitted)
        expect(await rejection(register(reader, "RP-8", ENT_A))).toBeInstanceOf(CommandNotPermitted)
        expect(await rejection(register(enterpriseA, "RP-8", ENT_B))).toBeInstanceOf(AuthorityMismatch)
        expect((await register(enterpriseA, "RP-8", ENT_A)).file.version).toBe(1)
        // enterprise personnel see their own enterprise's points only
        expect((await r.list(enterpriseA)).map((f) => f.point.id)).toEqual(["RP-1", "RP-2", "RP-8"])
        expect(await rejection(r.get(enterpriseA, "RP-3"))).toBeInstanceOf(AuthorityMismatch)
        // an inspector may assess, not review
        expect(await rejection(r.execute(inspector, { command: { _tag: "RecordReview", riskPointId: "RP-1", on: "2026-02-01" }, expectedVersion: 1 }))).toBeInstanceOf(CommandNotPermitted)
        expect((await r.execute(inspector, { command: { _tag: "Assess", riskPointId: "RP-1", assessment: { method: "direct", grade: "major", basis: "重大危险源" }, on: "2026-02-01" }, expectedVersion: 1 })).file.grade).toBe("major")
      }))

    it("rejects bad input and an ungradable assessment, writing nothing; an import is all or nothing", () =>
      withRegister(async (r) => {
        await r.importPoints(system, sample())
        const bad = await rejection(r.execute(enterpriseA, { command: { _tag: "Assess", riskPointId: "RP-1", assessment: { method: "lec", L: 2, E: 6, C: 7 }, on: "2026-02-01" }, expectedVersion: 1 }))
        expect(bad).toBeInstanceOf(InvalidInput)
        expect((bad as InvalidInput).issues).toEqual([{ path: ["assessment", "L"], message: "L must be one of 10, 6, 3, 1, 0.5, 0.2, 0.1; got 2" }])
        expect((await r.get(reader, "RP-1")).version).toBe(1)
        const mixed = [point({ id: "RP-10" }), point({ id: "RP-11", jurisdiction: "330102" })]
        expect(await rejection(r.importPoints({ ...system, jurisdiction: "330381" }, mixed))).toBeInstanceOf(RiskOutOfJurisdiction)
        expect(await rejection(r.get(reader, "RP-10"))).toBeInstanceOf(RiskPointNotFound)
        expect(await rejection(r.importPoints(system, [{ ...point({ id: "RP-12" }), jurisdiction: "999999" }]))).toMatchObject({ _tag: "UnknownJurisdiction" })
      }))

    it("a ledger hazard found at a risk point flags it for review, once", () =>
      withRegister(async (r) => {
        await r.importPoints(system, [...sample(), point({ id: "RP-4", installation: "INS-TANK-1" as never })])
        const hazards = [
          { id: "YH-1", subject: ENT_A, installation: "INS-TANK-1", discoveredOn: new Date("2026-03-02T00:00:00.000Z") },
          { id: "YH-2", subject: ENT_A, site: "RP-2", discoveredOn: new Date("2026-03-03T00:00:00.000Z") },
          { id: "YH-3", subject: ENT_B, site: "RP-2", discoveredOn: new Date("2026-03-03T00:00:00.000Z") }, // another enterprise
          { id: "YH-4", subject: ENT_A, discoveredOn: new Date("2026-03-03T00:00:00.000Z") } // no place
        ]
        expect(await r.flagFromHazards(system, hazards)).toEqual({
          flagged: [{ riskPointId: "RP-2", hazardId: "YH-2" }, { riskPointId: "RP-4", hazardId: "YH-1" }],
          alreadyFlagged: []
        })
        expect(await r.flagFromHazards(system, hazards)).toEqual({
          flagged: [],
          alreadyFlagged: [{ riskPointId: "RP-2", hazardId: "YH-2" }, { riskPointId: "RP-4", hazardId: "YH-1" }]
        })
        const due = await r.metrics(reader, { asOf: "2026-03-03" })
        expect(due.reassessmentDue.points.map((p) => [p.id, p.triggers.map((t) => t.ref)])).toEqual([["RP-2", ["YH-2"]], ["RP-4", ["YH-1"]]])
        // a caller scoped elsewhere flags nothing it cannot see
        expect((await r.flagFromHazards({ ...system, jurisdiction: "330102" }, [{ id: "YH-9", subject: ENT_A, site: "RP-1", discoveredOn: new Date("2026-03-03T00:00:00.000Z") }])).flagged).toEqual([])
      }))

    it("metrics read the recorded grades, reviews and triggers", () =>
      withRegister(async (r) => {
        await r.importPoints(system, sample())
        const before = await r.metrics(reader, { asOf: "2026-02-01" })
        expect(before.byGrade).toEqual({ major: 1, significant: 1, general: 0, low: 1, unassessed: 0 })
        expect(before.reviewsOverdue.points.map((p) => p.id)).toEqual(["RP-1"])
        expect(before.controlsMissing.points.map((p) => p.id)).toEqual(["RP-3"])
        await r.execute(enterpriseA, { command: { _tag: "RecordReview", riskPointId: "RP-1", on: "2026-01-25" }, expectedVersion: 1 })
        await r.execute(system, { command: { _tag: "FlagForReview", riskPointId: "RP-2", trigger: { kind: "hazard-found", on: "2026-01-20", ref: "YH-1" } }, expectedVersion: 1 })
        const after = await r.metrics(reader, { asOf: "2026-02-01" })
        expect(after.reviewsOverdue.count).toBe(0)
        expect(after.reassessmentDue.points).toEqual([{ id: "RP-2", name: "风险点 RP-2", triggers: [{ kind: "hazard-found", on: "2026-01-20", ref: "YH-1" }] }])
        expect((await r.metrics(reader, { asOf: "2026-02-01", jurisdiction: "330102" })).total).toBe(1)
      }))
  })
