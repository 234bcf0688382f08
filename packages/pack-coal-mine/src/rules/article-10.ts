/**
 * 第十条 “有严重水患，未采取有效措施”重大事故隐患，是指有下列情形之一的： — 16 情形.
 *
 * About 矿井 water (探放水, 井巷, 排水系统): not applicable to 露天煤矿. Where a 情形 lists places or rules
 * (三), (四), (六), the inspection records which of them are breached (a list of their codes; empty =
 * none). Boundaries of (七): “不小于” — a pillar smaller than 20 m, than 10 × the roadway height or than
 * the fracture-zone height is the 情形.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { common2026, flagRule, openPit, text } from "./shared.ts"

const { all, any, eq, lt, oneOf, some, fact, value } = Condition

/**
 * 第十条(一): “未查明矿井生产建设采(盘)区内的主要充水水源、主要充水通道。”
 *
 * @since 0.2.0
 */
export const waterSourcesUnidentified = flagRule({
  article: 10, item: 1, slug: "water-sources-unidentified",
  title: ["未查明主要充水水源、充水通道", "Main water sources and paths not identified"],
  message: ["未查明矿井生产建设采(盘)区内的主要充水水源、主要充水通道", "The main water sources and paths of the mine's districts are not identified"],
  remediation: ["开展水文地质补充勘探，查明主要充水水源、充水通道。", "Survey the hydrogeology and identify the main water sources and paths."],
  path: "facts.water.mainSourcesIdentified", breach: false
})

/**
 * 第十条(二): “使用煤电钻、锚杆钻机、风锤等非专用钻机探放水(限压循环放水除外)。”
 *
 * @since 0.2.0
 */
export const nonDedicatedDrillProbing = flagRule({
  article: 10, item: 2, slug: "non-dedicated-drill-probing",
  title: ["使用非专用钻机探放水", "Water probing with non-dedicated drills"],
  message: ["使用煤电钻、锚杆钻机、风锤等非专用钻机探放水", "Water is probed with coal drills, bolters, pneumatic hammers or other non-dedicated drills"],
  remediation: ["使用专用探放水钻机。", "Use dedicated water-probing drills."],
  path: "facts.water.nonDedicatedDrillProbing", breach: true
})

const listed = (path: string, values: ReadonlyArray<string>) => oneOf(path, values)

/**
 * 第十条(三): “在下列需要探放水区域进行采掘作业未进行探放水的：1.接近(采掘工作面超过探水线或者进入防隔水煤〈岩〉柱位置，下同)水淹或者积水的井巷、老空区、相邻矿井时。
 * 2.接近富水性中等以上含水层、导水断层、溶洞或者导水陷落柱时。3.打开隔离煤柱放水时。4.接近与河流、湖泊、水库、蓄水池、水井等相通的导水通道时。
 * 5.接近出水的钻孔时。6.接近有积水的灌浆区时。7.接近物探低阻异常区时。”
 *
 * @since 0.2.0
 */
export const probingSkipped = Rule.fromCondition({
  id: "coal-mine/probing-skipped",
  title: text("需要探放水区域采掘未探放水", "Working without probing where probing is required"),
  message: text("在需要探放水区域进行采掘作业未进行探放水", "Mining in an area that must be probed for water without probing"),
  remediation: text("在需要探放水区域坚持有掘必探，先探后掘。", "Probe ahead before any work in such areas."),
  ...common2026(10, 3),
  notApplicableWhen: openPit,
  violationWhen: listed("facts.water.probingSkippedAreas", [
    "flooded-workings", "aquifer-fault-karst-column", "opening-isolation-pillar", "channel-to-surface-water", "water-bearing-borehole", "water-logged-grouted-area", "low-resistivity-anomaly"
  ])
})

/**
 * 第十条(四): “探放水钻孔数量、层位及止水套管长度不符合下列规定之一的：1.…专门探放水设计…扇形布置。2.…止水套管长度不得小于10m。
 * 3.探查陷落柱等垂向构造时，应当同时采用物探、钻探两种方法…底板方向钻孔不少于3个…4.缩小防隔水煤(岩)柱的，…钻孔间距不大于500m，且有2个以上钻孔控制含水层顶、底界面…”
 *
 * The inspection records which of rules 1–4 the probe holes break (their thresholds — casing ≥ 10 m, ≥ 3 floor
 * holes, spacing ≤ 500 m, ≥ 2 holes — are judged by the inspector against the design).
 *
 * @since 0.2.0
 */
