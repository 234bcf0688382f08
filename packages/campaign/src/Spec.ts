/**
 * 专项行动方案 — the campaign as this package models it: core's `Campaign`, extended with what the
 * seeds' plans say and core's schema cannot hold yet.
 *
 * `CampaignSpec` keeps core's field names and shapes and adds:
 * - `issuedOn` 印发日期, `basis` 依据文件, `notes`, `template` (where it came from);
 * - a leading group whose posts may be known by title only (`Post`: the seed 004 plan leaves the
 *   names blank, `组长: 副组长: 成员:`), and the office's seat (`office`, 办公室设在…);
 * - checklist items with a `group` (执法行动 / 道路交通 …), the plan's own numbering `ref`
 *   (`三、(一)1`), the lead department `lead` (牵头) and `sectorNotes` for sectors core's taxonomy
 *   lacks (水利, 农机, 供热, 气象 …);
 * - a scope whose `sectors` may be absent (= every sector: the 15-measures self-check covers all
 *   industries of a township), with `sectorNotes`, a free-text `units` line and `unitTags`, the
 *   vocabulary of tags a roster may put on units (液氨从业单位 …);
 * - phases with an optional `id` and `note` (how the window was read from the plan);
 * - targets with a fixed metric vocabulary (`TargetMetric`), a comparison and the units they
 *   apply to (`appliesTo`);
 * - periodic reporting whose due day may be unknown (003: 按月统计、报送 with no day): such a
 *   report is tracked as submitted or not, never as late; and one-off reports (`once`, e.g. 003's
 *   实施方案 by 04-16) besides the final report.
 *
 * `toCoreCampaign` converts a spec to core's `Campaign` when it can and says why when it cannot.
 *
 * @since 0.1.0
 */
import {
  CalendarDate,
  Campaign,
  CampaignId,
  CampaignIssuer,
  CampaignPhaseKind,
  DateWindow,
  decodeIssues,
  InspectorKind,
  JurisdictionCode,
  PersonId,
  Sector,
  Sectors,
  UnitKind,
  localizedIssue
} from "@anquan/core"
import { Result, Schema } from "effect"

const Text = Schema.NonEmptyString

/**
 * 职务 — one post of the leading group: a person's name when the plan names one, else at least
 * the title (职务) or unit that holds the post.
 *
 * @since 0.1.0
 */
export const Post = Schema.Struct({
  id: Schema.optionalKey(PersonId),
  name: Schema.optionalKey(Text),
  title: Schema.optionalKey(Text),
  unit: Schema.optionalKey(Schema.String)
}).check(Schema.makeFilter((p) =>
  p.name === undefined && p.title === undefined && (p.unit === undefined || p.unit === "")
    ? localizedIssue("a post names a person, a title (职务) or a unit", "职务应写明人员、职务名称或单位")
    : undefined
)).annotate({ identifier: "Post", description: "职务 — name?, title?, unit? (at least one)" })
/** @since 0.1.0 */
export type Post = typeof Post.Type

/**
 * 领导小组 — leader 组长, deputies 副组长, members 成员, the office (办公室设在 `office`) with its
 * director 办公室主任 and liaison 联络员. `leader` is absent when the plan leaves it blank.
 *
 * @since 0.1.0
 */
export const LeadingGroupSpec = Schema.Struct({
  name: Schema.optionalKey(Text),
  leader: Schema.optionalKey(Post),
  deputies: Schema.Array(Post),
  members: Schema.Array(Post),
  office: Schema.optionalKey(Text),
  officeDirector: Schema.optionalKey(Post),
  liaison: Schema.optionalKey(Post),
  note: Schema.optionalKey(Text)
}).annotate({ identifier: "LeadingGroupSpec", description: "领导小组 — leader?, deputies, members, office?, director?, liaison?" })
/** @since 0.1.0 */
export type LeadingGroupSpec = typeof LeadingGroupSpec.Type

