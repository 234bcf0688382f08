/**
 * 《煤矿安全生产条例》(国务院令, in force 2024-05-01) 第三十六条 — the 17 items of 重大事故隐患, as the rules in force
 * from **2024-05-01 to 2026-06-30**, before the 2026 判定标准 details them:
 *
 * “煤矿企业有下列情形之一的，属于重大事故隐患，应当立即停止受影响区域生产、建设，并及时消除事故隐患：”
 *
 * In that window the detail was 令第4号 (`coal-major-hazard-2020`), whose 情形 are not in the fact base
 * (regulations.md §4 has only its 第三条 15 方面). So each item reads the inspection's finding that the item is present
 * (`facts.regulation36.*`), and, where the 条例's own words are decided by a fact that does not depend on either
 * 判定标准, that fact too: (四) the drainage system, (六) mining beyond the licence, (十一) the monitoring systems,
 * (十二) a final wall steeper than its design maximum. No 2026 threshold is used before 2026-07-01, and no 令第4号 article is
 * mapped onto 令第21号. Each rule also cites the 方面 of 令第4号 第三条 it matches (regulations.md §4), where there is one.
 *
 * (三) applies to 突出矿井, (四) to 突出 and 高瓦斯矿井, (十二) to 露天煤矿; the 条例 narrows no other item.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import type { Citation, FactDeclarations } from "@anquan/core"
import { Schema } from "effect"
import { CoalMineFacts, coalMineFacts } from "../facts/CoalMineFacts.ts"
import { withSections } from "../facts/sections.ts"

/** The pack's declarations with its sections' labels. */
const coalMineDeclarations: FactDeclarations = withSections(coalMineFacts)
import { text } from "./shared.ts"

const { any, eq, ne, gt, oneOf, some, fact } = Condition

const subject = Schema.Struct({ facts: Schema.UndefinedOr(CoalMineFacts) })

/** 第三十六条(`item`) of the 条例 (verified: LawRefBook full text). */
const cite36 = (item: number): Citation => ({ document: "coal-safety-regulation-2024", article: 36, item, verified: true })

/** 令第4号 第三条(`item`), the 方面 of the 2020 判定标准 that matches (regulations.md §4, verified reposts). */
const order4 = (item: number): Citation => ({ document: "coal-major-hazard-2020", article: 3, item, verified: true })

interface Item36 {
  readonly item: number
  readonly slug: string
  readonly key: string
  readonly zh: string
  readonly en: string
  readonly remediation: readonly [string, string]
  readonly order4?: number
  readonly notApplicableWhen?: Condition.Condition
  readonly also?: ReadonlyArray<Condition.Condition>
}

const item36 = (d: Item36): Rule.Rule<any> =>
  Rule.fromCondition({
    id: `coal-mine/regulation-36-${d.slug}`,
    title: text(d.zh, d.en),
    message: text(d.zh, d.en),
    remediation: text(...d.remediation),
    citation: cite36(d.item),
    legalBases: d.order4 === undefined ? [] : [order4(d.order4)],
    severity: "major",
    appliesTo: { sectors: ["coal-mine"] },
    effective: { from: "2024-05-01", to: "2026-06-30" },
    facts: coalMineDeclarations,
    schema: subject,
    ...(d.notApplicableWhen === undefined ? {} : { notApplicableWhen: d.notApplicableWhen }),
    violationWhen: d.also === undefined ? eq(`facts.regulation36.${d.key}`, true) : any(eq(`facts.regulation36.${d.key}`, true), ...d.also)
  })

/** 第三十六条(一): “超能力、超强度或者超定员组织生产的”. @since 0.2.0 */
export const regulation36OverCapacity = item36({
  item: 1, slug: "over-capacity", key: "overCapacity", order4: 1,
  zh: "超能力、超强度或者超定员组织生产", en: "Production over capacity, intensity or manning",
  remediation: ["按核定生产能力、强度和定员组织生产。", "Produce within the rated capacity, intensity and manning."]
})

/** 第三十六条(二): “瓦斯超限作业的”. @since 0.2.0 */
export const regulation36GasOverLimit = item36({
  item: 2, slug: "gas-over-limit", key: "gasOverLimitWork", order4: 2,
  zh: "瓦斯超限作业", en: "Working with gas over the limit",
  remediation: ["瓦斯超限立即停止作业、撤出人员、进行处理。", "Stop work, withdraw people and deal with the gas."]
})

/** 第三十六条(三): “煤（岩）与瓦斯（二氧化碳）突出矿井未按照规定实施防突措施的”. @since 0.2.0 */
export const regulation36OutburstMeasures = item36({
  item: 3, slug: "outburst-measures", key: "outburstMeasuresNotImplemented", order4: 3,
  zh: "煤(岩)与瓦斯(二氧化碳)突出矿井未按照规定实施防突措施", en: "Outburst mine not carrying out outburst prevention as required",
  remediation: ["按规定实施区域和工作面防突措施。", "Carry out regional and face outburst prevention as required."],
  notApplicableWhen: any(eq("facts.mineType", "open-pit"), ne("facts.gasClass", "outburst"))
})

