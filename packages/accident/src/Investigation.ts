/**
 * 事故调查 — the investigation of an accident under 生产安全事故报告和调查处理条例 (国务院令第493号),
 * and its closure by 四不放过 (seed 003).
 *
 * - 第十九条: who investigates. 特别重大: 国务院; 重大 / 较大 / 一般: the provincial / 设区的市 /
 *   county government. A 一般 accident without casualties may be delegated by the county to the
 *   unit itself.
 * - 第二十九条: the 调查报告 is due **within 60 days**, extendable by **at most 60 days**.
 * - 第三十二条: the 批复 within **15 days** for 重大, 较大 and 一般; within **30 days** for 特别重大,
 *   extendable by **at most 30 days**.
 * - 第二十七条 (not in the regulation notes; read in the stored official text the notes cite, so
 *   `verified: false` until the notes carry it): the time a 技术鉴定 (technical appraisal) takes does
 *   not count toward the investigation period. Each `technicalAppraisals` window (both days counted;
 *   an open one up to the as-of day) moves the report deadline on by its days.
 *
 * The project's regulation notes (regulations.md §6) give these numbers and no more: they do not
 * say from which day the 60 and the 15/30 days run, whether they are calendar days, or whether the
 * first day counts. Those are {@link InvestigationOptions}, defaulting to the readings the rest of
 * this package uses (calendar days, Beijing time, the first day not counted; the report clock from
 * the accident day, the approval clock from the day the report was submitted), and every result
 * carries them in `counting` with `verified: false`.
 *
 * `checkInvestigation` turns one case into its deadlines, the required investigating level, the
 * closure checklist and findings in core's `Finding` shape (`ruleId` `accident-investigation/…`).
 * The closure checklist (四不放过, 结案备案) comes from seed 003, a local plan, not from a law: its
 * items are checklist items with the seed as their source, never findings with a law citation.
 *
 * @since 0.2.0
 */
import {
  Accident,
  type AccidentGrade,
  accidentGradeOf,
  CalendarDate,
  type Citation,
  type DecodeIssue,
  decodeIssues,
  type Finding,
  isWorkingDay,
  type Localized,
  PersonRef,
  type WorkingDayCalendar
} from "@anquan/core"
import { Effect, Result, Schema } from "effect"
import { type InvalidAsOfError, resolveAsOfDate } from "./AsOf.ts"
import { calendarDayOf, CHINA_UTC_OFFSET_MINUTES } from "./ChinaTime.ts"
import { REPORTING_REGULATION_IN_FORCE, reportingRegulation } from "./Citations.ts"
import { gradeLabel } from "./Grade.ts"
import type { DeadlineStatus } from "./Reporting.ts"
import type { UnsafeConditionsFinding } from "./Closure.ts"

const namedLiterals = <const L extends ReadonlyArray<string>>(values: L, identifier: string, what: string, description: string) =>
  Schema.Literals(values).annotate({
    identifier,
    description,
    message: `Expected ${what}: ${values.map((v) => JSON.stringify(v)).join(" | ")}`
  })

/**
 * The investigating levels, lowest first: `unit` the accident unit itself (委托事故发生单位组织
 * 调查), `county` 县级人民政府, `city` 设区的市级人民政府, `province` 省级人民政府,
 * `state-council` 国务院.
 *
 * @since 0.2.0
 */
export const InvestigatingLevels = ["unit", "county", "city", "province", "state-council"] as const

/**
 * 调查层级 — who investigated (or investigates) the accident.
 *
 * @since 0.2.0
 */
export const InvestigatingLevel = namedLiterals(
  InvestigatingLevels,
  "InvestigatingLevel",
  "an investigating level (调查层级)",
  "调查层级 — unit 事故发生单位（受委托） | county 县级人民政府 | city 设区的市级人民政府 | province 省级人民政府 | state-council 国务院"
)
/** @since 0.2.0 */
export type InvestigatingLevel = typeof InvestigatingLevel.Type

const LEVEL_LABELS: { readonly [L in InvestigatingLevel]: Localized } = {
  unit: { "zh-CN": "事故发生单位（受委托）", en: "the accident unit (delegated)" },
  county: { "zh-CN": "县级人民政府", en: "the county government" },
  city: { "zh-CN": "设区的市级人民政府", en: "the city government" },
  province: { "zh-CN": "省级人民政府", en: "the provincial government" },
  "state-council": { "zh-CN": "国务院", en: "the State Council" }
}

/** The name of an investigating level. @since 0.2.0 */
export const investigatingLevelLabel = (level: InvestigatingLevel, locale: "zh-CN" | "en"): string => LEVEL_LABELS[level][locale]

const rankOf = (level: InvestigatingLevel): number => InvestigatingLevels.indexOf(level)

/**
 * 负责调查的层级 (第十九条): 特别重大 → `state-council`, 重大 → `province`, 较大 → `city`,
 * 一般 → `county`.
 *
 * @since 0.2.0
 */
export const requiredInvestigatingLevel = (grade: AccidentGrade): Exclude<InvestigatingLevel, "unit"> =>
  grade === "especially-serious" ? "state-council" : grade === "serious" ? "province" : grade === "relatively-serious" ? "city" : "county"

