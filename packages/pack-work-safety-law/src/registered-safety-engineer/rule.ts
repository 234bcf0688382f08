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
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { keyPeopleFacts, scopeFacts } from "../facts/labels.ts"
import { ART27_ENGINEER_ACTIVITIES, ART27_ENGINEER_SECTORS } from "../facts/scopes.ts"

/** The facts the rule reads. @since 0.1.0 */
export const RegisteredEngineerFacts = factSlice(["sectors", "dangerousGoodsActivities", "keyPeople"], [])

/**
 * 第二十七条 (注册安全工程师), in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const registeredSafetyEngineer = Rule.fromCondition({
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
  schema: RegisteredEngineerFacts,
  facts: { ...scopeFacts, ...keyPeopleFacts },
  evidence: "read",
  // on the list by a sector, else by a dangerous-goods activity (unknown when that is not given)
  notApplicableWhen: Condition.not(
    Condition.any(Condition.oneOf("enterprise.sectors", ART27_ENGINEER_SECTORS), Condition.oneOf("enterprise.dangerousGoodsActivities", ART27_ENGINEER_ACTIVITIES))
  ),
  notApplicableReason: "not a 危险物品 production/storage/loading unit, mine or metal smelter",
  // the law sets no number here, so one is enough
  violationWhen: Condition.all(
    Condition.show("enterprise.sectors"),
    Condition.show("enterprise.dangerousGoodsActivities", { orNull: true }),
    Condition.because(
      Condition.eq(Condition.count("enterprise.keyPeople", Condition.oneOf("roles", ["registered-safety-engineer"]), { as: "enterprise.keyPeople[registered-safety-engineer]" }), 0),
      "属于应当配备注册安全工程师的单位，未有注册安全工程师从事安全生产管理工作",
      "The unit must have a registered safety engineer doing safety management and has none"
    )
  )
})
