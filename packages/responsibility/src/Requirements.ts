/**
 * 签订要求 — who must sign a responsibility agreement (安全生产责任书) with whom, and by when.
 *
 * A requirement is data: an upper party (e.g. the district government), a lower party (every
 * township directly below it; every enterprise of 50 or more staff below a township …), and a
 * deadline as a month and day of the agreement year. The default template is the one of seed 000
 * (a district's annual plan, line 20):
 *
 * | id | upper → lower | deadline |
 * |---|---|---|
 * | `government-township` | 区政府 → 各镇、办事处 | 03-31 (今年3月底前) |
 * | `government-department` | 区政府 → 有关部门主要负责人 | 03-31 |
 * | `township-enterprise` | 镇、办事处 → 辖区内50人以上的企业 | 04-30 (4月底前) |
 * | `enterprise-workshop` | 企事业单位 → 门市、车间 | 04-30 |
 * | `enterprise-team` | 企事业单位 → 班组 (at any depth below it) | 04-30 |
 *
 * A deployment overrides the template per jurisdiction: an override removes requirements by id and
 * sets (adds or replaces by id) others, and applies to its jurisdiction and everything within it.
 * Overrides apply from the root of the jurisdiction tree down, so a county's override refines its
 * city's.
 *
 * @since 0.1.0
 */
import { AgreementPartyLevel, JurisdictionCode, JurisdictionTree, Localized } from "@anquan/core"
import { Schema } from "effect"

const MONTH_DAY = /^(\d{2})-(\d{2})$/
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

/**
 * 月日 — a day of the year as `MM-DD` (`03-31`). `02-29` is allowed and falls on 28 February in a
 * common year.
 *
 * @since 0.1.0
 */
export const MonthDay = Schema.String.check(
  Schema.makeFilter((s: string) => {
    const m = MONTH_DAY.exec(s)
    if (m === null) return false
    const month = Number(m[1]), day = Number(m[2])
    return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!
  }, { message: "Expected a month and day MM-DD, e.g. 03-31", expected: "a month and day MM-DD" })
).annotate({ identifier: "MonthDay", description: "月日 — MM-DD" })
/** @since 0.1.0 */
export type MonthDay = typeof MonthDay.Type

/**
 * The calendar date of `MM-DD` in `year` (UTC midnight, as `CalendarDate`); 02-29 in a common
 * year is 28 February. Throws a `RangeError` for a malformed month-day.
 *
 * @since 0.1.0
 */
export const dateInYear = (monthDay: string, year: number): Date => {
  const m = MONTH_DAY.exec(monthDay)
  if (m === null || !Schema.is(MonthDay)(monthDay)) throw new RangeError(`not a month and day MM-DD: ${JSON.stringify(monthDay)}`)
  const month = Number(m[1]) - 1, day = Number(m[2])
  const date = new Date(Date.UTC(year, month, day))
  return date.getUTCMonth() === month ? date : new Date(Date.UTC(year, month + 1, 0))
}

/**
 * 签订方条件 — which units a side of a requirement covers: a level and, optionally, a minimum
 * head-count (`minStaff`, inclusive: "50人以上" is 50).
 *
 * @since 0.1.0
 */
export const PartySelector = Schema.Struct({
  level: AgreementPartyLevel,
  minStaff: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)))
}).annotate({ identifier: "PartySelector", description: "签订方条件 — level and optional minimum head-count" })
/** @since 0.1.0 */
export type PartySelector = typeof PartySelector.Type

/**
 * 签订要求 — one requirement: every `upper` unit signs with every `lower` unit directly below it
 * (`relation: "child"`, the default) or anywhere below it (`"descendant"`) by `deadline` (MM-DD) of
 * the agreement year. `source` names where the requirement comes from.
 *
 * @since 0.1.0
 */
export const SigningRequirement = Schema.Struct({
  id: Schema.String.check(Schema.isPattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "Expected a requirement id in kebab-case" })),
  title: Localized,
  upper: PartySelector,
  lower: PartySelector,
  relation: Schema.optionalKey(Schema.Literals(["child", "descendant"])),
  deadline: MonthDay,
  source: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "SigningRequirement", description: "签订要求 — upper signs with lower by MM-DD" })
/** @since 0.1.0 */
export type SigningRequirement = typeof SigningRequirement.Type

const uniqueIds = (list: ReadonlyArray<{ readonly id: string }>, path: ReadonlyArray<string | number>) => {
  const issues: Array<Schema.FilterIssue> = []
  const seen = new Set<string>()
  list.forEach((r, i) => {
    if (seen.has(r.id)) issues.push({ path: [...path, i, "id"], issue: `requirement id ${r.id} appears twice` })
    seen.add(r.id)
  })
  return issues
}

/**
 * 签订要求调整 — one jurisdiction's change to the requirements: `remove` ids, then `set`
 * requirements (replacing those with the same id, adding the others). `basis` names the local
 * document (e.g. the year's plan).
 *
 * @since 0.1.0
 */
export const RequirementOverride = Schema.Struct({
  jurisdiction: JurisdictionCode,
  remove: Schema.optionalKey(Schema.Array(Schema.String)),
  set: Schema.optionalKey(Schema.Array(SigningRequirement)),
  basis: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "RequirementOverride" })
/** @since 0.1.0 */
export type RequirementOverride = typeof RequirementOverride.Type

