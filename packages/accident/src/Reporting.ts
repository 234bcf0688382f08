/**
 * 事故报告时限 — the reporting timeline of 生产安全事故报告和调查处理条例 and its violations.
 *
 * - 第九条: people on site report 立即 to the unit head; the unit head reports **within 1 hour** to
 *   the county-level-or-above department (in an emergency people on site may report directly).
 * - 第十条: the report goes up level by level — 一般 to the 设区的市 department, 较大 to the
 *   provincial department, 重大 and 特别重大 to the State Council department; skipping levels
 *   (越级上报) is allowed.
 * - 第十一条: each level passes it on **within 2 hours**.
 * - 第十二条: a report states, among other things, the casualties (下落不明 included) and the
 *   estimated direct loss.
 * - 第十三条: casualty changes within **30 days** of the accident (**7 days** for road-traffic and
 *   fire accidents) are reported in a supplementary report (补报).
 *
 * `checkReporting` turns one accident's reports, casualty updates and investigation determinations
 * into a timeline and findings in core's `Finding` shape (`ruleId` `accident-reporting/…`).
 * 迟报 (late) is a fact of the clock and always a finding. Whether a report that understates the
 * casualties known at the time is 漏报 (omission) or 谎报 (false), and whether an unreported
 * accident was 瞒报 (concealed), depends on intent, which only an investigation establishes: until
 * a `ReportingDetermination` says so, those findings are `indeterminate`.
 *
 * @since 0.1.0
 */
import {
  Accident,
  type AccidentGrade,
  accidentGradeOf,
  CalendarDate,
  type Citation,
  type Finding,
  IsoInstant,
  type Localized,
  NonNegativeYuan
} from "@anquan/core"
import { Effect, Schema } from "effect"
import { type InvalidAsOfError, resolveAsOfInstant } from "./AsOf.ts"
import { calendarDayOf, CHINA_UTC_OFFSET_MINUTES, endOfDay } from "./ChinaTime.ts"
import { REPORTING_REGULATION_IN_FORCE, reportingRegulation, SAFETY_LAW_2021_IN_FORCE, safetyLaw } from "./Citations.ts"

const namedLiterals = <const L extends ReadonlyArray<string>>(values: L, identifier: string, what: string, description: string) =>
  Schema.Literals(values).annotate({
    identifier,
    description,
    message: `Expected ${what}: ${values.map((v) => JSON.stringify(v)).join(" | ")}`
  })

const HOUR = 3_600_000
const MINUTE = 60_000

/**
 * The reporting levels, lowest first.
 *
 * @since 0.1.0
 */
export const ReportingLevels = ["county", "city", "province", "state-council"] as const

/**
 * 接报层级 — the level of the department that receives a report: `county` 县级, `city` 设区的市级,
 * `province` 省级, `state-council` 国务院安全生产监督管理部门和有关部门.
 *
 * @since 0.1.0
 */
export const ReportingLevel = namedLiterals(
  ReportingLevels,
  "ReportingLevel",
  "a reporting level (接报层级)",
  "接报层级 — county 县级 | city 设区的市级 | province 省级 | state-council 国务院有关部门"
)
/** @since 0.1.0 */
export type ReportingLevel = typeof ReportingLevel.Type

const LEVEL_LABELS: { readonly [L in ReportingLevel]: { readonly "zh-CN": string; readonly en: string } } = {
  county: { "zh-CN": "县级", en: "county level" },
  city: { "zh-CN": "设区的市级", en: "city level" },
  province: { "zh-CN": "省级", en: "provincial level" },
  "state-council": { "zh-CN": "国务院有关部门", en: "State Council department" }
}

/** The name of a reporting level. @since 0.1.0 */
export const reportingLevelLabel = (level: ReportingLevel, locale: "zh-CN" | "en"): string => LEVEL_LABELS[level][locale]

const rankOf = (level: ReportingLevel): number => ReportingLevels.indexOf(level)

/**
 * 上报至 — the level a report must reach (第十条): 一般 → `city`, 较大 → `province`, 重大 and
 * 特别重大 → `state-council`.
 *
 * @since 0.1.0
 */
export const requiredReportingLevel = (grade: AccidentGrade): ReportingLevel =>
  grade === "general" ? "city" : grade === "relatively-serious" ? "province" : "state-council"

/**
 * 报告人 — who sent a report: `unit` the unit head (单位负责人, 第九条第一款), `on-site` people on
 * site reporting directly in an emergency (第九条第二款), or the department of a level passing it up.
 *
 * @since 0.1.0
 */
