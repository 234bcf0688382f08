/**
 * 危险化学品事实 — the fact section of the hazchem pack: what the 20 items of
 * 化工和危险化学品生产经营单位重大生产安全事故隐患判定标准(试行) (`hazchem-major-hazard-2017`,
 * regulations.md §1) read.
 *
 * Every fact is optional (`Schema.optionalKey`): an absent fact means "unknown", and a rule that
 * needs it answers `indeterminate`; nothing defaults silently. An empty array is a known fact
 * ("checked, none"); an absent array is not. Inside list entries, only the key that says what the
 * entry is (`process`, `kind`) is required.
 *
 * The field comments name the item(s) of §1 that read each fact. Item 1 (考核 of the 主要负责人 and
 * 安全生产管理人员) reads the core enterprise profile (`enterprise.keyPeople[].assessment`), not this
 * section. Calendar days are core's `CalendarDate`; instants are core's `IsoInstant`.
 *
 * @since 0.1.0
 */
import { CalendarDate } from "@anquan/core"
import { Schema } from "effect"
import { grade as gradeUnit, type GradeResult } from "../major-hazard-installation/grade.ts"
import type { MajorHazardGrade } from "../major-hazard-installation/tables.ts"
import { type HazardUnit, SubstanceEntry, UnitKind } from "../major-hazard-installation/Unit.ts"
import { KeyHazardousProcessId } from "./keyHazardousProcesses.ts"
import { SpecialOperationPermit } from "./specialOperations.ts"

const opt = Schema.optionalKey
const Bool = Schema.Boolean
const Id = Schema.String
const NonNegative = Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0, { message: "Expected a number ≥ 0" }))
const HeadCount = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0, { message: "Expected a head-count ≥ 0" }))

// ---------------------------------------------------------------------------------------------
// Item 1 — 主要负责人和安全生产管理人员考核
// ---------------------------------------------------------------------------------------------
//
// Not here: item 1 reads the core enterprise profile, `enterprise.keyPeople[]` with roles
// `principal` (主要负责人) and `safety-officer` (安全生产管理人员) and their `assessment`
// ({ passed, date? }). One source only: the pack-local `keyPersonnel` list that duplicated it was
// removed (see README, "Item 1: one source").

// ---------------------------------------------------------------------------------------------
// Item 2 — 特种作业人员
// ---------------------------------------------------------------------------------------------

/**
 * 特种作业人员 (item 2: 未持证上岗).
 *
 * @since 0.1.0
 */
export const SpecialOperator = Schema.Struct({
  name: opt(Schema.String),
  /** 作业类别, e.g. 危险化学品安全作业 (氯化工艺作业), 化工自动化控制仪表作业, 电工作业. */
  operationType: opt(Schema.String),
  /** 持有特种作业操作证. */
  holdsCertificate: opt(Bool),
  /** 操作证有效期至. */
  certificateValidUntil: opt(CalendarDate.CalendarDate)
}).annotate({ identifier: "SpecialOperator", description: "特种作业人员" })

// ---------------------------------------------------------------------------------------------
// Item 3 — 外部安全防护距离
// ---------------------------------------------------------------------------------------------

/**
 * 外部安全防护距离 of one production unit or storage facility (item 3). The item concerns units
 * involving "两重点一重大": 重点监管危险化工工艺, 重点监管危险化学品, 重大危险源.
 *
 * @since 0.1.0
 */
export const ExternalSafetyDistance = Schema.Struct({
  unitId: opt(Id),
  unitName: opt(Schema.String),
  /** 涉及重点监管危险化工工艺. */
  involvesKeyProcess: opt(Bool),
  /** 涉及重点监管危险化学品. */
  involvesKeySupervisedChemical: opt(Bool),
  /** 构成重大危险源. */
  involvesMajorHazard: opt(Bool),
  /** 国家标准要求的距离, m. */
  requiredMetres: opt(NonNegative),
  /** 实际距离, m. */
  actualMetres: opt(NonNegative),
  /** 符合国家标准 (as assessed, e.g. in the 安全评价). */
  meetsStandard: opt(Bool)
}).annotate({ identifier: "ExternalSafetyDistance", description: "外部安全防护距离" })

