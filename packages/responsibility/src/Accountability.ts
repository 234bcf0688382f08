/**
 * 问责 — who answers for an accident of each grade.
 *
 * 党政同责、一岗双责、齐抓共管、失职追责 (seed 001 line 26): the party secretary and the government
 * head answer together; every leader answers for safety in the work they lead. The default rules
 * come from seed 001 (a township's 2022 plan) and 安全生产法 (2021):
 *
 * | from | who | responsibility | source |
 * |---|---|---|---|
 * | 一般 | the unit's directly responsible people | direct 直接责任 | 001 line 32 |
 * | 一般 | the unit's principal, if their failure of duty led to it | fine 40/60/80/100% by grade | 安全生产法 第九十五条 |
 * | 较大 | the locality's leaders in charge of the sector and of safety | leadership 领导责任 | 001 line 32 (较大及以上…领导责任), 一岗双责 |
 * | 较大 | the sector's lead department (管行业必须管安全) | supervisory 监管责任 | 001 line 32 |
 * | 重大 | the locality's party secretary and government head (党政同责) and leaders in charge | leadership | 001 line 32 (重特大…主要负责、分管领导) |
 * | 重大 | the parent company's principal and leader in charge | principal | 001 line 34 |
 * | 重大 | the unit's principal, if responsible: barred for life from heading a unit in the industry | principal | 安全生产法 第九十四条; 001 line 34 |
 *
 * Named people are found in a leaders list (their jurisdiction, role and portfolio); the lead
 * department comes from core's `leadDepartmentFor` (configurable per jurisdiction).
 *
 * @since 0.1.0
 */
import {
  Accident,
  AccidentGrade,
  accidentGradeOf,
  CalendarDate,
  Citation,
  DateWindow,
  emptyLeadDepartmentMap,
  JurisdictionCode,
  JurisdictionTree,
  leadDepartmentFor,
  LeadDepartmentMap,
  Localized,
  PersonRef,
  Sector,
  SupervisingDepartment
} from "@anquan/core"
import {
  calendarDayOf,
  type FineRange,
  InvestigationCase,
  type InvalidAsOfError,
  resolveAsOfDate,
  isGradeAtLeast,
  principalAccidentFinePercent,
  SAFETY_LAW_2021_IN_FORCE,
  unitAccidentFine
} from "@anquan/accident"
import { Effect, Schema } from "effect"

/**
 * 问责对象 — `enterprise` the unit where the accident happened, `local-government` the party
 * committee and government of the place, `supervising-department` the lead department of the
 * sector there, `parent-company` the group company above the unit.
 *
 * @since 0.1.0
 */
export const AccountableParty = Schema.Literals(["enterprise", "local-government", "supervising-department", "parent-company"])
  .annotate({ identifier: "AccountableParty" })
/** @since 0.1.0 */
export type AccountableParty = typeof AccountableParty.Type

/**
 * 责任类型 — `direct` 直接责任, `principal` 主要负责人责任, `leadership` 领导责任, `supervisory` 监管责任.
 *
 * @since 0.1.0
 */
export const ResponsibilityKind = Schema.Literals(["direct", "principal", "leadership", "supervisory"])
  .annotate({ identifier: "ResponsibilityKind" })
/** @since 0.1.0 */
export type ResponsibilityKind = typeof ResponsibilityKind.Type

/**
 * 岗位 — `direct-responsible` 直接责任人, `principal` 主要负责人, `charge-leader` 分管负责人 (unit),
 * `party-secretary` 党委书记, `government-head` 政府主要负责人, `safety-deputy` 分管安全生产的负责人,
 * `sector-deputy` 分管该行业领域的负责人 (一岗双责), `department-head` 部门主要负责人.
 *
 * @since 0.1.0
 */
export const AccountableRole = Schema.Literals([
  "direct-responsible",
  "principal",
  "charge-leader",
  "party-secretary",
  "government-head",
  "safety-deputy",
  "sector-deputy",
  "department-head"
]).annotate({ identifier: "AccountableRole" })
/** @since 0.1.0 */
export type AccountableRole = typeof AccountableRole.Type

/**
 * 问责规则 — from `minGrade` up, these `roles` of `party` answer with this kind of responsibility.
 *
 * @since 0.1.0
 */
