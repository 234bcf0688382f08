/**
 * 列入线索 — the entries the configured conditions call for, from a record: each accident that
 * meets an `accident` condition (its first day is the accident's Beijing calendar day), and each
 * run of penalty decisions that meets a `penalties` condition (its first day is the decision that
 * completes the run; runs do not overlap). A `decision` condition derives nothing: a department
 * decides. Candidates are proposals: `anquan credit list add` (or `AddEntry`) records them.
 *
 * @since 0.2.0
 */
import type { Accident, AccidentGrade } from "@anquan/core"
import { accidentGradeOf, CalendarDate, calendarDayOf } from "@anquan/core"
import { accidentGradeOrder } from "./classes.ts"
import type { CreditConfig } from "./config.ts"
import type { EntryStatus, NewEntry } from "./listing.ts"
import { entryOf, statusOf } from "./listing.ts"
import type { CreditRecord } from "./record.ts"

/** One proposed entry, with its status as of the day if it were listed. @since 0.2.0 */
export interface Candidate {
  readonly entry: NewEntry
  readonly statusOnDay: EntryStatus
}

const meets = (a: Accident, when: { readonly minDeaths?: number; readonly minGrade?: AccidentGrade }): boolean => {
  if (when.minDeaths !== undefined && a.deaths < when.minDeaths) return false
  if (when.minGrade !== undefined && accidentGradeOrder.indexOf(accidentGradeOf(a)) < accidentGradeOrder.indexOf(when.minGrade)) return false
  return true
}

/**
 * The candidates of a decoded record as of a day (pure): facts after the day count for nothing.
 *
 * @since 0.2.0
 */
export const candidatesOf = (record: CreditRecord, asOf: Date, config: CreditConfig): ReadonlyArray<Candidate> => {
  const out: Array<Candidate> = []
  const byCode = new Map(record.enterprises.map((e) => [e.creditCode as string, e]))
  const add = (entry: NewEntry) => {
    const listed = entryOf(entry, config)
    if (listed !== undefined) out.push({ entry, statusOnDay: statusOf(listed, asOf) })
  }
  for (const condition of config.conditions) {
    const when = condition.when
    if (when._tag === "accident") {
      for (const a of record.accidents ?? []) {
        const e = a.subject === undefined ? undefined : byCode.get(a.subject)
        const day = calendarDayOf(a.occurredAt)
        if (e === undefined || day.getTime() > asOf.getTime() || !meets(a, when)) continue
        add({
          enterprise: e.creditCode,
          name: e.name,
          jurisdiction: e.jurisdiction,
          condition: condition.id,
          from: day,
          reason: `${a.id}: ${a.description} (${a.deaths} deaths)`,
          ref: a.id
        })
      }
    } else if (when._tag === "penalties") {
      for (const e of record.enterprises) {
        const ps = (record.penalties ?? [])
          .filter((p) => p.subject === e.creditCode && p.decidedOn.getTime() <= asOf.getTime())
          .sort((x, y) => x.decidedOn.getTime() - y.decidedOn.getTime() || (x.id < y.id ? -1 : 1))
        let i = when.atLeast - 1
        while (i < ps.length) {
          const run = ps.slice(i - when.atLeast + 1, i + 1)
          if (CalendarDate.daysBetween(run[0]!.decidedOn, run[run.length - 1]!.decidedOn) < when.withinDays) {
            add({
              enterprise: e.creditCode,
              name: e.name,
              jurisdiction: e.jurisdiction,
              condition: condition.id,
              from: run[run.length - 1]!.decidedOn,
              reason: `${run.length} penalty decisions within ${when.withinDays} days: ${run.map((p) => p.id).join(", ")}`,
              ref: run[run.length - 1]!.id
            })
            i += when.atLeast
          } else i++
        }
      }
    }
  }
  return out
}
