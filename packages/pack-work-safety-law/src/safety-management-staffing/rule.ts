/**
 * 安全生产管理机构和人员 — safety management body and staff (安全生产法 2021 第二十四条;
 * 2014 第二十一条; 2002 第十九条).
 *
 * Three versions share one rule id, each in force while its text was:
 *
 * | version | in force | always a body or full-time staff | otherwise: body or full-time staff when | else |
 * |---|---|---|---|---|
 * | 2002 第十九条 | 2002-11-01 – 2014-11-30 | 矿山, 建筑施工, 危险物品 生产/经营/储存 | more than 300 staff | full- or part-time staff, or a contracted qualified engineer |
 * | 2014 第二十一条 | 2014-12-01 – 2021-08-31 | + 金属冶炼, 道路运输 | more than 100 staff | full- or part-time staff |
 * | 2021 第二十四条 | from 2021-09-01 | + 装卸; 运输单位 of every mode | more than 100 staff | full- or part-time staff |
 *
 * "超过一百人" is strictly more than 100: a unit of exactly 100 may have part-time staff.
 * The threshold is a parameter (`threshold`); a local value above the national one is laxer and is
 * flagged in every report.
 *
 * @since 0.1.0
 */
import { Condition, Enterprise, Rule } from "@anquan/core"
import type { DangerousGoodsActivity, NumberParam, Operand, Sector } from "@anquan/core"
import { Schema, Struct } from "effect"
import { keyPeopleFacts, staffingFacts } from "../facts/labels.ts"

/** The facts the rule reads: a slice of the enterprise profile. @since 0.1.0 */
export const StaffingFacts = Schema.Struct({
  enterprise: Schema.Struct(
    Struct.pick(Enterprise.fields, [
      "sectors",
      "employees",
      "dangerousGoodsActivities",
      "transportModes",
      "safetyDepartment",
      "contractedSafetyEngineer",
      "keyPeople"
    ])
  )
})

type Edition = "2002" | "2014" | "2021"

interface EditionText {
  readonly alwaysSectors: ReadonlyArray<Sector>
  readonly dangerousGoodsActivities: ReadonlyArray<DangerousGoodsActivity>
  /** Which transport units are on the always-list: none, road only, or every mode. */
  readonly transport: "none" | "road" | "all"
  readonly contractedEngineerAllowed: boolean
}

const editions: Record<Edition, EditionText> = {
  "2002": {
    alwaysSectors: ["coal-mine", "non-coal-mine", "construction"],
    dangerousGoodsActivities: ["production", "trading", "storage"],
    transport: "none",
    contractedEngineerAllowed: true
  },
  "2014": {
    alwaysSectors: ["coal-mine", "non-coal-mine", "construction", "metal-smelting"],
    dangerousGoodsActivities: ["production", "trading", "storage"],
    transport: "road",
    contractedEngineerAllowed: false
  },
  "2021": {
    alwaysSectors: ["coal-mine", "non-coal-mine", "construction", "metal-smelting"],
    dangerousGoodsActivities: ["production", "trading", "storage", "loading"],
    transport: "all",
    contractedEngineerAllowed: false
  }
}

type Params = { readonly threshold: NumberParam }

const paramsWithThreshold = (threshold: number): Params => ({
  threshold: {
    type: "number",
    default: threshold,
    integer: true,
    min: 0,
    laxerWhen: "greater",
    description: {
      "zh-CN": "从业人员超过该人数的单位，应当设置安全生产管理机构或者配备专职安全生产管理人员",
      en: "Units with more staff than this must have a safety management body or full-time safety staff"
    }
  }
})

/** A fact the conditions read to decide, shown through the fixed evidence below instead. */
const read = (path: string): Operand => ({ fact: path, evidence: false })

const PEOPLE = "enterprise.keyPeople"
/** A key person's employment; not given, the person counts as part-time (not 专职). */
const employment: Operand = { fact: "employment", ifAbsent: "part-time", evidence: false }
const safetyOfficer = Condition.oneOf({ fact: "roles", evidence: false }, ["safety-officer"])
/** 专职 and 兼职 安全生产管理人员, by number (unknown without `keyPeople`; shown null then). */
const fullTime = Condition.count(PEOPLE, Condition.all(safetyOfficer, Condition.eq(employment, "full-time")), {
  as: "enterprise.keyPeople[safety-officer].fullTime",
  orNull: true
})
const partTime = Condition.count(PEOPLE, Condition.all(safetyOfficer, Condition.ne(employment, "full-time")), {
  as: "enterprise.keyPeople[safety-officer].partTime",
  orNull: true
})

/** 机构或者专职 — a body, or full-time staff: enough whatever the unit. */
const bodyOrFullTime = Condition.any(Condition.eq(read("enterprise.safetyDepartment"), true), Condition.gt(fullTime, 0))

const REQUIRED = {
  zh: "应当设置安全生产管理机构或者配备专职安全生产管理人员；现无机构且专职人员为0",
  en: "a safety management body or full-time safety staff is required; there is neither"
}