// ---------------------------------------------------------------------------------------------
// Item 4 — 重点监管危险化工工艺的自动化控制和紧急停车
// ---------------------------------------------------------------------------------------------

/**
 * 系统状态 — `absent` 未装备/未实现, `installed-not-in-use` 已装备未投入使用, `in-use` 已投用.
 *
 * @since 0.1.0
 */
export const SystemStatus = Schema.Literals(["absent", "installed-not-in-use", "in-use"]).annotate({
  description: "absent 未实现 | installed-not-in-use 装备但未投入使用 | in-use 投用"
})

/** @since 0.1.0 */
export type SystemStatus = typeof SystemStatus.Type

/**
 * 重点监管危险化工工艺 in use at a unit (item 4; also item 3's 两重点一重大).
 *
 * @since 0.1.0
 */
export const KeyProcessUse = Schema.Struct({
  process: KeyHazardousProcessId,
  unitId: opt(Id),
  /** 自动化控制系统. */
  automation: opt(SystemStatus),
  /** 紧急停车系统 / 功能. */
  emergencyShutdown: opt(SystemStatus)
}).annotate({ identifier: "KeyProcessUse", description: "重点监管危险化工工艺装置" })

// ---------------------------------------------------------------------------------------------
// Item 5 — 重大危险源
// ---------------------------------------------------------------------------------------------

/**
 * 储罐区介质 — the media item 5 names for the independent SIS: `toxic-gas` 毒性气体,
 * `liquefied-gas` 液化气体, `highly-toxic-liquid` 剧毒液体.
 *
 * @since 0.1.0
 */
export const TankFarmMedium = Schema.Literals(["toxic-gas", "liquefied-gas", "highly-toxic-liquid"]).annotate({
  description: "toxic-gas 毒性气体 | liquefied-gas 液化气体 | highly-toxic-liquid 剧毒液体"
})

/**
 * 罐区 facts of a major hazard installation that is a tank farm (item 5).
 *
 * @since 0.1.0
 */
export const TankFarm = Schema.Struct({
  /** 紧急切断功能. */
  hasEmergencyShutOff: opt(Bool),
  /** 独立的安全仪表系统 (SIS). */
  hasIndependentSis: opt(Bool),
  /** Which of the three media it stores (empty = none of them). */
  media: opt(Schema.Array(TankFarmMedium))
}).annotate({ identifier: "TankFarm", description: "重大危险源罐区" })

/**
 * 重大危险源 (item 5; item 3's 两重点一重大). The grade is either computed from the inventory
 * (`unitKind`, `substances`, `exposedPeople`, by GB 18218-2018 — see {@link installationGrade}) or
 * the grade recorded at registration (`recordedGrade`, 备案级别).
 *
 * @since 0.1.0
 */
export const MajorHazardInstallation = Schema.Struct({
  id: opt(Id),
  name: opt(Schema.String),
  /** 生产单元 / 储存单元. */
  unitKind: opt(UnitKind),
  /**
   * 危险化学品及最大实际存在量: 表1 substances by id (`named`), others by their 表2 row (`category`) or
   * hazards (`classified`: several hazards, flammable liquids by category and conditions), and
   * mixtures (`mixture`, GB 18218-2018 4.2.3).
   */
  substances: opt(Schema.Array(SubstanceEntry)),
  /** 厂区边界外500米范围内暴露人员数 (α). */
  exposedPeople: opt(HeadCount),
  /** 备案的重大危险源级别 1–4. */
  recordedGrade: opt(Schema.Literals([1, 2, 3, 4]).annotate({ description: "一级 1 | 二级 2 | 三级 3 | 四级 4" })),
  /** 是否为储罐区. */
  isTankFarm: opt(Bool),
  tankFarm: opt(TankFarm)
}).annotate({ identifier: "MajorHazardInstallation", description: "重大危险源" })

