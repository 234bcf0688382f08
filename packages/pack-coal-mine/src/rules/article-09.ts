/**
 * 第九条 “超层、越界开采”重大事故隐患，是指有下列情形之一的： — 3 情形. Applies to 井工 and 露天煤矿
 * (“采煤(剥离)”).
 *
 * @since 0.2.0
 */
import type { Rule } from "@anquan/core"
import { flagRule } from "./shared.ts"

/**
 * 第九条(一): “超出采矿许可证载明的开采煤层层位进行开采。”
 *
 * @since 0.2.0
 */
export const seamsBeyondLicence = flagRule({
  article: 9, item: 1, slug: "seams-beyond-licence",
  title: ["超层开采", "Mining seams beyond the licence"],
  message: ["超出采矿许可证载明的开采煤层层位进行开采", "Seams beyond those the mining licence states are mined"],
  remediation: ["停止超层开采，按采矿许可证载明的煤层层位开采。", "Stop mining seams the licence does not name."],
  path: "facts.licence.seamsBeyondLicence", breach: true, notApplicableWhen: null
})

/**
 * 第九条(二): “超出采矿许可证载明的坐标控制范围或者标高进行采煤(剥离)。”
 *
 * @since 0.2.0
 */
export const beyondLicensedBoundary = flagRule({
  article: 9, item: 2, slug: "beyond-licensed-boundary",
  title: ["越界开采", "Mining beyond the licensed boundary"],
  message: ["超出采矿许可证载明的坐标控制范围或者标高进行采煤(剥离)", "Coal is mined (or stripped) beyond the licensed coordinates or elevation"],
  remediation: ["停止越界开采，在采矿许可证载明的范围和标高内采煤(剥离)。", "Stop mining beyond the licensed boundary and elevation."],
  path: "facts.licence.beyondBoundaryOrElevation", breach: true, notApplicableWhen: null
})

/**
 * 第九条(三): “未经设计、安全论证和审批，探巷或者采掘工程直接进入《煤矿安全规程》和《建筑物、水体、铁路及主要井巷煤柱留设与压煤开采规范》规定留设的安全煤柱，或者以其他形式(经设计、审批的钻探工程除外)对安全煤柱造成破坏。”
 *
 * @since 0.2.0
 */
export const safetyPillarBreached = flagRule({
  article: 9, item: 3, slug: "safety-pillar-breached",
  title: ["未经审批进入或破坏安全煤柱", "Safety pillars entered or damaged without approval"],
  message: [
    "未经设计、安全论证和审批，探巷或者采掘工程直接进入规定留设的安全煤柱，或者以其他形式对安全煤柱造成破坏",
    "Exploration roadways or mining entered a statutory safety pillar, or damaged it otherwise, without design, safety assessment and approval"
  ],
  remediation: ["停止进入安全煤柱的工程，经设计、安全论证和审批后方可实施。", "Stop work in the safety pillar; proceed only after design, assessment and approval."],
  path: "facts.licence.safetyPillarBreached", breach: true, notApplicableWhen: null
})

/** 第九条, in the order of its 情形. @since 0.2.0 */
export const article09: ReadonlyArray<Rule.Rule<any>> = [seamsBeyondLicence, beyondLicensedBoundary, safetyPillarBreached]