export const ReportSender = namedLiterals(
  ["unit", "on-site", "county", "city", "province"],
  "ReportSender",
  "a report sender (报告人)",
  "报告人 — unit 单位负责人 | on-site 现场人员 | county | city | province"
)
/** @since 0.1.0 */
export type ReportSender = typeof ReportSender.Type

const Count = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))

/**
 * 事故报告 — one report as received: who sent it (`from`), which level received it (`to`), when
 * (`at`), whether it is a supplementary report (补报), and the figures it gave. Absent figures
 * were not stated.
 *
 * @since 0.1.0
 */
export const AccidentReport = Schema.Struct({
  from: ReportSender,
  to: ReportingLevel,
  at: IsoInstant,
  supplementary: Schema.optionalKey(Schema.Boolean),
  deaths: Schema.optionalKey(Count),
  missing: Schema.optionalKey(Count),
  seriousInjuries: Schema.optionalKey(Count),
  directLossYuan: Schema.optionalKey(NonNegativeYuan)
}).annotate({ description: "事故报告 — a report: from, to, at, figures" }).check(Schema.makeFilter((r) =>
  r.from !== "unit" && r.from !== "on-site" && rankOf(r.from) >= rankOf(r.to)
    ? { path: ["to"], issue: `a ${r.from} department reports up, to a higher level than its own` }
    : undefined
)).annotate({ identifier: "AccidentReport" })
/** @since 0.1.0 */
export type AccidentReport = typeof AccidentReport.Type

/**
 * 伤亡变化 — the casualties as known from instant `at` (e.g. an injured worker died in hospital).
 * The first update may state the casualties found at the scene.
 *
 * @since 0.1.0
 */
export const CasualtyUpdate = Schema.Struct({
  at: IsoInstant,
  deaths: Count,
  seriousInjuries: Count,
  missing: Schema.optionalKey(Count)
}).annotate({ identifier: "CasualtyUpdate", description: "伤亡变化 — casualties known from an instant" })
/** @since 0.1.0 */
export type CasualtyUpdate = typeof CasualtyUpdate.Type

/**
 * 报告违法认定 — what an investigation established about the reporting: `late` 迟报, `omitted`
 * 漏报, `false` 谎报, `concealed` 瞒报, on `decidedOn`, by whom.
 *
 * @since 0.1.0
 */
export const ReportingDetermination = Schema.Struct({
  kind: namedLiterals(["late", "omitted", "false", "concealed"], "ReportingViolationKind", "a kind (迟报/漏报/谎报/瞒报)", "late 迟报 | omitted 漏报 | false 谎报 | concealed 瞒报"),
  decidedOn: CalendarDate.CalendarDate,
  by: Schema.optionalKey(Schema.String),
  note: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "ReportingDetermination", description: "报告违法认定 — an investigation's finding of 迟报/漏报/谎报/瞒报" })
/** @since 0.1.0 */
export type ReportingDetermination = typeof ReportingDetermination.Type

/**
 * 事故报告档案 — everything the reporting check reads about one accident: the accident (core
 * `Accident`; its `reportedAt` stands for the unit's report when `reports` has none from the unit),
 * when the unit head was told (the 1-hour clock starts there; absent = from the accident), the
 * reports, casualty updates and determinations. Nothing may be dated before the accident.
 *
 * @since 0.1.0
 */
export const ReportingCase = Schema.Struct({
  accident: Accident,
  unitHeadNotifiedAt: Schema.optionalKey(IsoInstant),
  reports: Schema.optionalKey(Schema.Array(AccidentReport)),
  casualtyUpdates: Schema.optionalKey(Schema.Array(CasualtyUpdate)),
  determinations: Schema.optionalKey(Schema.Array(ReportingDetermination))
}).annotate({ description: "事故报告档案 — an accident with its reports, casualty updates and determinations" }).check(
  Schema.makeFilter((c) => {
    const issues: Array<Schema.FilterIssue> = []
    const t0 = c.accident.occurredAt.getTime()
    if (c.unitHeadNotifiedAt !== undefined && c.unitHeadNotifiedAt.getTime() < t0) {
      issues.push({ path: ["unitHeadNotifiedAt"], issue: "the unit head cannot be told before the accident occurred" })
    }
    c.reports?.forEach((r, i) => {
      if (r.at.getTime() < t0) issues.push({ path: ["reports", i, "at"], issue: "a report cannot precede the accident" })
    })
    c.casualtyUpdates?.forEach((u, i) => {
      if (u.at.getTime() < t0) issues.push({ path: ["casualtyUpdates", i, "at"], issue: "a casualty update cannot precede the accident" })
    })
    return issues
  })
).annotate({ identifier: "ReportingCase" })
/** @since 0.1.0 */
export type ReportingCase = typeof ReportingCase.Type