export const probeHolesNonCompliant = Rule.fromCondition({
  id: "coal-mine/probe-holes-non-compliant",
  title: text("探放水钻孔数量、层位、止水套管长度不符合规定", "Probe holes short in number, horizon or casing length"),
  message: text("探放水钻孔数量、层位及止水套管长度不符合规定", "The number, horizon or casing length of the water-probing holes breaks the rules"),
  remediation: text("按探放水设计布置钻孔，止水套管长度符合规定。", "Lay out probe holes by the design and use casings of the required length."),
  ...common2026(10, 4),
  notApplicableWhen: openPit,
  violationWhen: listed("facts.water.probeHoleBreaches", ["design-and-layout", "casing-length", "collapse-column", "pillar-reduction"])
})

/**
 * 第十条(五): “钻探、物探数据或者结论造假。”
 *
 * @since 0.2.0
 */
export const waterSurveyDataFalsified = flagRule({
  article: 10, item: 5, slug: "water-survey-data-falsified",
  title: ["钻探、物探数据或结论造假", "Drilling or geophysics data falsified"],
  message: ["钻探、物探数据或者结论造假", "Drilling or geophysical data or conclusions are falsified"],
  remediation: ["如实记录钻探、物探数据和结论。", "Record drilling and geophysics data and conclusions truthfully."],
  path: "facts.water.dataFalsified", breach: true
})

/**
 * 第十条(六): “在下列位置(区域)未留设防隔水煤(岩)柱的：1.相邻矿井的分界处。2.煤层露头风化带。3.地表水体、含水冲积层下或者水淹区域邻近地带。
 * 4.与富水性强的含水层间存在水力联系的断层、裂隙带或者强导水断层接触的煤层。5.有大量积水的老空。6.导水、充水的陷落柱、岩溶洞穴或者地下暗河。
 * 7.分区隔离开采边界。8.受保护的观测孔。9.露天煤矿全部转为或者部分实施井工开采的露天开采区域。”
 *
 * @since 0.2.0
 */
export const barrierPillarMissing = Rule.fromCondition({
  id: "coal-mine/barrier-pillar-missing",
  title: text("未留设防隔水煤(岩)柱", "No water barrier pillar where required"),
  message: text("在规定位置(区域)未留设防隔水煤(岩)柱", "No water barrier pillar is left at a place that requires one"),
  remediation: text("在规定位置留设防隔水煤(岩)柱。", "Leave barrier pillars at every place that requires them."),
  ...common2026(10, 6),
  notApplicableWhen: openPit,
  violationWhen: listed("facts.water.missingBarrierPillars", [
    "mine-boundary", "outcrop-weathered-zone", "under-surface-water-or-aquifer", "fault-connected-to-strong-aquifer", "water-logged-old-workings",
    "water-conducting-column-karst-river", "district-isolation-boundary", "protected-observation-hole", "open-pit-turned-underground"
  ])
})

/**
 * 第十条(七): “防隔水煤(岩)柱尺寸不符合下列规定之一的：1.防隔水煤(岩)柱尺寸不小于20m。2.在富水性强以上含水层或者其他水淹区域下掘进时，防隔水煤(岩)柱的尺寸不小于巷道高度10倍。
 * 3.在富水性强以上含水层或者其他水淹区域下回采时，防隔水煤(岩)柱的尺寸不小于最大导水裂隙带高度。”
 *
 * @since 0.2.0
 */
export const barrierPillarTooSmall = Rule.fromCondition({
  id: "coal-mine/barrier-pillar-too-small",
  title: text("防隔水煤(岩)柱尺寸不符合规定", "Water barrier pillar too small"),
  message: text("防隔水煤(岩)柱尺寸不符合规定(不小于20m；强含水层下掘进不小于巷道高度10倍；回采不小于最大导水裂隙带高度)", "A barrier pillar is smaller than 20 m, than 10 × the roadway height when driving under a strong aquifer, or than the fracture-zone height when extracting"),
  remediation: text("按规定尺寸留设防隔水煤(岩)柱。", "Leave barrier pillars of the required size."),
  ...common2026(10, 7),
  notApplicableWhen: openPit,
  violationWhen: some(
    "facts.barrierPillars",
    any(
      lt("widthM", 20),
      all(eq("beneathStrongAquifer", "driving"), lt("widthM", { multiply: [fact("roadwayHeightM"), value(10)] })),
      all(eq("beneathStrongAquifer", "extracting"), lt("widthM", fact("maxFractureZoneHeightM")))
    ),
    "name"
  )
})