export const AccountabilityRule = Schema.Struct({
  id: Schema.NonEmptyString,
  minGrade: AccidentGrade,
  party: AccountableParty,
  roles: Schema.NonEmptyArray(AccountableRole),
  responsibility: ResponsibilityKind,
  title: Localized,
  source: Schema.String,
  citation: Schema.optionalKey(Citation)
}).annotate({ identifier: "AccountabilityRule" })
/** @since 0.1.0 */
export type AccountabilityRule = typeof AccountabilityRule.Type

/**
 * The default rules (see the module doc).
 *
 * @since 0.1.0
 */
export const defaultAccountabilityRules: ReadonlyArray<AccountabilityRule> = Schema.decodeUnknownSync(Schema.Array(AccountabilityRule))([
  {
    id: "enterprise-direct",
    minGrade: "general",
    party: "enterprise",
    roles: ["direct-responsible"],
    responsibility: "direct",
    title: { "zh-CN": "追究事故单位直接责任人员的责任", en: "The unit's directly responsible people answer" },
    source: "seed 001 line 32: 不仅要追究直接责任"
  },
  {
    id: "enterprise-principal-fine",
    minGrade: "general",
    party: "enterprise",
    roles: ["principal"],
    responsibility: "principal",
    title: { "zh-CN": "主要负责人未履行安全生产管理职责导致事故的，按事故等级处上一年年收入百分比罚款", en: "A principal whose failure of duty led to the accident is fined a share of last year's income by grade" },
    source: "安全生产法 第九十五条",
    citation: { document: "work-safety-law-2021", article: 95, verified: true }
  },
  {
    id: "local-leadership",
    minGrade: "relatively-serious",
    party: "local-government",
    roles: ["sector-deputy", "safety-deputy"],
    responsibility: "leadership",
    title: { "zh-CN": "较大及以上事故追究属地分管领导的领导责任（一岗双责）", en: "From 较大: the local leaders in charge of the sector and of safety answer (一岗双责)" },
    source: "seed 001 line 32: 发生较大及以上生产安全事故的…追究各村(社区)领导责任; line 26: 一岗双责"
  },
  {
    id: "department-supervisory",
    minGrade: "relatively-serious",
    party: "supervising-department",
    roles: ["department-head"],
    responsibility: "supervisory",
    title: { "zh-CN": "较大及以上事故追究行业主管部门的监管责任（管行业必须管安全）", en: "From 较大: the sector's lead department answers for supervision" },
    source: "seed 001 line 32: 有关部门的监管责任; line 30: 管行业必须管安全"
  },
  {
    id: "local-principals",
    minGrade: "serious",
    party: "local-government",
    roles: ["party-secretary", "government-head", "safety-deputy", "sector-deputy"],
    responsibility: "leadership",
    title: { "zh-CN": "重特大事故追究属地主要负责人和分管领导的责任（党政同责）", en: "From 重大: the local party secretary, government head and leaders in charge answer (党政同责)" },
    source: "seed 001 line 32: 特别是重特大事故要追究主要负责、分管领导的责任; line 26: 党政同责"
  },
  {
    id: "parent-company",
    minGrade: "serious",
    party: "parent-company",
    roles: ["principal", "charge-leader"],
    responsibility: "principal",
    title: { "zh-CN": "重特大事故直接追究集团公司主要负责人、分管负责人的责任", en: "From 重大: the group company's principal and leader in charge answer" },
    source: "seed 001 line 34"
  },
  {
    id: "enterprise-principal-ban",
    minGrade: "serious",
    party: "enterprise",
    roles: ["principal"],
    responsibility: "principal",
    title: { "zh-CN": "对重大、特别重大事故负有责任的主要负责人终身不得担任本行业生产经营单位的主要负责人", en: "A principal answerable for a 重大 or 特别重大 accident is barred for life from heading a unit in the industry" },
    source: "安全生产法 第九十四条第三款; seed 001 line 34",
    citation: { document: "work-safety-law-2021", article: 94, verified: true }
  }
])

/**
 * 领导 — a leader of a place or department: the person, jurisdiction, role and, for deputies, the
 * sectors in their portfolio; for a department head, the department; the term of office.
 *
 * @since 0.1.0
 */
export const Leader = Schema.Struct({
  person: PersonRef,
  jurisdiction: JurisdictionCode,
  role: Schema.Literals(["party-secretary", "government-head", "safety-deputy", "sector-deputy", "department-head"]),
  sectors: Schema.optionalKey(Schema.Array(Sector)),
  department: Schema.optionalKey(SupervisingDepartment),
  /** 任职期间 — the leader answers for accidents on days inside it; absent = always. */
  term: Schema.optionalKey(DateWindow)
}).annotate({ identifier: "Leader", description: "领导 — person, jurisdiction, role, portfolio, term" })
/** @since 0.1.0 */
export type Leader = typeof Leader.Type