/**
 * Whether the county may delegate the investigation to the unit itself (第十九条): only a 一般
 * accident without casualties. `indeterminate` when the accident has no deaths, serious injuries or
 * missing persons but its minor injuries (`minorInjuries`) are not stated: "无人员伤亡" covers them.
 *
 * @since 0.2.0
 */
export const delegationToUnit = (accident: Accident): "allowed" | "not-allowed" | "indeterminate" => {
  if (accidentGradeOf(accident) !== "general") return "not-allowed"
  if (accident.deaths > 0 || accident.seriousInjuries > 0 || (accident.missing ?? 0) > 0) return "not-allowed"
  if (accident.minorInjuries === undefined) return "indeterminate"
  return accident.minorInjuries > 0 ? "not-allowed" : "allowed"
}

const PositiveDays = Schema.Int.check(Schema.isGreaterThan(0)).annotate({ description: "a number of days, at least 1" })

/**
 * 延期 — an extension of a deadline: how many days, approved on which day, by whom. An extension
 * counts from the day it is approved (before that the as-of check does not know it).
 *
 * @since 0.2.0
 */
export const InvestigationExtension = Schema.Struct({
  days: PositiveDays,
  approvedOn: CalendarDate.CalendarDate,
  by: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "InvestigationExtension", description: "延期 — days, approvedOn, by?" })
/** @since 0.2.0 */
export type InvestigationExtension = typeof InvestigationExtension.Type

/**
 * 责任认定 — a person the investigation held responsible and the accountability rule of
 * `@anquan/responsibility` (`AccountabilityRule.id`, e.g. `enterprise-direct`) under which they
 * answer, with their role under it when the rule names several (`principal`, `charge-leader`, …),
 * and the day they were dealt with. `@anquan/responsibility`'s `accountabilityForInvestigation`
 * feeds them into the accountability of the accident (and checks the rule and role there).
 *
 * @since 0.2.0
 */
export const ResponsibilityDetermination = Schema.Struct({
  person: PersonRef,
  accountabilityRule: Schema.NonEmptyString,
  role: Schema.optionalKey(Schema.NonEmptyString),
  handledOn: Schema.optionalKey(CalendarDate.CalendarDate),
  note: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "ResponsibilityDetermination", description: "责任认定 — person, accountabilityRule, role?, handledOn?, note?" })
/** @since 0.2.0 */
export type ResponsibilityDetermination = typeof ResponsibilityDetermination.Type

/**
 * 结案 — the closure record: the four 四不放过 items as established (absent = not known; an absent
 * `responsibleHandled` is derived from `InvestigationCase.responsible`: done when every person
 * there has a `handledOn` by the as-of day) and the 事故结案备案 (filed on, with whom).
 *
 * @since 0.2.0
 */
export const CaseClosure = Schema.Struct({
  causeIdentified: Schema.optionalKey(Schema.Boolean),
  responsibleHandled: Schema.optionalKey(Schema.Boolean),
  measuresTaken: Schema.optionalKey(Schema.Boolean),
  lessonsLearned: Schema.optionalKey(Schema.Boolean),
  filedOn: Schema.optionalKey(CalendarDate.CalendarDate),
  filedWith: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "CaseClosure", description: "结案 — 四不放过 items and 结案备案" })
/** @since 0.2.0 */
export type CaseClosure = typeof CaseClosure.Type

/**
 * 技术鉴定 — a technical appraisal during the investigation, from one day to another (both counted;
 * `to` absent: still running). Its days do not count toward the report deadline (第二十七条).
 *
 * @since 0.2.0
 */
export const TechnicalAppraisal = Schema.Struct({
  from: CalendarDate.CalendarDate,
  to: Schema.optionalKey(CalendarDate.CalendarDate),
  note: Schema.optionalKey(Schema.String)
}).annotate({ description: "技术鉴定 — from, to? (both counted; absent = running), note?" }).check(Schema.makeFilter((a) =>
  a.to !== undefined && a.to.getTime() < a.from.getTime() ? { path: ["to"], issue: "an appraisal cannot end before it starts" } : undefined
)).annotate({ identifier: "TechnicalAppraisal" })
/** @since 0.2.0 */
export type TechnicalAppraisal = typeof TechnicalAppraisal.Type

/** The citation of 第二十七条 (技术鉴定 time not counted): not in the regulation notes, so unverified. @since 0.2.0 */
export const TECHNICAL_APPRAISAL_CITATION: Citation = { document: "accident-reporting-2007", article: 27, verified: false }

/**
 * 事故调查案件 — one accident's investigation: the accident (core `Accident`), who investigates, the
 * day it started, extensions of the report deadline, the day the 调查报告 was submitted,
 * extensions of the approval deadline, the day of the 批复, whether the investigation found that a
 * lack of safe conditions caused the accident, the people it held responsible, and the closure.
 * Nothing may be dated before the accident's day; the approval cannot precede the report.
 *
 * @since 0.2.0
 */
