/**
 * 进展 — a campaign's progress as of a date, from plain inputs: the campaign, a roster of the
 * units it may cover, hazards (core `Hazard` records, optionally with their state history),
 * inspections (core `Inspection` records) and the reports received.
 *
 * **Units in scope.** A roster unit is in scope when its jurisdiction lies within one of the
 * scope's jurisdictions (by the jurisdiction tree when given, else by the GB/T 2260 code prefix),
 * it has one of the scope's sectors (or one of its `sectorNotes` among its `otherSectors`; no
 * `sectors` = every sector), and, when the scope lists unit kinds, one of them (a unit whose kinds
 * are unknown is `undetermined`, not in scope).
 *
 * **What counts.** An inspection counts when its subject is a unit in scope, it took place inside
 * the campaign's window and on or before the as-of date, and it is not tied to another campaign
 * (`campaignId` absent or this campaign's). A hazard counts when its subject is a unit in scope,
 * it was discovered inside the window and on or before the as-of date, its jurisdiction lies in
 * scope and its sector is one of the scope's sectors (when the scope names sectors).
 *
 * **State as of a date.** With a `history` (`[{ state, on }]`, as a ledger can give it), a
 * hazard's state on a date is the last entry on or before it (`reported` before the first entry).
 * Without one, only closure is dated: the hazard counts as closed on dates from `closedOn` on;
 * a `closed` hazard without `closedOn` counts as closed on every date and is listed in
 * `hazards.undatedClosures`. Overdue (逾期) = not closed and past its deadline (core's
 * `isHazardOverdue` rule, on the as-of state); the deadline is the hazard's current one.
 *
 * **Per phase.** `found` = counted hazards discovered inside the phase's window; `fixed`, `open`,
 * `overdue` = their state as of the date; `closedDuring` = counted hazards (found in any phase)
 * whose closure date falls inside the phase's window. Phases may overlap (001 prints 06-30 in both
 * windows): a hazard found on a shared day counts in both phases, once in the total.
 *
 * **Rule findings per item.** A checklist item that links rules (`ruleIds`) also counts the counted
 * hazards a rule found (`source.ruleId` one of them) at units the item applies to (`ruleHazards`).
 *
 * @since 0.1.0
 */
import {
  CalendarDate,
  type DateWindow,
  Hazard,
  HazardState,
  Inspection,
  type InspectorKind,
  JurisdictionCode,
  JurisdictionTree,
  Sector,
  UnifiedSocialCreditCode,
  UnitKind,
  localizedIssue
} from "@anquan/core"
import { Effect, Schema } from "effect"
import { type InvalidAsOfError, resolveAsOfDate } from "./AsOf.ts"
import {
  type ReportState,
  type ReportSummary,
  reportObligations,
  reportStates,
  SubmittedReport,
  summarizeReports
} from "./Reporting.ts"
import {
  CampaignSpec,
  type ChecklistItemSpec,
  campaignWindow,
  defaultComparison,
  type PhaseSpec,
  type TargetMetric,
  type TargetSpec,
  type UnitFilter
} from "./Spec.ts"

const Text = Schema.NonEmptyString

/**
 * 名册单位 — a unit the campaign may cover: credit code (the key hazards and inspections use),
 * name, jurisdiction, sectors, sectors outside core's taxonomy (`otherSectors`, matched against
 * the scope's and items' `sectorNotes`), unit kinds and tags. A core `Enterprise` decodes as one.
 *
 * @since 0.1.0
 */
export const RosterUnit = Schema.Struct({
  creditCode: UnifiedSocialCreditCode,
  name: Text,
  jurisdiction: JurisdictionCode,
  sectors: Schema.optionalKey(Schema.Array(Sector)),
  otherSectors: Schema.optionalKey(Schema.Array(Text)),
  unitKinds: Schema.optionalKey(Schema.Array(UnitKind)),
  tags: Schema.optionalKey(Schema.Array(Text))
}).annotate({ identifier: "RosterUnit", description: "名册单位 — creditCode, name, jurisdiction, sectors?, otherSectors?, unitKinds?, tags?" })
/** @since 0.1.0 */
export type RosterUnit = typeof RosterUnit.Type