/** @since 0.1.0 */
export type MajorHazardInstallation = typeof MajorHazardInstallation.Type

/**
 * The {@link HazardUnit} of an installation, when its kind and inventory are known.
 *
 * @since 0.1.0
 */
export const toHazardUnit = (installation: MajorHazardInstallation): HazardUnit | undefined =>
  installation.unitKind === undefined || installation.substances === undefined
    ? undefined
    : {
      ...(installation.id === undefined ? {} : { id: installation.id }),
      ...(installation.name === undefined ? {} : { name: installation.name }),
      kind: installation.unitKind,
      substances: installation.substances
    }

/**
 * The grade of an installation: computed from the inventory by GB 18218-2018 when `unitKind`,
 * `substances` and `exposedPeople` are known and decide the grade, every β included (`basis: "computed"`; the result
 * may be `NotMajorHazard`); else the recorded grade (`basis: "recorded"`); else `undefined`
 * (unknown — rules answer `indeterminate`).
 *
 * @since 0.1.0
 */
export const installationGrade = (
  installation: MajorHazardInstallation
):
  | { readonly basis: "computed"; readonly result: Exclude<GradeResult, { readonly _tag: "BetaUnknown" | "Indeterminate" }> }
  | { readonly basis: "recorded"; readonly grade: MajorHazardGrade }
  | undefined => {
  const unit = toHazardUnit(installation)
  if (unit !== undefined && installation.exposedPeople !== undefined) {
    const result = gradeUnit(unit, { exposedPeople: installation.exposedPeople })
    if (result._tag !== "BetaUnknown" && result._tag !== "Indeterminate") return { basis: "computed", result }
  }
  return installation.recordedGrade === undefined ? undefined : { basis: "recorded", grade: installation.recordedGrade }
}

// ---------------------------------------------------------------------------------------------
// Items 6–9
// ---------------------------------------------------------------------------------------------

/**
 * 全压力式液化烃储罐 (item 6).
 *
 * @since 0.1.0
 */
export const PressurisedLiquefiedHydrocarbonTank = Schema.Struct({
  id: opt(Id),
  /** 按国家标准设置注水措施. */
  hasWaterInjection: opt(Bool)
}).annotate({ identifier: "PressurisedLiquefiedHydrocarbonTank", description: "全压力式液化烃储罐" })

/**
 * 液化气体装卸 (item 7): the medium and the loading method.
 *
 * @since 0.1.0
 */
export const LiquefiedGasLoading = Schema.Struct({
  id: opt(Id),
  medium: opt(Schema.Literals([
    "liquefied-hydrocarbon",
    "liquid-ammonia",
    "liquid-chlorine",
    "other-flammable-or-toxic-liquefied-gas"
  ]).annotate({
    description: "liquefied-hydrocarbon 液化烃 | liquid-ammonia 液氨 | liquid-chlorine 液氯 | other-flammable-or-toxic-liquefied-gas 其他易燃易爆、有毒有害液化气体"
  })),
  /** `universal-loading-arm` 万向管道充装系统, `other` anything else (e.g. hoses). */
  method: opt(Schema.Literals(["universal-loading-arm", "other"]).annotate({
    description: "universal-loading-arm 万向管道充装系统 | other 其他"
  }))
}).annotate({ identifier: "LiquefiedGasLoading", description: "液化气体充装" })

/**
 * 剧毒气体 / 硫化氢 管道 (item 8). Areas crossed **outside** the plant boundary: chemical parks and
 * industrial parks count as inside the plant for this item, so only `public-area` matters.
 *
 * @since 0.1.0
 */
