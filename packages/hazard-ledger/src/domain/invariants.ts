/**
 * 不变量 — checks a hazard's history against the rules of the closed loop, independently of the
 * guards in `decide`: whatever wrote the events, a sound history has contiguous, strictly
 * increasing versions; no major hazard planned, rectified or closed without 五落实 and, when listed, the listing level's
 * acceptance; no verification by the rectifier; no extension granted by its requester; no major hazard fixed on discovery; no deadline
 * moved except by a granted extension, and none before the discovery date; and every event that
 * records a role was one that role may write (the decision table `authority`): enterprise personnel
 * on their own enterprise's hazard, a department listing and accepting in its own jurisdiction.
 *
 * @since 0.1.0
 */
import { authority } from "./authority.ts"
import type { Command } from "./commands.ts"
import { acceptanceCovers, evolve, InvalidHistory } from "./decide.ts"
import type { HazardEvent } from "./events.ts"
import type { HazardFile } from "./model.ts"
import { missingFiveInPlace } from "./model.ts"

/**
 * The invariants checked.
 *
 * @since 0.1.0
 */
export type InvariantRule =
  | "history"
  | "versions"
  | "five-in-place-before-rectification"
  | "five-in-place-at-closure"
  | "acceptance-at-closure"
  | "verifier-not-rectifier"
  | "fixed-on-discovery-general-only"
  | "deadline-moves-only-by-extension"
  | "extension-not-self-approved"
  | "deadline-not-before-discovery"
  | "closure-recorded"
  | "authority"

/**
 * One broken invariant, at the event (version) that broke it.
 *
 * @since 0.1.0
 */
export interface InvariantViolation {
  readonly hazardId: string
  readonly version: number
  readonly rule: InvariantRule
  readonly message: string
}

/** The command that writes an event (a closure on discovery: `FixOnDiscovery`, also when reported so). */
const commandOf = (event: HazardEvent): Command["_tag"] => {
  switch (event._tag) {
    case "HazardReported":
      return "Report"
    case "HazardAssessed":
      return "Assess"
    case "FiveInPlaceRecorded":
      return "RecordFiveInPlace"
    case "RectificationPlanned":
      return "PlanRectification"
    case "RectificationStarted":
      return "StartRectification"
    case "RectificationCompleted":
      return "CompleteRectification"
    case "ClosureAccepted":
      return "AcceptClosure"
    case "VerificationFailed":
      return "Verify"
    case "HazardClosed":
      return event.how === "verified" ? "Verify" : "FixOnDiscovery"
    case "ListedForSupervision":
      return "ListForSupervision"
    case "HazardReopened":
      return "Reopen"
    case "ExtensionRequested":
      return "RequestExtension"
    case "ExtensionGranted":
      return "GrantExtension"
    case "ExtensionRejected":
      return "RejectExtension"
    case "EvidenceAttached":
      return "AttachEvidence"
  }
}

/** Why the event's recorded role could not have written it, or `undefined`. */
const authorityProblem = (event: HazardEvent, file: HazardFile): string | undefined => {
  const role = event.role
  if (role === undefined) return undefined
  const command = commandOf(event)
  if (authority[command][role.kind] === undefined) return `${event._tag} written by role ${role.kind}, which may not issue ${command}`
  if (role.kind === "enterprise" && role.creditCode !== file.subject) {
    return `${event._tag} written by the personnel of ${role.creditCode} on a hazard of ${file.subject}`
  }
  if (role.kind === "department") {
    if (event._tag === "ClosureAccepted" && event.jurisdiction !== role.jurisdiction) {
      return `the acceptance of ${event.jurisdiction ?? "(no jurisdiction)"} written by the department of ${role.jurisdiction}`
    }
    if (event._tag === "ListedForSupervision" && event.by !== role.jurisdiction) {
      return `the listing by ${event.by ?? "(no jurisdiction)"} written by the department of ${role.jurisdiction}`
    }
  }
  return undefined
}

/**
 * Audits one hazard's history (its events in version order). Returns every invariant broken;
 * empty for a sound history. Stops at the first event that cannot be applied.
 *
 * @since 0.1.0
 */
export const auditHistory = (events: ReadonlyArray<HazardEvent>): ReadonlyArray<InvariantViolation> => {
  const out: Array<InvariantViolation> = []
  let state: HazardFile | undefined
  const first = events[0]
  if (first === undefined) return out
  const id = first.hazardId
  for (const [i, event] of events.entries()) {
    const v = (rule: InvariantRule, message: string) => out.push({ hazardId: id, version: event.version, rule, message })
    if (event.hazardId !== id) v("versions", `event for ${event.hazardId} in the history of ${id}`)
    if (event.version !== i + 1) v("versions", `event #${i + 1} has version ${event.version}`)
    const before = state
    let after: HazardFile
    try {
      after = evolve(before, event)
    } catch (e) {
      v("history", e instanceof InvalidHistory ? e.message : String(e))
      return out
    }
    if ((event._tag === "RectificationPlanned" || event._tag === "RectificationStarted") && after.level === "major") {
      const missing = missingFiveInPlace(after)
      if (missing.length > 0) v("five-in-place-before-rectification", `a major hazard ${event._tag} without ${missing.join(", ")}`)
    }
    if (event._tag === "HazardClosed" && before !== undefined) {
      if (before.level === "major") {
        if (event.how === "fixed-on-discovery") v("fixed-on-discovery-general-only", "a major hazard was fixed on discovery")
        const missing = missingFiveInPlace(before)
        if (missing.length > 0) v("five-in-place-at-closure", `a major hazard closed without ${missing.join(", ")}`)
      }
      if (!acceptanceCovers(before)) v("acceptance-at-closure", "a listed hazard closed without the listing level's acceptance")
      if (event.how === "verified" && before.rectification?.completedBy.id === event.actor.id) {
        v("verifier-not-rectifier", `${event.actor.id} verified their own rectification`)
      }
    }
    if (event._tag === "ExtensionGranted" && event.requestedBy.id === event.actor.id) {
      v("extension-not-self-approved", `${event.actor.id} granted their own extension request`)
    }
    const was = before?.deadline?.getTime()
    const is = after.deadline?.getTime()
    if (was !== undefined && was !== is && event._tag !== "ExtensionGranted") {
      v("deadline-moves-only-by-extension", `the deadline moved by ${event._tag}`)
    }
    if (after.deadline !== undefined && after.deadline.getTime() < after.discoveredOn.getTime()) {
      v("deadline-not-before-discovery", "the deadline precedes the discovery date")
    }
    const unauthorized = authorityProblem(event, after)
    if (unauthorized !== undefined) v("authority", unauthorized)
    if ((after.state === "closed") !== (after.closure !== undefined)) {
      v("closure-recorded", "a closed hazard without a closure record, or an open one with it")
    }
    state = after
  }
  return out
}
