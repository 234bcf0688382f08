/**
 * 专项行动 — campaigns: time-boxed programmes (安全生产年, 百日行动, 打非治违, 大检查, 专项整治三年行动 …).
 *
 * Every plan repeats one shape: a 领导小组 (leading group with an office), a scope (jurisdictions,
 * sectors, unit kinds), a checklist of focus items (重点内容), phases with date windows (动员部署 →
 * 自查自纠 → 集中整治/督查 → 总结提高/回头看), targets and a reporting cadence.
 *
 * @since 0.1.0
 */
import { localizedIssue } from "../decode-issues/DecodeIssues.ts"
import { Schema } from "effect"
import { CalendarDate, DateWindow, isWithin as isWithinWindow } from "../calendar/CalendarDate.ts"
import { UnitKind } from "../enterprise/Enterprise.ts"
import { CampaignId } from "../ids/Ids.ts"
import { PersonRef } from "../ids/PersonRef.ts"
import { JurisdictionCode } from "../jurisdiction/Jurisdiction.ts"
import { Sector } from "../sector/Sector.ts"

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
 * 发文单位 — the body that issued the campaign plan, e.g. 某县安全生产委员会办公室.
 *
 * @since 0.1.0
 */
export const CampaignIssuer = Schema.Struct({
  name: Schema.NonEmptyString,
  jurisdiction: Schema.optionalKey(JurisdictionCode)
}).annotate({ identifier: "CampaignIssuer", description: "发文单位 — issuing body" })
/** @since 0.1.0 */
export type CampaignIssuer = typeof CampaignIssuer.Type

/**
 * 领导小组 — the leading group: 组长 leader, 副组长 deputies, 成员 members, and its office
 * (办公室) with a director (办公室主任) and a liaison (联络员).
 *
 * @since 0.1.0
 */
export const LeadingGroup = Schema.Struct({
  leader: PersonRef,
  deputies: Schema.Array(PersonRef),
  members: Schema.Array(PersonRef),
  officeDirector: Schema.optionalKey(PersonRef),
  liaison: Schema.optionalKey(PersonRef)
}).annotate({ identifier: "LeadingGroup", description: "领导小组 — leader, deputies, members, office director, liaison" })
/** @since 0.1.0 */
export type LeadingGroup = typeof LeadingGroup.Type

/**
 * 范围 — where and on whom the campaign acts: jurisdictions (each with everything within it),
 * sectors, and optionally unit kinds (absent = every kind).
 *
 * @since 0.1.0
 */
export const CampaignScope = Schema.Struct({
  jurisdictions: Schema.NonEmptyArray(
    JurisdictionCode.pipe(Schema.annotateKey({ messageMissingKey: "a campaign covers at least one jurisdiction" }))
  ),
  sectors: Schema.NonEmptyArray(
    Sector.pipe(Schema.annotateKey({ messageMissingKey: "a campaign covers at least one sector (行业领域)", messageMissingKeyZh: "专项行动至少应覆盖一个行业领域" }))
  ),
  unitKinds: Schema.optionalKey(Schema.Array(UnitKind))
}).annotate({ identifier: "CampaignScope", description: "范围 — jurisdictions, sectors, unit kinds?" })
/** @since 0.1.0 */
export type CampaignScope = typeof CampaignScope.Type

/**
 * 检查项 — one numbered focus item (重点内容), optionally linked to the rules that check it and
 * limited to some sectors.
 *
 * @since 0.1.0
 */
export const ChecklistItem = Schema.Struct({
  id: Schema.NonEmptyString,
  text: Schema.NonEmptyString,
  ruleIds: Schema.optionalKey(Schema.Array(Schema.NonEmptyString)),
  sectors: Schema.optionalKey(Schema.Array(Sector))
}).annotate({ identifier: "ChecklistItem", description: "检查项 — a focus item of a campaign checklist" })
/** @since 0.1.0 */
export type ChecklistItem = typeof ChecklistItem.Type

/**
 * 阶段类型 — `mobilise` 动员部署, `self-check` 自查自纠, `rectification` 集中整治, `inspection`
 * 督查检查, `summary` 总结提高, `re-check` 回头看.
 *
 * @since 0.1.0
 */
export const CampaignPhaseKind = namedLiterals(
  ["mobilise", "self-check", "rectification", "inspection", "summary", "re-check"],
  "CampaignPhaseKind",
  "a phase kind (阶段类型)",
  "阶段类型 — phase kind"
)
/** @since 0.1.0 */
export type CampaignPhaseKind = typeof CampaignPhaseKind.Type

/**
 * 阶段 — a named phase with its date window (both ends inclusive).
 *
 * @since 0.1.0
 */
export const CampaignPhase = Schema.Struct({
  name: Schema.NonEmptyString,
  kind: Schema.optionalKey(CampaignPhaseKind),
  window: DateWindow
}).annotate({ identifier: "CampaignPhase", description: "阶段 — a phase with its date window" })
/** @since 0.1.0 */
export type CampaignPhase = typeof CampaignPhase.Type