export const InvestigationCase = Schema.Struct({
  accident: Accident,
  investigatedBy: Schema.optionalKey(InvestigatingLevel),
  startedOn: Schema.optionalKey(CalendarDate.CalendarDate),
  reportExtensions: Schema.optionalKey(Schema.Array(InvestigationExtension)),
  technicalAppraisals: Schema.optionalKey(Schema.Array(TechnicalAppraisal)),
  reportSubmittedOn: Schema.optionalKey(CalendarDate.CalendarDate),
  approvalExtensions: Schema.optionalKey(Schema.Array(InvestigationExtension)),
  approvedOn: Schema.optionalKey(CalendarDate.CalendarDate),
  unsafeConditionsCaused: Schema.optionalKey(Schema.Boolean),
  responsible: Schema.optionalKey(Schema.Array(ResponsibilityDetermination)),
  closure: Schema.optionalKey(CaseClosure)
}).annotate({ description: "事故调查案件 — an accident with its investigation, report, approval and closure" }).check(
  Schema.makeFilter((c) => {
    const issues: Array<Schema.FilterIssue> = []
    const day0 = calendarDayOf(c.accident.occurredAt).getTime()
    const notBefore = (d: Date | undefined, path: ReadonlyArray<string | number>) => {
      if (d !== undefined && d.getTime() < day0) issues.push({ path, issue: "cannot be dated before the day of the accident" })
    }
    notBefore(c.startedOn, ["startedOn"])
    notBefore(c.reportSubmittedOn, ["reportSubmittedOn"])
    notBefore(c.approvedOn, ["approvedOn"])
    notBefore(c.closure?.filedOn, ["closure", "filedOn"])
    c.reportExtensions?.forEach((e, i) => notBefore(e.approvedOn, ["reportExtensions", i, "approvedOn"]))
    c.approvalExtensions?.forEach((e, i) => notBefore(e.approvedOn, ["approvalExtensions", i, "approvedOn"]))
    c.technicalAppraisals?.forEach((a, i) => notBefore(a.from, ["technicalAppraisals", i, "from"]))
    c.responsible?.forEach((r, i) => notBefore(r.handledOn, ["responsible", i, "handledOn"]))
    if (c.approvedOn !== undefined && c.reportSubmittedOn === undefined) {
      issues.push({ path: ["reportSubmittedOn"], issue: "an approved investigation needs the day its report was submitted" })
    }
    if (c.approvedOn !== undefined && c.reportSubmittedOn !== undefined && c.approvedOn.getTime() < c.reportSubmittedOn.getTime()) {
      issues.push({ path: ["approvedOn"], issue: "the approval cannot precede the report" })
    }
    if (c.startedOn !== undefined && c.reportSubmittedOn !== undefined && c.reportSubmittedOn.getTime() < c.startedOn.getTime()) {
      issues.push({ path: ["reportSubmittedOn"], issue: "the report cannot precede the start of the investigation" })
    }
    return issues
  })
).annotate({ identifier: "InvestigationCase" })
/** @since 0.2.0 */
export type InvestigationCase = typeof InvestigationCase.Type

/**
 * How days are counted — choices the regulation notes leave open (see the module doc).
 *
 * @since 0.2.0
 */
export interface InvestigationOptions {
  /**
   * From which day the 60 days of 第二十九条 run: `accident-day` (default; the accident's calendar
   * day, Beijing time) or `investigation-start` (`startedOn`; without it, the accident day).
   */
  readonly reportClockFrom?: "accident-day" | "investigation-start" | undefined
  /**
   * Whether the day the clock starts on is day 1 (`included`) or day 0 (`excluded`, default: "60日内"
   * ends with the 60th day after it, as this package counts 第十三条's 30 days).
   */
  readonly firstDay?: "excluded" | "included" | undefined
  /**
   * `calendar` (default) or `working` days (then `calendar` or `isWorkingDay` is required: no holiday
   * calendar is built in).
   */
  readonly dayKind?: "calendar" | "working" | undefined
  /**
   * With `dayKind: "working"`: the working-day calendar (`@anquan/core`'s `WorkingDayCalendar`, the
   * one `@anquan/enforcement` counts 第七十八条 with): Monday to Friday, minus its holidays, plus its
   * adjusted working days.
   *
   * @since 0.2.0
   */
  readonly calendar?: WorkingDayCalendar | undefined
  /** With `dayKind: "working"`: whether a calendar day (a UTC-midnight `Date`) is a working day (takes precedence over `calendar`). */
  readonly isWorkingDay?: ((day: Date) => boolean) | undefined
  /** Offset of local time from UTC for the accident's calendar day (default 480, Beijing time). */
  readonly utcOffsetMinutes?: number | undefined
}

/**
 * The day-counting choices a result was computed with. `verified: false`: regulations.md §6 does not
 * state them (the article numbers and the numbers of days are verified).
 *
 * @since 0.2.0
 */
export interface DayCounting {
  readonly reportClockFrom: "accident-day" | "investigation-start"
  readonly approvalClockFrom: "report-submitted"
  readonly firstDay: "excluded" | "included"
  readonly dayKind: "calendar" | "working"
  /** 技术鉴定 days (第二十七条) move the report deadline on as calendar days, both ends counted. */
  readonly technicalAppraisalDays: "calendar-inclusive"
  readonly verified: false
}

