/**
 * 一、金属非金属地下矿山重大事故隐患 — 32 items (矿安〔2022〕88号, from 2022-09-01).
 *
 * Each applies to a mine with an underground unit (`facts.units` has `underground`). An item with numbered sub-cases
 * is one rule: any one sub-case is the 情形, and the violation's evidence and words name the sub-case.
 *
 * Boundaries as regulations.md reads them: “以上”, “及以上” and “范围内” include the value; “超过”, “大于”, “小于” and
 * “少于” exclude it. So: fewer than 2 exits; two exits less than 30 m apart; a wing longer than 1000 m; fewer than 3
 * pumps; the pump room's other exit less than 7 m above its floor; a collar less than 1 m above the historic flood
 * level (“未达到…1米以上”); reversal taking more than 10 min; a test more than 1 year (12 months) ago; more than 25
 * people on a carrier; 6 kV to 35 kV inclusive; annual output 120 % or more of the design capacity, monthly 20 % or
 * more of it.
 *
 * @since 0.2.0
 */
import { Condition } from "@anquan/core"
import type { Rule } from "@anquan/core"
import { classOneLoadNote } from "./notes.ts"
import { flag, item, sub } from "./shared.ts"

const { all, any, between, eq, fact, gt, gte, lt, ne, not, some, value, when } = Condition

/** The latest date of `path` on or before the as-of day is at most `months` months before it. */
const within = (path: string, { months }: { readonly months: number }): Condition.Condition => ({ within: path, months: value(months) })

const U = "facts.underground."
const u = (path: string) => U + path

/** (一) 安全出口存在下列情形之一. @since 0.2.0 */
export const safetyExits = item({
  part: "underground",
  item: 1,
  slug: "safety-exits",
  title: ["安全出口不符合要求", "Safety exits deficient"],
  message: [
    "安全出口存在下列情形之一：独立直达地面的安全出口少于2个或者与设计不符；只有两个安全出口且间距小于30m，或者矿体一翼走向长度超过1000m且此翼未设安全出口；安全出口全部为竖井且未设梯子间，或者主要安全出口的罐笼提升井只有1套提升系统且未设梯子间；主要生产中段(水平)、采区、盘区或者矿块安全出口少于2个或者未与通往地面的安全出口相通；安全出口堵塞或者梯子、踏步等设施不能正常使用",
    "Safety exits deficient: fewer than 2 independent exits to surface or not as designed; only two exits less than 30 m apart, or a wing longer than 1000 m without its own exit; all exits shafts without a ladderway, or a single-hoist main cage shaft without one; a level, stope area, panel or block with fewer than 2 exits or not connected to them; exits blocked or ladders unusable"
  ],
  remediation: ["按设计和《金属非金属矿山安全规程》设置并保持畅通的安全出口。", "Provide and keep clear the safety exits the design and the mine safety regulations require."],
  violationWhen: any(
    sub(1, any(lt(u("safetyExits.independentExits"), 2), eq(u("safetyExits.notAsDesigned"), true))),
    sub(2, any(
      all(eq(u("safetyExits.independentExits"), 2), lt(u("safetyExits.spacingM"), 30)),
      some(u("safetyExits.oreBodyWings"), all(gt("strikeLengthM", 1000), eq("exitOnWing", false)), { label: "name", entry: { "zh-CN": "矿体翼", en: "wing" } })
    )),
    flag(u("safetyExits.shaftsWithoutLadderway"), 3),
    flag(u("safetyExits.levelsWithoutTwoExits"), 4),
    flag(u("safetyExits.blockedOrUnusable"), 5)
  )
})

/** (二) 使用国家明令禁止使用的设备、材料或者工艺. @since 0.2.0 */
export const undergroundBannedEquipment = item({
  part: "underground",
  item: 2,
  slug: "underground-banned-equipment",
  title: ["使用国家明令禁止的设备、材料或者工艺", "Banned equipment, materials or processes"],
  message: ["使用国家明令禁止使用的设备、材料或者工艺", "Equipment, materials or processes the state has banned are in use"],
  remediation: ["停止使用并淘汰国家明令禁止的设备、材料和工艺。", "Stop using and retire the banned equipment, materials and processes."],
  violationWhen: flag(u("bannedEquipmentInUse"))
})

