/**
 * 安全生产责任制 — the responsibility system: agreements signed level by level (责任书) and the
 * control targets (控制指标) they carry.
 *
 * 党政同责、一岗双责、齐抓共管、失职追责. Agreements run government → townships and departments →
 * villages and enterprises → workshops → teams, each with a signing deadline (e.g. end of March
 * for the government level, end of April for enterprises).
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { CalendarDate, DateWindow } from "../calendar/CalendarDate.ts"
import { UnifiedSocialCreditCode } from "../enterprise/CreditCode.ts"
import { AgreementId, DepartmentId } from "../ids/Ids.ts"
import { PersonRef } from "../ids/PersonRef.ts"
import { JurisdictionCode } from "../jurisdiction/Jurisdiction.ts"
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
 * 控制指标 — which quantity a target bounds:
 * `deaths` 死亡人数, `accidents` 事故起数, `max-deaths-per-accident` 单起事故死亡人数,
 * `deaths-per-100m-yuan-gdp` 亿元GDP生产安全事故死亡率, `deaths-per-100k-population`
 * 十万人生产安全事故死亡率, `deaths-per-100k-industrial-workers` 工矿商贸十万就业人员死亡率,
 * `road-deaths-per-10k-vehicles` 道路交通万车死亡率, `other` (described by `label`).
 *
 * @since 0.1.0
 */
export const ControlMetric = namedLiterals(
  [
    "deaths",
    "accidents",
    "max-deaths-per-accident",
    "deaths-per-100m-yuan-gdp",
    "deaths-per-100k-population",
    "deaths-per-100k-industrial-workers",
    "road-deaths-per-10k-vehicles",
    "other"
  ],
  "ControlMetric",
  "a control metric (控制指标)",
  "控制指标 — the quantity a control target bounds"
)
/** @since 0.1.0 */
export type ControlMetric = typeof ControlMetric.Type

/**
 * How a target bounds its metric: `at-most` 不超过, `at-least` 不低于, `reduction-at-least-percent`
 * 比上年下降不少于 value %.
 *
 * @since 0.1.0
 */
export const ControlBound = namedLiterals(
  ["at-most", "at-least", "reduction-at-least-percent"],
  "ControlBound",
  "a bound (约束方式)",
  "约束方式 — at-most | at-least | reduction-at-least-percent"
)
/** @since 0.1.0 */
export type ControlBound = typeof ControlBound.Type

/**
 * 控制指标 — a control target. "Deaths down ≥3% on last year" is
 * `{ metric: "deaths", bound: "reduction-at-least-percent", value: 3 }`; "no accident with 3 or more
 * deaths" is `{ metric: "max-deaths-per-accident", bound: "at-most", value: 2 }`. `sectors` limits
 * the target to some sectors (absent = all); `period` is the window it is measured over.
 *
 * @since 0.1.0
 */
export const ControlTarget = Schema.Struct({
  metric: ControlMetric,
  bound: ControlBound,
  value: Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0)),
  label: Schema.optionalKey(Schema.String),
  sectors: Schema.optionalKey(Schema.Array(Sector)),
  period: Schema.optionalKey(DateWindow)
}).annotate({ identifier: "ControlTarget", description: "控制指标 — metric, bound, value" })
/** @since 0.1.0 */
export type ControlTarget = typeof ControlTarget.Type

/**
 * 签订层级 — `government` 政府, `department` 部门, `township` 乡镇/街道, `village` 村/社区,
 * `enterprise` 企业, `workshop` 车间, `team` 班组.
 *
 * @since 0.1.0
 */
export const AgreementPartyLevel = namedLiterals(
  ["government", "department", "township", "village", "enterprise", "workshop", "team"],
  "AgreementPartyLevel",
  "a party level (签订层级)",
  "签订层级 — government | department | township | village | enterprise | workshop | team"
)
/** @since 0.1.0 */
export type AgreementPartyLevel = typeof AgreementPartyLevel.Type

/**
 * 签订方 — one party of an agreement: its level, the unit's name, its principal (主要负责人) who
 * signs, and the identifiers that apply (jurisdiction, credit code, department id).
 *
 * @since 0.1.0
 */
export const AgreementParty = Schema.Struct({
  level: AgreementPartyLevel,
  unit: Schema.NonEmptyString,
  principal: PersonRef,
  jurisdiction: Schema.optionalKey(JurisdictionCode),
  creditCode: Schema.optionalKey(UnifiedSocialCreditCode),
  departmentId: Schema.optionalKey(DepartmentId)
}).annotate({ identifier: "AgreementParty", description: "签订方 — level, unit, principal" })
/** @since 0.1.0 */
export type AgreementParty = typeof AgreementParty.Type

/**
 * 安全生产责任书 — an agreement between a level (`upper`) and the level below (`lower`), with
 * targets, duties, a signing deadline and, once signed, the signing date.
 *
 * @since 0.1.0
 */
export const ResponsibilityAgreement = Schema.Struct({
  id: AgreementId,
  title: Schema.optionalKey(Schema.String),
  /** The year or window the agreement covers. */
  period: Schema.optionalKey(DateWindow),
  parties: Schema.Struct({ upper: AgreementParty, lower: AgreementParty }),
  targets: Schema.Array(ControlTarget),
  /** 责任清单 — duties in free text until the duty-list module exists. */
  duties: Schema.optionalKey(Schema.Array(Schema.String)),
  signingDeadline: CalendarDate,
  signedOn: Schema.optionalKey(CalendarDate)
}).annotate({ identifier: "ResponsibilityAgreement", description: "安全生产责任书 — responsibility agreement" })
/** @since 0.1.0 */
export type ResponsibilityAgreement = typeof ResponsibilityAgreement.Type

/**
 * 签订状态 — as of a date: `signed` (on or before the deadline), `signed-late`, `pending` (not
 * signed, deadline not passed), `overdue` (not signed, deadline passed). A signing after `asOf`
 * does not count yet.
 *
 * @since 0.1.0
 */
export type SigningStatus = "signed" | "signed-late" | "pending" | "overdue"

/**
 * The signing status of an agreement on `asOf` (see `SigningStatus`).
 *
 * @since 0.1.0
 */
export const signingStatus = (
  agreement: Pick<ResponsibilityAgreement, "signingDeadline" | "signedOn">,
  asOf: Date
): SigningStatus => {
  const deadline = agreement.signingDeadline.getTime()
  const signed = agreement.signedOn
  if (signed !== undefined && signed.getTime() <= asOf.getTime()) {
    return signed.getTime() <= deadline ? "signed" : "signed-late"
  }
  return asOf.getTime() > deadline ? "overdue" : "pending"
}
