/**
 * 逾期未改 — orders to rectify past their deadline, as of a day. Only what is dated on or before
 * the as-of day counts: the order in force is the last one issued by then; it is overdue when the
 * as-of day is after its deadline (the deadline day itself is not overdue), the case was not
 * closed by then, and no review on or after the order and by the as-of day found it rectified
 * (the latest such review decides: a later `not-rectified` review makes it overdue again).
 *
 * @since 0.2.0
 */
import { CalendarDate } from "@anquan/core"
import type { EnforcementCase, RectificationOrder } from "./model.ts"

/**
 * One overdue order.
 *
 * @since 0.2.0
 */
export interface OverdueOrder {
  readonly caseId: string
  readonly subject: string
  readonly subjectName?: string | undefined
  readonly jurisdiction: string
  readonly department: string
  readonly sector: string
  readonly order: RectificationOrder
  /** Calendar days past the deadline: 1 the day after it. */
  readonly daysOverdue: number
  /** The last review by the as-of day, when there is one (it found the order not rectified). */
  readonly lastReview?: { readonly on: Date; readonly outcome: "not-rectified" } | undefined
}

const onOrBefore = (d: Date, asOf: Date): boolean => d.getTime() <= asOf.getTime()

/**
 * The overdue order of one case as of a day, if any. Pure.
 *
 * @since 0.2.0
 */
export const overdueOrderOf = (c: EnforcementCase, asOf: Date): OverdueOrder | undefined => {
  if (c.closedOn !== undefined && onOrBefore(c.closedOn, asOf)) return undefined
  const orders = c.orders.filter((o) => onOrBefore(o.issuedOn, asOf))
  const order = orders[orders.length - 1]
  if (order === undefined || order.deadline.getTime() >= asOf.getTime()) return undefined
  const reviews = c.reviews.filter((r) => onOrBefore(r.on, asOf) && r.on.getTime() >= order.issuedOn.getTime())
  const last = reviews[reviews.length - 1]
  if (last?.outcome === "rectified") return undefined
  return {
    caseId: c.id,
    subject: c.subject,
    subjectName: c.subjectName,
    jurisdiction: c.jurisdiction,
    department: c.department,
    sector: c.sector,
    order,
    daysOverdue: CalendarDate.daysBetween(order.deadline, asOf),
    ...(last === undefined ? {} : { lastReview: { on: last.on, outcome: "not-rectified" as const } })
  }
}

/**
 * Every overdue order among the cases as of a day, most overdue first (then by case id). Pure.
 *
 * @since 0.2.0
 */
export const overdueOrders = (cases: ReadonlyArray<EnforcementCase>, asOf: Date): ReadonlyArray<OverdueOrder> =>
  cases
    .map((c) => overdueOrderOf(c, asOf))
    .filter((o): o is OverdueOrder => o !== undefined)
    .sort((a, b) => b.daysOverdue - a.daysOverdue || (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0))
