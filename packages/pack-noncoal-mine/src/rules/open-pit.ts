/**
 * 二、金属非金属露天矿山重大事故隐患 — 13 items (矿安〔2022〕88号, from 2022-09-01).
 *
 * Each applies to a mine with an open-pit unit (`facts.units` has `open-pit`). Boundaries: a working slope angle or a
 * final bench height above the design (“大于”, “超过”: equal is no 情形); slopes of 200 m or more (“200m及以上”); a haul
 * road 1.1 times its design gradient or more (“大于设计坡度10%以上”, read as relative — see the rule's note); dumping
 * down a base steeper than 1:5 (1:n with n < 5); a people-gathering place within 2 times the dump's total height
 * (“范围内”: the boundary included).
 *
 * @since 0.2.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { roadGradientNote } from "./notes.ts"
import { flag, item, sub } from "./shared.ts"

const { all, any, eq, fact, gt, gte, lt, lte, some, value } = Condition

const P = (path: string) => "facts.openPit." + path

/** (一) 地下开采转露天开采前，未探明采空区和溶洞，或者未按设计处理. @since 0.2.0 */
export const undergroundToOpenPit = item({
  part: "open-pit",
  item: 1,
  slug: "underground-to-open-pit",
  title: ["转露天开采前未探明或者处理采空区、溶洞", "Voids not located or treated before going open-pit"],
  message: ["地下开采转露天开采前，未探明采空区和溶洞，或者未按设计处理对露天开采安全有威胁的采空区和溶洞", "Before moving from underground to open-pit mining, voids and karst caves were not located, or those threatening the pit not treated as designed"],
  remediation: ["探明采空区和溶洞，并按设计处理。", "Locate the voids and caves and treat them as designed."],
  notApplicableWhen: eq(P("transitionFromUnderground"), false),
  violationWhen: any(flag(P("voidsNotLocated")), flag(P("voidsNotTreated")))
})

/** (二) 使用国家明令禁止使用的设备、材料或者工艺. @since 0.2.0 */
export const openPitBannedEquipment = item({
  part: "open-pit",
  item: 2,
  slug: "open-pit-banned-equipment",
  title: ["使用国家明令禁止的设备、材料或者工艺", "Banned equipment, materials or processes"],
  message: ["使用国家明令禁止使用的设备、材料或者工艺", "Equipment, materials or processes the state has banned are in use"],
  remediation: ["停止使用并淘汰国家明令禁止的设备、材料和工艺。", "Stop using and retire the banned equipment, materials and processes."],
  violationWhen: flag(P("bannedEquipmentInUse"))
})

/** (三) 未采用自上而下的开采顺序分台阶或者分层开采. @since 0.2.0 */
export const topDownMining = item({
  part: "open-pit",
  item: 3,
  slug: "top-down-mining",
  title: ["未自上而下分台阶或者分层开采", "Not mined top-down in benches"],
  message: ["未采用自上而下的开采顺序分台阶或者分层开采", "Not mined top-down in benches or layers"],
  remediation: ["采用自上而下的开采顺序分台阶或者分层开采。", "Mine top-down in benches or layers."],
  violationWhen: flag(P("notTopDown"))
})

/** (四) 工作帮坡角大于设计工作帮坡角，或者最终边坡台阶高度超过设计高度. @since 0.2.0 */
export const slopeGeometry = item({
  part: "open-pit",
  item: 4,
  slug: "slope-geometry",
  title: ["工作帮坡角或者最终边坡台阶高度超过设计", "Working slope or final bench beyond the design"],
  message: ["工作帮坡角大于设计工作帮坡角，或者最终边坡台阶高度超过设计高度", "The working slope is steeper than designed, or a final bench higher than designed"],
  remediation: ["按设计控制工作帮坡角和最终边坡台阶高度。", "Keep the working slope angle and final bench height to the design."],
  violationWhen: any(gt(P("workingSlopeAngle"), fact(P("designWorkingSlopeAngle"))), gt(P("finalBenchHeightM"), fact(P("designFinalBenchHeightM"))))
})

