/**
 * 控制指标 — control targets evaluated from accident records and base figures, and published per
 * quarter (seed 000 line 19: 每季度公布一次各单位平安生产指标完成情况) or per month (seed 003:
 * 每月公布指标控制情况).
 *
 * A target (core's `ControlTarget`, extended here with accident-kind and grade filters and a
 * `decrease` bound) bounds one metric over a period in a unit's jurisdiction:
 * - counts: `deaths`, `accidents`, `max-deaths-per-accident`;
 * - rates: `deaths-per-100m-yuan-gdp` (亿元GDP死亡率 = deaths × 10⁸ ÷ GDP in yuan),
 *   `deaths-per-100k-population` (十万人死亡率), `deaths-per-100k-industrial-workers`
 *   (工矿商贸十万就业人员死亡率, 工矿商贸 accidents only unless `kinds` says otherwise),
 *   `road-deaths-per-10k-vehicles` (道路交通万车死亡率, road-traffic accidents only);
 * - bounds: `at-most`, `at-least`, `reduction-at-least-percent` (比上年下降不少于 value%),
 *   `decrease` (比上年下降: strictly below last year).
 *
 * "Last year" is the same window one year earlier (year-to-date against year-to-date), counted
 * from the same accident records and the previous year's base figures. When last year's value is
 * 0, a reduction or decrease is met only by 0. Comparisons are exact (integer arithmetic on
 * rationals), so a 3.00% reduction meets a 3% target. `missing` lists what an `indeterminate`
 * result lacks; the `other` metric is always indeterminate.
 *
 * @since 0.1.0
 */
import {
  Accident,
  AccidentGrade,
  accidentGradeOf,
  AccidentKind,
  CalendarDate,
  ControlTarget,
  JurisdictionCode,
  JurisdictionTree,
  type Localized,
  NonNegativeYuan,
  type ResponsibilityAgreement
} from "@anquan/core"
import { calendarDayOf, CHINA_UTC_OFFSET_MINUTES, type InvalidAsOfError, resolveAsOfDate } from "@anquan/accident"
import { Effect, Schema } from "effect"

/**
 * 约束方式 — core's bounds plus `decrease` (比上年下降, strictly lower than last year).
 *
 * @since 0.1.0
 */
export const TargetBound = Schema.Literals(["at-most", "at-least", "reduction-at-least-percent", "decrease"]).annotate({
  identifier: "TargetBound",
  message: "Expected a bound (约束方式): \"at-most\" | \"at-least\" | \"reduction-at-least-percent\" | \"decrease\""
})
/** @since 0.1.0 */
export type TargetBound = typeof TargetBound.Type

/**
 * 控制指标 (扩展) — core's `ControlTarget` with an optional `id`, accident-kind (`kinds`) and
 * grade (`grades`) filters and the `decrease` bound. Every core target is a valid `TargetSpec`.
 * "No accident of 较大 or above" is `{ metric: "accidents", bound: "at-most", value: 0, grades:
 * ["relatively-serious", "serious", "especially-serious"] }`.
 *
 * @since 0.1.0
 */
export const TargetSpec = Schema.Struct({
  ...ControlTarget.fields,
  bound: TargetBound,
  id: Schema.optionalKey(Schema.NonEmptyString),
  kinds: Schema.optionalKey(Schema.Array(AccidentKind)),
  grades: Schema.optionalKey(Schema.Array(AccidentGrade))
}).annotate({ identifier: "TargetSpec", description: "控制指标 — metric, bound, value, filters" })
/** @since 0.1.0 */
export type TargetSpec = typeof TargetSpec.Type

const NonNegativeInt = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))

/**
 * 基数 — the base figures of rates for one period: GDP in whole yuan (1亿元 = 100 000 000),
 * resident population, 工矿商贸 employment, motor vehicles. Absent = unknown.
 *
 * @since 0.1.0
 */
export const BaseFigures = Schema.Struct({
  gdpYuan: Schema.optionalKey(NonNegativeYuan),
  population: Schema.optionalKey(NonNegativeInt),
  industrialWorkers: Schema.optionalKey(NonNegativeInt),
  motorVehicles: Schema.optionalKey(NonNegativeInt)
}).annotate({ identifier: "BaseFigures", description: "基数 — GDP (yuan), population, 工矿商贸 workers, motor vehicles" })
/** @since 0.1.0 */
export type BaseFigures = typeof BaseFigures.Type