/**
 * 第三十六条(四): “煤（岩）与瓦斯（二氧化碳）突出矿井、高瓦斯矿井未按照规定建立瓦斯抽采系统，或者系统不能正常运行的”.
 * Also decided by `facts.drainageSystem.establishedAsRequired` false or `runningNormally` false — the 条例's words.
 *
 * @since 0.2.0
 */
export const regulation36DrainageSystem = item36({
  item: 4, slug: "drainage-system", key: "drainageSystemMissingOrDown", order4: 4,
  zh: "突出矿井、高瓦斯矿井未按照规定建立瓦斯抽采系统，或者系统不能正常运行", en: "Outburst or high-gas mine without a gas drainage system as required, or it does not run normally",
  remediation: ["按规定建立瓦斯抽采系统并保持正常运行。", "Build the drainage system as required and keep it running."],
  notApplicableWhen: any(eq("facts.mineType", "open-pit"), eq("facts.gasClass", "low-gas")),
  also: [eq("facts.drainageSystem.establishedAsRequired", false), eq("facts.drainageSystem.runningNormally", false)]
})

/** 第三十六条(五): “通风系统不完善、不可靠的”. @since 0.2.0 */
export const regulation36Ventilation = item36({
  item: 5, slug: "ventilation", key: "ventilationUnreliable", order4: 5,
  zh: "通风系统不完善、不可靠", en: "Ventilation incomplete or unreliable",
  remediation: ["完善通风系统，保证可靠。", "Complete the ventilation system and make it reliable."]
})

/**
 * 第三十六条(六): “超层、越界开采的”. Also decided by `facts.licence.seamsBeyondLicence` or `beyondBoundaryOrElevation`.
 *
 * @since 0.2.0
 */
export const regulation36BeyondLicence = item36({
  item: 6, slug: "beyond-licence", key: "miningBeyondLicence", order4: 7,
  zh: "超层、越界开采", en: "Mining beyond the licensed seams or boundary",
  remediation: ["在依法确定的开采范围内生产。", "Mine only within the licensed range."],
  also: [eq("facts.licence.seamsBeyondLicence", true), eq("facts.licence.beyondBoundaryOrElevation", true)]
})

/** 第三十六条(七): “有严重水患，未采取有效措施的”. @since 0.2.0 */
export const regulation36WaterHazard = item36({
  item: 7, slug: "water-hazard", key: "seriousWaterHazard", order4: 6,
  zh: "有严重水患，未采取有效措施", en: "Serious water hazard without effective measures",
  remediation: ["采取有效防治水措施。", "Take effective water-control measures."]
})

/** 第三十六条(八): “有冲击地压危险，未采取有效措施的”. @since 0.2.0 */
export const regulation36RockBurst = item36({
  item: 8, slug: "rock-burst", key: "rockBurstUntreated", order4: 8,
  zh: "有冲击地压危险，未采取有效措施", en: "Rock-burst danger without effective measures",
  remediation: ["采取有效防冲措施。", "Take effective rock-burst measures."]
})

/** 第三十六条(九): “自然发火严重，未采取有效措施的”. @since 0.2.0 */
export const regulation36SpontaneousCombustion = item36({
  item: 9, slug: "spontaneous-combustion", key: "spontaneousCombustionUntreated", order4: 9,
  zh: "自然发火严重，未采取有效措施", en: "Serious spontaneous combustion without effective measures",
  remediation: ["采取有效防灭火措施。", "Take effective fire-prevention measures."]
})

/** 第三十六条(十): “使用应当淘汰的危及生产安全的设备、工艺的”. @since 0.2.0 */
export const regulation36ObsoleteEquipment = item36({
  item: 10, slug: "obsolete-equipment", key: "obsoleteEquipment", order4: 10,
  zh: "使用应当淘汰的危及生产安全的设备、工艺", en: "Equipment or processes that should be retired in use",
  remediation: ["淘汰危及生产安全的设备、工艺。", "Retire the equipment and processes."]
})

/**
 * 第三十六条(十一): “未按照规定建立监控与通讯系统，或者系统不能正常运行的”. Also decided by
 * `facts.monitoring.systemsMissingOrDown`. 令第4号 第三条(四) names the 监控系统 beside the 抽采系统.
 *
 * @since 0.2.0
 */
export const regulation36Monitoring = item36({
  item: 11, slug: "monitoring", key: "monitoringMissingOrDown", order4: 4,
  zh: "未按照规定建立监控与通讯系统，或者系统不能正常运行", en: "No monitoring and communication system as required, or it does not run normally",
  remediation: ["按规定建立监控与通讯系统并保持正常运行。", "Install the systems as required and keep them running."],
  also: [eq("facts.monitoring.systemsMissingOrDown", true)]
})

