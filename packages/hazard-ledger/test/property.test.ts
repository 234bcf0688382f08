// Property-based tests (fast-check): random command sequences never break an invariant of the loop.
import { Result, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { HazardEvent, HazardFile } from "../src/index.ts"
import { Actor, auditHistory, Command, decide, evolve, hasFiveInPlace, replay } from "../src/index.ts"
import { actors, subject } from "./fixtures.ts"

const ID = "YH-P"
const people = [actors.inspector, actors.staff, actors.verifier].map((a) => Schema.decodeUnknownSync(Actor)(a))
const dates = ["2024-02-20", "2024-03-01", "2024-03-15", "2024-04-01", "2024-06-30", "2024-12-31"]
const opt = <A>(arb: fc.Arbitrary<A>) => fc.option(arb, { nil: undefined })
/** Mostly absent: a deadline in a command usually conflicts with the one already set. */
const rarely = <A>(arb: fc.Arbitrary<A>) => fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb })
const strip = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))

const reportArb = fc.record({
  level: fc.constantFrom("general", "major"),
  deadline: opt(fc.constantFrom(...dates)),
  fixed: fc.boolean(),
  kind: fc.constantFrom("self-inspection", "government-inspection", "expert-check")
}).map(({ level, deadline, fixed, kind }) =>
  strip({
    _tag: "Report",
    hazardId: ID,
    subject: subject(1),
    jurisdiction: "320571001",
    sector: "gas",
    level,
    description: "随机隐患",
    source: { kind },
    discoveredOn: "2024-03-01",
    deadline,
    fixedOnDiscovery: fixed ? { measures: "当场整改" } : undefined
  })
)

const items = fc.record({
  measures: opt(fc.constant("措施")),
  funds: opt(fc.constantFrom(0, 5000)),
  emergencyPlan: opt(fc.constant("预案")),
  deadline: rarely(fc.constantFrom(...dates)),
  responsiblePerson: opt(fc.constant({ name: "责任人" }))
})
const level = fc.constantFrom("city", "county", "township")

const w = <A>(weight: number, arbitrary: fc.Arbitrary<A>) => ({ weight, arbitrary })
const commandArb: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  w(2, fc.record({ level: fc.constantFrom("general", "major"), deadline: rarely(fc.constantFrom(...dates)) }).map((c) => ({ _tag: "Assess", ...c }))),
  w(3, items.map((c) => ({ _tag: "RecordFiveInPlace", ...c, measures: c.measures ?? "措施" }))),
  w(3, items.map((c) => ({ _tag: "PlanRectification", ...c }))),
  w(3, fc.constant({ _tag: "StartRectification" })),
  w(3, fc.constant({ _tag: "CompleteRectification" })),
  w(2, fc.record({ level, jurisdiction: opt(fc.constantFrom("320571", "320505")) }).map((c) => ({ _tag: "AcceptClosure", ...c }))),
  w(3, fc.constantFrom("passed", "failed").map((outcome) => ({ _tag: "Verify", outcome, reason: "验收" }))),
  w(1, fc.constant({ _tag: "FixOnDiscovery", measures: "当场整改" })),
  w(3, fc.record({ level, by: opt(fc.constant("320571")) }).map((c) => ({ _tag: "ListForSupervision", ...c }))),
  w(1, fc.constant({ _tag: "Reopen", reason: "回头看" })),
  w(2, fc.constantFrom(...dates).map((newDeadline) => ({ _tag: "RequestExtension", newDeadline, reason: "延期" }))),
  w(1, fc.constant({ _tag: "GrantExtension" })),
  w(1, fc.constant({ _tag: "RejectExtension", reason: "驳回" })),
  w(1, fc.constant({ _tag: "AttachEvidence", evidence: [{ uri: "file://e.jpg" }] }))
).map((c) => strip({ ...c, hazardId: ID }))

/** A step either advances the loop from wherever the hazard is (so long paths happen) or tries a random command. */
const step = fc.record({
  advance: fc.boolean(),
  command: commandArb,
  actor: fc.integer({ min: 0, max: people.length - 1 }),
  level: fc.constantFrom("general", "major")
})

