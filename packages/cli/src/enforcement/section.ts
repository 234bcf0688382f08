/**
 * 执法 — what `anquan check --enforcement <db>` adds to the html and json reports: the enforcement
 * cases of a case store as of the check's date — the cases by stage, the orders to rectify still
 * running and those past their deadline (逾期未改), the penalty decisions not published within 7
 * working days (安全生产法 第七十八条, with the working-day calendar of `--calendar`), and the year's
 * case statistics (1 January to the check's date, by department, compared with the same days a year
 * earlier) against the target (default seed 002's +15 %).
 *
 * The store is read only (a SQLite file written by `anquan enforcement`, checked read-only before it
 * opens, or a `postgres://` URL). Every number comes from the store's own reads (`list`, `overdue`,
 * `publication`, `statistics`): the section is what `anquan enforcement overdue|publication|stats`
 * print, in one place.
 *
 * @since 0.2.0
 */
import { addWorkingDays, CalendarDate, WorkingDayCalendar } from "@anquan/core"
import type { CaseStage, CaseStatistics, OverdueOrder, PublicationFinding } from "@anquan/enforcement"
import { PUBLICATION_WORKING_DAYS, seed002PenaltyCaseTarget } from "@anquan/enforcement"
import { Schema } from "effect"
import { UsageError } from "../check.ts"
import { displaySource, isPostgres, readJson, requireSqliteTable, resolvePath } from "../ledger/run.ts"
import { withCases } from "./run.ts"

/**
 * Options of `enforcementSection`.
 *
 * @since 0.2.0
 */
export interface EnforcementSectionOptions {
  /** The case store: a SQLite file written by `anquan enforcement` or a `postgres://` URL, relative to `cwd`. */
  readonly source: string
  /** The check's date: everything is as of it. */
  readonly asOf: string
  /** A JSON working-day calendar `{ holidays, workdays? }` for 第七十八条; default weekends only (and the section says so). */
  readonly calendar?: string | undefined
  /** `seed-002` (default), `none`, or a JSON file of a target, as `anquan enforcement stats --target`. */
  readonly target?: string | undefined
  /** Where relative paths are resolved; default `process.cwd()`. */
  readonly cwd?: string | undefined
}

/**
 * An order to rectify still running on the day (issued by then, its deadline not passed, the case
 * not closed, no review found it rectified).
 *
 * @since 0.2.0
 */
export interface RunningOrder {
  readonly caseId: string
  readonly subject: string
  readonly subjectName: string | null
  readonly department: string
  readonly issuedOn: string
  readonly deadline: string
  /** Calendar days left: 0 on the deadline day. */
  readonly daysLeft: number
}

/**
 * An order to rectify past its deadline on the day (`overdueOrders` of `@anquan/enforcement`, days
 * as `YYYY-MM-DD`).
 *
 * @since 0.2.0
 */
export interface SectionOverdueOrder extends Omit<RunningOrder, "daysLeft"> {
  readonly documentNo: string | null
  /** Calendar days past the deadline: 1 the day after it. */
  readonly daysOverdue: number
  /** The day of the last review, which found the order not rectified; `null` without one. */
  readonly lastReviewOn: string | null
}

/**
 * The enforcement section of a check report.
 *
 * @since 0.2.0
 */
export interface EnforcementSection {
  /** The store read: the file as given, or the PostgreSQL URL without its password. */
  readonly source: string
  readonly asOf: string
  /** The cases in the store (opened on or before the day), closed and open, and the open ones by stage. */
  readonly cases: {
    readonly total: number
    readonly open: number
    readonly closed: number
    readonly byStage: Readonly<Record<CaseStage, number>>
  }
  /** Orders to rectify still running, the nearest deadline first. */
  readonly runningOrders: ReadonlyArray<RunningOrder>
  /** Orders past their deadline, most overdue first. */
  readonly overdueOrders: ReadonlyArray<SectionOverdueOrder>
  /**
   * 第七十八条: the penalty decisions decided by the day, those published late or not yet and past
   * their deadline (`late`), those not yet published whose deadline is still ahead (`due`, the nearest
   * first), and the calendar counted with.
   */
  readonly publication: {
    readonly calendar: "weekends-only" | "given"
    readonly decided: number
    readonly late: ReadonlyArray<PublicationFinding>
    readonly due: ReadonlyArray<{ readonly caseId: string; readonly documentNo: string; readonly decidedOn: string; readonly deadline: string }>
  }
  /** The year to date (1 January – the day), by department, against the target. */
  readonly statistics: CaseStatistics
}

const overdueView = (o: OverdueOrder): SectionOverdueOrder => ({
  caseId: o.caseId,
  subject: o.subject,
  subjectName: o.subjectName ?? null,
  department: o.department,
  documentNo: o.order.documentNo ?? null,
  issuedOn: CalendarDate.format(o.order.issuedOn),
  deadline: CalendarDate.format(o.order.deadline),
  daysOverdue: o.daysOverdue,
  lastReviewOn: o.lastReview === undefined ? null : CalendarDate.format(o.lastReview.on)
})

