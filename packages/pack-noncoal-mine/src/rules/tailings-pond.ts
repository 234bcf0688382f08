/**
 * 三、尾矿库重大事故隐患 — 19 items (矿安〔2022〕88号, from 2022-09-01).
 *
 * Each applies to a mine with a tailings-pond unit (`facts.units` has `tailings-pond`), except (十八), which concerns a
 * place not (yet) managed as a tailings pond. Slopes are given as 1:n: “陡于设计坡比” is n below the design's n. “大于”,
 * “超过”, “小于” exclude the value; (十五) compares with 0.98 times the standard's factor (equal is no 情形). Conjunctive
 * sub-case: (二)3, large longitudinal cracks **and** high seepage exit or swamping.
 *
 * @since 0.2.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { concentratorNote, freeboardNote } from "./notes.ts"
import { flag, item, sub } from "./shared.ts"

const { all, any, eq, fact, gt, lt, ne, value, when } = Condition

const T = (path: string) => "facts.tailingsPond." + path

/** (一) 库区或者尾矿坝上存在未按设计进行开采、挖掘、爆破等危及尾矿库安全的活动. @since 0.2.0 */
export const dangerousActivities = item({
  part: "tailings-pond",
  item: 1,
  slug: "dangerous-activities",
  title: ["库区或者坝上有危及尾矿库安全的活动", "Dangerous activity in the reservoir or on the dam"],
  message: ["库区或者尾矿坝上存在未按设计进行开采、挖掘、爆破等危及尾矿库安全的活动", "Mining, digging, blasting or other activity not in the design in the reservoir or on the dam"],
  remediation: ["停止危及尾矿库安全的活动。", "Stop the activity that endangers the pond."],
  violationWhen: flag(T("dangerousActivities"))
})

/** (二) 坝体存在下列情形之一; sub-case 3 needs both its findings. @since 0.2.0 */
export const damDeformation = item({
  part: "tailings-pond",
  item: 2,
  slug: "dam-deformation",
  title: ["坝体出现管涌、裂缝、滑坡迹象等", "Dam piping, cracks or sliding"],
  message: ["坝体存在较大面积管涌、流土变形，或者贯穿性横向裂缝、较大范围塌陷或者滑坡迹象，或者大面积纵向裂缝且渗透水高位出逸或者大面积沼泽化", "Piping or soil flow over a large area; through-going cracks, collapse or sliding signs; or large longitudinal cracks with high seepage exit or swamping"],
  remediation: ["立即采取抢险措施，查明原因并治理。", "Take emergency measures at once, find the cause and repair the dam."],
  violationWhen: any(
    flag(T("dam.piping"), 1),
    flag(T("dam.throughCracksOrSliding"), 2),
    sub(3, all(eq(T("dam.longitudinalCracks"), true), eq(T("dam.seepageSwamping"), true)))
  )
})

/** (三) 坝体的平均外坡比或者堆积子坝的外坡比陡于设计坡比 (1:n: n below the design's). @since 0.2.0 */
export const outerSlope = item({
  part: "tailings-pond",
  item: 3,
  slug: "dam-outer-slope",
  title: ["坝体外坡比陡于设计", "Dam outer slope steeper than designed"],
  message: ["坝体的平均外坡比或者堆积子坝的外坡比陡于设计坡比", "The dam's average outer slope, or a sub-dam's, is steeper than designed"],
  remediation: ["按设计坡比修整坝体外坡。", "Regrade the outer slope to the design."],
  violationWhen: any(
    lt(T("outerSlopeN"), fact(T("designOuterSlopeN"))),
    when(eq(T("hasSubDams"), true), lt(T("subDamOuterSlopeN"), fact(T("designSubDamOuterSlopeN"))))
  )
})

/** (四) 坝体高度超过设计总坝高，或者尾矿库超过设计库容贮存尾矿. @since 0.2.0 */
export const overHeightOrCapacity = item({
  part: "tailings-pond",
  item: 4,
  slug: "over-height-or-capacity",
  title: ["超设计坝高或者库容", "Above design height or capacity"],
  message: ["坝体高度超过设计总坝高，或者尾矿库超过设计库容贮存尾矿", "The dam is higher than the design total height, or the pond stores more than its design capacity"],
  remediation: ["停止超高、超容排放，按设计组织生产或者办理设计变更。", "Stop over-height or over-capacity storage; operate to the design or have it changed."],
  violationWhen: any(gt(T("damHeightM"), fact(T("designDamHeightM"))), gt(T("storedVolume"), fact(T("designCapacity"))))
})

