/**
 * 第十一条 “有冲击地压危险，未采取有效措施”重大事故隐患，是指有下列情形之一的： — 9 情形.
 *
 * Not applicable to 露天煤矿; (二) to mines without burst-prone seams; (三)–(九) to mines that do not mine
 * 冲击地压煤层 (`facts.minesRockBurstSeams` false). Boundaries of (七)7: “小于” 150 / 350 / 500 m; of (七)9:
 * uninvolved people must be “超过300m” away, so 300 m or nearer is the 情形.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { common2026, flagRule, openPit, text } from "./shared.ts"

const { all, any, eq, lt, lte, oneOf, some, because } = Condition

const noBurstSeams = any(openPit, eq("facts.minesRockBurstSeams", false))

/** 第十一条(一): “未按照《煤矿安全规程》规定开展冲击地压灾害等级鉴定，或者冲击地压灾害等级鉴定弄虚作假。” @since 0.2.0 */
export const burstGradeAppraisal = flagRule({
  article: 11, item: 1, slug: "burst-grade-appraisal",
  title: ["未开展冲击地压灾害等级鉴定或鉴定弄虚作假", "No rock-burst grade appraisal, or a faked one"],
  message: ["未按照《煤矿安全规程》规定开展冲击地压灾害等级鉴定，或者冲击地压灾害等级鉴定弄虚作假", "No rock-burst hazard-grade appraisal as the regulations require, or the appraisal was faked"],
  remediation: ["按规定开展冲击地压灾害等级鉴定，如实鉴定。", "Appraise the rock-burst grade as required, truthfully."],
  path: "facts.rockBurst.gradeAppraisalFailed", breach: true
})

/** 第十一条(二): “开采有冲击倾向性煤层未进行冲击危险性评价。” @since 0.2.0 */
export const burstProneSeamUnevaluated = Rule.fromCondition({
  id: "coal-mine/burst-prone-seam-unevaluated",
  title: text("冲击倾向性煤层未进行冲击危险性评价", "Burst-prone seam mined without hazard evaluation"),
  message: text("开采有冲击倾向性煤层未进行冲击危险性评价", "A burst-prone seam is mined without a rock-burst hazard evaluation"),
  remediation: text("开采前进行冲击危险性评价。", "Evaluate the rock-burst hazard before mining."),
  ...common2026(11, 2),
  notApplicableWhen: any(openPit, eq("facts.rockBurst.burstProneSeams", false)),
  violationWhen: eq("facts.rockBurst.seamHazardEvaluated", false)
})

const burstFlag = (item: number, slug: string, title: readonly [string, string], message: readonly [string, string], remediation: readonly [string, string], path: string, breach: boolean) =>
  flagRule({ article: 11, item, slug, title, message, remediation, path, breach, notApplicableWhen: noBurstSeams })

/** 第十一条(三): “开采冲击地压煤层未进行采(盘)区、采掘工作面冲击危险性评价。” @since 0.2.0 */
export const burstDistrictFaceUnevaluated = burstFlag(
  3, "burst-district-face-unevaluated",
  ["冲击地压煤层未进行采区、工作面冲击危险性评价", "No district or face rock-burst evaluation"],
  ["开采冲击地压煤层未进行采(盘)区、采掘工作面冲击危险性评价", "A rock-burst seam is mined without district and face hazard evaluations"],
  ["进行采(盘)区、采掘工作面冲击危险性评价。", "Evaluate every district and face."],
  "facts.rockBurst.districtAndFaceEvaluated", false
)

/** 第十一条(四): “煤层、采(盘)区、采掘工作面冲击危险性评价弄虚作假。” @since 0.2.0 */
export const burstEvaluationFalsified = burstFlag(
  4, "burst-evaluation-falsified",
  ["冲击危险性评价弄虚作假", "Rock-burst evaluation faked"],
  ["煤层、采(盘)区、采掘工作面冲击危险性评价弄虚作假", "A seam, district or face rock-burst evaluation was faked"],
  ["如实开展冲击危险性评价。", "Evaluate truthfully."],
  "facts.rockBurst.evaluationFalsified", true
)

/**
 * 第十一条(五): “当区域、作业地点监测数据超过冲击地压危险预警临界指标或者采掘作业地点出现强烈震动、巨响、瞬间底(帮)鼓、煤岩弹射等动力现象，判定有冲击地压危险时，
 * 未停止预警地点作业，未按照防冲专项措施将人员撤出到规定区域，或者预警后经分析研判有冲击地压危险的采掘作业区域，未采取钻孔卸压或者爆破卸压等卸压解危措施，仍进行采掘作业。”
 *
 * @since 0.2.0
 */
export const burstWarningIgnored = burstFlag(
  5, "burst-warning-ignored",
  ["冲击地压预警后未停工撤人或未卸压解危", "Rock-burst warning without stop, withdrawal or de-stressing"],
  ["判定有冲击地压危险时，未停止预警地点作业、未撤出人员，或者未采取卸压解危措施仍进行采掘作业", "Rock-burst danger was judged and work was not stopped, people not withdrawn, or mining went on without de-stressing"],
  ["停止预警地点作业，撤出人员，采取卸压解危措施。", "Stop work at the warning point, withdraw people and de-stress."],
  "facts.rockBurst.warningNotActedOn", true
)

/** 第十一条(六): “冲击地压危险区域、冲击地压危险工作面实施解危措施后未进行效果检验或者检验结果超过预警临界指标仍进行采掘作业。” @since 0.2.0 */
export const burstDestressingUnverified = burstFlag(
  6, "burst-destressing-unverified",
  ["解危措施后未检验或超过预警指标仍采掘", "De-stressing unverified, or mining above the warning level"],
  ["实施解危措施后未进行效果检验或者检验结果超过预警临界指标仍进行采掘作业", "Mining went on after de-stressing without an effect check, or with results above the warning level"],
  ["解危后进行效果检验，检验合格后再采掘。", "Check the effect of de-stressing before mining on."],
  "facts.rockBurst.destressingNotVerified", true
)