/**
 * 名册 — roster units with unique credit codes.
 *
 * @since 0.1.0
 */
export const CampaignRoster = Schema.Array(RosterUnit).check(Schema.makeFilter((units) => {
  const issues: Array<Schema.FilterIssue> = []
  const seen = new Set<string>()
  units.forEach((u, i) => {
    if (seen.has(u.creditCode)) issues.push({ path: [i, "creditCode"], issue: localizedIssue(`duplicate unit ${u.creditCode}`, `单位重复：${u.creditCode}`) })
    seen.add(u.creditCode)
  })
  return issues
})).annotate({ identifier: "CampaignRoster" })

/**
 * 状态变更 — one step of a hazard's state history: the state entered and the day.
 *
 * @since 0.1.0
 */
export const HazardStateChange = Schema.Struct({ state: HazardState, on: CalendarDate.CalendarDate })
  .annotate({ identifier: "HazardStateChange" })
/** @since 0.1.0 */
export type HazardStateChange = typeof HazardStateChange.Type

/**
 * 隐患 (with history) — core's `Hazard` plus an optional state history in date order. Decoding
 * keeps core's checks (deadline and closure not before discovery) and checks the history's order.
 *
 * @since 0.1.0
 */
export const CampaignHazard = Schema.Struct({
  ...Hazard.fields,
  history: Schema.optionalKey(Schema.Array(HazardStateChange))
}).check(Schema.makeFilter((h) => {
  const issues: Array<Schema.FilterIssue> = []
  if (h.deadline !== undefined && h.deadline.getTime() < h.discoveredOn.getTime()) {
    issues.push({ path: ["deadline"], issue: localizedIssue("the rectification deadline cannot precede the discovery date", "整改期限不能早于发现日期") })
  }
  if (h.closedOn !== undefined && h.closedOn.getTime() < h.discoveredOn.getTime()) {
    issues.push({ path: ["closedOn"], issue: localizedIssue("a hazard cannot be closed before it was discovered", "隐患不能在发现之前销号") })
  }
  h.history?.forEach((step, i) => {
    if (step.on.getTime() < h.discoveredOn.getTime()) {
      issues.push({ path: ["history", i, "on"], issue: localizedIssue("a state change cannot precede the discovery date", "状态变更不能早于发现日期") })
    }
    const prev = h.history![i - 1]
    if (prev !== undefined && step.on.getTime() < prev.on.getTime()) {
      issues.push({ path: ["history", i, "on"], issue: localizedIssue("the history must be in date order", "状态历史应按日期先后排列") })
    }
  })
  return issues
})).annotate({ identifier: "CampaignHazard", description: "隐患 — core Hazard + history?" })
/** @since 0.1.0 */
export type CampaignHazard = typeof CampaignHazard.Type

/**
 * Input of `campaignProgress`.
 *
 * @since 0.1.0
 */
export interface ProgressInput {
  readonly campaign: CampaignSpec
  readonly roster: ReadonlyArray<RosterUnit>
  readonly hazards: ReadonlyArray<CampaignHazard | Hazard>
  readonly inspections: ReadonlyArray<Inspection>
  readonly reports?: ReadonlyArray<SubmittedReport> | undefined
  /** Units that each owe every report (e.g. districts); absent = one report in all. */
  readonly reporters?: ReadonlyArray<string> | undefined
  readonly tree?: JurisdictionTree.JurisdictionTree | undefined
}

/**
 * 隐患统计 — hazards found, fixed (closed as of the date), open, overdue and major, with
 * `rectificationRate` = fixed ÷ found and `overdueRate` = overdue ÷ found (`undefined` when
 * nothing was found).
 *
 * @since 0.1.0
 */
export interface HazardTally {
  readonly found: number
  readonly major: number
  readonly fixed: number
  readonly open: number
  readonly overdue: number
  readonly rectificationRate: number | undefined
  readonly overdueRate: number | undefined
}

/**
 * A phase with its status as of the date and its hazards.
 *
 * @since 0.1.0
 */
export interface PhaseProgress {
  readonly index: number
  readonly id?: string
  readonly name: string
  readonly kind?: string
  readonly window: DateWindow
  readonly status: "upcoming" | "current" | "past"
  readonly hazards: HazardTally & { readonly closedDuring: number }
}