/** (三) 井巷相互贯通. @since 0.2.0 */
export const workingsConnected = item({
  part: "underground",
  item: 3,
  slug: "workings-connected",
  title: ["相邻矿山井巷贯通", "Workings connected with a neighbour"],
  message: ["不同矿权主体的相邻矿山井巷相互贯通，或者同一矿权主体相邻独立生产系统的井巷擅自贯通", "Workings of neighbouring mines of different licence holders connect, or one holder's separate systems were connected without authority"],
  remediation: ["封闭贯通的井巷，按规定设置隔离设施。", "Seal the connections and separate the workings as required."],
  violationWhen: flag(u("workingsConnected"))
})

/**
 * (四) 地下矿山现状图纸存在下列情形之一. Sub-case 1: the plans of GB 16423-2020 §4.1.10 not kept, or not updated at
 * least every 3 months (a producing mine) or every month (a mine under construction): the latest update on or before
 * the as-of day more than 3 (1) months before it.
 *
 * @since 0.2.0
 */
export const minePlans = item({
  part: "underground",
  item: 4,
  slug: "mine-plans",
  title: ["现状图纸不符合要求", "Mine plans deficient"],
  message: [
    "地下矿山现状图纸未保存或者未按规定周期更新(生产矿山每3个月、基建矿山每1个月)，或者地面建构筑物、井巷和采区、相邻矿山采区、采空区和废弃井巷及地表塌陷区与实际不符",
    "The mine plans are not kept or not updated as often as required (every 3 months producing, every month under construction), or show surface features, workings and stopes, neighbouring stopes, voids, abandoned workings or subsidence differently from reality"
  ],
  remediation: ["保存规定的图纸并按期更新，使图纸与实际相符。", "Keep the required plans, update them on time and make them match reality."],
  violationWhen: any(
    sub(1, any(
      eq(u("plans.requiredPlansMissing"), true),
      when(eq(u("stage"), "production"), not(within(u("plans.updatedOn"), { months: 3 }))),
      when(eq(u("stage"), "construction"), not(within(u("plans.updatedOn"), { months: 1 })))
    )),
    flag(u("plans.surfaceMismatch"), 2),
    flag(u("plans.workingsMismatch"), 3),
    flag(u("plans.neighbourMismatch"), 4),
    flag(u("plans.voidsMismatch"), 5)
  )
})

/** (五) 露天转地下开采存在下列情形之一. Not applicable unless the mine moves from open-pit to underground mining. @since 0.2.0 */
export const openPitToUnderground = item({
  part: "underground",
  item: 5,
  slug: "open-pit-to-underground",
  title: ["露天转地下开采措施不落实", "Open-pit-to-underground transition unsafe"],
  message: ["露天转地下开采，未按设计采取防排水措施，或者联合开采回采顺序与设计不符，或者未按设计留设境界矿柱或者岩石垫层", "Moving from open-pit to underground: no designed water control, joint-mining sequence not as designed, or no designed crown pillar or rock cushion"],
  remediation: ["按设计落实防排水措施、回采顺序和境界矿柱或者岩石垫层。", "Apply the designed water control, mining sequence and crown pillar or rock cushion."],
  notApplicableWhen: eq(u("transitionFromOpenPit"), false),
  violationWhen: any(flag(u("transition.noDesignedDrainage"), 1), flag(u("transition.jointMiningNotAsDesigned"), 2), flag(u("transition.noCrownPillarOrCushion"), 3))
})

/** (六) 地表水或者大气降水危及井下安全时，未按设计采取防治水措施. @since 0.2.0 */
export const surfaceWaterControl = item({
  part: "underground",
  item: 6,
  slug: "surface-water-control",
  title: ["地表水危及井下安全未采取防治水措施", "Surface water threat without water control"],
  message: ["矿区及其附近的地表水或者大气降水危及井下安全时，未按设计采取防治水措施", "Surface water or rain threatens the workings and the designed water control is not in place"],
  remediation: ["按设计采取防治水措施。", "Put the designed water-control measures in place."],
  notApplicableWhen: eq(u("surfaceWater.threatens"), false),
  violationWhen: flag(u("surfaceWater.measuresNotAsDesigned"))
})