/** (五) 开采或者破坏设计要求保留的矿(岩)柱或者挂帮矿体. @since 0.2.0 */
export const pillarsMined = item({
  part: "open-pit",
  item: 5,
  slug: "open-pit-pillars-mined",
  title: ["开采或者破坏设计保留的矿柱、挂帮矿体", "Designed pillars or wall ore mined"],
  message: ["开采或者破坏设计要求保留的矿(岩)柱或者挂帮矿体", "Pillars or wall ore the design keeps were mined or damaged"],
  remediation: ["停止开采，按设计保留矿(岩)柱和挂帮矿体。", "Stop and keep the pillars and wall ore as designed."],
  violationWhen: flag(P("pillarsMined"))
})

/** (六) 未按标准对采场边坡、排土场边坡进行稳定性分析. @since 0.2.0 */
export const stabilityAnalysis = item({
  part: "open-pit",
  item: 6,
  slug: "slope-stability-analysis",
  title: ["未进行边坡稳定性分析", "No slope stability analysis"],
  message: ["未按有关国家标准或者行业标准对采场边坡、排土场边坡进行稳定性分析", "No stability analysis of the pit or dump slopes per the national or sector standards"],
  remediation: ["按标准对采场边坡、排土场边坡进行稳定性分析。", "Analyse the stability of the pit and dump slopes per the standards."],
  violationWhen: flag(P("noStabilityAnalysis"))
})

/** (七) 边坡存在下列情形之一: 200 m or more without monitoring (200 m included). @since 0.2.0 */
export const slopeMonitoring = item({
  part: "open-pit",
  item: 7,
  slug: "slope-monitoring",
  title: ["高边坡未监测或者监测系统被破坏", "High slopes unmonitored"],
  message: ["高度200m及以上的采场边坡未进行在线监测，或者高度200m及以上的排土场边坡未建立边坡稳定监测系统，或者关闭、破坏监测系统或者隐瞒、篡改、销毁其相关数据、信息", "A pit slope of 200 m or more without online monitoring, a dump slope of 200 m or more without stability monitoring, or monitoring disabled or its data tampered with"],
  remediation: ["对200m及以上的采场边坡进行在线监测，对排土场边坡建立稳定监测系统，保证系统正常运行、数据真实。", "Monitor pit slopes of 200 m or more online and dump slopes for stability; keep the systems running and the data true."],
  violationWhen: any(
    sub(1, some(P("pitSlopes"), all(gte("heightM", 200), eq("onlineMonitoring", false)), "name")),
    sub(2, some(P("dumpSlopes"), all(gte("heightM", 200), eq("stabilityMonitoring", false)), "name")),
    flag(P("monitoringDisabledOrTampered"), 3)
  )
})

/** (八) 边坡出现滑移现象，存在下列情形之一. @since 0.2.0 */
export const slopeSliding = item({
  part: "open-pit",
  item: 8,
  slug: "slope-sliding",
  title: ["边坡出现滑移现象", "Slope sliding"],
  message: ["边坡出现横向及纵向放射状裂缝，或者坡脚上隆、后缘裂缝急剧扩展，或者位移量出现加速变化趋势", "Radial cracks, toe heave with rapidly widening rear cracks, or accelerating displacement of a slope"],
  remediation: ["立即撤出危险区域人员，采取治理措施。", "Withdraw people from the danger zone at once and stabilise the slope."],
  violationWhen: any(flag(P("slide.radialCracks"), 1), flag(P("slide.toeHeave"), 2), flag(P("slide.acceleratingDisplacement"), 3))
})

/** (九) 运输道路坡度大于设计坡度10%以上: 1.1 times the design gradient or more (see the note). @since 0.2.0 */
export const roadGradient = item({
  part: "open-pit",
  item: 9,
  slug: "road-gradient",
  title: ["运输道路坡度大于设计坡度10%以上", "Haul road 10 % or more steeper than designed"],
  message: ["运输道路坡度大于设计坡度10%以上", "A haul road's gradient is 10 % or more above the design gradient"],
  remediation: ["按设计坡度修整运输道路。", "Regrade the haul road to the design."],
  notes: [roadGradientNote],
  violationWhen: some(P("roads"), gte("gradientPct", { multiply: [fact("designGradientPct"), value(1.1)] }), "name")
})

