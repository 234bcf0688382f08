/**
 * 第二十条 “其他重大事故隐患”，是指有下列情形之一的： — 19 情形. They are concrete 情形, not a catch-all: the
 * 2026 list is closed (clarification (a): 国家矿山安全监察局, chinamine-safety.gov.cn
 * …/xw/mkaqjcxw/202606/t20260604_606401.shtml, secondary) — a breach outside them is not by itself a 重大事故隐患.
 *
 * (一), (二) apply to 露天煤矿; (三), (五)–(十九) to 井工煤矿; (四) by gas class. Boundaries: “2家以上” includes 2;
 * “每2年” / “每年” — an appraisal within the last 24 / 12 months; “6个月内” — more than 6 whole months without
 * the appraisal is the 情形; “0.74MPa以上” and “2kW·h以上” include the value; “2个畅通的安全出口” — fewer than 2.
 *
 * @since 0.2.0
 */
import { Condition, Rule } from "@anquan/core"
import { common2026, flagRule, openPit, text } from "./shared.ts"

const { all, any, eq, ne, gt, gte, lt, not, oneOf, some, because, when } = Condition

const underground = eq("facts.mineType", "underground")

/** 第二十条(一): “露天煤矿将剥离工程发包给个人或者2家以上单位，或者承包方转包、分包剥离工程。” @since 0.2.0 */
export const strippingContracting = Rule.fromCondition({
  id: "coal-mine/stripping-contracting",
  title: text("剥离工程发包给个人或2家以上单位，或转包分包", "Stripping contracted to individuals or 2+ units, or re-subcontracted"),
  message: text("露天煤矿将剥离工程发包给个人或者2家以上单位，或者承包方转包、分包剥离工程", "An open-pit mine contracts stripping to an individual or to 2 or more units, or the contractor re-subcontracts it"),
  remediation: text("剥离工程只发包给1家单位，禁止转包、分包。", "Contract stripping to a single unit; no re-subcontracting."),
  ...common2026(20, 1),
  notApplicableWhen: underground,
  violationWhen: any(gte("facts.stripping.contractors", 2), eq("facts.stripping.contractedToIndividual", true), eq("facts.stripping.subcontracted", true))
})

/** 第二十条(二): “露天煤矿未对剥离工程承包方的安全生产工作统一协调、管理。” @since 0.2.0 */
export const strippingManagement = flagRule({
  article: 20, item: 2, slug: "stripping-management",
  title: ["未对剥离工程承包方统一协调管理", "Stripping contractors not managed as one"],
  message: ["露天煤矿未对剥离工程承包方的安全生产工作统一协调、管理", "The open-pit mine does not coordinate and manage its stripping contractors' safety as one"],
  remediation: ["对剥离工程承包方的安全生产工作统一协调、管理。", "Coordinate and manage the stripping contractors' safety as one."],
  path: "facts.stripping.unifiedManagement", breach: false, notApplicableWhen: any(underground, eq("facts.stripping.contractors", 0))
})

const u = (item: number, slug: string, title: readonly [string, string], message: readonly [string, string], remediation: readonly [string, string], path: string) =>
  flagRule({ article: 20, item, slug, title, message, remediation, path, breach: true })

/** 第二十条(三): “有人作业的采掘工作面(工作面进风巷除外)及特殊作业(停工〈停风〉地点恢复施工、巷道贯通、爆破作业、动火作业、启封密闭墙、封闭火区)地点瓦斯检查存在漏检、假检情况。” @since 0.2.0 */
export const gasChecksMissedOrFaked = u(
  3, "gas-checks-missed-or-faked",
  ["瓦斯检查漏检、假检", "Gas checks missed or faked"],
  ["有人作业的采掘工作面及特殊作业地点瓦斯检查存在漏检、假检情况", "Gas checks at manned faces or special operations were missed or faked"],
  ["落实瓦斯检查制度，杜绝漏检、假检。", "Enforce gas checks; no missed or faked checks."],
  "facts.gasChecks.missedOrFaked"
)

