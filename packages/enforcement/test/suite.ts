// One behavioural suite for the case store, run on SQLite and PostgreSQL.
import { Engine, Registry } from "@anquan/core"
import type { HazardLedger } from "@anquan/hazard-ledger"
import { workSafetyLaw } from "@anquan/pack-work-safety-law"
import { describe, expect, it } from "@effect/vitest"
import type { Layer } from "effect"
import { Effect, ManagedRuntime } from "effect"
import type { EnforcementCases, EnforcementCasesClient } from "../src/index.ts"
import { importCheckFindings, penaltyIndex, seed002PenaltyCaseTarget } from "../src/index.ts"
import { art97_7, ENT_A, ENT_B, hengyuan, inspector, reader, record, system } from "./fixtures.ts"

export interface SuiteOptions {
  readonly open: () => Promise<EnforcementCasesClient>
  /** The hazard ledger and the case store on the same database. */
  readonly layer: () => Layer.Layer<HazardLedger | EnforcementCases, unknown>
}

const closedRecord = (id: string) =>
  record({
    id,
    orders: [{ issuedOn: "2026-03-03", deadline: "2026-03-17", findingIds: [] }],
    penalty: { documentNo: `罚${id}`, decidedOn: "2026-03-20", basis: [art97_7], kinds: ["fine"], fineYuan: 30000, findingIds: [], publishedOn: "2026-03-27" },
    reviews: [{ on: "2026-03-25", outcome: "rectified" }],
    closedOn: "2026-03-26"
  })

const attempt = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (e) {
    return e as { _tag: string; message: string; issues?: ReadonlyArray<{ path: ReadonlyArray<unknown> }>; reason?: string }
  }
  throw new Error("expected a failure")
}

