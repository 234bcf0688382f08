/**
 * 状态机 — the closed loop of one hazard as two pure functions: `decide(state, command, ctx)`
 * checks a command against the hazard's file and returns the events it produces or the typed
 * error of the guard it fails; `evolve(state, event)` applies one event. A hazard's file is
 * `replay(events)`: nothing but its history.
 *
 * ```text
 *            Report                 Assess              PlanRectification       StartRectification
 *   (none) ─────────▶ reported ─────────────▶ assessed ──────────────────▶ rectification-planned ─────▶ rectifying
 *                        │                      │  ▲                                                       │   ▲
 *                        │ FixOnDiscovery       │  │ Assess                          CompleteRectification │   │ Verify(failed)
 *                        │ (general, 随查随治)   │  │                                                       ▼   │
 *                        ▼                      ▼  │                                               awaiting-verification
 *                      closed ◀────────────────────┴──────────────────────────────── Verify(passed) ──────┘
 *                        │  ▲                                                        (+ AcceptClosure when 挂牌督办)
 *                 Reopen │  │ FixOnDiscovery / … Verify(passed)
 *                 (回头看) ▼  │
 *                      reopened ──▶ Assess / PlanRectification / FixOnDiscovery …
 * ```
 * Extensions (RequestExtension → GrantExtension | RejectExtension), 五落实 records, listing for
 * supervision and evidence do not change the stage.
 *
 * @since 0.1.0
 */
import type { HazardId, HazardState } from "@anquan/core"
import { calendarDayOf, CalendarDate } from "@anquan/core"
import { Result } from "effect"
import type { Command } from "./commands.ts"
import type { DecideError } from "./errors.ts"
import {
  AcceptanceLevelMismatch,
  AcceptanceMissing,
  DeadlineBeforeDiscovery,
  DeadlineChangeRequiresExtension,
  ExtensionAlreadyPending,
  ExtensionNotLater,
  ExtensionSelfApproval,
  FiveInPlaceIncomplete,
  HazardNotFound,
  IllegalTransition,
  ListedSupervisionRequiresMajor,
  MajorHazardNotFixableOnDiscovery,
  NoDeadlineToExtend,
  NoPendingExtension,
  NotUnderListedSupervision,
  VerifierIsRectifier
} from "./errors.ts"
import type { EventBody, EventEnvelope, HazardEvent } from "./events.ts"
import type { Actor, HazardFile } from "./model.ts"
import { missingFiveInPlace } from "./model.ts"
import type { Role } from "./role.ts"

/**
 * What `decide` needs besides the state and the command: the instant of the write, the actor
 * (and the role they act in), and for a `Report` without its own `hazardId`, the id the ledger assigned.
 *
 * @since 0.1.0
 */
export interface DecideContext {
  readonly at: Date
  readonly actor: Actor
  /** The capacity the actor acts in, recorded on the events (the service checks it with `authorize` first). */
  readonly role?: Role | undefined
  readonly newHazardId?: HazardId | undefined
}

/** The open states (every state but `closed`). @since 0.1.0 */
export const OpenStates: ReadonlyArray<HazardState> = [
  "reported",
  "assessed",
  "rectification-planned",
  "rectifying",
  "awaiting-verification",
  "reopened"
]

const ALL: ReadonlyArray<HazardState> = [...OpenStates, "closed"]

/**
 * The states in which each command (other than `Report`) applies.
 *
 * @since 0.1.0
 */
export const allowedStates: Readonly<Record<Exclude<Command["_tag"], "Report">, ReadonlyArray<HazardState>>> = {
  Assess: ["reported", "assessed", "reopened"],
  RecordFiveInPlace: OpenStates,
  PlanRectification: ["assessed", "reopened"],
  StartRectification: ["rectification-planned"],
  CompleteRectification: ["rectifying"],
  AcceptClosure: ["awaiting-verification"],
  Verify: ["awaiting-verification"],
  FixOnDiscovery: ["reported", "assessed", "reopened"],
  ListForSupervision: OpenStates,
  Reopen: ["closed"],
  RequestExtension: OpenStates,
  GrantExtension: OpenStates,
  RejectExtension: OpenStates,
  AttachEvidence: ALL
}

