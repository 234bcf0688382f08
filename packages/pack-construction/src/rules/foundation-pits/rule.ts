/**
 * 第五条 基坑工程 (2022) / 基坑、边坡工程 (2024).
 *
 * | rule | 2022 第五条 | 2024 第五条 |
 * |---|---|---|
 * | `excavation-adjacent-protection` | (一) 基坑 | (一) 基坑 **or 边坡** |
 * | `excavation-over-digging` | (二) 基坑 | (二) 基坑 **or 边坡** |
 * | `excavation-third-party-monitoring` | (三) 深基坑 | (三) 深基坑 **or 高边坡(一级、二级)** |
 * | `excavation-collapse-warning-signs` | (四) four signs (signs 3–4 from memory: `verified: false`) | (四) sign 3 adds **突涌** |
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import { defineItem, exceeds, L, named } from "../item.ts"

const { all, any, because, eq, some } = Condition

/** The condition over every foundation pit and every slope (2024 第五条 reads both). */
const pitsOrSlopes = (where: Condition.Condition): Condition.Condition =>
  any(some("facts.foundationPits", where, named("facts.foundationPits")), some("facts.slopes", where, named("facts.slopes")))

const unprotectedNeighbours: Condition.Condition =
  all(
    because(eq("adjacentAtRisk", true), "毗邻建筑物、构筑物或地下管线可能因施工受损", "neighbouring buildings, structures or pipelines may be damaged"),
    because(eq("adjacentProtection", false), "未采取专项防护措施", "no dedicated protective measures")
  )

const unmanagedOverDigging: Condition.Condition =
  all(
    because(eq("overExcavated", true), "土方超挖", "over-excavated"),
    because(eq("overExcavationMeasures", false), "且未采取有效措施", "with no effective measures")
  )

// ---------------------------------------------------------------------------------------------
// 第五条(一)
// ---------------------------------------------------------------------------------------------

const adjacentTitle = L("毗邻建(构)筑物、地下管线未采取专项防护措施", "No protection for neighbouring buildings, structures or pipelines")
const adjacentRemediation = L(
  "对可能因施工受损的毗邻建筑物、构筑物和地下管线采取专项防护措施，并加强监测。",
  "Protect the neighbouring buildings, structures and underground pipelines the works may damage, and monitor them."
)

/**
 * 2022 第五条(一): 对因基坑工程施工可能造成损害的毗邻重要建筑物、构筑物和地下管线等，未采取专项防护措施.
 *
 * @since 0.1.0
 */
export const excavationAdjacentProtection2022 = defineItem({
  slug: "excavation-adjacent-protection",
  edition: "2022",
  article: 5,
  item: 1,
  verified: true,
  title: adjacentTitle,
  message: L(
    "对因基坑工程施工可能造成损害的毗邻重要建筑物、构筑物和地下管线等，未采取专项防护措施",
    "Neighbouring buildings, structures or underground pipelines the pit works may damage have no dedicated protection"
  ),
  remediation: adjacentRemediation,
  keys: ["foundationPits"],
  violationWhen: some(
    "facts.foundationPits",
    unprotectedNeighbours,
    named("facts.foundationPits")
  )
})

/**
 * 2024 第五条(一): as 2022, for 基坑 **and 边坡**.
 *
 * @since 0.1.0
 */
export const excavationAdjacentProtection2024 = defineItem({
  slug: "excavation-adjacent-protection",
  edition: "2024",
  article: 5,
  item: 1,
  verified: true,
  title: adjacentTitle,
  message: L(
    "对因基坑、边坡工程施工可能造成损害的毗邻建筑物、构筑物和地下管线等，未采取专项防护措施",
    "Neighbouring buildings, structures or underground pipelines the pit or slope works may damage have no dedicated protection"
  ),
  remediation: adjacentRemediation,
  keys: ["foundationPits", "slopes"],
  violationWhen: pitsOrSlopes(unprotectedNeighbours)
})

// ---------------------------------------------------------------------------------------------
// 第五条(二)
// ---------------------------------------------------------------------------------------------

