/**
 * 检查 — inspections: a unit's self-inspection (自查), a government inspection or enforcement
 * visit (检查/执法), or an expert check (专家查隐患), with its checklist results.
 *
 * @since 0.1.0
 */
import { localizedIssue } from "../decode-issues/DecodeIssues.ts"
import { Schema } from "effect"
import { CalendarDate } from "../calendar/CalendarDate.ts"
import { UnifiedSocialCreditCode } from "../enterprise/CreditCode.ts"
import { CampaignId, HazardId, InspectionId, SiteId } from "../ids/Ids.ts"
import { PersonRef } from "../ids/PersonRef.ts"
import { SupervisingDepartment } from "../sector/SupervisingDepartment.ts"

const namedLiterals = <const L extends ReadonlyArray<string>>(
  values: L,
  identifier: string,
  what: string,
  description: string
) =>
  Schema.Literals(values).annotate({
    identifier,
    description,
    message: `Expected ${what}: ${values.map((v) => JSON.stringify(v)).join(" | ")}`
  })

/**
 * 检查主体 — `self` 企业自查, `government` 政府部门检查/执法, `expert` 专家检查.
 *
 * @since 0.1.0
 */
export const InspectorKind = namedLiterals(
  ["self", "government", "expert"],
  "InspectorKind",
  "an inspector kind (检查主体)",
  "检查主体 — self 自查 | government 政府检查 | expert 专家检查"
)
/** @since 0.1.0 */
export type InspectorKind = typeof InspectorKind.Type

/**
 * 检查结论 — `pass` 符合, `fail` 不符合 (a hazard or violation found), `not-applicable` 不适用,
 * `not-checked` 未检查.
 *
 * @since 0.1.0
 */
export const ChecklistOutcome = namedLiterals(
  ["pass", "fail", "not-applicable", "not-checked"],
  "ChecklistOutcome",
  "a checklist outcome (检查结论)",
  "检查结论 — pass | fail | not-applicable | not-checked"
)
/** @since 0.1.0 */
export type ChecklistOutcome = typeof ChecklistOutcome.Type

/**
 * 检查结果 — the result for one checklist item (`itemId`, e.g. a campaign's `ChecklistItem.id`),
 * with the hazards recorded for it.
 *
 * @since 0.1.0
 */
export const ChecklistResult = Schema.Struct({
  itemId: Schema.NonEmptyString,
  outcome: ChecklistOutcome,
  hazardIds: Schema.optionalKey(Schema.Array(HazardId)),
  note: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "ChecklistResult", description: "检查结果 — result for one checklist item" })
/** @since 0.1.0 */
export type ChecklistResult = typeof ChecklistResult.Type

/**
 * 检查 — one inspection of an enterprise (`subject`, its credit code). `department` names the
 * inspecting department for government inspections; `campaignId` ties the inspection to a campaign.
 * Each checklist item appears at most once in `results`.
 *
 * @since 0.1.0
 */
export const Inspection = Schema.Struct({
  id: InspectionId,
  subject: UnifiedSocialCreditCode,
  site: Schema.optionalKey(SiteId),
  inspectedOn: CalendarDate,
  inspectorKind: InspectorKind,
  department: Schema.optionalKey(SupervisingDepartment),
  inspectors: Schema.optionalKey(Schema.Array(PersonRef)),
  campaignId: Schema.optionalKey(CampaignId),
  results: Schema.Array(ChecklistResult)
}).annotate({ description: "检查 — an inspection with its checklist results" }).check(Schema.makeFilter((inspection) => {
  const issues: Array<Schema.FilterIssue> = []
  const seen = new Set<string>()
  inspection.results.forEach((r, i) => {
    if (seen.has(r.itemId)) issues.push({ path: ["results", i, "itemId"], issue: localizedIssue(`checklist item ${r.itemId} appears twice`, `检查项 ${r.itemId} 出现两次`) })
    seen.add(r.itemId)
  })
  return issues
})).annotate({ identifier: "Inspection" })
/** @since 0.1.0 */
export type Inspection = typeof Inspection.Type

/**
 * Counts of results by outcome.
 *
 * @since 0.1.0
 */
export const countOutcomes = (inspection: Pick<Inspection, "results">): { readonly [O in ChecklistOutcome]: number } => {
  const counts = { pass: 0, fail: 0, "not-applicable": 0, "not-checked": 0 }
  for (const r of inspection.results) counts[r.outcome]++
  return counts
}
