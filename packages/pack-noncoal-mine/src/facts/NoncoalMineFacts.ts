/**
 * 非煤矿山事实 — the facts the non-coal-mine rules read, under `enterprise.facts.noncoalMine`, declared once with their
 * type, zh-CN and English label, unit and allowed values (the rule language's fact declarations). The pack's Schema is
 * derived from them, so a fact is declared in one place.
 *
 * One record is one mine: `facts.units` says which of the three parts of the standard concern it (地下矿山, 露天矿山,
 * 尾矿库; a mine may have several), and the facts of each part sit under `facts.underground`, `facts.openPit` and
 * `facts.tailingsPond`.
 *
 * Every fact is optional: an absent fact is unknown, and a rule that needs it answers `indeterminate` naming it. A
 * boolean fact whose label states a 情形 (or one of an item's numbered sub-cases) is the inspection's finding: `true` =
 * the 情形 is present, `false` = checked and absent. An empty list is a known "none".
 *
 * @since 0.2.0
 */
import { FactDeclaration } from "@anquan/core"
import type { FactDeclarations } from "@anquan/core"
import type { Schema } from "effect"

const label = (zh: string, en: string) => ({ "zh-CN": zh, en })
const unit = label

const m = unit("m", "m")
const deg = unit("°", "°")
const slopeN = unit("1:n 中的 n", "n of 1:n")

/** A 情形 (or sub-case) as the inspection found it: `true` present, `false` checked and absent. */
const found = (zh: string, en: string) => ({ type: "boolean", label: label(zh, en) }) as const

/**
 * 矿山单元 — the parts of the standard a mine falls under: `underground` 地下矿山, `open-pit` 露天矿山, `tailings-pond`
 * 尾矿库.
 *
 * @since 0.2.0
 */
export const mineUnits = ["underground", "open-pit", "tailings-pond"] as const

/**
 * 水文地质类型 / 工程地质类型 — `simple` 简单, `medium` 中等, `complex` 复杂.
 *
 * @since 0.2.0
 */
export const geologyTypes = ["simple", "medium", "complex"] as const

const geologyLabels = { simple: label("简单", "simple"), medium: label("中等", "medium"), complex: label("复杂", "complex") }

/**
 * 非煤矿山事实声明 — every fact of `enterprise.facts.noncoalMine`, by path.
 *
 * @since 0.2.0
 */
