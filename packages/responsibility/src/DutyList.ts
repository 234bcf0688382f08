/**
 * 责任清单 — duty lists generated from role × rank × sector.
 *
 * - Government side (rank = province … village): 党政同责 — the party secretary and the government
 *   head are both 第一责任人 (seed 000 line 14: 一把手为第一责任人; seed 001 line 26); the deputy in
 *   charge of safety is 直接责任人 (seed 000 line 14); every other deputy answers for safety in the
 *   sectors of their portfolio, 一岗双责 (seed 000 line 14: 其他领导分管工作内的安全生产工作责任;
 *   seed 001 line 28); a department head leads supervision of every sector whose lead department
 *   (core `leadDepartmentFor`, configurable per jurisdiction) is theirs — 管行业必须管安全 — and of
 *   new sectors assigned to them — 谁主管谁牵头 (seed 001 line 30).
 * - Enterprise side: the principal's duties of 安全生产法 第二十一条 (seven items, 第五条: 第一责任人),
 *   the safety staff's duties of 第二十五条 (seven items), the leader in charge of safety assisting the
 *   principal (第二十五条第二款).
 * - Signing duties follow the signing requirements in force (seed 000's by default): the
 *   government head of a county signs with townships and departments by 03-31 of the year, etc.
 *
 * Each duty carries its basis: an article (verified citation) and/or the seed line it comes from.
 *
 * @since 0.1.0
 */
import {
  type AgreementPartyLevel,
  type Citation,
  emptyLeadDepartmentMap,
  JurisdictionCode,
  JurisdictionLevels,
  JurisdictionTree,
  leadDepartmentFor,
  LeadDepartmentMap,
  type Localized,
  PersonRef,
  Sector,
  sectorLabel,
  Sectors,
  SupervisingDepartment,
  supervisingDepartmentLabel
} from "@anquan/core"
import { type InvalidAsOfError, resolveAsOfDate } from "@anquan/accident"
import { Effect, Schema } from "effect"
import { dateInYear, defaultRequirementsConfig, RequirementsConfig, resolveRequirements } from "./Requirements.ts"

const GOVERNMENT_ROLES = ["party-secretary", "government-head", "safety-deputy", "sector-deputy", "department-head"] as const
const ENTERPRISE_ROLES = ["enterprise-principal", "enterprise-safety-leader", "safety-officer"] as const

/**
 * 岗位 — government side: `party-secretary` 党委书记, `government-head` 政府主要负责人,
 * `safety-deputy` 分管安全生产的副职, `sector-deputy` 其他副职 (with a portfolio of sectors),
 * `department-head` 部门主要负责人; enterprise side: `enterprise-principal` 主要负责人,
 * `enterprise-safety-leader` 安全生产分管负责人, `safety-officer` 安全生产管理机构及人员.
 *
 * @since 0.1.0
 */
export const DutyRole = Schema.Literals([...GOVERNMENT_ROLES, ...ENTERPRISE_ROLES]).annotate({ identifier: "DutyRole" })
/** @since 0.1.0 */
export type DutyRole = typeof DutyRole.Type

/**
 * 层级 — a jurisdiction level (province … village) for the government side, `enterprise` for the
 * enterprise side.
 *
 * @since 0.1.0
 */
export const DutyRank = Schema.Literals([...JurisdictionLevels, "enterprise"]).annotate({ identifier: "DutyRank" })
/** @since 0.1.0 */
export type DutyRank = typeof DutyRank.Type

/**
 * 责任人 — the post a duty list is for: role, rank, jurisdiction (required on the government side),
 * department (for a department head), portfolio sectors (for a deputy), and optionally the person.
 *
 * @since 0.1.0
 */
