/**
 * 第九条 — 纺织企业 (2 items). "纺织企业有下列情形之一的，应当判定为重大事故隐患：" Facts under
 * `facts.textile`.
 *
 * [verified: GM10-text, sector-criteria.md §5-add]
 *
 * @since 0.2.0
 */
import { Condition } from "@anquan/core"
import { flag } from "../facts/applicability.ts"
import { item, no, text, without, yes } from "./item.ts"

const F = "facts.textile"
const scope = { industry: "textile" } as const

/**
 * 第九条(一) "纱、线、织物加工的烧毛、开幅、烘干等热定型工艺的汽化室、燃气贮罐、储油罐、热媒炉，未与生产加工等
 * 人员聚集场所隔开或者单独设置的" — neither separated from nor set apart: one fact, "隔开或者单独设置".
 *
 * @since 0.2.0
 */
export const heatSettingSeparation = item({
  slug: "textile-heat-setting-separation",
  article: 9,
  item: 1,
  scope,
  title: text("热定型工艺汽化室、燃气贮罐、储油罐、热媒炉隔开或者单独设置", "Heat-setting vaporiser rooms, tanks and heaters separated"),
  message: text(
    "纱、线、织物加工的烧毛、开幅、烘干等热定型工艺的汽化室、燃气贮罐、储油罐、热媒炉，未与生产加工等人员聚集场所隔开或者单独设置的",
    "The vaporiser room, gas tank, oil tank or heat-transfer furnace of a heat-setting process (singeing, opening, drying …) for yarn, thread or fabric is neither separated from production and other people-gathering areas nor set apart"
  ),
  remediation: text("将汽化室、燃气贮罐、储油罐、热媒炉与生产加工等人员聚集场所隔开或者单独设置。", "Separate them from people-gathering areas or set them apart."),
  facts: {
    [`${F}.heatSettingFacilities`]: flag("有烧毛、开幅、烘干等热定型工艺的汽化室、燃气贮罐、储油罐、热媒炉", "has vaporiser rooms, gas or oil tanks or heat-transfer furnaces of heat-setting processes"),
    [`${F}.heatSettingFacilitiesSeparated`]: flag("汽化室、燃气贮罐、储油罐、热媒炉与生产加工等人员聚集场所隔开或者单独设置", "separated from people-gathering areas or set apart")
  },
  absentWhen: without(`${F}.heatSettingFacilities`, "无热定型工艺的汽化室、燃气贮罐、储油罐、热媒炉", "no such heat-setting facilities"),
  violationWhen: no(`${F}.heatSettingFacilitiesSeparated`, "未与生产加工等人员聚集场所隔开或者单独设置", "neither separated nor set apart")
})

/**
 * 第九条(二) "保险粉、双氧水、次氯酸钠、亚氯酸钠、雕白粉（吊白块）与禁忌物料混合储存，或者保险粉储存场所未采取防水
 * 防潮措施的".
 *
 * @since 0.2.0
 */
export const incompatibleStorage = item({
  slug: "textile-incompatible-storage",
  article: 9,
  item: 2,
  scope,
  title: text("保险粉等与禁忌物料分开储存，保险粉防水防潮", "Hydrosulfite and the like kept from incompatibles; hydrosulfite kept dry"),
  message: text(
    "保险粉、双氧水、次氯酸钠、亚氯酸钠、雕白粉（吊白块）与禁忌物料混合储存，或者保险粉储存场所未采取防水防潮措施的",
    "Sodium hydrosulfite, hydrogen peroxide, sodium hypochlorite, sodium chlorite or rongalite is stored together with incompatible materials, or the hydrosulfite store has no water and damp protection"
  ),
  remediation: text("上述物料与禁忌物料分开储存；保险粉储存场所采取防水防潮措施。", "Store them apart from incompatible materials and keep the hydrosulfite store protected from water and damp."),
  facts: {
    [`${F}.storesListedChemicals`]: flag("储存保险粉、双氧水、次氯酸钠、亚氯酸钠、雕白粉（吊白块）", "stores hydrosulfite, H₂O₂, NaClO, NaClO₂ or rongalite"),
    [`${F}.listedChemicalsMixedWithIncompatibles`]: flag("保险粉、双氧水、次氯酸钠、亚氯酸钠、雕白粉（吊白块）与禁忌物料混合储存", "stored together with incompatible materials"),
    [`${F}.storesHydrosulfite`]: flag("储存保险粉", "stores sodium hydrosulfite"),
    [`${F}.hydrosulfiteStoreWaterproofed`]: flag("保险粉储存场所采取防水防潮措施", "hydrosulfite store protected from water and damp")
  },
  absentWhen: without(`${F}.storesListedChemicals`, "不储存上述物料", "none of them stored"),
  violationWhen: Condition.any(
    yes(`${F}.listedChemicalsMixedWithIncompatibles`, "与禁忌物料混合储存", "stored together with incompatible materials"),
    Condition.all(
      Condition.eq(`${F}.storesHydrosulfite`, true),
      no(`${F}.hydrosulfiteStoreWaterproofed`, "保险粉储存场所未采取防水防潮措施", "the hydrosulfite store has no water and damp protection")
    )
  )
})

/** The items of 第九条, in order. @since 0.2.0 */
export const textileItems = [heatSettingSeparation, incompatibleStorage]