/** (五) 尾矿堆积坝上升速率大于设计堆积上升速率. @since 0.2.0 */
export const raiseRate = item({
  part: "tailings-pond",
  item: 5,
  slug: "raise-rate",
  title: ["堆积坝上升速率大于设计", "Dam raised faster than designed"],
  message: ["尾矿堆积坝上升速率大于设计堆积上升速率", "The tailings dam rises faster than the design rate"],
  remediation: ["按设计上升速率堆积。", "Raise the dam at the design rate."],
  violationWhen: gt(T("raiseRate"), fact(T("designRaiseRate")))
})

/** (六) 采用尾矿堆坝的尾矿库，未按GB39496-2020第6.1.9条规定对尾矿坝做全面的安全性复核. @since 0.2.0 */
export const safetyReview = item({
  part: "tailings-pond",
  item: 6,
  slug: "dam-safety-review",
  title: ["未对尾矿坝做全面安全性复核", "No full dam safety review"],
  message: ["采用尾矿堆坝的尾矿库，未按《尾矿库安全规程》(GB39496-2020)第6.1.9条规定对尾矿坝做全面的安全性复核", "A tailings-built dam without the full safety review of GB 39496-2020 §6.1.9"],
  remediation: ["按GB39496-2020第6.1.9条对尾矿坝做全面的安全性复核。", "Review the dam's safety per GB 39496-2020 §6.1.9."],
  notApplicableWhen: eq(T("tailingsBuiltDam"), false),
  violationWhen: flag(T("noSafetyReview"))
})

/** (七) 浸润线埋深小于控制浸润线埋深. @since 0.2.0 */
export const phreaticLine = item({
  part: "tailings-pond",
  item: 7,
  slug: "phreatic-line",
  title: ["浸润线埋深小于控制埋深", "Phreatic line too shallow"],
  message: ["浸润线埋深小于控制浸润线埋深", "The phreatic line is shallower than its control depth"],
  remediation: ["采取降低浸润线的措施。", "Lower the phreatic line."],
  violationWhen: lt(T("phreaticDepthM"), fact(T("controlPhreaticDepthM")))
})

/**
 * (八) 汛前未进行调洪演算，或者湿式尾矿库防洪高度和干滩长度小于设计值，或者干式尾矿库防洪高度和防洪宽度小于设计值.
 * Both values below the design, as the 解读 reads it (see the note).
 *
 * @since 0.2.0
 */
export const floodFreeboard = item({
  part: "tailings-pond",
  item: 8,
  slug: "flood-freeboard",
  title: ["未调洪演算或者防洪高度不足", "No flood routing, or freeboard below design"],
  message: ["汛前未按国家有关规定对尾矿库进行调洪演算，或者湿式尾矿库防洪高度和干滩长度小于设计值，或者干式尾矿库防洪高度和防洪宽度小于设计值", "No flood-routing calculation before the flood season, or freeboard and beach length (wet) or freeboard and flood width (dry) below the design"],
  remediation: ["汛前进行调洪演算，保持设计防洪高度和干滩长度(防洪宽度)。", "Route the design flood before the season; keep the design freeboard and beach length (flood width)."],
  notes: [freeboardNote],
  violationWhen: any(
    flag(T("noFloodRouting"), 1),
    sub(2, when(eq(T("pondType"), "wet"), all(lt(T("freeboardM"), fact(T("designFreeboardM"))), lt(T("beachLengthM"), fact(T("designBeachLengthM")))))),
    sub(3, when(eq(T("pondType"), "dry"), all(lt(T("freeboardM"), fact(T("designFreeboardM"))), lt(T("floodWidthM"), fact(T("designFloodWidthM"))))))
  )
})

/** (九) 排洪系统存在下列情形之一. @since 0.2.0 */
export const decantSystem = item({
  part: "tailings-pond",
  item: 9,
  slug: "decant-system",
  title: ["排洪系统不符合设计", "Decant system deficient"],
  message: ["排洪系统构筑物结构尺寸、混凝土强度或者类型低于设计要求，或者部分堵塞、坍塌、排水井倾斜使排水能力达不到设计要求，或者终止使用时封堵措施不满足设计要求", "Decant structures below the design, partly blocked, collapsed or tilted so capacity is below the design, or closure plugs not as designed"],
  remediation: ["修复排洪系统，达到设计排水能力，按设计封堵。", "Repair the decant system to its design capacity and plug retired structures as designed."],
  violationWhen: any(flag(T("decant.belowDesign"), 1), flag(T("decant.capacityImpaired"), 2), flag(T("decant.plugsNotAsDesigned"), 3))
})