/**
 * 单位指标 — the targets allotted to one unit (分解落实到各镇政府、各办事处, seed 000 line 19), the
 * jurisdiction whose accidents count, and the base figures of this year and last.
 *
 * @since 0.1.0
 */
export const UnitTargets = Schema.Struct({
  unit: Schema.NonEmptyString,
  jurisdiction: JurisdictionCode,
  targets: Schema.Array(TargetSpec),
  base: Schema.optionalKey(Schema.Struct({ current: Schema.optionalKey(BaseFigures), previous: Schema.optionalKey(BaseFigures) }))
}).annotate({ identifier: "UnitTargets", description: "单位指标 — a unit's targets, jurisdiction and base figures" })
/** @since 0.1.0 */
export type UnitTargets = typeof UnitTargets.Type

/**
 * The targets carried by agreements, one entry per lower party that names a jurisdiction (the
 * unit that answers for them); agreements without one are skipped.
 *
 * @since 0.1.0
 */
export const targetsFromAgreements = (agreements: ReadonlyArray<ResponsibilityAgreement>): ReadonlyArray<UnitTargets> =>
  agreements.flatMap((a) =>
    a.parties.lower.jurisdiction === undefined ? [] : [{ unit: a.parties.lower.unit, jurisdiction: a.parties.lower.jurisdiction, targets: a.targets }]
  )

/**
 * Whether jurisdiction `code` lies within `ancestor`: by the tree when both are in it, else by
 * GB/T 2260 code prefixes (a province `32`0000, a city `3205`00, a county, a 9-digit township, a
 * 12-digit village).
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

// ---- exact rationals --------------------------------------------------------------------------

interface Ratio {
  readonly num: bigint
  readonly den: bigint
}

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/
/** A non-negative finite number as the exact decimal it prints as (`0.05` is 5/100, `1e-7` is 1/10⁷). */
const ratioOfDecimal = (n: number): Ratio => {
  const text = String(n)
  const m = DECIMAL.exec(text)
  if (m === null) throw new RangeError(`not a non-negative finite number: ${text}`)
  const frac = m[2] ?? ""
  const exp = Number(m[3] ?? "0") - frac.length
  const digits = BigInt(m[1]! + frac)
  return exp >= 0 ? { num: digits * 10n ** BigInt(exp), den: 1n } : { num: digits, den: 10n ** BigInt(-exp) }
}
const cmp = (a: Ratio, b: Ratio): -1 | 0 | 1 => {
  const l = a.num * b.den, r = b.num * a.den
  return l < r ? -1 : l > r ? 1 : 0
}
const toNumber = (r: Ratio) => Number(r.num) / Number(r.den)

// ---- metrics -----------------------------------------------------------------------------------

const RATE: { readonly [M in TargetSpec["metric"]]?: { readonly base: keyof BaseFigures; readonly scale: bigint; readonly kinds?: ReadonlyArray<AccidentKind> } } = {
  "deaths-per-100m-yuan-gdp": { base: "gdpYuan", scale: 100_000_000n },
  "deaths-per-100k-population": { base: "population", scale: 100_000n },
  "deaths-per-100k-industrial-workers": { base: "industrialWorkers", scale: 100_000n, kinds: ["workplace"] },
  "road-deaths-per-10k-vehicles": { base: "motorVehicles", scale: 10_000n, kinds: ["road-traffic"] }
}

type Measured = { readonly value: Ratio; readonly counted: ReadonlyArray<Accident> } | { readonly missing: ReadonlyArray<string> }

const shiftYear = (d: Date, years: number): Date => {
  const next = new Date(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()))
  return next.getUTCMonth() === d.getUTCMonth() ? next : new Date(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth() + 1, 0))
}

/**
 * Context of `evaluateTarget`: the unit's jurisdiction, the accident records (any jurisdiction and
 * year; the ones that count are picked), the base figures and the period a target without its own
 * `period` is measured over (usually the calendar year).
 *
 * @since 0.1.0
 */
export interface TargetContext {
  readonly jurisdiction: string
  readonly accidents: ReadonlyArray<Accident>
  readonly period: { readonly from: Date; readonly to: Date }
  readonly base?: { readonly current?: BaseFigures | undefined; readonly previous?: BaseFigures | undefined } | undefined
  readonly tree?: JurisdictionTree.JurisdictionTree | undefined
  readonly utcOffsetMinutes?: number | undefined
}