/**
 * Coverage of units by inspections.
 *
 * @since 0.1.0
 */
export interface UnitCoverage {
  readonly inScope: number
  readonly covered: number
  readonly rate: number | undefined
  readonly byInspector: { readonly [K in InspectorKind]: number }
  readonly uncovered: ReadonlyArray<{ readonly creditCode: string; readonly name: string }>
  /** Roster units outside the scope. */
  readonly outOfScope: number
  /** Roster units whose unit kinds are unknown while the scope lists kinds. */
  readonly undetermined: ReadonlyArray<string>
}

/**
 * One checklist item: the units it applies to, those with a result other than `not-checked`, and
 * their latest outcomes.
 *
 * @since 0.1.0
 */
export interface ItemProgress {
  readonly id: string
  readonly text: string
  readonly group?: string
  readonly applicableUnits: number
  readonly checkedUnits: number
  readonly pass: number
  readonly fail: number
  readonly notApplicable: number
  /**
   * The rule findings the item counts, when it links rules (`ruleIds`): the counted hazards whose
   * source rule (`source.ruleId`) is one of them and whose subject is a unit the item applies to,
   * tallied like a phase's hazards, with `units` = the distinct units they were found at.
   *
   * @since 0.2.0
   */
  readonly ruleHazards?: HazardTally & { readonly units: number }
}

/**
 * Checklist progress: per item, items checked at least once, and (unit, item) pairs checked.
 *
 * @since 0.1.0
 */
export interface ChecklistProgress {
  readonly items: ReadonlyArray<ItemProgress>
  readonly itemsTotal: number
  readonly itemsChecked: number
  readonly pairs: { readonly applicable: number; readonly checked: number; readonly rate: number | undefined }
}

/**
 * Attainment of a target as of the date: `actual` = numerator ÷ denominator (`undefined` when the
 * denominator is 0, and then `met` is `undefined` too).
 *
 * @since 0.1.0
 */
export interface TargetAttainment {
  readonly metric: TargetMetric
  readonly value: number
  readonly comparison: "at-least" | "at-most"
  readonly numerator: number
  readonly denominator: number
  readonly actual: number | undefined
  readonly met: boolean | undefined
  readonly description?: string
}

/**
 * The result of `campaignProgress`.
 *
 * @since 0.1.0
 */
export interface CampaignProgress {
  readonly campaignId: string
  readonly asOf: Date
  readonly window: DateWindow | undefined
  /** `not-started` before the window, `ended` after it, `running` inside it (or with no window). */
  readonly status: "not-started" | "running" | "ended"
  /** The phases whose window contains the date (phases may overlap). */
  readonly currentPhases: ReadonlyArray<PhaseProgress>
  readonly phases: ReadonlyArray<PhaseProgress>
  readonly units: UnitCoverage
  readonly checklist: ChecklistProgress
  readonly hazards: {
    readonly total: HazardTally
    /** Counted hazards discovered outside every phase's window (inside the campaign's). */
    readonly outsidePhases: number
    readonly undatedClosures: ReadonlyArray<string>
    readonly excluded: {
      readonly notYetDiscovered: number
      readonly outsideWindow: number
      readonly outsideJurisdiction: number
      readonly outsideSectors: number
      readonly subjectOutOfScope: number
      readonly subjectNotOnRoster: number
    }
    /** Credit codes of hazard subjects not on the roster (is the roster complete?). */
    readonly unlistedSubjects: ReadonlyArray<string>
  }
  readonly reports: { readonly states: ReadonlyArray<ReportState>; readonly summary: ReportSummary }
  readonly targets: ReadonlyArray<TargetAttainment>
}

/**
 * Whether jurisdiction `code` lies within `ancestor`: by the tree when both are in it, else by the
 * GB/T 2260 prefix (2 digits for a province code, 4 for a city, 6 for a county, all 9 or 12).
 *
 * @since 0.1.0
 */
export const isWithinJurisdiction = (code: string, ancestor: string, tree?: JurisdictionTree.JurisdictionTree): boolean => {
  if (tree !== undefined && JurisdictionTree.has(tree, code) && JurisdictionTree.has(tree, ancestor)) {
    return JurisdictionTree.isWithin(tree, code, ancestor)
  }
  const digits = ancestor.length === 12 ? 12 : ancestor.length === 9 ? 9 : ancestor.endsWith("0000") ? 2 : ancestor.endsWith("00") ? 4 : 6
  return code.startsWith(ancestor.slice(0, digits))
}