/**
 * What `decide` returns: the events to append, or the error of the guard that failed.
 *
 * @since 0.1.0
 */
export type Decision = Result.Result<ReadonlyArray<HazardEvent>, DecideError>

const fail = (e: DecideError): Decision => Result.fail(e)

/** The deadline a command may set: none set yet, or the same day. */
const deadlineProblem = (
  file: Pick<HazardFile, "id" | "deadline" | "discoveredOn">,
  requested: Date | undefined
): DecideError | undefined => {
  if (requested === undefined) return undefined
  if (requested.getTime() < file.discoveredOn.getTime()) {
    return new DeadlineBeforeDiscovery({ hazardId: file.id, discoveredOn: file.discoveredOn, deadline: requested })
  }
  if (file.deadline !== undefined && file.deadline.getTime() !== requested.getTime()) {
    return new DeadlineChangeRequiresExtension({ hazardId: file.id, current: file.deadline, requested })
  }
  return undefined
}

const defined = <T extends Record<string, unknown>>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } => {
  const out: Record<string, unknown> = {}
  // own keys only: a field inherited from a polluted Object.prototype is never copied into an event
  for (const k of Object.keys(o)) if (o[k] !== undefined) out[k] = o[k]
  return out as { [K in keyof T]: Exclude<T[K], undefined> }
}

const emit = (
  hazardId: HazardId,
  fromVersion: number,
  ctx: DecideContext,
  reason: string | undefined,
  bodies: ReadonlyArray<EventBody>
): Decision =>
  Result.succeed(bodies.map((body, i): HazardEvent => {
    const envelope: EventEnvelope = {
      hazardId,
      version: fromVersion + i + 1,
      at: ctx.at,
      actor: ctx.actor,
      ...(ctx.role === undefined ? {} : { role: ctx.role }),
      ...(reason === undefined ? {} : { reason })
    }
    return { ...body, ...envelope } as HazardEvent
  }))

/**
 * Checks `command` against the hazard's file (`undefined` before it is reported) and returns the
 * events to append, or the typed error of the first guard that fails. Pure: same input, same output.
 *
 * @since 0.1.0
 */