/**
 * 指标完成情况 — one target's result: the window measured (period start to the as-of day or the
 * period end), whether the period is over (`final`), the status, the values (numbers for display;
 * the comparison itself is exact), and the accidents counted.
 *
 * @since 0.1.0
 */
export interface TargetResult {
  readonly target: TargetSpec
  readonly window: { readonly from: Date; readonly to: Date }
  readonly final: boolean
  readonly status: "met" | "not-met" | "indeterminate"
  readonly actual?: number
  readonly baseline?: number
  /** (baseline − actual) ÷ baseline × 100, when there is a baseline above 0. */
  readonly reductionPercent?: number
  readonly accidents: ReadonlyArray<string>
  readonly missing?: ReadonlyArray<string>
  readonly note?: Localized
}

/**
 * Evaluates one target as of a calendar day. Pure.
 *
 * @example
 * ```ts
 * // seed 000 line 17: 各类事故死亡人数与上年相比至少下降3%
 * evaluateTarget({ metric: "deaths", bound: "reduction-at-least-percent", value: 3 },
 *   { jurisdiction: "441302", accidents, period: { from: CalendarDate.make("2024-01-01"), to: CalendarDate.make("2024-12-31") } },
 *   CalendarDate.make("2024-12-31"))
 * ```
 * @since 0.1.0
 */
export const evaluateTarget = (target: TargetSpec, ctx: TargetContext, asOf: Date): TargetResult => {
  const offset = ctx.utcOffsetMinutes ?? CHINA_UTC_OFFSET_MINUTES
  const period = target.period === undefined ? ctx.period : { from: target.period.from, to: target.period.to ?? ctx.period.to }
  const end = asOf.getTime() < period.to.getTime() ? asOf : period.to
  const window = { from: period.from, to: end }
  const final = asOf.getTime() >= period.to.getTime()
  const rate = RATE[target.metric]
  const kinds = target.kinds ?? rate?.kinds

  const pick = (w: { from: Date; to: Date }) =>
    ctx.accidents.filter((a) => {
      const day = calendarDayOf(a.occurredAt, offset)
      return CalendarDate.isWithin(w, day) &&
        isWithinJurisdiction(a.jurisdiction, ctx.jurisdiction, ctx.tree) &&
        (target.sectors === undefined || target.sectors.includes(a.sector)) &&
        (kinds === undefined || (a.kind !== undefined && kinds.includes(a.kind))) &&
        (target.grades === undefined || target.grades.includes(accidentGradeOf(a)))
    })
  const unknownKind = (w: { from: Date; to: Date }) =>
    kinds === undefined ? [] : ctx.accidents.filter((a) =>
      a.kind === undefined && CalendarDate.isWithin(w, calendarDayOf(a.occurredAt, offset)) &&
      isWithinJurisdiction(a.jurisdiction, ctx.jurisdiction, ctx.tree)
    )

  const measure = (w: { from: Date; to: Date }, base: BaseFigures | undefined, which: "current" | "previous"): Measured => {
    const counted = pick(w)
    const unknown = unknownKind(w)
    if (unknown.length > 0) return { missing: unknown.map((a) => `accidents[${a.id}].kind`) }
    const deaths = BigInt(counted.reduce((s, a) => s + a.deaths, 0))
    switch (target.metric) {
      case "deaths":
        return { value: { num: deaths, den: 1n }, counted }
      case "accidents":
        return { value: { num: BigInt(counted.length), den: 1n }, counted }
      case "max-deaths-per-accident":
        return { value: { num: BigInt(Math.max(0, ...counted.map((a) => a.deaths))), den: 1n }, counted }
      case "other":
        return { missing: ["target.metric"] }
      default: {
        const spec = rate!
        const b = base?.[spec.base]
        if (b === undefined || b === 0) return { missing: [`base.${which}.${spec.base}`] }
        return { value: { num: deaths * spec.scale, den: BigInt(b) }, counted }
      }
    }
  }

  const current = measure(window, ctx.base?.current, "current")
  const ids = "counted" in current ? current.counted.map((a) => a.id as string) : []
  const indeterminate = (missing: ReadonlyArray<string>): TargetResult => ({ target, window, final, status: "indeterminate", accidents: ids, missing })
  if ("missing" in current) return indeterminate(current.missing)
  const actual = toNumber(current.value)

  if (target.bound === "at-most" || target.bound === "at-least") {
    const c = cmp(current.value, ratioOfDecimal(target.value))
    const met = target.bound === "at-most" ? c <= 0 : c >= 0
    return { target, window, final, status: met ? "met" : "not-met", actual, accidents: ids }
  }

  const lastWindow = { from: shiftYear(window.from, -1), to: shiftYear(window.to, -1) }
  const previous = measure(lastWindow, ctx.base?.previous, "previous")
  if ("missing" in previous) return indeterminate(previous.missing)
  const baseline = toNumber(previous.value)
  const b = previous.value, a = current.value
  let met: boolean
  let note: Localized | undefined
  if (b.num === 0n) {
    met = a.num === 0n
    note = { "zh-CN": "上年同期为0，本期为0方视为完成", en: "Last year's value was 0: only 0 meets a reduction" }
  } else if (target.bound === "decrease") {
    met = cmp(a, b) < 0
  } else {
    // (b − a) ÷ b ≥ p ÷ 100  ⇔  (100 − p)·b ≥ 100·a, with p = pn ÷ pd
    const p = ratioOfDecimal(target.value)
    met = (100n * p.den - p.num) * b.num * a.den >= 100n * p.den * a.num * b.den
  }
  const reductionPercent = b.num === 0n ? undefined : ((baseline - actual) / baseline) * 100
  return {
    target,
    window,
    final,
    status: met ? "met" : "not-met",
    actual,
    baseline,
    ...(reductionPercent === undefined ? {} : { reductionPercent }),
    accidents: ids,
    ...(note === undefined ? {} : { note })
  }
}

