/**
 * 案件流转 — the life cycle of an enforcement case as a pure state machine: `decide(file, command)`
 * returns the event to record or the reason the command is refused; `evolve(file, event)` applies
 * an event; `replay(events)` rebuilds a case.
 *
 * ```text
 *  OpenCase        RecordFinding           OrderRectification            RecordReview
 *  ───────▶ inspected ──────▶ findings-recorded ──────▶ rectification-ordered ──────▶ reviewed ──CloseCase──▶ closed
 *              │                   │        DecidePenalty ▲   │ DecidePenalty           ▲  │
 *              │ CloseCase         └──────────▶ penalty-decided ◀──────────────────────────┘  (not-rectified:
 *              ▼ (nothing found)                  │ RecordReview / CloseCase (no order)          order again or penalise)
 *            closed
 * ```
 *
 * Guards (each a typed error): a command at a stage where it does not apply
 * (`IllegalCaseTransition`); a date before the one it must follow (`CaseDateOutOfOrder`: findings
 * not before the inspection; an order not before the findings it covers and its deadline after
 * its issue day; a penalty not before the findings it punishes; a publication not before the
 * decision; a review not before the order; the closure not before anything else); and
 * `CaseRefused` for the rest (one penalty decision per case; a penalty basis outside the penalty
 * articles the punished rule findings cite; closing without a passed review of the order in force;
 * closing a case with findings but neither order nor penalty; unknown or duplicate finding ids).
 *
 * @since 0.2.0
 */
import type { Citation } from "@anquan/core"
import { CalendarDate } from "@anquan/core"
import { Result, Schema } from "effect"
import type { CaseCommand, CaseEvent, CaseEventBody } from "./commands.ts"
import { CaseDateOutOfOrder, CaseRefused, IllegalCaseTransition } from "./errors.ts"
import type { CaseDecisionError, CaseRefusalReason } from "./errors.ts"
import type { CaseFinding, CaseStage, EnforcementCase } from "./model.ts"
import { currentOrder, EnforcementCase as EnforcementCaseSchema } from "./model.ts"
import { Instant } from "@anquan/hazard-ledger"

/**
 * 案卷 — a case with its version (the number of events applied) and the instant of its last event.
 *
 * @since 0.2.0
 */
export const CaseFile = Schema.Struct({
  case: EnforcementCaseSchema,
  version: Schema.Int,
  updatedAt: Instant
}).annotate({ identifier: "CaseFile" })
/** @since 0.2.0 */
export type CaseFile = typeof CaseFile.Type

/** The stages where each command applies (`OpenCase`: none, the case must not exist). @since 0.2.0 */
export const allowedStages: { readonly [K in CaseCommand["_tag"]]: ReadonlyArray<CaseStage> } = {
  OpenCase: [],
  RecordFinding: ["inspected", "findings-recorded"],
  OrderRectification: ["findings-recorded", "penalty-decided", "reviewed"],
  DecidePenalty: ["findings-recorded", "rectification-ordered", "reviewed"],
  PublishDecision: ["penalty-decided", "rectification-ordered", "reviewed", "closed"],
  RecordReview: ["rectification-ordered", "penalty-decided", "reviewed"],
  CloseCase: ["inspected", "penalty-decided", "reviewed"]
}

const fmt = CalendarDate.format
const before = (a: Date, b: Date): boolean => a.getTime() < b.getTime()

/**
 * The latest day of the case's handling (inspection, findings, orders, penalty decision, reviews):
 * the closure may not precede it. The publication of the decision is not part of it (it may follow
 * the closure).
 *
 * @since 0.2.0
 */
export const latestDate = (c: EnforcementCase): { readonly on: Date; readonly of: string } => {
  const dates: Array<{ on: Date; of: string }> = [{ on: c.inspection.on, of: "the inspection" }]
  for (const f of c.findings) dates.push({ on: f.on, of: `finding ${f.id}` })
  for (const o of c.orders) dates.push({ on: o.issuedOn, of: "the order to rectify" })
  if (c.penalty !== undefined) dates.push({ on: c.penalty.decidedOn, of: "the penalty decision" })
  for (const r of c.reviews) dates.push({ on: r.on, of: "the last review" })
  return dates.reduce((a, b) => (before(a.on, b.on) ? b : a))
}

/** Whether a penalty article `basis` is one the rule cites (`cited`): same document and article, and the cited item if the rule names one. */
const covers = (cited: Citation, basis: Citation): boolean =>
  cited.document === basis.document && cited.article === basis.article && (cited.item === undefined || cited.item === basis.item)

const citeText = (c: Citation): string => `${c.document}${c.article === undefined ? "" : ` art. ${c.article}`}${c.item === undefined ? "" : `(${c.item})`}`

/**
 * Decides a command against a case (`undefined`: none yet). Pure: the event body to record, or the
 * refusal.
 *
 * @since 0.2.0
 */