/** The statutory numbers of days (第二十九条, 第三十二条). @since 0.2.0 */
export const INVESTIGATION_DAYS = {
  report: 60,
  reportExtensionMax: 60,
  approval: 15,
  approvalEspeciallySerious: 30,
  approvalExtensionMaxEspeciallySerious: 30
} as const

/**
 * The deadline `days` days from `start` under the counting options: `excluded` — the `days`-th
 * counted day after `start`; `included` — `start` is day 1 when it counts.
 *
 * @since 0.2.0
 */
export const deadlineFrom = (start: Date, days: number, options: InvestigationOptions = {}): Date => {
  const working = (options.dayKind ?? "calendar") === "working"
  if (working && options.isWorkingDay === undefined && options.calendar === undefined) {
    throw new RangeError("dayKind \"working\" needs a calendar (or isWorkingDay): no holiday calendar is built in")
  }
  const calendar = options.calendar
  const counts = !working ? () => true : options.isWorkingDay ?? ((d: Date) => isWorkingDay(d, calendar))
  let cursor = start
  let n = (options.firstDay ?? "excluded") === "included" && counts(start) ? 1 : 0
  while (n < days) {
    cursor = CalendarDate.addDays(cursor, 1)
    if (counts(cursor)) n++
  }
  return cursor
}

/**
 * One item of the closure checklist: 四不放过 (four items) and 事故结案备案. `source` names seed 003
 * (a city's 2010 work-safety plan), not a law: the seed names the principle (“四不放过”), stresses
 * 落实防范措施 and 吸取事故教训, and asks for 事故结案备案; it does not list the four items, whose
 * wording here is the usual one (`verified: false`).
 *
 * @since 0.2.0
 */
export interface ClosureChecklistItem {
  readonly id: "cause-identified" | "responsible-handled" | "measures-taken" | "lessons-learned" | "filed"
  readonly title: Localized
  readonly status: "done" | "not-done" | "unknown"
  readonly source: { readonly seed: "003"; readonly quote: string; readonly verified: boolean }
  readonly on?: Date
}

const SEED_003_PRINCIPLE = "按照“四不放过”和“依法依规、实事求是、注重实效”的原则,严肃查处各类事故。突出抓好落实防范措施和吸取事故教训两个重点"
const SEED_003_FILING = "做好事故结案备案工作,及时向社会公布事故查处结果"

const CHECKLIST: ReadonlyArray<{ id: ClosureChecklistItem["id"]; title: Localized; quote: string; verified: boolean }> = [
  { id: "cause-identified", title: { "zh-CN": "事故原因未查清不放过", en: "Not closed until the cause is found" }, quote: SEED_003_PRINCIPLE, verified: false },
  { id: "responsible-handled", title: { "zh-CN": "事故责任者未受到处理不放过", en: "Not closed until those responsible are dealt with" }, quote: SEED_003_PRINCIPLE, verified: false },
  { id: "measures-taken", title: { "zh-CN": "整改（防范）措施未落实不放过", en: "Not closed until the rectification (preventive) measures are in place" }, quote: SEED_003_PRINCIPLE, verified: true },
  { id: "lessons-learned", title: { "zh-CN": "有关人员未受到教育、未吸取教训不放过", en: "Not closed until the lessons are learned" }, quote: SEED_003_PRINCIPLE, verified: true },
  { id: "filed", title: { "zh-CN": "事故结案备案", en: "Case closure filed (结案备案)" }, quote: SEED_003_FILING, verified: true }
]

/**
 * An investigation finding: core's `Finding` plus the accident and the level answerable. `kind` is
 * `reporting`: the breach of a procedural duty (a deadline, a level), not an accident hazard; a
 * hazard ledger skips it.
 *
 * @since 0.2.0
 */
export interface InvestigationFinding extends Finding {
  readonly kind: "reporting"
  readonly accidentId: string
  readonly party: InvestigatingLevel
}

/**
 * The `ruleId`s of investigation findings.
 *
 * @since 0.2.0
 */
export const InvestigationRuleIds = [
  "accident-investigation/level-below-required",
  "accident-investigation/delegation-not-allowed",
  "accident-investigation/report-overdue",
  "accident-investigation/report-extension-over-limit",
  "accident-investigation/approval-overdue",
  "accident-investigation/approval-extension-over-limit"
] as const
/** @since 0.2.0 */
export type InvestigationRuleId = (typeof InvestigationRuleIds)[number]

const RULES: { readonly [R in InvestigationRuleId]: { readonly citation: Citation; readonly title: Localized } } = {
  "accident-investigation/level-below-required": {
    citation: reportingRegulation(19),
    title: { "zh-CN": "事故由低于法定层级的人民政府调查", en: "Investigated below the level the grade requires" }
  },
  "accident-investigation/delegation-not-allowed": {
    citation: reportingRegulation(19),
    title: { "zh-CN": "不得委托事故发生单位调查的事故交由单位自行调查", en: "Delegated to the unit though it had casualties or is not 一般" }
  },
  "accident-investigation/report-overdue": {
    citation: reportingRegulation(29),
    title: { "zh-CN": "事故调查报告超过期限提交", en: "Investigation report past its deadline" }
  },
  "accident-investigation/report-extension-over-limit": {
    citation: reportingRegulation(29),
    title: { "zh-CN": "调查报告期限延长超过60日", en: "Report deadline extended by more than 60 days" }
  },
  "accident-investigation/approval-overdue": {
    citation: reportingRegulation(32),
    title: { "zh-CN": "事故调查报告批复超过期限", en: "Approval of the investigation report past its deadline" }
  },
  "accident-investigation/approval-extension-over-limit": {
    citation: reportingRegulation(32),
    title: { "zh-CN": "批复期限延长不合规定", en: "Approval deadline extended beyond what 第三十二条 allows" }
  }
}