/** The edition's duty as conditions: when it is broken. */
const violationOf = (text: EditionText) => {
  // 高危 — on the edition's always-list (by sector, transport mode or dangerous-goods activity)
  const highRisk = Condition.any(
    Condition.oneOf(read("enterprise.sectors"), text.transport === "all" ? [...text.alwaysSectors, "transport"] : text.alwaysSectors),
    ...(text.transport === "road"
      ? [Condition.all(Condition.oneOf(read("enterprise.sectors"), ["transport"]), Condition.oneOf(read("enterprise.transportModes"), ["road"]))]
      : []),
    Condition.oneOf(read("enterprise.dangerousGoodsActivities"), text.dangerousGoodsActivities)
  )
  // 专职或者兼职 (2002: or a contracted qualified engineer)
  const anyStaff = Condition.any(
    Condition.gt(partTime, 0),
    ...(text.contractedEngineerAllowed ? [Condition.eq(read("enterprise.contractedSafetyEngineer"), true)] : [])
  )
  const breach = Condition.any(
      // a body or full-time staff required — by the list, else by the head-count — and neither there
      Condition.because(Condition.all(Condition.not(bodyOrFullTime), highRisk), `属于高危行业或危险物品单位，${REQUIRED.zh}`, `the unit is on the high-risk list: ${REQUIRED.en}`),
      Condition.unless(
        highRisk,
        Condition.because(
          Condition.all(Condition.not(bodyOrFullTime), Condition.gt(read("enterprise.employees"), Condition.param("threshold"))),
          `从业人员{enterprise.employees}人，超过{param:threshold}人，${REQUIRED.zh}`,
          `{enterprise.employees} staff, more than {param:threshold}: ${REQUIRED.en}`
        ),
        { guardEvidence: false }
      ),
      // no safety staff at all (a body not known to exist does not help)
      Condition.because(
        Condition.all(
          Condition.eq({ fact: "enterprise.safetyDepartment", ifAbsent: false, evidence: false }, false),
          Condition.eq(fullTime, 0),
          Condition.not(anyStaff)
        ),
        "未配备任何安全生产管理人员",
        "No safety staff at all"
      )
    )
  return Condition.all(
    Condition.show("enterprise.sectors"),
    Condition.show("enterprise.employees", { orNull: true }),
    Condition.show("enterprise.safetyDepartment", { orNull: true }),
    // where the answer stays open, knowing of a safety management body would settle it too
    Condition.any(
      breach,
      Condition.all(
        Condition.unless(Condition.present("enterprise.safetyDepartment"), Condition.unknown("enterprise.safetyDepartment"), { guardEvidence: false }),
        breach
      )
    )
  )
}

/** The definition every version shares, with its edition's conditions. */
const edition = (e: Edition) => ({
  schema: StaffingFacts,
  facts: { ...staffingFacts, ...keyPeopleFacts },
  evidence: "read" as const,
  violationWhen: violationOf(editions[e])
})

const id = "work-safety-law/safety-management-staffing"
const title = { "zh-CN": "安全生产管理机构和人员配备", en: "Safety management body and staff" } as const
const message = {
  "zh-CN": "未按规定设置安全生产管理机构或者配备安全生产管理人员",
  en: "The unit lacks the safety management body or safety staff the law requires"
} as const

/**
 * 2021 第二十四条, in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const staffing2021 = Rule.fromCondition({
  id,
  title,
  message,
  remediation: {
    "zh-CN": "矿山、金属冶炼、建筑施工、运输单位和危险物品的生产、经营、储存、装卸单位，以及从业人员超过一百人的其他单位，应当设置安全生产管理机构或者配备专职安全生产管理人员；其他单位应当配备专职或者兼职的安全生产管理人员。",
    en: "Mines, metal smelting, construction, transport units and units producing, trading, storing or loading dangerous goods, and any other unit with more than 100 staff, must set up a safety management body or employ full-time safety staff; other units need full- or part-time safety staff."
  },
  citation: { document: "work-safety-law-2021", article: 24, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 97, item: 1, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  ...edition("2021"),
  params: paramsWithThreshold(100)
})

/**
 * 2014 第二十一条, in force 2014-12-01 to 2021-08-31. Article number from memory: `verified: false`.
 *
 * @since 0.1.0
 */
export const staffing2014 = Rule.fromCondition({
  id,
  title,
  message,
  remediation: {
    "zh-CN": "矿山、金属冶炼、建筑施工、道路运输单位和危险物品的生产、经营、储存单位，以及从业人员超过一百人的其他单位，应当设置安全生产管理机构或者配备专职安全生产管理人员；其他单位应当配备专职或者兼职的安全生产管理人员。",
    en: "Mines, metal smelting, construction, road transport units and units producing, trading or storing dangerous goods, and any other unit with more than 100 staff, must set up a safety management body or employ full-time safety staff; other units need full- or part-time safety staff."
  },
  citation: { document: "work-safety-law-2014", article: 21, verified: false },
  severity: "general",
  effective: { from: "2014-12-01", to: "2021-08-31" },
  ...edition("2014"),
  params: paramsWithThreshold(100)
})

/**
 * 2002 第十九条, in force 2002-11-01 to 2014-11-30: threshold 300, and small units may contract a
 * qualified engineer instead. From secondary sources: `verified: false`.
 *
 * @since 0.1.0
 */
export const staffing2002 = Rule.fromCondition({
  id,
  title,
  message,
  remediation: {
    "zh-CN": "矿山、建筑施工单位和危险物品的生产、经营、储存单位，以及从业人员超过三百人的其他单位，应当设置安全生产管理机构或者配备专职安全生产管理人员；从业人员在三百人以下的，应当配备专职或者兼职的安全生产管理人员，或者委托具有国家规定的相关专业技术资格的工程技术人员提供安全生产管理服务。",
    en: "Mines, construction and units producing, trading or storing dangerous goods, and any other unit with more than 300 staff, must set up a safety management body or employ full-time safety staff; units of 300 or fewer need full- or part-time safety staff, or a contracted qualified engineer."
  },
  citation: { document: "work-safety-law-2002", article: 19, verified: false },
  severity: "general",
  effective: { from: "2002-11-01", to: "2014-11-30" },
  ...edition("2002"),
  params: paramsWithThreshold(300)
})

/** Every version, oldest first. @since 0.1.0 */
export const safetyManagementStaffing = [staffing2002, staffing2014, staffing2021] as const