export const decide = (file: EnforcementCase | undefined, command: CaseCommand): Result.Result<CaseEventBody, CaseDecisionError> => {
  const tag = command._tag
  const id = command._tag === "OpenCase" ? command.case.id : command.caseId
  const refuse = (reason: CaseRefusalReason, detail: string) => Result.fail(new CaseRefused({ caseId: id, command: tag, reason, detail }))
  const order = (field: string, date: Date, earliest: Date, of: string, strictly = false) =>
    (strictly ? !before(earliest, date) : before(date, earliest))
      ? new CaseDateOutOfOrder({ caseId: id, command: tag, field, date: fmt(date), earliest: fmt(earliest), of, strictly })
      : undefined
  if (command._tag === "OpenCase") {
    if (file !== undefined) return Result.fail(new IllegalCaseTransition({ caseId: id, command: tag, stage: file.stage, allowed: [] }))
    return Result.succeed({ _tag: "CaseOpened", case: command.case, inspection: command.inspection })
  }
  if (file === undefined) return Result.fail(new IllegalCaseTransition({ caseId: id, command: tag, stage: "none", allowed: ["OpenCase first"] }))
  if (!allowedStages[tag].includes(file.stage)) {
    return Result.fail(new IllegalCaseTransition({ caseId: id, command: tag, stage: file.stage, allowed: allowedStages[tag] }))
  }
  const findingsOf = (ids: ReadonlyArray<string> | undefined): Result.Result<ReadonlyArray<CaseFinding>, CaseRefused> => {
    if (ids === undefined || ids.length === 0) return Result.succeed(file.findings)
    const out: Array<CaseFinding> = []
    for (const fid of ids) {
      const f = file.findings.find((x) => x.id === fid)
      if (f === undefined) return Result.fail(new CaseRefused({ caseId: id, command: tag, reason: "unknown-finding", detail: `no finding ${fid} in the case (findings: ${file.findings.map((x) => x.id).join(", ") || "none"})` }))
      if (!out.includes(f)) out.push(f)
    }
    return Result.succeed(out)
  }
  const latestFinding = (fs: ReadonlyArray<CaseFinding>) => fs.reduce((a, b) => (before(a.on, b.on) ? b : a))
  switch (command._tag) {
    case "RecordFinding": {
      const f = command.finding
      if (file.findings.some((x) => x.id === f.id)) return refuse("duplicate-finding", `the case already has a finding ${f.id}`)
      const e = order("finding.on", f.on, file.inspection.on, "the inspection")
      return e !== undefined ? Result.fail(e) : Result.succeed({ _tag: "FindingRecorded", finding: f })
    }
    case "OrderRectification": {
      const o = command.order
      const fs = findingsOf(o.findingIds)
      if (Result.isFailure(fs)) return Result.fail(fs.failure)
      const last = latestFinding(fs.success)
      const previous = currentOrder(file)
      const e = order("order.issuedOn", o.issuedOn, last.on, `finding ${last.id}`) ??
        (previous === undefined ? undefined : order("order.issuedOn", o.issuedOn, previous.issuedOn, "the previous order to rectify")) ??
        order("order.deadline", o.deadline, o.issuedOn, "the day the order is issued", true)
      if (e !== undefined) return Result.fail(e)
      return Result.succeed({
        _tag: "RectificationOrdered",
        order: { ...(o.documentNo === undefined ? {} : { documentNo: o.documentNo }), issuedOn: o.issuedOn, deadline: o.deadline, findingIds: fs.success.map((f) => f.id) }
      })
    }
    case "DecidePenalty": {
      const d = command.decision
      if (file.penalty !== undefined) return refuse("penalty-already-decided", `penalty decision ${file.penalty.documentNo} of ${fmt(file.penalty.decidedOn)} is already recorded (one decision per case)`)
      const fs = findingsOf(d.findingIds)
      if (Result.isFailure(fs)) return Result.fail(fs.failure)
      const last = latestFinding(fs.success)
      const e = order("decision.decidedOn", d.decidedOn, last.on, `finding ${last.id}`) ??
        (d.publishedOn === undefined ? undefined : order("decision.publishedOn", d.publishedOn, d.decidedOn, "the decision"))
      if (e !== undefined) return Result.fail(e)
      const cited = fs.success.flatMap((f) => f.rule?.penalties ?? [])
      const fromRules = fs.success.filter((f) => (f.rule?.penalties.length ?? 0) > 0)
      let basis: ReadonlyArray<Citation>
      if (d.basis === undefined || d.basis.length === 0) {
        if (cited.length === 0) {
          return refuse("no-penalty-basis", "give the penalty articles (decision.basis): the findings punished cite none from a rule pack")
        }
        basis = cited.filter((c, i) => cited.findIndex((x) => covers(x, c) && covers(c, x)) === i)
      } else {
        basis = d.basis
        // a finding from a rule is punished under the articles its pack cites: the basis must be among them
        if (fromRules.length === fs.success.length) {
          const stray = basis.find((b) => !cited.some((c) => covers(c, b)))
          if (stray !== undefined) {
            return refuse("penalty-basis-not-cited", `${citeText(stray)} is not among the penalty articles the findings' rules cite: ${cited.map(citeText).join(", ")}`)
          }
        }
      }
      return Result.succeed({
        _tag: "PenaltyDecided",
        decision: {
          documentNo: d.documentNo,
          decidedOn: d.decidedOn,
          basis,
          kinds: d.kinds,
          ...(d.fineYuan === undefined ? {} : { fineYuan: d.fineYuan }),
          findingIds: fs.success.map((f) => f.id),
          ...(d.publishedOn === undefined ? {} : { publishedOn: d.publishedOn })
        }
      })
    }
    case "PublishDecision": {
      const p = file.penalty
      if (p === undefined) return refuse("no-penalty-decision", "no penalty decision to publish")
      if (p.publishedOn !== undefined) return refuse("already-published", `decision ${p.documentNo} was published on ${fmt(p.publishedOn)}`)
      const e = order("publishedOn", command.publishedOn, p.decidedOn, `the decision ${p.documentNo}`)
      return e !== undefined ? Result.fail(e) : Result.succeed({ _tag: "DecisionPublished", publishedOn: command.publishedOn })
    }
    case "RecordReview": {
      const o = currentOrder(file)
      if (o === undefined) return refuse("no-order", "there is no order to rectify to review (复查 follows 责令限期改正)")
      const lastReview = file.reviews[file.reviews.length - 1]
      const e = order("review.on", command.review.on, o.issuedOn, "the order to rectify") ??
        (lastReview === undefined ? undefined : order("review.on", command.review.on, lastReview.on, "the previous review"))
      return e !== undefined ? Result.fail(e) : Result.succeed({ _tag: "CaseReviewed", review: command.review })
    }
    case "CloseCase": {
      const o = currentOrder(file)
      if (o !== undefined) {
        const passed = file.reviews.filter((r) => r.outcome === "rectified" && !before(r.on, o.issuedOn))
        if (file.reviews.length === 0 || passed.length === 0) {
          return refuse(file.reviews.length === 0 ? "no-review" : "not-rectified", `the order of ${fmt(o.issuedOn)} (deadline ${fmt(o.deadline)}) has no review that found it rectified`)
        }
        const lastReview = file.reviews[file.reviews.length - 1]!
        if (lastReview.outcome !== "rectified") return refuse("not-rectified", `the last review (${fmt(lastReview.on)}) found the order not rectified`)
      } else if (file.findings.length > 0 && file.penalty === undefined) {
        return refuse("no-penalty-or-order", "the case has findings but neither an order to rectify nor a penalty decision")
      }
      const latest = latestDate(file)
      const e = order("on", command.on, latest.on, latest.of)
      return e !== undefined ? Result.fail(e) : Result.succeed({ _tag: "CaseClosed", on: command.on, ...(command.note === undefined ? {} : { note: command.note }) })
    }
  }
}