/**
 * Options of `checkReporting`.
 *
 * @since 0.1.0
 */
export interface ReportingOptions {
  /**
   * The levels reports pass through, lowest first (default: all four). A 直辖市 has no 设区的市
   * level: pass `["county", "province", "state-council"]`, and a level the grade requires that is
   * not in the chain is replaced by the next higher one.
   */
  readonly chain?: ReadonlyArray<ReportingLevel> | undefined
  /**
   * 第十三条 asks for a supplementary report 及时 (promptly) without a number. A change counts as
   * unreported once this many minutes pass without an accurate report. Default 0: from the moment
   * of the change. A deployment that reads 及时 as, say, one working day sets it here.
   */
  readonly supplementaryGraceMinutes?: number | undefined
  /** Offset of local time from UTC for counting calendar days (default 480, Beijing time). */
  readonly utcOffsetMinutes?: number | undefined
}

/**
 * 时限状态 — `on-time` done by the deadline, `late` done after it, `pending` not done and not yet
 * due, `overdue` not done and past due (as of the check).
 *
 * @since 0.1.0
 */
export type DeadlineStatus = "on-time" | "late" | "pending" | "overdue"

/**
 * 逐级上报 — one step up the chain: the report must reach `level` within 2 hours of reaching `from`.
 * `waiting`: `from` has not received it yet, so this level's clock has not started.
 *
 * @since 0.1.0
 */
export interface EscalationStep {
  readonly level: ReportingLevel
  readonly from: ReportingLevel
  readonly deadline?: Date
  /** When the report reached this level or a higher one (越级上报 counts). */
  readonly reachedAt?: Date
  readonly status: DeadlineStatus | "waiting"
}

/**
 * 补报 — one casualty change after the first report and whether an accurate report followed.
 * `not-required`: after the 30-day (7-day) window; `indeterminate`: the accident kind is unknown
 * and the change falls between day 7 and day 30.
 *
 * @since 0.1.0
 */
export interface SupplementaryItem {
  readonly at: Date
  readonly deaths: number
  readonly seriousInjuries: number
  readonly missing?: number
  readonly reportedAt?: Date
  readonly status: "reported" | "missing" | "pending" | "not-required" | "indeterminate"
}

/**
 * A reporting finding: core's `Finding` plus the accident, the party answerable (the unit or the
 * level that had to pass the report on), the penalty articles the violation exposes it to and
 * further legal bases.
 *
 * @since 0.1.0
 */
export interface AccidentFinding extends Finding {
  /** Always `reporting`: a breach of a reporting duty, not an accident hazard (its severity grades the breach). */
  readonly kind: "reporting"
  readonly accidentId: string
  readonly party: ReportSender | ReportingLevel
  readonly penalties: ReadonlyArray<Citation>
  readonly legalBases: ReadonlyArray<Citation>
}

/**
 * The result of `checkReporting`.
 *
 * @since 0.1.0
 */
export interface ReportingCheck {
  readonly accidentId: string
  readonly asOf: Date
  /** `false` for an accident before 2007-06-01, when the regulation was not in force: no timeline, no findings. */
  readonly applicable: boolean
  readonly grade: AccidentGrade
  readonly requiredLevel: ReportingLevel
  readonly unitReport: {
    readonly clockStartsAt: Date
    readonly clockStartsFrom: "unit-head-notified" | "occurred"
    readonly deadline: Date
    readonly reportedAt?: Date
    readonly status: DeadlineStatus
  }
  readonly escalation: ReadonlyArray<EscalationStep>
  readonly supplementary: {
    readonly windowDays: 7 | 30
    /** First instant after the window (end of day 30, or day 7, after the accident day). */
    readonly windowEnd: Date
    readonly items: ReadonlyArray<SupplementaryItem>
  }
  readonly findings: ReadonlyArray<AccidentFinding>
}

/**
 * The `ruleId`s of reporting findings.
 *
 * @since 0.1.0
 */
export const ReportingRuleIds = [
  "accident-reporting/late-report",
  "accident-reporting/late-escalation",
  "accident-reporting/incomplete-report",
  "accident-reporting/missing-supplementary-report",
  "accident-reporting/under-reported",
  "accident-reporting/omitted-report",
  "accident-reporting/false-report",
  "accident-reporting/concealed-report"
] as const
/** @since 0.1.0 */
export type ReportingRuleId = (typeof ReportingRuleIds)[number]