const intersects = (a: ReadonlyArray<string> | undefined, b: ReadonlyArray<string> | undefined): boolean =>
  a !== undefined && b !== undefined && a.some((x) => b.includes(x))

/**
 * Whether a unit matches a filter (`sectors`, `unitKinds`, `tags`: each absent = any).
 *
 * @since 0.1.0
 */
export const unitMatches = (unit: RosterUnit, filter: UnitFilter | undefined): boolean =>
  filter === undefined || (
    (filter.sectors === undefined || intersects(unit.sectors, filter.sectors)) &&
    (filter.unitKinds === undefined || intersects(unit.unitKinds, filter.unitKinds)) &&
    (filter.tags === undefined || intersects(unit.tags, filter.tags))
  )

/**
 * Whether a checklist item applies to a unit: its `sectors` or `sectorNotes` (when it has either)
 * match the unit's `sectors` or `otherSectors`, and its `tags` (when given) one of the unit's tags.
 *
 * @since 0.1.0
 */
export const itemApplies = (item: ChecklistItemSpec, unit: RosterUnit): boolean => {
  const bySector = item.sectors === undefined && item.sectorNotes === undefined
    ? true
    : intersects(item.sectors, unit.sectors) || intersects(item.sectorNotes, unit.otherSectors)
  return bySector && (item.tags === undefined || intersects(item.tags, unit.tags))
}

/**
 * Whether a roster unit is in the campaign's scope: `in`, `out`, or `undetermined` (the scope
 * lists unit kinds and the unit's are unknown).
 *
 * @since 0.1.0
 */
export const unitScope = (
  campaign: Pick<CampaignSpec, "scope">,
  unit: RosterUnit,
  tree?: JurisdictionTree.JurisdictionTree
): "in" | "out" | "undetermined" => {
  const s = campaign.scope
  if (!s.jurisdictions.some((j) => isWithinJurisdiction(unit.jurisdiction, j, tree))) return "out"
  if (s.sectors !== undefined && !intersects(unit.sectors, s.sectors) && !intersects(unit.otherSectors, s.sectorNotes)) return "out"
  if (s.unitKinds !== undefined) {
    if (unit.unitKinds === undefined) return "undetermined"
    if (!intersects(unit.unitKinds, s.unitKinds)) return "out"
  }
  return "in"
}

const historyOf = (h: CampaignHazard | Hazard): ReadonlyArray<HazardStateChange> | undefined =>
  "history" in h ? h.history : undefined

/**
 * A hazard's state on `asOf` (see the module doc): `undefined` before its discovery; `open` when,
 * without a history, the hazard is closed today but was not yet closed on `asOf` (the state it
 * was in then is not recorded).
 *
 * @since 0.1.0
 */
export const hazardStateAsOf = (h: CampaignHazard | Hazard, asOf: Date): HazardState | "open" | undefined => {
  const t = asOf.getTime()
  if (h.discoveredOn.getTime() > t) return undefined
  const history = historyOf(h)
  if (history !== undefined && history.length > 0) {
    let state: HazardState = "reported"
    for (const step of history) if (step.on.getTime() <= t) state = step.state
    return state
  }
  if (h.state === "closed") return h.closedOn === undefined || h.closedOn.getTime() <= t ? "closed" : "open"
  return h.state
}

/**
 * The day a hazard was last closed on or before `asOf`, when known: from its history, else
 * `closedOn`.
 *
 * @since 0.1.0
 */
export const closureDateAsOf = (h: CampaignHazard | Hazard, asOf: Date): Date | undefined => {
  if (hazardStateAsOf(h, asOf) !== "closed") return undefined
  const history = historyOf(h)
  if (history !== undefined && history.length > 0) {
    const closes = history.filter((s) => s.state === "closed" && s.on.getTime() <= asOf.getTime())
    return closes[closes.length - 1]?.on
  }
  return h.closedOn
}