/**
 * A deadline of the investigation: when its clock started, the statutory days, the extension days
 * granted as of the check (capped at the maximum) and requested (as given), the deadline, when it
 * was done, and its status. `waiting`: the clock has not started (no report yet to approve).
 *
 * @since 0.2.0
 */
export interface InvestigationDeadline {
  readonly clockStartsOn?: Date
  readonly days: number
  readonly extensionDays: number
  readonly extensionDaysRequested: number
  readonly extensionDaysMax: number
  /** Days not counted (技术鉴定, 第二十七条; report only, see `TECHNICAL_APPRAISAL_CITATION`). */
  readonly excludedDays: number
  readonly deadline?: Date
  readonly doneOn?: Date
  readonly status: DeadlineStatus | "waiting"
}

/**
 * The result of `checkInvestigation`.
 *
 * @since 0.2.0
 */
export interface InvestigationCheck {
  readonly accidentId: string
  readonly asOf: Date
  /** `false` for an accident before 2007-06-01: no deadlines, no findings. */
  readonly applicable: boolean
  readonly grade: AccidentGrade
  readonly level: {
    readonly required: Exclude<InvestigatingLevel, "unit">
    readonly investigatedBy?: InvestigatingLevel
    readonly delegationToUnit: "allowed" | "not-allowed" | "indeterminate"
    /** `as-required`, `higher` (a higher government took it on), `below-required`, `delegated` (to the unit, allowed or not), `unknown`. */
    readonly status: "as-required" | "higher" | "below-required" | "delegated" | "unknown"
  }
  readonly counting: DayCounting
  readonly report: InvestigationDeadline
  readonly approval: InvestigationDeadline
  readonly closure: {
    readonly items: ReadonlyArray<ClosureChecklistItem>
    /** `closed`: every item done by the as-of day; else `open`. */
    readonly status: "closed" | "open"
  }
  /** What the investigation found on safe conditions, for `closureTriggers` (安全生产法 第一百一十三条(三)). */
  readonly unsafeConditionsFinding?: UnsafeConditionsFinding
  readonly findings: ReadonlyArray<InvestigationFinding>
}

const sumDays = (extensions: ReadonlyArray<InvestigationExtension> | undefined, asOf: Date) =>
  (extensions ?? []).filter((e) => e.approvedOn.getTime() <= asOf.getTime()).reduce((n, e) => n + e.days, 0)

const statusOf = (deadline: Date, doneOn: Date | undefined, asOf: Date): DeadlineStatus =>
  doneOn !== undefined
    ? doneOn.getTime() <= deadline.getTime() ? "on-time" : "late"
    : asOf.getTime() > deadline.getTime() ? "overdue" : "pending"

const byAsOf = (d: Date | undefined, asOf: Date): Date | undefined => d !== undefined && d.getTime() <= asOf.getTime() ? d : undefined

/**
 * Checks one investigation as of a calendar day (facts dated after it do not count yet). Pure;
 * throws a `RangeError` only for `dayKind: "working"` without `isWorkingDay`.
 *
 * @example
 * ```ts
 * const check = checkInvestigation(Schema.decodeUnknownSync(InvestigationCase)(json), CalendarDate.make("2024-07-15"))
 * check.report.deadline    // 2024-06-30: 60 days after the accident day 2024-05-01
 * check.report.status      // "overdue"
 * check.findings.map((f) => f.ruleId) // ["accident-investigation/report-overdue"]
 * ```
 * @since 0.2.0
 */