/** (七) 井下主要排水系统存在下列情形之一. @since 0.2.0 */
export const mainPumping = item({
  part: "underground",
  item: 7,
  slug: "main-pumping",
  title: ["井下主要排水系统不符合要求", "Main pumping deficient"],
  message: [
    "井下主要排水系统排水泵少于3台或者排水能力低于设计要求，或者未按设计设置工作和备用水管或者未互相连通，或者最低中段主水泵房出口未装设防水门或者另一出口未高于水泵房地面7m以上，或者利用采空区或者废弃巷道作为水仓",
    "Main pumping: fewer than 3 pumps or capacity below design; delivery lines not as designed or not interconnected; the lowest main pump room without a watertight door, or its other exit not 7 m or more above its floor; voids or abandoned roadways used as sumps"
  ],
  remediation: ["按设计配齐水泵和水管，设置防水门和高出7m以上的出口，设置专用水仓。", "Install the designed pumps and lines, the watertight door and an exit 7 m or more above the floor, and proper sumps."],
  violationWhen: any(
    sub(1, any(lt(u("pumping.pumps"), 3), eq(u("pumping.capacityBelowDesign"), true))),
    flag(u("pumping.deliveryLinesDeficient"), 2),
    sub(3, any(eq(u("pumping.noWatertightDoor"), true), lt(u("pumping.otherExitHeightM"), 7))),
    flag(u("pumping.voidsAsSumps"), 4)
  )
})

/** (八) 井口标高未达到当地历史最高洪水位1米以上，且未按设计采取相应防护措施 — both must hold. @since 0.2.0 */
export const collarBelowFloodLevel = item({
  part: "underground",
  item: 8,
  slug: "collar-below-flood-level",
  title: ["井口标高不足且无防护措施", "Shaft collar too low without protection"],
  message: ["井口标高未达到当地历史最高洪水位1米以上，且未按设计采取相应防护措施", "A shaft collar is less than 1 m above the historic maximum flood level and the designed protection is not in place"],
  remediation: ["按设计采取防洪防护措施。", "Put the designed flood protection in place."],
  violationWhen: all(lt(u("flood.collarMarginM"), 1), eq(u("flood.protectionNotAsDesigned"), true))
})

/** (九) 水文地质类型为中等或者复杂的矿井存在下列情形之一. Not applicable where the hydrogeology is simple. @since 0.2.0 */
export const waterControlTeam = item({
  part: "underground",
  item: 9,
  slug: "water-control-team",
  title: ["防治水人员、机构或者探放水不落实", "Water-control staff, unit or probing missing"],
  message: ["水文地质类型为中等或者复杂的矿井，未配备防治水专业技术人员，或者未设置防治水机构、未建立探放水队伍，或者未配齐专用探放水设备、未按设计进行探放水作业", "A mine of medium or complex hydrogeology has no water-control specialists, no water-control unit or probing team, or no dedicated probing equipment or probing as designed"],
  remediation: ["配备防治水专业技术人员，设置防治水机构和探放水队伍，配齐设备并按设计探放水。", "Appoint water-control specialists, set up the unit and probing team, equip them and probe as designed."],
  notApplicableWhen: eq(u("hydrogeology"), "simple"),
  violationWhen: any(flag(u("water.noSpecialists"), 1), flag(u("water.noTeam"), 2), flag(u("water.probingNotAsDesigned"), 3))
})

/** (十) 水文地质类型复杂的矿山存在下列情形之一. Applies only where the hydrogeology is complex. @since 0.2.0 */
export const complexWaterWorks = item({
  part: "underground",
  item: 10,
  slug: "complex-water-works",
  title: ["复杂水文地质矿山防水门、水仓不符合设计", "Watertight doors or sumps not as designed (complex hydrogeology)"],
  message: ["水文地质类型复杂的矿山，关键巷道防水门设置与设计不符，或者水仓与水泵房之间的隔墙、配水阀未按设计设置", "A mine of complex hydrogeology has key watertight doors, or the sump partition or distribution valves, not as designed"],
  remediation: ["按设计设置关键巷道防水门、水仓隔墙和配水阀。", "Build the key watertight doors, sump partition and valves as designed."],
  notApplicableWhen: ne(u("hydrogeology"), "complex"),
  violationWhen: any(flag(u("water.doorsNotAsDesigned"), 1), flag(u("water.sumpsNotAsDesigned"), 2))
})

/** (十一) 在突水威胁区域或者可疑区域进行采掘作业，存在下列情形之一. @since 0.2.0 */
export const inrushAreaMining = item({
  part: "underground",
  item: 11,
  slug: "inrush-area-mining",
  title: ["突水威胁区域采掘未落实防治水措施", "Mining in an inrush area without water control"],
  message: ["在突水威胁区域或者可疑区域进行采掘作业，未编制防治水技术方案或者专门安全技术措施，或者未超前探放水、超前钻孔数量、深度或者方位不符合设计", "Mining where inrush threatens without a water-control plan or specific measures, or without advance probing as designed"],
  remediation: ["编制防治水技术方案和专门措施，按设计超前探放水。", "Make the water-control plan and measures and probe ahead as designed."],
  notApplicableWhen: eq(u("inrush.miningInThreatArea"), false),
  violationWhen: any(flag(u("inrush.noPlan"), 1), flag(u("inrush.probingDeficient"), 2))
})

