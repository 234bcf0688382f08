/**
 * 风险指标 — the register's figures as of a date: risk points by grade and by jurisdiction, reviews
 * overdue (复评逾期), re-assessments called for by a trigger, controls missing and 重大 risks
 * without a named responsible person (包保责任人).
 *
 * - A point's grade is its assessment's under the configuration; a point without an assessment is
 *   counted as `unassessed`; one whose assessment the configuration cannot grade (a factor outside
 *   its scale) is listed under `ungradable`, never dropped.
 * - A review is due `intervalDays` (the point's own, else the configuration's for its grade) after
 *   the last review, or after the assessment when there was none, and overdue the day after it is
 *   due.
 * - Controls are missing when a point has none at all, or lacks a kind its grade requires
 *   (`requiredControls`).
 *
 * @since 0.2.0
 */
import { CalendarDate } from "@anquan/core"
import { Result } from "effect"
import type { AssessmentIssue, Graded } from "./assessment.ts"
import { grade } from "./assessment.ts"
import type { ControlKind, RiskConfig } from "./config.ts"
import { ControlKinds } from "./config.ts"
import type { RiskGrade } from "./grade.ts"
import { RiskGrades } from "./grade.ts"
import type { ReassessmentTrigger, RiskPoint } from "./model.ts"
import { pendingTriggers } from "./model.ts"

/** Counts per grade, and of the points not assessed. @since 0.2.0 */
export type GradeCounts = { readonly [G in RiskGrade]: number } & { readonly unassessed: number }

/** A review past its due day. @since 0.2.0 */
export interface OverdueReview {
  readonly id: string
  readonly name: string
  readonly enterprise: string
  readonly jurisdiction: string
  readonly grade: RiskGrade
  /** The day the review was due (`YYYY-MM-DD`). */
  readonly dueOn: string
  readonly daysOverdue: number
}

/** A point whose triggers call for a re-assessment. @since 0.2.0 */
export interface ReassessmentDue {
  readonly id: string
  readonly name: string
  readonly triggers: ReadonlyArray<{ readonly kind: ReassessmentTrigger["kind"]; readonly on: string; readonly ref: string | null }>
}

/** A point with controls missing: none at all, or the kinds its grade requires that it lacks. @since 0.2.0 */
export interface ControlsMissing {
  readonly id: string
  readonly name: string
  readonly grade: RiskGrade | null
  readonly none: boolean
  readonly missingKinds: ReadonlyArray<ControlKind>
}

/**
 * The register's figures as of a date.
 *
 * @since 0.2.0
 */
export interface RiskMetrics {
  readonly asOf: string
  readonly total: number
  readonly byGrade: GradeCounts
  /** Per jurisdiction code of the points (not rolled up). */
  readonly byJurisdiction: Readonly<Record<string, GradeCounts>>
  readonly reviewsOverdue: { readonly count: number; readonly points: ReadonlyArray<OverdueReview> }
  readonly reassessmentDue: { readonly count: number; readonly points: ReadonlyArray<ReassessmentDue> }
  readonly controlsMissing: { readonly count: number; readonly points: ReadonlyArray<ControlsMissing> }
  /** 重大 risks without a named 包保责任人. */
  readonly majorWithoutResponsible: { readonly count: number; readonly points: ReadonlyArray<{ readonly id: string; readonly name: string }> }
  /** Points whose assessment the configuration cannot grade, with why. */
  readonly ungradable: ReadonlyArray<{ readonly id: string; readonly issues: ReadonlyArray<AssessmentIssue> }>
}

const zero = (): { -readonly [K in keyof GradeCounts]: number } => ({ major: 0, significant: 0, general: 0, low: 0, unassessed: 0 })

/**
 * A point's grade under the configuration: `undefined` when it has no assessment.
 *
 * @since 0.2.0
 */
export const gradePoint = (point: RiskPoint, config: RiskConfig): Result.Result<Graded | undefined, ReadonlyArray<AssessmentIssue>> =>
  point.assessment === undefined ? Result.succeed(undefined) : grade(point.assessment, config)

