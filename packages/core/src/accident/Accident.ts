/**
 * 生产安全事故 — production-safety accidents.
 *
 * An accident feeds control targets (控制指标), assessments (一票否决) and accountability (问责).
 * Its grade follows 生产安全事故报告和调查处理条例 第三条 (see `accidentGradeOf`); reporting
 * deadlines run from `occurredAt`, an instant, not a calendar day.
 *
 * @since 0.1.0
 */
import { localizedIssue } from "../decode-issues/DecodeIssues.ts"
import { Effect, Schema, SchemaIssue, SchemaTransformation } from "effect"
import { isCalendarDay } from "../calendar/CalendarDate.ts"
import { UnifiedSocialCreditCode } from "../enterprise/CreditCode.ts"
import { AccidentId, SiteId } from "../ids/Ids.ts"
import { JurisdictionCode } from "../jurisdiction/Jurisdiction.ts"
import { NonNegativeYuan } from "../money/Money.ts"
import { Sector } from "../sector/Sector.ts"

const namedLiterals = <const L extends ReadonlyArray<string>>(
  values: L,
  identifier: string,
  what: string,
  description: string
) =>
  Schema.Literals(values).annotate({
    identifier,
    description,
    message: `Expected ${what}: ${values.map((v) => JSON.stringify(v)).join(" | ")}`
  })

/**
 * Parses a strict ISO-8601 date-time with an explicit offset (`2024-05-01T08:30:00+08:00`,
 * `2024-05-01T00:30Z`, fractions up to nanoseconds, kept to the millisecond); `undefined` for
 * anything else, including date-times without an offset (ambiguous) and impossible dates.
 *
 * @since 0.1.0
 */
export const parseIsoInstant = (s: string): Date | undefined => {
  const t = parseIsoInstantTime(s)
  return t === undefined ? undefined : new Date(t)
}

/** Two ASCII digits at `i` as a number, or -1. */
const two = (s: string, i: number): number => {
  const a = s.charCodeAt(i) - 48, b = s.charCodeAt(i + 1) - 48
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1
}

/**
 * {@link parseIsoInstant} as epoch milliseconds, without a `Date` or a regular expression (it runs
 * for every date-time field decoded).
 *
 * @since 0.1.0
 */
export const parseIsoInstantTime = (s: string): number | undefined => {
  const n = s.length
  // YYYY-MM-DDTHH:MM is 16 characters, then at least a zone
  if (n < 17 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58) return undefined
  const yh = two(s, 0), yl = two(s, 2), month = two(s, 5), day = two(s, 8), hour = two(s, 11), minute = two(s, 14)
  if (yh < 0 || yl < 0 || month < 0 || day < 0 || hour < 0 || minute < 0) return undefined
  const year = yh * 100 + yl
  let i = 16
  let second = 0
  let millis = 0
  if (s.charCodeAt(i) === 58) {
    second = two(s, i + 1)
    if (second < 0) return undefined
    i += 3
    if (s.charCodeAt(i) === 46) {
      i++
      const from = i
      while (i < n && i - from < 9) {
        const c = s.charCodeAt(i) - 48
        if (c < 0 || c > 9) break
        if (i - from < 3) millis = millis * 10 + c
        i++
      }
      const digits = i - from
      if (digits === 0) return undefined
      if (digits === 1) millis *= 100
      else if (digits === 2) millis *= 10
    }
  }
  let offsetMinutes = 0
  const z = s.charCodeAt(i)
  if (z === 90) {
    if (i + 1 !== n) return undefined
  } else if (z === 43 || z === 45) {
    if (i + 6 !== n || s.charCodeAt(i + 3) !== 58) return undefined
    const oh = two(s, i + 1), om = two(s, i + 4)
    if (oh < 0 || om < 0 || oh > 23 || om > 59) return undefined
    offsetMinutes = (z === 45 ? -1 : 1) * (oh * 60 + om)
  } else return undefined
  if (!isCalendarDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined
  // Years 0000–0099 are not accepted (Date.UTC would read them as 1900–1999).
  if (year < 100) return undefined
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000
}

/**
 * 时刻 — an instant: a strict ISO-8601 date-time string with an explicit offset at the boundary
 * (`2024-05-01T08:30:00+08:00`), a `Date` inside. Encodes to UTC (`2024-05-01T00:30:00.000Z`).
 *
 * @since 0.1.0
 */
export const IsoInstant = Schema.String.pipe(
  Schema.decodeTo(
    Schema.Date,
    SchemaTransformation.transformEffect({
      decode: (s: string, options) => {
        const date = parseIsoInstant(s)
        return date === undefined
          ? Effect.fail(
            new SchemaIssue.InvalidValue(
              {
                message: "Expected an ISO-8601 date-time with an offset, e.g. 2024-05-01T08:30:00+08:00",
                messageZh: "应为带时区偏移的 ISO-8601 日期时间，例如 2024-05-01T08:30:00+08:00"
              },
              s,
              options
            )
          )
          : Effect.succeed(date)
      },
      encode: (d: Date) => Effect.succeed(d.toISOString())
    })
  )
).annotate({ identifier: "IsoInstant", description: "时刻 — ISO-8601 date-time with an offset" })
/** @since 0.1.0 */
export type IsoInstant = typeof IsoInstant.Type

/**
 * 事故类别 (统计口径) — `workplace` 工矿商贸, `road-traffic` 道路交通, `fire` 火灾, `waterway-traffic`
 * 水上交通, `railway-traffic` 铁路交通, `civil-aviation` 民航飞行, `agricultural-machinery` 农业机械,
 * `other` 其他. Road-traffic and fire accidents have a 7-day supplementary-report window instead of 30.
 *
 * @since 0.1.0
 */
export const AccidentKind = namedLiterals(
  [
    "workplace",
    "road-traffic",
    "fire",
    "waterway-traffic",
    "railway-traffic",
    "civil-aviation",
    "agricultural-machinery",
    "other"
  ],
  "AccidentKind",
  "an accident category (事故类别)",
  "事故类别 — statistical accident category"
)
/** @since 0.1.0 */
export type AccidentKind = typeof AccidentKind.Type

const Count = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))