export const noncoalMineFacts = {
  "facts.units": {
    type: "strings",
    values: [...mineUnits],
    valueLabels: { underground: label("地下矿山", "underground mine"), "open-pit": label("露天矿山", "open-pit mine"), "tailings-pond": label("尾矿库", "tailings pond") },
    label: label("矿山单元(地下矿山/露天矿山/尾矿库)", "mine units (underground / open-pit / tailings pond)")
  },
  "facts.quartersInHazardZone": found(
    "办公区、生活区等人员集聚场所设在危崖、塌陷区、崩落区，或洪水、泥石流、滑坡等灾害威胁范围内",
    "offices, living quarters or other places where people gather are on a cliff, in a subsidence or caving zone, or within reach of floods, debris flows or landslides"
  ),

  // ---- 一、地下矿山 ----
  "facts.underground.stage": {
    type: "string",
    values: ["production", "construction"],
    valueLabels: { production: label("生产矿山", "producing mine"), construction: label("基建矿山", "mine under construction") },
    label: label("生产矿山/基建矿山", "producing mine or mine under construction")
  },
  "facts.underground.hydrogeology": { type: "string", values: [...geologyTypes], valueLabels: geologyLabels, label: label("水文地质类型", "hydrogeological type") },
  "facts.underground.engineeringGeology": { type: "string", values: [...geologyTypes], valueLabels: geologyLabels, label: label("工程地质类型", "engineering-geological type") },
  // (一) 安全出口
  "facts.underground.safetyExits.independentExits": { type: "integer", label: label("独立直达地面的安全出口个数", "independent exits direct to surface"), unit: unit("个", "exits") },
  "facts.underground.safetyExits.notAsDesigned": found("安全出口不符合设计要求", "safety exits not as designed"),
  "facts.underground.safetyExits.spacingM": { type: "number", label: label("两个独立直达地面的安全出口的间距", "distance between the two independent exits"), unit: m },
  "facts.underground.safetyExits.oreBodyWings": {
    type: "list",
    label: label("矿体一翼", "ore-body wing"),
    items: {
      name: { type: "string", label: label("名称", "name") },
      strikeLengthM: { type: "number", label: label("走向长度", "strike length"), unit: m },
      exitOnWing: { type: "boolean", label: label("在此翼设置安全出口", "a safety exit on this wing") }
    }
  },
  "facts.underground.safetyExits.shaftsWithoutLadderway": found(
    "安全出口全部为竖井且竖井内均未设置梯子间，或者作为主要安全出口的罐笼提升井只有1套提升系统且未设梯子间",
    "every exit is a shaft and none has a ladderway, or the cage shaft serving as the main exit has one hoisting system and no ladderway"
  ),
  "facts.underground.safetyExits.levelsWithoutTwoExits": found(
    "主要生产中段(水平)、单个采区、盘区或者矿块的安全出口少于2个，或者未与通往地面的安全出口相通",
    "a main production level, stope area, panel or block has fewer than 2 exits, or they do not lead to the exits to surface"
  ),
  "facts.underground.safetyExits.blockedOrUnusable": found("安全出口出现堵塞或者其梯子、踏步等设施不能正常使用，导致安全出口不畅通", "an exit is blocked, or its ladders or steps cannot be used"),
  // (二) (三)
  "facts.underground.bannedEquipmentInUse": found("使用国家明令禁止使用的设备、材料或者工艺", "equipment, materials or processes the state has banned are in use"),
  "facts.underground.workingsConnected": found(
    "不同矿权主体的相邻矿山井巷相互贯通，或者同一矿权主体相邻独立生产系统的井巷擅自贯通",
    "workings of neighbouring mines of different licence holders connect, or one holder's separate production systems were connected without authority"
  ),
  // (四) 现状图纸
  "facts.underground.plans.requiredPlansMissing": found("未保存《金属非金属矿山安全规程》(GB16423-2020)第4.1.10条规定的图纸", "plans required by GB 16423-2020 §4.1.10 are not kept"),
  "facts.underground.plans.updatedOn": { type: "dates", label: label("现状图纸更新日期", "dates the plans were updated") },
  "facts.underground.plans.surfaceMismatch": found("岩体移动范围内的地面建构筑物、运输道路及沟谷河流与实际不符", "surface structures, roads, valleys and rivers in the rock-movement zone shown differently from reality"),
  "facts.underground.plans.workingsMismatch": found("开拓工程和采准工程的井巷或者井下采区与实际不符", "development and stope-preparation workings or stopes shown differently from reality"),
  "facts.underground.plans.neighbourMismatch": found("相邻矿山采区位置关系与实际不符", "the position of neighbouring mines' stopes shown differently from reality"),
  "facts.underground.plans.voidsMismatch": found("采空区和废弃井巷的位置、处理方式、现状，以及地表塌陷区的位置与实际不符", "voids, abandoned workings (position, treatment, state) or surface subsidence shown differently from reality"),
  // (五) 露天转地下
  "facts.underground.transitionFromOpenPit": { type: "boolean", label: label("露天转地下开采", "moving from open-pit to underground mining") },
  "facts.underground.transition.noDesignedDrainage": found("未按设计采取防排水措施", "no water-control and drainage measures as designed"),
  "facts.underground.transition.jointMiningNotAsDesigned": found("露天与地下联合开采时，回采顺序与设计不符", "in joint open-pit and underground mining, the mining sequence differs from the design"),
  "facts.underground.transition.noCrownPillarOrCushion": found("未按设计留设境界矿柱或者岩石垫层", "no crown pillar or rock cushion left as designed"),
  // (六) 地表水
  "facts.underground.surfaceWater.threatens": { type: "boolean", label: label("矿区及其附近的地表水或者大气降水危及井下安全(受地表水威胁)", "surface water or rain in and near the mine threatens the workings") },
  "facts.underground.surfaceWater.measuresNotAsDesigned": found("未按设计采取防治水措施", "no water-control measures as designed"),
  // (七) 井下主要排水系统
  "facts.underground.pumping.pumps": { type: "integer", label: label("井下主要排水泵数量", "main pumps underground"), unit: unit("台", "pumps") },
  "facts.underground.pumping.capacityBelowDesign": found("工作水泵或者备用水泵的排水能力低于设计要求", "working or standby pumps below the design capacity"),
  "facts.underground.pumping.deliveryLinesDeficient": found("井筒内主排水管未按设计设置工作和备用水管，或者工作和备用水泵与水管未能互相连通", "no working and standby delivery lines in the shaft as designed, or pumps and lines not interconnected"),
  "facts.underground.pumping.noWatertightDoor": found("地下最低中段的主水泵房通往中段巷道的出口未装设防水门", "the lowest level's main pump room has no watertight door to the level roadway"),
  "facts.underground.pumping.otherExitHeightM": { type: "number", label: label("主水泵房另外一个出口高出水泵房地面的高度", "height of the pump room's other exit above its floor"), unit: m },
  "facts.underground.pumping.voidsAsSumps": found("利用采空区或者其他废弃巷道作为水仓", "voids or abandoned roadways used as sumps"),
  // (八) 井口标高
  "facts.underground.flood.collarMarginM": { type: "number", label: label("井口标高高出当地历史最高洪水位的高度(低于为负)", "height of the lowest shaft collar above the historic maximum flood level (negative below)"), unit: m },
  "facts.underground.flood.protectionNotAsDesigned": found("未按设计采取相应防护措施", "no protection as designed"),
  // (九) (十) 防治水
  "facts.underground.water.noSpecialists": found("未配备防治水专业技术人员", "no water-control specialists"),
  "facts.underground.water.noTeam": found("未设置防治水机构，或者未建立探放水队伍", "no water-control unit, or no probing and draining team"),
  "facts.underground.water.probingNotAsDesigned": found("未配齐专用探放水设备，或者未按设计进行探放水作业", "no full set of dedicated probing equipment, or probing not as designed"),
  "facts.underground.water.doorsNotAsDesigned": found("关键巷道防水门设置与设计不符", "watertight doors of key roadways not as designed"),
  "facts.underground.water.sumpsNotAsDesigned": found("主要排水系统的水仓与水泵房之间的隔墙或者配水阀未按设计设置", "the partition or distribution valves between sumps and pump room not as designed"),
  "facts.underground.inrush.miningInThreatArea": { type: "boolean", label: label("在突水威胁区域或者可疑区域进行采掘作业", "mining in an area under inrush threat or suspected of it") },
  "facts.underground.inrush.noPlan": found("未编制防治水技术方案，或者未在施工前制定专门的施工安全技术措施", "no water-control plan, or no specific safety measures before work"),
  "facts.underground.inrush.probingDeficient": found("未超前探放水，或者超前钻孔的数量、深度低于设计要求，或者超前钻孔方位不符合设计要求", "no advance probing, or advance holes fewer, shallower or aimed otherwise than designed"),
  "facts.underground.surfaceInflow.threatened": { type: "boolean", label: label("受地表水倒灌威胁", "threatened by surface water flowing in") },
  "facts.underground.surfaceInflow.noWithdrawal": found("在强降雨天气或者其来水上游发生洪水期间，未实施停产撤人", "production not stopped and people not withdrawn during heavy rain or an upstream flood"),
  // (十三) 自然发火
  "facts.underground.spontaneousCombustion.risk": { type: "boolean", label: label("有自然发火危险", "at risk of spontaneous combustion") },
  "facts.underground.spontaneousCombustion.noMonitoring": found("未安装井下环境监测系统，实现自动监测与报警", "no underground environmental monitoring with automatic alarm"),
  "facts.underground.spontaneousCombustion.noPrevention": found("未按设计或者国家标准、行业标准采取防灭火措施", "no fire-prevention measures as designed or per national or sector standards"),
  "facts.underground.spontaneousCombustion.signsIgnored": found("发现自然发火预兆，未采取有效处理措施", "signs of self-heating found without effective action"),
  // (十四) – (十九) 地压、矿柱、采空区
  "facts.underground.neighbourOverlap": { type: "boolean", label: label("相邻矿山开采岩体移动范围存在交叉重叠等相互影响", "rock-movement zones of neighbouring mines overlap or affect each other") },
  "facts.underground.neighbourPillarsMissing": found("未按设计留设保安矿(岩)柱或者采取其他措施", "no safety pillars left or other measures taken as designed"),
  "facts.underground.surface.facilitiesInMovementZone": found(
    "岩体移动范围内存在居民村庄或者重要设备设施，未按设计采取有效安全措施",
    "villages or important facilities inside the rock-movement zone without effective measures as designed"
  ),
  "facts.underground.surface.entriesExposed": found(
    "主要开拓工程出入口易受地表滑坡、滚石、泥石流等地质灾害影响，未按设计采取有效安全措施",
    "main entries exposed to landslides, rockfall or debris flows without effective measures as designed"
  ),
  "facts.underground.pillars.notLeft": found("未按设计留设保安矿(岩)柱或者采场矿柱", "safety or stope pillars not left as designed"),
  "facts.underground.pillars.notRecoveredAsDesigned": found("未按设计回采矿柱", "pillars not recovered as designed"),
  "facts.underground.pillars.minedWithoutAuthority": found("擅自开采、损毁矿柱", "pillars mined or damaged without authority"),
  "facts.underground.voidsUntreated": found("未按设计要求的处理方式或者时间对采空区进行处理", "voids not treated by the designed method or time"),
  "facts.underground.groundPressure.severe": { type: "boolean", label: label("工程地质类型复杂、有严重地压活动", "complex engineering geology with severe ground-pressure activity") },
  "facts.underground.groundPressure.noTeam": found("未设置专门机构、配备专门人员负责地压防治工作", "no dedicated unit or staff for ground-pressure control"),
  "facts.underground.groundPressure.noMeasures": found("未制定防治地压灾害的专门技术措施", "no specific technical measures against ground-pressure hazards"),
  "facts.underground.groundPressure.noWithdrawal": found("发现大面积地压活动预兆，未立即停止作业、撤出人员", "signs of large-area ground pressure without stopping work and withdrawing people at once"),
  "facts.underground.roofSupportNotAsDesigned": found("巷道或者采场顶板未按设计采取支护措施", "roadway or stope roof not supported as designed"),
  // (二十) 通风
  "facts.underground.ventilation.mechanical": { type: "boolean", label: label("采用机械通风", "mechanically ventilated") },
  "facts.underground.ventilation.mainFanNotContinuous": found("在正常生产情况下，主通风机未连续运转", "the main fan does not run continuously in normal production"),
  "facts.underground.ventilation.stopNotHandled": found("主通风机发生故障或者停机检查时，未立即向调度室和企业主要负责人报告，或者未采取必要安全措施", "a fan failure or stop not reported at once to dispatch and the principal, or no safety measures"),
  "facts.underground.ventilation.noStandbyMotor": found("主通风机未按规定配备备用电动机，或者未配备能迅速调换电动机的设备及工具", "no standby motor for the main fan, or no means to change motors quickly"),
  "facts.underground.ventilation.faceAirBelowStandard": found("作业工作面风速、风量、风质不符合国家标准或者行业标准要求", "face air speed, quantity or quality below the national or sector standard"),
  "facts.underground.ventilation.onlineMonitoring": { type: "boolean", label: label("设置通风系统在线监测系统", "online ventilation monitoring installed") },
  "facts.underground.ventilation.systemTests": { type: "dates", label: label("通风系统检测日期", "dates of ventilation system tests") },
  "facts.underground.ventilation.reversalMinutes": { type: "number", label: label("实现反风所需时间", "time needed to reverse the airflow"), unit: unit("min", "min") },
  "facts.underground.ventilation.reversalTests": { type: "dates", label: label("反风试验日期", "dates of reversal tests") },
  // (二十一) – (二十五)
  "facts.underground.gasDetectorsOrSelfRescuersMissing": found("未配齐或者随身携带具有矿用产品安全标志的便携式气体检测报警仪和自救器", "portable gas detectors and self-rescuers with the mine safety mark not all provided or not carried"),
  "facts.underground.selfRescuerMisuse": found("从业人员不能正确使用自救器", "workers cannot use the self-rescuers correctly"),
  "facts.underground.hoisting.manHoisting": { type: "boolean", label: label("有担负提升人员的提升系统", "has a man-hoisting system") },
  "facts.underground.hoisting.notTestedOrProtectionFailed": found("提升机、防坠器、钢丝绳、连接装置、提升容器未按国家规定进行定期检测检验，或者提升设备的安全保护装置失效", "hoist, safety catches, ropes, connections or conveyances not tested as required, or safety protections failed"),
  "facts.underground.hoisting.gatesNotInterlocked": found("竖井井口和井下各中段马头门设置的安全门或者摇台与提升机未实现联锁", "shaft gates or landing platforms at the collar and levels not interlocked with the hoist"),
  "facts.underground.hoisting.overwindProtectionDeficient": found("竖井提升系统过卷段未按国家规定设置过卷缓冲装置、楔形罐道、过卷挡梁或者不能正常使用，或者提升人员的罐笼提升系统未按国家规定在井架或者井塔的过卷段内设置罐笼防坠装置", "overwind buffers, wedge guides or overwind beams missing or unusable, or no cage arrestors in the overwind section"),
  "facts.underground.hoisting.inclineSafetyDevicesDeficient": found("斜井串车提升系统未按国家规定设置常闭式防跑车装置、阻车器、挡车栏，或者连接链、连接插销不符合国家规定", "incline car hoisting without normally-closed runaway devices, stop blocks or barriers, or couplings not as required"),
  "facts.underground.hoisting.inclineSignalsNotInterlocked": found("斜井提升信号系统与提升机之间未实现闭锁", "incline signal system not interlocked with the hoist"),
  "facts.underground.personnelCarriers": {
    type: "list",
    label: label("井下无轨运人车辆", "underground trackless personnel carrier"),
    items: {
      name: { type: "string", label: label("车辆", "vehicle") },
      safetyMark: { type: "boolean", label: label("取得金属非金属矿山矿用产品安全标志", "holds the mine product safety mark") },
      passengers: { type: "integer", label: label("载人数", "people carried"), unit: unit("人", "people") },
      overRatedLoad: found("超过核定人数", "over the rated number of people"),
      dryBrakes: found("制动系统采用干式制动器", "dry brakes"),
      threeBrakesMissing: found("未同时配备行车制动系统、驻车制动系统和应急制动系统", "not all of service, parking and emergency brakes"),
      notInspected: found("未按国家规定对车辆进行检测检验", "not inspected as required")
    }
  },
  "facts.underground.power.classOneWithoutDualSource": found("一级负荷未采用双重电源供电", "class-1 loads not on a dual source"),
  "facts.underground.power.sourceCannotCarryAll": found("双重电源中的任一电源不能满足全部一级负荷需要", "either source of the dual supply cannot carry all class-1 loads"),
  "facts.underground.stopeSupplySystems": {
    type: "list",
    label: label("向井下采场供电的系统", "power system supplying the stopes"),
    items: {
      name: { type: "string", label: label("名称", "name") },
      voltageKv: { type: "number", label: label("电压等级", "voltage"), unit: unit("kV", "kV") },
      neutralSolidlyEarthed: { type: "boolean", label: label("中性点采用直接接地", "neutral solidly earthed") }
    }
  },
  // (二十六) – (三十二)
  "facts.underground.construction.noOrganisationDesign": found("井巷工程施工未进行施工组织设计", "no construction organisation design for the shaft and roadway works"),
  "facts.underground.construction.measuresNotApplied": found("未按施工组织设计落实安全措施", "the safety measures of the construction organisation design not applied"),
  "facts.underground.project.designNotApproved": found("新建、改扩建项目安全设施设计未经批准，或者批准后出现重大变更未经再次批准擅自组织施工", "safety-facility design not approved, or changed materially and built without re-approval"),
  "facts.underground.project.producingBeforeAcceptance": found("新建、改扩建项目在竣工验收前组织生产(经批准的联合试运转除外)", "production before completion acceptance (an approved joint trial run excepted)"),
  "facts.underground.contracting.unqualifiedOrTooMany": found("将工程项目发包给不具有法定资质和条件的单位，或者承包单位数量超过国家规定的数量", "works let to a unit without the legal qualifications, or more contractors than allowed"),
  "facts.underground.contracting.staffDeficient": found("承包单位项目部的负责人、安全生产管理人员、专业技术人员、特种作业人员不符合国家规定的数量、条件或者不属于承包单位正式职工", "the contractor's site managers, safety staff, technicians or special operators below the required number or conditions, or not its own employees"),
  "facts.underground.hotWorkUncontrolled": found("井下或者井口动火作业未按国家规定落实审批制度或者安全措施", "hot work underground or at a collar without the approval or safety measures required"),
  "facts.underground.designCapacity": { type: "number", label: label("矿山设计年生产能力", "design annual capacity"), unit: unit("万t/a", "10⁴ t/a") },
  "facts.underground.annualOutputs": {
    type: "list",
    label: label("年产量", "annual output"),
    items: {
      year: { type: "integer", label: label("年度", "year") },
      output: { type: "number", label: label("全年产量", "output of the year"), unit: unit("万t", "10⁴ t") }
    }
  },
  "facts.underground.monthlyOutputs": {
    type: "list",
    label: label("月产量", "monthly output"),
    items: {
      month: { type: "string", label: label("月份", "month") },
      output: { type: "number", label: label("月产量", "output of the month"), unit: unit("万t", "10⁴ t") }
    }
  },
  "facts.underground.systems.missingOrNonCompliant": found("未建立安全监测监控系统、人员定位系统、通信联络系统，或者系统不符合国家有关规定", "no safety monitoring, personnel locating or communication system, or one not as the state requires"),
  "facts.underground.systems.notRepaired": found("系统运行不正常未及时修复", "a system not running normally and not repaired in time"),
  "facts.underground.systems.disabledOrTampered": found("关闭、破坏系统，或者篡改、隐瞒、销毁其相关数据、信息", "a system switched off or damaged, or its data tampered with, hidden or destroyed"),
  "facts.underground.staff.managersMissing": found("未配备具有矿山相关专业的专职矿长、总工程师以及分管安全、生产、机电的副矿长", "no full-time mine manager, chief engineer and deputies for safety, production and mech-elec with mining qualifications"),
  "facts.underground.staff.techniciansMissing": found("未配备具有采矿、地质、测量、机电等专业的技术人员", "no mining, geology, survey and mech-elec technicians"),
  // 补充情形 一、地下矿山
  "facts.underground.flammablesStoredAtSurface": { type: "boolean", label: label("地表存放油料或其他易燃、易爆材料", "fuel or other flammable or explosive material stored at surface") },
  "facts.underground.flammablesDistanceM": { type: "number", label: label("地表油料或其他易燃、易爆材料存放处距最近进风井口、平硐口的距离", "distance of the stored fuel or flammable or explosive material from the nearest intake shaft or adit collar"), unit: m },
  "facts.underground.hiddenHazards.notIdentified": found("未查清矿山及周边地面裂缝、废弃井巷、封闭不良钻孔、采空区、水力联系通道等隐蔽致灾因素", "hidden hazards (surface cracks, abandoned workings, badly sealed boreholes, voids, water paths) in and around the mine not identified"),
  "facts.underground.hiddenHazards.untreated": found("未对隐蔽致灾因素采取有效治理措施", "no effective treatment of the hidden hazards"),
  "facts.underground.hiddenHazards.producingInThreatenedArea": { type: "boolean", label: label("在井下受威胁区域组织生产建设", "production or construction in the threatened area underground") },
  "facts.underground.extremeWeatherNoWithdrawal": found("遇极端天气未及时停止作业、撤出现场作业人员", "work not stopped and people not withdrawn in time in extreme weather"),

  // ---- 二、露天矿山 ----
  "facts.openPit.transitionFromUnderground": { type: "boolean", label: label("地下开采转露天开采", "moving from underground to open-pit mining") },
  "facts.openPit.voidsNotLocated": found("转露天开采前未探明采空区和溶洞", "voids and karst caves not located before the change"),
  "facts.openPit.voidsNotTreated": found("未按设计处理对露天开采安全有威胁的采空区和溶洞", "voids and karst caves that threaten open-pit mining not treated as designed"),
  "facts.openPit.bannedEquipmentInUse": found("使用国家明令禁止使用的设备、材料或者工艺", "equipment, materials or processes the state has banned are in use"),
  "facts.openPit.notTopDown": found("未采用自上而下的开采顺序分台阶或者分层开采", "not mined top-down in benches or layers"),
  "facts.openPit.workingSlopeAngle": { type: "number", label: label("工作帮坡角", "working slope angle"), unit: deg },
  "facts.openPit.designWorkingSlopeAngle": { type: "number", label: label("设计工作帮坡角", "design working slope angle"), unit: deg },
  "facts.openPit.finalBenchHeightM": { type: "number", label: label("最终边坡台阶高度(最大)", "final bench height (largest)"), unit: m },
  "facts.openPit.designFinalBenchHeightM": { type: "number", label: label("设计最终边坡台阶高度", "design final bench height"), unit: m },
  "facts.openPit.pillarsMined": found("开采或者破坏设计要求保留的矿(岩)柱或者挂帮矿体", "pillars or wall ore the design keeps mined or damaged"),
  "facts.openPit.noStabilityAnalysis": found("未按有关国家标准或者行业标准对采场边坡、排土场边坡进行稳定性分析", "no stability analysis of the pit or dump slopes per national or sector standards"),
  "facts.openPit.pitSlopes": {
    type: "list",
    label: label("采场边坡", "pit slope"),
    items: {
      name: { type: "string", label: label("名称", "name") },
      heightM: { type: "number", label: label("边坡高度", "slope height"), unit: m },
      onlineMonitoring: { type: "boolean", label: label("设置边坡在线监测系统", "online slope monitoring") }
    }
  },
  "facts.openPit.dumpSlopes": {
    type: "list",
    label: label("排土场边坡", "dump slope"),
    items: {
      name: { type: "string", label: label("名称", "name") },
      heightM: { type: "number", label: label("边坡高度", "slope height"), unit: m },
      stabilityMonitoring: { type: "boolean", label: label("建立边坡稳定监测系统", "slope stability monitoring") }
    }
  },
  "facts.openPit.monitoringDisabledOrTampered": found("关闭、破坏监测系统或者隐瞒、篡改、销毁其相关数据、信息", "slope monitoring switched off or damaged, or its data hidden, tampered with or destroyed"),
  "facts.openPit.slide.radialCracks": found("边坡出现横向及纵向放射状裂缝", "transverse and longitudinal radial cracks in the slope"),
  "facts.openPit.slide.toeHeave": found("坡体前缘坡脚处出现上隆(凸起)现象，后缘的裂缝急剧扩展", "heave at the toe and rapidly widening cracks at the rear"),
  "facts.openPit.slide.acceleratingDisplacement": found("位移观测资料显示的水平位移量或者垂直位移量出现加速变化的趋势", "horizontal or vertical displacement accelerating in the monitoring data"),
  "facts.openPit.roads": {
    type: "list",
    label: label("运输道路", "haul road"),
    items: {
      name: { type: "string", label: label("名称", "name") },
      gradientPct: { type: "number", label: label("实际坡度", "gradient"), unit: unit("%", "%") },
      designGradientPct: { type: "number", label: label("设计坡度", "design gradient"), unit: unit("%", "%") }
    }
  },
  "facts.openPit.sunkenPit": { type: "boolean", label: label("凹陷露天矿山", "sunken (below-grade) pit") },
  "facts.openPit.floodControlNotAsDesigned": found("未按设计建设防洪、排洪设施", "no flood control and drainage as designed"),
  "facts.openPit.dumps": {
    type: "list",
    label: label("排土场", "waste dump"),
    items: {
      name: { type: "string", label: label("名称", "name") },
      downslopeDumping: { type: "boolean", label: label("顺坡排土", "dumping down the slope") },
      baseSlopeN: { type: "number", label: label("排土场地基坡度(1:n)", "dump base slope (1:n)"), unit: slopeN },
      baseMeasuresNotAsDesigned: found("未按设计采取安全措施(陡坡地基)", "no safety measures as designed (steep base)"),
      totalHeightM: { type: "number", label: label("排土场总堆置高度", "total dump height"), unit: m },
      gatheringPlaces: { type: "boolean", label: label("排土场周围有人员集中场所", "places where people gather around the dump") },
      gatheringPlaceDistanceM: { type: "number", label: label("最近的人员集中场所距排土场的距离", "distance of the nearest place where people gather"), unit: m },
      gatheringMeasuresNotAsDesigned: found("未按设计采取安全措施(人员集中场所)", "no safety measures as designed (places where people gather)"),
      hillside: { type: "boolean", label: label("山坡排土场", "hillside dump") },
      drainageNotAsDesigned: found("周围未按设计修筑截、排水设施", "no interception and drainage works around it as designed")
    }
  },
  "facts.openPit.bermsNotAsDesigned": found("露天采场未按设计设置安全平台和清扫平台", "no safety and cleaning berms as designed"),
  "facts.openPit.dumpReminedWithoutAuthority": found("擅自对在用排土场进行回采作业", "an active dump re-mined without authority"),
  "facts.openPit.extremeWeatherNoWithdrawal": found("遇极端天气未及时停止作业、撤出现场作业人员", "work not stopped and people not withdrawn in time in extreme weather"),

  // ---- 三、尾矿库 ----
  "facts.tailingsPond.dangerousActivities": found("库区或者尾矿坝上存在未按设计进行开采、挖掘、爆破等危及尾矿库安全的活动", "mining, digging, blasting or other activity not in the design in the reservoir or on the dam"),
  "facts.tailingsPond.dam.piping": found("坝体存在较大面积管涌、流土变形", "piping or soil-flow deformation over a large area of the dam"),
  "facts.tailingsPond.dam.throughCracksOrSliding": found("坝体出现贯穿性横向裂缝，或者出现较大范围塌陷、滑坡迹象", "through-going transverse cracks, or signs of large-scale collapse or sliding"),
  "facts.tailingsPond.dam.longitudinalCracks": found("坝体出现大面积纵向裂缝", "large longitudinal cracks in the dam"),
  "facts.tailingsPond.dam.seepageSwamping": found("出现较大范围渗透水高位出逸或者大面积沼泽化", "seepage exiting high over a wide area, or large swamped areas"),
  "facts.tailingsPond.outerSlopeN": { type: "number", label: label("坝体平均外坡比(1:n)", "dam average outer slope (1:n)"), unit: slopeN },
  "facts.tailingsPond.designOuterSlopeN": { type: "number", label: label("设计平均外坡比(1:n)", "design average outer slope (1:n)"), unit: slopeN },
  "facts.tailingsPond.hasSubDams": { type: "boolean", label: label("有堆积子坝", "has raised sub-dams") },
  "facts.tailingsPond.subDamOuterSlopeN": { type: "number", label: label("堆积子坝外坡比(1:n，最陡者)", "raised sub-dam outer slope (1:n, the steepest)"), unit: slopeN },
  "facts.tailingsPond.designSubDamOuterSlopeN": { type: "number", label: label("设计堆积子坝外坡比(1:n)", "design sub-dam outer slope (1:n)"), unit: slopeN },
  "facts.tailingsPond.damHeightM": { type: "number", label: label("坝体高度", "dam height"), unit: m },
  "facts.tailingsPond.designDamHeightM": { type: "number", label: label("设计总坝高", "design total dam height"), unit: m },
  "facts.tailingsPond.storedVolume": { type: "number", label: label("贮存尾矿量", "tailings stored"), unit: unit("万m³", "10⁴ m³") },
  "facts.tailingsPond.designCapacity": { type: "number", label: label("设计库容", "design storage capacity"), unit: unit("万m³", "10⁴ m³") },
  "facts.tailingsPond.raiseRate": { type: "number", label: label("尾矿堆积坝上升速率", "raise rate of the tailings dam"), unit: unit("m/a", "m/a") },
  "facts.tailingsPond.designRaiseRate": { type: "number", label: label("设计堆积上升速率", "design raise rate"), unit: unit("m/a", "m/a") },
  "facts.tailingsPond.tailingsBuiltDam": { type: "boolean", label: label("采用尾矿堆坝", "dam built of tailings") },
  "facts.tailingsPond.noSafetyReview": found("未按《尾矿库安全规程》(GB39496-2020)第6.1.9条规定对尾矿坝做全面的安全性复核", "no full safety review of the dam per GB 39496-2020 §6.1.9"),
  "facts.tailingsPond.phreaticDepthM": { type: "number", label: label("浸润线埋深", "depth of the phreatic line"), unit: m },
  "facts.tailingsPond.controlPhreaticDepthM": { type: "number", label: label("控制浸润线埋深", "control depth of the phreatic line"), unit: m },
  "facts.tailingsPond.noFloodRouting": found("汛前未按国家有关规定对尾矿库进行调洪演算", "no flood-routing calculation before the flood season as required"),
  "facts.tailingsPond.pondType": {
    type: "string",
    values: ["wet", "dry"],
    valueLabels: { wet: label("湿式尾矿库", "wet tailings pond"), dry: label("干式尾矿库", "dry-stack tailings facility") },
    label: label("湿式/干式尾矿库", "wet or dry tailings")
  },
  "facts.tailingsPond.freeboardM": { type: "number", label: label("防洪高度", "flood freeboard"), unit: m },
  "facts.tailingsPond.designFreeboardM": { type: "number", label: label("设计防洪高度", "design flood freeboard"), unit: m },
  "facts.tailingsPond.beachLengthM": { type: "number", label: label("干滩长度", "dry beach length"), unit: m },
  "facts.tailingsPond.designBeachLengthM": { type: "number", label: label("设计干滩长度", "design dry beach length"), unit: m },
  "facts.tailingsPond.floodWidthM": { type: "number", label: label("防洪宽度", "flood width"), unit: m },
  "facts.tailingsPond.designFloodWidthM": { type: "number", label: label("设计防洪宽度", "design flood width"), unit: m },
  "facts.tailingsPond.decant.belowDesign": found("排洪系统构筑物的结构尺寸、混凝土强度或者类型低于设计要求", "decant structures below the design in dimensions, concrete strength or type"),
  "facts.tailingsPond.decant.capacityImpaired": found("排洪系统部分堵塞或者坍塌、排水井有所倾斜，排水能力有所降低，达不到设计要求", "decant partly blocked or collapsed, or a tower tilted, so capacity falls below the design"),
  "facts.tailingsPond.decant.plugsNotAsDesigned": found("排洪构筑物终止使用时，封堵措施不满足设计要求", "closure plugs of retired decant structures not as designed"),
  "facts.tailingsPond.foreignMaterialIn": found("设计以外的尾矿、废料或者废水进库", "tailings, waste or water not in the design put into the reservoir"),
  "facts.tailingsPond.mixedTailings": { type: "boolean", label: label("多种矿石性质不同的尾砂混合排放", "tailings of ores of different properties discharged together") },
  "facts.tailingsPond.mixedDischargeNotAsDesigned": found("未按设计进行排放", "not discharged as designed"),
  "facts.tailingsPond.underIceDischargeRequired": { type: "boolean", label: label("设计要求冬季冰下放矿", "the design requires under-ice discharge in winter") },
  "facts.tailingsPond.underIceDischargeNotAsDesigned": found("冬季未按设计要求的冰下放矿方式进行放矿作业", "winter discharge not done under the ice as designed"),
  "facts.tailingsPond.monitoring.notAsDesigned": found("未按设计设置安全监测系统", "safety monitoring not installed as designed"),
  "facts.tailingsPond.monitoring.notRepaired": found("安全监测系统运行不正常未及时修复", "monitoring not running normally and not repaired in time"),
  "facts.tailingsPond.monitoring.disabledOrTampered": found("关闭、破坏安全监测系统，或者篡改、隐瞒、销毁其相关数据、信息", "monitoring switched off or damaged, or its data tampered with, hidden or destroyed"),
  "facts.tailingsPond.dry.moistureWithoutMeasures": found("入库尾矿的含水率大于设计值，无法进行正常碾压且未设置可靠的防范措施", "tailings wetter than the design so they cannot be compacted, without reliable measures"),
  "facts.tailingsPond.dry.stackingNotAsDesigned": found("堆存推进方向与设计不一致，或者分层厚度、台阶高度大于设计值", "stacking direction not as designed, or layers or benches thicker or higher than designed"),
  "facts.tailingsPond.dry.notCompacted": found("未按设计要求进行碾压", "not compacted as designed"),
  "facts.tailingsPond.minSafetyFactor": { type: "number", label: label("经验算的坝体抗滑稳定最小安全系数", "calculated minimum slide-stability safety factor of the dam") },
  "facts.tailingsPond.standardSafetyFactor": { type: "number", label: label("国家标准规定的抗滑稳定最小安全系数", "minimum slide-stability safety factor the national standard requires") },
  "facts.tailingsPond.grade": { type: "integer", label: label("尾矿库等别(一至五等)", "tailings pond grade (1–5)") },
  "facts.tailingsPond.overhead": { type: "boolean", label: label("“头顶库”", "an “overhead” pond (people and facilities close below it)") },
  "facts.tailingsPond.emergencyRoadDeficient": found("未按设计设置通往坝顶、排洪系统附近的应急道路，或者应急道路无法满足应急抢险时通行和运送应急物资的需求", "no emergency road to the crest and decant as designed, or it cannot carry rescue traffic and supplies"),
  "facts.tailingsPond.reMining": { type: "boolean", label: label("进行尾矿库回采", "re-mining the tailings") },
  "facts.tailingsPond.reMiningUnapproved": found("未经批准", "not approved"),
  "facts.tailingsPond.reMiningNotAsDesigned": found("回采方式、顺序、单层开采高度、台阶坡面角不符合设计要求", "method, sequence, lift height or face angle not as designed"),
  "facts.tailingsPond.reMiningWhileDischarging": found("同时进行回采和排放", "re-mining and discharging at the same time"),
  "facts.tailingsPond.standaloneConcentratorStorage": { type: "boolean", label: label("用以贮存独立选矿厂进行矿石选别后排出尾矿的场所", "a place storing the tailings of a stand-alone concentrator") },
  "facts.tailingsPond.notManagedAsTailingsPond": found("未按尾矿库实施安全管理", "not managed as a tailings pond"),
  "facts.tailingsPond.staff.safetyStaffMissing": found("未按国家规定配备专职安全生产管理人员", "no full-time safety managers as required"),
  "facts.tailingsPond.staff.techniciansMissing": found("未按国家规定配备专业技术人员", "no professional technicians as required"),
  "facts.tailingsPond.staff.specialOperatorsMissing": found("未按国家规定配备特种作业人员", "no certified special operators as required"),
  "facts.tailingsPond.coverSlabGapsNotFilled": found("排洪构筑物拱板(盖板)与周边结构缝隙未采用设计材料充满充实", "gaps between decant arch (cover) slabs and the structure not filled with the design material"),
  "facts.tailingsPond.plugWrongPlace": found("封堵体设置在井顶、井身段或斜槽顶、槽身段", "closure plug at the top or in the shaft of a tower, or at the top or in the body of a chute"),
  "facts.tailingsPond.extremeWeatherNoWithdrawal": found("遇极端天气未及时停止作业、撤出现场作业人员", "work not stopped and people not withdrawn in time in extreme weather")
} satisfies FactDeclarations

/**
 * The Schema of `enterprise.facts.noncoalMine`, derived from {@link noncoalMineFacts}: every fact optional, numbers
 * finite, strings limited to their allowed values.
 *
 * @since 0.2.0
 */
export const NoncoalMineFacts = FactDeclaration.sectionSchema(noncoalMineFacts) as Schema.Decoder<NoncoalMineFacts, never>

/**
 * The decoded fact section. Its fields are the declarations' paths without `facts.`; the rules read it through their
 * conditions, so the type is kept open.
 *
 * @since 0.2.0
 */
export type NoncoalMineFacts = Readonly<Record<string, unknown>>