/**
 * 公布周期 — `quarterly` (seed 000) or `monthly` (seed 003).
 *
 * @since 0.1.0
 */
export type PublicationCadence = "quarterly" | "monthly"

/**
 * A publication period: label (`2024-Q1`, `2024-03`) and its days.
 *
 * @since 0.1.0
 */
export interface PublicationPeriod {
  readonly label: string
  readonly from: Date
  readonly to: Date
}

/**
 * The publication periods of a year: four quarters or twelve months.
 *
 * @since 0.1.0
 */
export const publicationPeriods = (year: number, cadence: PublicationCadence): ReadonlyArray<PublicationPeriod> => {
  const months = cadence === "quarterly" ? 3 : 1
  const out: Array<PublicationPeriod> = []
  for (let m = 0; m < 12; m += months) {
    out.push({
      label: cadence === "quarterly" ? `${year}-Q${m / 3 + 1}` : `${year}-${String(m + 1).padStart(2, "0")}`,
      from: new Date(Date.UTC(year, m, 1)),
      to: new Date(Date.UTC(year, m + months, 0))
    })
  }
  return out
}

/**
 * 指标通报 — one published bulletin: the period, and every unit's targets evaluated from the start
 * of the year to the period's end (累计).
 *
 * @since 0.1.0
 */
export interface IndicatorBulletin {
  readonly period: PublicationPeriod
  readonly rows: ReadonlyArray<{ readonly unit: string; readonly jurisdiction: string; readonly results: ReadonlyArray<TargetResult> }>
}

/**
 * Input of `indicatorBulletins`.
 *
 * @since 0.1.0
 */
export interface BulletinInput {
  readonly year: number
  readonly cadence: PublicationCadence
  readonly units: ReadonlyArray<UnitTargets>
  readonly accidents: ReadonlyArray<Accident>
  readonly tree?: JurisdictionTree.JurisdictionTree | undefined
  readonly utcOffsetMinutes?: number | undefined
}

/**
 * The bulletins due as of a day: one per period that has ended on or before `asOf`, each
 * cumulative from 1 January. Base figures are the units' as given (pass period-appropriate
 * figures for rates if the publication needs them).
 *
 * @since 0.1.0
 */
export const indicatorBulletins = (input: BulletinInput, asOf: Date): ReadonlyArray<IndicatorBulletin> => {
  const yearWindow = { from: new Date(Date.UTC(input.year, 0, 1)), to: new Date(Date.UTC(input.year, 11, 31)) }
  return publicationPeriods(input.year, input.cadence)
    .filter((p) => p.to.getTime() <= asOf.getTime())
    .map((period) => ({
      period,
      rows: input.units.map((u) => ({
        unit: u.unit,
        jurisdiction: u.jurisdiction,
        results: u.targets.map((t) =>
          evaluateTarget(t, {
            jurisdiction: u.jurisdiction,
            accidents: input.accidents,
            period: yearWindow,
            base: u.base,
            tree: input.tree,
            utcOffsetMinutes: input.utcOffsetMinutes
          }, period.to)
        )
      }))
    }))
}