/** (十) 设计以外的尾矿、废料或者废水进库. @since 0.2.0 */
export const foreignMaterial = item({
  part: "tailings-pond",
  item: 10,
  slug: "foreign-material",
  title: ["设计以外的尾矿、废料或者废水进库", "Material not in the design put in"],
  message: ["设计以外的尾矿、废料或者废水进库", "Tailings, waste or water not in the design put into the reservoir"],
  remediation: ["停止设计以外的尾矿、废料、废水进库。", "Stop putting in anything the design does not provide for."],
  violationWhen: flag(T("foreignMaterialIn"))
})

/** (十一) 多种矿石性质不同的尾砂混合排放时，未按设计进行排放. @since 0.2.0 */
export const mixedDischarge = item({
  part: "tailings-pond",
  item: 11,
  slug: "mixed-discharge",
  title: ["不同性质尾砂混合排放未按设计", "Mixed tailings not discharged as designed"],
  message: ["多种矿石性质不同的尾砂混合排放时，未按设计进行排放", "Tailings of different ores discharged together not as designed"],
  remediation: ["按设计排放混合尾砂。", "Discharge mixed tailings as designed."],
  notApplicableWhen: eq(T("mixedTailings"), false),
  violationWhen: flag(T("mixedDischargeNotAsDesigned"))
})

/** (十二) 冬季未按设计要求的冰下放矿方式进行放矿作业. @since 0.2.0 */
export const underIceDischarge = item({
  part: "tailings-pond",
  item: 12,
  slug: "under-ice-discharge",
  title: ["冬季未按设计冰下放矿", "Winter discharge not under ice as designed"],
  message: ["冬季未按设计要求的冰下放矿方式进行放矿作业", "Winter discharge not done under the ice as the design requires"],
  remediation: ["冬季按设计要求冰下放矿。", "Discharge under the ice in winter as designed."],
  notApplicableWhen: eq(T("underIceDischargeRequired"), false),
  violationWhen: flag(T("underIceDischargeNotAsDesigned"))
})

/** (十三) 安全监测系统存在下列情形之一. @since 0.2.0 */
export const monitoring = item({
  part: "tailings-pond",
  item: 13,
  slug: "tailings-monitoring",
  title: ["安全监测系统不符合要求", "Safety monitoring deficient"],
  message: ["未按设计设置安全监测系统，或者运行不正常未及时修复，或者关闭、破坏系统，或者篡改、隐瞒、销毁其相关数据、信息", "Safety monitoring not installed as designed, not repaired, switched off or damaged, or its data tampered with"],
  remediation: ["按设计设置安全监测系统，保证正常运行、数据真实。", "Install the designed monitoring and keep it running and its data true."],
  violationWhen: any(flag(T("monitoring.notAsDesigned"), 1), flag(T("monitoring.notRepaired"), 2), flag(T("monitoring.disabledOrTampered"), 3))
})

/** (十四) 干式尾矿库存在下列情形之一. Applies to dry-stack facilities only. @since 0.2.0 */
export const dryStacking = item({
  part: "tailings-pond",
  item: 14,
  slug: "dry-stacking",
  title: ["干式尾矿库堆存不符合设计", "Dry stacking not as designed"],
  message: ["干式尾矿库入库尾矿含水率大于设计值且无可靠措施，或者堆存推进方向、分层厚度、台阶高度不符合设计，或者未按设计碾压", "Dry stack: tailings wetter than designed without reliable measures, stacking not as designed, or not compacted as designed"],
  remediation: ["控制含水率，按设计堆存和碾压。", "Control the moisture and stack and compact as designed."],
  notApplicableWhen: ne(T("pondType"), "dry"),
  violationWhen: any(flag(T("dry.moistureWithoutMeasures"), 1), flag(T("dry.stackingNotAsDesigned"), 2), flag(T("dry.notCompacted"), 3))
})

/** (十五) 经验算，坝体抗滑稳定最小安全系数小于国家标准规定值的0.98倍. @since 0.2.0 */
export const slideStability = item({
  part: "tailings-pond",
  item: 15,
  slug: "slide-stability",
  title: ["坝体抗滑稳定安全系数不足", "Dam slide-stability factor too low"],
  message: ["经验算，坝体抗滑稳定最小安全系数小于国家标准规定值的0.98倍", "The calculated minimum slide-stability factor of the dam is below 0.98 times the national standard's value"],
  remediation: ["采取措施提高坝体抗滑稳定性。", "Raise the dam's slide stability."],
  violationWhen: lt(T("minSafetyFactor"), { multiply: [fact(T("standardSafetyFactor")), value(0.98)] })
})

