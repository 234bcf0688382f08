/**
 * 调查进程 — the steps an investigation is recorded by, after it is opened: the investigation
 * started (by whom), a report extension (第二十九条), a technical appraisal (第二十七条), the report
 * submitted, an approval extension (第三十二条), the approval, a person held responsible, and the
 * closure record (四不放过, 结案备案). `applyStep` is pure: a step that would record a second
 * submission, a second approval or a second start is refused (`InvestigationStepRefused`), and the
 * case after the step must still be a valid `InvestigationCase` (nothing dated before the accident,
 * no approval before the report): otherwise the step is refused with every problem. Nothing is
 * overwritten: extensions, appraisals and determinations are appended, the closure's items are set
 * (a later record of an item replaces the earlier one, as a correction the history keeps).
 *
 * @since 0.2.0
 */
import { CalendarDate, type DecodeIssue, decodeIssues } from "@anquan/core"
import { Data, Result, Schema } from "effect"
import {
  CaseClosure,
  InvestigatingLevel,
  InvestigationCase,
  InvestigationExtension,
  ResponsibilityDetermination,
  TechnicalAppraisal
} from "./Investigation.ts"

/**
 * One step of an investigation (tagged by `_tag`).
 *
 * @since 0.2.0
 */
export const InvestigationStep = Schema.Union([
  Schema.TaggedStruct("StartInvestigation", { on: CalendarDate.CalendarDate, investigatedBy: InvestigatingLevel }),
  Schema.TaggedStruct("ExtendReport", { extension: InvestigationExtension }),
  Schema.TaggedStruct("RecordAppraisal", { appraisal: TechnicalAppraisal }),
  Schema.TaggedStruct("SubmitReport", { on: CalendarDate.CalendarDate }),
  Schema.TaggedStruct("ExtendApproval", { extension: InvestigationExtension }),
  Schema.TaggedStruct("ApproveReport", { on: CalendarDate.CalendarDate, unsafeConditionsCaused: Schema.optionalKey(Schema.Boolean) }),
  Schema.TaggedStruct("DetermineResponsibility", { determination: ResponsibilityDetermination }),
  Schema.TaggedStruct("RecordClosure", { closure: CaseClosure })
]).annotate({ identifier: "InvestigationStep", description: "调查进程 — StartInvestigation | ExtendReport | RecordAppraisal | SubmitReport | ExtendApproval | ApproveReport | DetermineResponsibility | RecordClosure" })
/** @since 0.2.0 */
export type InvestigationStep = typeof InvestigationStep.Type
/** @since 0.2.0 */
export type InvestigationStepInput = typeof InvestigationStep.Encoded

/**
 * A step refused: a second start, submission or approval, or a case the step would make invalid
 * (`issues`, with their paths in the case).
 *
 * @since 0.2.0
 */
export class InvestigationStepRefused extends Data.TaggedError("InvestigationStepRefused")<{
  readonly accidentId: string
  readonly step: string
  readonly reason: "already-started" | "already-submitted" | "already-approved" | "invalid-case"
  readonly detail: string
  readonly issues: ReadonlyArray<DecodeIssue>
}> {
  override get message(): string {
    return `investigation ${this.accidentId}: ${this.step} refused (${this.reason}): ${this.detail}` +
      this.issues.map((i) => `\n  ${i.path.join(".") || "(case)"}: ${i.message}`).join("")
  }
}

/** Checks a case against its schema (its filters: dates in order, nothing before the accident). */
const validate = Schema.encodeUnknownResult(InvestigationCase)

/**
 * The case after a step, or the refusal. Pure.
 *
 * @since 0.2.0
 */
export const applyStep = (c: InvestigationCase, step: InvestigationStep): Result.Result<InvestigationCase, InvestigationStepRefused> => {
  const refuse = (reason: InvestigationStepRefused["reason"], detail: string, issues: ReadonlyArray<DecodeIssue> = []) =>
    Result.fail(new InvestigationStepRefused({ accidentId: c.accident.id, step: step._tag, reason, detail, issues }))
  const fmt = CalendarDate.format
  let next: InvestigationCase
  switch (step._tag) {
    case "StartInvestigation":
      if (c.startedOn !== undefined) return refuse("already-started", `the investigation started on ${fmt(c.startedOn)}`)
      next = { ...c, startedOn: step.on, investigatedBy: step.investigatedBy }
      break
    case "ExtendReport":
      next = { ...c, reportExtensions: [...(c.reportExtensions ?? []), step.extension] }
      break
    case "RecordAppraisal":
      next = { ...c, technicalAppraisals: [...(c.technicalAppraisals ?? []), step.appraisal] }
      break
    case "SubmitReport":
      if (c.reportSubmittedOn !== undefined) return refuse("already-submitted", `the report was submitted on ${fmt(c.reportSubmittedOn)}`)
      next = { ...c, reportSubmittedOn: step.on }
      break
    case "ExtendApproval":
      next = { ...c, approvalExtensions: [...(c.approvalExtensions ?? []), step.extension] }
      break
    case "ApproveReport":
      if (c.approvedOn !== undefined) return refuse("already-approved", `the report was approved on ${fmt(c.approvedOn)}`)
      next = { ...c, approvedOn: step.on, ...(step.unsafeConditionsCaused === undefined ? {} : { unsafeConditionsCaused: step.unsafeConditionsCaused }) }
      break
    case "DetermineResponsibility":
      next = { ...c, responsible: [...(c.responsible ?? []), step.determination] }
      break
    case "RecordClosure":
      next = { ...c, closure: { ...c.closure, ...step.closure } }
      break
  }
  // the whole case again through its schema: its dates in order, nothing before the accident
  const checked = validate(next, { errors: "all" })
  return Result.isFailure(checked)
    ? refuse("invalid-case", "the case after this step is not valid", decodeIssues(checked.failure))
    : Result.succeed(next)
}
