// The one behavioural suite of the hazard ledger, run against every backend by memory.test.ts,
// sqlite.test.ts and postgres.test.ts. Each test gets a fresh, empty ledger from `fresh()`.
import { describe, expect, it } from "@effect/vitest"
import { Effect, type Layer, Result, Schema } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import type { CallerInput, CommandInput, HazardFile, ImportFindingsInput, LedgerError, WriteRequestInput } from "../src/index.ts"
import { auditHistory, HazardEvent as HazardEventSchema, HazardFile as HazardFileSchema, HazardLedger, replay, rolesFor } from "../src/index.ts"
import { actors, callers, fiveInPlace, majorReport, report, staffOf, subject } from "./fixtures.ts"

/** What a backend's test file gives the suite. */
export interface SuiteBackend {
  readonly name: string
  /** A fresh, empty ledger (its own file / table prefix), released when the test ends. */
  readonly fresh: (options?: { readonly escalation?: unknown }) => Layer.Layer<HazardLedger, unknown>
  /** Runs of the store-level property test (SQL backends are slower per write). */
  readonly propertyRuns: number
}

const T0 = Date.parse("2024-03-01T09:00:00.000Z")
/** Sets the ledger clock (TestClock) to an ISO instant. */
const at = (iso: string) => TestClock.setTime(Date.parse(iso))

const ledger = Effect.service(HazardLedger)

const exec = (caller: CallerInput, command: CommandInput, expectedVersion = 0, idempotencyKey?: string) =>
  Effect.flatMap(ledger, (l) =>
    l.execute(caller, { command, expectedVersion, ...(idempotencyKey === undefined ? {} : { idempotencyKey }) } as WriteRequestInput)
  )

/** The typed error of a failing effect (fails the test if it succeeds). */
const failure = <A, R>(effect: Effect.Effect<A, LedgerError, R>) => Effect.flip(effect)

const province = callers.province

/** Reports a hazard and returns its file. */
const reported = (overrides: Parameters<typeof report>[0] = {}, caller: CallerInput = province) =>
  Effect.map(exec(caller, report(overrides)), (r) => r.hazard)

/** Everything in the ledger, seen by the handling office (permission to see reporters). */
const everything = Effect.flatMap(ledger, (l) => l.exportEvents(callers.handlingOffice))

/** Audits every hazard: history sound, projection equal to the replay. */
const auditAll = Effect.gen(function*() {
  const l = yield* ledger
  const files = yield* l.query(callers.handlingOffice)
  for (const f of files) {
    const h = yield* l.history(callers.handlingOffice, f.id)
    expect(auditHistory(h)).toEqual([])
    expect(replay(h)).toEqual(f)
  }
  return files.length
})