export const ToxicGasPipeline = Schema.Struct({
  id: opt(Id),
  medium: opt(Schema.Literals(["phosgene", "chlorine", "other-highly-toxic-gas", "hydrogen-sulfide"]).annotate({
    description: "phosgene 光气 | chlorine 氯气 | other-highly-toxic-gas 其他剧毒气体 | hydrogen-sulfide 硫化氢"
  })),
  /** 厂外穿越的区域 (empty = stays inside the plant). */
  areasCrossedOutsidePlant: opt(Schema.Array(Schema.Literals(["chemical-park", "industrial-park", "public-area"]).annotate({
    description: "chemical-park 化工园区 | industrial-park 工业园区 | public-area 公共区域"
  })))
}).annotate({ identifier: "ToxicGasPipeline", description: "剧毒气体、硫化氢管道" })

/**
 * 区域架空电力线路 (item 9).
 *
 * @since 0.1.0
 */
export const OverheadPowerLine = Schema.Struct({
  id: opt(Id),
  /** 穿越生产区. */
  crossesProductionArea: opt(Bool),
  /** 符合国家标准. */
  compliesWithStandard: opt(Bool)
}).annotate({ identifier: "OverheadPowerLine", description: "区域架空电力线路" })

// ---------------------------------------------------------------------------------------------
// Items 10, 14 — 化工装置
// ---------------------------------------------------------------------------------------------

/**
 * 化工生产装置: design provenance (item 10) and power supply (item 14).
 *
 * @since 0.1.0
 */
export const ChemicalUnit = Schema.Struct({
  id: opt(Id),
  name: opt(Schema.String),
  /** 在役. */
  inService: opt(Bool),
  /** 经正规设计 (item 10). */
  formallyDesigned: opt(Bool),
  /** 已进行安全设计诊断 (item 10). */
  safetyDesignDiagnosisDone: opt(Bool),
  /** 双重电源供电 (item 14). */
  dualPowerSupply: opt(Bool),
  /** 自动化控制系统设置不间断电源 UPS (item 14). */
  automationUps: opt(Bool)
}).annotate({ identifier: "ChemicalUnit", description: "化工生产装置" })

// ---------------------------------------------------------------------------------------------
// Items 11–13, 15
// ---------------------------------------------------------------------------------------------

/**
 * 淘汰落后安全技术工艺、设备 in use (item 11).
 *
 * @since 0.1.0
 */
export const ObsoleteTechnology = Schema.Struct({
  kind: Schema.Literals(["process", "equipment"]).annotate({ description: "process 工艺 | equipment 设备" }),
  name: opt(Schema.String),
  /** The 目录 entry it matches. */
  catalogueEntry: opt(Schema.String)
}).annotate({ identifier: "ObsoleteTechnology", description: "淘汰落后安全技术工艺、设备" })

/**
 * 可燃和有毒气体泄漏场所 (item 12).
 *
 * @since 0.1.0
 */
export const GasLeakLocation = Schema.Struct({
  id: opt(Id),
  gas: opt(Schema.Literals(["flammable", "toxic", "flammable-and-toxic"]).annotate({
    description: "flammable 可燃 | toxic 有毒 | flammable-and-toxic 可燃且有毒"
  })),
  /** 设置检测报警装置. */
  hasDetectionAlarm: opt(Bool)
}).annotate({ identifier: "GasLeakLocation", description: "可燃和有毒气体泄漏场所" })

/**
 * 爆炸危险场所 (item 12).
 *
 * @since 0.1.0
 */
export const ExplosionHazardArea = Schema.Struct({
  id: opt(Id),
  /** 按国家标准安装使用防爆电气设备. */
  explosionProofEquipmentCompliant: opt(Bool)
}).annotate({ identifier: "ExplosionHazardArea", description: "爆炸危险场所" })

/**
 * 控制室 / 机柜间 (item 13).
 *
 * @since 0.1.0
 */
export const ControlRoom = Schema.Struct({
  kind: Schema.Literals(["control-room", "cabinet-room"]).annotate({ description: "control-room 控制室 | cabinet-room 机柜间" }),
  id: opt(Id),
  /** 面向具有火灾、爆炸危险性装置一侧. */
  facesFireExplosionHazardUnit: opt(Bool),
  /** 满足防火防爆要求. */
  fireAndBlastProtectionCompliant: opt(Bool)
}).annotate({ identifier: "ControlRoom", description: "控制室、机柜间" })