const rate = (n: number, d: number): number | undefined => (d === 0 ? undefined : n / d)

const tallyHazards = (hazards: ReadonlyArray<CampaignHazard | Hazard>, asOf: Date): HazardTally => {
  let major = 0, fixed = 0, overdue = 0
  for (const h of hazards) {
    if (h.level === "major") major++
    const closed = hazardStateAsOf(h, asOf) === "closed"
    if (closed) fixed++
    else if (h.deadline !== undefined && asOf.getTime() > h.deadline.getTime()) overdue++
  }
  const found = hazards.length
  return { found, major, fixed, open: found - fixed, overdue, rectificationRate: rate(fixed, found), overdueRate: rate(overdue, found) }
}

const within = (w: DateWindow | undefined, d: Date): boolean => w === undefined || CalendarDate.isWithin(w, d)

/**
 * A campaign's progress as of `asOf` (a calendar day). Pure.
 *
 * @example
 * ```ts
 * const p = campaignProgress({ campaign, roster, hazards, inspections, reports }, CalendarDate.make("2024-08-01"))
 * p.currentPhases.map((x) => x.name) // ["集中整治"]
 * p.units.rate                        // share of units in scope inspected so far
 * p.targets.map((t) => [t.metric, t.actual, t.met])
 * ```
 * @since 0.1.0
 */
