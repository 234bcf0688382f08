/**
 * 案件记录 — a whole case as a file carries it (an import, an export of another system): the header,
 * the inspection, the findings, orders, penalty decision, reviews and closure day. A record is
 * never stored as given: it is turned into the commands that would have produced it
 * (`commandsOfRecord`) and every one is decided, so an import obeys the same life cycle as a caller
 * (a penalty without a finding, dates out of order, … are refused with the record's path).
 *
 * @since 0.2.0
 */
import type { InputIssue } from "@anquan/hazard-ledger"
import { InvalidInput } from "@anquan/hazard-ledger"
import { CalendarDate } from "@anquan/core"
import { Effect, Result, Schema } from "effect"
import type { CaseCommand } from "./commands.ts"
import { decide, evolveCase } from "./decide.ts"
import type { EnforcementCase } from "./model.ts"
import type { PenaltyIndex } from "./ledgerLink.ts"
import { decodeStrict } from "./strict.ts"
import { CaseFinding, CaseHeader, CaseInspection, CaseReview, PenaltyDecision, RectificationOrder } from "./model.ts"

/**
 * 案件记录 — a case as a file carries it (the stage is derived, never given).
 *
 * @since 0.2.0
 */
export const CaseRecord = Schema.Struct({
  ...CaseHeader.fields,
  inspection: CaseInspection,
  findings: Schema.optionalKey(Schema.Array(CaseFinding)),
  orders: Schema.optionalKey(Schema.Array(RectificationOrder)),
  penalty: Schema.optionalKey(PenaltyDecision),
  reviews: Schema.optionalKey(Schema.Array(CaseReview)),
  closedOn: Schema.optionalKey(CalendarDate.CalendarDate)
}).annotate({ identifier: "CaseRecord", description: "案件记录 — a whole case (stage derived)" })
/** @since 0.2.0 */
export type CaseRecord = typeof CaseRecord.Type
/** @since 0.2.0 */
export type CaseRecordInput = typeof CaseRecord.Encoded

/** A command with the path in the record it comes from. @since 0.2.0 */
export interface RecordCommand {
  readonly command: CaseCommand
  readonly path: ReadonlyArray<string | number>
}

/**
 * The commands that produce a record, in order: open, the findings as listed, then the orders,
 * the penalty, the reviews and the publication of the decision by date (on one day in that order),
 * then the closure. Pure.
 *
 * @since 0.2.0
 */
export const commandsOfRecord = (r: CaseRecord): ReadonlyArray<RecordCommand> => {
  const { closedOn, findings, inspection, orders, penalty, reviews, ...header } = r
  const caseId = r.id
  const out: Array<RecordCommand> = [{ command: { _tag: "OpenCase", case: header, inspection }, path: [] }]
  ;(findings ?? []).forEach((finding, i) => out.push({ command: { _tag: "RecordFinding", caseId, finding }, path: ["findings", i] }))
  const dated: Array<{ on: Date; rank: number; step: RecordCommand }> = []
  ;(orders ?? []).forEach((order, i) => dated.push({ on: order.issuedOn, rank: 0, step: { command: { _tag: "OrderRectification", caseId, order }, path: ["orders", i] } }))
  if (penalty !== undefined) {
    const { publishedOn, ...decision } = penalty
    dated.push({ on: penalty.decidedOn, rank: 1, step: { command: { _tag: "DecidePenalty", caseId, decision }, path: ["penalty"] } })
    // the publication is its own step, as PublishDecision records it
    if (publishedOn !== undefined) dated.push({ on: publishedOn, rank: 3, step: { command: { _tag: "PublishDecision", caseId, publishedOn }, path: ["penalty"] } })
  }
  ;(reviews ?? []).forEach((review, i) => dated.push({ on: review.on, rank: 2, step: { command: { _tag: "RecordReview", caseId, review }, path: ["reviews", i] } }))
  dated.sort((a, b) => a.on.getTime() - b.on.getTime() || a.rank - b.rank)
  out.push(...dated.map((d) => d.step))
  if (closedOn !== undefined) out.push({ command: { _tag: "CloseCase", caseId, on: closedOn }, path: ["closedOn"] })
  return out
}