export const DutyHolder = Schema.Struct({
  role: DutyRole,
  rank: DutyRank,
  jurisdiction: Schema.optionalKey(JurisdictionCode),
  department: Schema.optionalKey(SupervisingDepartment),
  sectors: Schema.optionalKey(Schema.Array(Sector)),
  person: Schema.optionalKey(PersonRef)
}).check(Schema.makeFilter((h) => {
  const enterpriseRole = (ENTERPRISE_ROLES as ReadonlyArray<string>).includes(h.role)
  if (enterpriseRole !== (h.rank === "enterprise")) {
    return { path: ["rank"], issue: `role ${h.role} belongs to ${enterpriseRole ? "the enterprise rank" : "a jurisdiction rank (province … village)"}` }
  }
  if (!enterpriseRole && h.jurisdiction === undefined) return { path: ["jurisdiction"], issue: "a government post needs its jurisdiction" }
  if (h.role === "department-head" && h.department === undefined) return { path: ["department"], issue: "a department head needs the department" }
  return undefined
})).annotate({ identifier: "DutyHolder", description: "责任人 — role × rank (× department, sectors)" })
/** @since 0.1.0 */
export type DutyHolder = typeof DutyHolder.Type

/**
 * 新业态牵头 — a new or overlapping sector outside the taxonomy and the department that leads it
 * (谁主管谁牵头), e.g. `{ name: "电动自行车充电", competentDepartment: "fire-rescue" }`.
 *
 * @since 0.1.0
 */
export const NewSectorAssignment = Schema.Struct({
  name: Schema.NonEmptyString,
  competentDepartment: SupervisingDepartment,
  basis: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "NewSectorAssignment" })
/** @since 0.1.0 */
export type NewSectorAssignment = typeof NewSectorAssignment.Type

/**
 * 职责 — one duty: a stable id within the list, the text, the sector it concerns, its basis.
 *
 * @since 0.1.0
 */
export interface Duty {
  readonly id: string
  readonly text: Localized
  readonly sector?: Sector
  readonly citation?: Citation
  readonly source?: string
}

/**
 * 责任清单 — the duties of one post.
 *
 * @since 0.1.0
 */
export interface DutyList {
  readonly holder: DutyHolder
  readonly year: number
  readonly duties: ReadonlyArray<Duty>
}

/**
 * Context of `dutyList`.
 *
 * @since 0.1.0
 */
export interface DutyContext {
  readonly leadDepartments?: LeadDepartmentMap | undefined
  readonly tree?: JurisdictionTree.JurisdictionTree | undefined
  readonly newSectors?: ReadonlyArray<NewSectorAssignment> | undefined
  readonly requirements?: RequirementsConfig | undefined
}

const law = (article: number, item?: number): Citation =>
  item === undefined ? { document: "work-safety-law-2021", article, verified: true } : { document: "work-safety-law-2021", article, item, verified: true }

// 安全生产法 (2021) 第二十一条 and 第二十五条, items in the official wording.
const PRINCIPAL_DUTIES: ReadonlyArray<Localized> = [
  { "zh-CN": "建立健全并落实本单位全员安全生产责任制，加强安全生产标准化建设", en: "Set up and carry out the all-staff responsibility system; advance standardization" },
  { "zh-CN": "组织制定并实施本单位安全生产规章制度和操作规程", en: "Draw up and apply the safety rules and operating procedures" },
  { "zh-CN": "组织制定并实施本单位安全生产教育和培训计划", en: "Draw up and carry out the safety training plan" },
  { "zh-CN": "保证本单位安全生产投入的有效实施", en: "Make sure the safety budget is really spent" },
  { "zh-CN": "组织建立并落实安全风险分级管控和隐患排查治理双重预防工作机制，督促、检查本单位的安全生产工作，及时消除生产安全事故隐患", en: "Set up and run the dual prevention mechanism (risk grading and hazard governance), inspect the work and eliminate hazards promptly" },
  { "zh-CN": "组织制定并实施本单位的生产安全事故应急救援预案", en: "Draw up and apply the emergency rescue plan" },
  { "zh-CN": "及时、如实报告生产安全事故", en: "Report accidents promptly and truthfully" }
]
const SAFETY_OFFICER_DUTIES: ReadonlyArray<Localized> = [
  { "zh-CN": "组织或者参与拟订本单位安全生产规章制度、操作规程和生产安全事故应急救援预案", en: "Draft the safety rules, operating procedures and emergency rescue plan" },
  { "zh-CN": "组织或者参与本单位安全生产教育和培训，如实记录安全生产教育和培训情况", en: "Run safety training and keep true training records" },
  { "zh-CN": "组织开展危险源辨识和评估，督促落实本单位重大危险源的安全管理措施", en: "Identify and assess hazard sources; see to the controls of major hazard installations" },
  { "zh-CN": "组织或者参与本单位应急救援演练", en: "Run emergency drills" },
  { "zh-CN": "检查本单位的安全生产状况，及时排查生产安全事故隐患，提出改进安全生产管理的建议", en: "Inspect safety, find hazards promptly and propose improvements" },
  { "zh-CN": "制止和纠正违章指挥、强令冒险作业、违反操作规程的行为", en: "Stop and correct unlawful orders, forced risky work and breaches of procedure" },
  { "zh-CN": "督促落实本单位安全生产整改措施", en: "See that rectification measures are carried out" }
]