export const campaignProgress = (input: ProgressInput, asOf: Date): CampaignProgress => {
  const { campaign, tree } = input
  const t = asOf.getTime()
  const window = campaignWindow(campaign)
  const status = window !== undefined && t < window.from.getTime()
    ? "not-started"
    : window?.to !== undefined && t > window.to.getTime()
    ? "ended"
    : "running"

  // ---- units ----
  const inScope: Array<RosterUnit> = []
  const undetermined: Array<string> = []
  let outOfScope = 0
  const roster = new Map<string, RosterUnit>()
  for (const u of input.roster) {
    roster.set(u.creditCode, u)
    const s = unitScope(campaign, u, tree)
    if (s === "in") inScope.push(u)
    else if (s === "undetermined") undetermined.push(u.creditCode)
    else outOfScope++
  }
  const scoped = new Set(inScope.map((u) => u.creditCode))

  // ---- inspections ----
  const inspections = input.inspections.filter((i) =>
    scoped.has(i.subject) &&
    i.inspectedOn.getTime() <= t &&
    within(window, i.inspectedOn) &&
    (i.campaignId === undefined || i.campaignId === campaign.id)
  )
  const coveredBy = (units: ReadonlyArray<RosterUnit>, kinds?: ReadonlyArray<InspectorKind>) => {
    const codes = new Set(units.map((u) => u.creditCode))
    return new Set(inspections.filter((i) => codes.has(i.subject) && (kinds === undefined || kinds.includes(i.inspectorKind))).map((i) => i.subject))
  }
  const covered = coveredBy(inScope)
  const byKind = (k: InspectorKind) => coveredBy(inScope, [k]).size
  const units: UnitCoverage = {
    inScope: inScope.length,
    covered: covered.size,
    rate: rate(covered.size, inScope.length),
    byInspector: { self: byKind("self"), government: byKind("government"), expert: byKind("expert") },
    uncovered: inScope.filter((u) => !covered.has(u.creditCode)).map((u) => ({ creditCode: u.creditCode, name: u.name })),
    outOfScope,
    undetermined
  }

  // ---- checklist ----
  // The latest result per (unit, item), by inspection date (input order breaks ties: later wins).
  const latest = new Map<string, { on: number; outcome: string }>()
  for (const i of inspections) {
    for (const r of i.results) {
      if (r.outcome === "not-checked") continue
      const key = `${i.subject}\u0000${r.itemId}`
      const prev = latest.get(key)
      if (prev === undefined || i.inspectedOn.getTime() >= prev.on) latest.set(key, { on: i.inspectedOn.getTime(), outcome: r.outcome })
    }
  }
  const itemProgress = (item: ChecklistItemSpec, units: ReadonlyArray<RosterUnit>): ItemProgress => {
    const applicable = units.filter((u) => itemApplies(item, u))
    let pass = 0, fail = 0, na = 0
    for (const u of applicable) {
      const r = latest.get(`${u.creditCode}\u0000${item.id}`)
      if (r?.outcome === "pass") pass++
      else if (r?.outcome === "fail") fail++
      else if (r?.outcome === "not-applicable") na++
    }
    return {
      id: item.id,
      text: item.text,
      ...(item.group === undefined ? {} : { group: item.group }),
      applicableUnits: applicable.length,
      checkedUnits: pass + fail + na,
      pass,
      fail,
      notApplicable: na,
      ...(item.ruleIds === undefined || item.ruleIds.length === 0 ? {} : { ruleHazards: ruleHazardsOf(item, applicable) })
    }
  }
  const ruleHazardsOf = (item: ChecklistItemSpec, applicable: ReadonlyArray<RosterUnit>) => {
    const rules = new Set(item.ruleIds)
    const codes = new Set(applicable.map((u) => u.creditCode))
    const found = counted.filter((h) => h.source.ruleId !== undefined && rules.has(h.source.ruleId) && codes.has(h.subject))
    return { ...tallyHazards(found, asOf), units: new Set(found.map((h) => h.subject)).size }
  }
  const pairsOf = (units: ReadonlyArray<RosterUnit>) => {
    const items = campaign.checklist.map((item) => itemProgress(item, units))
    const applicable = items.reduce((n, i) => n + i.applicableUnits, 0)
    const checked = items.reduce((n, i) => n + i.checkedUnits, 0)
    return { items, applicable, checked }
  }

  // ---- hazards ----
  const excluded = {
    notYetDiscovered: 0,
    outsideWindow: 0,
    outsideJurisdiction: 0,
    outsideSectors: 0,
    subjectOutOfScope: 0,
    subjectNotOnRoster: 0
  }
  const unlisted = new Set<string>()
  const counted: Array<CampaignHazard | Hazard> = []
  for (const h of input.hazards) {
    if (h.discoveredOn.getTime() > t) excluded.notYetDiscovered++
    else if (!within(window, h.discoveredOn)) excluded.outsideWindow++
    else if (!campaign.scope.jurisdictions.some((j) => isWithinJurisdiction(h.jurisdiction, j, tree))) excluded.outsideJurisdiction++
    else if (campaign.scope.sectors !== undefined && !campaign.scope.sectors.includes(h.sector)) excluded.outsideSectors++
    else if (!roster.has(h.subject)) {
      excluded.subjectNotOnRoster++
      unlisted.add(h.subject)
    } else if (!scoped.has(h.subject)) excluded.subjectOutOfScope++
    else counted.push(h)
  }
  // The checklist after the hazards: an item that links rules counts their findings.
  const all = pairsOf(inScope)
  const checklist: ChecklistProgress = {
    items: all.items,
    itemsTotal: all.items.length,
    itemsChecked: all.items.filter((i) => i.checkedUnits > 0).length,
    pairs: { applicable: all.applicable, checked: all.checked, rate: rate(all.checked, all.applicable) }
  }
  const undatedClosures = counted
    .filter((h) => (historyOf(h) === undefined || historyOf(h)!.length === 0) && h.state === "closed" && h.closedOn === undefined)
    .map((h) => h.id)

  const phases: Array<PhaseProgress> = campaign.phases.map((p: PhaseSpec, index) => {
    const found = counted.filter((h) => CalendarDate.isWithin(p.window, h.discoveredOn))
    const closedDuring = counted.filter((h) => {
      const c = closureDateAsOf(h, asOf)
      return c !== undefined && CalendarDate.isWithin(p.window, c)
    }).length
    const phaseStatus = t < p.window.from.getTime() ? "upcoming" : p.window.to !== undefined && t > p.window.to.getTime() ? "past" : "current"
    return {
      index,
      ...(p.id === undefined ? {} : { id: p.id }),
      name: p.name,
      ...(p.kind === undefined ? {} : { kind: p.kind }),
      window: p.window,
      status: phaseStatus,
      hazards: { ...tallyHazards(found, asOf), closedDuring }
    }
  })
  const outsidePhases = campaign.phases.length === 0
    ? 0
    : counted.filter((h) => !campaign.phases.some((p) => CalendarDate.isWithin(p.window, h.discoveredOn))).length

  // ---- reports ----
  const states = reportStates(
    reportObligations(campaign, { reporters: input.reporters, until: asOf }),
    input.reports ?? [],
    asOf
  )
  const summary = summarizeReports(states)

  // ---- targets ----
  const targets = campaign.targets.map((target: TargetSpec): TargetAttainment => {
    const units = inScope.filter((u) => unitMatches(u, target.appliesTo))
    const codes = new Set(units.map((u) => u.creditCode))
    const hazards = counted.filter((h) => codes.has(h.subject))
    let numerator: number, denominator: number
    switch (target.metric) {
      case "inspection-coverage":
        numerator = coveredBy(units, target.inspectorKinds).size
        denominator = units.length
        break
      case "self-inspection-coverage":
        numerator = coveredBy(units, ["self"]).size
        denominator = units.length
        break
      case "rectification-rate": {
        const tally = tallyHazards(hazards, asOf)
        numerator = tally.fixed
        denominator = tally.found
        break
      }
      case "overdue-rate": {
        const tally = tallyHazards(hazards, asOf)
        numerator = tally.overdue
        denominator = tally.found
        break
      }
      case "checklist-coverage": {
        const p = pairsOf(units)
        numerator = p.checked
        denominator = p.applicable
        break
      }
      case "reports-on-time":
        numerator = summary.onTime
        denominator = summary.decided
        break
    }
    const comparison = target.comparison ?? defaultComparison(target.metric)
    const actual = rate(numerator, denominator)
    return {
      metric: target.metric,
      value: target.value,
      comparison,
      numerator,
      denominator,
      actual,
      met: actual === undefined ? undefined : comparison === "at-least" ? actual >= target.value : actual <= target.value,
      ...(target.description === undefined ? {} : { description: target.description })
    }
  })

  return {
    campaignId: campaign.id,
    asOf,
    window,
    status,
    currentPhases: phases.filter((p) => p.status === "current"),
    phases,
    units,
    checklist,
    hazards: {
      total: tallyHazards(counted, asOf),
      outsidePhases,
      undatedClosures,
      excluded,
      unlistedSubjects: [...unlisted]
    },
    reports: { states, summary },
    targets
  }
}