interface RuleMeta {
  readonly citation: Citation
  readonly severity: Finding["severity"]
  readonly title: Localized
  readonly legalBases: ReadonlyArray<Citation>
  /** Penalties; the 2021 Safety Law ones only apply to accidents from 2021-09-01. */
  readonly penalties: ReadonlyArray<Citation>
  readonly penalties2021: ReadonlyArray<Citation>
}

const RULES: { readonly [R in ReportingRuleId]: RuleMeta } = {
  "accident-reporting/late-report": {
    citation: reportingRegulation(9),
    severity: "major",
    title: { "zh-CN": "迟报：单位负责人未在1小时内报告事故", en: "Late report: the unit head did not report within 1 hour" },
    legalBases: [],
    penalties: [reportingRegulation(35, 2)],
    penalties2021: [safetyLaw(110)]
  },
  "accident-reporting/late-escalation": {
    citation: reportingRegulation(11),
    severity: "major",
    title: { "zh-CN": "逐级上报超过2小时", en: "Escalation took more than 2 hours at one level" },
    legalBases: [reportingRegulation(10)],
    penalties: [],
    penalties2021: []
  },
  "accident-reporting/incomplete-report": {
    citation: reportingRegulation(12, 4),
    severity: "general",
    title: { "zh-CN": "事故报告缺少伤亡人数或直接经济损失", en: "Report lacks casualties or the estimated direct loss" },
    legalBases: [],
    penalties: [],
    penalties2021: []
  },
  "accident-reporting/missing-supplementary-report": {
    citation: reportingRegulation(13),
    severity: "general",
    title: { "zh-CN": "伤亡人数变化未及时补报", en: "Casualty change not reported in a supplementary report" },
    legalBases: [],
    penalties: [],
    penalties2021: []
  },
  "accident-reporting/under-reported": {
    citation: reportingRegulation(12, 4),
    severity: "major",
    title: { "zh-CN": "报告的伤亡人数少于当时已知人数（漏报或谎报待认定）", en: "Report understates the casualties known at the time (omission or falsehood to be determined)" },
    legalBases: [],
    penalties: [reportingRegulation(35, 2), reportingRegulation(36, 1)],
    penalties2021: [safetyLaw(110)]
  },
  "accident-reporting/omitted-report": {
    citation: reportingRegulation(35, 2),
    severity: "major",
    title: { "zh-CN": "漏报事故", en: "Omitted report (漏报)" },
    legalBases: [reportingRegulation(9), reportingRegulation(12)],
    penalties: [reportingRegulation(35, 2)],
    penalties2021: []
  },
  "accident-reporting/false-report": {
    citation: reportingRegulation(36, 1),
    severity: "major",
    title: { "zh-CN": "谎报事故", en: "False report (谎报)" },
    legalBases: [reportingRegulation(12)],
    penalties: [reportingRegulation(36, 1)],
    penalties2021: [safetyLaw(110)]
  },
  "accident-reporting/concealed-report": {
    citation: reportingRegulation(36, 1),
    severity: "major",
    title: { "zh-CN": "瞒报事故", en: "Concealed accident (瞒报)" },
    legalBases: [reportingRegulation(9)],
    penalties: [reportingRegulation(36, 1)],
    penalties2021: [safetyLaw(110)]
  }
}

const pad = (n: number) => String(n).padStart(2, "0")

/**
 * Formats an instant in local time (default Beijing time): `2024-05-01 09:35`.
 *
 * @since 0.1.0
 */
export const formatLocalTime = (instant: Date, offsetMinutes: number = CHINA_UTC_OFFSET_MINUTES): string => {
  const d = new Date(instant.getTime() + offsetMinutes * MINUTE)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

const minutesBetween = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / MINUTE)

const checkChain = (chain: ReadonlyArray<ReportingLevel>): ReadonlyArray<ReportingLevel> => {
  if (chain.length === 0) throw new RangeError("the reporting chain must name at least one level")
  for (let i = 1; i < chain.length; i++) {
    if (rankOf(chain[i]!) <= rankOf(chain[i - 1]!)) throw new RangeError(`the reporting chain must go up strictly: ${chain.join(" → ")}`)
  }
  return chain
}

/**
 * The level a report must reach within a chain: the required level (第十条), or the next higher
 * level of the chain when the chain lacks it, or the chain's top.
 *
 * @since 0.1.0
 */
