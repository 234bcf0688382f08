/**
 * 应急救援组织 — 安全生产法 (2021) 第八十二条.
 *
 * regulations.md §7: 危险物品 production/trading/storage units, 矿山, 金属冶炼, 城市轨道交通运营 and
 * 建筑施工 must set up a 应急救援组织; small ones may name part-time rescuers instead. They must
 * also keep rescue equipment. No penalty is attached: §7 lists none for 第八十二条. "Small" has no
 * number in the text: `smallScale` is the record's word.
 *
 * Scope: `enterprise.sectors` (`coal-mine`, `non-coal-mine`, `metal-smelting`, `construction`;
 * `transport` with `urban-rail` among `enterprise.transportModes`) and
 * `enterprise.dangerousGoodsActivities` (production, trading, storage). Reads `facts.rescueOrganisation`.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { factSlice } from "../facts/FactSlice.ts"
import { rescueOrganisationFacts, staffingFacts } from "../facts/labels.ts"

/** The facts the rule reads. @since 0.2.0 */
export const RescueOrganisationRuleFacts = factSlice(["sectors", "dangerousGoodsActivities", "transportModes"], ["rescueOrganisation"])

/**
 * 第八十二条, in force from 2021-09-01.
 *
 * @since 0.2.0
 */
export const rescueOrganisation = Rule.fromCondition({
  id: "work-safety-law/rescue-organisation",
  title: { "zh-CN": "高危行业建立应急救援组织", en: "Rescue organisation in high-risk units" },
  message: {
    "zh-CN": "未建立应急救援组织（生产经营规模较小的未指定兼职的应急救援人员），或者未配备必要的应急救援器材、设备和物资",
    en: "No rescue organisation (for a small unit, no part-time rescuers designated), or no rescue equipment and supplies kept"
  },
  remediation: {
    "zh-CN": "建立应急救援组织；生产经营规模较小的，可以不建立应急救援组织，但应当指定兼职的应急救援人员；配备必要的应急救援器材、设备和物资，并进行经常性维护、保养。",
    en: "Set up a rescue organisation (a small unit may designate part-time rescuers instead), and keep and maintain the rescue equipment and supplies needed."
  },
  citation: { document: "work-safety-law-2021", article: 82, verified: true },
  penalties: [],
  severity: "general",
  effective: { from: "2021-09-01" },
  schema: RescueOrganisationRuleFacts,
  facts: { ...staffingFacts, ...rescueOrganisationFacts },
  evidence: "read",
  notApplicableWhen: Condition.not(
    Condition.any(
      Condition.oneOf("enterprise.sectors", ["coal-mine", "non-coal-mine", "metal-smelting", "construction"]),
      Condition.all(Condition.oneOf("enterprise.sectors", ["transport"]), Condition.oneOf("enterprise.transportModes", ["urban-rail"])),
      Condition.oneOf("enterprise.dangerousGoodsActivities", ["production", "trading", "storage"])
    )
  ),
  notApplicableReason: "not a dangerous-goods, mining, metal-smelting, urban-rail or construction unit",
  violationWhen: Condition.any(
    // small or not, neither an organisation nor part-time rescuers is a breach
    Condition.because(
      Condition.all(Condition.eq("facts.rescueOrganisation.established", false), Condition.eq("facts.rescueOrganisation.partTimeRescuers", false)),
      "未建立应急救援组织，也未指定兼职的应急救援人员",
      "no rescue organisation and no part-time rescuers"
    ),
    Condition.because(
      Condition.all(Condition.eq("facts.rescueOrganisation.established", false), Condition.eq("facts.rescueOrganisation.smallScale", false)),
      "生产经营规模不属较小，未建立应急救援组织",
      "not a small unit, and no rescue organisation"
    ),
    Condition.because(Condition.eq("facts.rescueOrganisation.equipmentKept", false), "未配备必要的应急救援器材、设备和物资", "no rescue equipment and supplies kept")
  )
})