/** (十二) 受地表水倒灌威胁的矿井在强降雨天气或者其来水上游发生洪水期间，未实施停产撤人. @since 0.2.0 */
export const stormWithdrawal = item({
  part: "underground",
  item: 12,
  slug: "storm-withdrawal",
  title: ["强降雨或者上游洪水期间未停产撤人", "No withdrawal during heavy rain or upstream flood"],
  message: ["受地表水倒灌威胁的矿井在强降雨天气或者其来水上游发生洪水期间，未实施停产撤人", "A mine threatened by surface water flowing in did not stop and withdraw people during heavy rain or an upstream flood"],
  remediation: ["强降雨或者上游洪水期间立即停产撤人。", "Stop production and withdraw people during heavy rain or an upstream flood."],
  notApplicableWhen: eq(u("surfaceInflow.threatened"), false),
  violationWhen: flag(u("surfaceInflow.noWithdrawal"))
})

/** (十三) 有自然发火危险的矿山，存在下列情形之一. @since 0.2.0 */
export const spontaneousCombustion = item({
  part: "underground",
  item: 13,
  slug: "spontaneous-combustion",
  title: ["自然发火防治不落实", "Spontaneous combustion not controlled"],
  message: ["有自然发火危险的矿山，未安装井下环境监测系统实现自动监测与报警，或者未按设计或者标准采取防灭火措施，或者发现自然发火预兆未采取有效处理措施", "A mine at risk of spontaneous combustion has no automatic environmental monitoring and alarm, no fire prevention as designed or per the standards, or did not act on signs of self-heating"],
  remediation: ["安装井下环境监测系统，落实防灭火措施，及时处理自然发火预兆。", "Install environmental monitoring, apply fire prevention and act on signs of self-heating."],
  notApplicableWhen: eq(u("spontaneousCombustion.risk"), false),
  violationWhen: any(flag(u("spontaneousCombustion.noMonitoring"), 1), flag(u("spontaneousCombustion.noPrevention"), 2), flag(u("spontaneousCombustion.signsIgnored"), 3))
})

/** (十四) 相邻矿山开采岩体移动范围交叉重叠时，未按设计留设保安矿(岩)柱或者采取其他措施. @since 0.2.0 */
export const neighbourPillars = item({
  part: "underground",
  item: 14,
  slug: "neighbour-pillars",
  title: ["相邻矿山岩体移动范围重叠未留保安矿柱", "Overlapping movement zones without pillars"],
  message: ["相邻矿山开采岩体移动范围存在交叉重叠等相互影响时，未按设计留设保安矿(岩)柱或者采取其他措施", "The rock-movement zones of neighbouring mines overlap and no safety pillars or other measures are in place as designed"],
  remediation: ["按设计留设保安矿(岩)柱或者采取其他措施。", "Leave the designed safety pillars or take other measures."],
  notApplicableWhen: eq(u("neighbourOverlap"), false),
  violationWhen: flag(u("neighbourPillarsMissing"))
})

/** (十五) 地表设施设置存在下列情形之一，未按设计采取有效安全措施. @since 0.2.0 */
export const surfaceFacilities = item({
  part: "underground",
  item: 15,
  slug: "surface-facilities",
  title: ["地表设施受岩移或者地质灾害威胁", "Surface facilities exposed"],
  message: ["岩体移动范围内存在居民村庄或者重要设备设施，或者主要开拓工程出入口易受地表滑坡、滚石、泥石流等影响，未按设计采取有效安全措施", "Villages or important facilities inside the rock-movement zone, or main entries exposed to landslides, rockfall or debris flows, without the designed measures"],
  remediation: ["按设计采取有效安全措施。", "Apply the designed safety measures."],
  violationWhen: any(flag(u("surface.facilitiesInMovementZone"), 1), flag(u("surface.entriesExposed"), 2))
})

