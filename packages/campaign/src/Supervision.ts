/**
 * 分类监管 — supervision classes A–D and the inspection frequency each implies.
 *
 * Seed 003 (line 21) gives the classes and what each calls for — 巩固a类、提高b类、整治c类、淘汰d类
 * (consolidate A, improve B, rectify C, eliminate D) — and asks every district to 对本辖区企业实行
 * abcd分级、分类监管 and to set its own 检查频次 in an enforcement plan (制定有针对性的执法计划,明确执法
 * 检查内容和检查频次). It states **no frequency per class**, and neither does any other seed (004 line
 * 208 only ties standardization to 监管频次). So the frequency is configuration
 * (`SupervisionPolicy`) with **no default**: a class without a configured frequency is reported as
 * `frequency-not-configured`, never given an invented one.
 *
 * `supervisionSchedule` counts, per unit, the inspections done in each period (month, quarter,
 * half-year or year) from a start date to the as-of date against the frequency of its class.
 * By default only government inspections (监管执法检查) count.
 *
 * @since 0.1.0
 */
import { CalendarDate, Inspection, InspectorKind, SupervisionClass, UnifiedSocialCreditCode } from "@anquan/core"
import { Effect, Schema } from "effect"
import { type InvalidAsOfError, resolveAsOfDate } from "./AsOf.ts"

/**
 * What a class calls for, as seed 003 words it.
 *
 * @since 0.1.0
 */
export interface SupervisionClassInfo {
  readonly class: SupervisionClass
  readonly action: "consolidate" | "improve" | "rectify" | "eliminate"
  /** 巩固 / 提高 / 整治 / 淘汰. */
  readonly zh: string
}

/**
 * The four classes (seed 003 line 21: 巩固a类、提高b类、整治c类、淘汰d类).
 *
 * @since 0.1.0
 */
export const supervisionClasses: { readonly [C in SupervisionClass]: SupervisionClassInfo } = {
  A: { class: "A", action: "consolidate", zh: "巩固" },
  B: { class: "B", action: "improve", zh: "提高" },
  C: { class: "C", action: "rectify", zh: "整治" },
  D: { class: "D", action: "eliminate", zh: "淘汰" }
}

/**
 * 检查频次 — at least `count` inspections per `per` (calendar month, quarter, half-year or year).
 *
 * @since 0.1.0
 */
export const InspectionFrequency = Schema.Struct({
  count: Schema.Int.check(Schema.isGreaterThanOrEqualTo(1)),
  per: Schema.Literals(["month", "quarter", "half-year", "year"])
}).annotate({ identifier: "InspectionFrequency", description: "检查频次 — count per month | quarter | half-year | year" })
/** @since 0.1.0 */
export type InspectionFrequency = typeof InspectionFrequency.Type

/**
 * 分类监管政策 — the frequency per class (each optional: no default exists), the inspector kinds
 * that count (default government only) and the basis (the local enforcement plan).
 *
 * @since 0.1.0
 */
export const SupervisionPolicy = Schema.Struct({
  frequencies: Schema.Struct({
    A: Schema.optionalKey(InspectionFrequency),
    B: Schema.optionalKey(InspectionFrequency),
    C: Schema.optionalKey(InspectionFrequency),
    D: Schema.optionalKey(InspectionFrequency)
  }),
  inspectorKinds: Schema.optionalKey(Schema.Array(InspectorKind)),
  basis: Schema.optionalKey(Schema.NonEmptyString)
}).annotate({ identifier: "SupervisionPolicy", description: "分类监管政策 — frequencies per class (no default), inspectorKinds?, basis?" })
/** @since 0.1.0 */
export type SupervisionPolicy = typeof SupervisionPolicy.Type

/**
 * The frequency `policy` sets for `cls`, or `undefined` when it sets none.
 *
 * @since 0.1.0
 */
export const inspectionFrequency = (cls: SupervisionClass, policy: SupervisionPolicy): InspectionFrequency | undefined =>
  policy.frequencies[cls]

/**
 * 监管对象 — a unit with its supervision class (a core `Enterprise` decodes as one).
 *
 * @since 0.1.0
 */
export const SupervisedUnit = Schema.Struct({
  creditCode: UnifiedSocialCreditCode,
  name: Schema.NonEmptyString,
  supervisionClass: Schema.optionalKey(SupervisionClass)
}).annotate({ identifier: "SupervisedUnit" })
/** @since 0.1.0 */
export type SupervisedUnit = typeof SupervisedUnit.Type

/**
 * One period of a unit's schedule.
 *
 * @since 0.1.0
 */
export interface SupervisionPeriod {
  readonly period: string
  readonly window: { readonly from: Date; readonly to: Date }
  readonly required: number
  readonly done: number
  /** `met`, `short` (period over, too few), `in-progress` (the period contains the as-of date). */
  readonly status: "met" | "short" | "in-progress"
}

/**
 * A unit's schedule: its class and frequency, or why there is none.
 *
 * @since 0.1.0
 */