/** (十) 凹陷露天矿山未按设计建设防洪、排洪设施. @since 0.2.0 */
export const sunkenPitFloodControl = item({
  part: "open-pit",
  item: 10,
  slug: "sunken-pit-flood-control",
  title: ["凹陷露天矿山未按设计建设防洪、排洪设施", "Sunken pit without designed flood control"],
  message: ["凹陷露天矿山未按设计建设防洪、排洪设施", "A sunken pit has no flood control and drainage as designed"],
  remediation: ["按设计建设防洪、排洪设施。", "Build the designed flood control and drainage."],
  notApplicableWhen: eq(P("sunkenPit"), false),
  violationWhen: flag(P("floodControlNotAsDesigned"))
})

/** (十一) 排土场存在下列情形之一. Not applicable without a dump (an empty list). @since 0.2.0 */
export const dumps = item({
  part: "open-pit",
  item: 11,
  slug: "waste-dumps",
  title: ["排土场不符合要求", "Waste dump unsafe"],
  message: ["在平均坡度大于1:5的地基上顺坡排土，或者在排土场总堆置高度2倍范围以内有人员集中场所，或者山坡排土场周围未修筑截、排水设施，且未按设计采取安全措施", "Dumping down a base steeper than 1:5, people gathering within twice the dump's total height, or a hillside dump without interception and drainage works, without the designed measures"],
  remediation: ["按设计采取地基处理、人员集中场所防护和截排水等安全措施。", "Apply the designed base, gathering-place and drainage measures."],
  notApplicableWhen: Condition.none(P("dumps")),
  violationWhen: some(
    P("dumps"),
    any(
      sub(1, all(eq("downslopeDumping", true), lt("baseSlopeN", 5), eq("baseMeasuresNotAsDesigned", true))),
      sub(2, all(eq("gatheringPlaces", true), lte("gatheringPlaceDistanceM", { multiply: [fact("totalHeightM"), value(2)] }), eq("gatheringMeasuresNotAsDesigned", true))),
      sub(3, all(eq("hillside", true), eq("drainageNotAsDesigned", true)))
    ),
    { label: "name", entry: { "zh-CN": "排土场", en: "dump" } }
  )
})

/** (十二) 露天采场未按设计设置安全平台和清扫平台. @since 0.2.0 */
export const berms = item({
  part: "open-pit",
  item: 12,
  slug: "safety-berms",
  title: ["未按设计设置安全平台和清扫平台", "No designed safety and cleaning berms"],
  message: ["露天采场未按设计设置安全平台和清扫平台", "The pit has no safety and cleaning berms as designed"],
  remediation: ["按设计设置安全平台和清扫平台。", "Build the designed safety and cleaning berms."],
  violationWhen: flag(P("bermsNotAsDesigned"))
})

/** (十三) 擅自对在用排土场进行回采作业. @since 0.2.0 */
export const dumpReMining = item({
  part: "open-pit",
  item: 13,
  slug: "dump-re-mining",
  title: ["擅自回采在用排土场", "Active dump re-mined without authority"],
  message: ["擅自对在用排土场进行回采作业", "An active dump is re-mined without authority"],
  remediation: ["停止擅自回采，经批准并按设计进行。", "Stop, and re-mine only with approval and as designed."],
  violationWhen: flag(P("dumpReminedWithoutAuthority"))
})

/** 二、露天矿山, in the order of its items. @since 0.2.0 */
export const openPitRules = [
  undergroundToOpenPit, openPitBannedEquipment, topDownMining, slopeGeometry, pillarsMined, stabilityAnalysis, slopeMonitoring,
  slopeSliding, roadGradient, sunkenPitFloodControl, dumps, berms, dumpReMining
] as const satisfies ReadonlyArray<Rule.Rule<any>>
