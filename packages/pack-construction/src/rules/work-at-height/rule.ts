/**
 * 第九条 高处作业 (2022, 3 items; 2024, 5 items).
 *
 * | rule | 2022 第九条 | 2024 第九条 |
 * |---|---|---|
 * | `steel-erection-temporary-supports` | (一) | (一) + **超过设计承载力** |
 * | `prefabricated-member-stability` | (二) 单榀钢桁架(屋架) | (二) + **其他预制构件** |
 * | `cantilever-platform-anchorage` | (三) 悬挑式**操作**平台: 未设在稳定结构上 **或** 未可靠连接 | (三) 悬挑式**卸料**平台: 未设在稳定结构上 **且** 未可靠连接 |
 * | `edge-and-shaft-protection` | — | (四) (new) |
 * | `gondola-safety` | — | (五) (new) |
 *
 * @since 0.1.0
 */
import { Condition } from "@anquan/core"
import { defineItem, exceeds, L, named } from "../item.ts"
import type { Edition } from "../item.ts"

const { all, any, because, eq, oneOf, some } = Condition

// ---------------------------------------------------------------------------------------------
// (一) 钢结构、网架安装用支撑结构
// ---------------------------------------------------------------------------------------------

const supportFailings: ReadonlyArray<Condition.Condition> = [
  because(eq("foundationMeetsDesign", false), "地基基础承载力和变形不满足设计要求", "foundation not to design"),
  because(eq("antiOverturningAsDesigned", false), "未按设计设置防倾覆装置", "no anti-overturning device as designed")
]

/**
 * 2022 第九条(一): 钢结构、网架安装用支撑结构地基基础承载力和变形不满足设计要求，或未按设计设置防倾覆装置.
 *
 * @since 0.1.0
 */
export const steelErectionTemporarySupports2022 = defineItem({
  slug: "steel-erection-temporary-supports",
  edition: "2022",
  article: 9,
  item: 1,
  verified: true,
  title: L("钢结构、网架安装用支撑结构不满足设计要求", "Steel erection temporary support not to design"),
  message: L(
    "钢结构、网架安装用支撑结构地基基础承载力和变形不满足设计要求，钢结构、网架安装用支撑结构未按设计要求设置防倾覆装置",
    "A temporary support for steel or space-frame erection has a foundation not to design, or lacks the anti-overturning devices of the design"
  ),
  remediation: L("停止在支撑结构上作业，按设计处理基础并设置防倾覆装置，经验收合格后方可继续。", "Stop work on the support; treat the foundation and fit the anti-overturning devices to the design, and continue only after acceptance."),
  keys: ["steelErectionSupports"],
  violationWhen: some(
    "facts.steelErectionSupports",
    any(...supportFailings),
    named("facts.steelErectionSupports")
  )
})

/**
 * 2024 第九条(一): as 2022, and also **超过设计承载力** (loaded beyond its design capacity).
 *
 * @since 0.1.0
 */
export const steelErectionTemporarySupports2024 = defineItem({
  slug: "steel-erection-temporary-supports",
  edition: "2024",
  article: 9,
  item: 1,
  verified: true,
  title: L("钢结构、网架安装用支撑结构不满足设计要求或超载", "Steel erection temporary support not to design or overloaded"),
  message: L(
    "钢结构、网架安装用支撑结构地基基础承载力和变形不满足设计要求，或超过设计承载力，或未按设计要求设置防倾覆装置",
    "A temporary support for steel or space-frame erection has a foundation not to design, is loaded beyond its design capacity, or lacks the anti-overturning devices of the design"
  ),
  remediation: L("停止在支撑结构上作业，卸载至设计承载力以内，按设计处理基础并设置防倾覆装置。", "Stop work on the support, unload it to within its design capacity, and treat the foundation and fit the anti-overturning devices to the design."),
  keys: ["steelErectionSupports"],
  violationWhen: some(
    "facts.steelErectionSupports",
    any(
      ...supportFailings,
      exceeds("load", "designCapacity", "荷载{load}kN超过设计承载力{designCapacity}kN", "load of {load} kN exceeds the design capacity of {designCapacity} kN")
    ),
    named("facts.steelErectionSupports")
  )
})

// ---------------------------------------------------------------------------------------------
// (二) 防失稳
// ---------------------------------------------------------------------------------------------

const memberScope: Record<Edition, ReadonlyArray<"steel-truss" | "other-prefabricated">> = {
  "2022": ["steel-truss"],
  "2024": ["steel-truss", "other-prefabricated"]
}

