/**
 * 煤矿事实 — the facts the coal-mine rules read, under `enterprise.facts.coalMine`, declared once with
 * their type, zh-CN and English label, unit and allowed values (the rule language's fact
 * declarations). The pack's Schema is derived from them, so a fact is declared in one place.
 *
 * Every fact is optional: an absent fact is unknown, and a rule that needs it answers
 * `indeterminate` naming it. An empty list is a known "none". Lists hold the occasions or places
 * under inspection (a gas reading, a 采(盘)区, a year's output); a rule finds a violation when any
 * entry meets its condition.
 *
 * Units follow the standard: output in 万t, capacity in 万t/a, gas concentrations in % by volume,
 * distances in m, absolute gas emission in m³/min.
 *
 * @since 0.2.0
 */
import { FactDeclaration } from "@anquan/core"
import type { FactDeclarations } from "@anquan/core"
import type { Schema } from "effect"

const label = (zh: string, en: string) => ({ "zh-CN": zh, en })
const unit = label

const pct = unit("%", "%")
const m = unit("m", "m")
const people = unit("人", "people")

/**
 * 煤矿类型 — `underground` 井工煤矿, `open-pit` 露天煤矿.
 *
 * @since 0.2.0
 */
export const mineTypes = ["underground", "open-pit"] as const

/**
 * 瓦斯等级 — `outburst` 煤(岩)与瓦斯(二氧化碳)突出矿井, `high-gas` 高瓦斯矿井, `low-gas` 低瓦斯矿井.
 *
 * @since 0.2.0
 */
export const gasClasses = ["outburst", "high-gas", "low-gas"] as const

/**
 * Where a gas reading was taken, as the places of 第五条(一)–(五) name them:
 * `district-return` 采区回风巷, `face-return` 采掘工作面回风巷, `face` 采掘工作面,
 * `other-workplace` 其他作业地点, `blasting-site` 井下爆破地点附近, `motor-or-switch` 电动机或者其开关安设地点附近,
 * `accumulation` 采掘工作面内积聚瓦斯的空间.
 *
 * @since 0.2.0
 */
export const gasReadingPlaces = ["district-return", "face-return", "face", "other-workplace", "blasting-site", "motor-or-switch", "accumulation"] as const

/**
 * Why a face's methane reached 3.0 % (第五条(八)): `gas-control` 瓦斯治理不到位, `power-or-ventilation-stoppage`
 * 停电停风, `drilling-blowout` 打钻喷孔.
 *
 * @since 0.2.0
 */
export const exceedanceCauses = ["gas-control", "power-or-ventilation-stoppage", "drilling-blowout"] as const

/**
 * Where a longwall's gas mainly comes from (第五条(九)1–2): `mined-seam` 开采层, `adjacent-seams-and-strata` 邻近层和围岩.
 *
 * @since 0.2.0
 */
export const gasSources = ["mined-seam", "adjacent-seams-and-strata"] as const

/**
 * 煤矿事实声明 — every fact of `enterprise.facts.coalMine`, by path.
 *
 * @since 0.2.0
 */