export const registerSuite = (name: string, options: SuiteOptions) =>
  describe(`enforcement cases on ${name}`, () => {
    it("imports cases through the life cycle; a re-import changes nothing; new steps extend; rewriting is refused", async () => {
      const s = await options.open()
      try {
        const first = await s.importCases(system, { cases: [record({ id: "C1" }), closedRecord("C2")] })
        expect(first).toEqual({ opened: ["C1", "C2"], extended: [], unchanged: [] })
        expect((await s.get(reader, "C2")).case.stage).toBe("closed")
        expect((await s.history(reader, "C2")).map((e) => e._tag)).toEqual(["CaseOpened", "FindingRecorded", "RectificationOrdered", "PenaltyDecided", "CaseReviewed", "DecisionPublished", "CaseClosed"])
        expect(await s.importCases(system, [record({ id: "C1" }), closedRecord("C2")])).toEqual({ opened: [], extended: [], unchanged: ["C1", "C2"] })
        const more = record({ id: "C1", orders: [{ issuedOn: "2026-03-03", deadline: "2026-03-10", findingIds: [] }] })
        expect(await s.importCases(system, [more])).toEqual({ opened: [], extended: ["C1"], unchanged: [] })
        // a step recorded by a caller, then the same case exported with it: unchanged
        await s.execute(inspector, { command: { _tag: "DecidePenalty", caseId: "C1", decision: { documentNo: "罚C1", decidedOn: "2026-03-12", kinds: ["warning"] } }, expectedVersion: 3 })
        await s.execute(inspector, { command: { _tag: "PublishDecision", caseId: "C1", publishedOn: "2026-03-13" }, expectedVersion: 4 })
        const exported = { ...more, penalty: { documentNo: "罚C1", decidedOn: "2026-03-12", basis: [art97_7], kinds: ["warning"], findingIds: ["F1"], publishedOn: "2026-03-13" } }
        expect(await s.importCases(system, [exported])).toEqual({ opened: [], extended: [], unchanged: ["C1"] })
        const rewrite = await attempt(s.importCases(system, { cases: [closedRecord("C2"), record({ id: "C1", orders: [{ issuedOn: "2026-03-04", deadline: "2026-03-10", findingIds: [] }] })] }))
        expect(rewrite._tag).toBe("InvalidInput")
        expect(rewrite.issues?.map((i) => i.path)).toEqual([["cases", 1]])
        // all or nothing: C2 was unchanged anyway, and C1 still has its first order only
        expect((await s.get(reader, "C1")).case.orders.map((o) => o.issuedOn.toISOString().slice(0, 10))).toEqual(["2026-03-03"])
        expect((await s.get(reader, "C1")).version).toBe(5)
      } finally {
        await s.close()
      }
    })

    it("a refused command writes nothing; a stale version is a conflict", async () => {
      const s = await options.open()
      try {
        await s.importCases(system, [record({ id: "C1" })])
        const refused = await attempt(s.execute(inspector, { command: { _tag: "CloseCase", caseId: "C1", on: "2026-03-05" }, expectedVersion: 2 }))
        expect(refused._tag).toBe("IllegalCaseTransition")
        expect((await s.get(reader, "C1")).version).toBe(2)
        // a key the command does not have is an error, not dropped
        const typo = await attempt(s.execute(inspector, { command: { _tag: "CloseCase", caseId: "C1", on: "2026-03-05", closedBy: "x" } as never, expectedVersion: 2 }))
        expect(typo.issues?.map((i) => i.path)).toEqual([["command", "closedBy"]])
        const order = { _tag: "OrderRectification", caseId: "C1", order: { issuedOn: "2026-03-03", deadline: "2026-03-17" } } as const
        const [a, b] = await Promise.allSettled([s.execute(inspector, { command: order, expectedVersion: 2 }), s.execute(inspector, { command: order, expectedVersion: 2 })])
        const outcomes = [a, b].map((r) => (r.status === "fulfilled" ? "ok" : (r.reason as { _tag: string })._tag)).sort()
        expect(outcomes).toEqual(["CaseVersionConflict", "ok"])
        expect((await s.history(reader, "C1")).length).toBe(3)
        const penalty = await s.execute(inspector, {
          command: { _tag: "DecidePenalty", caseId: "C1", decision: { documentNo: "罚1", decidedOn: "2026-03-20", kinds: ["fine"], fineYuan: 30000 } },
          expectedVersion: 3
        })
        expect(penalty.file.case.penalty?.basis).toEqual([art97_7])
        expect(penalty.event.actor.id).toBe("P-1")
      } finally {
        await s.close()
      }
    })

    it("roles and jurisdictions: enterprises write nothing and read their own; a department keeps to its subtree", async () => {
      const s = await options.open()
      try {
        await s.importCases(system, [record({ id: "RA" }), record({ id: "SC", subject: ENT_B, jurisdiction: "330102" })])
        const enterprise = { actor: { id: "E-1", name: "企业" }, role: { kind: "enterprise", creditCode: ENT_A } } as const
        expect((await attempt(s.execute(enterprise, { command: { _tag: "CloseCase", caseId: "RA", on: "2026-04-01" }, expectedVersion: 2 })))._tag).toBe("CommandNotPermitted")
        expect((await s.list(enterprise)).map((f) => f.case.id)).toEqual(["RA"])
        expect((await attempt(s.get(enterprise, "SC")))._tag).toBe("AuthorityMismatch")
        const hangzhou = { actor: { id: "D-1", name: "上城区应急管理局" }, role: { kind: "department", jurisdiction: "330102" } } as const
        expect((await s.list(hangzhou)).map((f) => f.case.id)).toEqual(["SC"])
        const out = await attempt(s.execute(hangzhou, {
          command: { _tag: "OrderRectification", caseId: "RA", order: { issuedOn: "2026-03-03", deadline: "2026-03-17" } },
          expectedVersion: 2
        }))
        expect(out._tag).toBe("CaseOutOfJurisdiction")
        expect((await attempt(s.importCases(hangzhou, [record({ id: "X" })])))._tag).toBe("CaseOutOfJurisdiction")
      } finally {
        await s.close()
      }
    })

    it("overdue, publication and statistics read the store as of a day", async () => {
      const s = await options.open()
      try {
        await s.importCases(system, [
          record({ id: "A", orders: [{ issuedOn: "2026-03-03", deadline: "2026-03-17", findingIds: [] }] }),
          { ...closedRecord("B"), penalty: { documentNo: "罚B", decidedOn: "2026-03-20", basis: [art97_7], kinds: ["fine"], fineYuan: 30000, findingIds: [] } },
          record({ id: "OLD", inspection: { on: "2025-03-02" }, findings: [{ id: "F1", on: "2025-03-02", description: "未持证", hazardIds: [] }], penalty: { documentNo: "罚旧", decidedOn: "2025-03-09", basis: [art97_7], kinds: ["fine"], findingIds: [], publishedOn: "2025-03-10" } })
        ])
        expect((await s.overdue(reader, { asOf: "2026-03-18" })).map((o) => [o.caseId, o.daysOverdue])).toEqual([["A", 1], ["B", 1]])
        // B's review of 25 March found it rectified
        expect((await s.overdue(reader, { asOf: "2026-03-25" })).map((o) => [o.caseId, o.daysOverdue])).toEqual([["A", 8]])
        expect(await s.overdue(reader, { asOf: "2026-03-17" })).toEqual([])
        const late = await s.publication(reader, { asOf: "2026-04-02" })
        expect(late.map((f) => [f.caseId, f.deadline, f.workingDaysLate])).toEqual([["B", "2026-03-31", 2]])
        const stats = await s.statistics(reader, { from: "2026-01-01", to: "2026-12-31", by: "sector", target: seed002PenaltyCaseTarget })
        expect(stats.rows.map((r) => [r.key, r.figures.penaltyCases, r.comparison.penaltyCases, r.target?.required, r.target?.met])).toEqual([["hazardous-chemicals", 1, 1, 2, false]])
        const bad = await attempt(s.statistics(reader, { from: "2026-01-01", to: "2025-12-31", by: "sector" }))
        expect(bad.issues?.map((i) => i.path)).toEqual([["to"]])
        expect((await attempt(s.statistics(reader, { from: "2026-01-01", to: "2026-12-31", by: "colour" as never })))._tag).toBe("InvalidInput")
      } finally {
        await s.close()
      }
    })

    it("a check's findings: the ledger's own import, one case linked to the hazards, no duplicate on a second run", async () => {
      const runtime = ManagedRuntime.make(options.layer())
      try {
        const engine = Engine.make({ packs: [workSafetyLaw] })
        const report = engine.evaluate([hengyuan], { asOf: "2026-11-23" })
        const penalties = penaltyIndex(Registry.make([workSafetyLaw]).listing())
        const importing = importCheckFindings(system, { report, caseIdPrefix: "JC-2026-11", department: "emergency-management", inspectedOn: "2026-11-23", penalties })
        const first = await runtime.runPromise(importing)
        expect(first.ledger.created.length).toBeGreaterThan(0)
        const [c] = first.cases
        expect(c).toMatchObject({ caseId: "JC-2026-11-91330106MA2H7Q0X10", opened: true })
        expect(c!.hazardIds).toEqual(first.ledger.created.map((h) => h.id))
        // a bad department is refused before the ledger is written
        const refused = await runtime.runPromise(Effect.flip(importCheckFindings(system, { report, caseIdPrefix: "X", department: "police", inspectedOn: "2026-11-23", penalties })))
        expect(refused._tag).toBe("InvalidInput")
        const second = await runtime.runPromise(importing)
        expect(second.ledger.created).toEqual([])
        expect(second.ledger.skipped.filter((x) => x.reason === "already-open").map((x) => x.existing).sort()).toEqual([...c!.hazardIds].sort())
        expect(second.cases).toEqual([])
        const file = await runtime.runPromise(Effect.flatMap(Effect.service(await import("../src/index.ts").then((m) => m.EnforcementCases)), (s) => s.get(reader, c!.caseId)))
        const staffing = file.case.findings.find((f) => f.rule?.ruleId === "work-safety-law/safety-management-staffing")
        expect(staffing?.rule?.penalties).toEqual([{ document: "work-safety-law-2021", article: 97, item: 1, verified: true }])
        expect(staffing?.citation).toMatchObject({ document: "work-safety-law-2021", article: 24 })
      } finally {
        await runtime.dispose()
      }
    })
  })