/** (十六) 三等及以上尾矿库及“头顶库”未按设计设置应急道路. Applies to grades 1–3 and to “overhead” ponds. @since 0.2.0 */
export const emergencyRoad = item({
  part: "tailings-pond",
  item: 16,
  slug: "emergency-road",
  title: ["未按设计设置应急道路", "No emergency road as designed"],
  message: ["三等及以上尾矿库及“头顶库”未按设计设置通往坝顶、排洪系统附近的应急道路，或者应急道路无法满足应急抢险时通行和运送应急物资的需求", "A grade 1–3 or “overhead” pond has no emergency road to the crest and decant as designed, or it cannot carry rescue traffic and supplies"],
  remediation: ["按设计设置并维护应急道路。", "Build and maintain the designed emergency road."],
  notApplicableWhen: all(gt(T("grade"), 3), eq(T("overhead"), false)),
  violationWhen: flag(T("emergencyRoadDeficient"))
})

/** (十七) 尾矿库回采存在下列情形之一. @since 0.2.0 */
export const reMining = item({
  part: "tailings-pond",
  item: 17,
  slug: "tailings-re-mining",
  title: ["尾矿库回采不符合要求", "Tailings re-mining unsafe"],
  message: ["尾矿库回采未经批准，或者回采方式、顺序、单层开采高度、台阶坡面角不符合设计要求，或者同时进行回采和排放", "Re-mining unapproved, not as designed in method, sequence, lift height or face angle, or done while discharging"],
  remediation: ["经批准后按设计回采，回采期间停止排放。", "Re-mine only with approval and as designed, without discharging at the same time."],
  notApplicableWhen: eq(T("reMining"), false),
  violationWhen: any(flag(T("reMiningUnapproved"), 1), flag(T("reMiningNotAsDesigned"), 2), flag(T("reMiningWhileDischarging"), 3))
})

/**
 * (十八) 用以贮存独立选矿厂进行矿石选别后排出尾矿的场所，未按尾矿库实施安全管理. Applies whatever the mine's units are
 * (the place is not managed as a tailings pond yet); not applicable where there is no such place.
 *
 * @since 0.2.0
 */
export const concentratorTailings = item({
  part: "tailings-pond",
  item: 18,
  slug: "concentrator-tailings",
  title: ["独立选矿厂尾矿贮存场所未按尾矿库管理", "Concentrator tailings storage not managed as a pond"],
  message: ["用以贮存独立选矿厂进行矿石选别后排出尾矿的场所，未按尾矿库实施安全管理", "A place storing a stand-alone concentrator's tailings is not managed as a tailings pond"],
  remediation: ["按尾矿库实施安全管理。", "Manage it as a tailings pond."],
  byUnit: false,
  notes: [concentratorNote],
  notApplicableWhen: eq(T("standaloneConcentratorStorage"), false),
  violationWhen: flag(T("notManagedAsTailingsPond"))
})

/** (十九) 未按国家规定配备专职安全生产管理人员、专业技术人员和特种作业人员. @since 0.2.0 */
export const staffing = item({
  part: "tailings-pond",
  item: 19,
  slug: "tailings-staffing",
  title: ["未配备专职安全管理、专业技术和特种作业人员", "No safety staff, technicians or special operators"],
  message: ["未按国家规定配备专职安全生产管理人员、专业技术人员和特种作业人员", "Full-time safety managers, technicians and special operators not provided as required"],
  remediation: ["按国家规定配齐专职安全生产管理人员、专业技术人员和特种作业人员。", "Provide the required safety managers, technicians and special operators."],
  violationWhen: any(flag(T("staff.safetyStaffMissing")), flag(T("staff.techniciansMissing")), flag(T("staff.specialOperatorsMissing")))
})

/** 三、尾矿库, in the order of its items. @since 0.2.0 */
export const tailingsPondRules = [
  dangerousActivities, damDeformation, outerSlope, overHeightOrCapacity, raiseRate, safetyReview, phreaticLine,
  floodFreeboard, decantSystem, foreignMaterial, mixedDischarge, underIceDischarge, monitoring, dryStacking,
  slideStability, emergencyRoad, reMining, concentratorTailings, staffing
] as const satisfies ReadonlyArray<Rule.Rule<any>>