export const checkInvestigation = (c: InvestigationCase, asOf: Date, options: InvestigationOptions = {}): InvestigationCheck => {
  const offset = options.utcOffsetMinutes ?? CHINA_UTC_OFFSET_MINUTES
  const a = c.accident
  const grade = accidentGradeOf(a)
  const accidentDay = calendarDayOf(a.occurredAt, offset)
  const applicable = accidentDay.getTime() >= CalendarDate.make(REPORTING_REGULATION_IN_FORCE).getTime()
  const counting: DayCounting = {
    reportClockFrom: options.reportClockFrom ?? "accident-day",
    approvalClockFrom: "report-submitted",
    firstDay: options.firstDay ?? "excluded",
    dayKind: options.dayKind ?? "calendar",
    technicalAppraisalDays: "calendar-inclusive",
    verified: false
  }
  const fmt = CalendarDate.format
  const findings: Array<InvestigationFinding> = []
  const add = (ruleId: InvestigationRuleId, party: InvestigatingLevel, details: Localized, evidence: ReadonlyArray<{ path: string; value: unknown }>) => {
    if (!applicable) return
    findings.push({
      ruleId,
      pack: "accident",
      ruleVersion: REPORTING_REGULATION_IN_FORCE,
      outcome: "violation",
      severity: "general",
      kind: "reporting",
      citation: RULES[ruleId].citation,
      title: RULES[ruleId].title,
      details,
      evidence,
      accidentId: a.id,
      party
    })
  }

  // 第十九条: the level.
  const required = requiredInvestigatingLevel(grade)
  const delegation = delegationToUnit(a)
  const by = c.investigatedBy
  const levelStatus = by === undefined ? "unknown" : by === "unit" ? "delegated" : rankOf(by) === rankOf(required) ? "as-required" : rankOf(by) > rankOf(required) ? "higher" : "below-required"
  if (levelStatus === "below-required") {
    add("accident-investigation/level-below-required", by!, {
      "zh-CN": `${gradeLabel(grade, "zh-CN")}应由${LEVEL_LABELS[required]["zh-CN"]}负责调查，实际由${LEVEL_LABELS[by!]["zh-CN"]}调查`,
      en: `A ${gradeLabel(grade, "en")} is investigated by ${LEVEL_LABELS[required].en}; it was investigated by ${LEVEL_LABELS[by!].en}`
    }, [{ path: "investigatedBy", value: by }])
  }
  if (levelStatus === "delegated" && delegation === "not-allowed") {
    add("accident-investigation/delegation-not-allowed", "county", {
      "zh-CN": `只有未造成人员伤亡的一般事故可委托事故发生单位调查；本事故为${gradeLabel(grade, "zh-CN")}，死亡${a.deaths}人、重伤${a.seriousInjuries}人${a.minorInjuries === undefined ? "" : `、轻伤${a.minorInjuries}人`}`,
      en: `Only a 一般 accident without casualties may be delegated to the unit; this one is ${gradeLabel(grade, "en")} with ${a.deaths} dead and ${a.seriousInjuries} seriously injured${a.minorInjuries === undefined ? "" : `, ${a.minorInjuries} slightly injured`}`
    }, [{ path: "investigatedBy", value: by }, { path: "accident.deaths", value: a.deaths }, { path: "accident.seriousInjuries", value: a.seriousInjuries }])
  }

  // 第二十九条: the report, 60 days, extendable by at most 60.
  const reportStart = counting.reportClockFrom === "investigation-start" && c.startedOn !== undefined ? c.startedOn : accidentDay
  const reportRequested = sumDays(c.reportExtensions, asOf)
  const reportExtension = Math.min(reportRequested, INVESTIGATION_DAYS.reportExtensionMax)
  // 第二十七条: 技术鉴定 time does not count (an appraisal not yet started by the as-of day does not count yet)
  const appraisalDays = (c.technicalAppraisals ?? []).reduce((n, a) => {
    if (a.from.getTime() > asOf.getTime()) return n
    const end = a.to === undefined || a.to.getTime() > asOf.getTime() ? asOf : a.to
    return n + CalendarDate.daysBetween(a.from, end) + 1
  }, 0)
  const reportDeadline = CalendarDate.addDays(deadlineFrom(reportStart, INVESTIGATION_DAYS.report + reportExtension, options), appraisalDays)
  const submittedOn = byAsOf(c.reportSubmittedOn, asOf)
  const reportStatus = statusOf(reportDeadline, submittedOn, asOf)
  const party: InvestigatingLevel = by ?? required
  if (reportRequested > INVESTIGATION_DAYS.reportExtensionMax) {
    add("accident-investigation/report-extension-over-limit", party, {
      "zh-CN": `调查报告期限延长共${reportRequested}日，超过最长60日；按60日计算期限（${fmt(reportDeadline)}）`,
      en: `The report deadline was extended by ${reportRequested} days in all, more than the 60 allowed; the deadline counts 60 (${fmt(reportDeadline)})`
    }, [{ path: "reportExtensions", value: (c.reportExtensions ?? []).map((e) => ({ days: e.days, approvedOn: fmt(e.approvedOn) })) }])
  }
  if (reportStatus === "late" || reportStatus === "overdue") {
    const limit = `${INVESTIGATION_DAYS.report}${reportExtension > 0 ? `+${reportExtension}` : ""}${appraisalDays > 0 ? `+${appraisalDays}` : ""}`
    add("accident-investigation/report-overdue", party, reportStatus === "late"
      ? {
        "zh-CN": `调查报告于${fmt(submittedOn!)}提交，期限为${fmt(reportStart)}起${limit}日（${fmt(reportDeadline)}）`,
        en: `The report was submitted on ${fmt(submittedOn!)}; it was due ${limit} days from ${fmt(reportStart)} (${fmt(reportDeadline)})`
      }
      : {
        "zh-CN": `截至${fmt(asOf)}调查报告尚未提交，期限为${fmt(reportStart)}起${limit}日（${fmt(reportDeadline)}）`,
        en: `As of ${fmt(asOf)} the report has not been submitted; it was due ${limit} days from ${fmt(reportStart)} (${fmt(reportDeadline)})`
      }, [{ path: "reportSubmittedOn", value: submittedOn === undefined ? undefined : fmt(submittedOn) }, { path: counting.reportClockFrom === "investigation-start" && c.startedOn !== undefined ? "startedOn" : "accident.occurredAt", value: fmt(reportStart) }])
  }

  // 第三十二条: the approval, 15 days (特别重大: 30, extendable by at most 30).
  const especially = grade === "especially-serious"
  const approvalDays = especially ? INVESTIGATION_DAYS.approvalEspeciallySerious : INVESTIGATION_DAYS.approval
  const approvalMax = especially ? INVESTIGATION_DAYS.approvalExtensionMaxEspeciallySerious : 0
  const approvalRequested = sumDays(c.approvalExtensions, asOf)
  const approvalExtension = Math.min(approvalRequested, approvalMax)
  const approvedOn = byAsOf(c.approvedOn, asOf)
  // the government responsible for the investigation approves (a unit's delegated report: the county)
  const approver: InvestigatingLevel = by === undefined || by === "unit" ? required : by
  let approval: InvestigationDeadline
  if (submittedOn === undefined) {
    approval = { days: approvalDays, extensionDays: approvalExtension, extensionDaysRequested: approvalRequested, extensionDaysMax: approvalMax, excludedDays: 0, status: "waiting" }
  } else {
    const deadline = deadlineFrom(submittedOn, approvalDays + approvalExtension, options)
    const status = statusOf(deadline, approvedOn, asOf)
    approval = {
      clockStartsOn: submittedOn,
      days: approvalDays,
      extensionDays: approvalExtension,
      extensionDaysRequested: approvalRequested,
      extensionDaysMax: approvalMax,
      excludedDays: 0,
      deadline,
      ...(approvedOn === undefined ? {} : { doneOn: approvedOn }),
      status
    }
    if (status === "late" || status === "overdue") {
      const limit = `${approvalDays}${approvalExtension > 0 ? `+${approvalExtension}` : ""}`
      add("accident-investigation/approval-overdue", approver, status === "late"
        ? {
          "zh-CN": `调查报告于${fmt(submittedOn)}提交，${fmt(approvedOn!)}批复，期限为${limit}日（${fmt(deadline)}）`,
          en: `The report was submitted on ${fmt(submittedOn)} and approved on ${fmt(approvedOn!)}; approval was due in ${limit} days (${fmt(deadline)})`
        }
        : {
          "zh-CN": `调查报告于${fmt(submittedOn)}提交，截至${fmt(asOf)}尚未批复，期限为${limit}日（${fmt(deadline)}）`,
          en: `The report was submitted on ${fmt(submittedOn)}; as of ${fmt(asOf)} it has not been approved, due in ${limit} days (${fmt(deadline)})`
        }, [{ path: "approvedOn", value: approvedOn === undefined ? undefined : fmt(approvedOn) }, { path: "reportSubmittedOn", value: fmt(submittedOn) }])
    }
  }
  if (approvalRequested > approvalMax) {
    add("accident-investigation/approval-extension-over-limit", approver, especially
      ? {
        "zh-CN": `特别重大事故批复期限延长共${approvalRequested}日，超过最长30日`,
        en: `The approval of an especially serious accident was extended by ${approvalRequested} days in all, more than the 30 allowed`
      }
      : {
        "zh-CN": `${gradeLabel(grade, "zh-CN")}的批复期限（15日）不得延长，记录延长${approvalRequested}日`,
        en: `The 15-day approval of a ${gradeLabel(grade, "en")} cannot be extended; ${approvalRequested} days were recorded`
      }, [{ path: "approvalExtensions", value: (c.approvalExtensions ?? []).map((e) => ({ days: e.days, approvedOn: fmt(e.approvedOn) })) }])
  }

  // 四不放过 and 结案备案 (seed 003).
  const given = c.closure
  const items = CHECKLIST.map((item): ClosureChecklistItem => {
    const source = { seed: "003" as const, quote: item.quote, verified: item.verified }
    if (item.id === "filed") {
      const filedOn = byAsOf(given?.filedOn, asOf)
      return { id: item.id, title: item.title, status: filedOn === undefined ? "not-done" : "done", source, ...(filedOn === undefined ? {} : { on: filedOn }) }
    }
    const key = ({ "cause-identified": "causeIdentified", "responsible-handled": "responsibleHandled", "measures-taken": "measuresTaken", "lessons-learned": "lessonsLearned" } as const)[item.id]
    // 责任人员: when not stated, derived from the people the investigation held responsible
    const responsible = c.responsible ?? []
    const derived = key === "responsibleHandled" && responsible.length > 0
      ? responsible.every((r) => r.handledOn !== undefined && r.handledOn.getTime() <= asOf.getTime())
      : undefined
    const value = given?.[key] ?? derived
    return { id: item.id, title: item.title, status: value === undefined ? "unknown" : value ? "done" : "not-done", source }
  })

  return {
    accidentId: a.id,
    asOf,
    applicable,
    grade,
    level: { required, ...(by === undefined ? {} : { investigatedBy: by }), delegationToUnit: delegation, status: levelStatus },
    counting,
    report: {
      clockStartsOn: reportStart,
      days: INVESTIGATION_DAYS.report,
      extensionDays: reportExtension,
      extensionDaysRequested: reportRequested,
      extensionDaysMax: INVESTIGATION_DAYS.reportExtensionMax,
      excludedDays: appraisalDays,
      deadline: reportDeadline,
      ...(submittedOn === undefined ? {} : { doneOn: submittedOn }),
      status: reportStatus
    },
    approval,
    closure: { items, status: items.every((i) => i.status === "done") ? "closed" : "open" },
    ...(c.unsafeConditionsCaused === undefined ? {} : { unsafeConditionsFinding: { accident: a.id, unsafeConditionsCaused: c.unsafeConditionsCaused } as UnsafeConditionsFinding }),
    findings
  }
}