const overDiggingTitle = L("土方超挖且未采取有效措施", "Over-excavation without effective measures")
const overDiggingRemediation = L("停止超挖，按设计和方案分层分段开挖，对已超挖部位采取有效处置措施。", "Stop over-digging, excavate in the layers and sections of the design and plan, and deal effectively with the over-dug parts.")

/**
 * 2022 第五条(二): 基坑土方超挖且未采取有效措施.
 *
 * @since 0.1.0
 */
export const excavationOverDigging2022 = defineItem({
  slug: "excavation-over-digging",
  edition: "2022",
  article: 5,
  item: 2,
  verified: true,
  title: overDiggingTitle,
  message: L("基坑土方超挖且未采取有效措施", "The pit is over-excavated with no effective measures"),
  remediation: overDiggingRemediation,
  keys: ["foundationPits"],
  violationWhen: some(
    "facts.foundationPits",
    unmanagedOverDigging,
    named("facts.foundationPits")
  )
})

/**
 * 2024 第五条(二): 基坑、**边坡**土方超挖且未采取有效措施.
 *
 * @since 0.1.0
 */
export const excavationOverDigging2024 = defineItem({
  slug: "excavation-over-digging",
  edition: "2024",
  article: 5,
  item: 2,
  verified: true,
  title: overDiggingTitle,
  message: L("基坑、边坡土方超挖且未采取有效措施", "A pit or slope is over-excavated with no effective measures"),
  remediation: overDiggingRemediation,
  keys: ["foundationPits", "slopes"],
  violationWhen: pitsOrSlopes(unmanagedOverDigging)
})

// ---------------------------------------------------------------------------------------------
// 第五条(三)
// ---------------------------------------------------------------------------------------------

const monitoringRemediation = L("委托具备能力的单位开展第三方监测，并按监测方案实施和报告。", "Commission a capable third party to monitor, and monitor and report by the monitoring plan.")

const unmonitoredDeepPit: Condition.Condition =
  all(
    because(eq("deep", true), "深基坑", "a deep pit"),
    because(eq("thirdPartyMonitoring", false), "未进行第三方监测", "no third-party monitoring")
  )

/**
 * 2022 第五条(三): 深基坑未进行第三方监测.
 *
 * @since 0.1.0
 */
export const excavationThirdPartyMonitoring2022 = defineItem({
  slug: "excavation-third-party-monitoring",
  edition: "2022",
  article: 5,
  item: 3,
  verified: true,
  title: L("深基坑未进行第三方监测", "Deep pit without third-party monitoring"),
  message: L("深基坑未进行第三方监测", "A deep pit has no third-party monitoring"),
  remediation: monitoringRemediation,
  keys: ["foundationPits"],
  violationWhen: some(
    "facts.foundationPits",
    unmonitoredDeepPit,
    named("facts.foundationPits")
  )
})

/**
 * 2024 第五条(三): 深基坑、**高边坡(一级、二级)**未进行第三方监测. A slope is in scope when its
 * 安全等级 is 一级 or 二级.
 *
 * @since 0.1.0
 */
export const excavationThirdPartyMonitoring2024 = defineItem({
  slug: "excavation-third-party-monitoring",
  edition: "2024",
  article: 5,
  item: 3,
  verified: true,
  title: L("深基坑、高边坡未进行第三方监测", "Deep pit or high slope without third-party monitoring"),
  message: L("深基坑、高边坡(一级、二级)未进行第三方监测", "A deep pit or a high slope (grade 1 or 2) has no third-party monitoring"),
  remediation: monitoringRemediation,
  keys: ["foundationPits", "slopes"],
  violationWhen: any(
    some("facts.foundationPits", unmonitoredDeepPit, "name"),
    some(
      "facts.slopes",
      all(
        // 高边坡: 安全等级一级或二级
        any(because(eq("safetyGrade", 1), "一级高边坡", "a grade 1 high slope"), because(eq("safetyGrade", 2), "二级高边坡", "a grade 2 high slope")),
        because(eq("thirdPartyMonitoring", false), "未进行第三方监测", "no third-party monitoring")
      ),
      named("facts.slopes")
    )
  )
})

// ---------------------------------------------------------------------------------------------
// 第五条(四)
// ---------------------------------------------------------------------------------------------