/**
 * 第二十条(四): “瓦斯等级鉴定存在下列情形之一的：1.低瓦斯矿井未每2年进行瓦斯等级鉴定。2.高瓦斯、煤(岩)与瓦斯(二氧化碳)突出矿井未每年测定和计算矿井、采区、工作面瓦斯涌出量。
 * 3.煤层突出危险性鉴定为非突出煤层的，井巷揭煤作业、煤巷施工超出鉴定范围、开拓新水平或者采深增加超过50m时，未测定瓦斯压力、瓦斯含量。
 * 4.未按照《煤矿安全规程》规定开展煤(岩)与瓦斯(二氧化碳)突出鉴定，或者瓦斯等级鉴定弄虚作假。”
 *
 * 1 and 2 from the dates (a date after the as-of day had not happened yet); 3 and 4 as inspected.
 *
 * @since 0.2.0
 */
export const gasGradeAppraisal = Rule.fromCondition({
  id: "coal-mine/gas-grade-appraisal",
  title: text("瓦斯等级鉴定不符合规定", "Gas-class appraisal failures"),
  message: text("低瓦斯矿井未每2年鉴定，高瓦斯、突出矿井未每年测定瓦斯涌出量，非突出煤层未按规定测定瓦斯压力、含量，或者未开展突出鉴定、鉴定弄虚作假", "A low-gas mine not appraised every 2 years, a gassy or outburst mine not measuring emission yearly, a non-outburst seam not re-measured, or no outburst appraisal or a faked one"),
  remediation: text("按规定周期开展瓦斯等级鉴定和瓦斯涌出量测定，如实鉴定。", "Appraise and measure on schedule, truthfully."),
  ...common2026(20, 4),
  notApplicableWhen: openPit,
  violationWhen: any(
    when(eq("facts.gasClass", "low-gas"), because(not({ within: "facts.gasGrade.appraisalDates", months: { value: 24 } }), "低瓦斯矿井未每2年进行瓦斯等级鉴定", "the low-gas mine was not appraised within 2 years"), { scope: true }),
    when(oneOf("facts.gasClass", ["outburst", "high-gas"]), because(not({ within: "facts.gasGrade.emissionMeasurementDates", months: { value: 12 } }), "未每年测定和计算瓦斯涌出量", "gas emission not measured within the year"), { scope: true }),
    eq("facts.gasGrade.remeasurementMissing", true),
    eq("facts.gasGrade.outburstAppraisalMissingOrFaked", true)
  )
})

/**
 * 第二十条(五): “非突出煤层出现下列情形之一，未在6个月内完成煤层突出危险性鉴定(直接认定为突出煤层的除外)，或者鉴定、直接认定前，未按照突出煤层管理的：
 * 1.有瓦斯动力现象。2.瓦斯压力达到0.74MPa以上。3.相邻矿井开采的同一煤层发生突出或者被鉴定、认定为突出煤层。”
 *
 * @since 0.2.0
 */
export const outburstAppraisalOverdue = Rule.fromCondition({
  id: "coal-mine/outburst-appraisal-overdue",
  title: text("非突出煤层出现突出征象未按期鉴定或未按突出煤层管理", "Outburst triggers without timely appraisal or outburst management"),
  message: text("非突出煤层出现瓦斯动力现象、瓦斯压力达到0.74MPa以上或者相邻矿井同一煤层突出，未在6个月内完成突出危险性鉴定，或者鉴定前未按照突出煤层管理", "A non-outburst seam showed a trigger and was not appraised within 6 months, or not managed as an outburst seam meanwhile"),
  remediation: text("6个月内完成煤层突出危险性鉴定，鉴定前按突出煤层管理。", "Appraise within 6 months and manage the seam as an outburst seam until then."),
  ...common2026(20, 5),
  notApplicableWhen: openPit,
  violationWhen: some(
    "facts.nonOutburstSeamTriggers",
    all(
      any(eq("kind", "dynamic-phenomena"), all(eq("kind", "gas-pressure"), gte("gasPressureMPa", 0.74)), eq("kind", "adjacent-mine-outburst")),
      eq("directlyDetermined", false),
      any(
        because(eq("managedAsOutburst", false), "鉴定、认定前未按照突出煤层管理", "not managed as an outburst seam before appraisal"),
        all(eq("appraisalCompleted", false), because(gt({ elapsed: "since", unit: "months" }, 6), "未在6个月内完成煤层突出危险性鉴定", "not appraised within 6 months"))
      )
    ),
    "seam"
  )
})