/**
 * Applies an event to a case (`undefined` before the first event).
 *
 * @since 0.2.0
 */
export const evolveCase = (c: EnforcementCase | undefined, e: CaseEventBody): EnforcementCase => {
  switch (e._tag) {
    case "CaseOpened":
      return { ...e.case, stage: "inspected", inspection: e.inspection, findings: [], orders: [], reviews: [] }
    case "FindingRecorded":
      return { ...c!, stage: "findings-recorded", findings: [...c!.findings, e.finding] }
    case "RectificationOrdered":
      return { ...c!, stage: "rectification-ordered", orders: [...c!.orders, e.order] }
    case "PenaltyDecided":
      return { ...c!, stage: "penalty-decided", penalty: e.decision }
    case "DecisionPublished":
      return { ...c!, penalty: { ...c!.penalty!, publishedOn: e.publishedOn } }
    case "CaseReviewed":
      return { ...c!, stage: "reviewed", reviews: [...c!.reviews, e.review] }
    case "CaseClosed":
      return { ...c!, stage: "closed", closedOn: e.on }
  }
}

/** Applies an event to a case file. @since 0.2.0 */
export const evolve = (file: CaseFile | undefined, e: CaseEvent): CaseFile => ({ case: evolveCase(file?.case, e), version: e.version, updatedAt: e.at })

/** A case file rebuilt from its events, version 1 first. @since 0.2.0 */
export const replay = (events: ReadonlyArray<CaseEvent>): CaseFile | undefined => events.reduce<CaseFile | undefined>(evolve, undefined)

/**
 * Runs commands one after the other from nothing (or a case): the case they leave, or the first
 * refusal. Pure; for planning, tests and the plain API.
 *
 * @since 0.2.0
 */
export const runCommands = (commands: ReadonlyArray<CaseCommand>, start?: EnforcementCase): Result.Result<EnforcementCase, CaseDecisionError> => {
  let c = start
  for (const command of commands) {
    const r = decide(c, command)
    if (Result.isFailure(r)) return Result.fail(r.failure)
    c = evolveCase(c, r.success)
  }
  return c === undefined ? Result.fail(new IllegalCaseTransition({ caseId: "", command: "run", stage: "none", allowed: ["OpenCase first"] })) : Result.succeed(c)
}