/**
 * Effect entry of `checkInvestigation`: decodes unknown input as an `InvestigationCase` (every bad
 * field reported, with its path) and checks it as of `options.asOf` — a `Date` (a calendar day), a
 * `YYYY-MM-DD` day, the Beijing day of an ISO instant or, when absent, today by the `Clock`.
 *
 * @since 0.2.0
 */
export const checkInvestigationEffect = (
  input: unknown,
  options: InvestigationOptions & { readonly asOf?: Date | string | undefined } = {}
): Effect.Effect<InvestigationCheck, Schema.SchemaError | InvalidAsOfError> =>
  Effect.gen(function* () {
    const c = yield* Schema.decodeUnknownEffect(InvestigationCase)(input, { errors: "all" })
    const asOf = yield* resolveAsOfDate(options.asOf, options.utcOffsetMinutes)
    return checkInvestigation(c, asOf, options)
  })

/**
 * Promise entry of `checkInvestigation` (see `checkInvestigationEffect`).
 *
 * @since 0.2.0
 */
export const checkInvestigationPromise = (
  input: unknown,
  options: InvestigationOptions & { readonly asOf?: Date | string | undefined } = {}
): Promise<InvestigationCheck> => Effect.runPromise(checkInvestigationEffect(input, options))

/**
 * The result of checking many cases: the checks of the cases that decoded, and every case that did
 * not, by its index, with its decode issues (paths start with the index). None is dropped.
 *
 * @since 0.2.0
 */