/**
 * 进展输入 — the data of `ProgressInput` at an input boundary (the jurisdiction tree is passed
 * separately, already validated).
 *
 * @since 0.1.0
 */
export const ProgressData = Schema.Struct({
  campaign: CampaignSpec,
  roster: CampaignRoster,
  hazards: Schema.Array(CampaignHazard),
  inspections: Schema.Array(Inspection),
  reports: Schema.optionalKey(Schema.Array(SubmittedReport)),
  reporters: Schema.optionalKey(Schema.Array(Text))
}).annotate({ identifier: "ProgressData", description: "进展输入 — campaign, roster, hazards, inspections, reports?, reporters?" })
/** @since 0.1.0 */
export type ProgressData = typeof ProgressData.Type

/**
 * Options of the Effect and Promise entries.
 *
 * @since 0.1.0
 */
export interface ProgressOptions {
  /** `Date`, `YYYY-MM-DD` or an ISO instant; default today (Beijing time) by the `Clock`. */
  readonly asOf?: Date | string | undefined
  readonly tree?: JurisdictionTree.JurisdictionTree | undefined
}

/**
 * Effect entry of `campaignProgress`: decodes `ProgressData` (every problem, with its path) and
 * resolves the as-of date.
 *
 * @since 0.1.0
 */
export const campaignProgressEffect = (
  input: unknown,
  options: ProgressOptions = {}
): Effect.Effect<CampaignProgress, Schema.SchemaError | InvalidAsOfError> =>
  Effect.gen(function*() {
    const data = yield* Schema.decodeUnknownEffect(ProgressData)(input, { errors: "all" })
    const asOf = yield* resolveAsOfDate(options.asOf)
    return campaignProgress({ ...data, tree: options.tree }, asOf)
  })

/**
 * Promise entry of `campaignProgress` (see `campaignProgressEffect`).
 *
 * @since 0.1.0
 */
export const campaignProgressPromise = (input: unknown, options: ProgressOptions = {}): Promise<CampaignProgress> =>
  Effect.runPromise(campaignProgressEffect(input, options))