/**
 * 第十一条(七): “开采冲击地压煤层存在下列情形之一的：1.…留设孤岛煤柱。2.采空区内留有煤柱(…除外)。3.强冲击地压煤层开采孤岛煤柱。4.中等以下冲击地压煤层开采孤岛煤柱时，未进行防冲安全性论证…
 * 5.新建开拓巷道、新建准备巷道布置在强冲击地压煤层中，或者新建永久硐室布置在冲击地压煤层中。6.在孤岛工作面内布置2个以上工作面同时进行采掘作业。
 * 7.2个掘进工作面(2个全岩掘进工作面除外)之间的距离小于150m时，采煤工作面与掘进工作面之间的距离小于350m时，2个采煤工作面之间的距离小于500m时，未停止其中1个工作面生产。
 * 8.采动影响区域内巷道扩修与回采平行作业或者安排2个以上扩修点同时作业。9.采掘工作面实施解危措施时，与实施解危措施无关的人员未撤离至与冲击地压解危地点最小直线距离超过300m。
 * 10.采掘工作面推进速度超过根据防冲设计确定的安全推进速度。”
 *
 * 7 and 9 are judged from distances; the others are recorded by the inspection as codes.
 *
 * @since 0.2.0
 */
export const burstLayoutBreaches = Rule.fromCondition({
  id: "coal-mine/burst-layout-breaches",
  title: text("冲击地压煤层开采布置、顺序、间距不符合规定", "Layout, sequence or spacing breaches in burst seams"),
  message: text("开采冲击地压煤层存在孤岛煤柱、巷道硐室布置、工作面间距、扩修、解危撤人距离或者推进速度等违规情形", "A rock-burst seam is mined with island pillars, misplaced roadways, faces too close, parallel repair, people too near de-stressing, or too fast an advance"),
  remediation: text("按防冲设计调整开采顺序、布置和间距，解危时无关人员撤至300m以外。", "Re-plan sequence, layout and spacing by the burst-prevention design; keep uninvolved people beyond 300 m while de-stressing."),
  ...common2026(11, 7),
  notApplicableWhen: noBurstSeams,
  violationWhen: any(
    oneOf("facts.rockBurst.layoutBreaches", ["sequence-island-pillar", "pillars-in-goaf", "island-pillar-strong-seam", "island-pillar-without-assessment", "roadways-or-chambers-in-burst-seam", "two-faces-in-island-panel", "repair-parallel-or-two-points", "advance-rate-above-safe"]),
    some(
      "facts.rockBurstFacePairs",
      all(
        eq("oneStopped", false),
        any(
          all(eq("pair", "two-headings"), eq("bothAllRock", false), lt("distanceM", 150)),
          all(eq("pair", "longwall-and-heading"), lt("distanceM", 350)),
          all(eq("pair", "two-longwalls"), lt("distanceM", 500))
        )
      ),
      "name"
    ),
    some("facts.destressingOperations", because(lte("nearestUninvolvedPersonM", 300), "无关人员未撤离至距解危地点300m以外", "uninvolved people not beyond 300 m of the de-stressing point"), "name")
  )
})

/** 第十一条(八): “冲击地压危险区域的采煤工作面超前支护长度、强度(支护形式)不符合《煤矿安全规程》规定。” @since 0.2.0 */
export const burstAdvanceSupport = burstFlag(
  8, "burst-advance-support",
  ["冲击地压危险区域采煤工作面超前支护不符合规定", "Advance support short in a burst-hazard longwall"],
  ["冲击地压危险区域的采煤工作面超前支护长度、强度(支护形式)不符合《煤矿安全规程》规定", "A burst-hazard longwall's advance support is shorter or weaker than the regulations require"],
  ["按规程加长、加强超前支护。", "Extend and strengthen the advance support to the regulations."],
  "facts.rockBurst.advanceSupportNonCompliant", true
)

/** 第十一条(九): “中等以上冲击地压危险区厚煤层托顶煤掘进巷道遇顶板破碎、自然淋水、过断层、过老空区、过高应力区时，未采用锚杆锚索和可缩支架(包括可缩性棚式支架、液压支架等)复合支护形式加强支护。” @since 0.2.0 */
export const burstTopCoalRoadways = burstFlag(
  9, "burst-top-coal-roadways",
  ["托顶煤掘进巷道未加强复合支护", "Top-coal roadways not reinforced"],
  ["中等以上冲击地压危险区厚煤层托顶煤掘进巷道遇不良地段时，未采用锚杆锚索和可缩支架复合支护形式加强支护", "A top-coal roadway in a moderate-or-worse burst zone met bad ground without bolts, cables and yielding supports combined"],
  ["采用锚杆锚索和可缩支架复合支护加强支护。", "Reinforce with bolts, cables and yielding supports combined."],
  "facts.rockBurst.topCoalRoadwaysNotReinforced", true
)

/** 第十一条, in the order of its 情形. @since 0.2.0 */
export const article11: ReadonlyArray<Rule.Rule<any>> = [
  burstGradeAppraisal,
  burstProneSeamUnevaluated,
  burstDistrictFaceUnevaluated,
  burstEvaluationFalsified,
  burstWarningIgnored,
  burstDestressingUnverified,
  burstLayoutBreaches,
  burstAdvanceSupport,
  burstTopCoalRoadways
]