/**
 * 安全附件 (item 15).
 *
 * @since 0.1.0
 */
export const SafetyAccessory = Schema.Struct({
  kind: Schema.Literals(["safety-valve", "rupture-disc", "other"]).annotate({
    description: "safety-valve 安全阀 | rupture-disc 爆破片 | other 其他安全附件"
  }),
  id: opt(Id),
  /** 正常投用. */
  inNormalService: opt(Bool)
}).annotate({ identifier: "SafetyAccessory", description: "安全附件" })

// ---------------------------------------------------------------------------------------------
// Items 16–19
// ---------------------------------------------------------------------------------------------

/**
 * 新开发 / 首次使用的化工工艺 (item 19).
 *
 * @since 0.1.0
 */
export const NewProcess = Schema.Struct({
  name: opt(Schema.String),
  /** 新开发的危险化学品生产工艺. */
  newlyDeveloped: opt(Bool),
  /** 已投入工业化生产. */
  inIndustrialProduction: opt(Bool),
  /** 小试. */
  labScaleTest: opt(Bool),
  /** 中试. */
  pilotScaleTest: opt(Bool),
  /** 工业化试验. */
  industrialTrial: opt(Bool),
  /** 国内首次使用. */
  firstUseInChina: opt(Bool),
  /** 经省级人民政府有关部门组织的安全可靠性论证. */
  provincialSafetyReliabilityDemonstration: opt(Bool)
}).annotate({ identifier: "NewProcess", description: "新开发/首次使用的化工工艺" })

/**
 * 新建装置 (item 19: 未制定试生产方案投料开车).
 *
 * @since 0.1.0
 */
export const NewUnit = Schema.Struct({
  id: opt(Id),
  /** 已投料开车. */
  chargedAndStarted: opt(Bool),
  /** 制定了试生产方案. */
  trialRunPlan: opt(Bool)
}).annotate({ identifier: "NewUnit", description: "新建装置" })

/**
 * 工艺开发与试生产 (item 19).
 *
 * @since 0.1.0
 */
export const ProcessDevelopment = Schema.Struct({
  newProcesses: opt(Schema.Array(NewProcess)),
  newUnits: opt(Schema.Array(NewUnit)),
  /** 精细化工企业. */
  isFineChemicalEnterprise: opt(Bool),
  /** 按规范性文件要求开展了反应安全风险评估. */
  reactionSafetyRiskAssessmentDone: opt(Bool)
}).annotate({ identifier: "ProcessDevelopment", description: "工艺开发与试生产" })

// ---------------------------------------------------------------------------------------------
// Item 20 — 储存
// ---------------------------------------------------------------------------------------------

/**
 * 危险化学品储存场所 (item 20).
 *
 * @since 0.1.0
 */
export const StorageArea = Schema.Struct({
  id: opt(Id),
  name: opt(Schema.String),
  /** 按国家标准分区分类储存. */
  zonedAndClassified: opt(Bool),
  /** 超量储存. */
  overQuantity: opt(Bool),
  /** 超品种储存. */
  overVariety: opt(Bool),
  /** 相互禁配物质混放混存. */
  incompatibleMixedStorage: opt(Bool)
}).annotate({ identifier: "StorageArea", description: "危险化学品储存场所" })

// ---------------------------------------------------------------------------------------------
// The fact section
// ---------------------------------------------------------------------------------------------

/**
 * 危险化学品事实 — the hazchem pack's fact section. Every key is optional; absent = unknown.
 *
 * @since 0.1.0
 */