const partyLevelOf = (rank: DutyRank): AgreementPartyLevel =>
  rank === "enterprise" ? "enterprise" : rank === "township" ? "township" : rank === "village" ? "village" : "government"

/**
 * The duty list of a post as of a day (its year dates the signing deadlines). Pure.
 *
 * @example
 * ```ts
 * dutyList({ role: "department-head", rank: "county", jurisdiction: "441302", department: "housing-construction" }, {}, CalendarDate.make("2024-01-01"))
 * // leads construction and gas (national default lead department: 住房城乡建设), plus the department's own list
 * ```
 * @since 0.1.0
 */
export const dutyList = (holder: DutyHolder, context: DutyContext, asOf: Date): DutyList => {
  const year = asOf.getUTCFullYear()
  const duties: Array<Duty> = []
  const add = (d: Duty) => duties.push(d)

  switch (holder.role) {
    case "party-secretary":
    case "government-head":
      add({
        id: "first-responsible",
        text: { "zh-CN": "对本地区安全生产工作负总责，是安全生产第一责任人（党政同责）", en: "Answers for all safety work in the jurisdiction as first responsible (党政同责)" },
        source: "seed 000 line 14; seed 001 line 26"
      })
      add({
        id: "plan",
        text: { "zh-CN": "将安全生产纳入经济社会发展总体规划和年度计划", en: "Build safety into the development plan and the annual plan" },
        source: "seed 000 line 16"
      })
      add({
        id: "resolve-problems",
        text: { "zh-CN": "及时研究解决安全生产突出问题", en: "Study and resolve pressing safety problems promptly" },
        source: "seed 001 line 28"
      })
      break
    case "safety-deputy":
      add({
        id: "direct-responsible",
        text: { "zh-CN": "分管安全生产工作，是安全生产直接责任人", en: "In charge of safety: directly responsible" },
        source: "seed 000 line 14"
      })
      add({
        id: "assessment",
        text: { "zh-CN": "组织安全生产责任制考核，落实一票否决", en: "Organise the responsibility-system assessment and apply the one-vote veto" },
        source: "seed 000 line 21"
      })
      break
    case "sector-deputy":
      for (const sector of holder.sectors ?? []) {
        add({
          id: `sector:${sector}`,
          sector,
          text: {
            "zh-CN": `对分管的${sectorLabel(sector, "zh-CN")}行业领域安全生产工作负领导责任（一岗双责）`,
            en: `Leadership responsibility for safety in ${sectorLabel(sector, "en")}, a sector of the portfolio (一岗双责)`
          },
          source: "seed 000 line 14; seed 001 line 28"
        })
      }
      break
    case "department-head": {
      const department = holder.department!
      const tree = context.tree ?? JurisdictionTree.make([])
      const map = context.leadDepartments ?? emptyLeadDepartmentMap
      for (const sector of Sectors) {
        if (leadDepartmentFor(map, tree, holder.jurisdiction!, sector) !== department) continue
        add({
          id: `lead:${sector}`,
          sector,
          text: {
            "zh-CN": `牵头负责${sectorLabel(sector, "zh-CN")}行业领域安全生产监督管理（管行业必须管安全）`,
            en: `Lead the safety supervision of ${sectorLabel(sector, "en")} (管行业必须管安全)`
          },
          citation: law(3),
          source: "seed 001 line 30"
        })
      }
      for (const n of context.newSectors ?? []) {
        if (n.competentDepartment !== department) continue
        add({
          id: `new-sector:${n.name}`,
          text: { "zh-CN": `牵头负责${n.name}的安全监管（谁主管谁牵头）`, en: `Lead the safety supervision of ${n.name} (谁主管谁牵头)` },
          source: n.basis ?? "seed 001 line 30"
        })
      }
      add({
        id: "power-and-duty-list",
        text: {
          "zh-CN": `编制${supervisingDepartmentLabel(department, "zh-CN")}安全生产权力和责任清单，公开接受社会监督`,
          en: `Draw up the safety power-and-duty list of the ${supervisingDepartmentLabel(department, "en")} department and publish it`
        },
        source: "seed 001 line 30"
      })
      break
    }
    case "enterprise-principal":
      add({ id: "first-responsible", text: { "zh-CN": "本单位安全生产第一责任人，对本单位安全生产工作全面负责", en: "First responsible for the unit's safety" }, citation: law(5) })
      PRINCIPAL_DUTIES.forEach((text, i) => add({ id: `art21-${i + 1}`, text, citation: law(21, i + 1) }))
      break
    case "enterprise-safety-leader":
      add({
        id: "assist-principal",
        text: { "zh-CN": "协助本单位主要负责人履行安全生产管理职责", en: "Assist the principal in the safety duties" },
        citation: law(25)
      })
      add({ id: "manage-business-manage-safety", text: { "zh-CN": "管业务必须管安全、管生产经营必须管安全", en: "Whoever manages the business manages its safety" }, citation: law(3) })
      break
    case "safety-officer":
      SAFETY_OFFICER_DUTIES.forEach((text, i) => add({ id: `art25-${i + 1}`, text, citation: law(25, i + 1) }))
      break
  }

  if (holder.rank === "village" && (holder.role === "party-secretary" || holder.role === "government-head")) {
    add({
      id: "village-safety-principal",
      text: { "zh-CN": "村(居)委会明确一名安全生产负责人", en: "Name one person responsible for safety in the village committee" },
      source: "seed 000 line 20"
    })
  }

  // Signing duties: the head of the signing unit signs with every lower party the requirements name.
  if (holder.role === "government-head" || holder.role === "enterprise-principal") {
    const level = partyLevelOf(holder.rank)
    const requirements = resolveRequirements(context.requirements ?? defaultRequirementsConfig, context.tree, holder.jurisdiction)
    for (const r of requirements) {
      if (r.upper.level !== level) continue
      const deadline = dateInYear(r.deadline, year).toISOString().slice(0, 10)
      add({
        id: `sign:${r.id}`,
        text: { "zh-CN": `${r.title["zh-CN"]}（${deadline}前）`, en: `${r.title.en} (by ${deadline})` },
        ...(r.source === undefined ? {} : { source: r.source })
      })
    }
  }
  return { holder, year, duties }
}