/** (十六) 保安矿(岩)柱或者采场矿柱存在下列情形之一. @since 0.2.0 */
export const pillars = item({
  part: "underground",
  item: 16,
  slug: "pillars",
  title: ["矿柱未按设计留设或者被擅自开采", "Pillars not left or mined without authority"],
  message: ["未按设计留设保安矿(岩)柱或者采场矿柱，或者未按设计回采矿柱，或者擅自开采、损毁矿柱", "Safety or stope pillars not left or recovered as designed, or mined or damaged without authority"],
  remediation: ["按设计留设和回采矿柱，禁止擅自开采、损毁。", "Leave and recover pillars as designed; stop unauthorised mining of them."],
  violationWhen: any(flag(u("pillars.notLeft"), 1), flag(u("pillars.notRecoveredAsDesigned"), 2), flag(u("pillars.minedWithoutAuthority"), 3))
})

/** (十七) 未按设计要求的处理方式或者时间对采空区进行处理. @since 0.2.0 */
export const voidsUntreated = item({
  part: "underground",
  item: 17,
  slug: "voids-untreated",
  title: ["采空区未按设计处理", "Voids not treated as designed"],
  message: ["未按设计要求的处理方式或者时间对采空区进行处理", "Voids not treated by the designed method or time"],
  remediation: ["按设计要求的方式和时间处理采空区。", "Treat the voids by the designed method and time."],
  violationWhen: flag(u("voidsUntreated"))
})

/** (十八) 工程地质类型复杂、有严重地压活动的矿山，存在下列情形之一. @since 0.2.0 */
export const groundPressure = item({
  part: "underground",
  item: 18,
  slug: "ground-pressure",
  title: ["严重地压活动防治不落实", "Severe ground pressure not controlled"],
  message: ["工程地质类型复杂、有严重地压活动的矿山，未设置专门机构、配备专门人员，或者未制定专门技术措施，或者发现大面积地压活动预兆未立即停止作业、撤出人员", "A mine with complex geology and severe ground pressure has no dedicated unit or staff, no specific technical measures, or did not stop work and withdraw people at signs of large-area pressure"],
  remediation: ["设置地压防治机构和人员，制定专门技术措施，发现预兆立即停止作业、撤出人员。", "Set up a ground-pressure unit and staff, make specific measures, and stop and withdraw at the first signs."],
  notApplicableWhen: eq(u("groundPressure.severe"), false),
  violationWhen: any(flag(u("groundPressure.noTeam"), 1), flag(u("groundPressure.noMeasures"), 2), flag(u("groundPressure.noWithdrawal"), 3))
})

/** (十九) 巷道或者采场顶板未按设计采取支护措施. @since 0.2.0 */
export const roofSupport = item({
  part: "underground",
  item: 19,
  slug: "roof-support",
  title: ["顶板未按设计支护", "Roof not supported as designed"],
  message: ["巷道或者采场顶板未按设计采取支护措施", "Roadway or stope roof not supported as designed"],
  remediation: ["按设计采取支护措施。", "Support the roof as designed."],
  violationWhen: flag(u("roofSupportNotAsDesigned"))
})

/**
 * (二十) 矿井未采用机械通风，或者采用机械通风的矿井存在下列情形之一. Sub-case 5: without online monitoring, no
 * ventilation system test in the 12 months before the as-of day; sub-case 6: reversal takes more than 10 min, or the
 * last reversal test was more than 1 year (12 months) before the as-of day.
 *
 * @since 0.2.0
 */
export const ventilation = item({
  part: "underground",
  item: 20,
  slug: "ventilation",
  title: ["通风系统不符合要求", "Ventilation deficient"],
  message: [
    "矿井未采用机械通风，或者主通风机未连续运转、故障停机未报告或者未采取措施、未配备备用电动机或者快速调换设备、作业面风速风量风质不符合标准、未设在线监测系统且未每年检测一次、不能在10min内实现反风或者反风试验周期超过1年",
    "No mechanical ventilation, or: main fan not running continuously; stops not reported or handled; no standby motor or means to change it; face air below standard; no online monitoring and no yearly test; reversal not within 10 min or tested less than once a year"
  ],
  remediation: ["采用机械通风，连续运转主通风机，配备备用电动机，每年检测通风系统并每年进行反风试验。", "Ventilate mechanically, run the main fan continuously, keep a standby motor, test the system and reversal every year."],
  violationWhen: any(
    Condition.because(eq(u("ventilation.mechanical"), false), "矿井未采用机械通风", "the mine is not mechanically ventilated"),
    flag(u("ventilation.mainFanNotContinuous"), 1),
    flag(u("ventilation.stopNotHandled"), 2),
    flag(u("ventilation.noStandbyMotor"), 3),
    flag(u("ventilation.faceAirBelowStandard"), 4),
    sub(5, all(eq(u("ventilation.onlineMonitoring"), false), not(within(u("ventilation.systemTests"), { months: 12 })))),
    sub(6, any(gt(u("ventilation.reversalMinutes"), 10), not(within(u("ventilation.reversalTests"), { months: 12 }))))
  )
})