export const decide = (state: HazardFile | undefined, command: Command, ctx: DecideContext): Decision => {
  if (command._tag === "Report") {
    const hazardId = command.hazardId ?? ctx.newHazardId
    if (hazardId === undefined) throw new TypeError("decide: a Report needs command.hazardId or ctx.newHazardId")
    if (state !== undefined) {
      return fail(new IllegalTransition({ hazardId, state: state.state, command: "Report", allowed: [] }))
    }
    const dl = deadlineProblem({ id: hazardId, discoveredOn: command.discoveredOn }, command.deadline)
    if (dl !== undefined) return fail(dl)
    if (command.fixedOnDiscovery !== undefined && command.level === "major") {
      return fail(new MajorHazardNotFixableOnDiscovery({ hazardId }))
    }
    const reported: EventBody = {
      _tag: "HazardReported",
      ...defined({
        subject: command.subject,
        site: command.site,
        installation: command.installation,
        jurisdiction: command.jurisdiction,
        sector: command.sector,
        level: command.level,
        description: command.description,
        source: command.source,
        campaignId: command.campaignId ?? command.source.campaignId,
        discoveredOn: command.discoveredOn,
        discoveredBy: command.discoveredBy,
        deadline: command.deadline,
        responsiblePerson: command.responsiblePerson
      }),
      evidence: command.evidence ?? []
    }
    const bodies: Array<EventBody> = [reported]
    if (command.fixedOnDiscovery !== undefined) {
      bodies.push({ _tag: "HazardClosed", how: "fixed-on-discovery", measures: command.fixedOnDiscovery.measures, evidence: [] })
    }
    return emit(hazardId, 0, ctx, command.reason, bodies)
  }

  if (state === undefined) return fail(new HazardNotFound({ hazardId: command.hazardId }))
  const hazardId = state.id
  const allowed = allowedStates[command._tag]
  if (!allowed.includes(state.state)) {
    return fail(new IllegalTransition({ hazardId, state: state.state, command: command._tag, allowed }))
  }
  const out = (...bodies: ReadonlyArray<EventBody>) => emit(hazardId, state.version, ctx, command.reason, bodies)

  switch (command._tag) {
    case "Assess": {
      if (command.level === "general" && state.listedSupervision !== undefined) {
        return fail(new ListedSupervisionRequiresMajor({ hazardId, level: "general" }))
      }
      const dl = deadlineProblem(state, command.deadline)
      if (dl !== undefined) return fail(dl)
      return out({
        _tag: "HazardAssessed",
        level: command.level,
        ...defined({ deadline: command.deadline, responsiblePerson: command.responsiblePerson })
      })
    }
    case "RecordFiveInPlace":
    case "PlanRectification": {
      const dl = deadlineProblem(state, command.deadline)
      if (dl !== undefined) return fail(dl)
      const items = defined({
        measures: command.measures,
        funds: command.funds,
        emergencyPlan: command.emergencyPlan,
        deadline: command.deadline,
        responsiblePerson: command.responsiblePerson
      })
      if (command._tag === "RecordFiveInPlace") return out({ _tag: "FiveInPlaceRecorded", ...items })
      if (state.level === "major") {
        const missing = missingFiveInPlace({
          fiveInPlace: { ...state.fiveInPlace, ...defined({ measures: items.measures, funds: items.funds, emergencyPlan: items.emergencyPlan }) },
          deadline: items.deadline ?? state.deadline,
          responsiblePerson: items.responsiblePerson ?? state.responsiblePerson
        })
        if (missing.length > 0) return fail(new FiveInPlaceIncomplete({ hazardId, command: command._tag, missing }))
      }
      return out({ _tag: "RectificationPlanned", ...items })
    }
    case "StartRectification": {
      if (state.level === "major") {
        const missing = missingFiveInPlace(state)
        if (missing.length > 0) return fail(new FiveInPlaceIncomplete({ hazardId, command: command._tag, missing }))
      }
      return out({ _tag: "RectificationStarted" })
    }
    case "CompleteRectification":
      return out({ _tag: "RectificationCompleted", evidence: command.evidence ?? [] })
    case "AcceptClosure": {
      const listed = state.listedSupervision
      if (listed === undefined) return fail(new NotUnderListedSupervision({ hazardId }))
      if (listed.level !== command.level || (listed.by !== undefined && command.jurisdiction !== listed.by)) {
        return fail(
          new AcceptanceLevelMismatch({
            hazardId,
            listedLevel: listed.level,
            listedBy: listed.by,
            level: command.level,
            jurisdiction: command.jurisdiction
          })
        )
      }
      return out({ _tag: "ClosureAccepted", level: command.level, ...defined({ jurisdiction: command.jurisdiction }) })
    }
    case "Verify": {
      if (state.rectification !== undefined && state.rectification.completedBy.id === ctx.actor.id) {
        return fail(new VerifierIsRectifier({ hazardId, personId: ctx.actor.id }))
      }
      if (command.outcome === "failed") return out({ _tag: "VerificationFailed" })
      if (state.level === "major") {
        const missing = missingFiveInPlace(state)
        if (missing.length > 0) return fail(new FiveInPlaceIncomplete({ hazardId, command: "Verify", missing }))
      }
      const listed = state.listedSupervision
      if (listed !== undefined && !acceptanceCovers(state)) {
        return fail(new AcceptanceMissing({ hazardId, level: listed.level, by: listed.by }))
      }
      return out({ _tag: "HazardClosed", how: "verified", evidence: [] })
    }
    case "FixOnDiscovery": {
      if (state.level === "major") return fail(new MajorHazardNotFixableOnDiscovery({ hazardId }))
      return out({ _tag: "HazardClosed", how: "fixed-on-discovery", measures: command.measures, evidence: command.evidence ?? [] })
    }
    case "ListForSupervision": {
      if (state.level !== "major") return fail(new ListedSupervisionRequiresMajor({ hazardId, level: state.level }))
      return out({
        _tag: "ListedForSupervision",
        level: command.level,
        ...defined({ by: command.by }),
        listedOn: command.listedOn ?? calendarDayOf(ctx.at)
      })
    }
    case "Reopen":
      return out({ _tag: "HazardReopened" })
    case "RequestExtension": {
      if (state.deadline === undefined) return fail(new NoDeadlineToExtend({ hazardId }))
      if (state.pendingExtension !== undefined) {
        return fail(new ExtensionAlreadyPending({ hazardId, requested: state.pendingExtension.to }))
      }
      if (command.newDeadline.getTime() <= state.deadline.getTime()) {
        return fail(new ExtensionNotLater({ hazardId, current: state.deadline, requested: command.newDeadline }))
      }
      return out({ _tag: "ExtensionRequested", from: state.deadline, to: command.newDeadline })
    }
    case "GrantExtension": {
      const pending = state.pendingExtension
      if (pending === undefined) return fail(new NoPendingExtension({ hazardId }))
      if (pending.requestedBy.id === ctx.actor.id) return fail(new ExtensionSelfApproval({ hazardId, personId: ctx.actor.id }))
      return out({ _tag: "ExtensionGranted", from: pending.from, to: pending.to, requestedBy: pending.requestedBy })
    }
    case "RejectExtension": {
      const pending = state.pendingExtension
      if (pending === undefined) return fail(new NoPendingExtension({ hazardId }))
      return out({ _tag: "ExtensionRejected", from: pending.from, to: pending.to })
    }
    case "AttachEvidence":
      return out({ _tag: "EvidenceAttached", evidence: command.evidence })
  }
}