/**
 * A case record the way the life cycle leaves it, or the refusal as an `InvalidInput` at the
 * record's path (`prefix` before it, e.g. `["cases", 3]`). Pure.
 *
 * @since 0.2.0
 */
export const caseOfRecord = (r: CaseRecord, prefix: ReadonlyArray<string | number> = []): Result.Result<EnforcementCase, InvalidInput> => {
  let c: EnforcementCase | undefined
  for (const step of commandsOfRecord(r)) {
    const d = decide(c, step.command)
    if (Result.isFailure(d)) {
      const e = d.failure
      const field = e._tag === "CaseDateOutOfOrder" && step.command._tag !== "CloseCase" ? e.field.split(".").slice(-1) : []
      return Result.fail(new InvalidInput({ entryPoint: "enforcement cases", issues: [{ path: [...prefix, ...step.path, ...field], message: e.message }] }))
    }
    c = evolveCase(c, d.success)
  }
  return Result.succeed(c!)
}

const decodeRecords = decodeStrict(Schema.Array(CaseRecord), "enforcement cases")

/**
 * Options of {@link decodeCaseRecords}.
 *
 * @since 0.2.0
 */
export interface DecodeRecordsOptions {
  /**
   * The packs' penalty articles: when given, a finding from a rule must name a rule (and version) a
   * pack has, and carry exactly the penalty articles the pack cites for it.
   */
  readonly penalties?: PenaltyIndex | undefined
}

/**
 * Decodes case records: an array, or `{ cases: [...] }` (an import file, which may also carry
 * `jurisdictions`). Every record is decoded and run through the life cycle; ids must be unique;
 * with `penalties`, a rule finding's penalty articles must be its pack's.
 * Every decoding problem of every record is reported with its path, and the first life-cycle refusal
 * of each record (at the path of the step refused); nothing is dropped: one bad record fails the lot.
 *
 * @since 0.2.0
 */
export const decodeCaseRecords = (input: unknown, options: DecodeRecordsOptions = {}): Effect.Effect<ReadonlyArray<{ readonly record: CaseRecord; readonly case: EnforcementCase }>, InvalidInput> => {
  const wrapped = typeof input === "object" && input !== null && !Array.isArray(input) && "cases" in input
  const list = wrapped ? (input as { cases: unknown }).cases : input
  const at = (path: ReadonlyArray<string | number>) => (wrapped ? ["cases", ...path] : [...path])
  return Effect.flatMap(
    decodeRecords(list).pipe(Effect.mapError((e) => (wrapped ? new InvalidInput({ ...e, issues: e.issues.map((i) => ({ ...i, path: at(i.path) })) }) : e))),
    (records) => {
      const issues: Array<InputIssue> = []
      const seen = new Map<string, number>()
      const out: Array<{ record: CaseRecord; case: EnforcementCase }> = []
      records.forEach((record, i) => {
        const first = seen.get(record.id)
        if (first !== undefined) {
          issues.push({ path: at([i, "id"]), message: `case ${record.id} is listed twice (first at ${first})` })
          return
        }
        seen.set(record.id, i)
        if (options.penalties !== undefined) {
          const before = issues.length
          ;(record.findings ?? []).forEach((f, j) => {
            if (f.rule === undefined) return
            const known = options.penalties!(f.rule.ruleId, f.rule.ruleVersion)
            const label = `${f.rule.ruleId}${f.rule.ruleVersion === undefined ? "" : `@${f.rule.ruleVersion}`}`
            if (known === undefined) issues.push({ path: at([i, "findings", j, "rule", "ruleId"]), message: `no installed pack has the rule ${label}: its penalty articles cannot be checked` })
            else if (JSON.stringify(known) !== JSON.stringify(f.rule.penalties)) {
              issues.push({ path: at([i, "findings", j, "rule", "penalties"]), message: `the penalty articles of ${label} are the pack's: ${JSON.stringify(known)}, not ${JSON.stringify(f.rule.penalties)}` })
            }
          })
          if (issues.length > before) return
        }
        const r = caseOfRecord(record, at([i]))
        if (Result.isFailure(r)) issues.push(...r.failure.issues)
        else out.push({ record, case: r.success })
      })
      return issues.length === 0 ? Effect.succeed(out) : Effect.fail(new InvalidInput({ entryPoint: "enforcement cases", issues }))
    }
  )
}