/**
 * 第十条(八): “随意变动防隔水煤(岩)柱(地质、水文地质条件发生变化，经煤矿企业主要负责人批准修改防隔水煤〈岩〉柱尺寸的除外)，或者在防隔水煤(岩)柱中进行采掘活动。”
 *
 * @since 0.2.0
 */
export const barrierPillarAltered = flagRule({
  article: 10, item: 8, slug: "barrier-pillar-altered",
  title: ["随意变动防隔水煤(岩)柱或在其中采掘", "Barrier pillar altered or mined in"],
  message: ["随意变动防隔水煤(岩)柱，或者在防隔水煤(岩)柱中进行采掘活动", "A barrier pillar was altered without approval, or mining took place in it"],
  remediation: ["停止在防隔水煤(岩)柱中采掘，修改尺寸须经批准。", "Stop mining in the pillar; change its size only with approval."],
  path: "facts.water.barrierPillarAlteredOrMined", breach: true
})

/**
 * 第十条(九): “以“探巷”等名义进入或者在采掘活动中破坏防隔水煤(岩)柱。”
 *
 * @since 0.2.0
 */
export const barrierPillarEntered = flagRule({
  article: 10, item: 9, slug: "barrier-pillar-entered",
  title: ["以探巷名义进入或破坏防隔水煤(岩)柱", "Barrier pillar entered “as exploration” or damaged"],
  message: ["以“探巷”等名义进入或者在采掘活动中破坏防隔水煤(岩)柱", "A barrier pillar was entered under the name of exploration, or damaged by mining"],
  remediation: ["停止进入防隔水煤(岩)柱的工程。", "Stop all work in the barrier pillar."],
  path: "facts.water.barrierPillarEnteredAsExploration", breach: true
})

/**
 * 第十条(十): “有透(突、溃)水征兆未撤出所有受水患威胁地点人员。”
 *
 * @since 0.2.0
 */
export const inrushSignsNoWithdrawal = Rule.fromCondition({
  id: "coal-mine/inrush-signs-no-withdrawal",
  title: text("有透水征兆未撤出受威胁人员", "Inrush signs without withdrawal"),
  message: text("有透(突、溃)水征兆未撤出所有受水患威胁地点人员", "There were signs of water inrush and not everyone at the threatened places was withdrawn"),
  remediation: text("发现透水征兆立即撤出所有受水患威胁地点人员。", "Withdraw everyone at threatened places as soon as inrush signs appear."),
  ...common2026(10, 10),
  notApplicableWhen: openPit,
  violationWhen: all(eq("facts.water.inrushSigns", true), eq("facts.water.threatenedPeopleWithdrawn", false))
})

/**
 * 第十条(十一): “建设矿井进入三期工程时或者生产矿井延深到设计水平时，未按照设计建成永久排水系统掘进采区巷道。”
 *
 * @since 0.2.0
 */
export const permanentPumpingMissing = flagRule({
  article: 10, item: 11, slug: "permanent-pumping-missing",
  title: ["未建成永久排水系统即掘进采区巷道", "District roadways before the permanent pumping system"],
  message: ["建设矿井进入三期工程时或者生产矿井延深到设计水平时，未按照设计建成永久排水系统掘进采区巷道", "District roadways are driven before the designed permanent pumping system exists (construction phase III, or a new level)"],
  remediation: ["按照设计建成永久排水系统后再掘进采区巷道。", "Build the permanent pumping system first."],
  path: "facts.water.districtRoadwaysWithoutPermanentPumping", breach: true
})

/**
 * 第十条(十二): “下山采区未形成完整的排水系统前，掘进回采巷道。”
 *
 * @since 0.2.0
 */