const memberStability = (edition: Edition) =>
  defineItem({
    slug: "prefabricated-member-stability",
    edition,
    article: 9,
    item: 2,
    verified: true,
    title: edition === "2022"
      ? L("单榀钢桁架(屋架)安装时未采取防失稳措施", "Single steel truss erected without stability measures")
      : L("单榀钢桁架(屋架)等预制构件安装时未采取防失稳措施", "Steel truss or other prefabricated member erected without stability measures"),
    message: edition === "2022"
      ? L("单榀钢桁架(屋架)安装时未采取防失稳措施", "A single steel truss (roof truss) is erected without measures against instability")
      : L("单榀钢桁架(屋架)或其他预制构件安装时未采取防失稳措施", "A single steel truss (roof truss) or other prefabricated member is erected without measures against instability"),
    remediation: L("停止安装，设置临时支撑、缆风绳或连系杆件等防失稳措施后方可继续。", "Stop erecting; fit temporary bracing, guy ropes or ties against instability before continuing."),
    keys: ["prefabricatedMembers"],
    violationWhen: some(
      "facts.prefabricatedMembers",
      all(
        because(oneOf("kind", memberScope[edition]), "{kind:label}", "{kind:label}"),
        because(eq("stabilityMeasures", false), "安装时未采取防失稳措施", "no measures against instability")
      ),
      named("facts.prefabricatedMembers")
    )
  })

/** 2022 第九条(二). @since 0.1.0 */
export const prefabricatedMemberStability2022 = memberStability("2022")
/** 2024 第九条(二). @since 0.1.0 */
export const prefabricatedMemberStability2024 = memberStability("2024")

// ---------------------------------------------------------------------------------------------
// (三) 悬挑式平台
// ---------------------------------------------------------------------------------------------

const notOnStructure =
  because(eq("pointsOnStableStructure", false), "搁置点、拉结点、支撑点未设置在稳定的主体结构上", "rest, tie and support points not on the stable main structure")
const notConnected =
  because(eq("reliablyConnected", false), "未做可靠连接", "not reliably connected")

const platformRemediation = L(
  "停止使用平台，将搁置点、拉结点、支撑点设置在稳定的主体结构上并可靠连接，经验收合格后方可使用。",
  "Stop using the platform; set its rest, tie and support points on the stable main structure, connect them reliably, and use it only after acceptance."
)

/**
 * 2022 第九条(三): 悬挑式操作平台的搁置点、拉结点、支撑点未设置在稳定的主体结构上，**或**未做可靠连接
 * (as §3 gives it). Every cantilever platform is in scope: an unloading platform (卸料平台) is a kind of
 * 操作平台.
 *
 * @since 0.1.0
 */
export const cantileverPlatformAnchorage2022 = defineItem({
  slug: "cantilever-platform-anchorage",
  edition: "2022",
  article: 9,
  item: 3,
  verified: true,
  title: L("悬挑式操作平台搁置点、拉结点、支撑点设置不符合要求", "Cantilever working platform anchorage not to requirement"),
  message: L(
    "悬挑式操作平台的搁置点、拉结点、支撑点未设置在稳定的主体结构上，或未做可靠连接",
    "A cantilever working platform's rest, tie or support points are not on the stable main structure, or are not reliably connected"
  ),
  remediation: platformRemediation,
  keys: ["cantileverPlatforms"],
  violationWhen: some(
    "facts.cantileverPlatforms",
    any(notOnStructure, notConnected),
    named("facts.cantileverPlatforms")
  )
})

/**
 * 2024 第九条(三): 悬挑式**卸料**平台的搁置点、拉结点、支撑点未设置在稳定的主体结构上，**且**未做可靠连接.
 * Only unloading platforms; both failings together.
 *
 * @since 0.1.0
 */
export const cantileverPlatformAnchorage2024 = defineItem({
  slug: "cantilever-platform-anchorage",
  edition: "2024",
  article: 9,
  item: 3,
  verified: true,
  title: L("悬挑式卸料平台搁置点、拉结点、支撑点未设在稳定结构上且未可靠连接", "Cantilever unloading platform not on the structure and not connected"),
  message: L(
    "悬挑式卸料平台的搁置点、拉结点、支撑点未设置在稳定的主体结构上，且未做可靠连接",
    "A cantilever unloading platform's rest, tie and support points are not on the stable main structure and not reliably connected"
  ),
  remediation: platformRemediation,
  keys: ["cantileverPlatforms"],
  violationWhen: some(
    "facts.cantileverPlatforms",
    all(because(eq("purpose", "unloading"), "悬挑式卸料平台", "an unloading platform"), notOnStructure, notConnected),
    named("facts.cantileverPlatforms")
  )
})

