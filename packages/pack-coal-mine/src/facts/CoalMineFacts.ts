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
  "facts.mineType": { type: "string", values: [...mineTypes], label: label("煤矿类型(井工/露天)", "mine type (underground / open-pit)") },
  "facts.gasClass": { type: "string", values: [...gasClasses], label: label("矿井瓦斯等级", "mine gas class") },

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
      faceLimit: { type: "integer", label: label("《煤矿安全规程》规定的工作面个数上限", "the number of faces the Coal Mine Safety Regulations allow"), unit: unit("个", "") }
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
      place: { type: "string", values: [...gasReadingPlaces], label: label("地点类别", "kind of place") },
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
      cause: { type: "string", values: [...exceedanceCauses], label: label("原因", "cause") }
    }
  },
  "facts.drainsGas": { type: "boolean", label: label("矿井进行瓦斯抽采", "the mine drains gas") },
  "facts.longwalls": {
    type: "list",
    label: label("采煤工作面", "longwall face"),
    items: {
      name: { type: "string", label: label("名称", "name") },
      gasMainlyFrom: { type: "string", values: [...gasSources], label: label("瓦斯涌出量主要来源", "where the gas mainly comes from") },
      dailyOutputT: { type: "number", label: label("工作面日产量A", "daily output A"), unit: unit("t", "t") },
      desorbableGas: {
        type: "number",
        label: label("采煤工作面前方20m以上范围内煤的可解吸瓦斯量", "desorbable gas of the coal 20 m and more ahead of the face"),
        unit: unit("m³/t", "m³/t")
      },
      absoluteEmission: { type: "number", label: label("工作面绝对瓦斯涌出量Q", "face absolute gas emission Q"), unit: unit("m³/min", "m³/min") },
      drainageRate: { type: "number", label: label("工作面瓦斯抽采率", "face gas drainage rate"), unit: pct }
    }
  },
  "facts.mineAbsoluteEmission": { type: "number", label: label("矿井绝对瓦斯涌出量Q", "mine absolute gas emission Q"), unit: unit("m³/min", "m³/min") },
  "facts.mineDrainageRate": { type: "number", label: label("矿井瓦斯抽采率", "mine gas drainage rate"), unit: pct }
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