/**
 * 签订要求配置 — the template (default: seed 000's) and per-jurisdiction overrides, at most one
 * per jurisdiction.
 *
 * @since 0.1.0
 */
export const RequirementsConfig = Schema.Struct({
  template: Schema.optionalKey(Schema.Array(SigningRequirement)),
  overrides: Schema.Array(RequirementOverride)
}).check(Schema.makeFilter((c) => {
  const issues: Array<Schema.FilterIssue> = [...uniqueIds(c.template ?? [], ["template"])]
  const seen = new Set<string>()
  c.overrides.forEach((o, i) => {
    if (seen.has(o.jurisdiction)) issues.push({ path: ["overrides", i, "jurisdiction"], issue: `jurisdiction ${o.jurisdiction} is overridden twice` })
    seen.add(o.jurisdiction)
    issues.push(...uniqueIds(o.set ?? [], ["overrides", i, "set"]))
  })
  return issues
})).annotate({ identifier: "RequirementsConfig", description: "签订要求配置 — template and per-jurisdiction overrides" })
/** @since 0.1.0 */
export type RequirementsConfig = typeof RequirementsConfig.Type

/**
 * The requirements of seed 000 (line 20): the government signs with every township and department
 * by 03-31; townships with enterprises of 50 or more staff by 04-30; enterprises with their
 * workshops (门市、车间) and teams (班组) by 04-30. See the module doc for the readings behind it.
 *
 * @since 0.1.0
 */
export const seed000Requirements: ReadonlyArray<SigningRequirement> = Schema.decodeUnknownSync(Schema.Array(SigningRequirement))([
  {
    id: "government-township",
    title: { "zh-CN": "区政府与各镇、办事处签订安全生产责任书", en: "The district government signs with every township and sub-district" },
    upper: { level: "government" },
    lower: { level: "township" },
    deadline: "03-31",
    source: "seed 000 line 20: 今年3月底前,区政府将和各镇、办事处及有关部门主要负责人签订平安生产责任书"
  },
  {
    id: "government-department",
    title: { "zh-CN": "区政府与有关部门主要负责人签订安全生产责任书", en: "The district government signs with the heads of the departments concerned" },
    upper: { level: "government" },
    lower: { level: "department" },
    deadline: "03-31",
    source: "seed 000 line 20"
  },
  {
    id: "township-enterprise",
    title: { "zh-CN": "各镇、办事处与辖区内50人以上企业签订安全生产责任书", en: "Townships sign with every enterprise of 50 or more staff" },
    upper: { level: "township" },
    lower: { level: "enterprise", minStaff: 50 },
    deadline: "04-30",
    source: "seed 000 line 20: 在今年4月底前,各镇、办事处还要与辖区内50人以上的个体、私营企业签订平安生产责任书"
  },
  {
    id: "enterprise-workshop",
    title: { "zh-CN": "企事业单位与门市、车间签订安全生产责任书", en: "Enterprises sign with their shops and workshops" },
    upper: { level: "enterprise" },
    lower: { level: "workshop" },
    deadline: "04-30",
    source: "seed 000 line 20: 各企事业单位要分别与门市、车间、班组签订平安生产责任书"
  },
  {
    id: "enterprise-team",
    title: { "zh-CN": "企事业单位与班组签订安全生产责任书", en: "Enterprises sign with their teams" },
    upper: { level: "enterprise" },
    lower: { level: "team" },
    relation: "descendant",
    deadline: "04-30",
    source: "seed 000 line 20"
  }
])

/** No overrides: seed 000's template everywhere. @since 0.1.0 */
export const defaultRequirementsConfig: RequirementsConfig = { overrides: [] }

/**
 * The requirements in force for an upper party in `jurisdiction`: the template, then the
 * overrides of every jurisdiction on the path from the tree's root down to `jurisdiction`, in that
 * order. Without a tree, or for a code not in it, only an override of that exact code applies.
 *
 * @example
 * ```ts
 * resolveRequirements({ overrides: [{ jurisdiction: "441302", set: [{ ...seed000Requirements[2], lower: { level: "enterprise", minStaff: 30 } }] }] }, tree, "441302101")
 * // the township → enterprise requirement covers enterprises of 30 or more staff in 441302 and below
 * ```
 * @since 0.1.0
 */
export const resolveRequirements = (
  config: RequirementsConfig,
  tree: JurisdictionTree.JurisdictionTree | undefined,
  jurisdiction: string | undefined
): ReadonlyArray<SigningRequirement> => {
  let list: Array<SigningRequirement> = [...(config.template ?? seed000Requirements)]
  if (jurisdiction === undefined) return list
  const byCode = new Map(config.overrides.map((o) => [o.jurisdiction as string, o]))
  const path = tree !== undefined && JurisdictionTree.has(tree, jurisdiction)
    ? JurisdictionTree.path(tree, jurisdiction).map((j) => j.code as string)
    : [jurisdiction]
  for (const code of path) {
    const o = byCode.get(code)
    if (o === undefined) continue
    const removed = new Set(o.remove ?? [])
    list = list.filter((r) => !removed.has(r.id))
    for (const r of o.set ?? []) {
      const i = list.findIndex((x) => x.id === r.id)
      if (i >= 0) list[i] = r
      else list.push(r)
    }
  }
  return list
}