/**
 * 单位标签 — a tag a roster may put on units (e.g. `liquid-ammonia-user` 液氨从业单位), so that
 * targets and items can apply to a subset of the units in scope.
 *
 * @since 0.1.0
 */
export const UnitTag = Schema.Struct({ id: Text, label: Text }).annotate({ identifier: "UnitTag" })
/** @since 0.1.0 */
export type UnitTag = typeof UnitTag.Type

const scopeRest = {
  /** Absent = every sector. */
  sectors: Schema.optionalKey(Schema.NonEmptyArray(Sector)),
  /** 行业领域 the plan names that core's taxonomy lacks (free text). */
  sectorNotes: Schema.optionalKey(Schema.Array(Text)),
  /** Absent = every unit kind. */
  unitKinds: Schema.optionalKey(Schema.Array(UnitKind)),
  /** The plan's own words for the units in scope, e.g. 各村(社区)、镇属各部门. */
  units: Schema.optionalKey(Text),
  unitTags: Schema.optionalKey(Schema.Array(UnitTag))
} as const

/**
 * 范围 (template part) — the scope without the jurisdictions, which an instantiation supplies.
 *
 * @since 0.1.0
 */
export const ScopeTemplate = Schema.Struct(scopeRest).annotate({ identifier: "ScopeTemplate" })
/** @since 0.1.0 */
export type ScopeTemplate = typeof ScopeTemplate.Type

/**
 * 范围 — jurisdictions (each with everything within it), sectors (absent = all), unit kinds
 * (absent = all), free-text notes and the unit-tag vocabulary.
 *
 * @since 0.1.0
 */
export const ScopeSpec = Schema.Struct({
  jurisdictions: Schema.NonEmptyArray(JurisdictionCode),
  ...scopeRest
}).annotate({ identifier: "ScopeSpec", description: "范围 — jurisdictions, sectors? (absent = all), unitKinds?, notes" })
/** @since 0.1.0 */
export type ScopeSpec = typeof ScopeSpec.Type

/**
 * 检查项 — a focus item (重点内容): the text, the plan's group and numbering, the rules that check
 * it, and the sectors or unit tags it is limited to (absent = every unit in scope).
 *
 * @since 0.1.0
 */
export const ChecklistItemSpec = Schema.Struct({
  id: Text,
  text: Text,
  group: Schema.optionalKey(Text),
  ref: Schema.optionalKey(Text),
  lead: Schema.optionalKey(Text),
  ruleIds: Schema.optionalKey(Schema.Array(Text)),
  sectors: Schema.optionalKey(Schema.Array(Sector)),
  sectorNotes: Schema.optionalKey(Schema.Array(Text)),
  tags: Schema.optionalKey(Schema.Array(Text)),
  note: Schema.optionalKey(Text)
}).annotate({ identifier: "ChecklistItemSpec", description: "检查项 — id, text, group?, ref?, lead?, ruleIds?, sectors?, tags?" })
/** @since 0.1.0 */
export type ChecklistItemSpec = typeof ChecklistItemSpec.Type

/**
 * 阶段 — a phase: name, kind, window (both ends inclusive), and a note on how the window was read.
 *
 * @since 0.1.0
 */
export const PhaseSpec = Schema.Struct({
  id: Schema.optionalKey(Text),
  name: Text,
  kind: Schema.optionalKey(CampaignPhaseKind),
  window: DateWindow,
  note: Schema.optionalKey(Text)
}).annotate({ identifier: "PhaseSpec", description: "阶段 — name, kind?, window, note?" })
/** @since 0.1.0 */
export type PhaseSpec = typeof PhaseSpec.Type