const STAGES: ReadonlyArray<CaseStage> = ["inspected", "findings-recorded", "rectification-ordered", "penalty-decided", "reviewed", "closed"]
const CASES_TABLE = "anquan_enforcement_cases"

/**
 * Reads the enforcement section, read-only. Throws {@link UsageError} naming `--enforcement` when
 * the store cannot be opened or read (a missing file, a file that is not a case store, an
 * unreachable database) and naming `--calendar` or `--enforcement-target` when those do not decode.
 *
 * @since 0.2.0
 */
export const enforcementSection = async (options: EnforcementSectionOptions): Promise<EnforcementSection> => {
  const reading = { cwd: options.cwd, write: () => {}, writeError: () => {} }
  const source = displaySource(options.source)
  const asOf = CalendarDate.make(options.asOf)
  const yearStart = `${options.asOf.slice(0, 4)}-01-01`
  const outcome = await withCases({ ...reading, db: options.source }, {
    mode: "read",
    validate: () => {
      if (!isPostgres(options.source)) {
        requireSqliteTable({
          flag: "--enforcement",
          source: options.source,
          filename: resolvePath(reading, options.source),
          table: CASES_TABLE,
          missing: "no enforcement case store at {filename} (give a SQLite file written by anquan enforcement or a postgres:// URL)",
          notIt: "is not an enforcement case store",
          writeOne: "anquan enforcement import"
        })
      }
    }
  }, async (store, caller) => {
    const calendar = options.calendar === undefined ? undefined : await readJson(reading, options.calendar, "working-day calendar")
    const t = options.target ?? "seed-002"
    const target = t === "seed-002" ? seed002PenaltyCaseTarget : t === "none" ? undefined : await readJson(reading, t, "enforcement target")
    const files = (await store.list(caller, {})).filter((f) => f.case.inspection.on.getTime() <= asOf.getTime())
    const overdueOrders = (await store.overdue(caller, { asOf: options.asOf })).map(overdueView)
    // the store decodes the calendar (a bad one fails there, with its problems); the same one counts the deadlines ahead
    const late = await store.publication(caller, { asOf: options.asOf, calendar })
    const workingDays = calendar === undefined ? undefined : Schema.decodeUnknownSync(WorkingDayCalendar)(calendar)
    const due: Array<EnforcementSection["publication"]["due"][number]> = []
    const statistics = await store.statistics(caller, { from: yearStart, to: options.asOf, by: "department", target })
    const overdueIds = new Set(overdueOrders.map((o) => o.caseId))
    const byStage = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<CaseStage, number>
    const runningOrders: Array<RunningOrder> = []
    let closed = 0
    let decided = 0
    for (const { case: c } of files) {
      const p = c.penalty
      if (p !== undefined && p.decidedOn.getTime() <= asOf.getTime()) {
        decided++
        const deadline = addWorkingDays(p.decidedOn, PUBLICATION_WORKING_DAYS, workingDays)
        const published = p.publishedOn !== undefined && p.publishedOn.getTime() <= asOf.getTime()
        if (!published && deadline.getTime() >= asOf.getTime()) {
          due.push({ caseId: c.id, documentNo: p.documentNo, decidedOn: CalendarDate.format(p.decidedOn), deadline: CalendarDate.format(deadline) })
        }
      }
      if (c.closedOn !== undefined && c.closedOn.getTime() <= asOf.getTime()) {
        closed++
        continue
      }
      byStage[c.stage]++
      if (overdueIds.has(c.id)) continue
      const order = c.orders.filter((o) => o.issuedOn.getTime() <= asOf.getTime()).at(-1)
      if (order === undefined) continue
      const review = c.reviews.filter((r) => r.on.getTime() <= asOf.getTime() && r.on.getTime() >= order.issuedOn.getTime()).at(-1)
      if (review?.outcome === "rectified") continue
      runningOrders.push({
        caseId: c.id,
        subject: c.subject,
        subjectName: c.subjectName ?? null,
        department: c.department,
        issuedOn: CalendarDate.format(order.issuedOn),
        deadline: CalendarDate.format(order.deadline),
        daysLeft: CalendarDate.daysBetween(asOf, order.deadline)
      })
    }
    runningOrders.sort((a, b) => a.daysLeft - b.daysLeft || (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0))
    return {
      source,
      asOf: options.asOf,
      cases: { total: files.length, open: files.length - closed, closed, byStage },
      runningOrders,
      overdueOrders,
      publication: {
        calendar: calendar === undefined ? "weekends-only" as const : "given" as const,
        decided,
        late,
        due: due.sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.caseId < b.caseId ? -1 : 1))
      },
      statistics
    }
  })
  if (outcome.exitCode === 0) return outcome.value
  const e = outcome.error
  throw new UsageError(e._tag === "UsageError" ? e.message : `--enforcement ${source}: cannot read the enforcement case store: ${e._tag}: ${e.summary}`)
}