/** The collapse warning signs of one pit (2024 adds 突涌). */
const signs = (edition: "2022" | "2024"): Condition.Condition =>
  any(
    exceeds(
      "collapseSigns.deformationMm",
      "collapseSigns.designDeformationLimitMm",
      "支护结构或周边建筑物变形值{collapseSigns.deformationMm}mm超过设计变形控制值{collapseSigns.designDeformationLimitMm}mm",
      "deformation of {collapseSigns.deformationMm} mm exceeds the design limit of {collapseSigns.designDeformationLimitMm} mm"
    ),
    because(eq("collapseSigns.sideWallLeakageOrSoilFlow", true), "基坑侧壁出现大量漏水、流土", "heavy leakage or soil flow on the pit wall"),
    because(eq("collapseSigns.bottomPiping", true), "基坑底部出现管涌", "piping at the pit bottom"),
    ...(edition === "2024" ? [because(eq("collapseSigns.bottomBlowout", true), "基坑底部出现突涌", "blow-out at the pit bottom")] : []),
    exceeds(
      "collapseSigns.soilLossHoleDepthMetres",
      "collapseSigns.pileDiameterMetres",
      "桩间土流失孔洞深度{collapseSigns.soilLossHoleDepthMetres}m超过桩径{collapseSigns.pileDiameterMetres}m",
      "soil-loss holes {collapseSigns.soilLossHoleDepthMetres} m deep exceed the pile diameter of {collapseSigns.pileDiameterMetres} m"
    )
  )

const warningSigns = (edition: "2022" | "2024"): Condition.Condition =>
  all(signs(edition), because(eq("collapseSignsHandled", false), "未及时处理", "not dealt with promptly"))

const signsTitle = L("基坑出现坍塌风险预兆且未及时处理", "Pit collapse warning signs not dealt with")
const signsRemediation = L(
  "立即停止坑内作业、撤离人员，采取回填、反压、堵漏、降水等应急措施，并查明原因后处理。",
  "Stop work in the pit and evacuate at once, take emergency measures (backfill, counter-weight, sealing, dewatering), then find and fix the cause."
)

/**
 * 2022 第五条(四): 有下列基坑坍塌风险预兆之一，且未及时处理: 支护结构或周边建筑物变形值超过设计变形控制值;
 * 基坑侧壁出现大量漏水、流土; 基坑底部出现管涌; 桩间土流失孔洞深度超过桩径. Signs 3–4 of the 2022
 * text are from memory in §3 (`verified: false`); the 2024 text carries them (§3b).
 *
 * @since 0.1.0
 */
export const excavationCollapseWarningSigns2022 = defineItem({
  slug: "excavation-collapse-warning-signs",
  edition: "2022",
  article: 5,
  item: 4,
  verified: false,
  title: signsTitle,
  message: L("基坑出现坍塌风险预兆且未及时处理", "The pit shows a collapse warning sign that was not dealt with promptly"),
  remediation: signsRemediation,
  keys: ["foundationPits"],
  violationWhen: some(
    "facts.foundationPits",
    warningSigns("2022"),
    named("facts.foundationPits")
  )
})

/**
 * 2024 第五条(四): as 2022, sign 3 being 管涌**或突涌**.
 *
 * @since 0.1.0
 */
export const excavationCollapseWarningSigns2024 = defineItem({
  slug: "excavation-collapse-warning-signs",
  edition: "2024",
  article: 5,
  item: 4,
  verified: true,
  title: signsTitle,
  message: L("基坑出现坍塌风险预兆之一且未及时处理", "The pit shows a collapse warning sign that was not dealt with promptly"),
  remediation: signsRemediation,
  keys: ["foundationPits"],
  violationWhen: some(
    "facts.foundationPits",
    warningSigns("2024"),
    named("facts.foundationPits")
  )
})

/** Every version of the 第五条 rules. @since 0.1.0 */
export const foundationPitRules = [
  excavationAdjacentProtection2022,
  excavationAdjacentProtection2024,
  excavationOverDigging2022,
  excavationOverDigging2024,
  excavationThirdPartyMonitoring2022,
  excavationThirdPartyMonitoring2024,
  excavationCollapseWarningSigns2022,
  excavationCollapseWarningSigns2024
] as const
