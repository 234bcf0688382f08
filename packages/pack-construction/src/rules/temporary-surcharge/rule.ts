/**
 * 2024 第十四条 施工临时堆载 (3 items; a new article — 2022 第十四条 was the prohibited-technology
 * article, now 2024 第十六条).
 *
 * | rule | 2024 第十四条 |
 * |---|---|
 * | `excavation-edge-surcharge` | (一) 基坑周边堆载超过设计允许值 |
 * | `unsupported-pit-surcharge` | (二) 无支护基坑(槽)坑底边线外开挖深度范围内堆载 |
 * | `structure-and-scaffold-overload` | (三) 楼板、屋面、地下室顶板等或脚手架堆载超过设计允许值 |
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import { defineItem, exceeds, L, named } from "../item.ts"

const { all, because, eq, fact, isNull, lte, not, some } = Condition

/**
 * 2024 第十四条(一): 基坑周边堆载超过设计允许值.
 *
 * @since 0.1.0
 */
export const excavationEdgeSurcharge2024 = defineItem({
  slug: "excavation-edge-surcharge",
  edition: "2024",
  article: 14,
  item: 1,
  verified: true,
  title: L("基坑周边堆载超过设计允许值", "Surcharge at the pit edge beyond the design allowance"),
  message: L("基坑周边堆载超过设计允许值", "The surcharge around a foundation pit exceeds the design allowance"),
  remediation: L("立即清除或转移基坑周边超载堆放物，控制在设计允许值以内。", "Remove or move the excess load around the pit at once, to within the design allowance."),
  keys: ["foundationPits"],
  violationWhen: some(
    "facts.foundationPits",
    exceeds(
      "edgeSurchargeKpa",
      "designAllowableEdgeSurchargeKpa",
      "周边堆载{edgeSurchargeKpa}kPa超过设计允许值{designAllowableEdgeSurchargeKpa}kPa",
      "edge surcharge of {edgeSurchargeKpa} kPa exceeds the allowed {designAllowableEdgeSurchargeKpa} kPa"
    ),
    named("facts.foundationPits")
  )
})

/**
 * 2024 第十四条(二): 在无支护基坑(槽)周边，在坑底边线周边与开挖深度相等范围内堆载. A load at a
 * distance equal to the depth is inside the band (范围内 includes its edge).
 *
 * @since 0.1.0
 */
export const unsupportedPitSurcharge2024 = defineItem({
  slug: "unsupported-pit-surcharge",
  edition: "2024",
  article: 14,
  item: 2,
  verified: true,
  title: L("无支护基坑(槽)周边开挖深度范围内堆载", "Load within the excavation depth of an unsupported pit or trench"),
  message: L(
    "在无支护基坑(槽)周边，在坑底边线周边与开挖深度相等范围内堆载",
    "Material is stacked around an unsupported pit or trench within a distance of the bottom edge equal to the excavation depth"
  ),
  remediation: L("立即清除坑底边线外开挖深度范围内的堆载。", "Clear every load within the excavation depth of the pit's bottom edge at once."),
  keys: ["foundationPits"],
  violationWhen: some(
    "facts.foundationPits",
    all(
      because(eq("supported", false), "无支护基坑(槽)", "unsupported pit or trench"),
      // null = 周边无堆载: no load, so none within the excavation depth
      because(
        all(not(isNull("nearestSurchargeFromBottomEdgeMetres")), lte("nearestSurchargeFromBottomEdgeMetres", fact("excavationDepthMetres"))),
        "距坑底边线{nearestSurchargeFromBottomEdgeMetres}m处堆载，在开挖深度{excavationDepthMetres}m范围内",
        "load {nearestSurchargeFromBottomEdgeMetres} m from the bottom edge, within the {excavationDepthMetres} m excavation depth"
      )
    ),
    named("facts.foundationPits")
  )
})

/**
 * 2024 第十四条(三): 楼板、屋面、地下室顶板等结构构件或脚手架上堆载超过设计允许值.
 *
 * @since 0.1.0
 */
export const structureAndScaffoldOverload2024 = defineItem({
  slug: "structure-and-scaffold-overload",
  edition: "2024",
  article: 14,
  item: 3,
  verified: true,
  title: L("结构构件或脚手架上堆载超过设计允许值", "Load on slabs, roofs or scaffolds beyond the design allowance"),
  message: L(
    "楼板、屋面、地下室顶板等结构构件或脚手架上的施工临时堆载超过设计允许值",
    "Temporary load on a floor slab, roof, basement roof or other member, or on a scaffold, exceeds the design allowance"
  ),
  remediation: L("立即卸载至设计允许值以内，必要时经设计复核后采取加固措施。", "Unload to within the design allowance at once; strengthen only after a design check."),
  keys: ["temporaryLoads"],
  violationWhen: some(
    "facts.temporaryLoads",
    exceeds(
      "loadKnPerM2",
      "designAllowableKnPerM2",
      "堆载{loadKnPerM2}kN/m²超过设计允许值{designAllowableKnPerM2}kN/m²",
      "load of {loadKnPerM2} kN/m² exceeds the allowed {designAllowableKnPerM2} kN/m²"
    ),
    named("facts.temporaryLoads")
  )
})

/** Every version of the 2024 第十四条 rules. @since 0.1.0 */
export const temporarySurchargeRules = [excavationEdgeSurcharge2024, unsupportedPitSurcharge2024, structureAndScaffoldOverload2024] as const