/**
 * 目标指标 — the metrics progress measures:
 * - `inspection-coverage` 检查率: units in scope with at least one inspection in the window ÷ units;
 * - `self-inspection-coverage` 自查率: the same, counting self-inspections (自查) only;
 * - `rectification-rate` 整改率/整治率: hazards found in the window and closed by the as-of date ÷ found;
 * - `overdue-rate` 逾期率: hazards overdue on the as-of date ÷ found;
 * - `checklist-coverage` 检查项覆盖率: (unit, applicable item) pairs checked ÷ pairs;
 * - `reports-on-time` 按时报送率: reports due by the as-of date and submitted on time ÷ reports due.
 *
 * @since 0.1.0
 */
export const TargetMetric = Schema.Literals([
  "inspection-coverage",
  "self-inspection-coverage",
  "rectification-rate",
  "overdue-rate",
  "checklist-coverage",
  "reports-on-time"
]).annotate({ identifier: "TargetMetric", description: "目标指标 — metric id" })
/** @since 0.1.0 */
export type TargetMetric = typeof TargetMetric.Type

/**
 * 适用单位 — the units a target or item applies to: all three filters must hold (absent = any).
 *
 * @since 0.1.0
 */
export const UnitFilter = Schema.Struct({
  sectors: Schema.optionalKey(Schema.Array(Sector)),
  unitKinds: Schema.optionalKey(Schema.Array(UnitKind)),
  /** A unit matches when it has at least one of these tags. */
  tags: Schema.optionalKey(Schema.Array(Text))
}).annotate({ identifier: "UnitFilter" })
/** @since 0.1.0 */
export type UnitFilter = typeof UnitFilter.Type

/**
 * 目标 — a metric and its value (a ratio in [0, 1] for every metric of `TargetMetric`), compared
 * `at-least` (default; `at-most` for `overdue-rate`), over the units it `appliesTo`; coverage
 * targets may count only some inspector kinds.
 *
 * @since 0.1.0
 */
export const TargetSpec = Schema.Struct({
  metric: TargetMetric,
  value: Schema.Finite.check(Schema.isBetween({ minimum: 0, maximum: 1 })),
  comparison: Schema.optionalKey(Schema.Literals(["at-least", "at-most"])),
  appliesTo: Schema.optionalKey(UnitFilter),
  inspectorKinds: Schema.optionalKey(Schema.Array(InspectorKind)),
  description: Schema.optionalKey(Text),
  ref: Schema.optionalKey(Text)
}).annotate({ identifier: "TargetSpec", description: "目标 — metric, value (ratio), comparison?, appliesTo?" })
/** @since 0.1.0 */
export type TargetSpec = typeof TargetSpec.Type

/**
 * 定期报送 — monthly or quarterly reports. The report for a period is due on `dueDay` (clamped to
 * the month's length) of the month `dueMonthOffset` (default 0) months after the period's last
 * month. `dueDay` absent = the plan states no due day: progress tracks such reports as submitted
 * or not, never as late.
 *
 * @since 0.1.0
 */
export const PeriodicReportingSpec = Schema.Struct({
  kind: Schema.Literals(["monthly", "quarterly"]),
  name: Schema.optionalKey(Text),
  dueDay: Schema.optionalKey(Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 31 }))),
  dueMonthOffset: Schema.optionalKey(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 3 }))),
  recipient: Schema.optionalKey(Schema.String),
  note: Schema.optionalKey(Text)
}).annotate({ identifier: "PeriodicReportingSpec", description: "定期报送 — monthly | quarterly, dueDay? (absent = unstated)" })
/** @since 0.1.0 */
export type PeriodicReportingSpec = typeof PeriodicReportingSpec.Type

/**
 * Whether a reporting obligation is periodic (`monthly`, `quarterly`).
 *
 * @since 0.1.0
 */
export const isPeriodicReporting = <R extends { readonly kind: string }>(r: R | PeriodicReportingSpec): r is PeriodicReportingSpec =>
  r.kind === "monthly" || r.kind === "quarterly"

/**
 * 一次性报送 — a report due once by a date: the `final` report (总结报告) or another (`once`, with
 * an `id`, e.g. 实施方案).
 *
 * @since 0.1.0
 */