/**
 * Whether the hazard's recorded acceptance is the one its listing needs (same level, and the same
 * jurisdiction when the listing named one). `true` for a hazard that is not listed.
 *
 * @since 0.1.0
 */
export const acceptanceCovers = (file: Pick<HazardFile, "listedSupervision" | "acceptance">): boolean => {
  const listed = file.listedSupervision
  if (listed === undefined) return true
  const acc = file.acceptance
  return acc !== undefined && acc.level === listed.level && (listed.by === undefined || acc.jurisdiction === listed.by)
}

/**
 * The history does not fit together (an event out of order, for another hazard, or before the
 * report). Thrown by `evolve`; never expected from a ledger the library wrote.
 *
 * @since 0.1.0
 */
export class InvalidHistory extends Error {
  constructor(message: string) {
    super(message)
    this.name = "InvalidHistory"
  }
}

const without = <T extends object, K extends keyof T>(o: T, ...keys: ReadonlyArray<K>): Omit<T, K> => {
  const copy = { ...o }
  for (const k of keys) delete copy[k]
  return copy
}

/**
 * Applies one event to a hazard's file. Throws {@link InvalidHistory} when the event does not
 * follow (wrong hazard, version not the next one, a report of an existing hazard, an event before
 * the report).
 *
 * @since 0.1.0
 */