/**
 * 第三十六条(十二): “露天煤矿边坡角大于设计最大值或者边坡发生严重变形，未采取有效措施的”. Also decided by a final wall
 * whose slope angle is greater than its design maximum (the 条例's words; the “2个以上已到界台阶” of 2026 is not applied
 * before 2026-07-01). 令第4号 has no matching 方面.
 *
 * @since 0.2.0
 */
export const regulation36Slope = item36({
  item: 12, slug: "slope", key: "slopeUntreated",
  zh: "露天煤矿边坡角大于设计最大值或者边坡发生严重变形，未采取有效措施", en: "Open-pit slope steeper than the design maximum or badly deformed, without effective measures",
  remediation: ["按设计控制边坡角，对变形边坡采取有效措施。", "Keep slopes to the design and treat deformation effectively."],
  notApplicableWhen: eq("facts.mineType", "underground"),
  also: [some("facts.finalWalls", gt("slopeAngle", fact("designMaxAngle")), "name")]
})

/** 第三十六条(十三): “未按照规定采用双回路供电系统的”. @since 0.2.0 */
export const regulation36DualCircuit = item36({
  item: 13, slug: "dual-circuit", key: "noDualCircuit", order4: 11,
  zh: "未按照规定采用双回路供电系统", en: "No dual-circuit power supply as required",
  remediation: ["按规定采用双回路供电系统。", "Use a dual-circuit supply as required."]
})

/** 第三十六条(十四): “新建煤矿边建设边生产，煤矿改扩建期间，在改扩建的区域生产，或者在其他区域的生产超出设计规定的范围和规模的”. @since 0.2.0 */
export const regulation36ProducingWhileBuilding = item36({
  item: 14, slug: "producing-while-building", key: "producingWhileBuilding", order4: 12,
  zh: "新建煤矿边建设边生产，改扩建期间在改扩建区域生产，或者在其他区域超出设计规定的范围和规模生产", en: "Producing while building, in the expansion area, or beyond the designed scope elsewhere",
  remediation: ["停止违规生产，按设计组织建设。", "Stop the production and build as designed."]
})

/** 第三十六条(十五): “实行整体承包生产经营后，未重新取得或者及时变更安全生产许可证而从事生产，或者承包方再次转包，以及将井下采掘工作面和井巷维修作业外包的”. @since 0.2.0 */
export const regulation36Contracting = item36({
  item: 15, slug: "contracting", key: "contractingBreach", order4: 13,
  zh: "整体承包后未重新取得或者及时变更安全生产许可证而生产，或者承包方再次转包，或者将井下采掘工作面和井巷维修作业外包", en: "Contracting breaches: licence not renewed, re-subcontracting, or faces and roadway repair outsourced",
  remediation: ["重新取得或变更许可证，禁止转包和违规外包。", "Renew the licence; no re-subcontracting or outsourcing of faces and repair."]
})

/** 第三十六条(十六): “改制、合并、分立期间，未明确安全生产责任人和安全生产管理机构，或者在完成改制、合并、分立后，未重新取得或者及时变更安全生产许可证等的”. @since 0.2.0 */
export const regulation36Restructuring = item36({
  item: 16, slug: "restructuring", key: "restructuringBreach", order4: 14,
  zh: "改制、合并、分立期间未明确安全生产责任人和管理机构，或者完成后未重新取得或者及时变更安全生产许可证等", en: "Restructuring breaches: no responsible person or body, or licences not renewed",
  remediation: ["明确责任人和管理机构，及时变更许可证。", "Name the responsible person and body; renew the licences in time."]
})

/** 第三十六条(十七): “有其他重大事故隐患的”. @since 0.2.0 */
export const regulation36Other = item36({
  item: 17, slug: "other", key: "otherMajorHazard", order4: 15,
  zh: "有其他重大事故隐患", en: "Another major accident hazard",
  remediation: ["消除事故隐患。", "Remove the hazard."]
})

/** 第三十六条, in the order of its items. @since 0.2.0 */
export const regulation36Rules: ReadonlyArray<Rule.Rule<any>> = [
  regulation36OverCapacity,
  regulation36GasOverLimit,
  regulation36OutburstMeasures,
  regulation36DrainageSystem,
  regulation36Ventilation,
  regulation36BeyondLicence,
  regulation36WaterHazard,
  regulation36RockBurst,
  regulation36SpontaneousCombustion,
  regulation36ObsoleteEquipment,
  regulation36Monitoring,
  regulation36Slope,
  regulation36DualCircuit,
  regulation36ProducingWhileBuilding,
  regulation36Contracting,
  regulation36Restructuring,
  regulation36Other
]