/** 第二十条(六): “隐瞒采掘工作面或者下井人数。” @since 0.2.0 */
export const concealedFacesOrHeadcount = u(6, "concealed-faces-or-headcount", ["隐瞒采掘工作面或下井人数", "Faces or headcount concealed"], ["隐瞒采掘工作面或者下井人数", "Faces or the number of people underground are concealed"], ["如实报告采掘工作面和下井人数。", "Report faces and headcount truthfully."], "facts.headcount.concealed")

/** 第二十条(七): “立井、倾斜井巷升降人员的提升装置未安装过卷和过放、超速、过负荷和欠电压、限速、提升容器位置指示、闸瓦间隙、松绳、减速功能、错向运行保护，或者保护失效后仍然运行。” @since 0.2.0 */
export const manWinderProtection = u(7, "man-winder-protection", ["升降人员提升装置保护缺失或失效运行", "Man-winder protections missing or failed"], ["立井、倾斜井巷升降人员的提升装置未安装规定的保护，或者保护失效后仍然运行", "A man-winder lacks the listed protections, or runs with one failed"], ["安装并保持各项保护有效，失效时停止运行。", "Fit every protection and stop when one fails."], "facts.hoisting.manWinderProtectionBreached")

/** 第二十条(八): “架空乘人装置未安装超速、打滑、全程急停、防脱绳、变坡点防掉绳、防反转、越位保护，或者保护失效后仍然运行。” @since 0.2.0 */
export const chairliftProtection = u(8, "chairlift-protection", ["架空乘人装置保护缺失或失效运行", "Chairlift protections missing or failed"], ["架空乘人装置未安装规定的保护，或者保护失效后仍然运行", "A chairlift lacks the listed protections, or runs with one failed"], ["安装并保持各项保护有效，失效时停止运行。", "Fit every protection and stop when one fails."], "facts.hoisting.chairliftProtectionBreached")

/** 第二十条(九): “带式输送机的输送带入井前未经过阻燃试验或者试验不合格入井。” @since 0.2.0 */
export const beltNotFlameTested = u(9, "belt-not-flame-tested", ["输送带未经阻燃试验入井", "Belts underground without a flame test"], ["带式输送机的输送带入井前未经过阻燃试验或者试验不合格入井", "Belts were taken underground without passing a flame-retardance test"], ["输送带入井前经阻燃试验合格。", "Test every belt for flame retardance before it goes underground."], "facts.belts.notFlameTested")

/** 第二十条(十): “带式输送机未安设烟雾监测装置或者失效。” @since 0.2.0 */
export const beltSmokeMonitoring = u(10, "belt-smoke-monitoring", ["带式输送机未安设烟雾监测装置或失效", "Belt smoke monitoring missing or failed"], ["带式输送机未安设烟雾监测装置或者失效", "A belt conveyor has no working smoke monitoring"], ["安设并保持烟雾监测装置有效。", "Install and maintain smoke monitoring."], "facts.belts.smokeMonitoringMissingOrFailed")

/**
 * 第二十条(十一): “带式输送机机头、机尾滚筒下风侧未安设烟雾传感器、一氧化碳传感器或者失效。”
 *
 * Clarification (e) (国家矿山安全监察局 replies, secondary): judged only at the head and tail groups, 10–20 m
 * downwind (…/202607/t20260723_677799.shtml), in every roadway, intake and return alike (…/202606/t20260613_607598.shtml).
 *
 * @since 0.2.0
 */
export const beltDrumSensors = u(11, "belt-drum-sensors", ["带式输送机滚筒下风侧未设烟雾、一氧化碳传感器或失效", "Belt drum smoke or CO sensors missing or failed"], ["带式输送机机头、机尾滚筒下风侧未安设烟雾传感器、一氧化碳传感器或者失效", "No working smoke or CO sensor downwind of a belt's head or tail drum"], ["在机头、机尾滚筒下风侧安设烟雾、一氧化碳传感器并保持有效。", "Install working smoke and CO sensors downwind of the head and tail drums."], "facts.belts.drumSensorsMissingOrFailed")