export type UnitSchedule =
  | {
    readonly creditCode: string
    readonly name: string
    readonly status: "scheduled"
    readonly class: SupervisionClassInfo
    readonly frequency: InspectionFrequency
    readonly periods: ReadonlyArray<SupervisionPeriod>
    /** Completed periods with too few inspections. */
    readonly shortPeriods: number
  }
  | { readonly creditCode: string; readonly name: string; readonly status: "class-unknown" }
  | { readonly creditCode: string; readonly name: string; readonly status: "frequency-not-configured"; readonly class: SupervisionClassInfo }

/**
 * Input of `supervisionSchedule`.
 *
 * @since 0.1.0
 */
export interface ScheduleInput {
  readonly units: ReadonlyArray<SupervisedUnit>
  readonly inspections: ReadonlyArray<Pick<Inspection, "subject" | "inspectedOn" | "inspectorKind">>
  readonly policy: SupervisionPolicy
  /** First day of the first period counted (periods are calendar periods containing it onwards). */
  readonly from: Date
}

const monthsPer = { month: 1, quarter: 3, "half-year": 6, year: 12 } as const

const periodLabel = (y: number, m: number, per: InspectionFrequency["per"]): string =>
  per === "month"
    ? `${y}-${String(m + 1).padStart(2, "0")}`
    : per === "quarter"
    ? `${y}-Q${m / 3 + 1}`
    : per === "half-year"
    ? `${y}-H${m / 6 + 1}`
    : `${y}`

/**
 * Each unit's inspections per calendar period from `from` to `asOf` against its class's frequency.
 *
 * @example
 * ```ts
 * const s = supervisionSchedule({ units, inspections, policy: { frequencies: { C: { count: 1, per: "month" } } },
 *   from: CalendarDate.make("2024-01-01") }, CalendarDate.make("2024-03-15"))
 * ```
 * @since 0.1.0
 */
export const supervisionSchedule = (input: ScheduleInput, asOf: Date): ReadonlyArray<UnitSchedule> => {
  const kinds = input.policy.inspectorKinds ?? ["government"]
  return input.units.map((u): UnitSchedule => {
    if (u.supervisionClass === undefined) return { creditCode: u.creditCode, name: u.name, status: "class-unknown" }
    const info = supervisionClasses[u.supervisionClass]
    const frequency = inspectionFrequency(u.supervisionClass, input.policy)
    if (frequency === undefined) return { creditCode: u.creditCode, name: u.name, status: "frequency-not-configured", class: info }
    const step = monthsPer[frequency.per]
    const dates = input.inspections
      .filter((i) => i.subject === u.creditCode && kinds.includes(i.inspectorKind))
      .map((i) => i.inspectedOn.getTime())
    const periods: Array<SupervisionPeriod> = []
    const startY = input.from.getUTCFullYear()
    const startM = Math.floor(input.from.getUTCMonth() / step) * step
    for (let t = startY * 12 + startM; t <= asOf.getUTCFullYear() * 12 + asOf.getUTCMonth(); t += step) {
      const y = Math.floor(t / 12), m = t % 12
      const window = { from: new Date(Date.UTC(y, m, 1)), to: new Date(Date.UTC(y, m + step, 0)) }
      const done = dates.filter((d) => d >= window.from.getTime() && d <= Math.min(window.to.getTime(), asOf.getTime())).length
      const inProgress = asOf.getTime() <= window.to.getTime()
      periods.push({
        period: periodLabel(y, m, frequency.per),
        window,
        required: frequency.count,
        done,
        status: done >= frequency.count ? "met" : inProgress ? "in-progress" : "short"
      })
    }
    return {
      creditCode: u.creditCode,
      name: u.name,
      status: "scheduled",
      class: info,
      frequency,
      periods,
      shortPeriods: periods.filter((p) => p.status === "short").length
    }
  })
}

/**
 * 分类监管输入 — the data of `ScheduleInput` at an input boundary.
 *
 * @since 0.1.0
 */
export const ScheduleData = Schema.Struct({
  units: Schema.Array(SupervisedUnit),
  inspections: Schema.Array(Inspection),
  policy: SupervisionPolicy,
  from: CalendarDate.CalendarDate
}).annotate({ identifier: "ScheduleData" })

/**
 * Effect entry of `supervisionSchedule`.
 *
 * @since 0.1.0
 */
export const supervisionScheduleEffect = (
  input: unknown,
  options: { readonly asOf?: Date | string | undefined } = {}
): Effect.Effect<ReadonlyArray<UnitSchedule>, Schema.SchemaError | InvalidAsOfError> =>
  Effect.gen(function*() {
    const data = yield* Schema.decodeUnknownEffect(ScheduleData)(input, { errors: "all" })
    const asOf = yield* resolveAsOfDate(options.asOf)
    return supervisionSchedule(data, asOf)
  })

/**
 * Promise entry of `supervisionSchedule`.
 *
 * @since 0.1.0
 */
export const supervisionSchedulePromise = (
  input: unknown,
  options: { readonly asOf?: Date | string | undefined } = {}
): Promise<ReadonlyArray<UnitSchedule>> => Effect.runPromise(supervisionScheduleEffect(input, options))