export const OneOffReportingSpec = Schema.Struct({
  kind: Schema.Literals(["final", "once"]),
  id: Schema.optionalKey(Text),
  name: Schema.optionalKey(Text),
  due: CalendarDate.CalendarDate,
  recipient: Schema.optionalKey(Schema.String),
  note: Schema.optionalKey(Text)
}).check(Schema.makeFilter((r) =>
  r.kind === "once" && r.id === undefined ? { path: ["id"], issue: localizedIssue("a one-off report (once) needs an id", "一次性报送（once）应有编号") } : undefined
)).annotate({ identifier: "OneOffReportingSpec", description: "一次性报送 — final | once, due" })
/** @since 0.1.0 */
export type OneOffReportingSpec = typeof OneOffReportingSpec.Type

/**
 * 报送要求 — periodic or one-off.
 *
 * @since 0.1.0
 */
export const ReportingSpec = Schema.Union([PeriodicReportingSpec, OneOffReportingSpec]).annotate({ identifier: "ReportingSpec" })
/** @since 0.1.0 */
export type ReportingSpec = typeof ReportingSpec.Type

/**
 * 来源 — the template a campaign was instantiated from, and the parameters used.
 *
 * @since 0.1.0
 */
export const TemplateRef = Schema.Struct({
  id: Text,
  parameters: Schema.optionalKey(Schema.Record(Schema.String, Schema.String))
}).annotate({ identifier: "TemplateRef" })
/** @since 0.1.0 */
export type TemplateRef = typeof TemplateRef.Type

const windowOk = (w: DateWindow) => w.to === undefined || w.to.getTime() >= w.from.getTime()
const isInside = (inner: DateWindow, outer: DateWindow): boolean =>
  inner.from.getTime() >= outer.from.getTime() &&
  (outer.to === undefined || (inner.to !== undefined && inner.to.getTime() <= outer.to.getTime()))

/**
 * 专项行动 — a campaign (see the module doc for what it adds to core's `Campaign`). Decoding checks
 * that item ids and one-off report ids are unique, that no window ends before it starts, that
 * every phase lies inside `window` when it is given, and that item tags and target tags are in
 * `scope.unitTags` when that vocabulary is given.
 *
 * @since 0.1.0
 */
export const CampaignSpec = Schema.Struct({
  id: CampaignId,
  name: Text,
  issuer: CampaignIssuer,
  documentNumber: Schema.optionalKey(Schema.String),
  issuedOn: Schema.optionalKey(CalendarDate.CalendarDate),
  basis: Schema.optionalKey(Schema.Array(Text)),
  template: Schema.optionalKey(TemplateRef),
  window: Schema.optionalKey(DateWindow),
  leadingGroup: LeadingGroupSpec,
  scope: ScopeSpec,
  checklist: Schema.Array(ChecklistItemSpec),
  phases: Schema.Array(PhaseSpec),
  targets: Schema.Array(TargetSpec),
  reporting: Schema.Array(ReportingSpec),
  notes: Schema.optionalKey(Schema.Array(Text))
}).annotate({ description: "专项行动 — a campaign" }).check(Schema.makeFilter((c) => campaignProblems(c)))
  .annotate({ identifier: "CampaignSpec" })
/** @since 0.1.0 */
export type CampaignSpec = typeof CampaignSpec.Type