/** 第二十条(十二): “掘进工作面前方老巷、老空情况不明盲目掘进作业。” @since 0.2.0 */
export const blindDrivage = u(12, "blind-drivage", ["老巷老空情况不明盲目掘进", "Driving blind towards old workings"], ["掘进工作面前方老巷、老空情况不明盲目掘进作业", "A heading is driven without knowing the old roadways and workings ahead"], ["查明前方老巷、老空情况后再掘进。", "Find out what old workings lie ahead first."], "facts.drivage.blindTowardsOldWorkings")

/** 第二十条(十三): “掘进工作面后部巷道或者独头巷道挑顶、刷帮、替棚、处置着火点(高温点)时，维修(处置)点以里继续掘进或者有人员进入。” @since 0.2.0 */
export const workInbyRepair = u(13, "work-inby-repair", ["维修点以里继续掘进或有人进入", "Work inby a repair or hot-spot point"], ["后部巷道或者独头巷道维修、处置着火点时，维修(处置)点以里继续掘进或者有人员进入", "Driving went on, or people went inby, while a dead-end roadway was repaired or a hot spot treated"], ["维修、处置期间维修点以里停止作业、禁止人员进入。", "Stop work and keep people out inby while repairing."], "facts.drivage.workInbyRepairPoint")

/** 第二十条(十四): “突出煤层、冲击地压煤层采掘工作面未安设压风自救装置。” Not applicable where the mine has neither. @since 0.2.0 */
export const compressedAirSelfRescue = flagRule({
  article: 20, item: 14, slug: "compressed-air-self-rescue",
  title: ["突出、冲击地压煤层工作面未安设压风自救装置", "No compressed-air self-rescue at outburst or burst-seam faces"],
  message: ["突出煤层、冲击地压煤层采掘工作面未安设压风自救装置", "A face in an outburst or rock-burst seam has no compressed-air self-rescue"],
  remediation: ["在突出煤层、冲击地压煤层采掘工作面安设压风自救装置。", "Install compressed-air self-rescue at those faces."],
  path: "facts.selfRescue.missingAtOutburstOrBurstFaces", breach: true,
  notApplicableWhen: any(openPit, all(ne("facts.gasClass", "outburst"), eq("facts.minesRockBurstSeams", false)))
})

/** 第二十条(十五): “违反《煤矿安全规程》规定进行电焊、气焊和喷灯焊接等作业。” @since 0.2.0 */
export const hotWorkAgainstRules = u(15, "hot-work-against-rules", ["违规电焊、气焊、喷灯焊接", "Welding against the regulations"], ["违反《煤矿安全规程》规定进行电焊、气焊和喷灯焊接等作业", "Electric, gas or torch welding was done against the Coal Mine Safety Regulations"], ["按规程审批和实施焊接作业。", "Approve and carry out welding only as the regulations prescribe."], "facts.hotWork.againstRules")

/** 第二十条(十六): “在采掘工作面违反作业规程规定空顶作业。” @since 0.2.0 */
export const unsupportedRoof = u(16, "unsupported-roof", ["违规空顶作业", "Work under unsupported roof"], ["在采掘工作面违反作业规程规定空顶作业", "Work was done under unsupported roof against the working rules"], ["及时支护，禁止空顶作业。", "Support the roof in time; never work under an unsupported roof."], "facts.roof.unsupportedWork")

/** 第二十条(十七): “采煤工作面不能保持2个畅通的安全出口。” @since 0.2.0 */
export const longwallExits = Rule.fromCondition({
  id: "coal-mine/longwall-exits",
  title: text("采煤工作面不能保持2个畅通的安全出口", "Longwall without 2 clear exits"),
  message: text("采煤工作面不能保持2个畅通的安全出口", "A longwall does not keep 2 clear safety exits"),
  remediation: text("保持采煤工作面2个畅通的安全出口。", "Keep 2 clear exits at every longwall."),
  ...common2026(20, 17),
  notApplicableWhen: openPit,
  violationWhen: some("facts.longwalls", lt("clearSafetyExits", 2), "name")
})