export const requiredLevelIn = (grade: AccidentGrade, chain: ReadonlyArray<ReportingLevel> = ReportingLevels): ReportingLevel => {
  const need = rankOf(requiredReportingLevel(grade))
  return checkChain(chain).find((l) => rankOf(l) >= need) ?? chain[chain.length - 1]!
}

const sameFigures = (r: AccidentReport, k: { deaths: number; seriousInjuries: number; missing?: number | undefined }) =>
  r.deaths === k.deaths && r.seriousInjuries === k.seriousInjuries &&
  (k.missing === undefined || r.missing === undefined || r.missing === k.missing)

/**
 * Checks one accident's reporting as of an instant (reports, updates and determinations after
 * `asOf` do not count yet). Pure; throws a `RangeError` only for a malformed `chain`.
 *
 * @example
 * ```ts
 * const check = checkReporting(Schema.decodeUnknownSync(ReportingCase)(json), new Date("2024-05-02T00:00:00+08:00"))
 * check.unitReport.status // "late"
 * check.findings.map((f) => f.ruleId) // ["accident-reporting/late-report"]
 * ```
 * @since 0.1.0
 */
export const checkReporting = (c: ReportingCase, asOf: Date, options: ReportingOptions = {}): ReportingCheck => {
  const offset = options.utcOffsetMinutes ?? CHINA_UTC_OFFSET_MINUTES
  const chain = checkChain(options.chain ?? ReportingLevels)
  const graceMs = (options.supplementaryGraceMinutes ?? 0) * MINUTE
  const a = c.accident
  const t = asOf.getTime()
  const grade = accidentGradeOf(a)
  const requiredLevel = requiredLevelIn(grade, chain)
  const occurredDay = calendarDayOf(a.occurredAt, offset)
  const windowDays: 7 | 30 = a.kind === "road-traffic" || a.kind === "fire" ? 7 : 30
  const windowEnd = endOfDay(CalendarDate.addDays(occurredDay, windowDays), offset)
  const shortWindowEnd = endOfDay(CalendarDate.addDays(occurredDay, 7), offset)
  const clockStartsAt = c.unitHeadNotifiedAt ?? a.occurredAt
  const unitDeadline = new Date(clockStartsAt.getTime() + HOUR)
  const applicable = occurredDay.getTime() >= CalendarDate.make(REPORTING_REGULATION_IN_FORCE).getTime()
  const under2021 = occurredDay.getTime() >= CalendarDate.make(SAFETY_LAW_2021_IN_FORCE).getTime()

  // Reports known as of `asOf`; `accident.reportedAt` stands for the unit's report if none is listed.
  const listed = (c.reports ?? []).map((r, index) => ({ r, path: `reports[${index}]` })).filter(({ r }) => r.at.getTime() <= t)
  const reports = listed.some(({ r }) => r.from === "unit") || a.reportedAt === undefined || a.reportedAt.getTime() > t
    ? listed
    : [...listed, { r: { from: "unit", to: "county", at: a.reportedAt } as AccidentReport, path: "accident.reportedAt" }]
  reports.sort((x, y) => x.r.at.getTime() - y.r.at.getTime())
  const updates = [...(c.casualtyUpdates ?? [])].filter((u) => u.at.getTime() <= t).sort((x, y) => x.at.getTime() - y.at.getTime())
  const determinations = (c.determinations ?? []).filter((d) => d.decidedOn.getTime() <= calendarDayOf(asOf, offset).getTime())

  const findings: Array<AccidentFinding> = []
  const add = (
    ruleId: ReportingRuleId,
    party: ReportSender | ReportingLevel,
    outcome: "violation" | "indeterminate",
    details: Localized,
    evidence: ReadonlyArray<{ path: string; value: unknown }>,
    missing?: ReadonlyArray<string>
  ) => {
    const meta = RULES[ruleId]
    findings.push({
      ruleId,
      pack: "accident",
      ruleVersion: REPORTING_REGULATION_IN_FORCE,
      outcome,
      severity: meta.severity,
      kind: "reporting",
      citation: meta.citation,
      title: meta.title,
      details,
      evidence,
      ...(missing === undefined ? {} : { missing }),
      accidentId: a.id,
      party,
      penalties: under2021 ? [...meta.penalties, ...meta.penalties2021] : meta.penalties,
      legalBases: meta.legalBases
    })
  }
  const at = (d: Date) => formatLocalTime(d, offset)

  // 第九条: the unit head, within 1 hour.
  const unit = reports.find(({ r }) => r.from === "unit")
  const unitStatus: DeadlineStatus = unit !== undefined
    ? unit.r.at.getTime() <= unitDeadline.getTime() ? "on-time" : "late"
    : t > unitDeadline.getTime() ? "overdue" : "pending"
  const clockStartsFrom = c.unitHeadNotifiedAt === undefined ? "occurred" : "unit-head-notified"
  const from = clockStartsFrom === "occurred"
    ? { "zh-CN": `事故发生（${at(a.occurredAt)}）`, en: `the accident (${at(a.occurredAt)})` }
    : { "zh-CN": `单位负责人接到报告（${at(clockStartsAt)}）`, en: `the unit head being told (${at(clockStartsAt)})` }
  if (applicable && unitStatus === "late" && unit !== undefined) {
    const m = minutesBetween(clockStartsAt, unit.r.at)
    add("accident-reporting/late-report", "unit", "violation", {
      "zh-CN": `单位于${at(unit.r.at)}报告，距${from["zh-CN"]}${m}分钟，超过1小时时限`,
      en: `The unit reported at ${at(unit.r.at)}, ${m} minutes after ${from.en}: more than 1 hour`
    }, [{ path: `${unit.path}.at`, value: unit.r.at.toISOString() }, { path: clockStartsFrom === "occurred" ? "accident.occurredAt" : "unitHeadNotifiedAt", value: clockStartsAt.toISOString() }])
  }
  if (applicable && unitStatus === "overdue") {
    add("accident-reporting/late-report", "unit", "violation", {
      "zh-CN": `截至${at(asOf)}单位仍未报告；时限为${from["zh-CN"]}后1小时（${at(unitDeadline)}）`,
      en: `As of ${at(asOf)} the unit has not reported; it was due 1 hour after ${from.en} (${at(unitDeadline)})`
    }, [{ path: "reports", value: "no report from the unit" }])
    if (!determinations.some((d) => d.kind === "concealed")) {
      add("accident-reporting/concealed-report", "unit", "indeterminate", {
        "zh-CN": "单位未报告事故；是否瞒报须经调查认定",
        en: "The unit has not reported the accident; whether it was concealed must be established by the investigation"
      }, [{ path: "reports", value: "no report from the unit" }], ["determinations"])
    }
  }

  // 第十条、第十一条: each level within 2 hours, up to the required level.
  const escalation: Array<EscalationStep> = []
  if (reports.length > 0) {
    const minTo = Math.min(...reports.map(({ r }) => rankOf(r.to)))
    const reachedAt = (level: ReportingLevel, entry: boolean): Date | undefined => {
      const hits = reports.filter(({ r }) => entry || rankOf(r.to) >= rankOf(level))
      return hits.length === 0 ? undefined : hits[0]!.r.at
    }
    const entryIdx = chain.findIndex((l) => rankOf(l) >= minTo)
    const requiredIdx = chain.indexOf(requiredLevel)
    if (entryIdx >= 0) {
      for (let i = entryIdx + 1; i <= requiredIdx; i++) {
        const level = chain[i]!, prev = chain[i - 1]!
        const prevAt = reachedAt(prev, i - 1 === entryIdx)
        const got = reachedAt(level, false)
        if (prevAt === undefined) {
          escalation.push({ level, from: prev, ...(got === undefined ? {} : { reachedAt: got }), status: "waiting" })
          continue
        }
        const deadline = new Date(prevAt.getTime() + 2 * HOUR)
        const status: DeadlineStatus = got !== undefined
          ? got.getTime() <= deadline.getTime() ? "on-time" : "late"
          : t > deadline.getTime() ? "overdue" : "pending"
        escalation.push({ level, from: prev, deadline, ...(got === undefined ? {} : { reachedAt: got }), status })
        if (!applicable || status === "on-time" || status === "pending") continue
        const [lz, le] = [LEVEL_LABELS[level]["zh-CN"], LEVEL_LABELS[level].en]
        const [pz, pe] = [LEVEL_LABELS[prev]["zh-CN"], LEVEL_LABELS[prev].en]
        add("accident-reporting/late-escalation", prev, "violation", status === "late"
          ? {
            "zh-CN": `${pz}于${at(prevAt)}接报，${lz}于${at(got!)}接报，用时${minutesBetween(prevAt, got!)}分钟，超过2小时`,
            en: `The ${pe} had the report at ${at(prevAt)}, the ${le} at ${at(got!)}: ${minutesBetween(prevAt, got!)} minutes, more than 2 hours`
          }
          : {
            "zh-CN": `${pz}于${at(prevAt)}接报，截至${at(asOf)}尚未上报至${lz}（时限${at(deadline)}）`,
            en: `The ${pe} had the report at ${at(prevAt)}; as of ${at(asOf)} it has not reached the ${le} (due ${at(deadline)})`
          }, [{ path: "reports", value: reports.map(({ r }) => `${r.from}→${r.to} ${r.at.toISOString()}`) }])
      }
    }
  }

  // 第十二条: the unit's initial report states casualties and the estimated direct loss. Reports
  // passed up between levels are often recorded by time only, so they are not checked for content.
  for (const { r, path } of reports) {
    if (!applicable || r.supplementary === true || r.from !== "unit") continue
    const absent = (["deaths", "seriousInjuries", "directLossYuan"] as const).filter((k) => r[k] === undefined)
    if (absent.length === 0) continue
    add("accident-reporting/incomplete-report", r.from, "violation", {
      "zh-CN": `${at(r.at)}的报告未载明：${absent.map((k) => ({ deaths: "死亡人数", seriousInjuries: "重伤人数", directLossYuan: "初步估计的直接经济损失" })[k]).join("、")}`,
      en: `The report of ${at(r.at)} does not state: ${absent.join(", ")}`
    }, absent.map((k) => ({ path: `${path}.${k}`, value: undefined })))
  }

  // Understated casualties: a report giving fewer than were known when it was made.
  const knownAt = (instant: Date) => {
    let known: CasualtyUpdate | undefined
    for (const u of updates) if (u.at.getTime() <= instant.getTime()) known = u
    return known
  }
  const resolvedUnder = determinations.some((d) => d.kind === "omitted" || d.kind === "false")
  for (const { r, path } of reports) {
    const known = knownAt(r.at)
    if (!applicable || known === undefined || r.deaths === undefined || r.seriousInjuries === undefined) continue
    const fewer = r.deaths < known.deaths || r.seriousInjuries < known.seriousInjuries ||
      (known.missing !== undefined && r.missing !== undefined && r.missing < known.missing)
    if (!fewer || resolvedUnder) continue
    add("accident-reporting/under-reported", r.from, "indeterminate", {
      "zh-CN": `${at(r.at)}报告死亡${r.deaths}人、重伤${r.seriousInjuries}人，而当时已知死亡${known.deaths}人、重伤${known.seriousInjuries}人；属漏报还是谎报须经调查认定`,
      en: `The report of ${at(r.at)} gave ${r.deaths} dead and ${r.seriousInjuries} seriously injured while ${known.deaths} and ${known.seriousInjuries} were known; whether this was an omission or a falsehood must be determined`
    }, [
      { path: `${path}.deaths`, value: r.deaths },
      { path: `${path}.seriousInjuries`, value: r.seriousInjuries },
      { path: "casualtyUpdates", value: { at: known.at.toISOString(), deaths: known.deaths, seriousInjuries: known.seriousInjuries } }
    ], ["determinations"])
  }

  // 第十三条: supplementary reports for casualty changes within 30 (7) days.
  const items: Array<SupplementaryItem> = []
  const first = reports[0]
  if (first !== undefined) {
    let prior: { deaths: number; seriousInjuries: number; missing?: number | undefined } | undefined =
      first.r.deaths !== undefined && first.r.seriousInjuries !== undefined
        ? { deaths: first.r.deaths, seriousInjuries: first.r.seriousInjuries, missing: first.r.missing }
        : undefined
    for (const u of updates) {
      const before = u.at.getTime() < first.r.at.getTime()
      const changed = prior === undefined || prior.deaths !== u.deaths || prior.seriousInjuries !== u.seriousInjuries ||
        (prior.missing !== undefined && u.missing !== undefined && prior.missing !== u.missing)
      const wasPrior = prior
      prior = u
      if (before || !changed || wasPrior === undefined) continue
      const base = { at: u.at, deaths: u.deaths, seriousInjuries: u.seriousInjuries, ...(u.missing === undefined ? {} : { missing: u.missing }) }
      if (u.at.getTime() >= windowEnd.getTime()) {
        items.push({ ...base, status: "not-required" })
        continue
      }
      const accurate = reports.find(({ r }) => r.at.getTime() >= u.at.getTime() && sameFigures(r, knownAt(r.at) ?? u))
      if (accurate !== undefined) {
        items.push({ ...base, reportedAt: accurate.r.at, status: "reported" })
        continue
      }
      if (a.kind === undefined && u.at.getTime() >= shortWindowEnd.getTime()) {
        items.push({ ...base, status: "indeterminate" })
        if (applicable && t > u.at.getTime() + graceMs) {
          add("accident-reporting/missing-supplementary-report", "unit", "indeterminate", {
            "zh-CN": `${at(u.at)}伤亡人数变为死亡${u.deaths}人、重伤${u.seriousInjuries}人，未见补报；事故类别未知，道路交通和火灾事故的补报期限为7日`,
            en: `Casualties changed at ${at(u.at)} (${u.deaths} dead, ${u.seriousInjuries} seriously injured) with no supplementary report; the accident kind is unknown and road-traffic and fire accidents have a 7-day window`
          }, [{ path: "casualtyUpdates", value: base.at.toISOString() }], ["accident.kind"])
        }
        continue
      }
      const overdue = t > u.at.getTime() + graceMs
      items.push({ ...base, status: overdue ? "missing" : "pending" })
      if (applicable && overdue) {
        add("accident-reporting/missing-supplementary-report", "unit", "violation", {
          "zh-CN": `${at(u.at)}伤亡人数变为死亡${u.deaths}人、重伤${u.seriousInjuries}人（事故发生之日起${windowDays}日内），截至${at(asOf)}未见补报`,
          en: `Casualties changed at ${at(u.at)} to ${u.deaths} dead and ${u.seriousInjuries} seriously injured (within ${windowDays} days); no supplementary report as of ${at(asOf)}`
        }, [{ path: "casualtyUpdates", value: { at: u.at.toISOString(), deaths: u.deaths, seriousInjuries: u.seriousInjuries } }])
      }
    }
  }

  // Determinations by the investigation.
  for (const d of determinations) {
    if (!applicable) continue
    if (d.kind === "late" && findings.some((f) => f.ruleId === "accident-reporting/late-report" && f.outcome === "violation")) continue
    const ruleId = ({
      late: "accident-reporting/late-report",
      omitted: "accident-reporting/omitted-report",
      false: "accident-reporting/false-report",
      concealed: "accident-reporting/concealed-report"
    } as const)[d.kind]
    const by = d.by === undefined ? "" : `（${d.by}）`
    add(ruleId, "unit", "violation", {
      "zh-CN": `经调查认定${by}，${CalendarDate.format(d.decidedOn)}${d.note === undefined ? "" : `：${d.note}`}`,
      en: `Established by the investigation${d.by === undefined ? "" : ` (${d.by})`} on ${CalendarDate.format(d.decidedOn)}${d.note === undefined ? "" : `: ${d.note}`}`
    }, [{ path: "determinations", value: { kind: d.kind, decidedOn: CalendarDate.format(d.decidedOn) } }])
  }

  return {
    accidentId: a.id,
    asOf,
    applicable,
    grade,
    requiredLevel,
    unitReport: {
      clockStartsAt,
      clockStartsFrom,
      deadline: unitDeadline,
      ...(unit === undefined ? {} : { reportedAt: unit.r.at }),
      status: unitStatus
    },
    escalation: applicable ? escalation : [],
    supplementary: { windowDays, windowEnd, items: applicable ? items : [] },
    findings
  }
}

