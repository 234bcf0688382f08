/**
 * 注册安全工程师 — 安全生产法 (2021) 第二十七条 (注册安全工程师).
 *
 * 危险物品的生产、储存、装卸单位以及矿山、金属冶炼单位应当有注册安全工程师从事安全生产管理工作。
 * (经营 alone, 建筑施工 and 运输 are on the 考核 list of the same article but not on this one.)
 *
 * Reads the core profile only: a key person with the role `registered-safety-engineer`. The law
 * does not set a number here, so one is enough.
 *
 * @since 0.1.0
 */
import { Outcome, Rule } from "@anquan/core"
import type { RuleContext } from "@anquan/core"
import { ART27_ENGINEER_ACTIVITIES, ART27_ENGINEER_SECTORS, factSlice, inScope, notApplicable } from "./shared.ts"

/** The facts the rule reads. @since 0.1.0 */
export const RegisteredEngineerFacts = factSlice(["sectors", "dangerousGoodsActivities", "keyPeople"], [])

type Facts = typeof RegisteredEngineerFacts.Type

const NOT_REQUIRED = notApplicable("not a 危险物品 production/storage/loading unit, mine or metal smelter")

const evaluate = (subject: Facts, ctx: RuleContext): Outcome.Outcome => {
  const explain = ctx.explain !== false
  const e = subject.enterprise
  const required = inScope(e, ART27_ENGINEER_SECTORS, ART27_ENGINEER_ACTIVITIES)
  if (required === false) return NOT_REQUIRED
  if (required === undefined) return explain ? Outcome.indeterminate(["enterprise.dangerousGoodsActivities"]) : Outcome.quickIndeterminate
  if (e.keyPeople === undefined) return explain ? Outcome.indeterminate(["enterprise.keyPeople"]) : Outcome.quickIndeterminate
  let engineers = 0
  for (let i = 0; i < e.keyPeople.length; i++) if (e.keyPeople[i]!.roles.includes("registered-safety-engineer")) engineers++
  if (!explain) return engineers > 0 ? Outcome.quickCompliant : Outcome.quickViolation
  const evidence = [
    { path: "enterprise.sectors", value: e.sectors },
    { path: "enterprise.dangerousGoodsActivities", value: e.dangerousGoodsActivities ?? null },
    { path: "enterprise.keyPeople[registered-safety-engineer]", value: engineers }
  ]
  return engineers > 0
    ? Outcome.compliant(evidence)
    : Outcome.violation(evidence, {
      "zh-CN": "属于应当配备注册安全工程师的单位，未有注册安全工程师从事安全生产管理工作",
      en: "The unit must have a registered safety engineer doing safety management and has none"
    })
}

/**
 * 第二十七条 (注册安全工程师), in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const registeredSafetyEngineer = Rule.define({
  id: "work-safety-law/registered-safety-engineer",
  title: { "zh-CN": "注册安全工程师从事安全生产管理工作", en: "Registered safety engineer in safety management" },
  message: {
    "zh-CN": "危险物品的生产、储存、装卸单位或者矿山、金属冶炼单位没有注册安全工程师从事安全生产管理工作",
    en: "A unit producing, storing or loading dangerous goods, or a mine or metal smelter, has no registered safety engineer doing safety management"
  },
  remediation: {
    "zh-CN": "聘用注册安全工程师从事本单位的安全生产管理工作。",
    en: "Employ a registered safety engineer (注册安全工程师) in the unit's safety management."
  },
  citation: { document: "work-safety-law-2021", article: 27, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 97, item: 1, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  facts: RegisteredEngineerFacts,
  reads: ["enterprise.sectors", "enterprise.dangerousGoodsActivities", "enterprise.keyPeople[].roles"],
  evaluate
})