// ---------------------------------------------------------------------------------------------
// 2024 (四) 临边、电梯井
// ---------------------------------------------------------------------------------------------

/**
 * 2024 第九条(四) (new): 脚手架与结构外表面之间贯通，未采取水平防护措施；或电梯井道内贯通，未采取水平防护措施
 * **且**电梯井口未设置防护门.
 *
 * @since 0.1.0
 */
export const edgeAndShaftProtection2024 = defineItem({
  slug: "edge-and-shaft-protection",
  edition: "2024",
  article: 9,
  item: 4,
  verified: true,
  title: L("脚手架与结构间或电梯井道贯通未采取防护措施", "Open gap between scaffold and structure, or open lift shaft, unprotected"),
  message: L(
    "脚手架与结构外表面之间贯通未采取水平防护措施，或电梯井道内贯通未采取水平防护措施且电梯井口未设置防护门",
    "The gap between a scaffold and the structure is open with no horizontal protection, or a lift shaft is open through with no horizontal protection and no gates at its openings"
  ),
  remediation: L("在脚手架与结构之间、电梯井道内按规定设置水平防护，电梯井口设置防护门。", "Fit horizontal protection between scaffold and structure and inside lift shafts, and gates at the shaft openings."),
  keys: ["scaffolds", "elevatorShafts"],
  violationWhen: any(
    some(
      "facts.scaffolds",
      all(
        because(eq("gapToStructureOpen", true), "与结构外表面之间贯通", "open gap to the structure"),
        because(eq("gapHorizontalProtection", false), "未采取水平防护措施", "no horizontal protection")
      ),
      named("facts.scaffolds")
    ),
    some(
      "facts.elevatorShafts",
      all(
        because(eq("openThrough", true), "井道内贯通", "open through"),
        because(eq("horizontalProtection", false), "未采取水平防护措施", "no horizontal protection"),
        because(eq("openingDoors", false), "电梯井口未设置防护门", "no gates at the openings")
      ),
      named("facts.elevatorShafts")
    )
  )
})

// ---------------------------------------------------------------------------------------------
// 2024 (五) 吊篮
// ---------------------------------------------------------------------------------------------

/**
 * 2024 第九条(五) (new): 高处作业吊篮超载使用，或安全锁失效，或安全带的安全绳未独立悬挂.
 *
 * @since 0.1.0
 */
export const gondolaSafety2024 = defineItem({
  slug: "gondola-safety",
  edition: "2024",
  article: 9,
  item: 5,
  verified: true,
  title: L("高处作业吊篮超载、安全锁失效或安全绳未独立悬挂", "Gondola overloaded, safety lock failed, or lifelines not independent"),
  message: L(
    "高处作业吊篮超载使用，或安全锁失效、安全带的安全绳未独立悬挂",
    "A suspended working platform is overloaded, its safety lock has failed, or the harness lifelines are not hung independently"
  ),
  remediation: L("停止使用吊篮，卸载至额定载重量以内，更换或标定安全锁，安全绳独立悬挂于可靠结构上。", "Stop using the gondola; unload it to its rated load, replace or recalibrate the safety lock, and hang lifelines independently from a secure structure."),
  keys: ["gondolas"],
  violationWhen: some(
    "facts.gondolas",
    any(
      exceeds("loadKg", "ratedLoadKg", "载荷{loadKg}kg超过额定载重量{ratedLoadKg}kg", "load of {loadKg} kg exceeds the rated {ratedLoadKg} kg"),
      because(eq("safetyLockWorking", false), "安全锁失效", "safety lock failed"),
      because(eq("lifelinesIndependent", false), "安全带的安全绳未独立悬挂", "lifelines not hung independently")
    ),
    named("facts.gondolas")
  )
})

/** Every version of the 第九条 rules. @since 0.1.0 */
export const workAtHeightRules = [
  steelErectionTemporarySupports2022,
  steelErectionTemporarySupports2024,
  prefabricatedMemberStability2022,
  prefabricatedMemberStability2024,
  cantileverPlatformAnchorage2022,
  cantileverPlatformAnchorage2024,
  edgeAndShaftProtection2024,
  gondolaSafety2024
] as const