export const ledgerSuite = (backend: SuiteBackend): void => {
  const test = (name: string, body: () => Effect.Effect<unknown, unknown, HazardLedger>, options?: { readonly escalation?: unknown }) =>
    it.effect(name, () => Effect.gen(function*() {
      yield* TestClock.setTime(T0)
      return yield* body()
    }).pipe(Effect.provide(backend.fresh(options))), 20_000)

  describe(`HazardLedger (${backend.name})`, () => {
    describe("the closed loop", () => {
      test("report → assess → plan → rectify → verify → closed; state is the replay of the history", () =>
        Effect.gen(function*() {
          const l = yield* ledger
          const h = yield* reported()
          expect(h).toMatchObject({ state: "reported", version: 1, level: "general", reportedBy: actors.inspector })
          expect(h.reportedAt.toISOString()).toBe("2024-03-01T09:00:00.000Z")
          yield* at("2024-03-02T10:00:00.000Z")
          yield* exec(callers.park, { _tag: "Assess", hazardId: h.id, level: "general", reason: "现场确认" }, 1)
          yield* exec(callers.parkStaff, { _tag: "PlanRectification", hazardId: h.id, measures: "清理通道" }, 2)
          yield* exec(callers.parkStaff, { _tag: "StartRectification", hazardId: h.id }, 3)
          yield* exec(callers.parkStaff, { _tag: "CompleteRectification", hazardId: h.id, evidence: [{ uri: "file://after.jpg" }] }, 4)
          yield* at("2024-03-05T10:00:00.000Z")
          const closed = yield* exec(callers.parkVerifier, { _tag: "Verify", hazardId: h.id, outcome: "passed" }, 5)
          expect(closed.replayed).toBe(false)
          expect(closed.events.map((e) => [e._tag, e.version])).toEqual([["HazardClosed", 6]])
          expect(closed.hazard).toMatchObject({ state: "closed", version: 6, closure: { how: "verified", by: actors.verifier } })
          const file = yield* l.get(province, h.id)
          expect(file).toEqual(closed.hazard)
          const history = yield* l.history(province, h.id)
          expect(history.map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6])
          expect(history[1]).toMatchObject({ _tag: "HazardAssessed", reason: "现场确认", actor: actors.inspector, role: { kind: "inspector" } })
          expect(history[3]).toMatchObject({ _tag: "RectificationStarted", actor: actors.staff, role: { kind: "enterprise", creditCode: subject(1) } })
          expect(history[1]!.at.toISOString()).toBe("2024-03-02T10:00:00.000Z")
          expect(replay(history)).toEqual(file)
          expect(CalendarDay(file.closure!.on)).toBe("2024-03-05")
          expect(yield* auditAll).toBe(1)
        }))

      test("随查随治: fixed on discovery in one write, still in the ledger", () =>
        Effect.gen(function*() {
          const r = yield* exec(province, report({ fixedOnDiscovery: { measures: "当场清理" } }), 0)
          expect(r.events.map((e) => e._tag)).toEqual(["HazardReported", "HazardClosed"])
          expect(r.hazard).toMatchObject({ state: "closed", version: 2, closure: { how: "fixed-on-discovery" } })
          expect((yield* (yield* ledger).query(province, { states: ["closed"] })).map((f) => f.id)).toEqual([r.hazard.id])
        }))

      test("a major hazard: five in place, listed supervision, acceptance, verifier ≠ rectifier", () =>
        Effect.gen(function*() {
          const l = yield* ledger
          const h = yield* Effect.map(exec(callers.system, majorReport()), (r) => r.hazard)
          yield* exec(callers.park, { _tag: "Assess", hazardId: h.id, level: "major" }, 1)
          const missing = yield* failure(exec(callers.parkStaff, { _tag: "PlanRectification", hazardId: h.id, measures: "x" }, 2))
          expect(missing).toMatchObject({ _tag: "FiveInPlaceIncomplete", missing: ["funds", "deadline", "responsiblePerson", "emergencyPlan"] })
          expect((yield* l.get(province, h.id)).version).toBe(2)
          yield* exec(callers.parkStaff, { _tag: "PlanRectification", hazardId: h.id, ...fiveInPlace }, 2)
          yield* exec(callers.parkCounty, { _tag: "ListForSupervision", hazardId: h.id, level: "county", by: "320571" }, 3)
          yield* exec(callers.parkStaff, { _tag: "StartRectification", hazardId: h.id }, 4)
          yield* exec(callers.parkStaff, { _tag: "CompleteRectification", hazardId: h.id }, 5)
          // the rectifier's enterprise may not verify at all (VerifierIsRectifier stays as the domain's own guard)
          expect(yield* failure(exec(callers.parkStaff, { _tag: "Verify", hazardId: h.id, outcome: "passed" }, 6))).toMatchObject({
            _tag: "CommandNotPermitted",
            role: `enterprise ${subject(1)}`,
            command: "Verify"
          })
          expect(yield* failure(exec(callers.parkVerifier, { _tag: "Verify", hazardId: h.id, outcome: "passed" }, 6))).toMatchObject({
            _tag: "AcceptanceMissing",
            level: "county"
          })
          yield* exec(callers.parkCounty, { _tag: "AcceptClosure", hazardId: h.id, level: "county", jurisdiction: "320571" }, 6)
          const closed = yield* exec(callers.parkVerifier, { _tag: "Verify", hazardId: h.id, outcome: "passed" }, 7)
          expect(closed.hazard.state).toBe("closed")
          expect((yield* l.history(province, h.id)).length).toBe(8)
          yield* auditAll
        }))

      test("deadlines move only through an approved extension", () =>
        Effect.gen(function*() {
          const l = yield* ledger
          const h = yield* reported()
          expect(yield* failure(exec(province, { _tag: "Assess", hazardId: h.id, level: "general", deadline: "2024-05-01" }, 1)))
            .toMatchObject({ _tag: "DeadlineChangeRequiresExtension" })
          yield* exec(callers.parkStaff, { _tag: "RequestExtension", hazardId: h.id, newDeadline: "2024-04-15", reason: "设备到货延迟" }, 1)
          // the requester's enterprise may not grant; nor may an inspector: only a supervising department
          expect(yield* failure(exec(callers.parkStaff, { _tag: "GrantExtension", hazardId: h.id }, 2))).toMatchObject({ _tag: "CommandNotPermitted" })
          expect(yield* failure(exec(callers.park, { _tag: "GrantExtension", hazardId: h.id }, 2))).toMatchObject({ _tag: "CommandNotPermitted" })
          const granted = yield* exec(callers.parkCounty, { _tag: "GrantExtension", hazardId: h.id }, 2)
          expect(CalendarDay(granted.hazard.deadline!)).toBe("2024-04-15")
          expect((yield* l.get(province, h.id)).extensions).toHaveLength(1)
        }))

      test("回头看 reopens a closed hazard", () =>
        Effect.gen(function*() {
          const r = yield* exec(province, report({ fixedOnDiscovery: { measures: "当场清理" } }), 0)
          const reopened = yield* exec(callers.park, { _tag: "Reopen", hazardId: r.hazard.id, reason: "回头看发现再次堵塞" }, 2)
          expect(reopened.hazard).toMatchObject({ state: "reopened", reopened: 1, version: 3 })
          expect(yield* failure(exec(callers.park, { _tag: "Reopen", hazardId: r.hazard.id, reason: "x" }, 3))).toMatchObject({
            _tag: "IllegalTransition",
            state: "reopened"
          })
        }))
    })

    describe("optimistic concurrency", () => {
      test("a stale write is rejected with VersionConflict and writes nothing", () =>
        Effect.gen(function*() {
          const l = yield* ledger
          const h = yield* reported()
          yield* exec(province, { _tag: "Assess", hazardId: h.id, level: "general" }, 1)
          const before = (yield* everything).length
          const e = yield* failure(exec(province, { _tag: "Assess", hazardId: h.id, level: "major" }, 1))
          expect(e).toMatchObject({ _tag: "VersionConflict", hazardId: h.id, expected: 1, actual: 2 })
          expect((yield* everything).length).toBe(before)
          expect((yield* l.get(province, h.id)).level).toBe("general")
          expect(yield* failure(exec(province, report({ hazardId: h.id }), 0))).toMatchObject({ _tag: "VersionConflict", expected: 0, actual: 2 })
          expect(yield* failure(exec(province, { _tag: "Assess", hazardId: "YH-NONE", level: "major" }, 0))).toMatchObject({ _tag: "HazardNotFound" })
        }))

      test("two writers on the same hazards: no lost update, the loser gets a typed conflict", () =>
        Effect.gen(function*() {
          const l = yield* ledger
          const ids: Array<string> = []
          for (let i = 0; i < 6; i++) ids.push((yield* reported({ subject: subject(100 + i) })).id)
          // both writers read version 1 of every hazard, then write concurrently
          const writer = (who: string) =>
            Effect.forEach(ids, (id) =>
              exec(province, { _tag: "AttachEvidence", hazardId: id, evidence: [{ uri: `file://${who}/${id}` }] }, 1).pipe(
                Effect.map(() => "ok" as const),
                Effect.catchTag("VersionConflict", (e) => Effect.succeed(e))
              ), { concurrency: "unbounded" })
          const [a, b] = yield* Effect.all([writer("a"), writer("b")], { concurrency: 2 })
          for (const [i, id] of ids.entries()) {
            const outcomes = [a[i]!, b[i]!]
            expect(outcomes.filter((o) => o === "ok")).toHaveLength(1)
            const conflict = outcomes.find((o) => o !== "ok")
            expect(conflict).toMatchObject({ _tag: "VersionConflict", hazardId: id, expected: 1, actual: 2 })
            const file = yield* l.get(province, id)
            expect(file.version).toBe(2)
            expect(file.evidence).toHaveLength(2)
          }
          // retrying with read-modify-write loops, no update is lost
          const loop = (who: string, n: number) =>
            Effect.forEach(Array.from({ length: n }, (_, k) => k), (k) =>
              Effect.gen(function*() {
                for (;;) {
                  const f = yield* l.get(province, ids[0]!)
                  const r = yield* exec(province, { _tag: "AttachEvidence", hazardId: f.id, evidence: [{ uri: `file://${who}/${k}` }] }, f.version).pipe(
                    Effect.map(() => true),
                    Effect.catchTag("VersionConflict", () => Effect.succeed(false))
                  )
                  if (r) return
                  yield* Effect.yieldNow
                }
              }), { discard: true })
          yield* Effect.all([loop("x", 8), loop("y", 8)], { concurrency: 2 })
          const f0 = yield* l.get(province, ids[0]!)
          expect(f0.version).toBe(2 + 16)
          expect(f0.evidence).toHaveLength(2 + 16)
          yield* auditAll
        }))
    })

    describe("idempotency keys", () => {
      test("a retry with the same key returns the first result and writes nothing", () =>
        Effect.gen(function*() {
          const first = yield* exec(province, report(), 0, "key-1")
          const before = (yield* everything).length
          const again = yield* exec(province, report(), 0, "key-1")
          expect(again.replayed).toBe(true)
          expect(again.hazard.id).toBe(first.hazard.id)
          expect(again.events).toEqual(first.events)
          expect((yield* everything).length).toBe(before)
          const a1 = yield* exec(province, { _tag: "Assess", hazardId: first.hazard.id, level: "general" }, 1, "key-2")
          yield* exec(province, { _tag: "AttachEvidence", hazardId: first.hazard.id, evidence: [{ uri: "file://x" }] }, 2)
          const a2 = yield* exec(province, { _tag: "Assess", hazardId: first.hazard.id, level: "general" }, 1, "key-2")
          expect(a2).toMatchObject({ replayed: true, hazard: { version: 2 } })
          expect(a2.events).toEqual(a1.events)
        }))

      test("the same key for a different request is refused", () =>
        Effect.gen(function*() {
          yield* exec(province, report(), 0, "key-1")
          expect(yield* failure(exec(province, report({ description: "另一个隐患" }), 0, "key-1"))).toMatchObject({
            _tag: "IdempotencyKeyReused",
            key: "key-1"
          })
          expect(yield* failure(exec(callers.parkStaff, report(), 0, "key-1"))).toMatchObject({ _tag: "IdempotencyKeyReused" })
          expect((yield* everything).length).toBe(1)
        }))

      test("concurrent retries with one key write once", () =>
        Effect.gen(function*() {
          const results = yield* Effect.all(
            Array.from({ length: 5 }, () => exec(province, report({ hazardId: "YH-IDEM" }), 0, "key-c")),
            { concurrency: "unbounded" }
          )
          expect(results.filter((r) => !r.replayed)).toHaveLength(1)
          expect(new Set(results.map((r) => r.hazard.id))).toEqual(new Set(["YH-IDEM"]))
          expect((yield* everything).length).toBe(1)
        }))
    })

    describe("queries", () => {
      const seed = Effect.gen(function*() {
        const a = yield* reported({ hazardId: "A", subject: subject(1), jurisdiction: "320571001", discoveredOn: "2024-03-01", deadline: "2024-03-10" })
        const b = yield* reported({ hazardId: "B", subject: subject(2), jurisdiction: "320571002", discoveredOn: "2024-03-05", deadline: "2024-04-30", campaignId: "CAMP-1" })
        const c = yield* Effect.map(exec(callers.system, majorReport({ hazardId: "C", subject: subject(3), jurisdiction: "320505", discoveredOn: "2024-02-20" })), (r) => r.hazard)
        yield* at("2024-04-02T10:00:00.000Z")
        const d = yield* reported({ hazardId: "D", subject: subject(4, "320102"), jurisdiction: "320102", discoveredOn: "2024-04-02", deadline: undefined, fixedOnDiscovery: { measures: "当场" } })
        return [a, b, c, d] as const
      })
      const ids = (fs: ReadonlyArray<HazardFile>) => fs.map((f) => f.id)

      test("by jurisdiction subtree, enterprise, level, state, overdue, campaign, rule and period", () =>
        Effect.gen(function*() {
          const l = yield* ledger
          yield* seed
          expect(ids(yield* l.query(province))).toEqual(["C", "A", "B", "D"])
          expect(ids(yield* l.query(province, { jurisdiction: "320571" }))).toEqual(["A", "B"])
          expect(ids(yield* l.query(province, { jurisdiction: "320500" }))).toEqual(["C", "A", "B"])
          expect(ids(yield* l.query(province, { subject: subject(2) }))).toEqual(["B"])
          expect(ids(yield* l.query(province, { level: "major" }))).toEqual(["C"])
          expect(ids(yield* l.query(province, { states: ["closed"] }))).toEqual(["D"])
          expect(ids(yield* l.query(province, { states: ["reported", "closed"], jurisdiction: "320100" }))).toEqual(["D"])
          expect(ids(yield* l.query(province, { overdueAsOf: "2024-03-11" }))).toEqual(["A"])
          expect(ids(yield* l.query(province, { overdueAsOf: "2024-03-10" }))).toEqual([])
          expect(ids(yield* l.query(province, { overdueAsOf: "2024-05-01" }))).toEqual(["A", "B"])
          expect(ids(yield* l.query(province, { campaignId: "CAMP-1" }))).toEqual(["B"])
          expect(ids(yield* l.query(province, { ruleId: "hazchem/automation" }))).toEqual(["C"])
          expect(ids(yield* l.query(province, { sourceKind: "rule-finding" }))).toEqual(["C"])
          expect(ids(yield* l.query(province, { period: { from: "2024-03-01", to: "2024-03-31" } }))).toEqual(["A", "B"])
          expect(ids(yield* l.query(province, { period: { from: "2024-04-01", to: "2024-04-30", by: "closed" } }))).toEqual(["D"])
          expect(ids(yield* l.query(province, { period: { from: "2024-03-01", to: "2024-03-31", by: "closed" } }))).toEqual([])
          expect(ids(yield* l.query(province, { limit: 2 }))).toEqual(["C", "A"])
          expect(ids(yield* l.query(province, { limit: 2, offset: 2 }))).toEqual(["B", "D"])
          expect(ids(yield* l.query(province, { offset: 3 }))).toEqual(["D"])
        }))

      test("overdue lists escalate with the days overdue", () =>
        Effect.gen(function*() {
          const l = yield* ledger
          yield* seed
          const o = yield* l.overdue(province, { asOf: "2024-05-05" })
          expect(o.map((e) => [e.hazard.id, e.daysOverdue, e.level, e.step?.name])).toEqual([
            ["A", 56, 3, "escalated"],
            ["B", 5, 1, "reminder"]
          ])
          expect((yield* l.overdue(callers.township, { asOf: "2024-05-05" })).map((e) => e.hazard.id)).toEqual(["A"])
        }))

      test("escalation steps are configurable", () =>
        Effect.gen(function*() {
          const l = yield* ledger
          yield* seed
          const o = yield* l.overdue(province, { asOf: "2024-03-13" })
          expect(o.map((e) => [e.hazard.id, e.level, e.step?.name])).toEqual([["A", 1, "乡镇督办"]])
          expect((yield* l.overdue(province, { asOf: "2024-03-21" }))[0]).toMatchObject({ level: 2, step: { name: "区县督办" } })
        }), { escalation: { steps: [{ afterDays: 3, name: "乡镇督办" }, { afterDays: 10, name: "区县督办" }] } })

      test("metrics by jurisdiction and period", () =>
        Effect.gen(function*() {
          const l = yield* ledger
          yield* at("2024-03-02T09:00:00.000Z")
          const self = { kind: "self-inspection" } as const
          yield* reported({ hazardId: "M1", subject: subject(11), jurisdiction: "320571001", discoveredOn: "2024-03-01", source: self, fixedOnDiscovery: { measures: "x" } }, staffOf(subject(11)))
          yield* reported({ hazardId: "M2", subject: subject(12), jurisdiction: "320571002", discoveredOn: "2024-03-01", source: self, deadline: "2024-03-05" }, staffOf(subject(12)))
          yield* reported({ hazardId: "M3", subject: subject(13), jurisdiction: "320505", discoveredOn: "2024-02-10", deadline: undefined, source: { kind: "government-inspection" } })
          yield* reported({ hazardId: "M4", subject: subject(14), jurisdiction: "320571", discoveredOn: "2024-03-02", deadline: undefined, source: { kind: "expert-check" } })
          const m = yield* l.metrics(province, { asOf: "2024-03-31", period: { from: "2024-02-01", to: "2024-03-31" }, jurisdiction: "320500", breakdown: "children" })
          expect(m.total).toMatchObject({ found: 4, closed: 1, overdue: 1, selfInspected: 2, selfFixed: 1, selfReported: 2 })
          expect(m.total.rectificationRate).toBe(0.25)
          expect(m.rows.map((r) => [r.key, r.metrics.found])).toEqual([["self", 0], ["320571", 3], ["320505", 1]])
          const park = yield* l.metrics(callers.park, { asOf: "2024-03-31", period: { from: "2024-02-01", to: "2024-03-31" }, breakdown: "children" })
          expect(park.jurisdiction).toBe("320571")
          expect(park.rows.map((r) => [r.key, r.label, r.metrics.found])).toEqual([
            ["self", "苏州工业园区", 1],
            ["320571001", "娄葑街道", 1],
            ["320571002", "斜塘街道", 1]
          ])
          const months = yield* l.metrics(province, { asOf: "2024-03-31", period: { from: "2024-02-01", to: "2024-03-31" }, breakdown: "month" })
          expect(months.rows.map((r) => [r.key, r.metrics.found])).toEqual([["2024-02", 1], ["2024-03", 3]])
        }))
    })

    describe("access by jurisdiction", () => {
      test("a caller bound to a jurisdiction reads and writes only its subtree", () =>
        Effect.gen(function*() {
          const l = yield* ledger
          const inA = yield* reported({ hazardId: "IN-A", jurisdiction: "320571001" })
          const inB = yield* reported({ hazardId: "IN-B", subject: subject(2), jurisdiction: "320571002" })
          expect((yield* l.query(callers.township)).map((f) => f.id)).toEqual([inA.id])
          expect((yield* l.query(callers.park)).map((f) => f.id)).toEqual([inA.id, inB.id])
          expect(yield* failure(l.get(callers.township, inB.id))).toMatchObject({ _tag: "OutOfJurisdiction", hazardId: inB.id, scope: "320571001" })
          expect(yield* failure(l.history(callers.nanjing, inA.id))).toMatchObject({ _tag: "OutOfJurisdiction" })
          expect(yield* failure(exec(callers.township, { _tag: "Assess", hazardId: inB.id, level: "major" }, 1))).toMatchObject({ _tag: "OutOfJurisdiction" })
          expect(yield* failure(exec(callers.township, report({ jurisdiction: "320571002", subject: subject(9) }), 0))).toMatchObject({
            _tag: "OutOfJurisdiction",
            jurisdiction: "320571002"
          })
          expect(yield* l.query(callers.township, { jurisdiction: "320571002" })).toEqual([])
          expect((yield* l.query(callers.park, { jurisdiction: "320571001" })).map((f) => f.id)).toEqual([inA.id])
          expect((yield* l.query(callers.township, { jurisdiction: "320000" })).map((f) => f.id)).toEqual([inA.id])
          expect((yield* l.exportEvents(callers.township)).map((e) => e.hazardId)).toEqual([inA.id])
          expect(yield* failure(l.query({ actor: actors.inspector, jurisdiction: "999999" }))).toMatchObject({ _tag: "UnknownJurisdiction", code: "999999" })
          expect(yield* failure(exec(province, report({ jurisdiction: "110101" }), 0))).toMatchObject({ _tag: "UnknownJurisdiction" })
          expect((yield* everything).length).toBe(2)
        }))
    })

    describe("authority: role × command", () => {
      // Columns: the roles a caller can act in, against a hazard of enterprise S in 娄葑街道 (320571001).
      const columns = ["own", "other", "county", "city", "inspector", "system", "none"] as const
      type Column = (typeof columns)[number]
      const callerFor = (column: Column, s: string): CallerInput => ({
        own: staffOf(s),
        other: staffOf(subject(1)),
        county: callers.parkCounty,
        city: callers.city,
        inspector: callers.park,
        system: callers.parkSystem,
        none: { actor: actors.inspector, jurisdiction: "320571" }
      })[column]
      /** `ok`, `denied` (CommandNotPermitted) or the field an AuthorityMismatch names. */
      type Expected = "ok" | "denied" | `mismatch:${string}`
      const row = (...cells: ReadonlyArray<Expected>): Readonly<Record<Column, Expected>> =>
        Object.fromEntries(columns.map((c, i) => [c, cells[i]!])) as Record<Column, Expected>
      const enterpriseStep = row("ok", "mismatch:subject", "denied", "denied", "denied", "denied", "denied")
      const officialStep = row("denied", "denied", "ok", "ok", "ok", "denied", "denied")
      const source = "mismatch:source.kind" as const

      /** Sets up hazard `id` of enterprise `s` for the command with privileged callers; returns the command and the version. */
      type Setup = (id: string, s: string) => Effect.Effect<{ readonly command: CommandInput; readonly version: number }, LedgerError, HazardLedger>
      const general = (id: string, s: string) => exec(callers.park, report({ hazardId: id, subject: s }), 0)
      const major = (id: string, s: string) => exec(callers.parkSystem, majorReport({ hazardId: id, subject: s }), 0)
      const steps = (id: string, s: string, n: number, first: "general" | "major" = "general") =>
        Effect.gen(function*() {
          const own = staffOf(s)
          const all: ReadonlyArray<readonly [CallerInput, CommandInput]> = [
            [callers.park, { _tag: "Assess", hazardId: id, level: first }],
            [own, { _tag: "PlanRectification", hazardId: id, ...(first === "major" ? fiveInPlace : { measures: "清理" }) }],
            [callers.parkCounty, { _tag: "ListForSupervision", hazardId: id, level: "county" }],
            [own, { _tag: "StartRectification", hazardId: id }],
            [own, { _tag: "CompleteRectification", hazardId: id }]
          ]
          yield* first === "general" ? general(id, s) : major(id, s)
          let v = 1
          for (const [caller, command] of all.slice(0, n)) {
            if (first === "general" && command._tag === "ListForSupervision") continue
            v = (yield* exec(caller, command, v)).hazard.version
          }
          return v
        })
      const cases: ReadonlyArray<readonly [string, Setup, Readonly<Record<Column, Expected>>]> = [
        ["Report (自查 self-inspection)", (id, s) => Effect.succeed({ command: report({ hazardId: id, subject: s, source: { kind: "self-inspection" } }), version: 0 }),
          row("ok", "mismatch:subject", source, source, source, source, "denied")],
        ["Report (检查执法 government inspection)", (id, s) => Effect.succeed({ command: report({ hazardId: id, subject: s }), version: 0 }),
          row(source, "mismatch:subject", "ok", "ok", "ok", source, "denied")],
        ["Report (举报 public report)", (id, s) => Effect.succeed({ command: report({ hazardId: id, subject: s, source: { kind: "public-report", reporter: { anonymous: true } } }), version: 0 }),
          row(source, "mismatch:subject", "ok", "ok", source, source, "denied")],
        ["Report (rule finding)", (id, s) => Effect.succeed({ command: majorReport({ hazardId: id, subject: s }), version: 0 }),
          row(source, "mismatch:subject", source, source, source, "ok", "denied")],
        ["Report (rule finding, fixed on discovery)", (id, s) => Effect.succeed({ command: majorReport({ hazardId: id, subject: s, level: "general", fixedOnDiscovery: { measures: "当场整改" } }), version: 0 }),
          row(source, "mismatch:subject", source, source, source, "mismatch:fixedOnDiscovery", "denied")],
        ["Assess", (id, s) => Effect.map(general(id, s), () => ({ command: { _tag: "Assess", hazardId: id, level: "general" }, version: 1 })), officialStep],
        ["RecordFiveInPlace", (id, s) => Effect.map(steps(id, s, 1, "major"), (version) => ({ command: { _tag: "RecordFiveInPlace", hazardId: id, funds: 1000 }, version })), enterpriseStep],
        ["PlanRectification", (id, s) => Effect.map(steps(id, s, 1), (version) => ({ command: { _tag: "PlanRectification", hazardId: id, measures: "清理" }, version })), enterpriseStep],
        ["StartRectification", (id, s) => Effect.map(steps(id, s, 2), (version) => ({ command: { _tag: "StartRectification", hazardId: id }, version })), enterpriseStep],
        ["CompleteRectification", (id, s) => Effect.map(steps(id, s, 4), (version) => ({ command: { _tag: "CompleteRectification", hazardId: id }, version })), enterpriseStep],
        ["RequestExtension", (id, s) => Effect.map(general(id, s), () => ({ command: { _tag: "RequestExtension", hazardId: id, newDeadline: "2024-04-30", reason: "设备到货延迟" }, version: 1 })), enterpriseStep],
        ["AcceptClosure (listed by the county 320571)", (id, s) => Effect.map(steps(id, s, 5, "major"), (version) => ({ command: { _tag: "AcceptClosure", hazardId: id, level: "county", jurisdiction: "320571" }, version })),
          row("denied", "denied", "ok", "mismatch:level", "denied", "denied", "denied")],
        ["AcceptClosure (jurisdiction left out)", (id, s) => Effect.map(steps(id, s, 5, "major"), (version) => ({ command: { _tag: "AcceptClosure", hazardId: id, level: "county" }, version })),
          row("denied", "denied", "ok", "mismatch:level", "denied", "denied", "denied")],
        ["Verify", (id, s) => Effect.map(steps(id, s, 5), (version) => ({ command: { _tag: "Verify", hazardId: id, outcome: "passed" }, version })), officialStep],
        ["FixOnDiscovery", (id, s) => Effect.map(general(id, s), () => ({ command: { _tag: "FixOnDiscovery", hazardId: id, measures: "当场清理" }, version: 1 })),
          row("ok", "mismatch:subject", "ok", "ok", "ok", "denied", "denied")],
        ["ListForSupervision (county, by 320571)", (id, s) => Effect.map(steps(id, s, 1, "major"), (version) => ({ command: { _tag: "ListForSupervision", hazardId: id, level: "county", by: "320571" }, version })),
          row("denied", "denied", "ok", "mismatch:level", "denied", "denied", "denied")],
        ["ListForSupervision (city, by 320500)", (id, s) => Effect.map(steps(id, s, 1, "major"), (version) => ({ command: { _tag: "ListForSupervision", hazardId: id, level: "city", by: "320500" }, version })),
          row("denied", "denied", "mismatch:level", "ok", "denied", "denied", "denied")],
        ["ListForSupervision (county, by another county 320505)", (id, s) => Effect.map(steps(id, s, 1, "major"), (version) => ({ command: { _tag: "ListForSupervision", hazardId: id, level: "county", by: "320505" }, version })),
          row("denied", "denied", "mismatch:by", "mismatch:level", "denied", "denied", "denied")],
        ["Reopen", (id, s) => Effect.map(exec(callers.park, report({ hazardId: id, subject: s, fixedOnDiscovery: { measures: "当场清理" } }), 0), () => ({ command: { _tag: "Reopen", hazardId: id, reason: "回头看" }, version: 2 })), officialStep],
        ...(["GrantExtension", "RejectExtension"] as const).map((tag) => [
          `${tag} (listed by the county 320571)`,
          ((id, s) => Effect.gen(function*() {
            const v = yield* steps(id, s, 3, "major")
            yield* exec(staffOf(s), { _tag: "RequestExtension", hazardId: id, newDeadline: "2024-12-31", reason: "设备到货延迟" }, v)
            return { command: { _tag: tag, hazardId: id, reason: "审批" }, version: v + 1 }
          })) satisfies Setup,
          row("denied", "denied", "ok", "mismatch:listedSupervision.level", "denied", "denied", "denied")
        ] as const),
        ["GrantExtension (not listed)", (id, s) => Effect.gen(function*() {
          yield* general(id, s)
          yield* exec(staffOf(s), { _tag: "RequestExtension", hazardId: id, newDeadline: "2024-04-30", reason: "设备到货延迟" }, 1)
          return { command: { _tag: "GrantExtension", hazardId: id }, version: 2 }
        }), row("denied", "denied", "ok", "ok", "denied", "denied", "denied")],
        ["AttachEvidence", (id, s) => Effect.map(general(id, s), () => ({ command: { _tag: "AttachEvidence", hazardId: id, evidence: [{ uri: "file://x.jpg" }] }, version: 1 })),
          row("ok", "mismatch:subject", "ok", "ok", "ok", "denied", "denied")]
      ]

      for (const [ci, [name, setup, expected]] of cases.entries()) {
        test(name, () =>
          Effect.gen(function*() {
            const l = yield* ledger
            const seen: Partial<Record<Column, string>> = {}
            for (const [k, column] of columns.entries()) {
              const id = `AU-${ci}-${k}`
              const s = subject(3000 + ci * 10 + k)
              const { command, version } = yield* setup(id, s)
              const caller = callerFor(column, s)
              const r = yield* Effect.result(exec(caller, command, version))
              if (Result.isSuccess(r)) {
                seen[column] = "ok"
                // the capacity the caller acted in is on the event
                expect(r.success.events.every((e) => JSON.stringify(e.role) === JSON.stringify(caller.role))).toBe(true)
              } else {
                const e = r.failure
                seen[column] = e._tag === "CommandNotPermitted" ? "denied" : e._tag === "AuthorityMismatch" ? `mismatch:${e.field}` : e._tag
                const after = yield* Effect.result(l.get(callers.province, id))
                expect(Result.isSuccess(after) ? after.success.version : 0).toBe(version)
              }
            }
            expect(seen).toEqual(expected)
          }))
      }

      test("挂牌督办 by the city: only the city's department accepts the closure (issue 14 §3)", () =>
        Effect.gen(function*() {
          const s = subject(4000)
          yield* exec(callers.parkSystem, majorReport({ hazardId: "CITY", subject: s }), 0)
          yield* exec(callers.park, { _tag: "Assess", hazardId: "CITY", level: "major" }, 1)
          yield* exec(staffOf(s), { _tag: "PlanRectification", hazardId: "CITY", ...fiveInPlace }, 2)
          // the county may not list at the city's level
          expect(yield* failure(exec(callers.parkCounty, { _tag: "ListForSupervision", hazardId: "CITY", level: "city", by: "320500" }, 3))).toMatchObject({
            _tag: "AuthorityMismatch", role: "department 320571", command: "ListForSupervision", field: "level", expected: "county", actual: "city"
          })
          yield* exec(callers.city, { _tag: "ListForSupervision", hazardId: "CITY", level: "city", by: "320500" }, 3)
          yield* exec(staffOf(s), { _tag: "StartRectification", hazardId: "CITY" }, 4)
          yield* exec(staffOf(s), { _tag: "CompleteRectification", hazardId: "CITY" }, 5)
          // the enterprise's own officer, bound to the county, records the city's acceptance: refused
          const officer: CallerInput = { ...staffOf(s), jurisdiction: "320571" }
          expect(yield* failure(exec(officer, { _tag: "AcceptClosure", hazardId: "CITY", level: "city", jurisdiction: "320500" }, 6))).toMatchObject({
            _tag: "CommandNotPermitted", role: `enterprise ${s}`, command: "AcceptClosure", allowed: ["department"]
          })
          // so is the county's department speaking for the city
          expect(yield* failure(exec(callers.parkCounty, { _tag: "AcceptClosure", hazardId: "CITY", level: "city", jurisdiction: "320500" }, 6))).toMatchObject({
            _tag: "AuthorityMismatch", command: "AcceptClosure", field: "level", expected: "county", actual: "city"
          })
          // and its own-level acceptance is not the listing level's
          expect(yield* failure(exec(callers.parkCounty, { _tag: "AcceptClosure", hazardId: "CITY", level: "county" }, 6))).toMatchObject({
            _tag: "AcceptanceLevelMismatch", listedLevel: "city", level: "county", jurisdiction: "320571"
          })
          // nanjing's city department is out of its jurisdiction
          expect(yield* failure(exec({ actor: actors.city, role: { kind: "department", jurisdiction: "320100" } }, { _tag: "AcceptClosure", hazardId: "CITY", level: "city" }, 6)))
            .toMatchObject({ _tag: "OutOfJurisdiction", scope: "320100" })
          expect(yield* failure(exec(callers.parkVerifier, { _tag: "Verify", hazardId: "CITY", outcome: "passed" }, 6))).toMatchObject({ _tag: "AcceptanceMissing", level: "city" })
          const accepted = yield* exec(callers.city, { _tag: "AcceptClosure", hazardId: "CITY", level: "city" }, 6)
          expect(accepted.hazard.acceptance).toMatchObject({ level: "city", jurisdiction: "320500", acceptedBy: actors.city })
          expect(accepted.events[0]).toMatchObject({ _tag: "ClosureAccepted", role: { kind: "department", jurisdiction: "320500" } })
          const closed = yield* exec(callers.parkVerifier, { _tag: "Verify", hazardId: "CITY", outcome: "passed" }, 7)
          expect(closed.hazard.state).toBe("closed")
          yield* auditAll
        }))

      test("enterprise personnel see their own enterprise's hazards only; a caller without a role reads and writes nothing", () =>
        Effect.gen(function*() {
          const l = yield* ledger
          const mine = subject(4100)
          const theirs = subject(4101)
          yield* exec(staffOf(mine), report({ hazardId: "MINE", subject: mine, source: { kind: "self-inspection" } }), 0)
          yield* exec(callers.park, report({ hazardId: "THEIRS", subject: theirs }), 0)
          const staff = staffOf(mine)
          expect((yield* l.query(staff)).map((f) => f.id)).toEqual(["MINE"])
          expect(yield* l.query(staff, { subject: theirs })).toEqual([])
          expect((yield* l.overdue(staff, { asOf: "2025-01-01" })).map((o) => o.hazard.id)).toEqual(["MINE"])
          expect((yield* l.metrics(staff, { asOf: "2024-03-31", period: { from: "2024-03-01", to: "2024-03-31" } })).total.found).toBe(1)
          expect(new Set((yield* l.exportEvents(staff)).map((e) => e.hazardId))).toEqual(new Set(["MINE"]))
          expect(yield* failure(l.get(staff, "THEIRS"))).toMatchObject({ _tag: "AuthorityMismatch", command: "get", field: "subject", expected: mine, actual: theirs })
          expect(yield* failure(l.history(staff, "THEIRS"))).toMatchObject({ _tag: "AuthorityMismatch", command: "history" })
          // no role: reads in its scope, writes nothing, imports nothing
          const reader: CallerInput = { actor: actors.inspector, jurisdiction: "320571" }
          expect((yield* l.query(reader)).map((f) => f.id).sort()).toEqual(["MINE", "THEIRS"])
          expect(yield* failure(exec(reader, { _tag: "AttachEvidence", hazardId: "THEIRS", evidence: [{ uri: "file://y" }] }, 1))).toMatchObject({
            _tag: "CommandNotPermitted", role: "none", command: "AttachEvidence"
          })
          expect(yield* failure(l.importFindings(callers.park, { report: { asOf: "2024-03-01", enterprises: [] } }))).toMatchObject({
            _tag: "CommandNotPermitted", role: "inspector", command: "importFindings", allowed: ["system"]
          })
          expect((yield* everything).length).toBe(2)
        }))
    })

    describe("whistle-blower identity (001 第十三条)", () => {
      const whistle = { kind: "public-report" as const, reporter: { anonymous: false, name: "举报人甲", contact: "13800000000" } }
      test("is stored, and redacted from every result without the permission", () =>
        Effect.gen(function*() {
          const l = yield* ledger
          const w = yield* exec(callers.provinceDepartment, report({ hazardId: "W", source: whistle }), 0)
          expect(w.hazard.source.reporter).toEqual({ redacted: true })
          expect(JSON.stringify(w.events)).not.toContain("举报人甲")
          const seen = [
            yield* l.get(callers.park, "W"),
            ...(yield* l.query(callers.park)),
            ...(yield* l.history(callers.park, "W")),
            ...(yield* l.exportEvents(callers.park)),
            ...(yield* l.overdue(callers.park, { asOf: "2025-01-01" })),
            (yield* exec(callers.park, { _tag: "Assess", hazardId: "W", level: "general" }, 1)).hazard
          ]
          const text = JSON.stringify(seen)
          expect(text).not.toContain("举报人甲")
          expect(text).not.toContain("13800000000")
          expect((yield* l.get(callers.handlingOffice, "W")).source.reporter).toEqual(whistle.reporter)
          expect(JSON.stringify(yield* l.exportEvents(callers.handlingOffice))).toContain("举报人甲")
        }))
    })

    describe("findings → hazards", () => {
      const evaluation = (asOf: string): ImportFindingsInput["report"] => ({
        asOf,
        enterprises: [1, 2].map((n) => ({
          subject: { creditCode: subject(n), name: `企业${n}`, jurisdiction: "320571001", sectors: ["hazardous-chemicals"] },
          findings: [
            {
              ruleId: "hazchem/automation",
              pack: "hazchem",
              ruleVersion: "2018-01-01",
              outcome: "violation",
              severity: n === 1 ? "major" : "general",
              citation: { document: "hazchem-major-hazard-2017", item: 4, verified: true },
              title: { "zh-CN": "未实现自动化控制", en: "No automation" }
            }
          ]
        } as ImportFindingsInput["report"]["enterprises"][number])).concat([{
          subject: { creditCode: subject(5, "320102"), name: "南京企业", jurisdiction: "320102", sectors: ["gas"] },
          findings: [{
            ruleId: "gas/x",
            pack: "gas",
            ruleVersion: "2020-01-01",
            outcome: "violation",
            severity: "general",
            citation: { document: "gas-2020", verified: false },
            title: { "zh-CN": "燃气隐患", en: "Gas" }
          }]
        }])
      })

      test("an evaluation becomes ledger entries; the same rule on the same subject never opens twice", () =>
        Effect.gen(function*() {
          const l = yield* ledger
          const first = yield* l.importFindings(callers.parkSystem, { report: evaluation("2024-03-01"), generalDeadlineDays: 30 })
          expect(first.created.map((h) => [h.subject, h.level, h.deadline === undefined ? null : CalendarDay(h.deadline)])).toEqual([
            [subject(1), "major", null],
            [subject(2), "general", "2024-03-31"]
          ])
          expect(first.skipped).toEqual([{ subject: subject(5, "320102"), ruleId: "gas/x", reason: "out-of-jurisdiction", detail: "320102 is outside 320571" }])
          const again = yield* l.importFindings(callers.parkSystem, { report: evaluation("2024-04-01") })
          expect(again.created).toEqual([])
          expect(again.skipped.map((s) => [s.subject, s.reason, s.existing])).toEqual([
            [subject(5, "320102"), "out-of-jurisdiction", undefined],
            [subject(1), "already-open", first.created[0]!.id],
            [subject(2), "already-open", first.created[1]!.id]
          ])
          // a second report of the same rule on the same subject is refused while one is open
          const dup = yield* failure(exec(callers.system, majorReport({ subject: subject(1) }), 0))
          expect(dup).toMatchObject({ _tag: "DuplicateOpenHazard", subject: subject(1), ruleId: "hazchem/automation", existing: first.created[0]!.id })
          // once closed, the rule may open a new hazard; and the old one cannot be reopened while the new one is open
          const g = first.created[1]!
          yield* exec(callers.park, { _tag: "FixOnDiscovery", hazardId: g.id, measures: "加装联锁" }, 1)
          const third = yield* l.importFindings(callers.parkSystem, { report: evaluation("2024-05-01") })
          expect(third.created.map((h) => h.subject)).toEqual([subject(2)])
          expect(yield* failure(exec(callers.park, { _tag: "Reopen", hazardId: g.id, reason: "回头看" }, 2))).toMatchObject({
            _tag: "DuplicateOpenHazard",
            existing: third.created[0]!.id
          })
        }))

      test("imports with an idempotency prefix are safe to retry", () =>
        Effect.gen(function*() {
          const l = yield* ledger
          const a = yield* l.importFindings(callers.system, { report: evaluation("2024-03-01"), idempotencyKeyPrefix: "eval-2024-03" })
          const b = yield* l.importFindings(callers.system, { report: evaluation("2024-03-01"), idempotencyKeyPrefix: "eval-2024-03" })
          expect(a.created).toHaveLength(3)
          expect(b.created).toEqual([])
          expect((yield* everything).length).toBe(3)
        }))
    })

    describe("bad input at every entry point", () => {
      test("gets InvalidInput and changes nothing", () =>
        Effect.gen(function*() {
          const l = yield* ledger
          const h = yield* reported()
          const before = yield* everything
          const bad: Array<Effect.Effect<unknown, LedgerError, never>> = [
            l.execute(province, { command: { _tag: "Report" }, expectedVersion: 0 } as never),
            l.execute(province, { command: report({ discoveredOn: "2024-02-30" }), expectedVersion: 0 }),
            l.execute(province, { command: { _tag: "Assess", hazardId: h.id, level: "severe" }, expectedVersion: 1 } as never),
            l.execute(province, { command: { _tag: "Delete", hazardId: h.id }, expectedVersion: 1 } as never),
            l.execute(province, { command: { _tag: "Verify", hazardId: h.id, outcome: "failed" }, expectedVersion: 1 }),
            l.execute(province, { command: { _tag: "AttachEvidence", hazardId: h.id, evidence: [] }, expectedVersion: 1 }),
            l.execute(province, { command: { _tag: "Assess", hazardId: h.id, level: "major" }, expectedVersion: -1 }),
            l.execute(province, { command: { _tag: "Assess", hazardId: h.id, level: "major" } } as never),
            l.execute(province, null as never),
            l.execute({ actor: { id: "", name: "x" } }, { command: { _tag: "Assess", hazardId: h.id, level: "major" }, expectedVersion: 1 }),
            l.execute({ actor: actors.inspector, permissions: ["everything"] } as never, { command: { _tag: "Assess", hazardId: h.id, level: "major" }, expectedVersion: 1 }),
            l.execute({ actor: actors.inspector, role: { kind: "chief" } } as never, { command: { _tag: "Assess", hazardId: h.id, level: "major" }, expectedVersion: 1 }),
            l.execute({ actor: actors.inspector, role: { kind: "department" } } as never, { command: { _tag: "Assess", hazardId: h.id, level: "major" }, expectedVersion: 1 }),
            l.execute({ actor: actors.staff, role: { kind: "enterprise", creditCode: "91X" } }, { command: { _tag: "Assess", hazardId: h.id, level: "major" }, expectedVersion: 1 }),
            l.execute({ actor: actors.county, role: { kind: "department", jurisdiction: "320571" }, jurisdiction: "320505" }, { command: { _tag: "Assess", hazardId: h.id, level: "major" }, expectedVersion: 1 }),
            l.get(province, ""),
            l.history(province, 42 as never),
            l.query(province, { level: "huge" } as never),
            l.query(province, { period: { from: "2024-03-31", to: "2024-03-01" } }),
            l.query(province, { limit: 0 }),
            l.overdue(province, {} as never),
            l.metrics(province, { asOf: "2024-03-01" } as never),
            l.importFindings(province, { report: { asOf: "yesterday", enterprises: [] } }),
            l.importFindings(province, { report: null } as never),
            l.exportEvents(province, { jurisdiction: "12" })
          ]
          for (const effect of bad) {
            const e = yield* failure(effect)
            expect(e._tag).toBe("InvalidInput")
            expect(e.message).toMatch(/^invalid input to /)
          }
          expect(yield* everything).toEqual(before)
          const e = yield* failure(l.execute(province, { command: report({ discoveredOn: "2024-02-30", sector: "bakery" as never }), expectedVersion: 0 }))
          expect(e).toMatchObject({
            _tag: "InvalidInput",
            entryPoint: "execute",
            issues: [
              { path: ["command", "sector"], message: expect.stringContaining("Expected a known sector") },
              { path: ["command", "discoveredOn"], message: "Expected a calendar date YYYY-MM-DD" }
            ]
          })
        }))
    })

    describe("the history is the truth", () => {
      test("events and files survive an encode/decode round trip exactly", () =>
        Effect.gen(function*() {
          const l = yield* ledger
          const h = yield* Effect.map(exec(callers.system, majorReport()), (r) => r.hazard)
          yield* exec(province, { _tag: "Assess", hazardId: h.id, level: "major" }, 1)
          yield* exec(callers.parkStaff, { _tag: "PlanRectification", hazardId: h.id, ...fiveInPlace }, 2)
          const history = yield* l.history(province, h.id)
          const roundTrip = Schema.decodeUnknownSync(Schema.Array(HazardEventSchema))(
            JSON.parse(JSON.stringify(Schema.encodeSync(Schema.Array(HazardEventSchema))(history)))
          )
          expect(roundTrip).toEqual(history)
          const file = yield* l.get(province, h.id)
          expect(Schema.decodeUnknownSync(HazardFileSchema)(Schema.encodeSync(HazardFileSchema)(file))).toEqual(file)
          expect(file.fiveInPlace).toEqual({ measures: fiveInPlace.measures, funds: fiveInPlace.funds, emergencyPlan: fiveInPlace.emergencyPlan })
        }))

      test("random command sequences with stale versions never break an invariant (fast-check)", () =>
        Effect.gen(function*() {
          const l = yield* ledger
          const cmd = fc.oneof(
            fc.constantFrom("general", "major").map((level) => ({ _tag: "Assess", level })),
            fc.constant({ _tag: "PlanRectification", ...fiveInPlace }),
            fc.constant({ _tag: "PlanRectification", measures: "only measures" }),
            fc.constant({ _tag: "StartRectification" }),
            fc.constant({ _tag: "CompleteRectification" }),
            fc.constantFrom("passed", "failed").map((outcome) => ({ _tag: "Verify", outcome, reason: "验收" })),
            fc.constant({ _tag: "ListForSupervision", level: "county" }),
            fc.constant({ _tag: "AcceptClosure", level: "county" }),
            fc.constant({ _tag: "FixOnDiscovery", measures: "当场" }),
            fc.constant({ _tag: "Reopen", reason: "回头看" }),
            fc.constant({ _tag: "RequestExtension", newDeadline: "2024-12-31", reason: "延期" }),
            fc.constant({ _tag: "GrantExtension" }),
            fc.constant({ _tag: "Assess", level: "general", deadline: "2025-01-01" })
          )
          const steps = fc.array(fc.record({ cmd, who: fc.constantFrom("park", "parkStaff", "parkVerifier", "parkCounty"), stale: fc.boolean() }), { minLength: 5, maxLength: 25 })
          const samples = fc.sample(fc.tuple(fc.constantFrom("general", "major"), steps), { numRuns: backend.propertyRuns, seed: 7 })
          for (const [n, [level, run]] of samples.entries()) {
            const id = `PR-${n}`
            yield* exec(level === "major" ? callers.system : province, level === "major" ? majorReport({ hazardId: id, subject: subject(1000 + n) }) : report({ hazardId: id, subject: subject(1000 + n) }), 0)
            const who = { ...callers, parkStaff: staffOf(subject(1000 + n)) }
            for (const s of run) {
              const before = yield* l.get(province, id)
              const version = s.stale && before.version > 1 ? before.version - 1 : before.version
              const r = yield* Effect.result(exec(who[s.who as "park"], { ...s.cmd, hazardId: id } as CommandInput, version))
              const after = yield* l.get(province, id)
              if (Result.isFailure(r)) {
                expect(after).toEqual(before)
                const role = (who[s.who as "park"] as CallerInput).role!.kind
                if (!rolesFor(s.cmd._tag as CommandInput["_tag"]).includes(role)) expect(r.failure._tag).toBe("CommandNotPermitted")
                else if (s.stale && before.version > 1) expect(r.failure._tag).toBe("VersionConflict")
              } else {
                expect(after.version).toBeGreaterThan(before.version)
              }
            }
          }
          expect(yield* auditAll).toBe(backend.propertyRuns)
        }))
    })
  })
}

const CalendarDay = (d: Date): string => d.toISOString().slice(0, 10)