export const coalMineFacts = {
  // ---- the mine ----
  "facts.mineType": { type: "string", values: [...mineTypes], valueLabels: { underground: label("井工煤矿", "underground mine"), "open-pit": label("露天煤矿", "open-pit mine") }, label: label("煤矿类型(井工/露天)", "mine type (underground / open-pit)") },
  "facts.gasClass": { type: "string", values: [...gasClasses], valueLabels: { outburst: label("突出矿井", "outburst mine"), "high-gas": label("高瓦斯矿井", "high-gas mine"), "low-gas": label("低瓦斯矿井", "low-gas mine") }, label: label("矿井瓦斯等级", "mine gas class") },

  // ---- 第四条 capacity, output, levels, faces, headcount ----
  "facts.ratedCapacity": { type: "number", label: label("核定(设计)生产能力", "rated (design) capacity"), unit: unit("万t/a", "10⁴ t/a") },
  "facts.annualOutputs": {
    type: "list",
    label: label("年度原煤产量", "annual raw-coal output"),
    items: {
      year: { type: "integer", label: label("年度", "year") },
      rawCoal: { type: "number", label: label("全年原煤产量", "raw coal produced in the year"), unit: unit("万t", "10⁴ t") }
    }
  },
  "facts.quarterlyOutputs": {
    type: "list",
    label: label("季度原煤产量", "quarterly raw-coal output"),
    items: {
      quarter: { type: "string", label: label("季度", "quarter") },
      rawCoal: { type: "number", label: label("季度原煤产量", "raw coal produced in the quarter"), unit: unit("万t", "10⁴ t") }
    }
  },
  "facts.producingLevels": { type: "integer", label: label("同时生产的水平个数", "levels producing at the same time"), unit: unit("个", "") },
  "facts.districts": {
    type: "list",
    label: label("采(盘)区", "mining district"),
    items: {
      name: { type: "string", label: label("名称", "name") },
      producingFaces: {
        type: "integer",
        label: label("同时生产的采煤、煤(半煤岩)巷掘进工作面个数(安装、回撤工作面除外)", "longwall and coal (part-coal) heading faces producing at the same time (installation and recovery faces excepted)"),
        unit: unit("个", "")
      },
      faceLimit: { type: "integer", label: label("《煤矿安全规程》规定的工作面个数上限", "the number of faces the Coal Mine Safety Regulations allow"), unit: unit("个", "") },
      stage: { type: "string", values: ["production", "preparation"], valueLabels: { production: label("生产采(盘)区", "producing district"), preparation: label("准备采(盘)区", "preparation district") }, label: label("生产采(盘)区/准备采(盘)区", "producing or preparation district") },
      dedicatedReturn: { type: "boolean", label: label("设置专用回风巷", "has a dedicated return") },
      spontaneousCombustionProne: { type: "boolean", label: label("开采容易自燃煤层", "mines seams prone to spontaneous combustion") },
      jointLayout: { type: "boolean", label: label("开采煤层群、分层开采采用联合布置", "multi-seam or sliced mining in a joint layout") },
      roadwaysThroughWhole: {
        type: "boolean",
        label: label("进、回风巷贯穿整个采(盘)区", "intake and return roadways run through the whole district")
      },
      roadwaySplitIntakeReturn: { type: "boolean", label: label("一段为进风巷、一段为回风巷", "one stretch used as intake, another as return") },
      throughVentilationFormed: { type: "boolean", label: label("构成贯穿整个采(盘)区的通风系统", "a ventilation circuit through the whole district formed") },
      gateRoadsDriven: { type: "boolean", label: label("开掘回采巷道", "gate roads being driven") },
      inclinedLongwall: { type: "boolean", label: label("采用倾斜长壁布置", "inclined longwall layout") },
      mainsAheadSections: { type: "integer", label: label("大巷超前构成通风系统的区段数", "sections the mains run ahead with a ventilation circuit"), unit: unit("个", "") }
    }
  },
  "facts.workplaces": {
    type: "list",
    label: label("采掘作业地点", "working place"),
    items: {
      name: { type: "string", label: label("名称", "name") },
      shiftHeadcount: { type: "integer", label: label("单班作业人数(不含交接班期间)", "people on one shift (shift change excluded)"), unit: people },
      approvedExtra: { type: "integer", label: label("经省级煤矿安全监管部门批准增加的人员", "extra people approved by the provincial coal-mine safety authority"), unit: people },
      headcountLimit: { type: "integer", label: label("国家有关限员规定的人数", "the national headcount limit"), unit: people }
    }
  },
  "facts.minesRockBurstSeams": { type: "boolean", label: label("开采冲击地压煤层", "mines rock-burst seams") },
  "facts.rockBurstHeadcountRulesBreached": {
    type: "boolean",
    label: label("违反《煤矿安全规程》关于开采冲击地压煤层限员管理规定", "breaches the Coal Mine Safety Regulations' headcount rules for rock-burst seams")
  },

  // ---- 第五条 gas readings and drainage ----
  "facts.gasReadings": {
    type: "list",
    label: label("瓦斯检测地点", "gas reading"),
    items: {
      location: { type: "string", label: label("地点", "location") },
      place: { type: "string", values: [...gasReadingPlaces], valueLabels: { "district-return": label("采区回风巷", "district return"), "face-return": label("采掘工作面回风巷", "face return"), face: label("采掘工作面", "face"), "other-workplace": label("其他作业地点", "other working place"), "blasting-site": label("爆破地点附近", "near the blasting point"), "motor-or-switch": label("电动机或者其开关安设地点附近", "near a motor or its switch"), accumulation: label("积聚瓦斯的空间", "a space where gas accumulated") }, label: label("地点类别", "kind of place") },
      ch4: { type: "number", label: label("甲烷浓度", "methane concentration"), unit: pct },
      co2: { type: "number", label: label("二氧化碳浓度", "carbon dioxide concentration"), unit: pct },
      distanceM: { type: "number", label: label("距爆破地点或者电动机、开关安设地点的距离", "distance from the blasting point, motor or switch"), unit: m },
      volumeM3: { type: "number", label: label("积聚瓦斯的空间体积", "volume of the space where gas accumulated"), unit: unit("m³", "m³") },
      workStopped: { type: "boolean", label: label("停止工作", "work stopped") },
      peopleWithdrawn: { type: "boolean", label: label("撤出人员", "people withdrawn") },
      handled: { type: "boolean", label: label("采取措施、进行处理", "measures taken and dealt with") },
      powerCut: { type: "boolean", label: label("切断电源", "power cut") },
      electricWorkStopped: { type: "boolean", label: label("停止用电作业", "electrically powered work stopped") },
      blasted: { type: "boolean", label: label("仍实施爆破", "blasting carried out") }
    }
  },
  "facts.reventilations": {
    type: "list",
    label: label("停风区恢复通风", "re-ventilation of a stopped area"),
    items: {
      name: { type: "string", label: label("停风区", "stopped area") },
      ch4: { type: "number", label: label("停风区甲烷浓度", "methane concentration in the stopped area"), unit: pct },
      co2: { type: "number", label: label("停风区二氧化碳浓度", "carbon dioxide concentration in the stopped area"), unit: pct },
      dischargePlanApproved: {
        type: "boolean",
        label: label("制定安全排放瓦斯措施并经煤矿总工程师批准实施", "a safe gas-discharge plan made and approved by the mine's chief engineer")
      }
    }
  },
  "facts.gasDischarges": {
    type: "list",
    label: label("井下排放瓦斯", "gas discharge underground"),
    items: {
      name: { type: "string", label: label("名称", "name") },
      powerCutAndWithdrawn: { type: "boolean", label: label("混合风流经过的巷道内停电撤人", "power cut and people withdrawn along the mixed-air route") },
      mixingPointCh4: { type: "number", label: label("与全风压风流混合处甲烷浓度", "methane at the point of mixing with the main airflow"), unit: pct },
      mixingPointCo2: { type: "number", label: label("与全风压风流混合处二氧化碳浓度", "carbon dioxide at the point of mixing with the main airflow"), unit: pct }
    }
  },
  "facts.faceMethaneExceedances": {
    type: "list",
    label: label("采掘工作面甲烷超限", "methane exceedance at a face"),
    items: {
      face: { type: "string", label: label("工作面", "face") },
      ch4: { type: "number", label: label("甲烷浓度", "methane concentration"), unit: pct },
      durationMin: { type: "number", label: label("持续时长", "duration"), unit: unit("min", "min") },
      cause: { type: "string", values: [...exceedanceCauses], valueLabels: { "gas-control": label("瓦斯治理不到位", "poor gas control"), "power-or-ventilation-stoppage": label("停电停风", "power or ventilation stoppage"), "drilling-blowout": label("打钻喷孔", "drilling blow-out") }, label: label("原因", "cause") }
    }
  },
  "facts.drainsGas": { type: "boolean", label: label("矿井进行瓦斯抽采", "the mine drains gas") },
  "facts.longwalls": {
    type: "list",
    label: label("采煤工作面", "longwall face"),
    items: {
      name: { type: "string", label: label("名称", "name") },
      gasMainlyFrom: { type: "string", values: [...gasSources], valueLabels: { "mined-seam": label("开采层", "the seam mined"), "adjacent-seams-and-strata": label("邻近层和围岩", "adjacent seams and strata") }, label: label("瓦斯涌出量主要来源", "where the gas mainly comes from") },
      dailyOutputT: { type: "number", label: label("工作面日产量A", "daily output A"), unit: unit("t", "t") },
      desorbableGas: {
        type: "number",
        label: label("采煤工作面前方20m以上范围内煤的可解吸瓦斯量", "desorbable gas of the coal 20 m and more ahead of the face"),
        unit: unit("m³/t", "m³/t")
      },
      absoluteEmission: { type: "number", label: label("工作面绝对瓦斯涌出量Q", "face absolute gas emission Q"), unit: unit("m³/min", "m³/min") },
      drainageRate: { type: "number", label: label("工作面瓦斯抽采率", "face gas drainage rate"), unit: pct },
      airShortCircuitCausedGas: { type: "boolean", label: label("风流短路造成瓦斯积聚、超限", "air short-circuit caused gas build-up or exceedance") },
      clearSafetyExits: { type: "integer", label: label("畅通的安全出口", "clear safety exits"), unit: unit("个", "") }
    }
  },
  "facts.mineAbsoluteEmission": { type: "number", label: label("矿井绝对瓦斯涌出量Q", "mine absolute gas emission Q"), unit: unit("m³/min", "m³/min") },
  "facts.mineDrainageRate": { type: "number", label: label("矿井瓦斯抽采率", "mine gas drainage rate"), unit: pct },

  // ---- 第六条 outburst prevention (突出矿井) ----
  "facts.outburst.treatedAsDangerousDirectly": {
    type: "boolean",
    label: label("直接认定为突出危险区域或者直接采取防治突出措施", "areas treated as outburst-dangerous, or outburst measures taken, without prediction")
  },
  "facts.outburst.predictionBasedOnMeasuredData": {
    type: "boolean",
    label: label("区域预测主要依据煤层瓦斯的井下实测资料，未预测区域视为突出危险区", "regional prediction rests mainly on underground measured gas data; unpredicted areas treated as dangerous")
  },
  "facts.outburst.predictionScopeCompliant": {
    type: "boolean",
    label: label("区域预测范围不超过1个采(盘)区、一般不小于1个区段，危险区段内未划分无突出危险区", "prediction units at most one district and generally at least one section; no safe zone carved out of a dangerous section")
  },
  "facts.outburst.predictionOrganisedAndApproved": {
    type: "boolean",
    label: label("区域预测由总工程师组织或者委托具备相应能力的机构，无突出危险区结果经企业技术负责人批准", "prediction organised by the chief engineer or a competent body; a no-danger result approved by the enterprise's technical head")
  },
  "facts.outburst.protectiveSeamMinedWhereFeasible": {
    type: "boolean",
    label: label("具备开采保护层条件的突出危险区开采了保护层", "protective seams mined in dangerous areas where feasible")
  },
  "facts.outburst.reliefGasDrainedAndUnprotectedAreasTreated": {
    type: "boolean",
    label: label("开采保护层时同时抽采卸压瓦斯，未受保护范围采取补充区域措施消突", "relief gas drained while mining protective seams; unprotected areas de-stressed by extra regional measures")
  },
  "facts.outburst.preDrainageCoverageCompliant": {
    type: "boolean",
    label: label("区域预抽钻孔评价单元控制范围符合规定", "pre-drainage boreholes cover the required ranges")
  },
  "facts.outburst.faceMeasuresWhereDangerous": {
    type: "boolean",
    label: label("预测为突出危险的工作面采取了工作面防突措施", "face measures taken at faces predicted dangerous")
  },
  "facts.outburst.seamCrossingCompliant": {
    type: "boolean",
    label: label("揭煤作业符合规定(局部综合防突措施、远距离爆破、专项设计、揭煤程序)", "seam crossings as required (local measures, remote blasting, approved design, procedure)")
  },
  "facts.outburstFaces": {
    type: "list",
    label: label("突出煤层采掘工作面", "face in an outburst seam"),
    items: {
      name: { type: "string", label: label("名称", "name") },
      kind: { type: "string", values: ["heading", "longwall"], valueLabels: { heading: label("煤巷掘进工作面", "coal heading"), longwall: label("采煤工作面", "longwall") }, label: label("工作面类别(煤巷掘进/采煤)", "kind of face (coal heading / longwall)") },
      severelyFaulted: { type: "boolean", label: label("位于地质构造破坏严重地带", "in badly faulted ground") },
      remainingAdvanceM: { type: "number", label: label("剩余防突措施超前距", "remaining outburst-measure advance distance"), unit: m },
      returnDirectToDedicatedOrMain: { type: "boolean", label: label("回风直接进入专用回风巷或者矿井总回风巷", "return air led directly into a dedicated or main return") }
    }
  },
  "facts.outburst.effectChecksDone": {
    type: "boolean",
    label: label("按照《煤矿安全规程》规定进行防突措施效果检验和验证", "effect checks and verifications done as the Coal Mine Safety Regulations require")
  },
  "facts.outburstIndicatorReadings": {
    type: "list",
    label: label("防突措施效果检验和验证", "outburst effect check"),
    items: {
      name: { type: "string", label: label("地点", "location") },
      method: {
        type: "string",
        values: ["gas-pressure-and-content", "seam-crossing-desorption", "heading-drill-cuttings", "heading-composite"], valueLabels: { "gas-pressure-and-content": label("瓦斯压力和瓦斯含量(表4)", "gas pressure and content (table 4)"), "seam-crossing-desorption": label("钻屑瓦斯解吸指标法(揭煤，表5)", "drill-cuttings desorption (crossing, table 5)"), "heading-drill-cuttings": label("钻屑指标法(煤巷，表6)", "drill-cuttings indices (heading, table 6)"), "heading-composite": label("复合指标法(煤巷，表7)", "composite indices (heading, table 7)") },
        label: label("检验方法(表4/表5/表6/表7)", "method (table 4 / 5 / 6 / 7)")
      },
      coalSample: { type: "string", values: ["dry", "wet"], valueLabels: { dry: label("干煤样", "dry sample"), wet: label("湿煤样", "wet sample") }, label: label("煤样(干/湿)", "coal sample (dry / wet)") },
      structuralZone: { type: "boolean", label: label("位于构造带", "in a structural zone") },
      gasPressureMPa: { type: "number", label: label("(残余)瓦斯压力p", "(residual) gas pressure p"), unit: unit("MPa", "MPa") },
      gasContent: { type: "number", label: label("(残余)瓦斯含量W", "(residual) gas content W"), unit: unit("m³/t", "m³/t") },
      deltaH2: { type: "number", label: label("钻屑瓦斯解吸指标Δh₂", "drill-cuttings desorption index Δh₂"), unit: unit("Pa", "Pa") },
      k1: { type: "number", label: label("钻屑瓦斯解吸指标K₁", "drill-cuttings desorption index K₁"), unit: unit("mL/(g·min^½)", "mL/(g·min^½)") },
      drillCuttingsKgPerM: { type: "number", label: label("钻屑量S", "drill cuttings S"), unit: unit("kg/m", "kg/m") },
      drillCuttingsLPerM: { type: "number", label: label("钻屑量S", "drill cuttings S"), unit: unit("L/m", "L/m") },
      initialEmission: { type: "number", label: label("钻孔瓦斯涌出初速度q", "initial borehole gas emission q"), unit: unit("L/min", "L/min") },
      siteCriticalReached: { type: "boolean", label: label("达到实际考察的临界值以上", "at or above the site-determined critical value") },
      measuresTaken: { type: "boolean", label: label("采取了防突措施", "outburst measures taken") }
    }
  },
  "facts.outburst.checkDataFalsified": {
    type: "boolean",
    label: label("残余瓦斯含量、残余瓦斯压力、钻屑量、钻屑瓦斯解吸指标、钻孔瓦斯涌出初速度数据人为造假", "residual gas, drill-cuttings, desorption or initial-emission data falsified")
  },
  "facts.outburst.precursorsObserved": {
    type: "boolean",
    label: label("发现有喷孔、顶钻等明显突出预兆", "clear outburst precursors (hole blow-outs, drill jamming) observed")
  },
  "facts.outburst.extraMeasuresBeforeContinuing": {
    type: "boolean",
    label: label("补充采取防突措施后再作业", "extra outburst measures taken before work went on")
  },
  "facts.outburst.protection.refugeChambers": { type: "boolean", label: label("避难硐室", "refuge chambers") },
  "facts.outburst.protection.reverseAirDoors": { type: "boolean", label: label("反向风门", "reverse air doors") },
  "facts.outburst.protection.compressedAirSelfRescue": { type: "boolean", label: label("压风自救装置", "compressed-air self-rescue devices") },
  "facts.outburst.protection.closedCircuitSelfRescuers": { type: "boolean", label: label("隔绝式自救器", "closed-circuit self-rescuers") },
  "facts.outburst.protection.remoteBlasting": { type: "boolean", label: label("远距离爆破", "remote blasting") },

  // ---- 第七条 gas drainage system (突出、高瓦斯矿井) ----
  "facts.drainageSystem.establishedAsRequired": {
    type: "boolean",
    label: label("按照《煤矿安全规程》规定建立瓦斯抽采系统", "gas drainage system built as the Coal Mine Safety Regulations require")
  },
  "facts.drainageSystem.runningNormally": { type: "boolean", label: label("瓦斯抽采系统正常运行", "gas drainage system running normally") },
  "facts.drainageSystem.surfacePumpStation": { type: "boolean", label: label("设有地面抽采瓦斯泵站", "has a surface gas drainage pump station") },
  "facts.drainageSystem.hasStandbyPump": { type: "boolean", label: label("地面抽采瓦斯泵有备用泵", "a standby surface pump") },
  "facts.drainageSystem.standbyPumpCapacity": { type: "number", label: label("备用泵能力", "standby pump capacity"), unit: unit("m³/min", "m³/min") },
  "facts.drainageSystem.largestRunningPumpCapacity": {
    type: "number",
    label: label("运行泵中最大一台单泵能力", "capacity of the largest running pump"),
    unit: unit("m³/min", "m³/min")
  },
  "facts.drainageSystem.runningPumpsInstalledCapacity": { type: "number", label: label("抽采瓦斯运行泵的装机能力", "installed capacity of the running pumps"), unit: unit("m³/min", "m³/min") },
  "facts.drainageSystem.requiredFlow": {
    type: "number",
    label: label("瓦斯抽采达标时应抽采瓦斯量对应工况流量", "working flow of the gas to be drained to meet the drainage standard"),
    unit: unit("m³/min", "m³/min")
  },
  "facts.drainageSystem.dryPumps": { type: "boolean", label: label("使用干式抽采瓦斯泵", "uses dry gas drainage pumps") },
  "facts.drainageSystem.dryPumpSafetyDevices": {
    type: "boolean",
    label: label("干式抽采瓦斯泵吸气侧管路系统装设有防回火、防回流和防爆炸作用安全装置", "flame-arrest, backflow and explosion-protection devices on the dry pumps' suction side")
  },

  // ---- 第八条 ventilation ----
  "facts.stage": { type: "string", values: ["production", "construction"], valueLabels: { production: label("生产矿井", "mine in production"), construction: label("建设矿井", "mine under construction") }, label: label("生产矿井/建设矿井", "mine in production or under construction") },
  "facts.constructionPhase": { type: "integer", label: label("建设矿井已进入的工程期(一期、二期、三期)", "construction phase entered (I, II, III)") },
  "facts.ventilation.totalAirSufficient": { type: "boolean", label: label("矿井总风量充足", "total mine air sufficient") },
  "facts.ventilatedFaces": {
    type: "list",
    label: label("采掘工作面供风", "air supply of a face"),
    items: {
      name: { type: "string", label: label("工作面", "face") },
      actualAir: { type: "number", label: label("实际供风量", "actual air supply"), unit: unit("m³/min", "m³/min") },
      requiredAir: { type: "number", label: label("需风量", "air required"), unit: unit("m³/min", "m³/min") }
    }
  },
  "facts.ventilation.standbyMainFan": { type: "boolean", label: label("有备用主要通风机", "a standby main fan") },
  "facts.ventilation.mainFansEqualCapacity": { type: "boolean", label: label("两台主要通风机具有同等能力", "the two main fans of equal capacity") },
  "facts.ventilation.fanUpgradeWithMeasures": {
    type: "boolean",
    label: label("主要通风机升级改造、更换期间，制定并落实安全技术措施", "main fan being upgraded or replaced, with safety measures made and carried out")
  },
  "facts.ventilation.prohibitedSeriesVentilation": { type: "boolean", label: label("违反《煤矿安全规程》规定采用串联通风", "series ventilation against the Coal Mine Safety Regulations") },
  "facts.ventilation.systemFormedAsDesigned": { type: "boolean", label: label("按照设计形成矿井和采(盘)区通风系统", "mine and district ventilation formed as designed") },
  "facts.ventilation.splitVentilation": { type: "boolean", label: label("生产水平和生产采(盘)区实现分区通风", "producing levels and districts separately ventilated") },
  "facts.ventilation.connectionStoppingsShortCircuit": {
    type: "boolean",
    label: label(
      "进、回风井之间，总进、总回风巷之间和采(盘)区进、回风巷之间联络巷中的风墙、风门不符合《煤矿安全规程》规定，造成风流短路",
      "stoppings or doors in cross-cuts between intake and return shafts, main roads or district roads out of spec, short-circuiting the air"
    )
  },
  "facts.headings": {
    type: "list",
    label: label("掘进工作面", "heading"),
    items: {
      name: { type: "string", label: label("名称", "name") },
      kind: { type: "string", values: ["coal", "part-coal", "rock-with-gas", "rock"], valueLabels: { coal: label("煤巷", "coal roadway"), "part-coal": label("半煤岩巷", "part-coal roadway"), "rock-with-gas": label("有瓦斯涌出的岩巷", "rock roadway with gas emission"), rock: label("岩巷", "rock roadway") }, label: label("巷道类别(煤巷/半煤岩巷/有瓦斯涌出的岩巷/岩巷)", "kind (coal / part-coal / rock with gas emission / rock)") },
      auxiliaryFan: { type: "boolean", label: label("采用局部通风机通风", "ventilated by an auxiliary fan") },
      dualFansDualPowerAutoSwitch: { type: "boolean", label: label("实现双风机、双电源且自动切换", "dual fans and dual power with automatic changeover") },
      recirculation: { type: "boolean", label: label("出现局部通风机循环风", "auxiliary-fan recirculation") }
    }
  },
  "facts.ventilation.surfaceFanThroughVentilation": {
    type: "boolean",
    label: label("形成地面主要通风机供风的全风压通风系统", "through-ventilation by the surface main fan formed")
  },
  "facts.holings": {
    type: "list",
    label: label("巷道贯通", "holing-through"),
    items: {
      name: { type: "string", label: label("名称", "name") },
      mechanised: { type: "boolean", label: label("综合机械化掘进巷道", "fully mechanised heading") },
      distanceM: { type: "number", label: label("相距", "distance apart"), unit: m },
      stoppedFaceVentilated: { type: "boolean", label: label("停掘的工作面保持正常通风", "the stopped face kept ventilated") }
    }
  },
  "facts.ventilation.permanentSealsOpenedAgainstRules": {
    type: "boolean",
    label: label("未按照《煤矿安全规程》规定启封井下永久密闭墙", "permanent seals opened against the Coal Mine Safety Regulations")
  },

  // ---- 第九条 mining beyond the licence ----
  "facts.licence.seamsBeyondLicence": { type: "boolean", label: label("超出采矿许可证载明的开采煤层层位进行开采", "mining seams beyond those the mining licence states") },
  "facts.licence.beyondBoundaryOrElevation": {
    type: "boolean",
    label: label("超出采矿许可证载明的坐标控制范围或者标高进行采煤(剥离)", "mining (stripping) beyond the licensed coordinates or elevation")
  },
  "facts.licence.safetyPillarBreached": {
    type: "boolean",
    label: label("未经设计、安全论证和审批进入或者破坏规定留设的安全煤柱", "statutory safety pillars entered or damaged without design, assessment and approval")
  },

  // ---- 第十条 water hazards ----
  "facts.water.mainSourcesIdentified": { type: "boolean", label: label("查明采(盘)区内的主要充水水源、主要充水通道", "main water sources and paths of the districts identified") },
  "facts.water.nonDedicatedDrillProbing": {
    type: "boolean",
    label: label("使用煤电钻、锚杆钻机、风锤等非专用钻机探放水(限压循环放水除外)", "probing with coal drills, bolters, pneumatic hammers or other non-dedicated drills (limited-pressure circulating drainage excepted)")
  },
  "facts.water.probingSkippedAreas": {
    type: "strings",
    values: ["flooded-workings", "aquifer-fault-karst-column", "opening-isolation-pillar", "channel-to-surface-water", "water-bearing-borehole", "water-logged-grouted-area", "low-resistivity-anomaly"],
    label: label("需要探放水而未探放水即采掘的区域(第十条(三)1–7)", "areas worked without the required probing (Art. 10(3) 1–7)")
  },
  "facts.water.probeHoleBreaches": {
    type: "strings",
    values: ["design-and-layout", "casing-length", "collapse-column", "pillar-reduction"],
    label: label("探放水钻孔数量、层位及止水套管长度不符合的规定(第十条(四)1–4)", "probe-hole number, horizon or casing rules broken (Art. 10(4) 1–4)")
  },
  "facts.water.dataFalsified": { type: "boolean", label: label("钻探、物探数据或者结论造假", "drilling or geophysics data or conclusions falsified") },
  "facts.water.missingBarrierPillars": {
    type: "strings",
    values: [
      "mine-boundary",
      "outcrop-weathered-zone",
      "under-surface-water-or-aquifer",
      "fault-connected-to-strong-aquifer",
      "water-logged-old-workings",
      "water-conducting-column-karst-river",
      "district-isolation-boundary",
      "protected-observation-hole",
      "open-pit-turned-underground"
    ],
    label: label("未留设防隔水煤(岩)柱的位置(第十条(六)1–9)", "places without a barrier pillar (Art. 10(6) 1–9)")
  },
  "facts.barrierPillars": {
    type: "list",
    label: label("防隔水煤(岩)柱", "water barrier pillar"),
    items: {
      name: { type: "string", label: label("名称", "name") },
      widthM: { type: "number", label: label("防隔水煤(岩)柱尺寸", "pillar size"), unit: m },
      beneathStrongAquifer: {
        type: "string",
        values: ["no", "driving", "extracting"], valueLabels: { no: label("否", "no"), driving: label("掘进", "driving"), extracting: label("回采", "extracting") },
        label: label("在富水性强以上含水层或者其他水淹区域下(否/掘进/回采)", "beneath a strong aquifer or flooded area (no / driving / extracting)")
      },
      roadwayHeightM: { type: "number", label: label("巷道高度", "roadway height"), unit: m },
      maxFractureZoneHeightM: { type: "number", label: label("最大导水裂隙带高度", "maximum water-conducting fracture zone height"), unit: m }
    }
  },
  "facts.water.barrierPillarAlteredOrMined": {
    type: "boolean",
    label: label("随意变动防隔水煤(岩)柱(经批准修改的除外)，或者在其中进行采掘活动", "barrier pillar altered without approval, or mined in")
  },
  "facts.water.barrierPillarEnteredAsExploration": { type: "boolean", label: label("以“探巷”等名义进入或者在采掘活动中破坏防隔水煤(岩)柱", "barrier pillar entered “as exploration” or damaged by mining") },
  "facts.water.inrushSigns": { type: "boolean", label: label("有透(突、溃)水征兆", "signs of water inrush") },
  "facts.water.threatenedPeopleWithdrawn": { type: "boolean", label: label("撤出所有受水患威胁地点人员", "everyone at threatened places withdrawn") },
  "facts.water.districtRoadwaysWithoutPermanentPumping": {
    type: "boolean",
    label: label("建设矿井进入三期工程时或者生产矿井延深到设计水平时，未按照设计建成永久排水系统掘进采区巷道", "district roadways driven before the designed permanent pumping system is built (phase III, or a new level)")
  },
  "facts.water.dipDistrictGateRoadsBeforeDrainage": { type: "boolean", label: label("下山采区未形成完整的排水系统前掘进回采巷道", "dip-district gate roads driven before a complete drainage system") },
  "facts.water.mainPumpingCompliant": {
    type: "boolean",
    label: label("主要排水系统水泵排水能力、管路排水能力和主要水仓容量符合《煤矿安全规程》规定", "main pumps, pipes and sumps meet the Coal Mine Safety Regulations")
  },
  "facts.water.steepSeamsUnderWaterUntreated": {
    type: "boolean",
    label: label("开采地表水体、老空水淹区域或者强含水层下急倾斜煤层，未采取措施消除水患威胁", "steep seams under surface water, flooded workings or strong aquifers mined without removing the threat")
  },
  "facts.water.bedSeparationWaterUntreated": { type: "boolean", label: label("受离层水威胁的采煤工作面未采取措施", "a longwall threatened by bed-separation water without measures") },
  "facts.water.burntZoneWaterUntreated": { type: "boolean", label: label("受火烧区水威胁的采掘工作面未采取探放水或者隔离措施", "a face threatened by burnt-zone water without probing or isolation") },

  // ---- 第十一条 rock burst ----
  "facts.rockBurst.gradeAppraisalFailed": { type: "boolean", label: label("未按照《煤矿安全规程》规定开展冲击地压灾害等级鉴定，或者鉴定弄虚作假", "no rock-burst hazard-grade appraisal as required, or a faked one") },
  "facts.rockBurst.burstProneSeams": { type: "boolean", label: label("开采有冲击倾向性煤层", "mines burst-prone seams") },
  "facts.rockBurst.seamHazardEvaluated": { type: "boolean", label: label("进行了冲击危险性评价", "rock-burst hazard evaluated") },
  "facts.rockBurst.districtAndFaceEvaluated": { type: "boolean", label: label("进行了采(盘)区、采掘工作面冲击危险性评价", "district and face hazard evaluated") },
  "facts.rockBurst.evaluationFalsified": { type: "boolean", label: label("煤层、采(盘)区、采掘工作面冲击危险性评价弄虚作假", "hazard evaluation faked") },
  "facts.rockBurst.warningNotActedOn": { type: "boolean", label: label("预警或者出现动力现象判定有冲击地压危险时，未停止作业、未撤人或者未卸压解危仍进行采掘作业", "work went on after a warning or dynamic phenomena without stopping, withdrawing or de-stressing") },
  "facts.rockBurst.destressingNotVerified": { type: "boolean", label: label("实施解危措施后未进行效果检验或者检验结果超过预警临界指标仍进行采掘作业", "de-stressing not verified, or still above the warning level, and mining went on") },
  "facts.rockBurst.layoutBreaches": {
    type: "strings",
    values: ["sequence-island-pillar", "pillars-in-goaf", "island-pillar-strong-seam", "island-pillar-without-assessment", "roadways-or-chambers-in-burst-seam", "two-faces-in-island-panel", "repair-parallel-or-two-points", "advance-rate-above-safe"],
    label: label("开采冲击地压煤层存在的布置、顺序情形(第十一条(七)1–6、8、10)", "layout and sequence breaches in burst seams (Art. 11(7) 1–6, 8, 10)")
  },
  "facts.rockBurstFacePairs": {
    type: "list",
    label: label("相邻采掘工作面", "pair of neighbouring faces"),
    items: {
      name: { type: "string", label: label("名称", "name") },
      pair: { type: "string", values: ["two-headings", "longwall-and-heading", "two-longwalls"], valueLabels: { "two-headings": label("2个掘进工作面", "two headings"), "longwall-and-heading": label("采煤工作面与掘进工作面", "a longwall and a heading"), "two-longwalls": label("2个采煤工作面", "two longwalls") }, label: label("类别(2个掘进/采煤与掘进/2个采煤工作面)", "kind (two headings / longwall and heading / two longwalls)") },
      bothAllRock: { type: "boolean", label: label("2个全岩掘进工作面", "both all-rock headings") },
      distanceM: { type: "number", label: label("工作面之间的距离", "distance between the faces"), unit: m },
      oneStopped: { type: "boolean", label: label("停止其中1个工作面生产", "one of them stopped") }
    }
  },
  "facts.destressingOperations": {
    type: "list",
    label: label("采掘工作面实施解危措施", "de-stressing at a face"),
    items: {
      name: { type: "string", label: label("地点", "location") },
      nearestUninvolvedPersonM: { type: "number", label: label("无关人员与解危地点的最小直线距离", "least straight-line distance of uninvolved people from the de-stressing point"), unit: m }
    }
  },
  "facts.rockBurst.advanceSupportNonCompliant": { type: "boolean", label: label("冲击地压危险区域采煤工作面超前支护长度、强度(支护形式)不符合《煤矿安全规程》规定", "advance support length or strength short of the regulations in a burst-hazard longwall") },
  "facts.rockBurst.topCoalRoadwaysNotReinforced": { type: "boolean", label: label("中等以上冲击地压危险区厚煤层托顶煤掘进巷道遇不良条件未采用复合支护加强支护", "top-coal roadways in moderate-or-worse burst zones not reinforced with bolts, cables and yielding supports in bad ground") },

  // ---- 第十二条 spontaneous combustion ----
  "facts.combustion.minesProneSeams": { type: "boolean", label: label("开采容易自燃和自燃的煤层", "mines seams prone to spontaneous combustion") },
  "facts.combustion.longwallMeasuresBreached": { type: "boolean", label: label("采煤工作面未按防灭火技术措施灌浆、注惰性气体或者喷洒阻化剂，或者灌浆管路、释放口不符合规定", "longwall fire-prevention measures (grouting, inert gas, inhibitor) missing, or grout line or inert-gas outlet wrong") },
  "facts.combustion.heatingSigns": { type: "boolean", label: label("井下出现自然发火征兆", "signs of self-heating underground") },
  "facts.combustion.heatingResponseBreached": { type: "boolean", label: label("受威胁区域未停止作业并处理、未撤出危险区域人员，或者封闭施工时未撤出无关人员", "threatened area not stopped and treated, people not withdrawn, or unrelated people not withdrawn while sealing") },
  "facts.combustion.fireZonesHandledAgainstRules": { type: "boolean", label: label("未按照《煤矿安全规程》规定封闭、启封火区", "fire zones sealed or opened against the regulations") },

  // ---- 第十三条 equipment and processes ----
  "facts.equipment.bannedInUse": { type: "boolean", label: label("使用国家明令禁止的设备或者工艺(两个目录)", "banned equipment or processes in use (the two catalogues)") },
  "facts.equipment.safetyMarkMissing": { type: "boolean", label: label("井下使用的电气设备(纳入煤矿矿用产品安全标志管理的)、反应型高分子材料、风筒、输送带未取得煤矿矿用产品安全标志", "underground electrical equipment (under MA-mark management), reactive polymers, ducts or belts without the MA safety mark") },
  "facts.equipment.electricalMismatchGasClass": { type: "boolean", label: label("井下电气设备选型与矿井瓦斯等级不符", "underground electrical equipment not matched to the gas class") },
  "facts.flameproofEquipment": {
    type: "list",
    label: label("采(盘)区内防爆电气设备", "flameproof electrical equipment in a district"),
    items: {
      name: { type: "string", label: label("设备", "equipment") },
      enclosureCrackedOrOpenWeld: { type: "boolean", label: label("隔爆外壳有裂纹、开焊", "enclosure cracked or weld open") },
      deformationLengthMm: { type: "number", label: label("隔爆外壳变形长度", "enclosure deformation length"), unit: unit("mm", "mm") },
      dentDepthMm: { type: "number", label: label("隔爆外壳凸凹深度", "enclosure dent depth"), unit: unit("mm", "mm") },
      otherLosses: {
        type: "strings",
        values: ["no-flameproof-bearing-cap", "cable-entry-unsealed", "window-loose-broken-or-ordinary-glass", "chambers-interconnected", "interlock-failed"],
        label: label("其他失爆情形(第十三条(四)2–6)", "other losses of explosion protection (Art. 13(4) 2–6)")
      }
    }
  },
  "facts.equipment.explosivesNotMatched": { type: "boolean", label: label("未按照矿井瓦斯等级选用相应的煤矿许用炸药或者数码电子雷管", "permitted explosives or electronic detonators not matched to the gas class") },
  "facts.equipment.noDedicatedBlasterOrBareBlasting": { type: "boolean", label: label("未使用专用起爆控制器或者裸露爆破", "no dedicated blasting controller, or unconfined blasting") },

  // ---- 第十四条 monitoring and communication ----
  "facts.monitoring.systemsMissingOrDown": { type: "boolean", label: label("未建立规定的监控与通讯系统(井工：安全监控、人员位置监测、有线调度通信、视频监视；露天：边坡监测预警)，或者系统不能正常运行", "the required systems (underground: safety monitoring, personnel location, wired dispatch, video; open-pit: slope monitoring) missing or not running") },
  "facts.monitoring.dataTampered": { type: "boolean", label: label("过滤、篡改、屏蔽、隐瞒或者销毁系统数据", "system data filtered, altered, blocked, hidden or destroyed") },
  "facts.monitoring.missingMethaneSensors": {
    type: "strings",
    values: [
      "longwall-return-and-corner", "long-return-midpoint", "heading-and-return", "long-heading-midpoint", "outburst-or-burst-longwall-intake",
      "series-ventilated-intake", "district-and-main-return-stations", "loading-point-trolley-road", "bunker-top", "temporary-drainage-station",
      "outburst-drilling-5-10m"
    ],
    label: label("未设置甲烷传感器的地点(第十四条(三)1–2)", "required methane sensor points without a sensor (Art. 14(3) 1–2)")
  },
  "facts.monitoring.alarmOrLockoutFailed": { type: "boolean", label: label("甲烷传感器报警功能、甲烷电闭锁功能失效", "methane alarm or methane-electric lockout failed") },
  "facts.monitoring.settingsNonCompliant": { type: "boolean", label: label("甲烷传感器的报警浓度、断电浓度或者断电范围不符合《煤矿安全规程》规定", "methane alarm or cut-off settings or range against the regulations") },
  "facts.monitoring.calibrationOverdue": { type: "boolean", label: label("甲烷传感器未按照《煤矿安全规程》规定周期调校", "methane sensors not calibrated on schedule") },
  "facts.monitoring.sensorsDefeated": { type: "boolean", label: label("为规避超限报警堵塞、包裹、喷雾、隔挡、风吹甲烷传感器或者压缩量程", "sensors blocked, wrapped, sprayed, shielded, blown or range-compressed to dodge alarms") },
  "facts.monitoring.slopeMonitoringFullCoverage": { type: "boolean", label: label("影响作业人员安全的采场、排土场实现边坡监测预警全覆盖", "slope monitoring covers every pit and dump that affects workers") },

  // ---- 第十五条 open-pit slopes ----
  "facts.finalWalls": {
    type: "list",
    label: label("已到界台阶形成的边帮", "final wall"),
    items: {
      name: { type: "string", label: label("名称", "name") },
      benches: { type: "integer", label: label("已到界台阶个数", "final benches"), unit: unit("个", "") },
      slopeAngle: { type: "number", label: label("边坡角", "slope angle"), unit: unit("°", "°") },
      designMaxAngle: { type: "number", label: label("设计最大边坡角", "design maximum slope angle"), unit: unit("°", "°") }
    }
  },
  "facts.workingBenches": {
    type: "list",
    label: label("工作台阶", "working bench"),
    items: {
      name: { type: "string", label: label("名称", "name") },
      heightM: { type: "number", label: label("台阶高度", "bench height"), unit: m },
      designHeightM: { type: "number", label: label("设计台阶高度", "design bench height"), unit: m },
      bermWidthM: { type: "number", label: label("平盘宽度", "berm width"), unit: m },
      designBermWidthM: { type: "number", label: label("设计平盘宽度", "design berm width"), unit: m }
    }
  },
  "facts.slope.acceleratingDisplacement72h": { type: "boolean", label: label("边坡位移量在72小时内连续出现加速变化的趋势", "slope displacement accelerating continuously within 72 hours") },
  "facts.slope.displacementMeasuresTaken": { type: "boolean", label: label("对加速变形采取了措施", "measures taken against the acceleration") },
  "facts.slope.failureSigns": { type: "boolean", label: label("出现边坡局部滑坡、放射状裂缝、坡体前缘上隆、裂缝持续扩展或者贯通等现象", "slide, radial cracks, toe heave, or cracks growing or joining") },
  "facts.slope.stoppedAndWithdrawn": { type: "boolean", label: label("及时停止作业并撤出影响区域人员", "work stopped and people withdrawn in time") },

  // ---- 第十六条 power supply ----
  "facts.power.singleCircuit": { type: "boolean", label: label("单回路供电", "single-circuit supply") },
  "facts.power.dualCircuitAfterShaftConnection": { type: "boolean", label: label("建井期间矿井短路贯通后进入巷道和硐室施工时形成双回路供电系统", "dual-circuit supply formed once the shafts connected and roadway work began") },
  "facts.power.producingOnCompromisedDualCircuit": { type: "boolean", label: label("双回路取自同一变电站同一母线段，或者一回路不能正常运行时仍然组织生产", "producing with both circuits from one busbar section, or with one circuit out") },

  // ---- 第十七条 construction and expansion ----
  "facts.expansion.underway": { type: "boolean", label: label("煤矿正在改扩建", "the mine is being reconstructed or expanded") },
  "facts.construction.coalProduced": { type: "boolean", label: label("新建煤矿在建设期间组织采煤", "coal produced during construction") },
  "facts.expansion.coalProducedInExpansionArea": { type: "boolean", label: label("改扩建煤矿在改扩建区域组织采煤", "coal produced in the expansion area") },
  "facts.registeredTrialRun": { type: "boolean", label: label("采煤属于经备案的联合试运转", "the coal was produced in a registered joint trial run") },
  "facts.expansion.beyondDesignElsewhere": { type: "boolean", label: label("改扩建煤矿在非改扩建区域超出设计规定范围和规模生产建设", "production elsewhere beyond the designed scope and scale") },

  // ---- 第十八条 contracting ----
  "facts.contracting.contractedOut": { type: "boolean", label: label("矿井对外发包", "the mine is contracted out") },
  "facts.contracting.wholeMine": { type: "boolean", label: label("采取整体承包形式发包", "contracted out as a whole-mine contract") },
  "facts.contracting.contractorNotQualified": { type: "boolean", label: label("整体发包给不具有法人资格或者未取得合法有效营业执照的单位或者个人", "whole-mine contractor not a legal person or without a valid business licence") },
  "facts.contracting.licenceNotRenewed": { type: "boolean", label: label("实行整体承包后未重新取得或者变更安全生产许可证进行生产", "producing under a whole-mine contract without a new or amended work-safety licence") },
  "facts.contracting.contractorSubcontracted": { type: "boolean", label: label("承包方再次将矿井转包、分包", "the contractor re-subcontracted the mine") },
  "facts.contracting.coalMiningOutsourced": { type: "boolean", label: label("井工煤矿将井下采煤作业、露天煤矿将坑下采煤工程作为独立工程发包(完全实现无人驾驶运输的露天煤矿承包单位除外)", "coal-cutting (underground) or pit coal mining (open-pit) contracted out as a separate job (fully driverless open-pit haulage excepted)") },
  "facts.contracting.drivageOrRepairOutsourced": { type: "boolean", label: label("将井下掘进作业或者井巷维修作业作为独立工程发包(规定的岩石开拓工程和同一煤矿企业的单位除外)", "drivage or roadway repair contracted out as a separate job (the listed rock development and same-group units excepted)") },
  "facts.contracting.nomineeCrewsOrShaftWorksSubcontracted": { type: "boolean", label: label("承包方存在施工队伍挂靠情形或者将井筒、井下煤仓、井下新水平延深岩石开拓工程转包", "nominee crews, or shaft, bunker or new-level rock development re-subcontracted") },

  // ---- 第十九条 restructuring ----
  "facts.restructuring.status": {
    type: "string",
    values: ["none", "underway", "completed"], valueLabels: { none: label("无", "none"), underway: label("进行中", "underway"), completed: label("已完成", "completed") },
    label: label("改制、合并、分立(无/进行中/已完成)", "restructuring, merger or split (none / underway / completed)")
  },
  "facts.restructuring.responsibleNotNamed": { type: "boolean", label: label("改制、合并、分立期间未明确安全生产责任主体或者安全生产第一责任人进行生产建设", "producing during restructuring without a named responsible entity or first responsible person") },
  "facts.restructuring.licenceNotRenewedInTime": { type: "boolean", label: label("完成改制、合并、分立后未重新取得或者按照规定时间变更安全生产许可证进行生产建设", "producing after restructuring without a new licence or one amended in time") },

  // ---- 第二十条 other major hazards ----
  "facts.stripping.contractors": { type: "integer", label: label("剥离工程承包单位数", "stripping contractors"), unit: unit("家", "") },
  "facts.stripping.contractedToIndividual": { type: "boolean", label: label("剥离工程发包给个人", "stripping contracted to an individual") },
  "facts.stripping.subcontracted": { type: "boolean", label: label("承包方转包、分包剥离工程", "the stripping contractor re-subcontracted") },
  "facts.stripping.unifiedManagement": { type: "boolean", label: label("对剥离工程承包方的安全生产工作统一协调、管理", "stripping contractors' safety coordinated and managed as one") },
  "facts.gasChecks.missedOrFaked": { type: "boolean", label: label("有人作业的采掘工作面及特殊作业地点瓦斯检查存在漏检、假检", "gas checks missed or faked at manned faces or special operations") },
  "facts.gasGrade.appraisalDates": { type: "dates", label: label("瓦斯等级鉴定日期", "gas-class appraisal dates") },
  "facts.gasGrade.emissionMeasurementDates": { type: "dates", label: label("矿井、采区、工作面瓦斯涌出量测定和计算日期", "dates of mine, district and face gas emission measurement") },
  "facts.gasGrade.remeasurementMissing": { type: "boolean", label: label("非突出煤层揭煤、超出鉴定范围、开拓新水平或者采深增加超过50m时未测定瓦斯压力、瓦斯含量", "gas pressure and content not re-measured in a non-outburst seam (crossing, beyond the appraised range, new level, or deeper by over 50 m)") },
  "facts.gasGrade.outburstAppraisalMissingOrFaked": { type: "boolean", label: label("未按规定开展突出鉴定，或者瓦斯等级鉴定弄虚作假", "no outburst appraisal as required, or a faked gas-class appraisal") },
  "facts.nonOutburstSeamTriggers": {
    type: "list",
    label: label("非突出煤层突出鉴定触发情形", "outburst-appraisal trigger in a non-outburst seam"),
    items: {
      seam: { type: "string", label: label("煤层", "seam") },
      kind: { type: "string", values: ["dynamic-phenomena", "gas-pressure", "adjacent-mine-outburst"], valueLabels: { "dynamic-phenomena": label("有瓦斯动力现象", "gas dynamic phenomena"), "gas-pressure": label("瓦斯压力", "gas pressure"), "adjacent-mine-outburst": label("相邻矿井同一煤层突出或者被鉴定、认定为突出煤层", "the same seam in a neighbouring mine burst out or was appraised an outburst seam") }, label: label("情形(瓦斯动力现象/瓦斯压力/相邻矿井同一煤层突出或者被鉴定、认定)", "trigger (dynamic phenomena / gas pressure / same seam in a neighbouring mine)") },
      gasPressureMPa: { type: "number", label: label("瓦斯压力", "gas pressure"), unit: unit("MPa", "MPa") },
      since: { type: "date", label: label("出现日期", "date it arose") },
      directlyDetermined: { type: "boolean", label: label("直接认定为突出煤层", "directly determined an outburst seam") },
      appraisalCompleted: { type: "boolean", label: label("完成煤层突出危险性鉴定", "outburst appraisal completed") },
      managedAsOutburst: { type: "boolean", label: label("鉴定、认定前按照突出煤层管理", "managed as an outburst seam until appraised") }
    }
  },
  "facts.headcount.concealed": { type: "boolean", label: label("隐瞒采掘工作面或者下井人数", "faces or headcount underground concealed") },
  "facts.hoisting.manWinderProtectionBreached": { type: "boolean", label: label("升降人员的提升装置未安装规定的保护，或者保护失效后仍然运行", "man-winders without the listed protections, or running with one failed") },
  "facts.hoisting.chairliftProtectionBreached": { type: "boolean", label: label("架空乘人装置未安装规定的保护，或者保护失效后仍然运行", "chairlifts without the listed protections, or running with one failed") },
  "facts.belts.notFlameTested": { type: "boolean", label: label("输送带入井前未经过阻燃试验或者试验不合格入井", "belts taken underground without passing a flame-retardance test") },
  "facts.belts.smokeMonitoringMissingOrFailed": { type: "boolean", label: label("带式输送机未安设烟雾监测装置或者失效", "no or failed smoke monitoring on belt conveyors") },
  "facts.belts.drumSensorsMissingOrFailed": { type: "boolean", label: label("带式输送机机头、机尾滚筒下风侧(机头、机尾各一组，下风侧10m至20m)未安设烟雾传感器、一氧化碳传感器或者失效", "no or failed smoke or CO sensors downwind (10–20 m) of a belt's head or tail drum") },
  "facts.drivage.blindTowardsOldWorkings": { type: "boolean", label: label("掘进工作面前方老巷、老空情况不明盲目掘进作业", "driving blind towards unknown old roadways or workings") },
  "facts.drivage.workInbyRepairPoint": { type: "boolean", label: label("后部巷道或者独头巷道维修、处置着火点时，维修(处置)点以里继续掘进或者有人员进入", "driving on, or people inby, while a dead-end roadway is repaired or a hot spot treated") },
  "facts.selfRescue.missingAtOutburstOrBurstFaces": { type: "boolean", label: label("突出煤层、冲击地压煤层采掘工作面未安设压风自救装置", "no compressed-air self-rescue at faces in outburst or rock-burst seams") },
  "facts.hotWork.againstRules": { type: "boolean", label: label("违反《煤矿安全规程》规定进行电焊、气焊和喷灯焊接等作业", "welding or torch work against the regulations") },
  "facts.roof.unsupportedWork": { type: "boolean", label: label("在采掘工作面违反作业规程规定空顶作业", "work under unsupported roof against the working rules") },
  "facts.lithiumCharging": {
    type: "list",
    label: label("井下锂电池充电", "lithium battery charged underground"),
    items: {
      name: { type: "string", label: label("设备", "equipment") },
      capacityKWh: { type: "number", label: label("锂电池电量", "battery energy"), unit: unit("kW·h", "kWh") },
      exclusion: {
        type: "string",
        values: ["none", "vehicle-starting-not-externally-chargeable", "monitoring-communication-refuge-backup"], valueLabels: { none: label("无", "none"), "vehicle-starting-not-externally-chargeable": label("不能外部充电的防爆柴油机无轨胶轮车车载启动电池", "starting battery of a flameproof diesel vehicle that cannot be charged externally"), "monitoring-communication-refuge-backup": label("监控、通信、避险设备后备电池", "backup battery of monitoring, communication or refuge equipment") },
        label: label("答复排除的电池(无/不能外部充电的防爆柴油机无轨胶轮车启动电池/监控、通信、避险设备后备电池)", "battery the replies exclude (none / starting battery of a flameproof diesel vehicle not chargeable externally / backup of monitoring, communication or refuge equipment)")
      },
      inDedicatedChamber: { type: "boolean", label: label("在专用充电硐室充电", "charged in a dedicated chamber") },
      chamberIndependentlyVentilated: { type: "boolean", label: label("专用充电硐室独立通风", "chamber independently ventilated") },
      chamberSensorsWithCutoff: { type: "boolean", label: label("设置具备超限自动断电功能的甲烷、一氧化碳、氢气、烟雾和温度传感器", "methane, CO, hydrogen, smoke and temperature sensors with automatic cut-off") }
    }
  },
  "facts.disasterEvents": {
    type: "list",
    label: label("井下灾害事件", "underground disaster event"),
    items: {
      name: { type: "string", label: label("事件", "event") },
      kind: { type: "string", values: ["outburst", "face-flooded", "rock-burst-damage", "fire-sealing"], valueLabels: { outburst: label("煤(岩)与瓦斯(二氧化碳)突出", "outburst"), "face-flooded": label("透水造成采掘工作面被淹", "face flooded by an inrush"), "rock-burst-damage": label("冲击地压造成巷道严重变形、设备损坏", "rock burst badly deforming roadways or damaging equipment"), "fire-sealing": label("因火灾封闭工作面(矿井)", "face (mine) sealed for fire") }, label: label("类别(突出/透水淹面/冲击地压损坏/火灾封闭)", "kind (outburst / face flooded / rock-burst damage / sealed for fire)") },
      causedCasualties: { type: "boolean", label: label("造成人员伤亡", "caused casualties") }
    }
  },

  // ---- 《煤矿安全生产条例》第三十六条 (2024-05-01 to 2026-06-30): the inspection's finding per item ----
  "facts.regulation36.overCapacity": { type: "boolean", label: label("存在第三十六条(一)情形：超能力、超强度或者超定员组织生产", "Art. 36(1) present: production over capacity, intensity or manning") },
  "facts.regulation36.gasOverLimitWork": { type: "boolean", label: label("存在第三十六条(二)情形：瓦斯超限作业", "Art. 36(2) present: working with gas over the limit") },
  "facts.regulation36.outburstMeasuresNotImplemented": { type: "boolean", label: label("存在第三十六条(三)情形：煤(岩)与瓦斯(二氧化碳)突出矿井未按照规定实施防突措施", "Art. 36(3) present: an outburst mine not carrying out outburst prevention as required") },
  "facts.regulation36.drainageSystemMissingOrDown": { type: "boolean", label: label("存在第三十六条(四)情形：突出矿井、高瓦斯矿井未按照规定建立瓦斯抽采系统，或者系统不能正常运行", "Art. 36(4) present: no gas drainage system as required in an outburst or high-gas mine, or it does not run normally") },
  "facts.regulation36.ventilationUnreliable": { type: "boolean", label: label("存在第三十六条(五)情形：通风系统不完善、不可靠", "Art. 36(5) present: ventilation incomplete or unreliable") },
  "facts.regulation36.miningBeyondLicence": { type: "boolean", label: label("存在第三十六条(六)情形：超层、越界开采", "Art. 36(6) present: mining beyond the licensed seams or boundary") },
  "facts.regulation36.seriousWaterHazard": { type: "boolean", label: label("存在第三十六条(七)情形：有严重水患，未采取有效措施", "Art. 36(7) present: serious water hazard without effective measures") },
  "facts.regulation36.rockBurstUntreated": { type: "boolean", label: label("存在第三十六条(八)情形：有冲击地压危险，未采取有效措施", "Art. 36(8) present: rock-burst danger without effective measures") },
  "facts.regulation36.spontaneousCombustionUntreated": { type: "boolean", label: label("存在第三十六条(九)情形：自然发火严重，未采取有效措施", "Art. 36(9) present: serious spontaneous combustion without effective measures") },
  "facts.regulation36.obsoleteEquipment": { type: "boolean", label: label("存在第三十六条(十)情形：使用应当淘汰的危及生产安全的设备、工艺", "Art. 36(10) present: equipment or processes that should be retired in use") },
  "facts.regulation36.monitoringMissingOrDown": { type: "boolean", label: label("存在第三十六条(十一)情形：未按照规定建立监控与通讯系统，或者系统不能正常运行", "Art. 36(11) present: no monitoring and communication system as required, or it does not run normally") },
  "facts.regulation36.slopeUntreated": { type: "boolean", label: label("存在第三十六条(十二)情形：露天煤矿边坡角大于设计最大值或者边坡发生严重变形，未采取有效措施", "Art. 36(12) present: open-pit slope steeper than the design maximum or badly deformed, without effective measures") },
  "facts.regulation36.noDualCircuit": { type: "boolean", label: label("存在第三十六条(十三)情形：未按照规定采用双回路供电系统", "Art. 36(13) present: no dual-circuit power supply as required") },
  "facts.regulation36.producingWhileBuilding": { type: "boolean", label: label("存在第三十六条(十四)情形：新建煤矿边建设边生产，煤矿改扩建期间，在改扩建的区域生产，或者在其他区域的生产超出设计规定的范围和规模", "Art. 36(14) present: producing while building, in the expansion area, or beyond the designed scope elsewhere") },
  "facts.regulation36.contractingBreach": { type: "boolean", label: label("存在第三十六条(十五)情形：实行整体承包生产经营后，未重新取得或者及时变更安全生产许可证而从事生产，或者承包方再次转包，以及将井下采掘工作面和井巷维修作业外包", "Art. 36(15) present: contracting breaches (licence not renewed, re-subcontracting, faces or roadway repair outsourced)") },
  "facts.regulation36.restructuringBreach": { type: "boolean", label: label("存在第三十六条(十六)情形：改制、合并、分立期间，未明确安全生产责任人和安全生产管理机构，或者在完成改制、合并、分立后，未重新取得或者及时变更安全生产许可证等", "Art. 36(16) present: restructuring breaches (no responsible person or body, licence not renewed)") },
  "facts.regulation36.otherMajorHazard": { type: "boolean", label: label("存在第三十六条(十七)情形：有其他重大事故隐患", "Art. 36(17) present: another major accident hazard") }
} satisfies FactDeclarations

/**
 * The Schema of `enterprise.facts.coalMine`, derived from {@link coalMineFacts}: every fact optional,
 * numbers finite, strings limited to their allowed values.
 *
 * @since 0.2.0
 */
export const CoalMineFacts = FactDeclaration.sectionSchema(coalMineFacts) as Schema.Decoder<CoalMineFacts, never>

/**
 * The decoded fact section. Its fields are the declarations' paths without `facts.`; the rules read
 * it through their conditions, so the type is kept open.
 *
 * @since 0.2.0
 */
export type CoalMineFacts = Readonly<Record<string, unknown>>