/** (二十一) 便携式气体检测报警仪和自救器. @since 0.2.0 */
export const detectorsAndSelfRescuers = item({
  part: "underground",
  item: 21,
  slug: "detectors-and-self-rescuers",
  title: ["便携式气体检测报警仪、自救器不符合要求", "Gas detectors or self-rescuers deficient"],
  message: ["未配齐或者随身携带具有矿用产品安全标志的便携式气体检测报警仪和自救器，或者从业人员不能正确使用自救器", "Portable gas detectors and self-rescuers with the mine safety mark not all provided or carried, or workers cannot use the self-rescuers"],
  remediation: ["配齐并随身携带便携式气体检测报警仪和自救器，培训从业人员正确使用自救器。", "Provide and carry the detectors and self-rescuers; train workers to use them."],
  violationWhen: any(flag(u("gasDetectorsOrSelfRescuersMissing")), flag(u("selfRescuerMisuse")))
})

/** (二十二) 担负提升人员的提升系统，存在下列情形之一. @since 0.2.0 */
export const manHoisting = item({
  part: "underground",
  item: 22,
  slug: "man-hoisting",
  title: ["提升人员的提升系统不符合要求", "Man-hoisting deficient"],
  message: ["担负提升人员的提升系统未定期检测检验或者保护装置失效、安全门或者摇台未与提升机联锁、过卷保护装置缺失或者失效、斜井防跑车装置缺失或者连接件不合格、斜井信号未与提升机闭锁", "Man-hoisting: not periodically tested or protections failed; gates not interlocked; overwind protection missing; incline runaway protection or couplings deficient; incline signals not interlocked"],
  remediation: ["定期检测检验提升系统，完善联锁、过卷和防跑车装置。", "Test the hoisting system periodically and complete the interlocks, overwind and runaway protection."],
  notApplicableWhen: eq(u("hoisting.manHoisting"), false),
  violationWhen: any(
    flag(u("hoisting.notTestedOrProtectionFailed"), 1),
    flag(u("hoisting.gatesNotInterlocked"), 2),
    flag(u("hoisting.overwindProtectionDeficient"), 3),
    flag(u("hoisting.inclineSafetyDevicesDeficient"), 4),
    flag(u("hoisting.inclineSignalsNotInterlocked"), 5)
  )
})

/** (二十三) 井下无轨运人车辆存在下列情形之一. Not applicable where no carrier is used (an empty list). @since 0.2.0 */
export const personnelCarriers = item({
  part: "underground",
  item: 23,
  slug: "personnel-carriers",
  title: ["井下无轨运人车辆不符合要求", "Underground personnel carriers deficient"],
  message: ["井下无轨运人车辆未取得金属非金属矿山矿用产品安全标志，或者载人数量超过25人或者超过核定人数，或者制动系统采用干式制动器或者未同时配备行车、驻车和应急制动系统，或者未按国家规定检测检验", "A carrier without the mine safety mark, carrying more than 25 people or more than rated, with dry brakes or without service, parking and emergency brakes, or not inspected as required"],
  remediation: ["使用取得安全标志的车辆，限载25人及核定人数以内，配齐湿式行车、驻车和应急制动并按规定检测检验。", "Use marked carriers, carry at most 25 and the rated number, fit all three brake systems (not dry) and inspect them as required."],
  notApplicableWhen: Condition.none(u("personnelCarriers")),
  violationWhen: some(
    u("personnelCarriers"),
    any(
      sub(1, eq("safetyMark", false)),
      sub(2, any(gt("passengers", 25), eq("overRatedLoad", true))),
      sub(3, any(eq("dryBrakes", true), eq("threeBrakesMissing", true))),
      sub(4, eq("notInspected", true))
    ),
    { label: "name", entry: { "zh-CN": "车辆", en: "carrier" } }
  )
})