/** The command that would normally come next in the loop (valid or not: the guards still decide). */
const advance = (state: HazardFile | undefined, level: string): Record<string, unknown> => {
  if (state?.pendingExtension !== undefined) return { _tag: "GrantExtension", hazardId: ID }
  switch (state?.state) {
    case undefined:
    case "reported":
      return { _tag: "Assess", hazardId: ID, level }
    case "assessed":
    case "reopened":
      return strip({
        _tag: "PlanRectification",
        hazardId: ID,
        measures: "措施",
        funds: 1000,
        emergencyPlan: "预案",
        responsiblePerson: { name: "责任人" },
        deadline: state.deadline === undefined ? "2024-06-30" : undefined
      })
    case "rectification-planned":
      return { _tag: "StartRectification", hazardId: ID }
    case "rectifying":
      return { _tag: "CompleteRectification", hazardId: ID }
    case "awaiting-verification": {
      const listed = state.listedSupervision
      // `level` doubles as a coin: "general" tries to verify even without the acceptance
      return listed !== undefined && state.acceptance === undefined && level === "major"
        ? strip({ _tag: "AcceptClosure", hazardId: ID, level: listed.level, jurisdiction: listed.by })
        : { _tag: "Verify", hazardId: ID, outcome: "passed" }
    }
    case "closed":
      return { _tag: "Reopen", hazardId: ID, reason: "回头看" }
  }
}

const decode = Schema.decodeUnknownSync(Command)
const KNOWN_ERRORS = new Set([
  "IllegalTransition",
  "FiveInPlaceIncomplete",
  "AcceptanceMissing",
  "NotUnderListedSupervision",
  "AcceptanceLevelMismatch",
  "ListedSupervisionRequiresMajor",
  "VerifierIsRectifier",
  "DeadlineChangeRequiresExtension",
  "DeadlineBeforeDiscovery",
  "MajorHazardNotFixableOnDiscovery",
  "NoDeadlineToExtend",
  "ExtensionNotLater",
  "ExtensionAlreadyPending",
  "NoPendingExtension",
  "ExtensionSelfApproval",
  "HazardNotFound"
])

describe("random command sequences (fast-check)", () => {
  it("never break an invariant; errors are typed and change nothing", () => {
    const reached = new Set<string>()
    const closures = { major: 0, listed: 0, extensionsGranted: 0 }
    fc.assert(
      fc.property(reportArb, fc.array(step, { minLength: 5, maxLength: 40 }), (first, steps) => {
        let state: HazardFile | undefined
        const history: Array<HazardEvent> = []
        let clock = Date.parse("2024-03-01T08:00:00.000Z")
        for (const s of [{ advance: false, command: first, actor: 0, level: "general" }, ...steps]) {
          const command = s.advance ? advance(state, s.level) : s.command
          const actor = s.actor
          clock += 3_600_000
          const before = state
          const r = decide(state, decode(command), { at: new Date(clock), actor: people[actor]! })
          if (Result.isFailure(r)) {
            expect(KNOWN_ERRORS.has(r.failure._tag), r.failure._tag).toBe(true)
            expect(r.failure.message.length).toBeGreaterThan(0)
            expect(state).toBe(before)
            continue
          }
          for (const e of r.success) {
            const prev: HazardFile | undefined = state
            state = evolve(state, e)
            history.push(e)
            reached.add(state.state)
            // versions strictly increase, one per event
            expect(state.version).toBe((prev?.version ?? 0) + 1)
            // no deadline change without approval
            if (e._tag === "ExtensionGranted") closures.extensionsGranted++
            if (prev?.deadline !== undefined && prev.deadline.getTime() !== state.deadline?.getTime()) {
              expect(e._tag).toBe("ExtensionGranted")
            }
            // no major hazard planned or rectified without five in place
            if ((e._tag === "RectificationPlanned" || e._tag === "RectificationStarted") && state.level === "major") {
              expect(hasFiveInPlace(state)).toBe(true)
            }
            // no closed major hazard without five in place and (when listed) acceptance
            if (e._tag === "HazardClosed" && prev?.level === "major") {
              expect(hasFiveInPlace(prev)).toBe(true)
              closures.major++
              if (prev.listedSupervision !== undefined) closures.listed++
              if (prev.listedSupervision !== undefined) expect(prev.acceptance?.level).toBe(prev.listedSupervision.level)
            }
          }
        }
        expect(auditHistory(history)).toEqual([])
        expect(replay(history)).toEqual(state)
      }),
      { numRuns: 250, seed: 20240301 }
    )
    // the generator does reach every state and the guarded steps, so the property is not vacuous
    expect(closures.major).toBeGreaterThan(0)
    expect(closures.listed).toBeGreaterThan(0)
    expect(closures.extensionsGranted).toBeGreaterThan(0)
    expect([...reached].sort()).toEqual(
      ["assessed", "awaiting-verification", "closed", "rectification-planned", "rectifying", "reopened", "reported"]
    )
  })
})