export const evolve = (state: HazardFile | undefined, event: HazardEvent): HazardFile => {
  if (event._tag === "HazardReported") {
    if (state !== undefined) throw new InvalidHistory(`hazard ${event.hazardId}: reported twice (version ${event.version})`)
    if (event.version !== 1) throw new InvalidHistory(`hazard ${event.hazardId}: the report has version ${event.version}, expected 1`)
    return {
      id: event.hazardId,
      version: 1,
      state: "reported",
      level: event.level,
      ...defined({
        site: event.site,
        installation: event.installation,
        campaignId: event.campaignId,
        discoveredBy: event.discoveredBy,
        deadline: event.deadline,
        responsiblePerson: event.responsiblePerson
      }),
      subject: event.subject,
      jurisdiction: event.jurisdiction,
      sector: event.sector,
      description: event.description,
      source: event.source,
      discoveredOn: event.discoveredOn,
      fiveInPlace: {},
      extensions: [],
      evidence: event.evidence,
      reopened: 0,
      reportedBy: event.actor,
      reportedAt: event.at,
      updatedAt: event.at
    }
  }
  if (state === undefined) throw new InvalidHistory(`hazard ${event.hazardId}: ${event._tag} before HazardReported`)
  if (event.hazardId !== state.id) throw new InvalidHistory(`event for hazard ${event.hazardId} applied to hazard ${state.id}`)
  if (event.version !== state.version + 1) {
    throw new InvalidHistory(`hazard ${state.id}: event version ${event.version} does not follow version ${state.version}`)
  }
  const base: HazardFile = { ...state, version: event.version, updatedAt: event.at }
  switch (event._tag) {
    case "HazardAssessed":
      return {
        ...base,
        state: "assessed",
        level: event.level,
        ...defined({ deadline: event.deadline ?? state.deadline, responsiblePerson: event.responsiblePerson ?? state.responsiblePerson })
      }
    case "FiveInPlaceRecorded":
    case "RectificationPlanned":
      return {
        ...base,
        ...(event._tag === "RectificationPlanned" ? { state: "rectification-planned" as const } : {}),
        fiveInPlace: {
          ...state.fiveInPlace,
          ...defined({ measures: event.measures, funds: event.funds, emergencyPlan: event.emergencyPlan })
        },
        ...defined({ deadline: event.deadline ?? state.deadline, responsiblePerson: event.responsiblePerson ?? state.responsiblePerson })
      }
    case "RectificationStarted":
      return { ...base, state: "rectifying" }
    case "RectificationCompleted":
      return {
        ...base,
        state: "awaiting-verification",
        rectification: { completedBy: event.actor, at: event.at },
        evidence: [...state.evidence, ...event.evidence]
      }
    case "ClosureAccepted":
      return {
        ...base,
        acceptance: { level: event.level, ...defined({ jurisdiction: event.jurisdiction }), acceptedBy: event.actor, at: event.at }
      }
    case "VerificationFailed":
      return { ...without(base, "acceptance"), state: "rectifying" }
    case "HazardClosed":
      return {
        ...without(base, "pendingExtension"),
        state: "closed",
        closure: {
          how: event.how,
          by: event.actor,
          at: event.at,
          on: calendarDayOf(event.at),
          ...defined({ measures: event.measures })
        },
        evidence: [...state.evidence, ...event.evidence]
      }
    case "ListedForSupervision":
      return {
        ...without(base, "acceptance"),
        listedSupervision: { level: event.level, ...defined({ by: event.by }), listedOn: event.listedOn }
      }
    case "HazardReopened":
      return { ...without(base, "closure", "acceptance", "rectification"), state: "reopened", reopened: state.reopened + 1 }
    case "ExtensionRequested":
      return {
        ...base,
        pendingExtension: { from: event.from, to: event.to, requestedBy: event.actor, requestedAt: event.at, reason: event.reason ?? "" }
      }
    case "ExtensionGranted":
      return {
        ...without(base, "pendingExtension"),
        deadline: event.to,
        extensions: [...state.extensions, { from: event.from, to: event.to, requestedBy: event.requestedBy, grantedBy: event.actor, at: event.at }]
      }
    case "ExtensionRejected":
      return without(base, "pendingExtension")
    case "EvidenceAttached":
      return { ...base, evidence: [...state.evidence, ...event.evidence] }
  }
}

/**
 * Replays a hazard's history from the start. `undefined` for an empty history. Throws
 * {@link InvalidHistory} when the events do not fit together.
 *
 * @since 0.1.0
 */
export const replay = (events: Iterable<HazardEvent>): HazardFile | undefined => {
  let state: HazardFile | undefined
  for (const e of events) state = evolve(state, e)
  return state
}