/**
 * One party answerable for the accident, with the people found for it (empty when the leaders
 * list has none, and always for the unit's own staff, which is not in the leaders list).
 *
 * @since 0.1.0
 */
export interface Accountable {
  readonly rule: string
  readonly party: AccountableParty
  readonly responsibility: ResponsibilityKind
  readonly roles: ReadonlyArray<AccountableRole>
  readonly title: Localized
  readonly source: string
  readonly citation?: Citation
  readonly jurisdiction?: string
  readonly department?: SupervisingDepartment
  readonly people: ReadonlyArray<{ readonly person: PersonRef; readonly role: AccountableRole }>
}

/**
 * The result of `accountabilityFor`: the grade, the answerable parties, and the statutory fines
 * (安全生产法 第一百一十四条 for the unit, 第九十五条 for a principal whose failure led to it) —
 * absent for accidents before 2021-09-01, whose amounts the 2021 text does not govern.
 *
 * @since 0.1.0
 */
export interface AccountabilityResult {
  readonly accident: string
  readonly grade: AccidentGrade
  readonly occurredOn: Date
  readonly accountable: ReadonlyArray<Accountable>
  readonly unitFine?: FineRange
  readonly principalFine?: { readonly percent: number; readonly citation: Citation }
}

/**
 * Options of `accountabilityFor`.
 *
 * @since 0.1.0
 */
export interface AccountabilityOptions {
  readonly rules?: ReadonlyArray<AccountabilityRule> | undefined
  readonly leaders?: ReadonlyArray<Leader> | undefined
  readonly leadDepartments?: LeadDepartmentMap | undefined
  readonly tree?: JurisdictionTree.JurisdictionTree | undefined
}

const EMPTY_TREE = JurisdictionTree.make([])

/**
 * Who answers for an accident, as of the day it occurred (Beijing time): leaders count when the
 * day falls in their term. The "place" is the nearest jurisdiction, from the accident's own up,
 * that has leaders in the list (so an accident in a village can be answered for by the township
 * when the list stops there); without a tree, only the accident's own code. Rules citing the 2021
 * Safety Law apply to accidents from 2021-09-01.
 *
 * @since 0.1.0
 */
export const accountabilityFor = (accident: Accident, options: AccountabilityOptions = {}): AccountabilityResult => {
  const grade = accidentGradeOf(accident)
  const occurredOn = calendarDayOf(accident.occurredAt)
  const under2021 = occurredOn.getTime() >= CalendarDate.make(SAFETY_LAW_2021_IN_FORCE).getTime()
  const tree = options.tree ?? EMPTY_TREE
  const leaders = (options.leaders ?? []).filter((l) => l.term === undefined || CalendarDate.isWithin(l.term, occurredOn))
  const lead = leadDepartmentFor(options.leadDepartments ?? emptyLeadDepartmentMap, tree, accident.jurisdiction, accident.sector)
  const path = JurisdictionTree.has(tree, accident.jurisdiction)
    ? [accident.jurisdiction as string, ...JurisdictionTree.ancestors(tree, accident.jurisdiction)]
    : [accident.jurisdiction as string]
  const nearest = (ok: (l: Leader) => boolean): { code: string; found: ReadonlyArray<Leader> } | undefined => {
    for (const code of path) {
      const found = leaders.filter((l) => l.jurisdiction === code && ok(l))
      if (found.length > 0) return { code, found }
    }
    return undefined
  }
  const local = nearest((l) => l.role !== "department-head")
  const dept = nearest((l) => l.role === "department-head" && l.department === lead)

  const accountable = (options.rules ?? defaultAccountabilityRules)
    .filter((r) => isGradeAtLeast(grade, r.minGrade) && (under2021 || r.citation?.document !== "work-safety-law-2021"))
    .map((r): Accountable => {
      const base = {
        rule: r.id,
        party: r.party,
        responsibility: r.responsibility,
        roles: r.roles,
        title: r.title,
        source: r.source,
        ...(r.citation === undefined ? {} : { citation: r.citation })
      }
      if (r.party === "local-government") {
        const people = (local?.found ?? []).filter((l) =>
          r.roles.includes(l.role) && (l.role !== "sector-deputy" || (l.sectors ?? []).includes(accident.sector))
        )
        return { ...base, jurisdiction: local?.code ?? accident.jurisdiction, people: people.map((l) => ({ person: l.person, role: l.role })) }
      }
      if (r.party === "supervising-department") {
        return {
          ...base,
          department: lead,
          jurisdiction: dept?.code ?? accident.jurisdiction,
          people: (dept?.found ?? []).map((l) => ({ person: l.person, role: l.role }))
        }
      }
      return { ...base, people: [] }
    })
  return {
    accident: accident.id,
    grade,
    occurredOn,
    accountable,
    ...(under2021 ? { unitFine: unitAccidentFine(grade), principalFine: principalAccidentFinePercent(grade) } : {})
  }
}