/** @internal */
export const campaignProblems = (c: {
  readonly window?: DateWindow | undefined
  readonly scope: { readonly unitTags?: ReadonlyArray<UnitTag> | undefined }
  readonly checklist: ReadonlyArray<{ readonly id: string; readonly tags?: ReadonlyArray<string> | undefined }>
  readonly phases: ReadonlyArray<{ readonly name: string; readonly window: DateWindow }>
  readonly targets: ReadonlyArray<{ readonly appliesTo?: { readonly tags?: ReadonlyArray<string> | undefined } | undefined }>
  readonly reporting: ReadonlyArray<{ readonly kind: string; readonly id?: string | undefined }>
}): Array<Schema.FilterIssue> => {
  const issues: Array<Schema.FilterIssue> = []
  const ids = new Set<string>()
  const tags = c.scope.unitTags === undefined ? undefined : new Set(c.scope.unitTags.map((t) => t.id))
  c.checklist.forEach((item, i) => {
    if (ids.has(item.id)) issues.push({ path: ["checklist", i, "id"], issue: localizedIssue(`duplicate checklist item id ${item.id}`, `检查项编号重复：${item.id}`) })
    ids.add(item.id)
    item.tags?.forEach((t, k) => {
      if (tags !== undefined && !tags.has(t)) issues.push({ path: ["checklist", i, "tags", k], issue: localizedIssue(`unknown unit tag ${t}`, `未知的单位标签：${t}`) })
    })
  })
  if (c.window !== undefined && !windowOk(c.window)) {
    issues.push({ path: ["window", "to"], issue: localizedIssue("a window cannot end before it starts", "结束日期不能早于开始日期") })
  }
  c.phases.forEach((phase, i) => {
    if (!windowOk(phase.window)) {
      issues.push({ path: ["phases", i, "window", "to"], issue: localizedIssue("a window cannot end before it starts", "结束日期不能早于开始日期") })
    } else if (c.window !== undefined && !isInside(phase.window, c.window)) {
      issues.push({ path: ["phases", i, "window"], issue: localizedIssue(`phase ${phase.name} lies outside the campaign window`, `阶段“${phase.name}”超出专项行动期限`) })
    }
  })
  c.targets.forEach((t, i) => {
    t.appliesTo?.tags?.forEach((tag, k) => {
      if (tags !== undefined && !tags.has(tag)) {
        issues.push({ path: ["targets", i, "appliesTo", "tags", k], issue: localizedIssue(`unknown unit tag ${tag}`, `未知的单位标签：${tag}`) })
      }
    })
  })
  const onceIds = new Set<string>()
  c.reporting.forEach((r, i) => {
    if (r.id === undefined) return
    if (onceIds.has(r.id)) issues.push({ path: ["reporting", i, "id"], issue: localizedIssue(`duplicate report id ${r.id}`, `报送编号重复：${r.id}`) })
    onceIds.add(r.id)
  })
  return issues
}

/**
 * The campaign's overall window: `window` when given, else from the first phase's start to the
 * last phase's end (open-ended when a phase is), else `undefined` (no date limit).
 *
 * @since 0.1.0
 */
export const campaignWindow = (c: Pick<CampaignSpec, "window" | "phases">): DateWindow | undefined => {
  if (c.window !== undefined) return c.window
  if (c.phases.length === 0) return undefined
  const from = new Date(Math.min(...c.phases.map((p) => p.window.from.getTime())))
  const open = c.phases.some((p) => p.window.to === undefined)
  if (open) return { from }
  return { from, to: new Date(Math.max(...c.phases.map((p) => p.window.to!.getTime()))) }
}

/**
 * The default comparison of a metric: `at-most` for `overdue-rate`, else `at-least`.
 *
 * @since 0.1.0
 */
export const defaultComparison = (metric: TargetMetric): "at-least" | "at-most" =>
  metric === "overdue-rate" ? "at-most" : "at-least"

/**
 * 无法转换 — what keeps a spec from being a core `Campaign` (see `toCoreCampaign`).
 *
 * @since 0.1.0
 */
export interface CoreConversionProblem {
  readonly path: ReadonlyArray<string | number>
  readonly message: string
}

/**
 * Converts a spec to core's `Campaign` (validated by core's schema). Fields core has no place for
 * are dropped (groups, refs, notes, tags, comparisons, one-off reports other than `final`); what
 * core *requires* and the spec lacks is a problem: a leader without a name, posts known only by
 * title, periodic reports without a due day. `scope.sectors` absent becomes every core sector.
 *
 * @since 0.1.0
 */