/**
 * 第二十条(十八): “2kW·h以上电量锂电池在井下充电时，未在专用充电硐室充电，或者专用充电硐室未实现独立通风，未设置具备超限自动断电功能的甲烷、一氧化碳、氢气、烟雾和温度传感器。”
 *
 * Clarification (d) (国家矿山安全监察局 replies, secondary): excluded are the vehicle-mounted starting batteries of
 * 防爆柴油机无轨胶轮车 that cannot be charged externally (…/202607/t20260727_678230.shtml) and the backup batteries
 * of monitoring, communication and refuge equipment (…/202606/t20260606_606637.shtml) — `exclusion`.
 *
 * @since 0.2.0
 */
export const lithiumCharging = Rule.fromCondition({
  id: "coal-mine/lithium-charging",
  title: text("2kW·h以上锂电池井下充电不符合规定", "Lithium batteries of 2 kWh or more charged underground unsafely"),
  message: text(
    "2kW·h以上电量锂电池在井下充电时，未在专用充电硐室充电，或者专用充电硐室未实现独立通风，未设置具备超限自动断电功能的甲烷、一氧化碳、氢气、烟雾和温度传感器",
    "A lithium battery of 2 kWh or more is charged underground outside a dedicated chamber, or the chamber lacks independent ventilation or methane, CO, hydrogen, smoke and temperature sensors with automatic cut-off"
  ),
  remediation: text("在独立通风、设置超限自动断电传感器的专用充电硐室充电。", "Charge only in a dedicated, independently ventilated chamber with cut-off sensors."),
  ...common2026(20, 18),
  notApplicableWhen: openPit,
  violationWhen: some(
    "facts.lithiumCharging",
    all(
      gte("capacityKWh", 2),
      eq("exclusion", "none"),
      any(eq("inDedicatedChamber", false), eq("chamberIndependentlyVentilated", false), eq("chamberSensorsWithCutoff", false))
    ),
    "name"
  )
})

/** 第二十条(十九): “井下发生未造成人员伤亡的煤(岩)与瓦斯(二氧化碳)突出，因透(突、溃)水造成采掘工作面被淹，井巷、采掘工作面发生冲击地压动力现象造成巷道严重变形、设备损坏或者因火灾封闭工作面(矿井)。” @since 0.2.0 */
export const disasterWithoutCasualties = Rule.fromCondition({
  id: "coal-mine/disaster-without-casualties",
  title: text("发生未造成人员伤亡的突出、淹面、冲击地压或火灾封闭", "Outburst, flooding, rock burst or fire sealing without casualties"),
  message: text(
    "井下发生未造成人员伤亡的突出、透水淹没采掘工作面、冲击地压造成巷道严重变形或设备损坏，或者因火灾封闭工作面(矿井)",
    "A non-fatal outburst, a flooded face, a rock burst that badly deformed roadways or damaged equipment, or a face (mine) sealed for fire occurred underground"
  ),
  remediation: text("查明原因，采取措施消除隐患。", "Find the cause and remove the hazard."),
  ...common2026(20, 19),
  notApplicableWhen: openPit,
  violationWhen: some("facts.disasterEvents", eq("causedCasualties", false), "name")
})

/** 第二十条, in the order of its 情形. @since 0.2.0 */
export const article20: ReadonlyArray<Rule.Rule<any>> = [
  strippingContracting,
  strippingManagement,
  gasChecksMissedOrFaked,
  gasGradeAppraisal,
  outburstAppraisalOverdue,
  concealedFacesOrHeadcount,
  manWinderProtection,
  chairliftProtection,
  beltNotFlameTested,
  beltSmokeMonitoring,
  beltDrumSensors,
  blindDrivage,
  workInbyRepair,
  compressedAirSelfRescue,
  hotWorkAgainstRules,
  unsupportedRoof,
  longwallExits,
  lithiumCharging,
  disasterWithoutCasualties
]
