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
import { Enterprise, Outcome, Rule } from "@anquan/core"
import type { DangerousGoodsActivity, Evidence, NumberParam, RuleContext, Sector } from "@anquan/core"
import { Schema, Struct } from "effect"
import { intersects } from "./shared.ts"
import type { Tri } from "./shared.ts"

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

type Facts = typeof StaffingFacts.Type

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

/**
 * Whether the unit is on the edition's always-list; `undefined` when a fact needed to tell is
 * missing (its path is then pushed to `missing`, when given).
 */
const isHighRisk = (e: Facts["enterprise"], text: EditionText, missing: Array<string> | undefined): Tri => {
  if (intersects(e.sectors, text.alwaysSectors)) return true
  let unknown = false
  if (e.sectors.includes("transport")) {
    if (text.transport === "all") return true
    if (text.transport === "road") {
      if (e.transportModes === undefined) {
        unknown = true
        missing?.push("enterprise.transportModes")
      } else if (e.transportModes.includes("road")) return true
    }
  }
  if (e.dangerousGoodsActivities === undefined) {
    unknown = true
    missing?.push("enterprise.dangerousGoodsActivities")
  } else if (intersects(e.dangerousGoodsActivities, text.dangerousGoodsActivities)) return true
  return unknown ? undefined : false
}

const staffingEvidence = (e: Facts["enterprise"], fullTime: number | undefined, partTime: number | undefined): Array<Evidence> => [
  { path: "enterprise.sectors", value: e.sectors },
  { path: "enterprise.employees", value: e.employees ?? null },
  { path: "enterprise.safetyDepartment", value: e.safetyDepartment ?? null },
  { path: "enterprise.keyPeople[safety-officer].fullTime", value: fullTime ?? null },
  { path: "enterprise.keyPeople[safety-officer].partTime", value: partTime ?? null }
]

const evaluateEdition = (edition: Edition) => {
  const text = editions[edition]
  return (subject: Facts, ctx: RuleContext<Params>): Outcome.Outcome => {
    const explain = ctx.explain !== false
    const e = subject.enterprise
    // A body meets every edition's duty, whatever the unit: a quick answer needs nothing more.
    if (!explain && e.safetyDepartment === true) return Outcome.quickCompliant

    // The unit's 安全生产管理人员 by employment (unknown without `keyPeople`).
    let fullTime: number | undefined
    let partTime: number | undefined
    if (e.keyPeople !== undefined) {
      fullTime = 0
      partTime = 0
      for (let i = 0; i < e.keyPeople.length; i++) {
        const p = e.keyPeople[i]!
        if (!p.roles.includes("safety-officer")) continue
        if (p.employment === "full-time") fullTime++
        else partTime++
      }
    }
    const evidence = explain ? staffingEvidence(e, fullTime, partTime) : undefined

    // 机构或者专职 — a body, or full-time staff: enough whatever the unit.
    const strongMet: Tri = e.safetyDepartment === true || (fullTime ?? 0) > 0
      ? true
      : e.safetyDepartment === false && fullTime === 0
      ? false
      : undefined
    if (strongMet === true) return evidence === undefined ? Outcome.quickCompliant : Outcome.compliant(evidence)
    // 专职或者兼职 (2002: or a contracted engineer).
    const contracted = text.contractedEngineerAllowed ? e.contractedSafetyEngineer : false
    const weakMet: Tri = (partTime ?? 0) > 0 || contracted === true
      ? true
      : e.keyPeople !== undefined && (contracted === false)
      ? false
      : undefined

    const threshold = ctx.params.threshold
    const missing: Array<string> | undefined = explain ? [] : undefined
    const highRisk = isHighRisk(e, text, missing)
    let required: "strong" | "weak" | undefined
    if (highRisk === true) required = "strong"
    else if (e.employees === undefined) missing?.push("enterprise.employees")
    else if (e.employees > threshold) required = "strong"
    else if (highRisk === false) required = "weak"

    if (required === "weak" && weakMet === true) return evidence === undefined ? Outcome.quickCompliant : Outcome.compliant(evidence)

    if (required === "strong" && strongMet === false) {
      if (evidence === undefined) return Outcome.quickViolation
      const why = highRisk === true
        ? { zh: "属于高危行业或危险物品单位", en: "the unit is on the high-risk list" }
        : { zh: `从业人员${e.employees}人，超过${threshold}人`, en: `${e.employees} staff, more than ${threshold}` }
      return Outcome.violation(evidence, {
        "zh-CN": `${why.zh}，应当设置安全生产管理机构或者配备专职安全生产管理人员；现无机构且专职人员为0`,
        en: `${why.en}: a safety management body or full-time safety staff is required; there is neither`
      })
    }
    if (weakMet === false) {
      if (evidence === undefined) return Outcome.quickViolation
      return Outcome.violation(evidence, {
        "zh-CN": "未配备任何安全生产管理人员",
        en: "No safety staff at all"
      })
    }
    if (missing === undefined) return Outcome.quickIndeterminate
    if (strongMet === undefined) {
      if (e.safetyDepartment === undefined) missing.push("enterprise.safetyDepartment")
      if (e.keyPeople === undefined) missing.push("enterprise.keyPeople")
    }
    if (weakMet === undefined && text.contractedEngineerAllowed && e.contractedSafetyEngineer === undefined) {
      missing.push("enterprise.contractedSafetyEngineer")
    }
    return Outcome.indeterminate(missing.length > 0 ? [...new Set(missing)] : ["enterprise.keyPeople"])
  }
}

const id = "work-safety-law/safety-management-staffing"
const title = { "zh-CN": "安全生产管理机构和人员配备", en: "Safety management body and staff" } as const
const message = {
  "zh-CN": "未按规定设置安全生产管理机构或者配备安全生产管理人员",
  en: "The unit lacks the safety management body or safety staff the law requires"
} as const
const reads = [
  "enterprise.sectors",
  "enterprise.employees",
  "enterprise.dangerousGoodsActivities",
  "enterprise.transportModes",
  "enterprise.safetyDepartment",
  "enterprise.contractedSafetyEngineer",
  "enterprise.keyPeople[].roles",
  "enterprise.keyPeople[].employment"
]

/**
 * 2021 第二十四条, in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const staffing2021 = Rule.define({
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
  facts: StaffingFacts,
  reads,
  params: paramsWithThreshold(100),
  evaluate: evaluateEdition("2021")
})

/**
 * 2014 第二十一条, in force 2014-12-01 to 2021-08-31. Article number from memory: `verified: false`.
 *
 * @since 0.1.0
 */
export const staffing2014 = Rule.define({
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
  facts: StaffingFacts,
  reads,
  params: paramsWithThreshold(100),
  evaluate: evaluateEdition("2014")
})

/**
 * 2002 第十九条, in force 2002-11-01 to 2014-11-30: threshold 300, and small units may contract a
 * qualified engineer instead. From secondary sources: `verified: false`.
 *
 * @since 0.1.0
 */
export const staffing2002 = Rule.define({
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
  facts: StaffingFacts,
  reads,
  params: paramsWithThreshold(300),
  evaluate: evaluateEdition("2002")
})

/** Every version, oldest first. @since 0.1.0 */
export const safetyManagementStaffing = [staffing2002, staffing2014, staffing2021] as const