/**
 * 问责输入 — the data of `accountabilityFor` at an input boundary.
 *
 * @since 0.1.0
 */
export const AccountabilityData = Schema.Struct({
  accident: Accident,
  rules: Schema.optionalKey(Schema.Array(AccountabilityRule)),
  leaders: Schema.optionalKey(Schema.Array(Leader)),
  leadDepartments: Schema.optionalKey(LeadDepartmentMap)
}).annotate({ identifier: "AccountabilityData" })
/** @since 0.1.0 */
export type AccountabilityData = typeof AccountabilityData.Type

/**
 * Effect entry of `accountabilityFor`: decodes `AccountabilityData`. Accountability depends on the
 * accident only, not on an as-of date (the accident's grade is fixed by its figures).
 *
 * @since 0.1.0
 */
export const accountabilityForEffect = (
  input: unknown,
  options: { readonly tree?: JurisdictionTree.JurisdictionTree | undefined } = {}
): Effect.Effect<AccountabilityResult, Schema.SchemaError> =>
  Effect.map(Schema.decodeUnknownEffect(AccountabilityData)(input, { errors: "all" }), (d) =>
    accountabilityFor(d.accident, { rules: d.rules, leaders: d.leaders, leadDepartments: d.leadDepartments, tree: options.tree }))

/**
 * Promise entry of `accountabilityFor` (see `accountabilityForEffect`).
 *
 * @since 0.1.0
 */
export const accountabilityForPromise = (
  input: unknown,
  options: { readonly tree?: JurisdictionTree.JurisdictionTree | undefined } = {}
): Promise<AccountabilityResult> => Effect.runPromise(accountabilityForEffect(input, options))

/**
 * A person the investigation held responsible, as fed into the accountability: the rule and role
 * under which they answer, and when they were dealt with (处理).
 *
 * @since 0.2.0
 */
export interface DeterminedPerson {
  readonly person: PersonRef
  readonly rule: string
  readonly role: AccountableRole
  readonly handledOn?: Date
}

/**
 * The result of `accountabilityForInvestigation`: the accountability of the accident
 * (`accountabilityFor`), with the people the investigation held responsible added to the party of
 * their rule; every determination that does not fit (unknown rule, a rule that does not apply to
 * the grade or date, a role the rule does not name) in `unmatched`, with the reason — none is
 * dropped. `unhandled`: determined people not yet dealt with as of the day (四不放过: 责任人员未处理).
 *
 * @since 0.2.0
 */
export interface InvestigationAccountability extends AccountabilityResult {
  readonly determined: ReadonlyArray<DeterminedPerson>
  readonly unmatched: ReadonlyArray<{ readonly index: number; readonly person: PersonRef; readonly rule: string; readonly reason: Localized }>
  readonly unhandled: ReadonlyArray<DeterminedPerson>
}

/**
 * 事故调查 → 问责: the investigation's findings feed the accountability. The accident's parties come
 * from `accountabilityFor` (the same rules, leaders and lead departments); each person the
 * investigation held responsible (`InvestigationCase.responsible`) joins the party of the rule it
 * names, with the rule's role (or the role given, which must be one of the rule's). `asOf` (a
 * calendar day) decides which people count as dealt with (`handledOn` on or before it).
 *
 * @example
 * ```ts
 * const r = accountabilityForInvestigation(investigation, CalendarDate.make("2024-09-01"))
 * r.accountable.find((a) => a.rule === "enterprise-direct")?.people // the people the investigation named
 * ```
 * @since 0.2.0
 */