/**
 * The day a point's next review is due, given its grade; `undefined` for a point never assessed
 * nor reviewed.
 *
 * @since 0.2.0
 */
export const reviewDueOn = (point: RiskPoint, pointGrade: RiskGrade, config: RiskConfig): Date | undefined => {
  const base = point.review?.lastReviewedOn ?? point.assessedOn
  if (base === undefined) return undefined
  return CalendarDate.addDays(base, point.review?.intervalDays ?? config.reviewIntervalDays[pointGrade])
}

/**
 * The figures of decoded risk points as of `asOf` (`YYYY-MM-DD`). Pure; the grade of each point
 * may be given (`gradeOf`, e.g. the grade a store recorded), else it is computed.
 *
 * @since 0.2.0
 */
export const computeRiskMetrics = (
  points: ReadonlyArray<RiskPoint>,
  options: { readonly asOf: string; readonly config: RiskConfig; readonly gradeOf?: ((point: RiskPoint) => RiskGrade | undefined) | undefined }
): RiskMetrics => {
  const asOf = CalendarDate.make(options.asOf)
  const byGrade = zero()
  const byJurisdiction: Record<string, ReturnType<typeof zero>> = {}
  const overdue: Array<OverdueReview> = []
  const reassess: Array<ReassessmentDue> = []
  const missing: Array<ControlsMissing> = []
  const noResponsible: Array<{ id: string; name: string }> = []
  const ungradable: Array<{ id: string; issues: ReadonlyArray<AssessmentIssue> }> = []
  for (const point of points) {
    let g: RiskGrade | undefined
    if (options.gradeOf !== undefined) {
      g = options.gradeOf(point)
    } else {
      const r = gradePoint(point, options.config)
      if (Result.isFailure(r)) {
        ungradable.push({ id: point.id, issues: r.failure })
        continue
      }
      g = r.success?.grade
    }
    const key = g ?? "unassessed"
    byGrade[key]++
    const j = (byJurisdiction[point.jurisdiction] ??= zero())
    j[key]++
    if (g !== undefined) {
      const due = reviewDueOn(point, g, options.config)
      if (due !== undefined && due.getTime() < asOf.getTime()) {
        overdue.push({
          id: point.id,
          name: point.name,
          enterprise: point.enterprise,
          jurisdiction: point.jurisdiction,
          grade: g,
          dueOn: CalendarDate.format(due),
          daysOverdue: CalendarDate.daysBetween(due, asOf)
        })
      }
      if (g === "major" && point.responsible === undefined) noResponsible.push({ id: point.id, name: point.name })
    }
    const pending = pendingTriggers(point).filter((t) => t.on.getTime() <= asOf.getTime())
    if (pending.length > 0) {
      reassess.push({
        id: point.id,
        name: point.name,
        triggers: pending.map((t) => ({ kind: t.kind, on: CalendarDate.format(t.on), ref: t.ref ?? null }))
      })
    }
    const have = new Set(point.controls.map((c) => c.kind))
    const required = g === undefined ? [] : options.config.requiredControls[g]
    const lacking = ControlKinds.filter((k) => required.includes(k) && !have.has(k))
    if (point.controls.length === 0 || lacking.length > 0) {
      missing.push({ id: point.id, name: point.name, grade: g ?? null, none: point.controls.length === 0, missingKinds: lacking })
    }
  }
  overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return {
    asOf: options.asOf,
    total: points.length,
    byGrade,
    byJurisdiction,
    reviewsOverdue: { count: overdue.length, points: overdue },
    reassessmentDue: { count: reassess.length, points: reassess },
    controlsMissing: { count: missing.length, points: missing },
    majorWithoutResponsible: { count: noResponsible.length, points: noResponsible },
    ungradable
  }
}

/** Every grade key, for iteration. @since 0.2.0 */
export const gradeKeys: ReadonlyArray<RiskGrade> = RiskGrades
