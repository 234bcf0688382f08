/**
 * 事故调查 — what `anquan check --investigations <source>` adds to the html and json reports: the
 * accident investigations as of the check's date (`@anquan/accident`'s `checkInvestigations`) —
 * the cases by grade, the report deadline (第二十九条) and the approval deadline (第三十二条) of each
 * with its status, the overdue ones, the investigating level against the one the grade requires
 * (第十九条), and the closure checklist (四不放过, 结案备案: seed 003) item by item.
 *
 * The source is a JSON file of investigation cases (as `anquan investigation check` takes it), or
 * an investigation store (a SQLite file written by `anquan investigation open`, or a `postgres://`
 * URL), read only. A case that does not decode is listed with its problems, never dropped.
 *
 * @since 0.2.0
 */
import type { InvestigationCheck, InvestigationOptions, InvestigationsCheck } from "@anquan/accident"
import { calendarDayOf, checkInvestigation, gradeLabel, InvestigatingLevels, investigatingLevelLabel, InvestigationCase } from "@anquan/accident"
import type { AccidentGrade, DecodeIssue, Localized } from "@anquan/core"
import { CalendarDate, decodeIssueMessages, decodeIssues } from "@anquan/core"
import { Result, Schema } from "effect"
import { UsageError } from "../check.ts"
import { readWorkingDayCalendar } from "../input/calendar.ts"
import { displaySource, isPostgres, readJson } from "../ledger/run.ts"

/**
 * Options of `investigationSection`.
 *
 * @since 0.2.0
 */
export interface InvestigationSectionOptions {
  /** A JSON file of investigation cases (a name ending in `.json`), a SQLite investigation store or a `postgres://` URL, relative to `cwd`. */
  readonly source: string
  /** The check's date: everything is as of it. */
  readonly asOf: string
  readonly reportClockFrom?: InvestigationOptions["reportClockFrom"]
  readonly firstDay?: InvestigationOptions["firstDay"]
  /** `calendar` (default) or `working` days (`working` needs `calendar`). @since 0.2.0 */
  readonly dayKind?: InvestigationOptions["dayKind"]
  /** With `dayKind: "working"`: the working-day calendar file of `--calendar` (`{ holidays, workdays? }`). @since 0.2.0 */
  readonly calendar?: string | undefined
  /** Where relative paths are resolved; default `process.cwd()`. */
  readonly cwd?: string | undefined
}

/** A deadline as the page shows it. @since 0.2.0 */
export interface SectionDeadline {
  readonly deadline: string | null
  readonly doneOn: string | null
  readonly status: InvestigationCheck["report"]["status"]
  /** Extension days granted (as counted). */
  readonly extensionDays: number
}

/** One case of the section. @since 0.2.0 */
export interface SectionInvestigation {
  readonly accidentId: string
  readonly subject: string | null
  readonly occurredOn: string
  readonly grade: AccidentGrade
  readonly level: InvestigationCheck["level"]
  readonly report: SectionDeadline
  readonly approval: SectionDeadline
  readonly closure: {
    readonly status: "closed" | "open"
    readonly items: ReadonlyArray<{ readonly id: string; readonly title: Localized; readonly status: "done" | "not-done" | "unknown" }>
  }
  /** The rule ids of its findings (overdue, level, extensions). */
  readonly findings: ReadonlyArray<string>
}

/**
 * The investigation section of a check report.
 *
 * @since 0.2.0
 */
export interface InvestigationSection {
  readonly source: string
  readonly asOf: string
  /**
   * How the days were counted (`verified: false`: the notes do not state it): `dayKind` `working`
   * counts by the calendar given (`calendar: "given"`).
   */
  readonly counting: {
    readonly reportClockFrom: string
    readonly firstDay: string
    readonly dayKind: "calendar" | "working"
    readonly calendar: "given" | null
    readonly verified: false
  }
  readonly byGrade: Readonly<Record<AccidentGrade, number>>
  /** The names of the grades and of the investigating levels, in both languages (the page shows them). */
  readonly labels: {
    readonly grades: Readonly<Record<AccidentGrade, Localized>>
    readonly levels: Readonly<Record<string, Localized>>
  }
  readonly summary: InvestigationsCheck["summary"] & { readonly levelBelowRequired: number }
  /** Every case, the ones with a finding first, then by accident id. */
  readonly cases: ReadonlyArray<SectionInvestigation>
  /** Cases that did not decode, with every problem (zh-CN and en). */
  readonly rejected: ReadonlyArray<{ readonly index: number; readonly issues: ReadonlyArray<{ readonly path: string; readonly message: Localized }> }>
}

const GRADES: ReadonlyArray<AccidentGrade> = ["especially-serious", "serious", "relatively-serious", "general"]

const day = (d: Date | undefined): string | null => (d === undefined ? null : CalendarDate.format(d))

const deadlineOf = (d: InvestigationCheck["report"]): SectionDeadline => ({
  deadline: day(d.deadline),
  doneOn: day(d.doneOn),
  status: d.status,
  extensionDays: d.extensionDays
})

/** A decoded case and its check. @since 0.2.0 */
export interface CheckedCase {
  readonly case: InvestigationCase
  readonly check: InvestigationCheck
}

/** A case that did not decode: its index in the input and every problem. @since 0.2.0 */
export interface RejectedCase {
  readonly index: number
  readonly issues: ReadonlyArray<DecodeIssue>
}

/**
 * Decodes each case on its own (a bad one is kept with its problems, the others still checked) and
 * checks it as of the day.
 *
 * @since 0.2.0
 */