export const accountabilityForInvestigation = (
  investigation: InvestigationCase,
  asOf: Date,
  options: AccountabilityOptions = {}
): InvestigationAccountability => {
  const base = accountabilityFor(investigation.accident, options)
  const rules = options.rules ?? defaultAccountabilityRules
  const determined: Array<DeterminedPerson> = []
  const unmatched: Array<InvestigationAccountability["unmatched"][number]> = []
  const added = new Map<string, Array<{ person: PersonRef; role: AccountableRole }>>()
  ;(investigation.responsible ?? []).forEach((d, index) => {
    const miss = (zh: string, en: string) => unmatched.push({ index, person: d.person, rule: d.accountabilityRule, reason: { "zh-CN": zh, en } })
    const rule = rules.find((r) => r.id === d.accountabilityRule)
    if (rule === undefined) return miss(`没有编号为 ${d.accountabilityRule} 的问责规则`, `no accountability rule ${d.accountabilityRule}`)
    if (!base.accountable.some((a) => a.rule === rule.id)) {
      return miss(`问责规则 ${rule.id} 不适用于本事故（等级或发生日期）`, `rule ${rule.id} does not apply to this accident (grade or date)`)
    }
    const role = d.role ?? (rule.roles.length === 1 ? rule.roles[0] : undefined)
    if (role === undefined) return miss(`问责规则 ${rule.id} 涉及多个岗位（${rule.roles.join("、")}），须写明 role`, `rule ${rule.id} names several roles (${rule.roles.join(", ")}): give the role`)
    if (!(rule.roles as ReadonlyArray<string>).includes(role)) return miss(`问责规则 ${rule.id} 不涉及岗位 ${role}`, `rule ${rule.id} does not name the role ${role}`)
    const person: DeterminedPerson = { person: d.person, rule: rule.id, role: role as AccountableRole, ...(d.handledOn === undefined ? {} : { handledOn: d.handledOn }) }
    determined.push(person)
    added.set(rule.id, [...(added.get(rule.id) ?? []), { person: d.person, role: role as AccountableRole }])
  })
  return {
    ...base,
    accountable: base.accountable.map((a) => added.has(a.rule) ? { ...a, people: [...a.people, ...added.get(a.rule)!] } : a),
    determined,
    unmatched,
    unhandled: determined.filter((p) => p.handledOn === undefined || p.handledOn.getTime() > asOf.getTime())
  }
}

/**
 * 调查问责输入 — the data of `accountabilityForInvestigation` at an input boundary: the
 * investigation case (`@anquan/accident`'s `InvestigationCase`) and, as in `AccountabilityData`, the
 * rules, leaders and lead departments.
 *
 * @since 0.2.0
 */
export const InvestigationAccountabilityData = Schema.Struct({
  investigation: InvestigationCase,
  rules: Schema.optionalKey(Schema.Array(AccountabilityRule)),
  leaders: Schema.optionalKey(Schema.Array(Leader)),
  leadDepartments: Schema.optionalKey(LeadDepartmentMap)
}).annotate({ identifier: "InvestigationAccountabilityData" })
/** @since 0.2.0 */
export type InvestigationAccountabilityData = typeof InvestigationAccountabilityData.Type

/**
 * Effect entry of `accountabilityForInvestigation`: decodes `InvestigationAccountabilityData`
 * (path-precise errors); as-of a `Date`, a `YYYY-MM-DD` day, or today (Beijing time) by the `Clock`.
 *
 * @since 0.2.0
 */
export const accountabilityForInvestigationEffect = (
  input: unknown,
  options: { readonly asOf?: Date | string | undefined; readonly tree?: JurisdictionTree.JurisdictionTree | undefined } = {}
): Effect.Effect<InvestigationAccountability, Schema.SchemaError | InvalidAsOfError> =>
  Effect.gen(function*() {
    const d = yield* Schema.decodeUnknownEffect(InvestigationAccountabilityData)(input, { errors: "all" })
    const asOf = yield* resolveAsOfDate(options.asOf)
    return accountabilityForInvestigation(d.investigation, asOf, { rules: d.rules, leaders: d.leaders, leadDepartments: d.leadDepartments, tree: options.tree })
  })

/**
 * Promise entry of `accountabilityForInvestigation` (see `accountabilityForInvestigationEffect`).
 *
 * @since 0.2.0
 */
export const accountabilityForInvestigationPromise = (
  input: unknown,
  options: { readonly asOf?: Date | string | undefined; readonly tree?: JurisdictionTree.JurisdictionTree | undefined } = {}
): Promise<InvestigationAccountability> => Effect.runPromise(accountabilityForInvestigationEffect(input, options))