export interface InvestigationsCheck {
  readonly asOf: Date
  readonly checks: ReadonlyArray<InvestigationCheck>
  readonly rejected: ReadonlyArray<{ readonly index: number; readonly issues: ReadonlyArray<DecodeIssue> }>
  /** Counts over the cases checked: with a finding, report late or overdue, approval late or overdue, closure open. */
  readonly summary: {
    readonly cases: number
    readonly withFindings: number
    readonly reportOverdue: number
    readonly approvalOverdue: number
    readonly open: number
  }
}

/**
 * Checks an array of cases (unknown input) as of a day: each element is decoded on its own, so a bad
 * case is rejected with its index and path-precise issues and the others are still checked.
 *
 * @since 0.2.0
 */
export const checkInvestigations = (input: ReadonlyArray<unknown>, asOf: Date, options: InvestigationOptions = {}): InvestigationsCheck => {
  const decode = Schema.decodeUnknownResult(InvestigationCase)
  const checks: Array<InvestigationCheck> = []
  const rejected: Array<{ index: number; issues: ReadonlyArray<DecodeIssue> }> = []
  input.forEach((u, index) => {
    const r = decode(u, { errors: "all" })
    if (Result.isFailure(r)) rejected.push({ index, issues: decodeIssues(r.failure, [index]) })
    else checks.push(checkInvestigation(r.success, asOf, options))
  })
  const late = (d: InvestigationDeadline) => d.status === "late" || d.status === "overdue"
  return {
    asOf,
    checks,
    rejected,
    summary: {
      cases: checks.length,
      withFindings: checks.filter((c) => c.findings.length > 0).length,
      reportOverdue: checks.filter((c) => late(c.report)).length,
      approvalOverdue: checks.filter((c) => late(c.approval)).length,
      open: checks.filter((c) => c.closure.status === "open").length
    }
  }
}

/**
 * Effect entry of `checkInvestigations`: `input` must be an array (else a `SchemaError`); as-of as
 * in `checkInvestigationEffect`.
 *
 * @since 0.2.0
 */
export const checkInvestigationsEffect = (
  input: unknown,
  options: InvestigationOptions & { readonly asOf?: Date | string | undefined } = {}
): Effect.Effect<InvestigationsCheck, Schema.SchemaError | InvalidAsOfError> =>
  Effect.gen(function* () {
    const cases = yield* Schema.decodeUnknownEffect(Schema.Array(Schema.Unknown))(input)
    const asOf = yield* resolveAsOfDate(options.asOf, options.utcOffsetMinutes)
    return checkInvestigations(cases, asOf, options)
  })

/**
 * Promise entry of `checkInvestigations`.
 *
 * @since 0.2.0
 */
export const checkInvestigationsPromise = (
  input: unknown,
  options: InvestigationOptions & { readonly asOf?: Date | string | undefined } = {}
): Promise<InvestigationsCheck> => Effect.runPromise(checkInvestigationsEffect(input, options))