/** (二十四) 一级负荷未采用双重电源供电，或者双重电源中的任一电源不能满足全部一级负荷需要. @since 0.2.0 */
export const classOnePower = item({
  part: "underground",
  item: 24,
  slug: "class-one-power",
  title: ["一级负荷未采用双重电源供电", "Class-1 loads without a dual supply"],
  message: ["一级负荷未采用双重电源供电，或者双重电源中的任一电源不能满足全部一级负荷需要", "Class-1 loads are not on a dual source, or either source cannot carry all of them"],
  remediation: ["一级负荷采用双重电源供电，每一电源均能满足全部一级负荷需要。", "Supply class-1 loads from a dual source, each able to carry them all."],
  notes: [classOneLoadNote],
  violationWhen: any(flag(u("power.classOneWithoutDualSource")), flag(u("power.sourceCannotCarryAll")))
})

/** (二十五) 向井下采场供电的6kV～35kV系统的中性点采用直接接地 (6 kV and 35 kV included). @since 0.2.0 */
export const solidlyEarthedNeutral = item({
  part: "underground",
  item: 25,
  slug: "solidly-earthed-neutral",
  title: ["采场供电系统中性点直接接地", "Stope supply with a solidly earthed neutral"],
  message: ["向井下采场供电的6kV～35kV系统的中性点采用直接接地", "A 6–35 kV system supplying the stopes has a solidly earthed neutral"],
  remediation: ["改变中性点接地方式，不采用直接接地。", "Change the neutral earthing so it is not solid."],
  violationWhen: some(u("stopeSupplySystems"), all(between("voltageKv", 6, 35), eq("neutralSolidlyEarthed", true)), "name")
})

/** (二十六) 工程地质或者水文地质类型复杂的矿山，井巷工程施工未进行施工组织设计，或者未按施工组织设计落实安全措施. @since 0.2.0 */
export const constructionDesign = item({
  part: "underground",
  item: 26,
  slug: "construction-organisation-design",
  title: ["复杂地质矿山井巷施工无施工组织设计", "No construction organisation design (complex geology)"],
  message: ["工程地质或者水文地质类型复杂的矿山，井巷工程施工未进行施工组织设计，或者未按施工组织设计落实安全措施", "In a mine of complex engineering geology or hydrogeology, shaft and roadway works have no construction organisation design or do not apply its safety measures"],
  remediation: ["进行施工组织设计并落实其安全措施。", "Make the construction organisation design and apply its measures."],
  notApplicableWhen: all(ne(u("engineeringGeology"), "complex"), ne(u("hydrogeology"), "complex")),
  violationWhen: any(flag(u("construction.noOrganisationDesign")), flag(u("construction.measuresNotApplied")))
})

/** (二十七) 新建、改扩建矿山建设项目存在下列情形之一. @since 0.2.0 */
export const projectApproval = item({
  part: "underground",
  item: 27,
  slug: "underground-project-approval",
  title: ["建设项目安全设施设计未批准或者验收前生产", "Project design unapproved or producing before acceptance"],
  message: ["新建、改扩建矿山建设项目安全设施设计未经批准或者重大变更未经再次批准擅自组织施工，或者在竣工验收前组织生产(经批准的联合试运转除外)", "The safety-facility design of a new or expanded mine is unapproved or changed without re-approval, or it produces before completion acceptance (an approved joint trial run excepted)"],
  remediation: ["安全设施设计经批准后施工，竣工验收合格后组织生产。", "Build only to an approved design and produce only after completion acceptance."],
  violationWhen: any(flag(u("project.designNotApproved"), 1), flag(u("project.producingBeforeAcceptance"), 2))
})

/** (二十八) 违反国家有关工程项目发包规定，有下列情形之一. @since 0.2.0 */
export const contracting = item({
  part: "underground",
  item: 28,
  slug: "underground-contracting",
  title: ["违反工程项目发包规定", "Contracting against the rules"],
  message: ["将工程项目发包给不具有法定资质和条件的单位，或者承包单位数量超过国家规定，或者承包单位项目部负责人、安全生产管理人员、专业技术人员、特种作业人员不符合规定或者不是其正式职工", "Works let to an unqualified unit or to more contractors than allowed, or the contractor's site managers, safety staff, technicians or special operators not as required or not its own employees"],
  remediation: ["按规定发包，核查承包单位资质、数量和项目部人员。", "Let works as required and check the contractors' qualifications, number and site staff."],
  violationWhen: any(flag(u("contracting.unqualifiedOrTooMany"), 1), flag(u("contracting.staffDeficient"), 2))
})