/**
 * 指标输入 — the data of a target evaluation at an input boundary.
 *
 * @since 0.1.0
 */
export const TargetsData = Schema.Struct({
  year: Schema.Int.check(Schema.isGreaterThanOrEqualTo(1949), Schema.isLessThanOrEqualTo(9999)),
  units: Schema.Array(UnitTargets),
  accidents: Schema.Array(Accident)
}).annotate({ identifier: "TargetsData", description: "指标输入 — year, units with targets, accident records" })
/** @since 0.1.0 */
export type TargetsData = typeof TargetsData.Type

/**
 * A unit's targets evaluated over `year` as of a day.
 *
 * @since 0.1.0
 */
export interface UnitTargetResults {
  readonly unit: string
  readonly jurisdiction: string
  readonly results: ReadonlyArray<TargetResult>
}

/**
 * Evaluates every unit's targets over `year` as of a day (year to date). Pure.
 *
 * @since 0.1.0
 */
export const evaluateUnitTargets = (
  data: TargetsData,
  asOf: Date,
  options: { readonly tree?: JurisdictionTree.JurisdictionTree | undefined; readonly utcOffsetMinutes?: number | undefined } = {}
): ReadonlyArray<UnitTargetResults> => {
  const period = { from: new Date(Date.UTC(data.year, 0, 1)), to: new Date(Date.UTC(data.year, 11, 31)) }
  return data.units.map((u) => ({
    unit: u.unit,
    jurisdiction: u.jurisdiction,
    results: u.targets.map((t) =>
      evaluateTarget(t, { jurisdiction: u.jurisdiction, accidents: data.accidents, period, base: u.base, tree: options.tree, utcOffsetMinutes: options.utcOffsetMinutes }, asOf)
    )
  }))
}

/**
 * Effect entry of `evaluateUnitTargets`: decodes `TargetsData`; `asOf` defaults to today (Beijing
 * time) by the `Clock`.
 *
 * @since 0.1.0
 */
export const evaluateUnitTargetsEffect = (
  input: unknown,
  options: { readonly asOf?: Date | string | undefined; readonly tree?: JurisdictionTree.JurisdictionTree | undefined } = {}
): Effect.Effect<ReadonlyArray<UnitTargetResults>, Schema.SchemaError | InvalidAsOfError> =>
  Effect.gen(function* () {
    const data = yield* Schema.decodeUnknownEffect(TargetsData)(input, { errors: "all" })
    const asOf = yield* resolveAsOfDate(options.asOf)
    return evaluateUnitTargets(data, asOf, options)
  })

/**
 * Promise entry of `evaluateUnitTargets` (see `evaluateUnitTargetsEffect`).
 *
 * @since 0.1.0
 */
export const evaluateUnitTargetsPromise = (
  input: unknown,
  options: { readonly asOf?: Date | string | undefined; readonly tree?: JurisdictionTree.JurisdictionTree | undefined } = {}
): Promise<ReadonlyArray<UnitTargetResults>> => Effect.runPromise(evaluateUnitTargetsEffect(input, options))

/**
 * Effect entry of `indicatorBulletins`: decodes `TargetsData` and a cadence; `asOf` defaults to
 * today (Beijing time) by the `Clock`.
 *
 * @since 0.1.0
 */
export const indicatorBulletinsEffect = (
  input: unknown,
  options: { readonly cadence: PublicationCadence; readonly asOf?: Date | string | undefined; readonly tree?: JurisdictionTree.JurisdictionTree | undefined }
): Effect.Effect<ReadonlyArray<IndicatorBulletin>, Schema.SchemaError | InvalidAsOfError> =>
  Effect.gen(function* () {
    const data = yield* Schema.decodeUnknownEffect(TargetsData)(input, { errors: "all" })
    const asOf = yield* resolveAsOfDate(options.asOf)
    return indicatorBulletins({ ...data, cadence: options.cadence, tree: options.tree }, asOf)
  })

/**
 * Promise entry of `indicatorBulletins` (see `indicatorBulletinsEffect`).
 *
 * @since 0.1.0
 */
export const indicatorBulletinsPromise = (
  input: unknown,
  options: { readonly cadence: PublicationCadence; readonly asOf?: Date | string | undefined; readonly tree?: JurisdictionTree.JurisdictionTree | undefined }
): Promise<ReadonlyArray<IndicatorBulletin>> => Effect.runPromise(indicatorBulletinsEffect(input, options))