/**
 * 目标 — a numeric target, e.g. `{ metric: "self-inspection-coverage", value: 1, unit: "ratio" }`
 * (覆盖率 100%). Metric ids are free text until the progress module fixes a vocabulary.
 *
 * @since 0.1.0
 */
export const CampaignTarget = Schema.Struct({
  metric: Schema.NonEmptyString,
  value: Schema.Finite,
  unit: Schema.optionalKey(Schema.String),
  description: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "CampaignTarget", description: "目标 — metric and value" })
/** @since 0.1.0 */
export type CampaignTarget = typeof CampaignTarget.Type

/**
 * 定期报送 — a monthly or quarterly report due on `dueDay` of the month that lies
 * `dueMonthOffset` months after the last month of the period: `{ kind: "monthly", dueDay: 25,
 * dueMonthOffset: 0 }` is 每月25日前报送当月情况; `{ kind: "quarterly", dueDay: 5, dueMonthOffset: 1 }`
 * is 每季度结束后次月5日前.
 *
 * @since 0.1.0
 */
export const PeriodicReporting = Schema.Struct({
  kind: Schema.Literals(["monthly", "quarterly"]),
  dueDay: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 31 })),
  dueMonthOffset: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 3 })),
  recipient: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "PeriodicReporting", description: "定期报送 — monthly or quarterly report" })
/** @since 0.1.0 */
export type PeriodicReporting = typeof PeriodicReporting.Type

/**
 * 总结报告 — the final report, due by a date.
 *
 * @since 0.1.0
 */
export const FinalReporting = Schema.Struct({
  kind: Schema.Literal("final"),
  due: CalendarDate,
  recipient: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "FinalReporting", description: "总结报告 — final report due by a date" })
/** @since 0.1.0 */
export type FinalReporting = typeof FinalReporting.Type

/**
 * 报送要求 — a reporting obligation: periodic (`monthly`, `quarterly`) or `final`.
 *
 * @since 0.1.0
 */
export const CampaignReporting = Schema.Union([PeriodicReporting, FinalReporting]).annotate({
  identifier: "CampaignReporting",
  description: "报送要求 — monthly / quarterly / final reporting"
})
/** @since 0.1.0 */
export type CampaignReporting = typeof CampaignReporting.Type

/**
 * 专项行动 — a campaign. `window` is the campaign's overall window; when given, every phase must
 * lie inside it. Checklist item ids are unique.
 *
 * @since 0.1.0
 */
export const Campaign = Schema.Struct({
  id: CampaignId,
  name: Schema.NonEmptyString,
  issuer: CampaignIssuer,
  /** 文号, e.g. 某安委办〔2022〕5号. */
  documentNumber: Schema.optionalKey(Schema.String),
  window: Schema.optionalKey(DateWindow),
  leadingGroup: LeadingGroup,
  scope: CampaignScope,
  checklist: Schema.Array(ChecklistItem),
  phases: Schema.Array(CampaignPhase),
  targets: Schema.Array(CampaignTarget),
  reporting: Schema.Array(CampaignReporting)
}).annotate({ description: "专项行动 — a campaign" }).check(Schema.makeFilter((c) => {
  const issues: Array<Schema.FilterIssue> = []
  const ids = new Set<string>()
  c.checklist.forEach((item, i) => {
    if (ids.has(item.id)) issues.push({ path: ["checklist", i, "id"], issue: localizedIssue(`duplicate checklist item id ${item.id}`, `检查项编号 ${item.id} 重复`) })
    ids.add(item.id)
  })
  const windowOk = (w: DateWindow) => w.to === undefined || w.to.getTime() >= w.from.getTime()
  if (c.window !== undefined && !windowOk(c.window)) {
    issues.push({ path: ["window", "to"], issue: localizedIssue("a window cannot end before it starts", "结束日期不能早于开始日期") })
  }
  c.phases.forEach((phase, i) => {
    if (!windowOk(phase.window)) {
      issues.push({ path: ["phases", i, "window", "to"], issue: localizedIssue("a window cannot end before it starts", "结束日期不能早于开始日期") })
    } else if (c.window !== undefined && !isInside(phase.window, c.window)) {
      issues.push({ path: ["phases", i, "window"], issue: localizedIssue(`phase ${phase.name} lies outside the campaign window`, `阶段“${phase.name}”超出专项行动的时间范围`) })
    }
  })
  return issues
})).annotate({ identifier: "Campaign" })
/** @since 0.1.0 */
export type Campaign = typeof Campaign.Type

const isInside = (inner: DateWindow, outer: DateWindow): boolean =>
  inner.from.getTime() >= outer.from.getTime() &&
  (outer.to === undefined || (inner.to !== undefined && inner.to.getTime() <= outer.to.getTime()))

/**
 * The phases whose window contains `date` (phases may overlap).
 *
 * @since 0.1.0
 */
export const phasesOn = (campaign: Pick<Campaign, "phases">, date: Date): ReadonlyArray<CampaignPhase> =>
  campaign.phases.filter((phase) => isWithinWindow(phase.window, date))
