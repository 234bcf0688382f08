// One behavioural suite for the investigation store, run on SQLite and PostgreSQL.
import { describe, expect, it } from "@effect/vitest"
import type { InvestigationStoreClient } from "../src/index.ts"
import { enterprise, generalCase, inspector, reader, ruian, shangcheng, system } from "./fixtures.ts"

export interface SuiteOptions {
  readonly open: () => Promise<InvestigationStoreClient>
}

const attempt = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (e) {
    return e as { _tag: string; message: string; reason?: string; issues?: ReadonlyArray<{ path: ReadonlyArray<unknown> }>; expected?: number; actual?: number }
  }
  throw new Error("expected a failure")
}

export const registerSuite = (name: string, options: SuiteOptions) =>
  describe(`the investigation store on ${name}`, () => {
    it("opens an investigation and records its steps; the as-of check reads the stored case; the history keeps every event", async () => {
      const s = await options.open()
      try {
        const opened = await s.open(ruian, generalCase())
        expect(opened.file.version).toBe(1)
        const id = "SG-2024-011"
        let v = opened.file.version
        const step = async (x: unknown) => (v = (await s.record(ruian, { accidentId: id, step: x as never, expectedVersion: v })).file.version)
        await step({ _tag: "StartInvestigation", on: "2024-05-02", investigatedBy: "county" })
        await step({ _tag: "ExtendReport", extension: { days: 30, approvedOn: "2024-06-20" } })
        // as of 2024-07-15: due 2024-06-30 + 30 = 2024-07-30, not yet due
        let [c] = await s.check(reader, { asOf: "2024-07-15" })
        expect([c!.report.status, c!.report.deadline?.toISOString().slice(0, 10)]).toEqual(["pending", "2024-07-30"])
        // as of 2024-08-01 it is overdue, and a finding says so
        ;[c] = await s.check(reader, { asOf: "2024-08-01" })
        expect(c!.report.status).toBe("overdue")
        expect(c!.findings.map((f) => f.ruleId)).toEqual(["accident-investigation/report-overdue"])
        await step({ _tag: "SubmitReport", on: "2024-07-28" })
        await step({ _tag: "ApproveReport", on: "2024-08-05", unsafeConditionsCaused: true })
        await step({ _tag: "DetermineResponsibility", determination: { person: { name: "王某" }, accountabilityRule: "enterprise-direct", handledOn: "2024-08-20" } })
        await step({ _tag: "RecordClosure", closure: { causeIdentified: true, measuresTaken: true, lessonsLearned: true } })
        await step({ _tag: "RecordClosure", closure: { filedOn: "2024-09-01", filedWith: "温州市应急管理局" } })
        ;[c] = await s.check(reader, { asOf: "2024-09-02" })
        expect([c!.report.status, c!.approval.status, c!.closure.status]).toEqual(["on-time", "on-time", "closed"])
        const file = await s.get(reader, id)
        expect(file.version).toBe(v)
        expect(file.case.closure).toMatchObject({ causeIdentified: true, filedWith: "温州市应急管理局" })
        const history = await s.history(reader, id)
        expect(history.map((e) => e._tag === "StepRecorded" ? e.step._tag : e._tag)).toEqual([
          "InvestigationOpened", "StartInvestigation", "ExtendReport", "SubmitReport", "ApproveReport", "DetermineResponsibility", "RecordClosure", "RecordClosure"
        ])
        expect(history.map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
        expect(history[1]!.actor.id).toBe("D-1")
      } finally {
        await s.close()
      }
    })

    it("refuses stale writes, a second open, a second submission, and a step that would break the case; nothing is written", async () => {
      const s = await options.open()
      try {
        await s.open(system, generalCase("SG-1"))
        const again = await attempt(s.open(system, generalCase("SG-1")))
        expect([again._tag, again.expected, again.actual]).toEqual(["InvestigationVersionConflict", 0, 1])
        const stale = await attempt(s.record(system, { accidentId: "SG-1", step: { _tag: "SubmitReport", on: "2024-06-01" }, expectedVersion: 2 }))
        expect([stale._tag, stale.expected, stale.actual]).toEqual(["InvestigationVersionConflict", 2, 1])
        await s.record(system, { accidentId: "SG-1", step: { _tag: "SubmitReport", on: "2024-06-01" }, expectedVersion: 1 })
        const twice = await attempt(s.record(system, { accidentId: "SG-1", step: { _tag: "SubmitReport", on: "2024-06-02" }, expectedVersion: 2 }))
        expect([twice._tag, twice.reason]).toEqual(["InvestigationStepRefused", "already-submitted"])
        // an approval before the report: the case would not be valid
        const early = await attempt(s.record(system, { accidentId: "SG-1", step: { _tag: "ApproveReport", on: "2024-05-20" }, expectedVersion: 2 }))
        expect([early._tag, early.reason]).toEqual(["InvestigationStepRefused", "invalid-case"])
        expect(early.issues!.map((i) => i.path.join("."))).toEqual(["approvedOn"])
        // a step dated before the accident
        const before = await attempt(s.record(system, { accidentId: "SG-1", step: { _tag: "ExtendReport", extension: { days: 10, approvedOn: "2024-04-01" } }, expectedVersion: 2 }))
        expect(before.issues!.map((i) => i.path.join("."))).toEqual(["reportExtensions.0.approvedOn"])
        // bad input: every problem with its path
        const bad = await attempt(s.record(system, { accidentId: "SG-1", step: { _tag: "StartInvestigation", on: "2024-13-01", investigatedBy: "village" } as never, expectedVersion: 2 }))
        expect(bad._tag).toBe("InvalidInput")
        expect((await s.get(reader, "SG-1")).version).toBe(2)
        expect((await s.history(reader, "SG-1")).length).toBe(2)
        expect((await attempt(s.record(system, { accidentId: "SG-9", step: { _tag: "SubmitReport", on: "2024-06-01" }, expectedVersion: 1 })))._tag).toBe("InvestigationNotFound")
      } finally {
        await s.close()
      }
    })

    it("opens several investigations all or nothing", async () => {
      const s = await options.open()
      try {
        const both = await s.openAll(system, [generalCase("SG-X1"), generalCase("SG-X2")])
        expect(both.map((r) => r.file.version)).toEqual([1, 1])
        // one already open: nothing of the call is written
        const again = await attempt(s.openAll(system, [generalCase("SG-X3"), generalCase("SG-X1")]))
        expect(again._tag).toBe("InvestigationVersionConflict")
        const dup = await attempt(s.openAll(system, [generalCase("SG-X4"), generalCase("SG-X4")]))
        expect([dup._tag, dup.issues!.map((i) => i.path.join("."))]).toEqual(["InvalidInput", ["1.accident.id"]])
        const bad = await attempt(s.openAll(system, [generalCase("SG-X5"), { accident: { id: "SG-X6" } }]))
        expect(bad._tag).toBe("InvalidInput")
        expect(bad.issues!.every((i) => i.path[0] === 1)).toBe(true)
        expect((await s.list(reader)).map((f) => f.case.accident.id)).toEqual(["SG-X1", "SG-X2"])
      } finally {
        await s.close()
      }
    })

    it("two writers racing from the same version: one wins, the other is a conflict", async () => {
      const s = await options.open()
      try {
        await s.open(system, generalCase("SG-R"))
        const results = await Promise.allSettled([
          s.record(system, { accidentId: "SG-R", step: { _tag: "ExtendReport", extension: { days: 10, approvedOn: "2024-06-20" } }, expectedVersion: 1 }),
          s.record(system, { accidentId: "SG-R", step: { _tag: "ExtendReport", extension: { days: 20, approvedOn: "2024-06-21" } }, expectedVersion: 1 })
        ])
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
        const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult
        expect((lost.reason as { _tag: string })._tag).toBe("InvestigationVersionConflict")
        expect((await s.get(reader, "SG-R")).case.reportExtensions).toHaveLength(1)
      } finally {
        await s.close()
      }
    })

    it("scopes by jurisdiction and role: departments write in their subtree, inspectors and enterprises write nothing, an enterprise reads its own", async () => {
      const s = await options.open()
      try {
        await s.open(ruian, generalCase("SG-A", "330381"))
        await s.open(system, { accident: { ...generalCase("SG-B", "330102").accident, subject: "91330102MA2B0N7Y31" } })
        expect((await attempt(s.open(shangcheng, generalCase("SG-C", "330381"))))._tag).toBe("InvestigationOutOfJurisdiction")
        expect((await attempt(s.record(shangcheng, { accidentId: "SG-A", step: { _tag: "SubmitReport", on: "2024-06-01" }, expectedVersion: 1 })))._tag).toBe("InvestigationOutOfJurisdiction")
        expect((await attempt(s.open(inspector, generalCase("SG-D"))))._tag).toBe("CommandNotPermitted")
        expect((await attempt(s.open(enterprise, generalCase("SG-D"))))._tag).toBe("CommandNotPermitted")
        expect((await s.list(ruian)).map((f) => f.case.accident.id)).toEqual(["SG-A"])
        expect((await s.list(reader)).map((f) => f.case.accident.id)).toEqual(["SG-A", "SG-B"])
        expect((await s.list(reader, { jurisdiction: "330100" })).map((f) => f.case.accident.id)).toEqual(["SG-B"])
        expect((await s.list(reader, { grade: "general" })).length).toBe(2)
        expect((await s.list(enterprise)).map((f) => f.case.accident.id)).toEqual(["SG-A"])
        expect((await attempt(s.get(enterprise, "SG-B")))._tag).toBe("AuthorityMismatch")
        expect((await s.check(ruian, { asOf: "2024-07-15" })).map((c) => c.accidentId)).toEqual(["SG-A"])
        expect((await attempt(s.open(system, generalCase("SG-E", "990000"))))._tag).toBe("UnknownJurisdiction")
      } finally {
        await s.close()
      }
    })

    it("keeps a hostile accident id as data", async () => {
      const s = await options.open()
      try {
        const hostile = "__proto__'); DROP TABLE x; --<script>"
        await s.open(system, generalCase(hostile))
        expect((await s.get(reader, hostile)).case.accident.id).toBe(hostile)
        expect((await s.list(reader)).map((f) => f.case.accident.id)).toEqual([hostile])
      } finally {
        await s.close()
      }
    })
  })