/** (二十九) 井下或者井口动火作业未按国家规定落实审批制度或者安全措施. @since 0.2.0 */
export const hotWork = item({
  part: "underground",
  item: 29,
  slug: "hot-work",
  title: ["井下或者井口动火作业未落实审批和安全措施", "Hot work without approval or measures"],
  message: ["井下或者井口动火作业未按国家规定落实审批制度或者安全措施", "Hot work underground or at a collar without the approval or safety measures required"],
  remediation: ["动火作业前履行审批并落实安全措施。", "Approve hot work and apply the safety measures before it starts."],
  violationWhen: flag(u("hotWorkUncontrolled"))
})

/**
 * (三十) 矿山年产量超过矿山设计年生产能力幅度在20%及以上，或者月产量大于矿山设计年生产能力的20%及以上: an annual
 * output of 120 % or more of the design capacity, or a month's output of 20 % or more of it.
 *
 * @since 0.2.0
 */
export const outputOverCapacity = item({
  part: "underground",
  item: 30,
  slug: "output-over-capacity",
  title: ["超能力生产(年120%、月20%)", "Output over capacity (120 % a year, 20 % a month)"],
  message: ["矿山年产量超过矿山设计年生产能力幅度在20%及以上，或者月产量大于矿山设计年生产能力的20%及以上", "Annual output 20 % or more over the design annual capacity, or a month's output 20 % or more of the design annual capacity"],
  remediation: ["按设计年生产能力组织生产，调整年度和月度计划。", "Produce within the design capacity; revise the annual and monthly plans."],
  violationWhen: any(
    some(u("annualOutputs"), gte("output", { multiply: [fact(u("designCapacity")), value(1.2)] }), "year"),
    some(u("monthlyOutputs"), gte("output", { multiply: [fact(u("designCapacity")), value(0.2)] }), "month")
  )
})

/** (三十一) 安全监测监控系统、人员定位系统、通信联络系统. @since 0.2.0 */
export const safetySystems = item({
  part: "underground",
  item: 31,
  slug: "underground-safety-systems",
  title: ["监测监控、人员定位、通信联络系统不符合要求", "Monitoring, locating or communication systems deficient"],
  message: ["矿井未建立安全监测监控系统、人员定位系统、通信联络系统，或者不符合国家有关规定，或者运行不正常未及时修复，或者关闭、破坏系统，或者篡改、隐瞒、销毁其相关数据、信息", "Monitoring, personnel locating or communication systems missing, non-compliant, unrepaired, disabled, or their data tampered with"],
  remediation: ["建立并正常运行三大系统，及时修复，如实保存数据。", "Build and run the three systems, repair them promptly and keep their data truthfully."],
  violationWhen: any(flag(u("systems.missingOrNonCompliant")), flag(u("systems.notRepaired")), flag(u("systems.disabledOrTampered")))
})

/** (三十二) 未配备矿长、总工程师、副矿长和专业技术人员. @since 0.2.0 */
export const managementStaff = item({
  part: "underground",
  item: 32,
  slug: "underground-management-staff",
  title: ["未配备专职矿长、总工程师、副矿长或者专业技术人员", "No qualified managers or technicians"],
  message: ["未配备具有矿山相关专业的专职矿长、总工程师以及分管安全、生产、机电的副矿长，或者未配备具有采矿、地质、测量、机电等专业的技术人员", "No full-time qualified mine manager, chief engineer and deputies for safety, production and mech-elec, or no mining, geology, survey and mech-elec technicians"],
  remediation: ["配齐具有相关专业的专职矿长、总工程师、副矿长和专业技术人员。", "Appoint the qualified full-time managers and technicians."],
  violationWhen: any(flag(u("staff.managersMissing")), flag(u("staff.techniciansMissing")))
})

/** 一、地下矿山, in the order of its items. @since 0.2.0 */
export const undergroundRules = [
  safetyExits, undergroundBannedEquipment, workingsConnected, minePlans, openPitToUnderground, surfaceWaterControl, mainPumping,
  collarBelowFloodLevel, waterControlTeam, complexWaterWorks, inrushAreaMining, stormWithdrawal, spontaneousCombustion,
  neighbourPillars, surfaceFacilities, pillars, voidsUntreated, groundPressure, roofSupport, ventilation,
  detectorsAndSelfRescuers, manHoisting, personnelCarriers, classOnePower, solidlyEarthedNeutral, constructionDesign,
  projectApproval, contracting, hotWork, outputOverCapacity, safetySystems, managementStaff
] as const satisfies ReadonlyArray<Rule.Rule<any>>
