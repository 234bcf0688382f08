/**
 * 危险物品场所与员工宿舍分开 — 安全生产法 (2021) 第四十二条.
 *
 * 生产、经营、储存、使用危险物品的车间、商店、仓库不得与员工宿舍在同一座建筑物内，并应当与员工宿舍
 * 保持安全距离。
 *
 * Applies to units that produce, trade, store or use dangerous goods (`enterprise.dangerousGoodsActivities`);
 * reads `facts.staffDormitory` and `facts.dangerousGoodsPremises`. A unit without staff dormitories,
 * or without such a workshop, shop or warehouse, is not concerned. The exits part of the article is
 * the rule `work-safety-law/evacuation-exits`.
 *
 * @since 0.1.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { dormitoryFacts, scopeFacts } from "../facts/labels.ts"
import { ART42_ACTIVITIES } from "../facts/scopes.ts"

/** The facts the rule reads. @since 0.1.0 */
export const DormitorySeparationFacts = factSlice(["dangerousGoodsActivities"], ["staffDormitory", "dangerousGoodsPremises"])

const PREMISES = "facts.dangerousGoodsPremises"
const DORMITORY = "facts.staffDormitory"
/** How a premises is named in the words of a violation: its name, else its id, else its kind and number. */
const NAME = "{name|id|kind:label+=#+#}"

/** A premises in the same building as staff dormitories, or (when not) not at a safe distance from them. */
const premisesTooClose = Condition.some(
  PREMISES,
  Condition.any(
    Condition.because(Condition.eq("sameBuildingAsDormitory", true), `危险物品场所${NAME}与员工宿舍在同一座建筑物内`, `dangerous-goods premises ${NAME} are in the same building as staff dormitories`),
    Condition.unless(
      Condition.eq("sameBuildingAsDormitory", true),
      Condition.because(Condition.eq("safeDistanceFromDormitory", false), `危险物品场所${NAME}与员工宿舍未保持安全距离`, `dangerous-goods premises ${NAME} are not at a safe distance from staff dormitories`)
    )
  ),
  { heading: false }
)

/**
 * 第四十二条 (危险物品场所与员工宿舍), in force from 2021-09-01.
 *
 * @since 0.1.0
 */
export const dormitorySeparation = Rule.fromCondition({
  id: "work-safety-law/dormitory-separation",
  title: { "zh-CN": "危险物品车间、商店、仓库与员工宿舍分开", en: "Dangerous-goods premises apart from staff dormitories" },
  message: {
    "zh-CN": "生产、经营、储存、使用危险物品的车间、商店、仓库与员工宿舍在同一座建筑物内，或者未与员工宿舍保持安全距离",
    en: "A workshop, shop or warehouse for dangerous goods is in the same building as staff dormitories, or not at a safe distance from them"
  },
  remediation: {
    "zh-CN": "将员工宿舍迁出危险物品车间、商店、仓库所在的建筑物，并与其保持安全距离。",
    en: "Move staff dormitories out of any building with a dangerous-goods workshop, shop or warehouse, and keep them at a safe distance."
  },
  citation: { document: "work-safety-law-2021", article: 42, verified: true },
  penalties: [{ document: "work-safety-law-2021", article: 105, verified: true }],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: DormitorySeparationFacts,
  facts: { ...scopeFacts, ...dormitoryFacts },
  evidence: "read",
  // No sector puts a unit in scope by itself: only what it does with dangerous goods (known first).
  notApplicableWhen: Condition.any(
    Condition.not(Condition.oneOf("enterprise.dangerousGoodsActivities", ART42_ACTIVITIES)),
    Condition.when(
      Condition.oneOf("enterprise.dangerousGoodsActivities", ART42_ACTIVITIES),
      Condition.any(
        // no dormitory for certain (an unknown one does not make the rule inapplicable)
        Condition.all(Condition.present(DORMITORY), Condition.eq(DORMITORY, false)),
        Condition.none(PREMISES),
        // without the premises, knowing that there is no dormitory would settle it too
        Condition.all(Condition.eq(DORMITORY, false), Condition.none(PREMISES))
      )
    )
  ),
  notApplicableReason: "no dangerous goods produced, traded, stored or used, no staff dormitory, or no such workshop, shop or warehouse",
  // Where the premises leave it open, knowing that there is no dormitory would settle it.
  violationWhen: Condition.any(premisesTooClose, Condition.all(Condition.eq(DORMITORY, false), premisesTooClose))
})