/**
 * 清单输入 — a post and its context at an input boundary.
 *
 * @since 0.1.0
 */
export const DutyListData = Schema.Struct({
  holder: DutyHolder,
  leadDepartments: Schema.optionalKey(LeadDepartmentMap),
  newSectors: Schema.optionalKey(Schema.Array(NewSectorAssignment)),
  requirements: Schema.optionalKey(RequirementsConfig)
}).annotate({ identifier: "DutyListData" })
/** @since 0.1.0 */
export type DutyListData = typeof DutyListData.Type

/**
 * Effect entry of `dutyList`: decodes `DutyListData`; `asOf` defaults to today (Beijing time) by the `Clock`.
 *
 * @since 0.1.0
 */
export const dutyListEffect = (
  input: unknown,
  options: { readonly asOf?: Date | string | undefined; readonly tree?: JurisdictionTree.JurisdictionTree | undefined } = {}
): Effect.Effect<DutyList, Schema.SchemaError | InvalidAsOfError> =>
  Effect.gen(function* () {
    const d = yield* Schema.decodeUnknownEffect(DutyListData)(input, { errors: "all" })
    const asOf = yield* resolveAsOfDate(options.asOf)
    return dutyList(d.holder, { leadDepartments: d.leadDepartments, newSectors: d.newSectors, requirements: d.requirements, tree: options.tree }, asOf)
  })

/**
 * Promise entry of `dutyList` (see `dutyListEffect`).
 *
 * @since 0.1.0
 */
export const dutyListPromise = (
  input: unknown,
  options: { readonly asOf?: Date | string | undefined; readonly tree?: JurisdictionTree.JurisdictionTree | undefined } = {}
): Promise<DutyList> => Effect.runPromise(dutyListEffect(input, options))