export const toCoreCampaign = (spec: CampaignSpec): Result.Result<Campaign, ReadonlyArray<CoreConversionProblem>> => {
  const problems: Array<CoreConversionProblem> = []
  const person = (p: Post | undefined, path: ReadonlyArray<string | number>) => {
    if (p === undefined) return undefined
    if (p.name === undefined) {
      problems.push({ path, message: `core's PersonRef needs a name; this post has only ${p.title ?? p.unit}` })
      return undefined
    }
    return {
      name: p.name,
      ...(p.id === undefined ? {} : { id: p.id }),
      ...(p.title === undefined ? {} : { title: p.title }),
      ...(p.unit === undefined ? {} : { unit: p.unit })
    }
  }
  const lg = spec.leadingGroup
  if (lg.leader === undefined) problems.push({ path: ["leadingGroup", "leader"], message: "core's LeadingGroup needs a leader" })
  const leader = person(lg.leader, ["leadingGroup", "leader"])
  const deputies = lg.deputies.map((p, i) => person(p, ["leadingGroup", "deputies", i]))
  const members = lg.members.map((p, i) => person(p, ["leadingGroup", "members", i]))
  const officeDirector = person(lg.officeDirector, ["leadingGroup", "officeDirector"])
  const liaison = person(lg.liaison, ["leadingGroup", "liaison"])
  const reporting: Array<unknown> = []
  spec.reporting.forEach((r, i) => {
    if (r.kind === "monthly" || r.kind === "quarterly") {
      if (r.dueDay === undefined) {
        problems.push({ path: ["reporting", i, "dueDay"], message: `core's PeriodicReporting needs a due day; the plan states none for the ${r.kind} report` })
        return
      }
      reporting.push({ kind: r.kind, dueDay: r.dueDay, dueMonthOffset: r.dueMonthOffset ?? 0, ...(r.recipient === undefined ? {} : { recipient: r.recipient }) })
    } else if (r.kind === "final") {
      reporting.push({ kind: "final", due: CalendarDate.format(r.due), ...(r.recipient === undefined ? {} : { recipient: r.recipient }) })
    }
  })
  if (problems.length > 0) return Result.fail(problems)
  const encoded = {
    id: spec.id,
    name: spec.name,
    issuer: spec.issuer,
    ...(spec.documentNumber === undefined ? {} : { documentNumber: spec.documentNumber }),
    ...(spec.window === undefined ? {} : { window: encodeWindow(spec.window) }),
    leadingGroup: {
      leader,
      deputies,
      members,
      ...(officeDirector === undefined ? {} : { officeDirector }),
      ...(liaison === undefined ? {} : { liaison })
    },
    scope: {
      jurisdictions: spec.scope.jurisdictions,
      sectors: spec.scope.sectors ?? Sectors,
      ...(spec.scope.unitKinds === undefined ? {} : { unitKinds: spec.scope.unitKinds })
    },
    checklist: spec.checklist.map((item) => ({
      id: item.id,
      text: item.text,
      ...(item.ruleIds === undefined ? {} : { ruleIds: item.ruleIds }),
      ...(item.sectors === undefined ? {} : { sectors: item.sectors })
    })),
    phases: spec.phases.map((p) => ({ name: p.name, ...(p.kind === undefined ? {} : { kind: p.kind }), window: encodeWindow(p.window) })),
    targets: spec.targets.map((t) => ({
      metric: t.metric,
      value: t.value,
      unit: "ratio",
      ...(t.description === undefined ? {} : { description: t.description })
    })),
    reporting
  }
  const decoded = Schema.decodeUnknownResult(Campaign, { errors: "all" })(encoded)
  if (Result.isFailure(decoded)) {
    return Result.fail(decodeIssues(decoded.failure))
  }
  return Result.succeed(decoded.success)
}

const encodeWindow = (w: DateWindow) => ({
  from: CalendarDate.format(w.from),
  ...(w.to === undefined ? {} : { to: CalendarDate.format(w.to) })
})