/**
 * 生产安全事故 — an accident. `deaths` 死亡, `missing` 下落不明 (kept apart; the grade counts deaths),
 * `seriousInjuries` 重伤 including 急性工业中毒, `directLossYuan` 直接经济损失 in yuan. `kind`
 * absent = category unknown. `reportedAt` is when the unit reported to the authorities (迟报 checks).
 *
 * @since 0.1.0
 */
export const Accident = Schema.Struct({
  id: AccidentId,
  occurredAt: IsoInstant,
  reportedAt: Schema.optionalKey(IsoInstant),
  jurisdiction: JurisdictionCode,
  subject: Schema.optionalKey(UnifiedSocialCreditCode),
  site: Schema.optionalKey(SiteId),
  sector: Sector,
  kind: Schema.optionalKey(AccidentKind),
  deaths: Count,
  missing: Schema.optionalKey(Count),
  seriousInjuries: Count,
  minorInjuries: Schema.optionalKey(Count),
  directLossYuan: NonNegativeYuan,
  description: Schema.NonEmptyString
}).annotate({ description: "生产安全事故 — a production-safety accident" }).check(Schema.makeFilter((a) =>
  a.reportedAt !== undefined && a.reportedAt.getTime() < a.occurredAt.getTime()
    ? { path: ["reportedAt"], issue: localizedIssue("an accident cannot be reported before it occurred", "事故报告时间不能早于事故发生时间") }
    : undefined
)).annotate({ identifier: "Accident" })
/** @since 0.1.0 */
export type Accident = typeof Accident.Type

/**
 * 事故等级 — `especially-serious` 特别重大, `serious` 重大, `relatively-serious` 较大, `general` 一般.
 *
 * @since 0.1.0
 */
export const AccidentGrade = namedLiterals(
  ["especially-serious", "serious", "relatively-serious", "general"],
  "AccidentGrade",
  "an accident grade (事故等级)",
  "事故等级 — especially-serious 特别重大 | serious 重大 | relatively-serious 较大 | general 一般"
)
/** @since 0.1.0 */
export type AccidentGrade = typeof AccidentGrade.Type

/**
 * The grade by 生产安全事故报告和调查处理条例 第三条: any one criterion sets it, the highest
 * applies, "以上" includes the bound. 特别重大 ≥30 deaths / ≥100 serious injuries / ≥1亿元;
 * 重大 ≥10 / ≥50 / ≥5000万元; 较大 ≥3 / ≥10 / ≥1000万元; else 一般.
 *
 * @since 0.1.0
 */
export const accidentGradeOf = (
  accident: Pick<Accident, "deaths" | "seriousInjuries" | "directLossYuan">
): AccidentGrade => {
  const { deaths: d, directLossYuan: loss, seriousInjuries: s } = accident
  if (d >= 30 || s >= 100 || loss >= 100_000_000) return "especially-serious"
  if (d >= 10 || s >= 50 || loss >= 50_000_000) return "serious"
  if (d >= 3 || s >= 10 || loss >= 10_000_000) return "relatively-serious"
  return "general"
}