export const dipDistrictDrainage = flagRule({
  article: 10, item: 12, slug: "dip-district-drainage",
  title: ["下山采区未形成排水系统即掘进回采巷道", "Dip-district gate roads before drainage"],
  message: ["下山采区未形成完整的排水系统前，掘进回采巷道", "Gate roads of a dip district are driven before its drainage system is complete"],
  remediation: ["下山采区形成完整的排水系统后再掘进回采巷道。", "Complete the dip district's drainage first."],
  path: "facts.water.dipDistrictGateRoadsBeforeDrainage", breach: true
})

/**
 * 第十条(十三): “矿井主要排水系统水泵排水能力、管路排水能力和主要水仓容量不符合《煤矿安全规程》规定。”
 *
 * @since 0.2.0
 */
export const mainPumpingInadequate = flagRule({
  article: 10, item: 13, slug: "main-pumping-inadequate",
  title: ["主要排水系统能力不符合规程", "Main pumping below the regulations"],
  message: ["矿井主要排水系统水泵排水能力、管路排水能力和主要水仓容量不符合《煤矿安全规程》规定", "The main pumps, pipes or sumps fall short of the Coal Mine Safety Regulations"],
  remediation: ["提高水泵、管路排水能力和水仓容量，达到规程规定。", "Raise pump, pipe and sump capacity to the regulations."],
  path: "facts.water.mainPumpingCompliant", breach: false
})

/**
 * 第十条(十四): “开采地表水体、老空水淹区域或者强含水层下急倾斜煤层，未采用地表水体迁移(改道、排干)、疏干老空水、注浆改造(截流)等措施改变其水文地质性质、消除水患威胁。”
 *
 * @since 0.2.0
 */
export const steepSeamsUnderWater = flagRule({
  article: 10, item: 14, slug: "steep-seams-under-water",
  title: ["水体下急倾斜煤层开采未消除水患", "Steep seams under water mined without removing the threat"],
  message: ["开采地表水体、老空水淹区域或者强含水层下急倾斜煤层，未采取措施消除水患威胁", "Steep seams under surface water, flooded workings or a strong aquifer are mined without removing the water threat"],
  remediation: ["采用迁移、疏干、注浆改造等措施消除水患威胁后再开采。", "Remove the threat (diversion, dewatering, grouting) before mining."],
  path: "facts.water.steepSeamsUnderWaterUntreated", breach: true
})

/**
 * 第十条(十五): “受离层水威胁的采煤工作面，未采取措施破坏离层空间的封闭性、超前疏放离层水或者预先疏放离层的补给水源。”
 *
 * @since 0.2.0
 */
export const bedSeparationWater = flagRule({
  article: 10, item: 15, slug: "bed-separation-water",
  title: ["离层水威胁未采取措施", "Bed-separation water not treated"],
  message: ["受离层水威胁的采煤工作面，未采取措施破坏离层空间的封闭性、超前疏放离层水或者预先疏放离层的补给水源", "A longwall threatened by bed-separation water has no measures against it"],
  remediation: ["破坏离层空间封闭性、超前疏放离层水或预先疏放补给水源。", "Break the separation space, drain it ahead, or drain its recharge first."],
  path: "facts.water.bedSeparationWaterUntreated", breach: true
})

/**
 * 第十条(十六): “受火烧区水威胁的采掘工作面，未采取探放水或者隔离措施。”
 *
 * @since 0.2.0
 */
export const burntZoneWater = flagRule({
  article: 10, item: 16, slug: "burnt-zone-water",
  title: ["火烧区水威胁未探放或隔离", "Burnt-zone water not probed or isolated"],
  message: ["受火烧区水威胁的采掘工作面，未采取探放水或者隔离措施", "A face threatened by burnt-zone water has neither probing nor isolation"],
  remediation: ["对火烧区水采取探放水或者隔离措施。", "Probe and drain, or isolate, the burnt-zone water."],
  path: "facts.water.burntZoneWaterUntreated", breach: true
})

/** 第十条, in the order of its 情形. @since 0.2.0 */
export const article10 = [
  waterSourcesUnidentified,
  nonDedicatedDrillProbing,
  probingSkipped,
  probeHolesNonCompliant,
  waterSurveyDataFalsified,
  barrierPillarMissing,
  barrierPillarTooSmall,
  barrierPillarAltered,
  barrierPillarEntered,
  inrushSignsNoWithdrawal,
  permanentPumpingMissing,
  dipDistrictDrainage,
  mainPumpingInadequate,
  steepSeamsUnderWater,
  bedSeparationWater,
  burntZoneWater
] as const
