/**
 * 处罚决定公开 — 安全生产法 第七十八条 (2021): penalty decisions are published within 7 working days
 * (regulations.md §7: "publication of penalty decisions within 7 working days").
 *
 * How the days are counted, and what is an assumption:
 *
 * - The period starts the day after the decision: the decision day is day 0, the first working
 *   day after it is working day 1, and the deadline is the 7th working day (publication on that day
 *   is in time). The paraphrase in regulations.md does not say from which day the period runs;
 *   counting from the decision is this package's reading, stated here.
 * - A working day is Monday to Friday, minus the public holidays and plus the adjusted working days
 *   (调休, a Saturday or Sunday worked) of the calendar given. The State Council's holiday
 *   arrangement changes every year and is not in the SDK's sources: without a calendar only
 *   weekends are skipped, and every result says so (`calendar: "weekends-only"`). Give the year's
 *   holidays and adjusted working days (`WorkingDayCalendar`) to count them.
 *
 * @since 0.2.0
 */
import type { Localized, WorkingDayCalendar } from "@anquan/core"
import { addWorkingDays, CalendarDate, workingDaysBetween } from "@anquan/core"
import type { EnforcementCase } from "./model.ts"

/**
 * 工作日历 and the working-day counts: `@anquan/core`'s (one calendar for every package that counts
 * working days), re-exported here as this package has always offered them.
 *
 * @since 0.2.0
 */
export { addWorkingDays, isWorkingDay, WorkingDayCalendar, workingDaysBetween } from "@anquan/core"

/** The Safety Law article the check rests on (regulations.md §7, verified). @since 0.2.0 */
export const publicationCitation = { document: "work-safety-law-2021", article: 78, verified: true } as const

/** The working days 第七十八条 allows. @since 0.2.0 */
export const PUBLICATION_WORKING_DAYS = 7

/**
 * 未按时公开 — a penalty decision not published by the 7th working day after it: published late
 * (`publishedOn` after `deadline`) or, as of the day, not published and past the deadline.
 *
 * @since 0.2.0
 */
export interface PublicationFinding {
  readonly caseId: string
  readonly subject: string
  readonly documentNo: string
  readonly decidedOn: string
  readonly deadline: string
  /** Absent: not published by the as-of day. */
  readonly publishedOn?: string | undefined
  /** Working days past the deadline (to the publication, or to the as-of day). */
  readonly workingDaysLate: number
  readonly citation: typeof publicationCitation
  /** `weekends-only`: no holiday calendar was given, public holidays were counted as working days. */
  readonly calendar: "weekends-only" | "given"
  readonly message: Localized
}

/**
 * Options of {@link publicationFindings}.
 *
 * @since 0.2.0
 */
export interface PublicationOptions {
  readonly asOf: Date
  readonly calendar?: WorkingDayCalendar | undefined
}

/**
 * The 第七十八条 finding of one case as of a day, if any. Decisions dated after the as-of day are
 * not counted; a publication dated after it is not known yet. Pure.
 *
 * @since 0.2.0
 */
export const publicationFindingOf = (c: EnforcementCase, options: PublicationOptions): PublicationFinding | undefined => {
  const p = c.penalty
  if (p === undefined || p.decidedOn.getTime() > options.asOf.getTime()) return undefined
  const deadline = addWorkingDays(p.decidedOn, PUBLICATION_WORKING_DAYS, options.calendar)
  const published = p.publishedOn !== undefined && p.publishedOn.getTime() <= options.asOf.getTime() ? p.publishedOn : undefined
  const end = published ?? options.asOf
  if (end.getTime() <= deadline.getTime()) return undefined
  const late = workingDaysBetween(deadline, end, options.calendar)
  const fmt = CalendarDate.format
  return {
    caseId: c.id,
    subject: c.subject,
    documentNo: p.documentNo,
    decidedOn: fmt(p.decidedOn),
    deadline: fmt(deadline),
    ...(published === undefined ? {} : { publishedOn: fmt(published) }),
    workingDaysLate: late,
    citation: publicationCitation,
    calendar: options.calendar === undefined ? "weekends-only" : "given",
    message: published === undefined
      ? {
        "zh-CN": `行政处罚决定${p.documentNo}（${fmt(p.decidedOn)}作出）应于${fmt(deadline)}前公开，截至${fmt(options.asOf)}未公开`,
        en: `penalty decision ${p.documentNo} of ${fmt(p.decidedOn)} was due for publication by ${fmt(deadline)} and is not published as of ${fmt(options.asOf)}`
      }
      : {
        "zh-CN": `行政处罚决定${p.documentNo}（${fmt(p.decidedOn)}作出）应于${fmt(deadline)}前公开，实际于${fmt(published)}公开，迟${late}个工作日`,
        en: `penalty decision ${p.documentNo} of ${fmt(p.decidedOn)} was due for publication by ${fmt(deadline)} and was published on ${fmt(published)}, ${late} working day(s) late`
      }
  }
}

/**
 * Every 第七十八条 finding among the cases as of a day, by case id. Pure.
 *
 * @since 0.2.0
 */
export const publicationFindings = (cases: ReadonlyArray<EnforcementCase>, options: PublicationOptions): ReadonlyArray<PublicationFinding> =>
  cases
    .map((c) => publicationFindingOf(c, options))
    .filter((f): f is PublicationFinding => f !== undefined)
    .sort((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0))