/**
 * Effect entry of `checkReporting`: decodes unknown input as a `ReportingCase` (every bad field
 * reported) and checks it as of `options.asOf` — a `Date`, an ISO instant, a `YYYY-MM-DD` day
 * (its end, Beijing time) or, when absent, now by the `Clock`.
 *
 * @since 0.1.0
 */
export const checkReportingEffect = (
  input: unknown,
  options: ReportingOptions & { readonly asOf?: Date | string | undefined } = {}
): Effect.Effect<ReportingCheck, Schema.SchemaError | InvalidAsOfError> =>
  Effect.gen(function* () {
    const c = yield* Schema.decodeUnknownEffect(ReportingCase)(input, { errors: "all" })
    const asOf = yield* resolveAsOfInstant(options.asOf, options.utcOffsetMinutes)
    return checkReporting(c, asOf, options)
  })

/**
 * Promise entry of `checkReporting` (see `checkReportingEffect`); rejects with the `SchemaError`
 * or `InvalidAsOfError`. Without `asOf` it uses the system clock.
 *
 * @since 0.1.0
 */
export const checkReportingPromise = (
  input: unknown,
  options: ReportingOptions & { readonly asOf?: Date | string | undefined } = {}
): Promise<ReportingCheck> => Effect.runPromise(checkReportingEffect(input, options))