export const HazchemFacts = Schema.Struct({
  /** 第2项 特种作业人员及持证情况. */
  specialOperators: opt(Schema.Array(SpecialOperator)),
  /** 第3项 涉及"两重点一重大"的生产装置、储存设施的外部安全防护距离. */
  externalSafetyDistances: opt(Schema.Array(ExternalSafetyDistance)),
  /** 第4项 重点监管危险化工工艺装置的自动化控制和紧急停车 (empty = uses none of the 18). */
  keyProcesses: opt(Schema.Array(KeyProcessUse)),
  /** 第5项 重大危险源 (empty = none). */
  majorHazardInstallations: opt(Schema.Array(MajorHazardInstallation)),
  /** 第6项 全压力式液化烃储罐 (empty = none). */
  pressurisedLiquefiedHydrocarbonTanks: opt(Schema.Array(PressurisedLiquefiedHydrocarbonTank)),
  /** 第7项 液化烃、液氨、液氯等液化气体的充装 (empty = none). */
  liquefiedGasLoading: opt(Schema.Array(LiquefiedGasLoading)),
  /** 第8项 光气、氯气等剧毒气体及硫化氢气体管道 (empty = none). */
  toxicGasPipelines: opt(Schema.Array(ToxicGasPipeline)),
  /** 第9项 区域架空电力线路 (empty = none near the site). */
  overheadPowerLines: opt(Schema.Array(OverheadPowerLine)),
  /** 第10项、第14项 化工生产装置. */
  chemicalUnits: opt(Schema.Array(ChemicalUnit)),
  /** 第11项 使用中的淘汰落后安全技术工艺、设备 (empty = none). */
  obsoleteTechnologyInUse: opt(Schema.Array(ObsoleteTechnology)),
  /** 第12项 可燃和有毒气体泄漏场所. */
  gasLeakLocations: opt(Schema.Array(GasLeakLocation)),
  /** 第12项 爆炸危险场所. */
  explosionHazardAreas: opt(Schema.Array(ExplosionHazardArea)),
  /** 第13项 控制室、机柜间. */
  controlRooms: opt(Schema.Array(ControlRoom)),
  /** 第15项 安全阀、爆破片等安全附件. */
  safetyAccessories: opt(Schema.Array(SafetyAccessory)),
  /** 第16项 与岗位相匹配的全员安全生产责任制. */
  responsibilitySystem: opt(Schema.Struct({
    established: opt(Bool),
    matchedToPosts: opt(Bool)
  }).annotate({ identifier: "ResponsibilitySystem", description: "全员安全生产责任制" })),
  /** 第16项 生产安全事故隐患排查治理制度: 制定 and 实施. */
  hazardInvestigationSystem: opt(Schema.Struct({
    established: opt(Bool),
    implemented: opt(Bool)
  }).annotate({ identifier: "HazardInvestigationSystem", description: "事故隐患排查治理制度" })),
  /** 第17项 制定了操作规程. */
  operatingProceduresEstablished: opt(Bool),
  /** 第17项 制定了工艺控制指标. */
  processControlLimitsEstablished: opt(Bool),
  /** 第18项 特殊作业管理制度 (per GB 30871): 制定 and 有效执行. */
  specialOperationManagement: opt(Schema.Struct({
    systemEstablished: opt(Bool),
    systemEnforced: opt(Bool)
  }).annotate({ identifier: "SpecialOperationManagement", description: "特殊作业管理制度" })),
  /** 第18项 特殊作业安全作业票 (GB 30871-2022): evidence of enforcement. */
  specialOperationPermits: opt(Schema.Array(SpecialOperationPermit)),
  /** 第19项 工艺开发与试生产. */
  processDevelopment: opt(ProcessDevelopment),
  /** 第20项 危险化学品储存. */
  storageAreas: opt(Schema.Array(StorageArea))
}).annotate({ identifier: "HazchemFacts", description: "危险化学品事实 — facts read by hazchem-major-hazard-2017 items 2–20 (item 1 reads enterprise.keyPeople)" })

/** @since 0.1.0 */
export type HazchemFacts = typeof HazchemFacts.Type

/** The wire (JSON) shape of {@link HazchemFacts}. @since 0.1.0 */
export type HazchemFactsEncoded = typeof HazchemFacts.Encoded