export const checkCases = (input: ReadonlyArray<unknown>, asOf: Date, options: InvestigationOptions = {}): { checked: Array<CheckedCase>; rejected: Array<RejectedCase> } => {
  const decode = Schema.decodeUnknownResult(InvestigationCase)
  const checked: Array<CheckedCase> = []
  const rejected: Array<RejectedCase> = []
  input.forEach((u, index) => {
    const r = decode(u, { errors: "all" })
    if (Result.isFailure(r)) rejected.push({ index, issues: decodeIssues(r.failure, [index]) })
    else checked.push({ case: r.success, check: checkInvestigation(r.success, asOf, options) })
  })
  return { checked, rejected }
}

const late = (d: InvestigationCheck["report"]) => d.status === "late" || d.status === "overdue"

/**
 * The section from the checked cases (pure): what the file and the store readers both build.
 *
 * @since 0.2.0
 */
export const investigationSectionOf = (
  checked: ReadonlyArray<CheckedCase>,
  rejected: ReadonlyArray<RejectedCase>,
  meta: { readonly source: string; readonly asOf: string },
  options: InvestigationOptions = {}
): InvestigationSection => {
  const byGrade = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<AccidentGrade, number>
  for (const c of checked) byGrade[c.check.grade]++
  const cases = checked.map(({ case: k, check: c }): SectionInvestigation => ({
    accidentId: c.accidentId,
    subject: k.accident.subject ?? null,
    occurredOn: CalendarDate.format(calendarDayOf(k.accident.occurredAt)),
    grade: c.grade,
    level: c.level,
    report: deadlineOf(c.report),
    approval: deadlineOf(c.approval),
    closure: { status: c.closure.status, items: c.closure.items.map((i) => ({ id: i.id, title: i.title, status: i.status })) },
    findings: c.findings.map((f) => f.ruleId)
  })).sort((a, b) => (b.findings.length > 0 ? 1 : 0) - (a.findings.length > 0 ? 1 : 0) || (a.accidentId < b.accidentId ? -1 : a.accidentId > b.accidentId ? 1 : 0))
  const checks = checked.map((c) => c.check)
  return {
    source: meta.source,
    asOf: meta.asOf,
    counting: {
      reportClockFrom: options.reportClockFrom ?? "accident-day",
      firstDay: options.firstDay ?? "excluded",
      dayKind: options.dayKind ?? "calendar",
      calendar: options.calendar === undefined && options.isWorkingDay === undefined ? null : "given",
      verified: false
    },
    byGrade,
    labels: {
      grades: Object.fromEntries(GRADES.map((g) => [g, { "zh-CN": gradeLabel(g, "zh-CN"), en: gradeLabel(g, "en") }])) as Record<AccidentGrade, Localized>,
      levels: Object.fromEntries(InvestigatingLevels.map((l) => [l, { "zh-CN": investigatingLevelLabel(l, "zh-CN"), en: investigatingLevelLabel(l, "en") }]))
    },
    summary: {
      cases: checks.length,
      withFindings: checks.filter((c) => c.findings.length > 0).length,
      reportOverdue: checks.filter((c) => late(c.report)).length,
      approvalOverdue: checks.filter((c) => late(c.approval)).length,
      open: checks.filter((c) => c.closure.status === "open").length,
      levelBelowRequired: checks.filter((c) => c.level.status === "below-required").length
    },
    cases,
    rejected: rejected.map((r) => ({ index: r.index, issues: r.issues.map((i) => ({ path: i.path.join("."), message: decodeIssueMessages(i) })) }))
  }
}

/**
 * Reads the investigation section: a JSON file of cases, or (read-only) an investigation store.
 * Throws {@link UsageError} naming `--investigations` when the source cannot be read.
 *
 * @since 0.2.0
 */
export const investigationSection = async (options: InvestigationSectionOptions): Promise<InvestigationSection> => {
  const reading = { cwd: options.cwd, write: () => {}, writeError: () => {} }
  const asOf = CalendarDate.make(options.asOf)
  if (options.dayKind === "working" && options.calendar === undefined) {
    throw new UsageError("--investigations-day-kind working needs --calendar <file.json> ({ \"holidays\": [...], \"workdays\"?: [...] }): no holiday calendar is built in")
  }
  // working days: by the calendar file --calendar gives (the one --enforcement counts 第七十八条 with)
  const counting: InvestigationOptions = {
    reportClockFrom: options.reportClockFrom,
    firstDay: options.firstDay,
    ...(options.dayKind === "working" ? { dayKind: "working" as const, calendar: readWorkingDayCalendar(options.calendar!, options.cwd) } : {})
  }
  if (!isPostgres(options.source) && /\.json$/iu.test(options.source)) {
    const input = await readJson(reading, options.source, "investigation cases")
    if (!Array.isArray(input)) throw new UsageError(`--investigations ${options.source}: expected a JSON array of investigation cases`)
    const { checked, rejected } = checkCases(input, asOf, counting)
    return investigationSectionOf(checked, rejected, { source: options.source, asOf: options.asOf }, counting)
  }
  const { readInvestigationStore } = await import("./run.ts")
  const cases = await readInvestigationStore({ db: options.source, cwd: options.cwd }, "--investigations")
  const checked = cases.map((c) => ({ case: c, check: checkInvestigation(c, asOf, counting) }))
  return investigationSectionOf(checked, [], { source: displaySource(options.source), asOf: options.asOf }, counting)
}
